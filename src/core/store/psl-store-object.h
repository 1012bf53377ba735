/* psl-store-object.h — the store's fields, for the two files that make it
 *
 * psl-store.c keeps the connection, its jobs and its transactions;
 * psl-store-open.c opens a file with care (inspected, locked, checked,
 * backed up, migrated, unlocked, exchanging).  The opening stands above
 * the rooms it calls (migrations, backups, privacy, sync), and the
 * connection below every room, so that no room includes its way back to
 * the store.  No other file includes this header.
 */
#pragma once

#include "psl-store-private.h"

G_BEGIN_DECLS

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
  gpointer     recorder;      /* this site's writes, once it exchanges with others */
  const PslStoreRecorderFuncs *recorder_funcs;
  GMainContext *owner;        /* where the store was made: its signals are emitted there */
  gboolean     closing;
  gpointer     check;         /* the soundness check running beside the window, or NULL */
  GDestroyNotify check_free;
};

/* The files this process writes (a second writer in the same process
 * would drop SQLite's locks when it closed): registered at opening, and
 * dropped with the returned key at closing. */
gboolean psl_store_is_written_here (const char *path);
char    *psl_store_register_writer (const char *path);

/* The connection's writes are refused (its commit hook said no) because
 * the file is damaged: message says so, and psl_set_sqlite_error () gives
 * it for the refused write.  NULL forgets it. */
void     psl_store_note_damage     (sqlite3    *db,
                                    const char *message);

/* Statements of a cancelled job stop within the statement. */
void     psl_store_watch_jobs      (PslStore   *self);
/* The worker thread that runs psl_store_run_async ()'s jobs. */
void     psl_store_start_worker    (PslStore   *self);

G_END_DECLS
