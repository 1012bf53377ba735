/* psl-convention-sheet.h — the PMSMP (immersion) convention, printed from the placement to be signed */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* Refused, with the rule's reason, for a placement that is not an
 * immersion or whose dates break the one-month rule. */
PslDocument *psl_convention_sheet_new (PslStore   *store,
                                       const char *placement_id,
                                       GError    **error);

G_END_DECLS
