/* psl-sync-watch.c — the exchange kept going while the program is open
 *
 * A base that exchanges with other sites should receive their work without
 * anyone thinking of it: the watch lives as long as the base is open (not
 * only while the preferences are), watches the exchange folder and
 * exchanges a few seconds after a file arrives.  It needs the structure's
 * key: typed once as a passphrase, then kept in the desktop's keyring
 * (libsecret) when the user asks, as the key derived from it, never the
 * passphrase itself.  Without a keyring (a session with no secret service)
 * the key lasts until the program closes.  Everything touching the base
 * runs on its worker.
 */

#define G_LOG_DOMAIN "psl-sync-watch"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-seal.h"
#include "sync/psl-sync-status.h"
#include "privacy/psl-privacy-key.h"
#include "psl-sync-watch.h"

/* After the last event in the folder: a copy under way (Syncthing, a
 * stick) is given this long to end before the files are read. */
#define SETTLE_SECONDS 3
/* After this site's last write: a form being filled in goes out as one
 * file, not one per field. */
#define QUIET_SECONDS 20

struct _PslSyncWatch
{
  GObject       parent_instance;

  PslStore     *store;       /* not a reference: the base keeps its watch */
  PslSyncKey   *key;
  char         *folder;      /* NULL: the base exchanges with nobody */
  char         *structure_id;
  char         *problem;     /* why the last exchange failed, until one goes through */
  GPtrArray    *notes;       /* what waits or was refused at the last exchange, and why */
  GPtrArray    *monitors;    /* GFileMonitor */
  GCancellable *cancellable;
  guint         exchange_source;
  guint         quiet_seconds;
  guint         jobs;        /* on the worker or waiting for it */
  gboolean      again;       /* a file came while the worker was busy */
};

G_DEFINE_FINAL_TYPE (PslSyncWatch, psl_sync_watch, G_TYPE_OBJECT)

enum { PROP_0, PROP_BUSY, PROP_HAS_KEY, N_PROPS };
enum { EXCHANGED, FAILED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const SecretSchema *
key_schema (void)
{
  static const SecretSchema schema = {
    "org.passerelle.Exchange", SECRET_SCHEMA_NONE,
    { { "structure", SECRET_SCHEMA_ATTRIBUTE_STRING }, { NULL, 0 } },
  };

  return &schema;
}

typedef enum
{
  JOB_STATUS,
  JOB_UNLOCK,
  JOB_RUN,
} JobKind;

typedef struct
{
  JobKind     kind;
  char       *folder;
  char       *passphrase;
  PslSyncKey *key;       /* a copy: the watch may be forgotten meanwhile */
  gboolean    remember;
} Job;

typedef struct
{
  PslSyncStatus *status;
  PslSyncKey    *key;
  PslSyncReport *report;
} Outcome;

static void
job_free (Job *job)
{
  g_free (job->folder);
  psl_sync_passphrase_free (job->passphrase);
  g_clear_pointer (&job->key, psl_sync_key_free);
  g_free (job);
}

static void
outcome_free (Outcome *outcome)
{
  g_clear_pointer (&outcome->status, psl_sync_status_free);
  g_clear_pointer (&outcome->key, psl_sync_key_free);
  g_clear_pointer (&outcome->report, psl_sync_report_free);
  g_free (outcome);
}

static PslSyncKey *
key_copy (const PslSyncKey *key)
{
  PslSyncKey *copy = g_new0 (PslSyncKey, 1);

  memcpy (copy->bytes, key->bytes, sizeof copy->bytes);
  copy->structure_id = g_strdup (key->structure_id);
  return copy;
}

static gpointer
run_job (PslStore     *store,
         gpointer      data,
         GCancellable *cancellable,
         GError      **error)
{
  Job *job = data;
  Outcome *outcome = g_new0 (Outcome, 1);

  switch (job->kind)
    {
    case JOB_STATUS:
      outcome->status = psl_sync_status_load (store, error);
      if (outcome->status == NULL)
        goto fail;
      break;
    case JOB_UNLOCK:
      outcome->key = psl_sync_unlock (store, NULL, job->passphrase, error);
      if (outcome->key == NULL)
        goto fail;
      break;
    case JOB_RUN:
      outcome->report = psl_sync_run (store, job->folder, job->key, cancellable, error);
      if (outcome->report == NULL)
        goto fail;
      break;
    }
  return outcome;

fail:
  outcome_free (outcome);
  return NULL;
}

static void on_job_done_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data);

static void
start_job (PslSyncWatch *self,
           Job          *job)
{
  if (self->jobs++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  psl_store_run_async (self->store, (PslStoreJob) run_job, job, (GDestroyNotify) job_free,
                       (GDestroyNotify) outcome_free, self->cancellable, on_job_done_cb, g_object_ref (self));
}

static Job *
job_new (JobKind kind)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  return job;
}

void
psl_sync_watch_exchange (PslSyncWatch *self)
{
  Job *job;

  g_return_if_fail (PSL_IS_SYNC_WATCH (self));

  if (self->key == NULL || self->folder == NULL)
    return;
  if (self->jobs > 0)
    {
      self->again = TRUE;
      return;
    }
  self->again = FALSE;
  job = job_new (JOB_RUN);
  job->folder = g_strdup (self->folder);
  job->key = key_copy (self->key);
  start_job (self, job);
}

static gboolean
on_exchange_due_cb (gpointer data)
{
  PslSyncWatch *self = data;

  self->exchange_source = 0;
  psl_sync_watch_exchange (self);
  return G_SOURCE_REMOVE;
}

static void
on_folder_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other,
                      GFileMonitorEvent  event,
                      PslSyncWatch      *self)
{
  /* A file is written under a temporary name, then renamed: the new name
   * is the news. */
  g_autofree char *name = g_file_get_basename (event == G_FILE_MONITOR_EVENT_RENAMED && other != NULL
                                               ? other : file);

  /* Temporary names before their rename are not news yet. */
  if (name[0] == '.' || g_str_has_suffix (name, ".tmp"))
    return;
  if (event != G_FILE_MONITOR_EVENT_CREATED && event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN && event != G_FILE_MONITOR_EVENT_RENAMED)
    return;
  g_clear_handle_id (&self->exchange_source, g_source_remove);
  self->exchange_source = g_timeout_add_seconds (SETTLE_SECONDS, on_exchange_due_cb, self);
}

static void
on_changes_recorded_cb (PslSyncWatch *self)
{
  /* A file arriving meanwhile starts the exchange sooner; then this one
   * merely goes with it. */
  if (self->key == NULL || self->folder == NULL)
    return;
  g_clear_handle_id (&self->exchange_source, g_source_remove);
  self->exchange_source = g_timeout_add_seconds (self->quiet_seconds, on_exchange_due_cb, self);
}

static void
watch_one (PslSyncWatch *self,
           GFile        *dir)
{
  GFileMonitor *monitor;

  /* A folder watched stays watched: a monitor made anew would miss what
   * lands between the old one's end and its start. */
  for (guint i = 0; i < self->monitors->len; i++)
    if (g_file_equal (g_object_get_data (g_ptr_array_index (self->monitors, i), "psl-dir"), dir))
      return;
  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor == NULL)
    return;
  g_object_set_data_full (G_OBJECT (monitor), "psl-dir", g_object_ref (dir), g_object_unref);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_folder_changed_cb), self);
  g_ptr_array_add (self->monitors, monitor);
}

/* New files land in sites/SITE-ID/, and a new site makes a folder under
 * sites/: GIO has no recursive monitor, so sites/ and each site's folder
 * known at the time are watched, new sites' folders added after each
 * exchange. */
static void
watch_folder (PslSyncWatch *self)
{
  g_autofree char *sites_path = NULL;
  g_autoptr(GFile) sites = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (self->folder == NULL || self->key == NULL)
    {
      g_ptr_array_set_size (self->monitors, 0);
      return;
    }
  sites_path = g_build_filename (self->folder, "sites", NULL);
  sites = g_file_new_for_path (sites_path);
  watch_one (self, sites);
  children = g_file_enumerate_children (sites, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          g_autoptr(GFile) dir = g_file_get_child (sites, g_file_info_get_name (info));

          watch_one (self, dir);
        }
      g_object_unref (info);
    }
}

static void remember_key (PslSyncWatch *self);

static void
take_key (PslSyncWatch *self,
          PslSyncKey   *key)
{
  g_clear_pointer (&self->key, psl_sync_key_free);
  self->key = key;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_KEY]);
  watch_folder (self);
  psl_sync_watch_exchange (self);
}

static void
on_key_stored_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_message ("The exchange key was not kept in the keyring: %s", error->message);
}

static void
remember_key (PslSyncWatch *self)
{
  g_autofree char *encoded = NULL;

  if (!psl_privacy_keyring_usable ())
    return;
  encoded = g_base64_encode (self->key->bytes, sizeof self->key->bytes);
  secret_password_store (key_schema (), SECRET_COLLECTION_DEFAULT,
                         _("Passerelle: key of the exchange between sites"), encoded,
                         NULL, on_key_stored_cb, NULL,
                         "structure", self->key->structure_id, NULL);
  memset (encoded, 0, strlen (encoded));
}

static void
on_key_found_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PslSyncWatch) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSyncKey) key = NULL;
  char *encoded = secret_password_lookup_finish (result, &error);
  g_autofree guint8 *bytes = NULL;
  gsize len = 0;

  /* No keyring in this session, or nothing kept: the passphrase is asked
   * when an exchange is wanted. */
  if (encoded == NULL || self->folder == NULL || self->key != NULL)
    {
      if (error != NULL)
        g_debug ("No key from the keyring: %s", error->message);
      secret_password_free (encoded);
      return;
    }
  bytes = g_base64_decode (encoded, &len);
  secret_password_free (encoded);
  if (len == PSL_SYNC_KEY_BYTES)
    key = psl_sync_key_restore (self->folder, bytes, &error);
  if (bytes != NULL)
    memset (bytes, 0, len);
  if (key == NULL)
    {
      /* The passphrase changed, or the folder is not connected. */
      g_debug ("The kept key does not open the exchange: %s", error != NULL ? error->message : "");
      return;
    }
  take_key (self, g_steal_pointer (&key));
}

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PslSyncWatch) self = user_data;
  g_autoptr(GError) error = NULL;
  Outcome *outcome = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (--self->jobs == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  if (outcome == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Said once: the stick still out at the next try is no news. */
          if (g_strcmp0 (self->problem, error->message) == 0)
            return;
          g_free (self->problem);
          self->problem = g_strdup (error->message);
          g_signal_emit (self, signals[FAILED], 0, error->message);
        }
      return;
    }

  if (outcome->status != NULL)
    {
      /* Another folder: the old one's monitors go. */
      if (g_strcmp0 (self->folder, outcome->status->folder) != 0)
        g_ptr_array_set_size (self->monitors, 0);
      g_free (self->folder);
      self->folder = g_strdup (outcome->status->folder);
      g_free (self->structure_id);
      self->structure_id = g_strdup (outcome->status->structure_id);
      if (self->folder == NULL)
        g_ptr_array_set_size (self->monitors, 0);
      else if (self->key != NULL)
        {
          watch_folder (self);
          psl_sync_watch_exchange (self);
        }
      else if (self->structure_id != NULL && psl_privacy_keyring_usable ())
        secret_password_lookup (key_schema (), self->cancellable, on_key_found_cb, g_object_ref (self),
                                "structure", self->structure_id, NULL);
    }
  else if (outcome->key != NULL)
    {
      psl_sync_watch_take_key (self, g_steal_pointer (&outcome->key),
                               GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "psl-remember")));
    }
  else if (outcome->report != NULL)
    {
      watch_folder (self);
      g_clear_pointer (&self->problem, g_free);
      g_ptr_array_set_size (self->notes, 0);
      for (guint i = 0; outcome->report->waiting != NULL && i < outcome->report->waiting->len; i++)
        g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (outcome->report->waiting, i)));
      for (guint i = 0; outcome->report->refused != NULL && i < outcome->report->refused->len; i++)
        g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (outcome->report->refused, i)));
      g_signal_emit (self, signals[EXCHANGED], 0, outcome->report);
    }
  outcome_free (outcome);
  if (self->again && self->jobs == 0)
    psl_sync_watch_exchange (self);
}

void
psl_sync_watch_take_key (PslSyncWatch *self,
                         PslSyncKey   *key,
                         gboolean      remember)
{
  g_return_if_fail (PSL_IS_SYNC_WATCH (self));
  g_return_if_fail (key != NULL);

  take_key (self, key);
  if (remember)
    remember_key (self);
}

void
psl_sync_watch_start (PslSyncWatch *self)
{
  g_return_if_fail (PSL_IS_SYNC_WATCH (self));

  start_job (self, job_new (JOB_STATUS));
}

void
psl_sync_watch_unlock (PslSyncWatch *self,
                       const char   *passphrase,
                       gboolean      remember)
{
  Job *job;

  g_return_if_fail (PSL_IS_SYNC_WATCH (self));

  job = job_new (JOB_UNLOCK);
  job->passphrase = g_strdup (passphrase);
  g_object_set_data (G_OBJECT (self), "psl-remember", GINT_TO_POINTER (remember));
  /* The folder may have been set up a moment ago: read it again first. */
  start_job (self, job_new (JOB_STATUS));
  start_job (self, job);
}

gboolean
psl_sync_watch_has_key (PslSyncWatch *self)
{
  g_return_val_if_fail (PSL_IS_SYNC_WATCH (self), FALSE);

  return self->key != NULL;
}

GPtrArray *
psl_sync_watch_get_notes (PslSyncWatch *self)
{
  g_return_val_if_fail (PSL_IS_SYNC_WATCH (self), NULL);

  return self->notes;
}

const char *
psl_sync_watch_get_problem (PslSyncWatch *self)
{
  g_return_val_if_fail (PSL_IS_SYNC_WATCH (self), NULL);

  return self->problem;
}

gboolean
psl_sync_watch_get_busy (PslSyncWatch *self)
{
  g_return_val_if_fail (PSL_IS_SYNC_WATCH (self), FALSE);

  return self->jobs > 0;
}

static void
on_key_cleared_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  secret_password_clear_finish (result, NULL);
}

void
psl_sync_watch_forget (PslSyncWatch *self)
{
  g_return_if_fail (PSL_IS_SYNC_WATCH (self));

  if (self->structure_id != NULL && psl_privacy_keyring_usable ())
    secret_password_clear (key_schema (), NULL, on_key_cleared_cb, NULL,
                           "structure", self->structure_id, NULL);
  g_clear_pointer (&self->key, psl_sync_key_free);
  g_ptr_array_set_size (self->monitors, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_KEY]);
}

static void
psl_sync_watch_finalize (GObject *object)
{
  PslSyncWatch *self = PSL_SYNC_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->exchange_source, g_source_remove);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_pointer (&self->key, psl_sync_key_free);
  g_clear_object (&self->cancellable);
  g_free (self->folder);
  g_free (self->structure_id);
  g_free (self->problem);
  g_ptr_array_unref (self->notes);

  G_OBJECT_CLASS (psl_sync_watch_parent_class)->finalize (object);
}

static void
psl_sync_watch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PslSyncWatch *self = PSL_SYNC_WATCH (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->jobs > 0);
      break;
    case PROP_HAS_KEY:
      g_value_set_boolean (value, self->key != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_sync_watch_class_init (PslSyncWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = psl_sync_watch_finalize;
  object_class->get_property = psl_sync_watch_get_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HAS_KEY] = g_param_spec_boolean ("has-key", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An exchange went through: the report (PslSyncReport) is the signal's
   * only while it is emitted. */
  signals[EXCHANGED] = g_signal_new ("exchanged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* A step failed for another reason than the last one (the same reason
   * again, until an exchange goes through, is not told twice); the message
   * says why, in the user's words. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
psl_sync_watch_init (PslSyncWatch *self)
{
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  self->quiet_seconds = QUIET_SECONDS;
}

void
psl_sync_watch_set_quiet_seconds (PslSyncWatch *self,
                                  guint         seconds)
{
  g_return_if_fail (PSL_IS_SYNC_WATCH (self));

  self->quiet_seconds = seconds;
}

PslSyncWatch *
psl_sync_watch_get (PslStore *store)
{
  PslSyncWatch *self;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "psl-sync-watch");
  if (self == NULL)
    {
      self = g_object_new (PSL_TYPE_SYNC_WATCH, NULL);
      self->store = store;
      g_object_set_data_full (G_OBJECT (store), "psl-sync-watch", self, g_object_unref);
      g_signal_connect_object (store, "changes-recorded", G_CALLBACK (on_changes_recorded_cb), self,
                               G_CONNECT_SWAPPED);
    }
  return self;
}
