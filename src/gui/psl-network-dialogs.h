/* psl-network-dialogs.h — the windows to add or edit partners, partnerships, their reviews and events */
#pragma once

#include "psl-record-dialog.h"

G_BEGIN_DECLS

PslRecordDialog *psl_partner_dialog_new     (GtkWindow   *parent,
                                             PslStore    *store,
                                             const char  *partner_id,
                                             GError     **error);
PslRecordDialog *psl_partnership_dialog_new (GtkWindow   *parent,
                                             PslStore    *store,
                                             gboolean     of_partner,
                                             const char  *owner_id,
                                             const char  *partnership_id,
                                             GError     **error);
PslRecordDialog *psl_review_dialog_new      (GtkWindow   *parent,
                                             PslStore    *store,
                                             const char  *partnership_id);
PslRecordDialog *psl_event_dialog_new       (GtkWindow   *parent,
                                             PslStore    *store,
                                             const char  *event_id,
                                             GError     **error);

G_END_DECLS
