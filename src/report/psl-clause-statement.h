/* psl-clause-statement.h — the statement of a public contract's insertion hours, for its buyer */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* The contract, its balance reckoned on today_iso, the hours by person
 * and by period.  People are named by their initials only. */
PslDocument *psl_clause_statement_new (PslStore   *store,
                                       const char *contract_id,
                                       const char *today_iso,
                                       GError    **error);

G_END_DECLS
