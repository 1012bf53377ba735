/* psl-company-sheet.h — "Fiche entreprise": one firm on paper */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

PslDocument *psl_company_sheet_new (PslStore    *store,
                                    const char  *company_id,
                                    GError     **error);

G_END_DECLS
