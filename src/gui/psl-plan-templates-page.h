/* psl-plan-templates-page.h — the preferences page of the follow-up templates */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PLAN_TEMPLATES_PAGE (psl_plan_templates_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPlanTemplatesPage, psl_plan_templates_page, PSL, PLAN_TEMPLATES_PAGE, AdwPreferencesPage)

PslPlanTemplatesPage *psl_plan_templates_page_new (PslStore *store);

G_END_DECLS
