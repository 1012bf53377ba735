/* psl-radar.h — a radar (spider) chart: one axis per criterion, one polygon per series */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "psl-draw-theme.h"

G_BEGIN_DECLS

typedef struct
{
  guint                n_axes;
  const char * const  *axis_labels;     /* n_axes, already translated */
  double               max;             /* the outer ring, e.g. 5 */
  guint                n_series;
  const double * const *series;         /* n_series arrays of n_axes values; 0 = not rated */
  const char * const  *series_labels;   /* for the legend when n_series > 1; may be NULL */
} PslRadar;

/* Where everything goes: the centre, the radius of the outer ring, the
 * size the labels are written at, and one box per axis label. */
typedef struct
{
  double      cx;
  double      cy;
  double      radius;
  double      font_scale;
  guint       n_labels;
  PslDrawBox *labels;
} PslRadarLayout;

void psl_radar_point (double  cx,
                      double  cy,
                      double  radius,
                      guint   n_axes,
                      guint   axis,
                      double  fraction,
                      double *x,
                      double *y);
/* Lays the chart out in width × height, measuring text with cr; FALSE
 * when the labels could not be kept apart even small (they are then
 * placed as well as they can).  Clear the layout after. */
gboolean psl_radar_layout       (cairo_t        *cr,
                                 double          width,
                                 double          height,
                                 const PslRadar *radar,
                                 PslRadarLayout *layout);
void     psl_radar_layout_clear (PslRadarLayout *layout);
void psl_radar_draw  (cairo_t        *cr,
                      double          width,
                      double          height,
                      const PslRadar *radar);

G_END_DECLS
