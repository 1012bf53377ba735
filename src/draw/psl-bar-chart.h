/* psl-bar-chart.h — counts as vertical bars, labelled under and valued above */
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
/* A PslDocumentChartFunc: draws chart in width × height at the origin. */
void         psl_bar_chart_draw (cairo_t     *cr,
                                 double       width,
                                 double       height,
                                 gpointer     chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslBarChart, psl_bar_chart_free)

G_END_DECLS
