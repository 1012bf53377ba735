/* psl-store-check.h — a database looked at before anything is written to it */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* How long the check may take: a ten-year file of a large structure
 * (gigabytes) is checked in part rather than keep the window waiting. */
#define PSL_STORE_CHECK_BUDGET_US (2 * G_USEC_PER_SEC)

gboolean psl_store_check_sound  (sqlite3     *db,
                                 const char  *path,
                                 gint64       budget_us,
                                 GError     **error);
void     psl_store_set_damaged  (GError     **error,
                                 const char  *path);

G_END_DECLS
