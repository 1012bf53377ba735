/* psl-import-review.c — values an import kept for checking ("à vérifier")
 *
 * A value that does not fit its field is never written into it as if it
 * were valid: it waits in import_review beside its record, with the reason
 * and the line of the file.  Saving a valid value in that field (see
 * psl_record_set) or dismissing the mark removes it.
 */

#define G_LOG_DOMAIN "psl-import-review"

#include "config.h"

#include "psl-i18n.h"

#include "psl-import-review.h"
#include "psl-store-private.h"

void
psl_import_review_item_free (PslImportReviewItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->field);
  g_free (item->value);
  g_free (item->reason);
  g_free (item->source);
  g_free (item);
}

gboolean
psl_import_review_add (PslStore   *store,
                       const char *record_table,
                       const char *record_id,
                       const char *field,
                       const char *value,
                       const char *reason,
                       const char *source,
                       GError    **error)
{
  g_autoptr(PslCachedStmt) stmt = NULL;
  g_autofree char *id = psl_new_id ();

  /* One mark per field: the latest file's value replaces an older one. */
  if (!psl_import_review_clear (store, record_table, record_id, field, error))
    return FALSE;

  stmt = psl_store_lend (store,
                            "INSERT INTO import_review (id, record_table, record_id, field, value, reason, source)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, source, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* field NULL: every mark of the record. */
gboolean
psl_import_review_clear (PslStore   *store,
                         const char *record_table,
                         const char *record_id,
                         const char *field,
                         GError    **error)
{
  g_autoptr(PslCachedStmt) stmt = psl_store_lend (store,
    "DELETE FROM import_review WHERE record_table = ?1 AND record_id = ?2"
    " AND (?3 IS NULL OR field = ?3);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, field, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

GPtrArray *
psl_import_review_list (PslStore   *store,
                        const char *record_table,
                        const char *record_id,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, field, value, reason, source FROM import_review"
    " WHERE record_table = ?1 AND record_id = ?2 ORDER BY created_at, field;", error);
  g_autoptr(GPtrArray) items = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record_id, -1, SQLITE_STATIC);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_import_review_item_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslImportReviewItem *item = g_new0 (PslImportReviewItem, 1);

      item->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->field = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->value = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->source = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (items, item);
    }
  return g_steal_pointer (&items);
}

/* How many live records of the table are to check. */
gint64
psl_import_review_count (PslStore   *store,
                         const char *record_table)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!g_strv_contains ((const char *[]) { "company", "contact", "person", "interaction", NULL }, record_table))
    return 0;
  /* The table's name is one of the four above. */
  sql = g_strdup_printf ("SELECT count(DISTINCT r.record_id) FROM import_review r JOIN %s t ON t.id = r.record_id"
                         " WHERE r.record_table = ?1 AND t.deleted_at IS NULL;", record_table);
  stmt = psl_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}
