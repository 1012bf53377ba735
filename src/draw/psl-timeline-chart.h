/* psl-timeline-chart.h — things in time, lane by lane: bars for what
 * lasts, marks for what happens on a day; for any surface */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "psl-label-placer.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_TIMELINE_GLYPH_CIRCLE,
  PSL_TIMELINE_GLYPH_DIAMOND,
  PSL_TIMELINE_GLYPH_TRIANGLE,
  PSL_TIMELINE_GLYPH_SQUARE,
  PSL_TIMELINE_GLYPH_CROSS,
  PSL_TIMELINE_GLYPH_STAR,
} PslTimelineGlyph;

/* One thing drawn: a bar when it has an end (or is still open), a mark
 * otherwise. */
typedef struct
{
  guint             lane;
  guint32           first;      /* Julian days */
  guint32           last;       /* bars: the last day; open bars end at the view's end */
  gboolean          is_bar;
  gboolean          open;       /* a bar still running */
  guint             style;      /* index of the style (colour, hatch, glyph, legend) */
  char             *label;
  char             *ref_id;
  char             *kind;       /* what the owner opens: "company", "placement", … */
} PslTimelineItem;

typedef struct _PslTimelineChart PslTimelineChart;

PslTimelineChart *psl_timeline_chart_new        (void);
void              psl_timeline_chart_free       (PslTimelineChart   *chart);
guint             psl_timeline_chart_add_lane   (PslTimelineChart   *chart,
                                                 const char         *title);
/* A style: its name in the legend, a series colour, and for marks a glyph. */
guint             psl_timeline_chart_add_style  (PslTimelineChart   *chart,
                                                 const char         *name,
                                                 guint               series,
                                                 PslTimelineGlyph    glyph);
/* Dates in ISO; @last NULL for a bar still running.  FALSE for a date
 * that is not one. */
gboolean          psl_timeline_chart_add_bar    (PslTimelineChart   *chart,
                                                 guint               lane,
                                                 const char         *first,
                                                 const char         *last,
                                                 guint               style,
                                                 const char         *label,
                                                 const char         *kind,
                                                 const char         *ref_id);
gboolean          psl_timeline_chart_add_mark   (PslTimelineChart   *chart,
                                                 guint               lane,
                                                 const char         *day,
                                                 guint               style,
                                                 const char         *label,
                                                 const char         *kind,
                                                 const char         *ref_id);
guint             psl_timeline_chart_get_n_items (PslTimelineChart  *chart);
const PslTimelineItem *psl_timeline_chart_get_item (PslTimelineChart *chart,
                                                    guint             index);
/* The first and last days of all items (FALSE when there are none). */
gboolean          psl_timeline_chart_get_span   (PslTimelineChart   *chart,
                                                 guint32            *first,
                                                 guint32            *last);

/* Where everything is for a view of the days first … last on a surface
 * of width × height; @today gets its line when in view. */
typedef struct
{
  double   width, height;
  PslRect  plot;               /* the lanes, right of their titles, under the axis */
  guint32  first, last, today;
  double   day_width;
  GArray  *lane_tops;          /* double: each lane's top, then the bottom of the last */
  GArray  *boxes;              /* PslRect per item: a bar, or a mark's square; width 0 when out of view */
  double   legend_height;      /* under the lanes */
} PslTimelineLayout;

PslTimelineLayout *psl_timeline_layout_new     (PslTimelineChart   *chart,
                                                cairo_t            *cr,
                                                double              width,
                                                double              height,
                                                guint32             first,
                                                guint32             last,
                                                guint32             today);
void               psl_timeline_layout_free    (PslTimelineLayout  *layout);
/* The item under (x, y), or -1. */
int                psl_timeline_layout_hit     (PslTimelineLayout  *layout,
                                                double              x,
                                                double              y);
/* The height the lanes need at this zoom: more rows when bars overlap. */
double             psl_timeline_layout_needed_height (PslTimelineLayout *layout);

/* @selected (or -1) is drawn ringed. */
void               psl_timeline_chart_draw     (PslTimelineChart   *chart,
                                                PslTimelineLayout  *layout,
                                                cairo_t            *cr,
                                                int                 selected);

/* Takes @chart into @doc as a chart of @height points showing all of it. */
typedef struct _PslDocument PslDocument;
void               psl_timeline_chart_add_to_document (PslTimelineChart *chart,
                                                       PslDocument      *doc,
                                                       double            height,
                                                       guint32           today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslTimelineChart, psl_timeline_chart_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslTimelineLayout, psl_timeline_layout_free)

/* A view from the first item to the last, with a margin. */
void psl_timeline_chart_whole_span (PslTimelineChart *chart,
                                    guint32           today,
                                    guint32          *first,
                                    guint32          *last);

G_END_DECLS
