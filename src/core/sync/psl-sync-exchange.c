/* psl-sync-exchange.c — one structure's sites converging through a folder */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "psl-migrations.h"
#include "psl-sync-capture.h"
#include "psl-sync-changes.h"
#include "psl-sync-exchange.h"
#include "psl-sync-private.h"
#include "psl-store-private.h"

#define FILE_FORMAT 1

void
psl_sync_report_free (PslSyncReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->waiting);
  g_ptr_array_unref (report->refused);
  g_free (report);
}

static PslSyncReport *
report_new (void)
{
  PslSyncReport *report = g_new0 (PslSyncReport, 1);

  report->waiting = g_ptr_array_new_with_free_func (g_free);
  report->refused = g_ptr_array_new_with_free_func (g_free);
  return report;
}

char *
psl_sync_change_path (const char *folder,
                      const char *site_id,
                      gint64      seq)
{
  g_autofree char *name = g_strdup_printf ("%08" G_GINT64_FORMAT ".pslc", seq);

  return g_build_filename (folder, "sites", site_id, name, NULL);
}

static gboolean
exec (PslStore   *store,
      const char *sql,
      GError    **error)
{
  return psl_store_exec (store, sql, error);
}

/* The name a user knows a site by, or its id's beginning. */
char *
psl_sync_site_name (PslStore   *store,
                    const char *site_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT name FROM site WHERE id = ?1;", NULL);

  sqlite3_bind_text (stmt, 1, site_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return psl_column_dup (stmt, 0);
  /* Translators: a site not yet known here, by the start of its id */
  return g_strdup_printf (_("site %.8s"), site_id);
}

/* What this site has applied of each other site: site id → last number. */
GHashTable *
psl_sync_load_known (PslStore *store)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
                                                    "SELECT site_id, max(seq) FROM sync_ledger GROUP BY site_id;",
                                                    NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (known, psl_column_dup (stmt, 0),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
  return known;
}

char *
psl_sync_known_to_json (GHashTable *known)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GHashTableIter iter;
  gpointer key, value;

  json_builder_begin_object (b);
  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (b, key);
      json_builder_add_int_value (b, *(gint64 *) value);
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

GHashTable *
psl_sync_known_from_json (JsonNode *node)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *obj;
  g_autoptr(GList) members = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return known;
  obj = json_node_get_object (node);
  members = json_object_get_members (obj);
  for (GList *l = members; l != NULL; l = l->next)
    {
      gint64 seq = json_object_get_int_member_with_default (obj, l->data, 0);

      g_hash_table_insert (known, g_strdup (l->data), g_memdup2 (&seq, sizeof seq));
    }
  return known;
}

/* ---- Sending ------------------------------------------------------------ */

/* The changes not yet in a file get the next number, with what this site
 * had applied at that moment. */
gboolean
psl_sync_number_outbox (PslStore *store,
                        GError  **error)
{
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = NULL;
  g_autofree char *now = psl_now_timestamp ();
  g_autofree char *next = NULL;
  gint64 seq;

  if (psl_store_count (store, "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;", error) <= 0)
    return TRUE;

  known = psl_sync_load_known (store);
  json = psl_sync_known_to_json (known);
  seq = psl_sync_next_file_seq (psl_store_get_db (store));
  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store,
                            "UPDATE sync_outbox SET file_seq = ?1, numbered_at = ?2, known = ?3"
                            " WHERE file_seq IS NULL;",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, seq);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, json, -1, SQLITE_STATIC);
  next = g_strdup_printf ("%" G_GINT64_FORMAT, seq + 1);
  if (!psl_store_step_done (store, stmt, error) ||
      !psl_store_set_meta (store, "sync_next_seq", next, error) ||
      !psl_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  psl_store_rollback (store);
  return FALSE;
}

/* The tables named in a list of changesets, with their columns as they
 * were recorded (a column added since is at the end, so the first ncol
 * names are those of the record). */
static gboolean
add_tables (JsonBuilder *b,
            PslStore    *store,
            GPtrArray   *changesets)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) tables = psl_sync_tables_read (psl_store_get_db (store));

  if (tables == NULL)
    return FALSE;
  json_builder_set_member_name (b, "tables");
  json_builder_begin_object (b);
  for (guint i = 0; i < changesets->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (changesets, i);
      sqlite3_changeset_iter *iter = NULL;
      gsize size;
      const void *data = g_bytes_get_data (bytes, &size);

      if (sqlite3changeset_start (&iter, size, (void *) data) != SQLITE_OK)
        continue;
      while (sqlite3changeset_next (iter) == SQLITE_ROW)
        {
          const char *name;
          int ncol, op, indirect;
          PslSyncTable *t;

          sqlite3changeset_op (iter, &name, &ncol, &op, &indirect);
          if (g_hash_table_contains (seen, name) || (t = g_hash_table_lookup (tables, name)) == NULL)
            continue;
          g_hash_table_add (seen, g_strdup (name));
          json_builder_set_member_name (b, name);
          json_builder_begin_array (b);
          for (int c = 0; c < ncol && c < (int) t->columns->len; c++)
            json_builder_add_string_value (b, g_ptr_array_index (t->columns, c));
          json_builder_end_array (b);
        }
      sqlite3changeset_finalize (iter);
    }
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
write_change_file (PslStore         *store,
                   const char       *folder,
                   const PslSyncKey *key,
                   gint64            seq,
                   PslSyncReport    *report,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) changesets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(PslSealWriter) writer = NULL;
  g_autofree char *path = psl_sync_change_path (folder, psl_store_get_site_id (store), seq);
  g_autofree char *header = NULL;
  g_autofree char *numbered_at = NULL;
  g_autofree char *known = NULL;
  guint changes = 0;
  int rc;

  stmt = psl_store_prepare (store,
                            "SELECT changeset, numbered_at, known FROM sync_outbox WHERE file_seq = ?1 ORDER BY seq;",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sqlite3_changeset_iter *iter = NULL;

      g_ptr_array_add (changesets, g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)));
      if (numbered_at == NULL)
        {
          numbered_at = psl_column_dup (stmt, 1);
          known = psl_column_dup (stmt, 2);
        }
      if (sqlite3changeset_start (&iter, sqlite3_column_bytes (stmt, 0),
                                  (void *) sqlite3_column_blob (stmt, 0)) == SQLITE_OK)
        {
          while (sqlite3changeset_next (iter) == SQLITE_ROW)
            changes++;
          sqlite3changeset_finalize (iter);
        }
    }
  /* A file is written whole or not at all: a read cut short (a busy or
   * interrupted database) must not leave a file with part of its changes
   * under a number that will never be written again. */
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), NULL);
      return FALSE;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_int_value (b, FILE_FORMAT);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, psl_store_get_schema_version (store));
  json_builder_set_member_name (b, "site");
  json_builder_add_string_value (b, psl_store_get_site_id (store));
  json_builder_set_member_name (b, "seq");
  json_builder_add_int_value (b, seq);
  json_builder_set_member_name (b, "written_at");
  json_builder_add_string_value (b, numbered_at);
  json_builder_set_member_name (b, "changesets");
  json_builder_add_int_value (b, changesets->len);
  json_builder_set_member_name (b, "known");
  if (known != NULL && json_parser_load_from_data (parser, known, -1, NULL))
    json_builder_add_value (b, json_node_copy (json_parser_get_root (parser)));
  else
    json_builder_add_null_value (b);
  if (!add_tables (b, store, changesets))
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), NULL);
      return FALSE;
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  header = json_generator_to_data (gen, NULL);

  writer = psl_seal_writer_new (key, path, PSL_SEAL_CHANGES, psl_store_get_site_id (store), seq, error);
  if (writer == NULL || !psl_seal_writer_add (writer, header, strlen (header), error))
    return FALSE;
  for (guint i = 0; i < changesets->len; i++)
    {
      gsize size;
      const void *data = g_bytes_get_data (g_ptr_array_index (changesets, i), &size);

      if (!psl_seal_writer_add (writer, data, size, error))
        return FALSE;
    }
  if (!psl_seal_writer_finish (writer, error))
    return FALSE;

  report->files_sent++;
  report->changes_sent += changes;
  return TRUE;
}

/* Writes each numbered file missing from the folder: the new ones, and any
 * the folder lost (a stick wiped, a file deleted by hand). */
static gboolean
send_changes (PslStore         *store,
              const char       *folder,
              const PslSyncKey *key,
              PslSyncReport    *report,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) seqs = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!psl_store_flush_changes (store, error) || !psl_sync_number_outbox (store, error))
    return FALSE;

  stmt = psl_store_prepare (store,
                            "SELECT DISTINCT file_seq FROM sync_outbox WHERE file_seq IS NOT NULL ORDER BY 1;",
                            error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_val (seqs, (gint64) { sqlite3_column_int64 (stmt, 0) });
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < seqs->len; i++)
    {
      gint64 seq = g_array_index (seqs, gint64, i);
      g_autofree char *path = psl_sync_change_path (folder, psl_store_get_site_id (store), seq);

      if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
          !write_change_file (store, folder, key, seq, report, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Receiving ---------------------------------------------------------- */

typedef struct
{
  char       *site_id;
  gint64      seq;
  guint       schema;
  char       *written_at;
  GHashTable *known;
  GHashTable *columns;
  GPtrArray  *changesets;
} ChangeFile;

static void
change_file_free (ChangeFile *f)
{
  if (f == NULL)
    return;
  g_free (f->site_id);
  g_free (f->written_at);
  g_clear_pointer (&f->known, g_hash_table_unref);
  g_clear_pointer (&f->columns, g_hash_table_unref);
  g_clear_pointer (&f->changesets, g_ptr_array_unref);
  g_free (f);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChangeFile, change_file_free)

static gboolean
invalid_file (GError    **error,
              const char *path)
{
  psl_sync_set_altered (error, path);
  return FALSE;
}

static ChangeFile *
read_change_file (const PslSyncKey *key,
                  const char       *path,
                  const char       *site_id,
                  gint64            seq,
                  GError          **error)
{
  g_autoptr(PslSealReader) reader = psl_seal_reader_new (key, path, PSL_SEAL_CHANGES, site_id, seq, error);
  g_autoptr(ChangeFile) f = g_new0 (ChangeFile, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) head = NULL;
  g_autoptr(GError) local = NULL;
  JsonObject *obj, *tables;
  g_autoptr(GList) names = NULL;
  GBytes *chunk;
  gsize size;
  const char *text;

  if (reader == NULL || (head = psl_seal_reader_next (reader, error)) == NULL)
    {
      if (reader != NULL && (error == NULL || *error == NULL))
        invalid_file (error, path);
      return NULL;
    }
  text = g_bytes_get_data (head, &size);
  if (!json_parser_load_from_data (parser, text, size, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      invalid_file (error, path);
      return NULL;
    }
  obj = json_node_get_object (json_parser_get_root (parser));
  f->site_id = g_strdup (site_id);
  f->seq = seq;
  f->schema = json_object_get_int_member_with_default (obj, "schema", 0);
  f->written_at = g_strdup (json_object_get_string_member_with_default (obj, "written_at", ""));
  f->known = psl_sync_known_from_json (json_object_get_member (obj, "known"));
  f->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  f->changesets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  if (json_object_get_int_member_with_default (obj, "format", 0) > FILE_FORMAT)
    {
      f->schema = G_MAXUINT;  /* a format this version cannot read: waits as newer */
      return g_steal_pointer (&f);
    }
  if (g_strcmp0 (json_object_get_string_member_with_default (obj, "site", ""), site_id) != 0 ||
      json_object_get_int_member_with_default (obj, "seq", -1) != seq ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (obj, "tables")))
    {
      invalid_file (error, path);
      return NULL;
    }
  tables = json_object_get_object_member (obj, "tables");
  names = json_object_get_members (tables);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonArray *cols = json_object_get_array_member (tables, l->data);
      GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; cols != NULL && i < json_array_get_length (cols); i++)
        g_ptr_array_add (list, g_strdup (json_array_get_string_element (cols, i)));
      g_hash_table_insert (f->columns, g_strdup (l->data), list);
    }

  while ((chunk = psl_seal_reader_next (reader, &local)) != NULL)
    g_ptr_array_add (f->changesets, chunk);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if ((gint64) f->changesets->len != json_object_get_int_member_with_default (obj, "changesets", -1))
    {
      invalid_file (error, path);
      return NULL;
    }
  return g_steal_pointer (&f);
}

static gint64
applied_up_to (PslStore   *store,
               const char *site_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
                                                    "SELECT coalesce(max(seq), 0) FROM sync_ledger WHERE site_id = ?1;",
                                                    NULL);

  sqlite3_bind_text (stmt, 1, site_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* NULL when every file the writer had applied is applied here too, else
 * the sentence that says which one is missing. */
static char *
missing_before (PslStore   *store,
                ChangeFile *f)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, f->known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 needed = *(gint64 *) value;

      if (g_strcmp0 (key, psl_store_get_site_id (store)) == 0)
        continue;
      if (applied_up_to (store, key) < needed)
        {
          g_autofree char *who = psl_sync_site_name (store, f->site_id);
          g_autofree char *other = psl_sync_site_name (store, key);

          return g_strdup_printf (_("File %ld of %s waits for file %ld of %s, which its writer had received."),
                                  (long) f->seq, who, (long) needed, other);
        }
    }
  return NULL;
}

/* The latest change met, plus a millisecond: a local edit made from now on
 * is later than everything received. */
static char *
clock_after (const char *latest)
{
  g_autoptr(GDateTime) t = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *head = NULL;

  if (latest == NULL || *latest == '\0' || (t = g_date_time_new_from_iso8601 (latest, NULL)) == NULL)
    return NULL;
  later = g_date_time_add (t, 1000);
  head = g_date_time_format (later, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", head, g_date_time_get_microsecond (later) / 1000);
}

static gboolean
apply_file_in_transaction (PslStore      *store,
                           ChangeFile    *f,
                           PslSyncCounts *counts,
                           GError       **error)
{
  g_autoptr(GHashTable) tables = psl_sync_tables_read (psl_store_get_db (store));
  PslSyncOrigin origin = { f->site_id, f->seq, f->known, f->columns };
  g_autoptr(sqlite3_stmt) ledger = NULL;
  g_autofree char *now = psl_now_timestamp ();
  g_autofree char *clock = NULL;
  g_autofree char *floor = NULL;

  if (tables == NULL)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), NULL);
      return FALSE;
    }
  if (!exec (store, "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync_applying', '1');", error))
    return FALSE;
  for (guint i = 0; i < f->changesets->len; i++)
    {
      gsize size;
      const void *data = g_bytes_get_data (g_ptr_array_index (f->changesets, i), &size);

      if (!psl_sync_changes_apply (store, tables, data, size, &origin, counts, error))
        return FALSE;
    }

  ledger = psl_store_prepare (store,
                              "INSERT INTO sync_ledger (site_id, seq, applied_at, changes, file_time)"
                              " VALUES (?1, ?2, ?3, ?4, ?5);",
                              error);
  if (ledger == NULL)
    return FALSE;
  sqlite3_bind_text (ledger, 1, f->site_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (ledger, 2, f->seq);
  sqlite3_bind_text (ledger, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_int (ledger, 4, counts->changes);
  sqlite3_bind_text (ledger, 5, f->written_at, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, ledger, error))
    return FALSE;

  clock = clock_after (counts->latest);
  floor = psl_store_get_meta (store, "sync_clock");
  if (clock != NULL && g_strcmp0 (clock, floor) > 0 && !psl_store_set_meta (store, "sync_clock", clock, error))
    return FALSE;
  return exec (store, "DELETE FROM meta WHERE key = 'sync_applying';", error);
}

/* One file, one transaction: applied whole with its ledger entry, or not
 * at all.  Foreign keys are checked by the order of files, not row by row:
 * a firm merged away may still be named by a row on its way. */
static gboolean
apply_file (PslStore      *store,
            ChangeFile    *f,
            PslSyncReport *report,
            GError       **error)
{
  sqlite3 *db = psl_store_get_db (store);
  sqlite3_mutex *mutex = sqlite3_db_mutex (db);
  PslSyncCapture *capture = psl_sync_capture_get (store);
  PslSyncCounts counts = { 0 };
  gboolean ok;

  /* Nothing else writes on this connection meanwhile: a write of the
   * window would join the transaction and not be recorded. */
  sqlite3_mutex_enter (mutex);
  ok = psl_store_flush_changes (store, error) &&
       exec (store, "PRAGMA foreign_keys = OFF;", error);
  if (ok)
    {
      if (capture != NULL)
        psl_sync_capture_set_paused (capture, TRUE);
      ok = psl_store_begin (store, error) &&
           apply_file_in_transaction (store, f, &counts, error);
      if (capture != NULL)
        psl_sync_capture_set_paused (capture, FALSE);
      ok = ok && exec (store, "COMMIT;", error);
      if (!ok)
        psl_store_rollback (store);
      exec (store, "PRAGMA foreign_keys = ON;", NULL);
    }
  sqlite3_mutex_leave (mutex);

  if (ok)
    {
      report->files_applied++;
      report->changes_applied += counts.changes;
      report->conflicts += counts.conflicts;
      report->merged += counts.merged;
    }
  g_free (counts.latest);
  return ok;
}

static GPtrArray *
other_sites_in_folder (const char *folder,
                       const char *own)
{
  g_autofree char *sites = g_build_filename (folder, "sites", NULL);
  g_autoptr(GDir) dir = g_dir_open (sites, 0, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strlen (name) == 36 && g_strcmp0 (name, own) != 0 && g_uuid_string_is_valid (name))
      g_ptr_array_add (ids, g_strdup (name));
  g_ptr_array_sort (ids, (GCompareFunc) g_strcmp0);
  return ids;
}

/* The highest file number a site has in the folder (a gap below it is a
 * file missing). */
static gint64
highest_in_folder (const char *folder,
                   const char *site_id)
{
  g_autofree char *path = g_build_filename (folder, "sites", site_id, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  gint64 highest = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pslc") && strlen (name) == 13 && g_ascii_isdigit (name[0]))
      highest = MAX (highest, g_ascii_strtoll (name, NULL, 10));
  return highest;
}

/* Tries the next file of one site.  TRUE when one was applied. */
static gboolean
receive_next (PslStore         *store,
              const char       *folder,
              const PslSyncKey *key,
              const char       *site_id,
              PslSyncReport    *report,
              char            **waits,
              GError          **error)
{
  gint64 seq = applied_up_to (store, site_id) + 1;
  g_autofree char *path = psl_sync_change_path (folder, site_id, seq);
  g_autofree char *who = psl_sync_site_name (store, site_id);
  g_autoptr(ChangeFile) f = NULL;
  g_autoptr(GError) local = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      gint64 highest = highest_in_folder (folder, site_id);

      if (highest > seq)
        *waits = g_strdup_printf (_("File %ld of %s is missing from the folder; its files %ld to %ld wait for it."),
                                  (long) seq, who, (long) seq + 1, (long) highest);
      return FALSE;
    }

  f = read_change_file (key, path, site_id, seq, &local);
  if (f == NULL)
    {
      if (g_error_matches (local, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INCOMPLETE))
        *waits = g_strdup (local->message);
      else
        g_ptr_array_add (report->refused, g_strdup (local->message));
      return FALSE;
    }
  if (f->schema > psl_store_get_schema_version (store))
    {
      *waits = g_strdup_printf (_("File %ld of %s was written by a newer Passerelle: it waits "
                                  "until this site is updated."), (long) seq, who);
      return FALSE;
    }
  if ((*waits = missing_before (store, f)) != NULL)
    return FALSE;

  if (!apply_file (store, f, report, &local))
    {
      g_ptr_array_add (report->refused,
                       g_strdup_printf (_("File %ld of %s could not be applied (%s); "
                                          "nothing of it was kept."), (long) seq, who, local->message));
      return FALSE;
    }
  return TRUE;
}

static void
receive_changes (PslStore         *store,
                 const char       *folder,
                 const PslSyncKey *key,
                 PslSyncReport    *report,
                 GCancellable     *cancellable)
{
  g_autoptr(GPtrArray) sites = other_sites_in_folder (folder, psl_store_get_site_id (store));
  g_autoptr(GHashTable) waits = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gboolean progress = TRUE;

  /* Round after round, since a file of one site may wait for a file of
   * another that comes later in the list. */
  while (progress && !g_cancellable_is_cancelled (cancellable))
    {
      progress = FALSE;
      for (guint i = 0; i < sites->len; i++)
        {
          const char *site = g_ptr_array_index (sites, i);
          char *why = NULL;

          while (receive_next (store, folder, key, site, report, &why, NULL))
            progress = TRUE;
          g_hash_table_replace (waits, (gpointer) site, why);
        }
    }

  for (guint i = 0; i < sites->len; i++)
    {
      const char *why = g_hash_table_lookup (waits, g_ptr_array_index (sites, i));

      if (why != NULL)
        g_ptr_array_add (report->waiting, g_strdup (why));
    }
}

/* ---- The exchange ------------------------------------------------------- */

PslSyncKey *
psl_sync_unlock (PslStore   *store,
                 const char *folder,
                 const char *passphrase,
                 GError    **error)
{
  g_autofree char *structure = psl_store_get_meta (store, "sync_structure");
  g_autofree char *recorded = psl_store_get_meta (store, "sync_folder");
  g_autoptr(PslSyncKey) key = NULL;

  if (structure == NULL)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_NOT_SET_UP,
                           _("This base exchanges with no other site yet: start the exchange "
                             "(passerelle sync init) or join one (passerelle sync join)."));
      return NULL;
    }
  if (folder == NULL)
    folder = recorded;
  key = psl_sync_key_unlock (folder, passphrase, error);
  if (key == NULL)
    return NULL;
  if (g_strcmp0 (key->structure_id, structure) != 0)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_OTHER_STRUCTURE,
                   _("The folder “%s” is the exchange of another structure: nothing was sent or applied."),
                   folder);
      return NULL;
    }
  return g_steal_pointer (&key);
}

PslSyncReport *
psl_sync_run (PslStore         *store,
              const char       *folder,
              const PslSyncKey *key,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(PslSyncReport) report = report_new ();
  g_autofree char *recorded = psl_store_get_meta (store, "sync_folder");

  if (folder == NULL)
    folder = recorded;
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("The exchange folder “%s” is not there: is the stick or the share connected?"), folder);
      return NULL;
    }
  if (psl_sync_capture_get (store) == NULL && !psl_sync_capture_start (store, error))
    return NULL;

  /* Sent before anything is applied: the numbers of what this site had
   * applied, written in its file, must be those its edits were made on. */
  if (!send_changes (store, folder, key, report, error))
    return NULL;
  receive_changes (store, folder, key, report, cancellable);
  if (!psl_sync_snapshot_refresh (store, folder, key, FALSE, error))
    return NULL;
  psl_sync_share_privacy_key (store, folder, key);

  if (g_strcmp0 (recorded, folder) != 0 && !psl_store_set_meta (store, "sync_folder", folder, error))
    return NULL;
  return g_steal_pointer (&report);
}
