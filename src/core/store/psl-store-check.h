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

/* A large file is checked beside the window rather than before it: on a
 * connection and a thread of its own, begun once the window is shown
 * (psl_store_begin_check ()) or at the first write, which waits for its
 * verdict.  A file up to this size (or one about to be migrated) is
 * checked before anything else, as its check takes less than a frame or
 * two. */
#define PSL_STORE_CHECK_INLINE_BYTES (64 * 1024 * 1024)

typedef struct _PslStoreCheck PslStoreCheck;

/* A check of path, not begun yet. */
PslStoreCheck *psl_store_check_new    (const char    *path,
                                       gint64         budget_us);
/* Begins it on its thread, unless it was begun before.  Any thread. */
void           psl_store_check_begin  (PslStoreCheck *check);
/* Waits for the check to end (at most its budget), begun now if it was
 * not; FALSE and error when the file was found damaged.  Any thread, any
 * number of times. */
gboolean       psl_store_check_finish (PslStoreCheck *check,
                                       GError       **error);
void           psl_store_check_free   (PslStoreCheck *check);
/* For tests: checks beside the window files larger than bytes. */
void           psl_store_check_set_inline_limit (gint64 bytes);
gint64         psl_store_check_get_inline_limit (void);

G_END_DECLS
