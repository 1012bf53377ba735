/* psl-evaluation-dialog.h — the window to rate the relationship with a firm (Annexe 4, form B) */
#pragma once

#include "psl-evaluation.h"
#include "psl-sheet.h"

G_BEGIN_DECLS

#define PSL_TYPE_EVALUATION_DIALOG (psl_evaluation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslEvaluationDialog, psl_evaluation_dialog, PSL, EVALUATION_DIALOG, PslSheet)

PslEvaluationDialog *psl_evaluation_dialog_new       (GtkWindow           *parent,
                                                      PslStore            *store,
                                                      const char          *company_id);
void                 psl_evaluation_dialog_set_score (PslEvaluationDialog *self,
                                                      guint                criterion,
                                                      int                  score);

G_END_DECLS
