/* psl-clause-dialog.h — the windows to record a public contract with a social clause, and the hours done on it */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_CLAUSE_DIALOG (psl_clause_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslClauseDialog, psl_clause_dialog, PSL, CLAUSE_DIALOG, PslSheet)

/* A new contract won by company_id (contract_id NULL), or that one to
 * change.  Emits "saved" (the contract's id). */
PslClauseDialog *psl_clause_dialog_new_contract (GtkWindow       *parent,
                                                 PslStore        *store,
                                                 const char      *company_id,
                                                 const char      *contract_id,
                                                 GError         **error);
/* Hours a person did on contract_id, chosen among the placements at its
 * firm.  Emits "saved" (the new line's id). */
PslClauseDialog *psl_clause_dialog_new_hours    (GtkWindow       *parent,
                                                 PslStore        *store,
                                                 const char      *company_id,
                                                 const char      *contract_id);
/* The rows, for the tests to fill as a person would: "title", "lot",
 * "reference", "buyer", "from", "to", "hours" (entries) and "person" (the
 * combo of the hours' window). */
GtkWidget       *psl_clause_dialog_get_row      (PslClauseDialog *self,
                                                 const char      *name);

G_END_DECLS
