/* psl-quadrant-report.h — the firms by relationship quality and opportunities realised, drawn and listed */
#pragma once

#include "psl-document.h"
#include "psl-quadrant-chart.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* The chart's data read from the store, owning its texts: pass &chart to
 * psl_quadrant_chart_draw(). */
typedef struct
{
  PslQuadrantChart       chart;
  PslQuadrantChartPoint *points;
  GPtrArray             *read;       /* PslQuadrantPoint */
  char                  *x_title;
  int                    year;
} PslQuadrantData;

/* highlight_id: the firm to point out, or NULL. */
PslQuadrantData *psl_quadrant_data_new    (PslStore         *store,
                                           int               year,
                                           const char       *highlight_id,
                                           GError          **error);
void             psl_quadrant_data_free   (PslQuadrantData  *data);
PslDocument     *psl_quadrant_report_new  (PslStore         *store,
                                           int               year,
                                           const char       *highlight_id,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslQuadrantData, psl_quadrant_data_free)

G_END_DECLS
