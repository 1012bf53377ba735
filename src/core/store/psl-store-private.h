/* psl-store-private.h — the SQL side of the store, for src/core only
 *
 * The raw SQLite handle, statements and their helpers.  Only files of
 * src/core (and the tests, to build their fixtures) include this header:
 * the window, the reports, the command line and the benchmark ask core
 * for what they need.  tests/check-sql-in-core.sh fails when a file
 * outside src/core includes it or calls SQLite.
 */
#pragma once

#include <sqlite3.h>

#include "psl-store.h"
#include "psl-store-cache.h"
#include "psl-id-table.h"

G_BEGIN_DECLS

sqlite3     *psl_store_get_db            (PslStore          *self);
gboolean     psl_store_exec              (PslStore          *self,
                                          const char        *sql,
                                          GError           **error);
sqlite3_stmt*psl_store_prepare           (PslStore          *self,
                                          const char        *sql,
                                          GError           **error);
PslCachedStmt *psl_store_lend           (PslStore          *self,
                                          const char        *sql,
                                          GError           **error);
gboolean     psl_store_step_done         (PslStore          *self,
                                          sqlite3_stmt      *stmt,
                                          GError           **error);
gint64       psl_store_count             (PslStore          *self,
                                          const char        *sql,
                                          GError           **error);
/* Makes one item of a list from the current row of stmt. */
/* The first column of the first row of sql, whose parameters ?1 and ?2
 * are a and b (either may be NULL); NULL when there is no row. */
char        *psl_store_text              (PslStore          *self,
                                          const char        *sql,
                                          const char        *a,
                                          const char        *b);
typedef gpointer (*PslRowReader) (sqlite3_stmt *stmt);

GPtrArray   *psl_store_collect           (PslStore          *self,
                                          const char        *sql,
                                          const char        *key,
                                          PslRowReader       read,
                                          GDestroyNotify     free_item,
                                          const char        *what,
                                          GError           **error);
/* The statement of sql with key bound to ?1, stepped onto its first row;
 * NULL with no error when there is no row, with error when it fails. */
sqlite3_stmt*psl_store_row_for          (PslStore          *self,
                                          const char        *sql,
                                          const char        *key,
                                          const char        *what,
                                          GError           **error);
/* Binds a text to :name when the statement has it (NULL binds NULL). */
void         psl_bind_named              (sqlite3_stmt      *stmt,
                                          const char        *name,
                                          const char        *value);
char        *psl_column_dup              (sqlite3_stmt      *stmt,
                                          int                column);
void         psl_store_attach_sets       (sqlite3           *db);
void         psl_bind_set                (sqlite3_stmt      *stmt,
                                          int                index,
                                          GHashTable        *set);
void         psl_bind_id_table           (sqlite3_stmt      *stmt,
                                          int                index,
                                          PslIdTable        *ids);
void         psl_set_sqlite_error        (GError           **error,
                                          sqlite3           *db,
                                          const char        *what);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* What records this site's writes for the other sites (sync's capture):
 * the store hands it what was written before each commit and after each
 * job, and frees it when the file closes.  The store knows it only through
 * these, so that the connection stands below the sync room. */
typedef struct
{
  gboolean (*flush)    (gpointer recorder,
                        GError **error);
  guint64  (*recorded) (gpointer recorder);   /* changesets kept so far */
  void     (*free)     (gpointer recorder);
} PslStoreRecorderFuncs;

void     psl_store_set_recorder (PslStore                    *self,
                                 gpointer                     recorder,
                                 const PslStoreRecorderFuncs *funcs);
gpointer psl_store_get_recorder (PslStore                    *self);

G_END_DECLS
