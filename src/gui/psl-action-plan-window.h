/* psl-action-plan-window.h — the action plan (Annexe 2) edited, with its Gantt chart above */
#pragma once

#include "psl-chart-window.h"

G_BEGIN_DECLS

#define PSL_TYPE_ACTION_PLAN_WINDOW (psl_action_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (PslActionPlanWindow, psl_action_plan_window, PSL, ACTION_PLAN_WINDOW, PslChartWindow)

PslActionPlanWindow *psl_action_plan_window_new         (GtkWindow           *parent,
                                                         PslStore            *store);
/* The add or edit window it opened last, or NULL. */
GtkWindow           *psl_action_plan_window_get_dialog  (PslActionPlanWindow *self);
/* Lines shown: activities and sub-activities. */
guint                psl_action_plan_window_get_n_items (PslActionPlanWindow *self);

G_END_DECLS
