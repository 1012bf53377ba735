/* psl-quadrant-chart.h — firms as points: opportunities realised across, relationship quality up */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "psl-draw-theme.h"

G_BEGIN_DECLS

typedef struct
{
  const char *label;
  double      realised;       /* x: weighted opportunities realised, 0 or more */
  double      quality;        /* y: 0–100 */
  gboolean    highlighted;    /* the firm the chart was opened from */
} PslQuadrantChartPoint;

/* The four quadrants, in the order of PslQuadrant (core): few
 * opportunities and a relationship to build at the bottom left, good
 * quality with few at the top left, many with a fragile relation at the
 * bottom right, the pillars at the top right. */
typedef enum
{
  PSL_QUADRANT_CHART_BOTTOM_LEFT,
  PSL_QUADRANT_CHART_TOP_LEFT,
  PSL_QUADRANT_CHART_BOTTOM_RIGHT,
  PSL_QUADRANT_CHART_TOP_RIGHT,
} PslQuadrantChartCorner;

typedef struct
{
  guint                        n_points;
  const PslQuadrantChartPoint *points;
  double                       quality_threshold;
  double                       opportunity_threshold;
  const char                  *quadrant_labels[4];   /* by PslQuadrantChartCorner, translated */
  const char                  *x_title;
  const char                  *y_title;
} PslQuadrantChart;

typedef struct
{
  PslDrawBox  plot;
  double      x_max;            /* the realised count at the right edge */
  double      threshold_x;      /* where the two thresholds cross */
  double      threshold_y;
  double     *point_x;          /* n_points centres */
  double     *point_y;
  PslDrawBox *label_boxes;      /* n_points; width 0 for a label not shown */
  guint       hidden[4];        /* labels not shown, by quadrant */
} PslQuadrantChartLayout;

/* Which quadrant a point belongs to, with the same rule as the core:
 * a value at a threshold is on its upper side. */
PslQuadrantChartCorner psl_quadrant_chart_corner (const PslQuadrantChart      *chart,
                                                  const PslQuadrantChartPoint *point);
void psl_quadrant_chart_layout       (cairo_t                *cr,
                                      double                  width,
                                      double                  height,
                                      const PslQuadrantChart *chart,
                                      PslQuadrantChartLayout *layout);
void psl_quadrant_chart_layout_clear (PslQuadrantChartLayout *layout);
/* Draws the chart in width × height at the origin: a PslDocumentChartFunc
 * with a PslQuadrantChart for data. */
void psl_quadrant_chart_draw         (cairo_t                *cr,
                                      double                  width,
                                      double                  height,
                                      gpointer                chart);

G_END_DECLS
