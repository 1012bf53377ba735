/* psl-engagement-dialog.h — the window to fill in a firm's engagement survey (Annexe 5) */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_ENGAGEMENT_DIALOG (psl_engagement_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslEngagementDialog, psl_engagement_dialog, PSL, ENGAGEMENT_DIALOG, PslSheet)

PslEngagementDialog *psl_engagement_dialog_new        (GtkWindow           *parent,
                                                       PslStore            *store,
                                                       const char          *company_id);
/* How many opportunities the survey just saved opened (its answers said
 * the firm recruits and the switch asked for them). */
guint                psl_engagement_dialog_get_opened (PslEngagementDialog *self);
void                 psl_engagement_dialog_set_answer (PslEngagementDialog *self,
                                                       const char          *code,
                                                       const char          *value);

G_END_DECLS
