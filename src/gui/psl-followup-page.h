/* psl-followup-page.h — Suivi: how the follow-up in work goes, the alerts open, the people in their first months */
#pragma once

#include <adwaita.h>

#include "psl-compliance.h"
#include "psl-page.h"

G_BEGIN_DECLS

#define PSL_TYPE_FOLLOWUP_PAGE (psl_followup_page_get_type ())
G_DECLARE_FINAL_TYPE (PslFollowupPage, psl_followup_page, PSL, FOLLOWUP_PAGE, PslPage)

PslFollowupPage *psl_followup_page_new        (PslStore *store);
void             psl_followup_page_reload     (PslFollowupPage *self);
/* staff_id NULL: the whole team. */
void             psl_followup_page_set_staff  (PslFollowupPage *self,
                                               const char      *staff_id);
gboolean         psl_followup_page_is_loading (PslFollowupPage *self);
/* For tests: the figures shown (NULL before the first read), and how
 * many people in work and open alerts were listed. */
const PslCompliance *psl_followup_page_get_figures (PslFollowupPage *self);
guint            psl_followup_page_get_n_in_work (PslFollowupPage *self);
guint            psl_followup_page_get_n_alerts  (PslFollowupPage *self);

G_END_DECLS
