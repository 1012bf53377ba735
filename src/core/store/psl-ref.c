/* psl-ref.c — the editable reference lists (sectors, barriers, contract types…)
 *
 * Records keep the stable code of an item; its label is looked up here, so
 * that renaming a label in the preferences renames it everywhere.
 */

#define G_LOG_DOMAIN "psl-ref"

#include "config.h"

#include "psl-i18n.h"

#include "psl-ref.h"
#include "psl-store-private.h"

void
psl_ref_item_free (PslRefItem *item)
{
  if (item == NULL)
    return;
  g_free (item->code);
  g_free (item->label);
  g_free (item->parent_code);
  g_free (item);
}

/* The active items of a list, in their order; country "FR" or "BE" keeps
 * the items of that country and those common to both (NULL keeps all). */
GPtrArray *
psl_ref_list (PslStore   *store,
              const char *list_code,
              const char *country,
              GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT code, label, parent_code FROM ref_item"
    " WHERE list_code = ?1 AND active = 1 AND (?2 IS NULL OR country IN ('', ?2))"
    " ORDER BY position, label;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, list_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, country, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslRefItem *item = g_new0 (PslRefItem, 1);

      item->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->parent_code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading a reference list"));
      return NULL;
    }

  return g_steal_pointer (&items);
}

char *
psl_ref_label (PslStore   *store,
               const char *list_code,
               const char *code)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (code == NULL)
    return NULL;

  stmt = psl_store_prepare (store,
                            "SELECT label FROM ref_item WHERE list_code = ?1 AND code = ?2;",
                            NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, list_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  /* An unknown code is shown as it is rather than hidden. */
  return g_strdup (code);
}

gboolean
psl_ref_has_code (PslStore   *store,
                  const char *list_code,
                  const char *code)
{
  g_autoptr(PslCachedStmt) stmt = psl_store_lend (store,
    "SELECT 1 FROM ref_item WHERE list_code = ?1 AND code = ?2;", NULL);

  if (stmt == NULL || code == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, list_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* Choices that are rows of the database (the team, partners, firms): sql
 * selects an id and a label. */
/* The (id, label) pairs an SQL query returns, ?1 bound to param when
 * not NULL. */
GPtrArray *
psl_ref_choices_for (PslStore   *store,
                     const char *sql,
                     const char *param,
                     GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_ref_item_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslRefItem *item = g_new0 (PslRefItem, 1);

      item->code = psl_column_dup (stmt, 0);
      item->label = psl_column_dup (stmt, 1);
      g_ptr_array_add (items, item);
    }
  return g_steal_pointer (&items);
}

GPtrArray *
psl_ref_choices (PslStore   *store,
                 const char *sql,
                 GError    **error)
{
  return psl_ref_choices_for (store, sql, NULL, error);
}

/* code → label, for the few labels every row of a long list names: looked
 * up in memory rather than joined 100,000 times. */
GHashTable *
psl_ref_labels (GPtrArray *items)
{
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);

      g_hash_table_insert (labels, g_strdup (item->code), g_strdup (item->label));
    }
  return labels;
}
