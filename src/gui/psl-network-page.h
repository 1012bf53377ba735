/* psl-network-page.h — the Entreprises section: firms, partner structures and events */
#pragma once

#include <adwaita.h>

#include "psl-company-list-view.h"
#include "psl-page.h"
#include "psl-event-list.h"
#include "psl-mentor-list.h"
#include "psl-partner-list.h"
#include "psl-watch-list.h"

G_BEGIN_DECLS

#define PSL_TYPE_NETWORK_PAGE (psl_network_page_get_type ())
G_DECLARE_FINAL_TYPE (PslNetworkPage, psl_network_page, PSL, NETWORK_PAGE, PslPage)

PslNetworkPage     *psl_network_page_new           (PslStore *store);
void                psl_network_page_show_view     (PslNetworkPage *self,
                                                    const char     *name);
PslCompanyListView *psl_network_page_get_companies (PslNetworkPage *self);
PslPartnerList     *psl_network_page_get_partners  (PslNetworkPage *self);
PslEventList       *psl_network_page_get_events    (PslNetworkPage *self);
PslMentorList      *psl_network_page_get_mentors   (PslNetworkPage *self);
PslWatchList       *psl_network_page_get_watch     (PslNetworkPage *self);

G_END_DECLS
