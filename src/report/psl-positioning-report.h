/* psl-positioning-report.h — the service's positioning beside the other providers (Annexe 3), drawn and listed */
#pragma once

#include "psl-document.h"
#include "psl-positioning.h"
#include "psl-profile-chart.h"

G_BEGIN_DECLS

/* The profile chart of a positioning table: pass &chart to
 * psl_profile_chart_draw(); refill it after each change. */
typedef struct
{
  PslProfileChart chart;
  int             values[PSL_N_PROVIDERS][PSL_POSITIONING_N_ITEMS];
  const char     *labels[PSL_POSITIONING_N_ITEMS];
} PslPositioningChart;

void         psl_positioning_chart_fill   (PslPositioningChart  *chart,
                                           const PslPositioning *positioning);
PslDocument *psl_positioning_report_new   (PslStore             *store,
                                           GError              **error);

G_END_DECLS
