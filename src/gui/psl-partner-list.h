/* psl-partner-list.h — the directory of partner structures, and one partner with its partnerships */
#pragma once

#include <adwaita.h>

#include "psl-page.h"

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PARTNER_LIST (psl_partner_list_get_type ())
G_DECLARE_FINAL_TYPE (PslPartnerList, psl_partner_list, PSL, PARTNER_LIST, PslPage)

void        psl_partner_list_set_store    (PslPartnerList *self,
                                           PslStore       *store);
void        psl_partner_list_reload       (PslPartnerList *self);
gboolean    psl_partner_list_open_partner (PslPartnerList *self,
                                           const char     *partner_id);
GtkListBox *psl_partner_list_get_list     (PslPartnerList *self);

G_END_DECLS
