/* psl-contact-dialog.h — the window to add or edit one contact of a firm */
#pragma once

#include "psl-record-dialog.h"

G_BEGIN_DECLS

PslRecordDialog *psl_contact_dialog_new (GtkWindow   *parent,
                                         PslStore    *store,
                                         const char  *company_id,
                                         const char  *contact_id,
                                         GError     **error);

G_END_DECLS
