/* psl-audit-window.h — direction reads the audit journal, filtered by person, staff member and period */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_AUDIT_WINDOW (psl_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (PslAuditWindow, psl_audit_window, PSL, AUDIT_WINDOW, AdwWindow)

PslAuditWindow *psl_audit_window_new (GtkWindow *parent,
                                      PslStore  *store);

G_END_DECLS
