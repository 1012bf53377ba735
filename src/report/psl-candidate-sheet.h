/* psl-candidate-sheet.h — the présentation de candidat a firm receives: skills, experience, project */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* NULL with PSL_REPORT_ERROR_NO_CONSENT, saying why, unless the person's
 * consent to send their CV to this firm is in force today. */
PslDocument *psl_candidate_sheet_new (PslStore   *store,
                                      const char *person_id,
                                      const char *company_id,
                                      GError    **error);

/* The same for the person and the firm of a placement. */
PslDocument *psl_candidate_sheet_for_placement (PslStore   *store,
                                                const char *placement_id,
                                                GError    **error);
/* NULL when the sheet can be made for this placement, else why not. */
char        *psl_candidate_sheet_why_not       (PslStore   *store,
                                                const char *placement_id);

G_END_DECLS
