/* psl-profile-chart.h — a positioning profile: items as rows, a 1–5 scale across, one polyline per series */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define PSL_PROFILE_MAX_SERIES 4

typedef struct
{
  guint               n_items;
  const char * const *item_labels;                     /* translated */
  guint               n_series;                        /* at most PSL_PROFILE_MAX_SERIES */
  const int          *values[PSL_PROFILE_MAX_SERIES];  /* n_items each: 1–5, 0 not rated */
  const char         *series_labels[PSL_PROFILE_MAX_SERIES];
  const char         *low_label;                       /* over 1: "weak asset" */
  const char         *high_label;                      /* over 5: "strong asset" */
} PslProfileChart;

/* The centre of series s's mark for item i at value v, for a chart of
 * width × height: what the drawing and its tests share. */
void psl_profile_chart_point (cairo_t               *cr,
                              const PslProfileChart *chart,
                              double                 width,
                              double                 height,
                              guint                  series,
                              guint                  item,
                              int                    value,
                              double                *x,
                              double                *y);
/* A PslDocumentChartFunc with a PslProfileChart for data. */
void psl_profile_chart_draw  (cairo_t               *cr,
                              double                 width,
                              double                 height,
                              gpointer               chart);

G_END_DECLS
