/* psl-store.c — the Passerelle database: one SQLite file per installation
 *
 * One connection, opened in serialized mode, is shared by the main thread
 * (short queries) and a single worker thread (anything that may be slow),
 * so that slow work never blocks the window and never races another write.
 * How a file is opened (inspected, locked, checked, migrated) is in
 * psl-store-open.c.
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

#include "psl-store-files.h"
#include "psl-store.h"
#include "psl-store-cache.h"
#include "psl-store-object.h"


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

gboolean
psl_store_is_written_here (const char *path)
{
  g_autofree char *key = file_key (path);
  gboolean found;

  G_LOCK (open_files);
  found = key != NULL && open_files != NULL && g_hash_table_contains (open_files, key);
  G_UNLOCK (open_files);

  return found;
}

char *
psl_store_register_writer (const char *path)
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
  GDestroyNotify result_free;
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

void
psl_bind_named (sqlite3_stmt *stmt,
                const char   *name,
                const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

/* psl_in (?, value): whether value is a key of the set bound to the
 * parameter, every value when none is.  A statement reading a whole table
 * for the few rows a set names skips the others before it computes their
 * columns, without a temporary table or a lookup per row. */
#define SET_POINTER_TYPE "psl-set"
#define ID_TABLE_POINTER_TYPE "psl-id-table"

static void
sql_in_cb (sqlite3_context *ctx,
           int              argc,
           sqlite3_value  **argv)
{
  GHashTable *set = sqlite3_value_pointer (argv[0], SET_POINTER_TYPE);
  PslIdTable *ids = sqlite3_value_pointer (argv[0], ID_TABLE_POINTER_TYPE);
  const char *value = (const char *) sqlite3_value_text (argv[1]);

  if (ids != NULL)
    sqlite3_result_int (ctx, psl_id_table_number (ids, value, FALSE) != PSL_ID_NONE);
  else
    sqlite3_result_int (ctx, set == NULL || (value != NULL && g_hash_table_contains (set, value)));
}

void
psl_store_attach_sets (sqlite3 *db)
{
  sqlite3_create_function (db, "psl_in", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL, sql_in_cb, NULL, NULL);
}

/* set (of texts, hashed with g_str_hash) for psl_in (), or NULL for any;
 * the statement does not hold it. */
void
psl_bind_set (sqlite3_stmt *stmt,
              int           index,
              GHashTable   *set)
{
  if (set != NULL)
    sqlite3_bind_pointer (stmt, index, set, SET_POINTER_TYPE, NULL);
  else
    sqlite3_bind_null (stmt, index);
}

/* The same with the ids of an id table as the set. */
void
psl_bind_id_table (sqlite3_stmt *stmt,
                   int           index,
                   PslIdTable   *ids)
{
  sqlite3_bind_pointer (stmt, index, ids, ID_TABLE_POINTER_TYPE, NULL);
}

/* A copy of a text column, NULL for NULL. */
char *
psl_column_dup (sqlite3_stmt *stmt,
                int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* The damage found on each connection whose writes are refused. */
static GMutex damage_lock;
static GHashTable *damages;

void
psl_store_note_damage (sqlite3    *db,
                       const char *message)
{
  g_mutex_lock (&damage_lock);
  if (damages == NULL)
    damages = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if (message != NULL)
    g_hash_table_insert (damages, db, g_strdup (message));
  else
    g_hash_table_remove (damages, db);
  g_mutex_unlock (&damage_lock);
}

static char *
damage_of (sqlite3 *db)
{
  char *message;

  g_mutex_lock (&damage_lock);
  message = damages != NULL ? g_strdup (g_hash_table_lookup (damages, db)) : NULL;
  g_mutex_unlock (&damage_lock);
  return message;
}

void
psl_set_sqlite_error (GError    **error,
                      sqlite3    *db,
                      const char *what)
{
  int code = db != NULL ? sqlite3_extended_errcode (db) : SQLITE_ERROR;
  int primary = code & 0xff;
  const char *msg = db != NULL ? sqlite3_errmsg (db) : "";
  g_autofree char *damage = code == SQLITE_CONSTRAINT_COMMITHOOK ? damage_of (db) : NULL;

  if (damage != NULL)
    g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT, damage);
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
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
    /* A second row with the same key is there already: a conflict, which a
     * caller may answer by opening the row; any other rule, a refused value. */
    g_set_error (error, PSL_STORE_ERROR,
                 code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY
                 ? PSL_STORE_ERROR_CONFLICT : PSL_STORE_ERROR_INVALID,
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

/* The store whose worker this thread is, while it runs a job and lets go
 * of its task. */
static GPrivate running_worker;

static void
run_task (PslStore *self,
          GTask    *task)
{
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
    g_task_return_pointer (task, result, jd->result_free);
}

static void
worker_func (gpointer task_ptr,
             gpointer store_ptr)
{
  PslStore *self = store_ptr;

  g_private_set (&running_worker, self);
  run_task (self, task_ptr);
  /* The task holds the store, and its answer may already have been taken
   * on the thread that asked: when the store's last reference goes here,
   * it closes on its own worker, which psl_store_close () knows. */
  g_object_unref (task_ptr);
  g_private_set (&running_worker, NULL);
}


void
psl_store_watch_jobs (PslStore *self)
{
  sqlite3_progress_handler (self->db, 1000, stop_cancelled_job_cb, self);
}

void
psl_store_start_worker (PslStore *self)
{
  self->worker = g_thread_pool_new (worker_func, self, 1, FALSE, NULL);
}

void
psl_store_close (PslStore *self)
{
  g_return_if_fail (PSL_IS_STORE (self));

  if (self->worker != NULL)
    {
      /* Closing on its own worker (see worker_func ()), nothing is left in
       * its queue, and waiting for the worker would be waiting for itself:
       * the pool ends when this thread returns. */
      g_thread_pool_free (self->worker, FALSE, g_private_get (&running_worker) != self);
      self->worker = NULL;
    }

  if (self->recorder != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Nobody is left to be told: the store may be finalizing. */
      self->closing = TRUE;
      if (!psl_store_flush_changes (self, &error))
        g_warning ("The last changes were not recorded for the other sites: %s", error->message);
      self->recorder_funcs->free (g_steal_pointer (&self->recorder));
    }

  if (self->check != NULL)
    self->check_free (g_steal_pointer (&self->check));

  if (self->db != NULL)
    {
      psl_store_note_damage (self->db, NULL);
      psl_stmt_cache_forget (self->db);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      if (self->read_only && !self->wal_existed && !psl_store_is_written_here (self->path))
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

char *
psl_store_text (PslStore   *self,
                const char *sql,
                const char *a,
                const char *b)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, b, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
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

void
psl_store_set_recorder (PslStore                    *self,
                        gpointer                     recorder,
                        const PslStoreRecorderFuncs *funcs)
{
  g_return_if_fail (self->recorder == NULL);
  self->recorder = recorder;
  self->recorder_funcs = funcs;
}

gpointer
psl_store_get_recorder (PslStore *self)
{
  return self->recorder;
}

/* data: a weak reference to the store.  A strong one would keep a store
 * let go on another thread open until the main loop runs: its file would
 * stay this process's own, and refused to the window that opens it next
 * (a base just joined). */
static gboolean
emit_changes_recorded (gpointer data)
{
  g_autoptr(PslStore) self = g_weak_ref_get (data);

  if (self != NULL)
    g_signal_emit (self, signals[CHANGES_RECORDED], 0);
  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
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

  if (self->recorder == NULL)
    return TRUE;
  /* Held across the flush, so that no other thread writes between the
   * moment the session is read and the moment it starts again. */
  mutex = sqlite3_db_mutex (self->db);
  sqlite3_mutex_enter (mutex);
  before = self->recorder_funcs->recorded (self->recorder);
  ok = self->recorder_funcs->flush (self->recorder, error);
  if (self->recorder_funcs->recorded (self->recorder) != before && !self->closing)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (ref, self);
      g_main_context_invoke_full (self->owner, G_PRIORITY_DEFAULT_IDLE, emit_changes_recorded, ref, weak_ref_free);
    }
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
                     GDestroyNotify      result_free,
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
  jd->result_free = result_free;
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

/* The worker runs its jobs one at a time in the order asked: a job that
 * does nothing ends after all those before it. */
static gpointer
no_job (PslStore     *store,
        gpointer      data,
        GCancellable *cancellable,
        GError      **error)
{
  return store;
}

void
psl_store_after_jobs (PslStore           *self,
                      GCancellable       *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer            user_data)
{
  g_return_if_fail (PSL_IS_STORE (self));

  psl_store_run_async (self, no_job, NULL, NULL, NULL, cancellable, callback, user_data);
}

gboolean
psl_store_after_jobs_finish (PslStore     *self,
                             GAsyncResult *result,
                             GError      **error)
{
  return psl_store_run_finish (self, result, error) != NULL;
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
