/* psl-company-list-view.h — Entreprises: every firm in a sortable, filterable table */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPANY_LIST_VIEW (psl_company_list_view_get_type ())
G_DECLARE_FINAL_TYPE (PslCompanyListView, psl_company_list_view, PSL, COMPANY_LIST_VIEW, GtkWidget)

PslCompanyListView *psl_company_list_view_new             (void);
void                psl_company_list_view_set_store       (PslCompanyListView *self,
                                                           PslStore           *store);
void                psl_company_list_view_reload          (PslCompanyListView *self);
gboolean            psl_company_list_view_is_loading      (PslCompanyListView *self);
void                psl_company_list_view_set_filter_text (PslCompanyListView *self,
                                                           const char         *text);
void                psl_company_list_view_set_sector      (PslCompanyListView *self,
                                                           const char         *sector);
void                psl_company_list_view_set_to_relaunch (PslCompanyListView *self,
                                                           gboolean            to_relaunch);
guint               psl_company_list_view_get_n_shown     (PslCompanyListView *self);
guint               psl_company_list_view_get_n_total     (PslCompanyListView *self);

void                psl_company_list_view_set_to_check    (PslCompanyListView *self,
                                                           gboolean            to_check);

G_END_DECLS
