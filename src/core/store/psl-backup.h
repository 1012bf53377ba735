/* psl-backup.h — the copies of a database taken before its schema changes */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* How many copies are kept beside a file: enough to go back past a bad
 * update, few enough that a file updated on every try does not fill the disk. */
#define PSL_BACKUP_KEEP 3

char      *psl_backup_write  (sqlite3     *db,
                              const char  *path,
                              guint        version,
                              GError     **error);
void       psl_backup_prune  (const char  *path,
                              guint        keep);
GPtrArray *psl_backup_list   (const char  *path);
char      *psl_backup_latest (const char  *path);

G_END_DECLS
