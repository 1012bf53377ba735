/* psl-quadrant-window.h — every rated firm by quality and opportunities, one of them pointed out */
#pragma once

#include "psl-chart-window.h"

G_BEGIN_DECLS

#define PSL_TYPE_QUADRANT_WINDOW (psl_quadrant_window_get_type ())
G_DECLARE_FINAL_TYPE (PslQuadrantWindow, psl_quadrant_window, PSL, QUADRANT_WINDOW, PslChartWindow)

/* year: the evaluation year (its opportunities are those of year − 1);
 * company_id: the firm to point out, or NULL. */
PslQuadrantWindow *psl_quadrant_window_new      (GtkWindow  *parent,
                                                 PslStore   *store,
                                                 int         year,
                                                 const char *company_id);

G_END_DECLS
