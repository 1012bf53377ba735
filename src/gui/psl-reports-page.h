/* psl-reports-page.h — Rapports: the reports of a period, made, seen, printed and exported */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_REPORTS_PAGE (psl_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (PslReportsPage, psl_reports_page, PSL, REPORTS_PAGE, PslPage)

PslReportsPage *psl_reports_page_new        (PslStore *store);
/* For tests: the period as typed; what "Open" does, without the window
 * (its document comes by the "report-ready" signal). */
void            psl_reports_page_set_period (PslReportsPage *self,
                                             const char     *from,
                                             const char     *to);
void            psl_reports_page_open       (PslReportsPage *self,
                                             const char     *report);
gboolean        psl_reports_page_is_busy    (PslReportsPage *self);

G_END_DECLS
