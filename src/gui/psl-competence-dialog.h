/* psl-competence-dialog.h — the window to rate a competence grid, a person's or what a job asks */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPETENCE_DIALOG (psl_competence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslCompetenceDialog, psl_competence_dialog, PSL, COMPETENCE_DIALOG, PslSheet)

/* owner_column: "person_id", "opportunity_id" or "company_trade_id". */
PslCompetenceDialog *psl_competence_dialog_new       (GtkWindow           *parent,
                                                      PslStore            *store,
                                                      const char          *owner_column,
                                                      const char          *owner_id);
/* item counts from 0 in the order of the grid; PSL_COMPETENCE_UNRATED leaves it unrated. */
void                 psl_competence_dialog_set_level (PslCompetenceDialog *self,
                                                      guint                item,
                                                      int                  level);
void                 psl_competence_dialog_set_context (PslCompetenceDialog *self,
                                                        const char          *context);

G_END_DECLS
