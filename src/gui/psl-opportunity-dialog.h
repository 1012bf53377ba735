/* psl-opportunity-dialog.h — the window to add or edit one opportunity of a firm */
#pragma once

#include "psl-opportunity.h"
#include "psl-record-dialog.h"

G_BEGIN_DECLS

PslRecordDialog *psl_opportunity_dialog_new (GtkWindow   *parent,
                                             PslStore    *store,
                                             const char  *company_id,
                                             const char  *opportunity_id,
                                             PslPhase     phase,
                                             GError     **error);

G_END_DECLS
