/* psl-privacy-documents.h — the papers of privacy: a person's access document and the record of processing */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* Everything held on the person, to give them (RGPD article 15); the
 * printing is journaled. */
PslDocument *psl_person_data_report_new   (PslStore    *store,
                                           const char  *person_id,
                                           GError     **error);
/* The structure's record of processing (RGPD article 30), filled from its
 * own settings, for the data protection officer. */
PslDocument *psl_processing_record_new    (PslStore    *store,
                                           GError     **error);
/* The recovery key of the structure key on one page, to print and keep
 * in a safe place: shown once, at set-up. */
PslDocument *psl_recovery_sheet_new       (PslStore    *store,
                                           const char  *recovery,
                                           GError     **error);

G_END_DECLS
