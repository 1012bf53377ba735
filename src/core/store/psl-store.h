/* psl-store.h — the Passerelle database: one SQLite file per installation */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PSL_STORE_ERROR (psl_store_error_quark ())

typedef enum
{
  PSL_STORE_ERROR_NOT_DATABASE,   /* not an SQLite file at all */
  PSL_STORE_ERROR_FOREIGN,        /* an SQLite file of another program */
  PSL_STORE_ERROR_TOO_NEW,        /* written by a newer Passerelle */
  PSL_STORE_ERROR_READ_ONLY,
  PSL_STORE_ERROR_LOCKED,         /* another Passerelle writes it */
  PSL_STORE_ERROR_CORRUPT,
  PSL_STORE_ERROR_MIGRATION,
  PSL_STORE_ERROR_BACKUP,
  PSL_STORE_ERROR_SQL,
  PSL_STORE_ERROR_INVALID,        /* the data given breaks a rule */
  PSL_STORE_ERROR_CLOSED,         /* the base was closed (given way to another) */
  PSL_STORE_ERROR_NOT_FOUND,      /* the record asked for does not exist (or no longer) */
  PSL_STORE_ERROR_CONFLICT,       /* it is already there: the same record, or another change came first */
  PSL_STORE_ERROR_FULL,           /* the disk is full */
} PslStoreError;

typedef enum
{
  PSL_STORE_OPEN_DEFAULT   = 0,
  /* Readers (reports, exports) may run beside the window that writes. */
  PSL_STORE_OPEN_READ_ONLY = 1 << 0,
  /* Used by tests: stop at this schema version instead of the latest. */
  PSL_STORE_OPEN_NO_MIGRATE = 1 << 1,
} PslStoreOpenFlags;

/* The application_id written in the SQLite header: "PSLE". */
#define PSL_STORE_APPLICATION_ID 0x50534C45

#define PSL_TYPE_STORE (psl_store_get_type ())
G_DECLARE_FINAL_TYPE (PslStore, psl_store, PSL, STORE, GObject)

/* A job run on the database worker thread; its result is returned by
 * psl_store_run_finish().  It must not touch widgets. */
typedef gpointer (*PslStoreJob) (PslStore     *store,
                                 gpointer      data,
                                 GCancellable *cancellable,
                                 GError      **error);

GQuark       psl_store_error_quark       (void);
char        *psl_store_default_path      (void);
void         psl_store_close             (PslStore          *self);
gint64       psl_store_get_changes       (PslStore          *self);
const char  *psl_store_get_path          (PslStore          *self);
const char  *psl_store_get_site_id       (PslStore          *self);
const char  *psl_store_get_backup_path   (PslStore          *self);
guint        psl_store_get_schema_version(PslStore          *self);
gboolean     psl_store_is_read_only      (PslStore          *self);

gboolean     psl_store_set_large_cache   (PslStore          *self,
                                          gboolean           large,
                                          GError           **error);
/* How many rows the table holds, deleted ones included (-1 on error);
 * table is a name written by the program, never one typed. */
gint64       psl_store_count_rows        (PslStore          *self,
                                          const char        *table,
                                          GError           **error);
/* The write-ahead log emptied into the file and no longer kept: nothing
 * of the file is left beside it once it is closed. */
gboolean     psl_store_drop_log          (PslStore          *self,
                                          GError           **error);
char        *psl_store_get_meta          (PslStore          *self,
                                          const char        *key);
gboolean     psl_store_set_meta          (PslStore          *self,
                                          const char        *key,
                                          const char        *value,
                                          GError           **error);
gboolean     psl_store_begin             (PslStore          *self,
                                          GError           **error);
gboolean     psl_store_commit            (PslStore          *self,
                                          GError           **error);
void         psl_store_rollback          (PslStore          *self);

/* Sync between sites (src/core/sync): once the base exchanges with other
 * sites, every write of this site is recorded for them (psl-sync-capture.h
 * starts the recording); this hands what was written to the recorder. */
gboolean        psl_store_flush_changes  (PslStore          *self,
                                          GError           **error);

/* Runs job on the database's worker thread; callback gets its result on
 * the main loop.  result_free frees a result nobody takes (the read was
 * cancelled after the job had made it): NULL only for a job whose result
 * owns nothing. */
void         psl_store_run_async         (PslStore          *self,
                                          PslStoreJob        job,
                                          gpointer           data,
                                          GDestroyNotify     data_free,
                                          GDestroyNotify     result_free,
                                          GCancellable      *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer           user_data);
gpointer     psl_store_run_finish        (PslStore          *self,
                                          GAsyncResult      *result,
                                          GError           **error);
/* callback runs on the main loop once every job asked for before is done
 * (finish it with psl_store_after_jobs_finish ()): what reads at once on
 * the main thread, done then, does not wait for the worker's reads. */
void         psl_store_after_jobs        (PslStore          *self,
                                          GCancellable      *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer           user_data);
gboolean     psl_store_after_jobs_finish (PslStore          *self,
                                          GAsyncResult      *result,
                                          GError           **error);

/* From a job on the worker: how far it is (0 … 1).  From the main loop:
 * how far the running job said it was, or -1 when it says nothing. */
void         psl_store_report_progress   (PslStore          *self,
                                          double             fraction);
double       psl_store_get_progress      (PslStore          *self);
char        *psl_new_id                  (void);
char        *psl_now_timestamp           (void);


G_END_DECLS
