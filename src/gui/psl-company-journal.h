/* psl-company-journal.h — a firm's journal of contacts, and a form to add one */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_JOURNAL (psl_company_journal_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyJournal, psl_company_journal, PSL, COMPANY_JOURNAL, GtkWidget)

PslCompanyJournal *psl_company_journal_new         (void);
void               psl_company_journal_set_company (PslCompanyJournal *self,
                                                    PslStore          *store,
                                                    const char        *company_id,
                                                    const char        *staff_id);
guint              psl_company_journal_get_n_shown (PslCompanyJournal *self);
const char        *psl_company_journal_get_warning (PslCompanyJournal *self);
gboolean           psl_company_journal_add         (PslCompanyJournal *self,
                                                    GError           **error);

G_END_DECLS
