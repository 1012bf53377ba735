/* psl-commitment-sheet.h — a contrat d'engagements réciproques, printed to be signed */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

PslDocument *psl_commitment_sheet_new (PslStore   *store,
                                       const char *commitment_id,
                                       GError    **error);

G_END_DECLS
