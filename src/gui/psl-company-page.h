/* psl-company-page.h — one firm (fiche entreprise): its identity, its contacts, and tabs for the rest */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_PAGE (psl_company_page_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyPage, psl_company_page, PSL, COMPANY_PAGE, PslPage)

PslCompanyPage *psl_company_page_new            (PslStore *store);
gboolean        psl_company_page_show_company   (PslCompanyPage *self,
                                                 const char     *company_id,
                                                 GError        **error);
const char     *psl_company_page_get_company_id (PslCompanyPage *self);
void            psl_company_page_reload_contacts(PslCompanyPage *self);
GtkStack       *psl_company_page_get_tab_stack  (PslCompanyPage *self);
void            psl_company_page_set_tab        (PslCompanyPage *self,
                                                 const char     *name,
                                                 GtkWidget      *child);

G_END_DECLS
