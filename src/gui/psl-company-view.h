/* psl-company-view.h — one firm: its summary, relationship and journal */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_VIEW (psl_company_view_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyView, psl_company_view, PSL, COMPANY_VIEW, GtkWidget)

PslCompanyView *psl_company_view_new         (void);
gboolean        psl_company_view_show        (PslCompanyView *self,
                                              PslStore       *store,
                                              const char     *company_id,
                                              GError        **error);
const char     *psl_company_view_get_company (PslCompanyView *self);

G_END_DECLS
