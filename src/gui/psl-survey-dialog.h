/* psl-survey-dialog.h — the window to record the call six or twelve months after exit */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_SURVEY_DIALOG (psl_survey_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslSurveyDialog, psl_survey_dialog, PSL, SURVEY_DIALOG, PslSheet)

/* ref_id: the Échéancier's "person:months"; title: the person's name. */
PslSurveyDialog *psl_survey_dialog_new (GtkWindow  *parent,
                                        PslStore   *store,
                                        const char *ref_id,
                                        const char *title);
/* For tests and keyboard users alike: date as typed, outcome a code. */
void             psl_survey_dialog_set (PslSurveyDialog *self,
                                        const char      *date,
                                        const char      *outcome,
                                        const char      *notes);

G_END_DECLS
