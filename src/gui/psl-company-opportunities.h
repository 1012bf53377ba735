/* psl-company-opportunities.h — the Opportunités tab of a firm: by year and phase, and one by one */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_OPPORTUNITIES (psl_company_opportunities_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyOpportunities, psl_company_opportunities, PSL, COMPANY_OPPORTUNITIES, GtkWidget)

PslCompanyOpportunities *psl_company_opportunities_new         (void);
void                     psl_company_opportunities_set_company (PslCompanyOpportunities *self,
                                                                PslStore                *store,
                                                                const char              *company_id);
void                     psl_company_opportunities_reload      (PslCompanyOpportunities *self);
GtkListBox              *psl_company_opportunities_get_list    (PslCompanyOpportunities *self);

G_END_DECLS
