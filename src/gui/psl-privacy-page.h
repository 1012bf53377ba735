/* psl-privacy-page.h — the Privacy page of Preferences: who I am, the team's roles, retention, the journal, the key */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PRIVACY_PAGE (psl_privacy_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPrivacyPage, psl_privacy_page, PSL, PRIVACY_PAGE, AdwPreferencesPage)

PslPrivacyPage *psl_privacy_page_new (PslStore *store);

G_END_DECLS
