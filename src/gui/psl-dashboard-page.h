/* psl-dashboard-page.h — Home: the day's figures and what is due */
#pragma once

#include <adwaita.h>

#include "psl-dashboard.h"
#include "psl-page.h"

G_BEGIN_DECLS

#define PSL_TYPE_DASHBOARD_PAGE (psl_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (PslDashboardPage, psl_dashboard_page, PSL, DASHBOARD_PAGE, PslPage)

PslDashboardPage          *psl_dashboard_page_new         (PslStore *store);
void                       psl_dashboard_page_reload      (PslDashboardPage *self);
const PslDashboardFigures *psl_dashboard_page_get_figures (PslDashboardPage *self);

G_END_DECLS
