/* psl-targets-page.h — the preferences page of the yearly targets, beside which the activity report puts results */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_TARGETS_PAGE (psl_targets_page_get_type ())
G_DECLARE_FINAL_TYPE (PslTargetsPage, psl_targets_page, PSL, TARGETS_PAGE, AdwPreferencesPage)

PslTargetsPage *psl_targets_page_new (PslStore *store);

G_END_DECLS
