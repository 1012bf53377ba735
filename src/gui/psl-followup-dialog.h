/* psl-followup-dialog.h — the window to record a follow-up in work */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_FOLLOWUP_DIALOG (psl_followup_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslFollowupDialog, psl_followup_dialog, PSL, FOLLOWUP_DIALOG, PslSheet)

/* NULL with error set when the follow-up cannot be read. */
PslFollowupDialog *psl_followup_dialog_new      (GtkWindow         *parent,
                                                 PslStore          *store,
                                                 const char        *followup_id,
                                                 GError           **error);
/* For tests and keyboard users alike: what a click or a key would set. */
void               psl_followup_dialog_check    (PslFollowupDialog *self,
                                                 const char        *code,
                                                 gboolean           checked);
void               psl_followup_dialog_set_text (PslFollowupDialog *self,
                                                 const char        *field,
                                                 const char        *text);

gboolean           psl_followup_dialog_end_early (PslFollowupDialog *self,
                                                  const char        *end_on,
                                                  const char        *ended_by,
                                                  const char        *cause);

G_END_DECLS
