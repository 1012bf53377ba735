/* psl-sync-page.h — the preferences page of the sites that exchange: this site, the others, the concurrent edits */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_SYNC_PAGE (psl_sync_page_get_type ())
G_DECLARE_FINAL_TYPE (PslSyncPage, psl_sync_page, PSL, SYNC_PAGE, AdwPreferencesPage)

PslSyncPage *psl_sync_page_new (PslStore *store);

G_END_DECLS
