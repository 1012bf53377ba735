/* psl-company-placements.h — the Mises en relation tab of a firm: the people introduced to it */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_PLACEMENTS (psl_company_placements_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyPlacements, psl_company_placements, PSL, COMPANY_PLACEMENTS, GtkWidget)

void psl_company_placements_set_company (PslCompanyPlacements *self,
                                         PslStore             *store,
                                         const char           *company_id);
/* For tests: the open alerts shown. */
guint                 psl_company_placements_get_n_alerts (PslCompanyPlacements *self);
guint psl_company_placements_get_n_shown (PslCompanyPlacements *self,
                                          gboolean              under_way);

G_END_DECLS
