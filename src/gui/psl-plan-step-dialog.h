/* psl-plan-step-dialog.h — the window to write one step of a follow-up template */
#pragma once

#include "psl-followup-template.h"
#include "psl-sheet.h"

G_BEGIN_DECLS

#define PSL_TYPE_PLAN_STEP_DIALOG (psl_plan_step_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslPlanStepDialog, psl_plan_step_dialog, PSL, PLAN_STEP_DIALOG, PslSheet)

/* step NULL: a new step.  "done" gives the step written (a PslPlanStep
 * the handler does not keep). */
PslPlanStepDialog *psl_plan_step_dialog_new (GtkWindow         *parent,
                                             const PslPlanStep *step);
/* For tests and keyboard users alike: what typing would set. */
void               psl_plan_step_dialog_set (PslPlanStepDialog *self,
                                             const char        *label,
                                             const char        *anchor,
                                             const char        *months,
                                             const char        *days,
                                             gboolean           weekly);

G_END_DECLS
