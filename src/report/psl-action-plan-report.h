/* psl-action-plan-report.h — the action plan (Annexe 2): its Gantt chart and its tables */
#pragma once

#include "psl-document.h"
#include "psl-gantt-chart.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* The Gantt chart of a plan (PslPlanItem, as listed), owning its texts:
 * pass &chart to psl_gantt_chart_draw(). */
typedef struct
{
  PslGanttChart  chart;
  PslGanttRow   *rows;
  GPtrArray     *labels;
} PslActionPlanChart;

/* today: YYYY-MM-DD, for the line of the day. */
PslActionPlanChart *psl_action_plan_chart_new  (GPtrArray          *items,
                                                const char         *today);
void                psl_action_plan_chart_free (PslActionPlanChart *chart);
PslDocument        *psl_action_plan_report_new (PslStore           *store,
                                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslActionPlanChart, psl_action_plan_chart_free)

G_END_DECLS
