/* psl-store.c — the Passerelle database: one SQLite file per installation
 *
 * Opening is careful: a file is inspected through a read-only connection
 * before anything is written to it, so that a file of another program, a
 * newer Passerelle file, a corrupt or read-only file is refused untouched.
 * A writer holds an flock() on the file for as long as it is open, so that
 * two Passerelle windows never write the same database; readers (reports
 * and exports on the command line) do not need it.
 *
 * One connection, opened in serialized mode, is shared by the main thread
 * (short queries) and a single worker thread (anything that may be slow),
 * so that slow work never blocks the window and never races another write.
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
#include "psl-store-check.h"
#include "psl-store-files.h"
#include "psl-migrations.h"
#include "psl-store.h"
#include "psl-store-cache.h"
#include "sync/psl-sync-capture.h"
#include "privacy/psl-privacy-key.h"
#include "psl-store-private.h"

struct _PslStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  char        *site_id;
  char        *backup_path;
  GThreadPool *worker;
  GThread     *job_thread;    /* the thread running a job, and its cancellable */
  GCancellable *job_cancellable;
  int          lock_fd;
  char        *file_key;      /* set while registered as this process's writer */
  guint        schema_version;
  gboolean     read_only;
  gboolean     wal_existed;   /* at opening: a reader removes only the log it made */
  gint         progress;      /* per mille of the running job, or -1 when it does not say */
  PslSyncCapture *capture;    /* this site's writes, once it exchanges with others */
  GMainContext *owner;        /* where the store was made: its signals are emitted there */
  gboolean     closing;
};

enum { CHANGES_RECORDED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PslStore, psl_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (psl-store-error-quark, psl_store_error)

/* The files this process writes, by device and inode.  On Linux, closing
 * any descriptor of a file drops every POSIX lock the process holds on it,
 * SQLite's included: so while a file is open for writing here, nothing
 * else in the process may open and close it behind SQLite's back. */
G_LOCK_DEFINE_STATIC (open_files);
static GHashTable *open_files;

static char *
file_key (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          (guint64) st.st_dev, (guint64) st.st_ino);
}

static gboolean
is_written_here (const char *path)
{
  g_autofree char *key = file_key (path);
  gboolean found;

  G_LOCK (open_files);
  found = key != NULL && open_files != NULL && g_hash_table_contains (open_files, key);
  G_UNLOCK (open_files);

  return found;
}

static char *
register_writer (const char *path)
{
  char *key = file_key (path);

  G_LOCK (open_files);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (key != NULL)
    g_hash_table_add (open_files, g_strdup (key));
  G_UNLOCK (open_files);

  return key;
}

static void
unregister_writer (char *key)
{
  G_LOCK (open_files);
  if (open_files != NULL && key != NULL)
    g_hash_table_remove (open_files, key);
  G_UNLOCK (open_files);
  g_free (key);
}

typedef struct
{
  PslStoreJob    job;
  gpointer       data;
  GDestroyNotify data_free;
} JobData;

static void
job_data_free (JobData *jd)
{
  if (jd->data_free != NULL && jd->data != NULL)
    jd->data_free (jd->data);
  g_free (jd);
}

/* The rows of sql, with ?1 bound to key (which may be NULL), each made
 * into an item by read; what names the reading in an error message. */
GPtrArray *
psl_store_collect (PslStore       *self,
                   const char     *sql,
                   const char     *key,
                   PslRowReader    read,
                   GDestroyNotify  free_item,
                   const char     *what,
                   GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_item);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read (stmt));
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (self), what);
      return NULL;
    }
  return g_steal_pointer (&items);
}

sqlite3_stmt *
psl_store_row_for (PslStore    *self,
                   const char  *sql,
                   const char  *key,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return g_steal_pointer (&stmt);
  if (rc != SQLITE_DONE)
    psl_set_sqlite_error (error, psl_store_get_db (self), what);
  return NULL;
}

/* A copy of a text column, NULL for NULL. */
void
psl_bind_named (sqlite3_stmt *stmt,
                const char   *name,
                const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

char *
psl_column_dup (sqlite3_stmt *stmt,
                int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
psl_set_sqlite_error (GError    **error,
                      sqlite3    *db,
                      const char *what)
{
  int code = db != NULL ? sqlite3_extended_errcode (db) : SQLITE_ERROR;
  int primary = code & 0xff;
  const char *msg = db != NULL ? sqlite3_errmsg (db) : "";

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                 _("The database is damaged (%s)."), msg);
  else if (primary == SQLITE_READONLY)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_READ_ONLY,
                 _("The database cannot be written (%s)."), msg);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_LOCKED,
                 _("The database is busy in another program (%s)."), msg);
  else if (primary == SQLITE_FULL)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_FULL,
                 _("The disk is full: free some space, then try again (%s)."), msg);
  else if (primary == SQLITE_CONSTRAINT)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("This change breaks a rule of the database: %s."), msg);
  else
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL,
                 "%s: %s", what != NULL ? what : _("Database error"), msg);
}

char *
psl_new_id (void)
{
  return g_uuid_string_random ();
}

char *
psl_now_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (now) / 1000);
}

char *
psl_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "passerelle", "passerelle.db", NULL);
}

/* SQLite's progress handler, every thousand steps of any statement: a
 * job's statement stops when the job is cancelled.  sqlite3_interrupt()
 * would do it too, but it stops every statement running on the
 * connection, the window's own among them; the handler runs in the
 * thread of the statement, so it stops the job's only. */
static int
stop_cancelled_job_cb (void *data)
{
  PslStore *self = data;
  GCancellable *cancellable = g_atomic_pointer_get (&self->job_cancellable);

  /* Most statements run with no cancellable job: the cheapest test first. */
  if (cancellable == NULL || !g_cancellable_is_cancelled (cancellable))
    return 0;
  return g_atomic_pointer_get (&self->job_thread) == g_thread_self ();
}

static void
worker_func (gpointer task_ptr,
             gpointer store_ptr)
{
  g_autoptr(GTask) task = task_ptr;
  PslStore *self = store_ptr;
  JobData *jd = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;
  gpointer result;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* A long job (a yearly report on a large file) stops within its
   * statement when it is cancelled, not only after it. */
  g_atomic_pointer_set (&self->job_cancellable, cancellable);
  g_atomic_pointer_set (&self->job_thread, g_thread_self ());
  g_atomic_int_set (&self->progress, -1);
  result = jd->job (self, jd->data, cancellable, &error);
  if (error == NULL)
    psl_store_flush_changes (self, &error);
  g_atomic_int_set (&self->progress, -1);
  g_atomic_pointer_set (&self->job_thread, NULL);
  g_atomic_pointer_set (&self->job_cancellable, NULL);
  if (error != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&error);
      g_cancellable_set_error_if_cancelled (cancellable, &error);
    }
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, NULL);
}

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
  if (is_written_here (path))
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
  if (is_written_here (self->path))
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

  self->file_key = register_writer (self->path);
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
  /* Before the first write (WAL mode, a migration, the installation). */
  if (!self->read_only && version > 0
      && !psl_store_check_sound (self->db, self->path, PSL_STORE_CHECK_BUDGET_US, error))
    return NULL;
  sqlite3_progress_handler (self->db, 1000, stop_cancelled_job_cb, self);

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

  if (target_version == 0)
    target_version = psl_migrations_latest ();

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

      if (exchange != NULL && !psl_store_start_capture (self, error))
        return NULL;
    }

  self->worker = g_thread_pool_new (worker_func, self, 1, FALSE, NULL);

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

void
psl_store_close (PslStore *self)
{
  g_return_if_fail (PSL_IS_STORE (self));

  if (self->worker != NULL)
    {
      g_thread_pool_free (self->worker, FALSE, TRUE);
      self->worker = NULL;
    }

  if (self->capture != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Nobody is left to be told: the store may be finalizing. */
      self->closing = TRUE;
      if (!psl_store_flush_changes (self, &error))
        g_warning ("The last changes were not recorded for the other sites: %s", error->message);
      g_clear_pointer (&self->capture, psl_sync_capture_free);
    }

  if (self->db != NULL)
    {
      psl_stmt_cache_forget (self->db);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      if (self->read_only && !self->wal_existed && !is_written_here (self->path))
        psl_store_remove_reader_files (self->path);
    }

  /* Closed after SQLite: closing any descriptor of the file drops the
   * POSIX locks SQLite holds on it. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
  g_clear_pointer (&self->file_key, unregister_writer);
}

static void
psl_store_finalize (GObject *object)
{
  PslStore *self = (PslStore *) object;

  psl_store_close (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->site_id, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->owner, g_main_context_unref);

  G_OBJECT_CLASS (psl_store_parent_class)->finalize (object);
}

static void
psl_store_class_init (PslStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = psl_store_finalize;

  /* This site's writes were recorded for the other sites (emitted in the
   * thread that made the store, whichever thread wrote). */
  signals[CHANGES_RECORDED] = g_signal_new ("changes-recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
psl_store_init (PslStore *self)
{
  self->lock_fd = -1;
  self->progress = -1;
  self->owner = g_main_context_ref_thread_default ();
}

sqlite3 *
psl_store_get_db (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), NULL);
  return self->db;
}

/* How many rows this program has written, deleted or changed since the
 * file was opened: a view read when it was n has nothing new to show
 * while it is still n.  Only this program writes the file (see above). */
gint64
psl_store_get_changes (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), 0);
  return sqlite3_total_changes64 (self->db);
}

const char *
psl_store_get_path (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), NULL);
  return self->path;
}

const char *
psl_store_get_site_id (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), NULL);
  return self->site_id;
}

const char *
psl_store_get_backup_path (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), NULL);
  return self->backup_path;
}

guint
psl_store_get_schema_version (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
psl_store_is_read_only (PslStore *self)
{
  g_return_val_if_fail (PSL_IS_STORE (self), TRUE);
  return self->read_only;
}

gboolean
psl_store_exec (PslStore   *self,
                const char *sql,
                GError    **error)
{
  char *msg = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, self->db, NULL);
      sqlite3_free (msg);
      return FALSE;
    }

  return !sqlite3_get_autocommit (self->db) || psl_store_flush_changes (self, error);
}

sqlite3_stmt *
psl_store_prepare (PslStore   *self,
                   const char *sql,
                   GError    **error)
{
  sqlite3_stmt *stmt = NULL;

  if (self->db == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CLOSED, _("This base has been closed."));
      return NULL;
    }
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, self->db, NULL);
      return NULL;
    }

  return stmt;
}

/* A statement prepared once and lent again to each caller: for what runs
 * once per row of a long loop.  Hold it with g_autoptr(PslCachedStmt). */
PslCachedStmt *
psl_store_lend (PslStore   *self,
                const char *sql,
                GError    **error)
{
  return psl_stmt_cache_lend (self->db, sql, error);
}

/* 16 MB of pages; 128 MB while one transaction writes a large file's rows
 * (an import), so that the pages it changes stay in memory until it
 * commits instead of going to the log and back at every index they hold. */
gboolean
psl_store_set_large_cache (PslStore *self,
                           gboolean  large,
                           GError  **error)
{
  return psl_store_exec (self, large ? "PRAGMA cache_size = -131072;" : "PRAGMA cache_size = -16384;", error);
}

gboolean
psl_store_step_done (PslStore     *self,
                     sqlite3_stmt *stmt,
                     GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, self->db, NULL);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return !sqlite3_get_autocommit (self->db) || psl_store_flush_changes (self, error);
}

gint64
psl_store_count (PslStore   *self,
                 const char *sql,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return -1;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, self->db, NULL);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

gint64
psl_store_count_rows (PslStore   *self,
                      const char *table,
                      GError    **error)
{
  g_autofree char *sql = NULL;

  /* A name of letters and underscores only, given by the program: it is
   * written into the statement. */
  for (const char *c = table; *c != '\0'; c++)
    g_return_val_if_fail (g_ascii_islower (*c) || *c == '_', -1);
  sql = g_strdup_printf ("SELECT count(*) FROM %s;", table);
  return psl_store_count (self, sql, error);
}

gboolean
psl_store_drop_log (PslStore *self,
                    GError  **error)
{
  return psl_store_exec (self, "PRAGMA journal_mode = DELETE;", error);
}

char *
psl_store_get_meta (PslStore   *self,
                    const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT value FROM meta WHERE key = ?1;", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  return NULL;
}

gboolean
psl_store_set_meta (PslStore   *self,
                    const char *key,
                    const char *value,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    psl_store_prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return psl_store_step_done (self, stmt, error);
}

gboolean
psl_store_begin (PslStore *self,
                 GError  **error)
{
  return psl_store_exec (self, "BEGIN IMMEDIATE;", error);
}

gboolean
psl_store_commit (PslStore *self,
                  GError  **error)
{
  /* The changes go into the outbox in the transaction that made them: a
   * write committed is a write that will travel. */
  if (!psl_store_flush_changes (self, error))
    {
      psl_store_rollback (self);
      return FALSE;
    }
  return psl_store_exec (self, "COMMIT;", error);
}

gboolean
psl_store_start_capture (PslStore *self,
                         GError  **error)
{
  if (self->capture != NULL)
    return TRUE;
  self->capture = psl_sync_capture_new (self->db, self->site_id, error);
  return self->capture != NULL;
}

PslSyncCapture *
psl_store_get_capture (PslStore *self)
{
  return self->capture;
}

static gboolean
emit_changes_recorded (gpointer data)
{
  g_signal_emit (data, signals[CHANGES_RECORDED], 0);
  return G_SOURCE_REMOVE;
}

/* Called after each write outside a transaction, before each commit and
 * after each job of the worker: cheap when nothing was recorded. */
gboolean
psl_store_flush_changes (PslStore *self,
                         GError  **error)
{
  sqlite3_mutex *mutex;
  gboolean ok;
  guint64 before;

  if (self->capture == NULL)
    return TRUE;
  /* Held across the flush, so that no other thread writes between the
   * moment the session is read and the moment it starts again. */
  mutex = sqlite3_db_mutex (self->db);
  sqlite3_mutex_enter (mutex);
  before = psl_sync_capture_get_recorded (self->capture);
  ok = psl_sync_capture_flush (self->capture, error);
  if (psl_sync_capture_get_recorded (self->capture) != before && !self->closing)
    g_main_context_invoke_full (self->owner, G_PRIORITY_DEFAULT_IDLE, emit_changes_recorded,
                                g_object_ref (self), g_object_unref);
  sqlite3_mutex_leave (mutex);
  return ok;
}

void
psl_store_rollback (PslStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
}

void
psl_store_run_async (PslStore           *self,
                     PslStoreJob         job,
                     gpointer            data,
                     GDestroyNotify      data_free,
                     GCancellable       *cancellable,
                     GAsyncReadyCallback callback,
                     gpointer            user_data)
{
  GTask *task;
  JobData *jd;

  g_return_if_fail (PSL_IS_STORE (self));

  /* A page may still ask once its window's base gave way to another. */
  if (self->worker == NULL)
    {
      if (data_free != NULL)
        data_free (data);
      g_task_report_new_error (self, callback, user_data, psl_store_run_async, PSL_STORE_ERROR,
                               PSL_STORE_ERROR_CLOSED, "%s", _("This base has been closed."));
      return;
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, psl_store_run_async);
  jd = g_new0 (JobData, 1);
  jd->job = job;
  jd->data = data;
  jd->data_free = data_free;
  g_task_set_task_data (task, jd, (GDestroyNotify) job_data_free);

  g_thread_pool_push (self->worker, task, NULL);
}

gpointer
psl_store_run_finish (PslStore     *self,
                      GAsyncResult *result,
                      GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
psl_store_report_progress (PslStore *self,
                           double    fraction)
{
  g_return_if_fail (PSL_IS_STORE (self));
  g_atomic_int_set (&self->progress, (gint) (CLAMP (fraction, 0, 1) * 1000));
}

double
psl_store_get_progress (PslStore *self)
{
  gint progress;

  g_return_val_if_fail (PSL_IS_STORE (self), -1);
  progress = g_atomic_int_get (&self->progress);
  return progress < 0 ? -1 : progress / 1000.0;
}
