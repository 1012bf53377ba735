/* psl-sync-changes.c — changesets read column by column: the clock that
 * decides concurrent edits, and another site's changes applied by it */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company.h"
#include "psl-sync-changes.h"
#include "psl-store-private.h"

#define WHAT _("Applying another site's changes")

/* Columns that say something about this installation only. */
static gboolean
is_local_column (const char *table,
                 const char *column)
{
  return strcmp (table, "site") == 0 && strcmp (column, "is_local") == 0;
}

/* Bookkeeping columns: they follow the rule but are never a conflict. */
static gboolean
is_stamp_column (const char *column)
{
  return strcmp (column, "updated_at") == 0 || strcmp (column, "site_id") == 0;
}

/* failed: set when the schema could not be read (an interruption): not
 * the same as a table the rule does not apply to. */
static PslSyncTable *
table_read (sqlite3    *db,
            const char *name,
            gboolean   *failed)
{
  PslSyncTable *t = g_new0 (PslSyncTable, 1);
  sqlite3_stmt *stmt = NULL;
  int rc;

  t->name = g_strdup (name);
  t->columns = g_ptr_array_new_with_free_func (g_free);
  t->positions = g_hash_table_new (g_str_hash, g_str_equal);
  t->company_keys = g_ptr_array_new_with_free_func (g_free);

  sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid;", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *col = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

      g_ptr_array_add (t->columns, col);
      g_hash_table_insert (t->positions, col, GUINT_TO_POINTER (t->columns->len));
    }
  *failed |= rc != SQLITE_DONE;
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (db, "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE \"table\" = 'company';",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (t->company_keys, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  *failed |= rc != SQLITE_DONE;
  sqlite3_finalize (stmt);

  /* Every table of user data begins with its id; one that does not is
   * not one the rule knows how to apply. */
  if (*failed || t->columns->len == 0 || strcmp (g_ptr_array_index (t->columns, 0), "id") != 0)
    {
      psl_sync_table_free (t);
      return NULL;
    }
  return t;
}

PslSyncTable *
psl_sync_table_read (sqlite3    *db,
                     const char *name)
{
  gboolean failed = FALSE;

  return table_read (db, name, &failed);
}

void
psl_sync_table_free (PslSyncTable *t)
{
  if (t == NULL)
    return;
  g_hash_table_unref (t->positions);
  g_ptr_array_unref (t->columns);
  g_ptr_array_unref (t->company_keys);
  g_free (t->name);
  g_free (t);
}

/* NULL when the schema could not be read whole. */
GHashTable *
psl_sync_tables_read (sqlite3 *db)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) psl_sync_table_free);
  sqlite3_stmt *stmt = NULL;
  gboolean failed = FALSE;
  int rc = SQLITE_ERROR;

  if (sqlite3_prepare_v2 (db,
                          "SELECT m.name FROM sqlite_master m"
                          " WHERE m.type = 'table'"
                          "   AND (SELECT count(*) FROM pragma_table_info(m.name) c"
                          "         WHERE c.name IN ('id', 'updated_at', 'site_id')) = 3;",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (!failed && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        PslSyncTable *t = table_read (db, (const char *) sqlite3_column_text (stmt, 0), &failed);

        if (t != NULL)
          g_hash_table_insert (tables, t->name, t);
      }
  sqlite3_finalize (stmt);
  if (failed || rc != SQLITE_DONE)
    g_clear_pointer (&tables, g_hash_table_unref);
  return tables;
}

gint64
psl_sync_next_file_seq (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 seq = 1;

  sqlite3_prepare_v2 (db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'sync_next_seq';", -1,
                      &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    seq = MAX (1, sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  return seq;
}

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  psl_set_sqlite_error (error, db, WHAT);
  return FALSE;
}

static gboolean
set_clock (sqlite3    *db,
           const char *table,
           const char *row_id,
           const char *column,
           const char *at,
           const char *site,
           gint64      seq,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sqlite3_prepare_v3 (db,
                      "INSERT INTO sync_clock (tbl, row_id, col, at, site, seq)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                      " ON CONFLICT DO UPDATE SET at = excluded.at, site = excluded.site,"
                      "  seq = excluded.seq;",
                      -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, column, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, site, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, seq);
  return step_done (db, stmt, error);
}

static gboolean
forget_row (sqlite3    *db,
            const char *table,
            const char *row_id,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) tomb = NULL;
  g_autoptr(sqlite3_stmt) clocks = NULL;

  sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO sync_tombstone (tbl, row_id) VALUES (?1, ?2);", -1,
                      &tomb, NULL);
  sqlite3_prepare_v2 (db, "DELETE FROM sync_clock WHERE tbl = ?1 AND row_id = ?2;", -1, &clocks, NULL);
  sqlite3_bind_text (tomb, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (tomb, 2, row_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (clocks, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (clocks, 2, row_id, -1, SQLITE_STATIC);
  return step_done (db, tomb, error) && step_done (db, clocks, error);
}

/* The text of a changeset's value, or NULL. */
static const char *
value_text (sqlite3_value *value)
{
  return value != NULL ? (const char *) sqlite3_value_text (value) : NULL;
}

gboolean
psl_sync_changes_note_local (sqlite3    *db,
                             GHashTable *tables,
                             const void *changeset,
                             int         size,
                             const char *site_id,
                             gint64      file_seq,
                             GError    **error)
{
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;

  if (sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, db, WHAT);
      return FALSE;
    }

  while (ok && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *name;
      int ncol, op, indirect;
      PslSyncTable *t;
      sqlite3_value *id = NULL;
      guint at_pos;
      sqlite3_value *at = NULL;

      sqlite3changeset_op (iter, &name, &ncol, &op, &indirect);
      t = g_hash_table_lookup (tables, name);
      if (t == NULL)
        continue;
      if (op == SQLITE_DELETE)
        {
          sqlite3changeset_old (iter, 0, &id);
          ok = forget_row (db, name, value_text (id), error);
          continue;
        }
      if (op != SQLITE_UPDATE)
        continue;

      sqlite3changeset_old (iter, 0, &id);
      at_pos = GPOINTER_TO_UINT (g_hash_table_lookup (t->positions, "updated_at"));
      if (at_pos > 0)
        sqlite3changeset_new (iter, at_pos - 1, &at);
      for (int i = 1; ok && i < ncol && i < (int) t->columns->len; i++)
        {
          sqlite3_value *value = NULL;

          if (sqlite3changeset_new (iter, i, &value) == SQLITE_OK && value != NULL)
            ok = set_clock (db, name, value_text (id), g_ptr_array_index (t->columns, i),
                            at != NULL ? value_text (at) : "", site_id, file_seq, error);
        }
    }

  sqlite3changeset_finalize (iter);
  return ok;
}

/* ---- Applying ---------------------------------------------------------- */

typedef struct
{
  PslStore            *store;
  sqlite3             *db;
  GHashTable          *tables;
  const PslSyncOrigin *origin;
  PslSyncCounts       *counts;
  int                  failed;   /* an SQLite code when a lookup failed */
} Apply;

/* A lookup's step: a row or none; any other outcome (an interruption, an
 * I/O error) fails the whole file rather than be taken for "none". */
static gboolean
lookup (Apply        *a,
        sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE && a->failed == 0)
    a->failed = rc;
  return rc == SQLITE_ROW;
}

static char *
kept_company (Apply      *a,
              const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (id == NULL)
    return NULL;
  sqlite3_prepare_v2 (a->db, "SELECT kept_id FROM sync_merge WHERE tbl = 'company' AND lost_id = ?1;", -1,
                      &stmt, NULL);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (lookup (a, stmt))
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return NULL;
}

/* Binds value, or the firm kept when it points to a firm merged away. */
static void
bind_value (Apply         *a,
            PslSyncTable  *t,
            sqlite3_stmt  *stmt,
            int            n,
            const char    *column,
            sqlite3_value *value)
{
  if (value != NULL && sqlite3_value_type (value) == SQLITE_TEXT)
    for (guint k = 0; k < t->company_keys->len; k++)
      if (strcmp (g_ptr_array_index (t->company_keys, k), column) == 0)
        {
          char *kept = kept_company (a, value_text (value));

          if (kept != NULL)
            {
              sqlite3_bind_text (stmt, n, kept, -1, g_free);
              return;
            }
        }
  if (value != NULL)
    sqlite3_bind_value (stmt, n, value);
  else
    sqlite3_bind_null (stmt, n);
}

static gboolean
row_exists (Apply      *a,
            const char *table,
            const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE id = ?1;", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sqlite3_prepare_v2 (a->db, sql, -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return lookup (a, stmt);
}

static gboolean
is_tombstone (Apply      *a,
              const char *table,
              const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sqlite3_prepare_v2 (a->db, "SELECT 1 FROM sync_tombstone WHERE tbl = ?1 AND row_id = ?2;", -1, &stmt,
                      NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  return lookup (a, stmt);
}

static void
note_latest (Apply      *a,
             const char *at)
{
  if (at != NULL && g_strcmp0 (at, a->counts->latest) > 0)
    {
      g_free (a->counts->latest);
      a->counts->latest = g_strdup (at);
    }
}

/* ---- Firms created twice ------------------------------------------------ */

static gboolean
exec_bound (Apply      *a,
            const char *sql,
            const char *one,
            const char *two,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (a->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, a->db, WHAT);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, one, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, two, -1, SQLITE_STATIC);
  return step_done (a->db, stmt, error);
}

/* lost joins kept: marked deleted as of the later of the two creations (the
 * same value at every site), everything that pointed to it repointed.  Not
 * recorded for the other sites: each of them makes the same merge. */
static gboolean
merge_company (Apply      *a,
               const char *lost,
               const char *kept,
               GError    **error)
{
  GHashTableIter iter;
  PslSyncTable *t;

  if (!exec_bound (a, "INSERT OR REPLACE INTO sync_merge (tbl, lost_id, kept_id) VALUES ('company', ?1, ?2);",
                   lost, kept, error) ||
      !exec_bound (a, "UPDATE sync_merge SET kept_id = ?2 WHERE tbl = 'company' AND kept_id = ?1;",
                   lost, kept, error) ||
      !exec_bound (a,
                   "UPDATE company SET deleted_at = (SELECT max(created_at) FROM company"
                   "  WHERE id IN (?1, ?2)) WHERE id = ?1;",
                   lost, kept, error))
    return FALSE;

  g_hash_table_iter_init (&iter, a->tables);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    for (guint k = 0; k < t->company_keys->len; k++)
      {
        g_autofree char *sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ?2 WHERE \"%s\" = ?1;", t->name,
                                                (char *) g_ptr_array_index (t->company_keys, k),
                                                (char *) g_ptr_array_index (t->company_keys, k));

        if (!exec_bound (a, sql, lost, kept, error))
          return FALSE;
      }
  a->counts->merged++;
  return TRUE;
}

/* After a firm came in or changed who it is: merged with any firm that is
 * the same, the smaller id kept. */
static gboolean
merge_duplicates (Apply      *a,
                  const char *id,
                  GError    **error)
{
  for (int guard = 0; guard < 100; guard++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *other = NULL;
      const char *lost, *kept;

      sqlite3_prepare_v2 (a->db,
                          "SELECT identifier, legal_name, postcode FROM company"
                          " WHERE id = ?1 AND deleted_at IS NULL;",
                          -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        return TRUE;
      other = psl_company_find_other_duplicate (a->store, id,
                                                (const char *) sqlite3_column_text (stmt, 0),
                                                (const char *) sqlite3_column_text (stmt, 1),
                                                (const char *) sqlite3_column_text (stmt, 2));
      if (other == NULL)
        return TRUE;
      kept = strcmp (id, other) < 0 ? id : other;
      lost = kept == id ? other : id;
      if (!merge_company (a, lost, kept, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- One change --------------------------------------------------------- */

typedef struct
{
  PslSyncTable  *t;         /* the local table */
  GPtrArray     *names;     /* the file's column names */
  sqlite3_changeset_iter *iter;
  const char    *id;
  const char    *at;        /* the change's time */
} Change;

static int
local_position (Change *c,
                int     i)
{
  const char *name = g_ptr_array_index (c->names, i);

  if (is_local_column (c->t->name, name))
    return 0;
  return GPOINTER_TO_INT (g_hash_table_lookup (c->t->positions, name));
}

static gboolean
apply_insert (Apply   *a,
              Change  *c,
              GError **error)
{
  g_autoptr(GString) cols = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *other = NULL;
  gboolean is_company = strcmp (c->t->name, "company") == 0;
  int n = 0;

  if (is_company)
    {
      sqlite3_value *ident = NULL, *name = NULL, *postcode = NULL, *deleted = NULL;
      int p;

      if ((p = GPOINTER_TO_INT (g_hash_table_lookup (c->t->positions, "deleted_at"))) > 0)
        for (guint i = 0; i < c->names->len; i++)
          {
            sqlite3_value *v = NULL;

            sqlite3changeset_new (c->iter, i, &v);
            if (strcmp (g_ptr_array_index (c->names, i), "identifier") == 0) ident = v;
            else if (strcmp (g_ptr_array_index (c->names, i), "legal_name") == 0) name = v;
            else if (strcmp (g_ptr_array_index (c->names, i), "postcode") == 0) postcode = v;
            else if (strcmp (g_ptr_array_index (c->names, i), "deleted_at") == 0) deleted = v;
          }
      if (deleted == NULL || sqlite3_value_type (deleted) == SQLITE_NULL)
        other = psl_company_find_other_duplicate (a->store, c->id, value_text (ident), value_text (name),
                                                  value_text (postcode));
    }

  for (guint i = 0; i < c->names->len; i++)
    {
      if (local_position (c, i) == 0)
        continue;
      g_string_append_printf (cols, "%s\"%s\"", n > 0 ? ", " : "", (char *) g_ptr_array_index (c->names, i));
      g_string_append_printf (marks, "%s?%d", n > 0 ? ", " : "", n + 1);
      n++;
    }
  sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s);", c->t->name, cols->str, marks->str);
  if (sqlite3_prepare_v2 (a->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, a->db, WHAT);
      return FALSE;
    }
  n = 0;
  for (guint i = 0; i < c->names->len; i++)
    {
      sqlite3_value *v = NULL;
      const char *name = g_ptr_array_index (c->names, i);

      if (local_position (c, i) == 0)
        continue;
      sqlite3changeset_new (c->iter, i, &v);
      n++;
      /* A twin firm here: the new one waits deleted until the merge says
       * which of the two stays. */
      if (other != NULL && strcmp (name, "deleted_at") == 0)
        sqlite3_bind_text (stmt, n, "9999", -1, SQLITE_STATIC);
      else
        bind_value (a, c->t, stmt, n, name, v);
    }
  if (!step_done (a->db, stmt, error))
    return FALSE;

  if (other != NULL)
    {
      if (strcmp (c->id, other) < 0)
        {
          if (!merge_company (a, other, c->id, error) ||
              !exec_bound (a, "UPDATE company SET deleted_at = NULL WHERE id = ?1;", c->id, NULL, error))
            return FALSE;
        }
      else if (!merge_company (a, c->id, other, error))
        return FALSE;
      return merge_duplicates (a, strcmp (c->id, other) < 0 ? c->id : other, error);
    }
  return TRUE;
}

/* The value of column in the row as it stands, as text, or NULL. */
static char *
current_text (Apply      *a,
              Change     *c,
              const char *column,
              gboolean   *found)
{
  g_autofree char *sql = g_strdup_printf ("SELECT \"%s\" FROM \"%s\" WHERE id = ?1;", column, c->t->name);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sqlite3_prepare_v2 (a->db, sql, -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, c->id, -1, SQLITE_STATIC);
  *found = lookup (a, stmt);
  return *found ? psl_column_dup (stmt, 0) : NULL;
}

static gboolean
record_conflict (Apply      *a,
                 Change     *c,
                 const char *column,
                 gboolean    remote_wins,
                 const char *here_value,
                 const char *here_site,
                 const char *here_at,
                 const char *remote_value,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = psl_now_timestamp ();

  sqlite3_prepare_v2 (a->db,
                      "INSERT INTO sync_conflict (detected_at, tbl, row_id, col, kept_value, kept_site, kept_at,"
                      "  other_value, other_site, other_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, c->t->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, c->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, column, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 5 : 8, remote_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 6 : 9, a->origin->site_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 7 : 10, c->at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 8 : 5, here_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 9 : 6, here_site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, remote_wins ? 10 : 7, here_at, -1, SQLITE_STATIC);
  a->counts->conflicts++;
  return step_done (a->db, stmt, error);
}

/* Whether the writer of the file had seen the write (site, seq). */
static gboolean
writer_knew (Apply      *a,
             const char *site,
             gint64      seq)
{
  gpointer known;

  if (strcmp (site, a->origin->site_id) == 0)
    return TRUE;
  known = g_hash_table_lookup (a->origin->known, site);
  return known != NULL && *(gint64 *) known >= seq;
}

/* Decides one column: TRUE in *wins when the change's value is to be
 * written. */
static gboolean
decide_column (Apply         *a,
               Change        *c,
               const char    *column,
               sqlite3_value *value,
               gboolean      *wins,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *site = a->origin->site_id;
  g_autofree char *clock_at = NULL;
  g_autofree char *clock_site = NULL;
  gint64 clock_seq = 0;

  sqlite3_prepare_v3 (a->db, "SELECT at, site, seq FROM sync_clock WHERE tbl = ?1 AND row_id = ?2 AND col = ?3;",
                      -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, c->t->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, c->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, column, -1, SQLITE_STATIC);
  if (lookup (a, stmt))
    {
      clock_at = psl_column_dup (stmt, 0);
      clock_site = psl_column_dup (stmt, 1);
      clock_seq = sqlite3_column_int64 (stmt, 2);
    }

  /* At one time, the greater site wins; one site's own writes come in the
   * order it made them, so the later of them wins. */
  *wins = clock_at == NULL ||
          strcmp (c->at, clock_at) > 0 ||
          (strcmp (c->at, clock_at) == 0 && strcmp (site, clock_site) >= 0);

  if (clock_at != NULL && !is_stamp_column (column) && !writer_knew (a, clock_site, clock_seq))
    {
      gboolean found;
      g_autofree char *here = current_text (a, c, column, &found);
      const char *there = value_text (value);

      if (found && g_strcmp0 (here, there) != 0 &&
          !record_conflict (a, c, column, *wins, here, clock_site, clock_at, there, error))
        return FALSE;
    }

  return !*wins || set_clock (a->db, c->t->name, c->id, column, c->at, site, a->origin->seq, error);
}

static gboolean
is_merged_away (Apply      *a,
                const char *table,
                const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  sqlite3_prepare_v2 (a->db, "SELECT 1 FROM sync_merge WHERE tbl = ?1 AND lost_id = ?2;", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  return lookup (a, stmt);
}

/* A firm about to take the identifier of another firm here: the two
 * become one first, or the identifier could not be written. */
static gboolean
merge_before_identifier (Apply         *a,
                         Change        *c,
                         sqlite3_value *identifier,
                         gboolean      *merged_away,
                         GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *other = NULL;

  sqlite3_prepare_v2 (a->db,
                      "SELECT id FROM company WHERE identifier = ?1 AND deleted_at IS NULL AND id <> ?2;",
                      -1, &stmt, NULL);
  sqlite3_bind_value (stmt, 1, identifier);
  sqlite3_bind_text (stmt, 2, c->id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;
  other = psl_column_dup (stmt, 0);
  if (strcmp (c->id, other) < 0)
    return merge_company (a, other, c->id, error);
  *merged_away = TRUE;
  return merge_company (a, c->id, other, error);
}

/* An update, or an insert of a row already here, column by column. */
static gboolean
apply_update (Apply   *a,
              Change  *c,
              GError **error)
{
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autoptr(GArray) winners = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean is_company = strcmp (c->t->name, "company") == 0;
  gboolean merged_away = FALSE;
  gboolean identity_changed = FALSE;
  guint bound = 0;

  if (!row_exists (a, c->t->name, c->id))
    return TRUE;  /* deleted for good here: the deletion stays */
  if (is_company)
    merged_away = is_merged_away (a, "company", c->id);

  for (guint i = 1; i < c->names->len; i++)
    {
      sqlite3_value *v = NULL;
      const char *name = g_ptr_array_index (c->names, i);
      gboolean wins = FALSE;

      if (local_position (c, i) == 0 ||
          sqlite3changeset_new (c->iter, i, &v) != SQLITE_OK || v == NULL)
        continue;
      if (!decide_column (a, c, name, v, &wins, error))
        return FALSE;
      if (!wins)
        continue;
      g_array_append_val (winners, i);
      if (is_company && strcmp (name, "identifier") == 0 && sqlite3_value_type (v) != SQLITE_NULL &&
          !merged_away && !merge_before_identifier (a, c, v, &merged_away, error))
        return FALSE;
      if (strcmp (name, "identifier") == 0 || strcmp (name, "legal_name") == 0 ||
          strcmp (name, "postcode") == 0 || strcmp (name, "deleted_at") == 0)
        identity_changed = TRUE;
    }

  for (guint k = 0; k < winners->len; k++)
    {
      const char *name = g_ptr_array_index (c->names, g_array_index (winners, int, k));

      /* A firm merged away stays deleted, whatever its first site does. */
      if (merged_away && strcmp (name, "deleted_at") == 0)
        continue;
      g_string_append_printf (sets, "%s\"%s\" = ?%u", bound > 0 ? ", " : "", name, bound + 2);
      bound++;
    }
  if (bound == 0)
    return TRUE;

  sql = g_strdup_printf ("UPDATE \"%s\" SET %s WHERE id = ?1;", c->t->name, sets->str);
  if (sqlite3_prepare_v2 (a->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, a->db, WHAT);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, c->id, -1, SQLITE_STATIC);
  bound = 0;
  for (guint k = 0; k < winners->len; k++)
    {
      int i = g_array_index (winners, int, k);
      const char *name = g_ptr_array_index (c->names, i);
      sqlite3_value *v = NULL;

      if (merged_away && strcmp (name, "deleted_at") == 0)
        continue;
      sqlite3changeset_new (c->iter, i, &v);
      bind_value (a, c->t, stmt, bound + 2, name, v);
      bound++;
    }
  if (!step_done (a->db, stmt, error))
    return FALSE;
  a->counts->applied++;

  return !is_company || !identity_changed || merged_away || merge_duplicates (a, c->id, error);
}

static gboolean
apply_delete (Apply   *a,
              Change  *c,
              GError **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?1;", c->t->name);

  if (!exec_bound (a, sql, c->id, NULL, error))
    return FALSE;
  if (sqlite3_changes (a->db) > 0)
    a->counts->applied++;
  return forget_row (a->db, c->t->name, c->id, error);
}

static gboolean
apply_one (Apply                  *a,
           sqlite3_changeset_iter *iter,
           GError                **error)
{
  const char *name;
  int ncol, op, indirect;
  Change c = { .iter = iter, .at = "" };
  sqlite3_value *id = NULL;
  guint at_file = 0;

  sqlite3changeset_op (iter, &name, &ncol, &op, &indirect);
  c.names = g_hash_table_lookup (a->origin->columns, name);
  if (c.names == NULL || (int) c.names->len != ncol)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("A change file describes the table “%s” wrongly."), name);
      return FALSE;
    }
  c.t = g_hash_table_lookup (a->tables, name);
  if (c.t == NULL)
    return TRUE;  /* a table this version no longer has */

  a->counts->changes++;
  if ((op == SQLITE_DELETE ? sqlite3changeset_old (iter, 0, &id) : sqlite3changeset_new (iter, 0, &id)) != SQLITE_OK ||
      id == NULL)
    sqlite3changeset_old (iter, 0, &id);
  c.id = value_text (id);
  if (c.id == NULL)
    return TRUE;

  for (guint i = 0; i < c.names->len; i++)
    if (strcmp (g_ptr_array_index (c.names, i), "updated_at") == 0)
      at_file = i + 1;
  if (at_file > 0 && op != SQLITE_DELETE)
    {
      sqlite3_value *at = NULL;

      if (sqlite3changeset_new (iter, at_file - 1, &at) == SQLITE_OK && at != NULL &&
          sqlite3_value_type (at) == SQLITE_TEXT)
        c.at = value_text (at);
    }
  note_latest (a, c.at);

  switch (op)
    {
    case SQLITE_INSERT:
      if (is_tombstone (a, name, c.id))
        return TRUE;
      if (row_exists (a, name, c.id))
        return apply_update (a, &c, error);
      a->counts->applied++;
      return apply_insert (a, &c, error);
    case SQLITE_UPDATE:
      return apply_update (a, &c, error);
    case SQLITE_DELETE:
      return apply_delete (a, &c, error);
    default:
      return TRUE;
    }
}

static gboolean
set_aside (Apply                  *a,
           sqlite3_changeset_iter *iter,
           const char             *reason,
           GError                **error)
{
  const char *name;
  int ncol, op, indirect;
  sqlite3_value *id = NULL;
  PslSyncTable *t;
  Change c = { .iter = iter, .at = "" };

  if (!exec_bound (a, "ROLLBACK TO psl_sync_change;", NULL, NULL, error))
    return FALSE;
  sqlite3changeset_op (iter, &name, &ncol, &op, &indirect);
  if ((op == SQLITE_DELETE ? sqlite3changeset_old (iter, 0, &id) : sqlite3changeset_new (iter, 0, &id)) != SQLITE_OK ||
      id == NULL)
    sqlite3changeset_old (iter, 0, &id);
  t = g_hash_table_lookup (a->tables, name);
  c.t = t;
  c.id = value_text (id);
  if (t == NULL || c.id == NULL)
    return TRUE;
  return record_conflict (a, &c, "*", FALSE, NULL, psl_store_get_site_id (a->store), "", reason, error);
}

gboolean
psl_sync_changes_apply (PslStore            *store,
                        GHashTable          *tables,
                        const void          *changeset,
                        int                  size,
                        const PslSyncOrigin *origin,
                        PslSyncCounts       *counts,
                        GError             **error)
{
  Apply a = { store, psl_store_get_db (store), tables, origin, counts };
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("A change file holds a damaged list of changes."));
      return FALSE;
    }
  while (ok && (rc = sqlite3changeset_next (iter)) == SQLITE_ROW)
    {
      g_autoptr(GError) refused = NULL;

      /* A change that breaks a rule of its row here (a CHECK met by two
       * sites' edits of different fields) is set aside with its reason,
       * rather than stop the file and every file after it. */
      ok = exec_bound (&a, "SAVEPOINT psl_sync_change;", NULL, NULL, error) &&
           (apply_one (&a, iter, &refused) ||
            (g_error_matches (refused, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL) &&
             (sqlite3_extended_errcode (a.db) & 0xff) == SQLITE_CONSTRAINT &&
             set_aside (&a, iter, refused->message, error))) &&
           exec_bound (&a, "RELEASE psl_sync_change;", NULL, NULL, error);
      if (!ok && refused != NULL && error != NULL && *error == NULL)
        g_propagate_error (error, g_steal_pointer (&refused));
      if (ok && a.failed != 0)
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL, "%s", sqlite3_errstr (a.failed));
          ok = FALSE;
        }
    }
  if (ok && rc != SQLITE_DONE)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("A change file holds a damaged list of changes."));
      ok = FALSE;
    }
  sqlite3changeset_finalize (iter);
  return ok;
}
