/* psl-bar-chart.h — counts as vertical bars, labelled under and valued above, alone, side by side or stacked */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _PslBarChart PslBarChart;

PslBarChart *psl_bar_chart_new  (void);
void         psl_bar_chart_free (PslBarChart *chart);
void         psl_bar_chart_add  (PslBarChart *chart,
                                 const char  *label,
                                 double       value);
/* Bars side by side in each group, one per series named here (NULL
 * ended), with a legend; call before adding groups. */
void         psl_bar_chart_set_series (PslBarChart        *chart,
                                       const char * const *names);
/* The series of a group stacked in one bar, the total on top, instead of
 * side by side; call after psl_bar_chart_set_series(). */
void         psl_bar_chart_set_stacked (PslBarChart        *chart,
                                        gboolean            stacked);
/* A dashed line across the bars at value, said by label at its right
 * end: a target or a limit the bars are read against. */
void         psl_bar_chart_set_limit  (PslBarChart  *chart,
                                       double        value,
                                       const char   *label);
/* values: one per series. */
void         psl_bar_chart_add_group  (PslBarChart  *chart,
                                       const char   *label,
                                       const double *values);
/* A PslDocumentChartFunc: draws chart in width × height at the origin. */
void         psl_bar_chart_draw (cairo_t     *cr,
                                 double       width,
                                 double       height,
                                 gpointer     chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslBarChart, psl_bar_chart_free)

G_END_DECLS
