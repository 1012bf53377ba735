/* psl-sync-capture.c — this site's writes recorded for the other sites */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include "psl-i18n.h"

#include "psl-store.h"
#include "psl-sync-capture.h"
#include "psl-sync-changes.h"
#include "psl-store-private.h"

struct _PslSyncCapture
{
  sqlite3 *db;
  sqlite3_session *session;
  GHashTable *tables;   /* name → PslSyncTable, the tables watched */
  char *site_id;
  guint64 recorded;     /* changesets put in the outbox so far */
};

GPtrArray *
psl_sync_travelling_tables (sqlite3 *db)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db,
                          "SELECT m.name FROM sqlite_master m"
                          " WHERE m.type = 'table'"
                          "   AND (SELECT count(*) FROM pragma_table_info(m.name) c"
                          "         WHERE c.name IN ('id', 'updated_at', 'site_id')) = 3"
                          " ORDER BY m.name;",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return names;
}

static int
watch_table_cb (void       *data,
                const char *table)
{
  PslSyncCapture *self = data;

  return g_hash_table_contains (self->tables, table);
}

static gboolean
new_session (PslSyncCapture *self,
             GError        **error)
{
  if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
      sqlite3session_attach (self->session, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, self->db, _("Recording the changes for the other sites"));
      return FALSE;
    }
  sqlite3session_table_filter (self->session, watch_table_cb, self);
  return TRUE;
}

PslSyncCapture *
psl_sync_capture_new (sqlite3    *db,
                      const char *site_id,
                      GError    **error)
{
  PslSyncCapture *self = g_new0 (PslSyncCapture, 1);
  g_autoptr(GPtrArray) names = psl_sync_travelling_tables (db);

  self->db = db;
  self->site_id = g_strdup (site_id);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) psl_sync_table_free);
  for (guint i = 0; i < names->len; i++)
    {
      PslSyncTable *t = psl_sync_table_read (db, g_ptr_array_index (names, i));

      if (t != NULL)
        g_hash_table_insert (self->tables, t->name, t);
    }

  if (!new_session (self, error))
    {
      psl_sync_capture_free (self);
      return NULL;
    }
  return self;
}

void
psl_sync_capture_free (PslSyncCapture *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_free (self->site_id);
  g_free (self);
}

static gboolean
flush_cb (gpointer  recorder,
          GError  **error)
{
  return psl_sync_capture_flush (recorder, error);
}

static guint64
recorded_cb (gpointer recorder)
{
  return psl_sync_capture_get_recorded (recorder);
}

static void
free_cb (gpointer recorder)
{
  psl_sync_capture_free (recorder);
}

gboolean
psl_sync_capture_start (PslStore  *store,
                        GError   **error)
{
  static const PslStoreRecorderFuncs funcs = { flush_cb, recorded_cb, free_cb };
  PslSyncCapture *capture;

  if (psl_store_get_recorder (store) != NULL)
    return TRUE;
  capture = psl_sync_capture_new (psl_store_get_db (store), psl_store_get_site_id (store), error);
  if (capture == NULL)
    return FALSE;
  psl_store_set_recorder (store, capture, &funcs);
  return TRUE;
}

PslSyncCapture *
psl_sync_capture_get (PslStore *store)
{
  return psl_store_get_recorder (store);
}

void
psl_sync_capture_set_paused (PslSyncCapture *self,
                             gboolean        paused)
{
  sqlite3session_enable (self->session, !paused);
}

gboolean
psl_sync_capture_is_empty (PslSyncCapture *self)
{
  return sqlite3session_isempty (self->session);
}

static gboolean
exec (sqlite3    *db,
      const char *sql,
      GError    **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  psl_set_sqlite_error (error, db, _("Recording the changes for the other sites"));
  return FALSE;
}

static gboolean
store_changeset (PslSyncCapture *self,
                 const void     *data,
                 int             size,
                 GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 next_file = psl_sync_next_file_seq (self->db);

  if (sqlite3_prepare_v2 (self->db, "INSERT INTO sync_outbox (changeset) VALUES (?1);", -1, &stmt,
                          NULL) != SQLITE_OK)
    goto fail;
  sqlite3_bind_blob (stmt, 1, data, size, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    goto fail;

  /* The clock learns of this site's writes as the other sites will. */
  return psl_sync_changes_note_local (self->db, self->tables, data, size, self->site_id,
                                      next_file, error);

fail:
  psl_set_sqlite_error (error, self->db, _("Recording the changes for the other sites"));
  return FALSE;
}

gboolean
psl_sync_capture_flush (PslSyncCapture *self,
                        GError        **error)
{
  void *data = NULL;
  int size = 0;
  gboolean own_transaction;
  gboolean ok;

  if (sqlite3session_isempty (self->session))
    return TRUE;

  if (sqlite3session_changeset (self->session, &size, &data) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, self->db, _("Recording the changes for the other sites"));
      return FALSE;
    }

  own_transaction = sqlite3_get_autocommit (self->db);
  ok = size == 0 ||
       ((!own_transaction || exec (self->db, "BEGIN IMMEDIATE;", error)) &&
        store_changeset (self, data, size, error) &&
        (!own_transaction || exec (self->db, "COMMIT;", error)));
  if (!ok && own_transaction)
    sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);

  /* Only once the changes are in the outbox does the session start again
   * empty.  Kept on a failure, it still holds them for the next flush (a
   * session compares with the rows as they are, so a write rolled back
   * meanwhile is simply not there). */
  if (ok)
    {
      self->recorded += size > 0;
      g_clear_pointer (&self->session, sqlite3session_delete);
      ok = new_session (self, error);
    }
  sqlite3_free (data);
  return ok;
}

guint64
psl_sync_capture_get_recorded (PslSyncCapture *self)
{
  return self->recorded;
}
