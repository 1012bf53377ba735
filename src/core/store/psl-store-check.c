/* psl-store-check.c — a database looked at before anything is written to it
 *
 * Writing into a damaged file spreads the damage: SQLite may reuse a page
 * that two tables both claim.  So a file opened for writing goes through
 * SQLite's quick_check first, and is refused, untouched, when damaged,
 * with the name of the copy to restore.  Readers are not checked: a report
 * reads what it can and changes nothing.
 */

#define G_LOG_DOMAIN "psl-store"

#include "config.h"

#include <errno.h>
#include <sys/resource.h>

#include "psl-i18n.h"

#include "psl-backup.h"
#include "psl-store.h"
#include "psl-store-check.h"
#include "psl-store-private.h"

void
psl_store_set_damaged (GError    **error,
                       const char *path)
{
  g_autofree char *backup = psl_backup_latest (path);

  if (backup != NULL)
    /* Translators: %1$s is the database, %2$s its last backup copy */
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                 _("“%1$s” is damaged: Passerelle does not write into it, so as not to lose more. "
                   "Its last backup copy is “%2$s”: put that copy in its place, then open it again."),
                 path, backup);
  else
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                 _("“%s” is damaged: Passerelle does not write into it, so as not to lose more. "
                   "Put in its place a copy of it you saved, then open it again."), path);
}

static int
past_deadline_cb (void *data)
{
  return g_get_monotonic_time () > *(gint64 *) data;
}

/* SQLite checks a whole table in one step of its program, so the
 * progress handler alone is not called while the largest table is read:
 * a watcher interrupts the check at the deadline unless it ended before. */
typedef struct
{
  sqlite3 *db;
  gint64   deadline;
  GMutex   lock;
  GCond    ended_cond;
  gboolean ended;
} Watch;

static gpointer
watch_func (gpointer data)
{
  Watch *watch = data;

  g_mutex_lock (&watch->lock);
  while (!watch->ended)
    if (!g_cond_wait_until (&watch->ended_cond, &watch->lock, watch->deadline))
      {
        if (!watch->ended)
          sqlite3_interrupt (watch->db);
        break;
      }
  g_mutex_unlock (&watch->lock);
  return NULL;
}

/* FALSE and error when db is found damaged.  The check stops at the
 * first damage (quick_check(1)) or when budget_us is spent: a file not
 * checked to its end is taken as sound, since nothing says otherwise. */
gboolean
psl_store_check_sound (sqlite3     *db,
                       const char  *path,
                       gint64       budget_us,
                       GError     **error)
{
  gint64 deadline = g_get_monotonic_time () + budget_us;
  Watch watch = { db, deadline };
  GThread *watcher;
  sqlite3_stmt *stmt = NULL;
  gboolean sound = TRUE;
  int rc;

  g_mutex_init (&watch.lock);
  g_cond_init (&watch.ended_cond);
  watcher = g_thread_new ("psl-store-check", watch_func, &watch);
  sqlite3_progress_handler (db, 1000, past_deadline_cb, &deadline);
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1);", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  g_mutex_lock (&watch.lock);
  watch.ended = TRUE;
  g_cond_signal (&watch.ended_cond);
  g_mutex_unlock (&watch.lock);
  g_thread_join (watcher);
  g_mutex_clear (&watch.lock);
  g_cond_clear (&watch.ended_cond);
  if (rc == SQLITE_ROW)
    sound = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    sound = FALSE;
  else if ((rc & 0xff) == SQLITE_INTERRUPT)
    g_debug ("%s checked in part only, in %" G_GINT64_FORMAT " ms", path, budget_us / 1000);
  sqlite3_finalize (stmt);
  sqlite3_progress_handler (db, 0, NULL, NULL);

  if (!sound)
    psl_store_set_damaged (error, path);
  return sound;
}

struct _PslStoreCheck
{
  char     *path;
  gint64    budget_us;
  GThread  *thread;
  GMutex    lock;
  gboolean  joined;
  gboolean  sound;
  GError   *error;
};

static gint64 inline_limit = PSL_STORE_CHECK_INLINE_BYTES;

void
psl_store_check_set_inline_limit (gint64 bytes)
{
  inline_limit = bytes;
}

gint64
psl_store_check_get_inline_limit (void)
{
  return inline_limit;
}

static gpointer
check_thread_func (gpointer data)
{
  PslStoreCheck *check = data;
  sqlite3 *db = NULL;

  /* Behind the window's own work on a machine of two cores: on Linux
   * this lowers the priority of this thread alone. */
  if (setpriority (PRIO_PROCESS, 0, 10) != 0)
    g_debug ("The check runs at the window's priority: %s", g_strerror (errno));

  /* A connection of its own, read-only: the store's may be writing
   * nothing yet, but it belongs to the window's thread and the worker. */
  if (sqlite3_open_v2 (check->path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    check->sound = psl_store_check_sound (db, check->path, check->budget_us, &check->error);
  else
    check->sound = TRUE;  /* unreadable now: the store's own reads will say so */
  sqlite3_close (db);
  return NULL;
}

PslStoreCheck *
psl_store_check_new (const char *path,
                     gint64      budget_us)
{
  PslStoreCheck *check = g_new0 (PslStoreCheck, 1);

  check->path = g_strdup (path);
  check->budget_us = budget_us;
  g_mutex_init (&check->lock);
  return check;
}

static void
begin_locked (PslStoreCheck *check)
{
  if (check->thread == NULL)
    check->thread = g_thread_new ("psl-store-check", check_thread_func, check);
}

void
psl_store_check_begin (PslStoreCheck *check)
{
  g_mutex_lock (&check->lock);
  begin_locked (check);
  g_mutex_unlock (&check->lock);
}

gboolean
psl_store_check_finish (PslStoreCheck *check,
                        GError       **error)
{
  g_mutex_lock (&check->lock);
  begin_locked (check);
  if (!check->joined)
    {
      g_thread_join (check->thread);
      check->joined = TRUE;
    }
  g_mutex_unlock (&check->lock);
  if (!check->sound && error != NULL)
    *error = g_error_copy (check->error);
  return check->sound;
}

/* A check never begun is not begun now: nothing was written. */
void
psl_store_check_free (PslStoreCheck *check)
{
  if (check->thread != NULL && !check->joined)
    g_thread_join (check->thread);
  g_mutex_clear (&check->lock);
  g_clear_error (&check->error);
  g_free (check->path);
  g_free (check);
}
