/* psl-company-clauses.h — the Clauses sociales tab of a firm: the public contracts it won, the insertion hours they owe */
#pragma once

#include <adwaita.h>

#include "psl-clause.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_CLAUSES (psl_company_clauses_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyClauses, psl_company_clauses, PSL, COMPANY_CLAUSES, GtkWidget)

void                    psl_company_clauses_set_company     (PslCompanyClauses *self,
                                                             PslStore          *store,
                                                             const char        *company_id);
/* For tests: the contracts shown, the latest first, with their balance. */
guint                   psl_company_clauses_get_n_contracts (PslCompanyClauses *self);
const PslClauseBalance *psl_company_clauses_get_balance     (PslCompanyClauses *self,
                                                             guint              index);

G_END_DECLS
