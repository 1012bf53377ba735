/* psl-sync-sites.c — starting the exchange, joining it, retiring a site */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <errno.h>
#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>

#include "psl-migrations.h"
#include "psl-sync-capture.h"
#include "psl-sync-exchange.h"
#include "psl-sync-private.h"
#include "psl-store-private.h"
#include "psl-store-open.h"

static char *
structure_of_site (PslStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT structure_id FROM site WHERE id = ?1;", NULL);

  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
}

gboolean
psl_sync_init (PslStore   *store,
               const char *folder,
               const char *passphrase,
               GError    **error)
{
  g_autofree char *already = psl_store_get_meta (store, "sync_structure");
  g_autofree char *structure = structure_of_site (store);
  g_autofree char *descriptor = g_build_filename (folder, PSL_SYNC_DESCRIPTOR, NULL);
  g_autofree char *now = psl_now_timestamp ();
  g_autoptr(PslSyncKey) key = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean made_folder;

  if (already != NULL)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                           _("This base already exchanges with other sites."));
      return FALSE;
    }
  if (structure == NULL)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                           _("The database does not say which structure it belongs to."));
      return FALSE;
    }
  if (g_file_test (folder, G_FILE_TEST_EXISTS) && !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER, _("“%s” is a file, not a folder."), folder);
      return FALSE;
    }
  if (g_file_test (descriptor, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                   _("“%s” is already the exchange folder of a structure: join it instead "
                     "(passerelle sync join)."), folder);
      return FALSE;
    }
  /* Refused before anything is made: a refusal leaves no empty folder. */
  if (!psl_sync_passphrase_check (passphrase, error))
    return FALSE;
  made_folder = !g_file_test (folder, G_FILE_TEST_EXISTS);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_READ_ONLY,
                   _("The exchange folder “%s” cannot be made: %s."), folder, g_strerror (errno));
      return FALSE;
    }

  key = psl_sync_key_create (folder, structure, passphrase, error);
  if (key == NULL)
    {
      if (made_folder)
        g_rmdir (folder);
      return FALSE;
    }

  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store, "UPDATE site SET joined_at = ?2 WHERE id = ?1;", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error) ||
      !psl_store_set_meta (store, "sync_structure", structure, error) ||
      !psl_store_set_meta (store, "sync_folder", folder, error) ||
      !psl_store_commit (store, error))
    goto fail;

  if (!psl_sync_capture_start (store, error) || !psl_sync_snapshot_refresh (store, folder, key, TRUE, error))
    return FALSE;
  psl_sync_share_privacy_key (store, folder, key);
  return TRUE;

fail:
  psl_store_rollback (store);
  g_unlink (descriptor);
  return FALSE;
}

/* ---- Joining ------------------------------------------------------------ */

static gboolean
raw_exec (sqlite3    *db,
          const char *sql,
          GError    **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  psl_set_sqlite_error (error, db, _("Preparing the new site's base"));
  return FALSE;
}

/* In the restored copy, before it is a store: what was the other site's
 * alone is dropped, and the ledger says what the copy holds. */
static gboolean
make_local (sqlite3          *db,
            const char       *site_id,
            const char       *folder,
            PslSnapshotInfo  *info,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) meta = NULL;
  g_autoptr(sqlite3_stmt) ledger = NULL;
  g_autofree char *now = psl_now_timestamp ();
  GHashTableIter iter;
  gpointer key, value;

  if (!raw_exec (db,
                 "BEGIN IMMEDIATE;"
                 "DELETE FROM sync_outbox; DELETE FROM sync_conflict;"
                 "DELETE FROM meta WHERE key = 'sync_next_seq';"
                 /* A local flag, not an edit: the rows keep their stamps. */
                 "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync_applying', '1');"
                 "UPDATE site SET is_local = 0;"
                 "DELETE FROM meta WHERE key = 'sync_applying';",
                 error))
    return FALSE;

  /* Which login of the other site's desktop was which staff member says
   * nothing here (a snapshot older than privacy has no such table). */
  sqlite3_exec (db, "DELETE FROM privacy_account;", NULL, NULL, NULL);

  sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2);", -1, &meta, NULL);
  sqlite3_bind_text (meta, 1, "site_id", -1, SQLITE_STATIC);
  sqlite3_bind_text (meta, 2, site_id, -1, SQLITE_STATIC);
  sqlite3_step (meta);
  sqlite3_reset (meta);
  sqlite3_bind_text (meta, 1, "sync_folder", -1, SQLITE_STATIC);
  sqlite3_bind_text (meta, 2, folder, -1, SQLITE_STATIC);
  sqlite3_step (meta);

  sqlite3_prepare_v2 (db,
                      "INSERT OR IGNORE INTO sync_ledger (site_id, seq, applied_at, changes, file_time)"
                      " VALUES (?1, ?2, ?3, 0, ?4);",
                      -1, &ledger, NULL);
  g_hash_table_iter_init (&iter, info->known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (*(gint64 *) value <= 0)
        continue;
      sqlite3_bind_text (ledger, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (ledger, 2, *(gint64 *) value);
      sqlite3_bind_text (ledger, 3, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (ledger, 4, info->written_at, -1, SQLITE_STATIC);
      if (sqlite3_step (ledger) != SQLITE_DONE)
        {
          psl_set_sqlite_error (error, db, _("Preparing the new site's base"));
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
      sqlite3_reset (ledger);
    }
  return raw_exec (db, "COMMIT;", error);
}

/* The site the new installation becomes: an antenna already listed and
 * not yet an installation is taken over; a name already an installation
 * is refused. */
static char *
choose_site (sqlite3    *db,
             const char *name,
             gboolean   *adopted,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *folded = g_utf8_casefold (name, -1);

  sqlite3_prepare_v2 (db, "SELECT id, name, joined_at FROM site;", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *other = g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1);

      if (g_strcmp0 (g_strstrip (other), folded) != 0)
        continue;
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_SITE,
                       _("A site named “%s” already exchanges in this structure: choose another name."), name);
          return NULL;
        }
      *adopted = TRUE;
      return psl_column_dup (stmt, 0);
    }
  *adopted = FALSE;
  return psl_new_id ();
}

static gboolean
register_site (PslStore   *store,
               const char *name,
               gboolean    adopted,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = psl_now_timestamp ();

  stmt = psl_store_prepare (store,
                            adopted
                              ? "UPDATE site SET is_local = 1, joined_at = ?3, retired_at = NULL WHERE id = ?1;"
                              : "INSERT INTO site (id, structure_id, name, is_local, joined_at)"
                                " SELECT ?1, structure_id, ?2, 1, ?3 FROM site WHERE structure_id IS NOT NULL"
                                " LIMIT 1;",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

PslStore *
psl_sync_join (const char *folder,
               const char *passphrase,
               const char *site_name,
               const char *database,
               GError    **error)
{
  g_autoptr(PslSyncKey) key = NULL;
  g_autoptr(PslSnapshotInfo) info = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslSyncReport) report = NULL;
  g_autofree char *temp = g_strdup_printf ("%s.rejoindre.tmp", database);
  g_autofree char *name = g_strstrip (g_strdup (site_name != NULL ? site_name : ""));
  g_autofree char *site_id = NULL;
  g_autofree char *structure = NULL;
  sqlite3 *db = NULL;
  gboolean adopted = FALSE;
  gboolean ok;

  if (*name == '\0')
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_SITE,
                           _("The new site needs a name (--site)."));
      return NULL;
    }
  if (g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                   _("“%s” already exists: a site joins with a new base; give the name of a file "
                     "that does not exist yet."), database);
      return NULL;
    }
  key = psl_sync_key_unlock (folder, passphrase, error);
  if (key == NULL)
    return NULL;
  info = psl_sync_snapshot_restore (folder, key, temp, error);
  if (info == NULL)
    return NULL;
  if (info->schema > psl_migrations_latest ())
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_NEWER,
                           _("The structure's base was made by a newer Passerelle: update Passerelle on "
                             "this computer, then join again."));
      g_unlink (temp);
      return NULL;
    }

  ok = sqlite3_open_v2 (temp, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
  if (ok)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = 'sync_structure';", -1, &stmt, NULL);
      if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        structure = psl_column_dup (stmt, 0);
    }
  if (ok && g_strcmp0 (structure, key->structure_id) != 0)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_OTHER_STRUCTURE,
                           _("The snapshot in the folder belongs to another structure."));
      ok = FALSE;
    }
  site_id = psl_new_id ();
  ok = ok && make_local (db, site_id, folder, info, error);
  sqlite3_close (db);
  if (!ok || g_rename (temp, database) != 0)
    {
      if (ok)
        g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID, _("The new base cannot be written: %s."),
                     g_strerror (errno));
      g_unlink (temp);
      return NULL;
    }

  /* A store from here (migrated if the snapshot is older).  The name is
   * checked once the files after the snapshot are applied: a site that
   * joined since is known only from them. */
  store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, error);
  if (store == NULL || !psl_sync_take_privacy_key (store, folder, key, error) ||
      (report = psl_sync_run (store, folder, key, NULL, error)) == NULL)
    goto undo;
  g_clear_pointer (&site_id, g_free);
  site_id = choose_site (psl_store_get_db (store), name, &adopted, error);
  if (site_id == NULL)
    goto undo;
  if (adopted)
    {
      /* An antenna already listed becomes this installation: the base is
       * opened again under its id. */
      if (!psl_store_set_meta (store, "site_id", site_id, error))
        goto undo;
      g_clear_object (&store);
      store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, error);
      if (store == NULL)
        goto undo;
    }
  g_clear_pointer (&report, psl_sync_report_free);
  if (!register_site (store, name, adopted, error) ||
      (report = psl_sync_run (store, folder, key, NULL, error)) == NULL)
    goto undo;
  return g_steal_pointer (&store);

undo:
  /* Nothing half made stays behind. */
  g_clear_object (&store);
  psl_sync_discard_joined (database);
  return NULL;
}

void
psl_sync_discard_joined (const char *database)
{
  for (const char *const *tail = (const char *[]) { "", "-wal", "-shm", ".key", NULL }; *tail != NULL; tail++)
    {
      g_autofree char *path = g_strconcat (database, *tail, NULL);
      g_unlink (path);
    }
}

gboolean
psl_sync_base_is_blank (PslStore  *store,
                        GError   **error)
{
  gint64 held = psl_store_count (store,
                                 "SELECT (SELECT count(*) FROM company)"
                                 " + (SELECT count(*) FROM person)"
                                 " + (SELECT count(*) FROM contact)"
                                 " + (SELECT count(*) FROM interaction);",
                                 error);

  return held == 0;
}

static gboolean
move_with_companions (const char *from,
                      const char *to)
{
  /* FILE.key: a demonstration's structure key, kept beside its file. */
  for (const char *const *tail = (const char *[]) { "-wal", "-shm", ".key", "", NULL }; *tail != NULL; tail++)
    {
      g_autofree char *a = g_strconcat (from, *tail, NULL);
      g_autofree char *b = g_strconcat (to, *tail, NULL);

      /* The main file last: without it, a companion left behind is inert. */
      if (g_file_test (a, G_FILE_TEST_EXISTS) && g_rename (a, b) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
psl_sync_adopt_joined (const char  *database,
                       const char  *joined,
                       char       **kept_aside,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.avant-rejoindre-%s", database, stamp);
  gboolean had_base = g_file_test (database, G_FILE_TEST_EXISTS);

  if (had_base && !move_with_companions (database, aside))
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                   _("The base of this computer cannot be set aside: %s. Nothing was changed."),
                   g_strerror (errno));
      return FALSE;
    }
  if (!move_with_companions (joined, database))
    {
      int saved = errno;

      /* The old base goes back where it was: nothing is lost. */
      if (had_base)
        move_with_companions (aside, database);
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                   _("The structure's base cannot take the place of this computer's: %s. Nothing was changed."),
                   g_strerror (saved));
      return FALSE;
    }
  if (kept_aside != NULL)
    *kept_aside = had_base ? g_steal_pointer (&aside) : NULL;
  return TRUE;
}

gboolean
psl_sync_retire_site (PslStore   *store,
                      const char *site_name,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = psl_now_timestamp ();

  find = psl_store_prepare (store,
                            "SELECT id FROM site"
                            " WHERE lower(name) = lower(?1) AND joined_at IS NOT NULL AND retired_at IS NULL"
                            "   AND id <> (SELECT value FROM meta WHERE key = 'site_id');",
                            error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_text (find, 1, site_name, -1, SQLITE_STATIC);
  if (sqlite3_step (find) != SQLITE_ROW)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_SITE,
                   _("No other site named “%s” exchanges in this structure."), site_name);
      return FALSE;
    }

  stmt = psl_store_prepare (store, "UPDATE site SET retired_at = ?2 WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, (const char *) sqlite3_column_text (find, 0), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}
