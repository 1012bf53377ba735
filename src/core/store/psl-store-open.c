/* psl-store-open.c — opening a Passerelle file with care
 *
 * A file is inspected through a read-only connection before anything is
 * written to it, so that a file of another program, a newer Passerelle
 * file, a corrupt or read-only file is refused untouched.  A writer holds
 * an flock() on the file for as long as it is open, so that two Passerelle
 * windows never write the same database; readers (reports and exports on
 * the command line) do not need it.  Then the file is checked, backed up
 * and migrated when it is older, its confidential texts can be opened and,
 * when it exchanges with other sites, its writes are recorded for them.
 */

#define G_LOG_DOMAIN "psl-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>

#include "psl-backup.h"
#include "psl-migrations.h"
#include "psl-store-check.h"
#include "psl-store-files.h"
#include "psl-store-object.h"
#include "psl-store-open.h"
#include "sync/psl-sync-capture.h"
#include "privacy/psl-privacy-key.h"

/* Reads the facts we need from a file without ever writing to it. */
static gboolean
inspect_file (const char *path,
              guint      *out_version,
              GError    **error)
{
  g_autofree char *header = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 app_id = 0, version = 0, tables = 0;
  int rc;

  *out_version = 0;

  /* Only the first 100 bytes matter; a huge file is not read whole.  A
   * file this process writes is known to be ours and is not read raw. */
  if (psl_store_is_written_here (path))
    {
      length = 100;
      header = g_strdup ("SQLite format 3");
    }
  else
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
    guint8 buf[100];
    gsize got = 0;

    if (in != NULL)
      g_input_stream_read_all (G_INPUT_STREAM (in), buf, sizeof buf, &got, NULL, NULL);
    length = got;
    header = g_memdup2 (buf, got);
  }

  if (length == 0)
    return TRUE; /* an empty file becomes a new database */

  if (length < 100 || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Passerelle database: it is not an SQLite file."), path);
      return FALSE;
    }

  /* Reading a WAL file, even read-only, makes its -shm and -wal files.  When
   * no -wal file exists, the file itself is complete and can be read as
   * immutable, which creates nothing beside a file we may refuse. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
    g_autofree char *uri = g_strdup_printf ("file:%s?%s", escaped,
                                            g_file_test (wal, G_FILE_TEST_EXISTS) ? "mode=ro"
                                                                                  : "immutable=1");

    rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT (SELECT application_id FROM pragma_application_id),"
                             "       (SELECT user_version FROM pragma_user_version),"
                             "       (SELECT count(*) FROM sqlite_master)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      app_id = sqlite3_column_int64 (stmt, 0);
      version = sqlite3_column_int64 (stmt, 1);
      tables = sqlite3_column_int64 (stmt, 2);
      rc = SQLITE_OK;
    }

  if (rc != SQLITE_OK)
    {
      int primary = rc & 0xff;

      if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened. Restore a backup copy."), path);
      else
        g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL,
                     _("“%s” cannot be read: %s."), path, sqlite3_errstr (rc));
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (app_id != PSL_STORE_APPLICATION_ID && !(app_id == 0 && tables == 0 && version == 0))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not of Passerelle."), path);
      return FALSE;
    }

  if (version > psl_migrations_latest ())
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Passerelle. "
                     "Update Passerelle to open it."), path);
      return FALSE;
    }

  *out_version = (guint) version;
  return TRUE;
}

static gboolean
check_writable (const char *path,
                GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if ((g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0) ||
      g_access (dir, W_OK) != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only: Passerelle needs to write to the file and to its folder."),
                   path);
      return FALSE;
    }

  return TRUE;
}

/* The lock is held by a window or by a command (an import, a demo): the
 * message cannot tell which, so it names both. */
#define LOCKED_MESSAGE _("“%s” is being written by another Passerelle, in a window or a command. " \
                         "Close that window or wait for the command to end, then try again.")

static gboolean
take_lock (PslStore   *self,
           GError    **error)
{
  if (psl_store_is_written_here (self->path))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_LOCKED,
                   LOCKED_MESSAGE, self->path);
      return FALSE;
    }

  self->lock_fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (self->lock_fd < 0)
    {
      int saved = errno;
      g_set_error (error, PSL_STORE_ERROR,
                   saved == EACCES || saved == EROFS ? PSL_STORE_ERROR_READ_ONLY : PSL_STORE_ERROR_SQL,
                   _("“%s” cannot be opened: %s."), self->path, g_strerror (saved));
      return FALSE;
    }

  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_LOCKED,
                   LOCKED_MESSAGE, self->path);
      return FALSE;
    }

  self->file_key = psl_store_register_writer (self->path);
  return TRUE;
}

static gboolean
backup_before_migration (PslStore *self,
                         guint     from_version,
                         GError  **error)
{
  self->backup_path = psl_backup_write (self->db, self->path, psl_migrations_latest (), error);
  if (self->backup_path == NULL)
    return FALSE;
  g_debug ("Backed up schema version %u to %s", from_version, self->backup_path);
  return TRUE;
}

/* The local site and a default structure exist from the first opening. */
static gboolean
ensure_installation (PslStore *self,
                     GError  **error)
{
  g_autofree char *site_id = psl_store_get_meta (self, "site_id");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *structure_id = NULL;

  if (site_id != NULL)
    {
      self->site_id = g_steal_pointer (&site_id);
      return TRUE;
    }

  if (self->read_only)
    return TRUE;

  self->site_id = psl_new_id ();
  structure_id = psl_new_id ();

  if (!psl_store_begin (self, error))
    return FALSE;

  if (!psl_store_set_meta (self, "site_id", self->site_id, error))
    goto fail;

  stmt = psl_store_prepare (self,
                            "INSERT INTO structure (id, site_id, name) VALUES (?1, ?2, ?3);",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, structure_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->site_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, _("My structure"), -1, SQLITE_TRANSIENT);
  if (!psl_store_step_done (self, stmt, error))
    goto fail;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = psl_store_prepare (self,
                            "INSERT INTO site (id, site_id, structure_id, name, is_local)"
                            " VALUES (?1, ?1, ?2, ?3, 1);",
                            error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, self->site_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, structure_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, _("Main office"), -1, SQLITE_TRANSIENT);
  if (!psl_store_step_done (self, stmt, error))
    goto fail;

  return psl_store_commit (self, error);

fail:
  psl_store_rollback (self);
  return FALSE;
}

static int
commit_gate_cb (void *data)
{
  PslStore *self = data;
  g_autoptr(GError) error = NULL;

  if (psl_store_check_finish (self->check, &error))
    return 0;
  psl_store_note_damage (self->db, error->message);
  return 1;
}

static gboolean
journal_is_wal (PslStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean wal = FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode;", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    wal = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);
  return wal;
}

/* A damaged file is never written to.  A small one, one about to be
 * migrated (and backed up) or one not yet in WAL mode (switching writes)
 * is checked now and refused at once; a large one is checked on a thread
 * of its own once the window has shown itself (psl_store_begin_check ()),
 * and its first commit waits for the verdict — refused, with the same
 * message, when damaged. */
static gboolean
check_before_writing (PslStore  *self,
                      gboolean   migrating,
                      GError   **error)
{
  GStatBuf st;

  if (migrating || g_stat (self->path, &st) != 0 || st.st_size <= psl_store_check_get_inline_limit ()
      || !journal_is_wal (self))
    return psl_store_check_sound (self->db, self->path, PSL_STORE_CHECK_BUDGET_US, error);
  self->check = psl_store_check_new (self->path, PSL_STORE_CHECK_BUDGET_US);
  self->check_free = (GDestroyNotify) psl_store_check_free;
  sqlite3_commit_hook (self->db, commit_gate_cb, self);
  return TRUE;
}

void
psl_store_begin_check (PslStore *self)
{
  g_return_if_fail (PSL_IS_STORE (self));

  if (self->check != NULL)
    psl_store_check_begin (self->check);
}

static PslStore *
store_open (const char        *path,
            PslStoreOpenFlags  flags,
            guint              target_version,
            GError           **error)
{
  g_autoptr(PslStore) self = g_object_new (PSL_TYPE_STORE, NULL);
  g_autofree char *dir = NULL;
  guint version = 0;
  int open_flags;

  self->path = path != NULL ? g_strdup (path) : psl_store_default_path ();
  self->read_only = (flags & PSL_STORE_OPEN_READ_ONLY) != 0;

  dir = g_path_get_dirname (self->path);
  if (!self->read_only && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_READ_ONLY,
                   _("The folder “%s” cannot be created: %s."), dir, g_strerror (saved));
      return NULL;
    }

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is a folder, not a Passerelle database."), self->path);
      return NULL;
    }

  if (self->read_only && !g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_DATABASE,
                   _("“%s” does not exist."), self->path);
      return NULL;
    }

  if (!self->read_only && !check_writable (self->path, error))
    return NULL;

  /* Inspect before locking: taking the lock creates the file, and a file
   * that is refused must stay exactly as it was. */
  if (g_file_test (self->path, G_FILE_TEST_EXISTS) && !inspect_file (self->path, &version, error))
    return NULL;

  /* An empty file is a new database for a writer; a reader has nothing
   * to read in it, and must not say it was made by an older version. */
  if (self->read_only && version == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is empty: it is not a Passerelle database yet."), self->path);
      return NULL;
    }

  if (!self->read_only && !take_lock (self, error))
    return NULL;
  self->wal_existed = psl_store_wal_exists (self->path);

  open_flags = SQLITE_OPEN_FULLMUTEX |
               (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  /* A reader in a folder it cannot write (a file on a read-only share) could
   * not make the -shm file WAL needs; no writer can be there either, so
   * the file is read as immutable. */
  if (self->read_only && g_access (dir, W_OK) != 0)
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);

      if (sqlite3_open_v2 (uri, &self->db, open_flags | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
        {
          psl_set_sqlite_error (error, self->db, _("Opening the database"));
          return NULL;
        }
    }
  else if (sqlite3_open_v2 (self->path, &self->db, open_flags, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, self->db, _("Opening the database"));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  psl_store_attach_sets (self->db);
  if (target_version == 0)
    target_version = psl_migrations_latest ();
  /* Before the first write (WAL mode, a migration, the installation). */
  if (!self->read_only && version > 0 && !check_before_writing (self, version < target_version, error))
    return NULL;
  psl_store_watch_jobs (self);

  if (!psl_store_exec (self, "PRAGMA foreign_keys = ON;", error))
    return NULL;

  if (self->read_only)
    {
      if (!psl_store_exec (self, "PRAGMA query_only = ON;", error))
        return NULL;
    }
  else if (!psl_store_exec (self,
                            "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = FULL;",
                            error))
    return NULL;

  if (version < target_version && !(flags & PSL_STORE_OPEN_NO_MIGRATE))
    {
      if (self->read_only)
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION,
                       _("“%s” was made by an older version of Passerelle. "
                         "Open it once in the Passerelle window to update it."), self->path);
          return NULL;
        }

      /* The file was checked at opening: a damaged one is not migrated,
       * nor backed up as if sound. */
      if (version > 0 && !backup_before_migration (self, version, error))
        return NULL;

      /* A failed update leaves the file as it was: its copy would only be
       * one more per try. */
      if (!psl_migrations_apply (self->db, version, target_version, error))
        {
          if (self->backup_path != NULL)
            g_unlink (self->backup_path);
          g_clear_pointer (&self->backup_path, g_free);
          return NULL;
        }
      if (self->backup_path != NULL)
        psl_backup_prune (self->path, PSL_BACKUP_KEEP);
      version = target_version;
    }

  self->schema_version = version;

  if (!ensure_installation (self, error))
    return NULL;

  /* The confidential texts are sealed and opened by the connection. */
  if (self->schema_version >= 13)
    psl_privacy_attach (self);

  /* A 16 MB page cache rather than SQLite's 2 MB: the lists and the
   * matching read tens of thousands of rows at a time, and would read
   * their pages from the file again at every pass.  No memory map: its
   * pages would count against the window's memory.  Set last, since it
   * reads the schema, which a refused file must not have touched. */
  if (!psl_store_set_large_cache (self, FALSE, error))
    return NULL;

  if (!self->read_only)
    {
      g_autofree char *exchange = psl_store_get_meta (self, "sync_structure");

      if (exchange != NULL && !psl_sync_capture_start (self, error))
        return NULL;
    }

  psl_store_start_worker (self);

  return g_steal_pointer (&self);
}

PslStore *
psl_store_open (const char        *path,
                PslStoreOpenFlags  flags,
                GError           **error)
{
  return store_open (path, flags, 0, error);
}

/* For tests of migrations: a file left at an older schema version. */
PslStore *
psl_store_open_at_version (const char *path,
                           guint       version,
                           GError    **error)
{
  return store_open (path, PSL_STORE_OPEN_DEFAULT, version, error);
}
