/* psl-sync-page.c — the preferences page of the sites that exchange
 *
 * Everything it reads or writes goes through src/core/sync on the database
 * worker.  The exchange itself, the key and the watched folder belong to
 * the base's PslSyncWatch, which goes on when the preferences close; the
 * page shows its state and asks it for an exchange.
 */

#define G_LOG_DOMAIN "psl-sync-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-contact.h"
#include "psl-format.h"
#include "psl-interaction.h"
#include "psl-placement.h"
#include "psl-followup.h"
#include "psl-opportunity.h"
#include "psl-event.h"
#include "psl-barrier.h"
#include "psl-commitment.h"
#include "psl-consent.h"
#include "psl-alert.h"
#include "psl-action-plan.h"
#include "psl-sensitive.h"
#include "psl-partner.h"
#include "psl-person.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-status.h"
#include "psl-toast.h"
#include "psl-application.h"
#include "psl-join-dialog.h"
#include "psl-sync-page.h"
#include "psl-sync-watch.h"

typedef enum
{
  JOB_LOAD,
  JOB_INIT,
  JOB_TAKE_OTHER,
  JOB_DISMISS,
  JOB_RETIRE,
} JobKind;

struct _PslSyncPage
{
  AdwPreferencesPage parent_instance;

  PslStore      *store;
  PslSyncWatch  *watch;
  PslSyncStatus *status;
  GPtrArray     *groups;    /* the groups shown, rebuilt on each load */
  GtkWidget     *exchange_button;
  GCancellable  *cancellable;
  JobKind        running;
  gboolean       busy;
};

G_DEFINE_FINAL_TYPE (PslSyncPage, psl_sync_page, ADW_TYPE_PREFERENCES_PAGE)


typedef struct
{
  JobKind     kind;
  char       *folder;
  char       *passphrase;
  gboolean    remember;
  gint64      conflict;
} Job;

typedef struct
{
  PslSyncStatus *status;
  GPtrArray     *conflicts;
  PslSyncKey    *key;      /* made by this job */
  gboolean       remember;
} Outcome;

static void load (PslSyncPage *self);
static void on_watch_busy_cb (PslSyncPage *self);

static void
job_free (Job *job)
{
  g_free (job->folder);
  psl_sync_passphrase_free (job->passphrase);
  g_free (job);
}

static void
outcome_free (Outcome *outcome)
{
  g_clear_pointer (&outcome->status, psl_sync_status_free);
  g_clear_pointer (&outcome->conflicts, g_ptr_array_unref);
  g_clear_pointer (&outcome->key, psl_sync_key_free);
  g_free (outcome);
}

static Job *
job_new (JobKind     kind,
         const char *folder,
         const char *passphrase)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->folder = g_strdup (folder);
  job->passphrase = g_strdup (passphrase);
  return job;
}

/* On the worker: the job, then what the page shows. */
static gpointer
run_job (PslStore     *store,
         gpointer      data,
         GCancellable *cancellable,
         GError      **error)
{
  Job *job = data;
  g_autoptr(PslSyncKey) key = NULL;
  Outcome *outcome;

  switch (job->kind)
    {
    case JOB_LOAD:
      break;
    case JOB_INIT:
      if (!psl_sync_init (store, job->folder, job->passphrase, error))
        return NULL;
      /* The watch exchanges from now on: it takes the key made here. */
      if ((key = psl_sync_unlock (store, NULL, job->passphrase, error)) == NULL)
        return NULL;
      break;
    case JOB_TAKE_OTHER:
      if (!psl_sync_conflict_take_other (store, job->conflict, error))
        return NULL;
      break;
    case JOB_DISMISS:
      if (!psl_sync_conflict_dismiss (store, job->conflict, error))
        return NULL;
      break;
    case JOB_RETIRE:
      /* The site's name travels in the folder field of the job. */
      if (!psl_sync_retire_site (store, job->folder, error))
        return NULL;
      break;
    }

  outcome = g_new0 (Outcome, 1);
  outcome->key = g_steal_pointer (&key);
  outcome->remember = job->remember;
  outcome->status = psl_sync_status_load (store, error);
  if (outcome->status != NULL)
    outcome->conflicts = psl_sync_conflicts_load (store, TRUE, error);
  if (outcome->conflicts == NULL)
    {
      outcome_free (outcome);
      return NULL;
    }
  return outcome;
}

/* A time the core wrote in UTC, told in the user's own time. */
static char *
format_when (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *day = NULL, *date = NULL, *hour = NULL;

  if (local == NULL)
    return g_strdup ("");
  day = g_date_time_format (local, "%Y-%m-%d");
  date = psl_format_date (day);
  hour = g_date_time_format (local, "%H:%M");
  /* Translators: a date, then an hour like 14:05 */
  return g_strdup_printf (C_("date and hour", "%s at %s"), date, hour);
}

/* The field as forms name it; a column of another table keeps its name. */
static const char *
field_label (const char *table,
             const char *column)
{
  static const struct { const char *table; const PslField *fields; } tables[] = {
    { "company", psl_company_fields }, { "contact", psl_contact_fields },
    { "person", psl_person_fields }, { "partner", psl_partner_fields },
    { "interaction", psl_interaction_fields }, { "placement", psl_placement_fields },
    { "followup", psl_followup_fields }, { "opportunity", psl_opportunity_fields },
    { "event", psl_event_fields }, { "barrier", psl_barrier_fields },
    { "commitment", psl_commitment_fields }, { "commitment_step", psl_commitment_step_fields },
    { "consent", psl_consent_fields }, { "alert", psl_alert_fields },
    { "action_plan_item", psl_action_plan_fields }, { "partnership", psl_partnership_fields },
    { "partnership_review", psl_partnership_review_fields }, { "person_sensitive", psl_sensitive_fields },
    { "company_trade", psl_trade_fields },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i].table) == 0)
      {
        const PslField *field = psl_record_find_field (tables[i].fields, column);

        if (field != NULL && field->label != NULL)
          return _(field->label);
      }
  return column;
}

static AdwPreferencesGroup *
add_group (PslSyncPage *self,
           const char  *title,
           const char  *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->groups, group);
  return group;
}

static AdwActionRow *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static GtkWidget *
add_button (GtkWidget  *row,
            const char *label,
            GCallback   callback,
            gpointer    data)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, data);
  if (row != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
start (PslSyncPage *self,
       Job         *job);

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data);

static void
start (PslSyncPage *self,
       Job         *job)
{
  self->busy = TRUE;
  self->running = job->kind;
  psl_store_run_async (self->store, (PslStoreJob) run_job, job, (GDestroyNotify) job_free,
                       (GDestroyNotify) outcome_free, self->cancellable, on_job_done_cb, g_object_ref (self));
}

/* The passphrase is asked once in a dialog; entries is 1 or 2 (typed twice
 * to start an exchange). */
typedef void (*PassphraseDone) (PslSyncPage *self, const char *passphrase, gboolean remember, gpointer data);

typedef struct
{
  PslSyncPage    *self;
  GtkWidget      *entries[2];
  GtkWidget      *remember;
  PassphraseDone  done;
  char           *data;
} PassphraseAsk;

static void
on_passphrase_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           PassphraseAsk    *ask)
{
  const char *first = gtk_editable_get_text (GTK_EDITABLE (ask->entries[0]));

  /* Once: closing the dialog afterwards would answer again. */
  g_signal_handlers_disconnect_by_data (dialog, ask);
  if (g_strcmp0 (response, "ok") == 0)
    {
      if (ask->entries[1] != NULL && g_strcmp0 (first, gtk_editable_get_text (GTK_EDITABLE (ask->entries[1]))) != 0)
        psl_toast_message (GTK_WIDGET (ask->self), _("The two passphrases differ; nothing was done."));
      else if (*first == '\0')
        psl_toast_message (GTK_WIDGET (ask->self), _("The passphrase may not be empty."));
      else
        ask->done (ask->self, first, gtk_check_button_get_active (GTK_CHECK_BUTTON (ask->remember)), ask->data);
    }
  g_object_unref (ask->self);
  g_free (ask->data);
  g_free (ask);
}

static void
ask_passphrase (PslSyncPage    *self,
                const char     *body,
                gboolean        twice,
                PassphraseDone  done,
                char           *data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root),
                                                                         _("Structure Passphrase"), body));
  PassphraseAsk *ask = g_new0 (PassphraseAsk, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  ask->self = g_object_ref (self);
  ask->done = done;
  ask->data = data;
  for (guint i = 0; i < (twice ? 2u : 1u); i++)
    {
      /* A plain hidden entry: GTK 4.8's password entry warns of a bad
       * cast when its dialog closes. */
      ask->entries[i] = gtk_entry_new ();
      gtk_entry_set_visibility (GTK_ENTRY (ask->entries[i]), FALSE);
      gtk_entry_set_input_purpose (GTK_ENTRY (ask->entries[i]), GTK_INPUT_PURPOSE_PASSWORD);
      g_object_set (ask->entries[i], "activates-default", TRUE,
                    "placeholder-text", i == 0 ? _("Passphrase") : _("Passphrase again"), NULL);
      gtk_box_append (GTK_BOX (box), ask->entries[i]);
    }
  /* Kept as the key, in the desktop's keyring, so that this computer
   * exchanges by itself at each start. */
  ask->remember = gtk_check_button_new_with_mnemonic (_("_Remember on this computer"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ask->remember), TRUE);
  gtk_box_append (GTK_BOX (box), ask->remember);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", _("_Continue"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_passphrase_response_cb), ask);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_init (PslSyncPage *self,
            const char  *passphrase,
            gboolean     remember,
            gpointer     folder)
{
  Job *job = job_new (JOB_INIT, folder, passphrase);

  job->remember = remember;
  start (self, job);
}

static void
on_folder_chosen (PslSyncPage *self,
                  const char  *folder)
{
  ask_passphrase (self, _("Choose the passphrase every site of the structure will type to exchange. "
                          "Without it, the files in the folder cannot be read."),
                  TRUE, start_init, g_strdup (folder));
}

static void
on_start_clicked_cb (PslSyncPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  psl_exchange_folder_choose (GTK_WINDOW (root), (PslFolderChosen) on_folder_chosen, G_OBJECT (self));
}

static void
unlock (PslSyncPage *self,
        const char  *passphrase,
        gboolean     remember,
        gpointer     data)
{
  psl_sync_watch_unlock (self->watch, passphrase, remember);
}

static void
on_exchange_clicked_cb (PslSyncPage *self)
{
  if (psl_sync_watch_get_busy (self->watch) || self->status == NULL || self->status->folder == NULL)
    return;
  if (psl_sync_watch_has_key (self->watch))
    psl_sync_watch_exchange (self->watch);
  else
    ask_passphrase (self, _("Type the structure’s passphrase. This computer then exchanges by itself "
                            "whenever another site’s files arrive."),
                    FALSE, unlock, NULL);
}

static void
on_forget_clicked_cb (PslSyncPage *self)
{
  psl_sync_watch_forget (self->watch);
  load (self);
}

static void
on_conflict_clicked_cb (PslSyncPage *self,
                        GtkWidget   *button)
{
  Job *job = job_new (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "psl-take")) ? JOB_TAKE_OTHER : JOB_DISMISS,
                      NULL, NULL);

  job->conflict = *(gint64 *) g_object_get_data (G_OBJECT (button), "psl-conflict");
  gtk_widget_set_sensitive (gtk_widget_get_parent (button), FALSE);
  start (self, job);
}

static void
on_join_clicked_cb (PslSyncPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  psl_application_join_structure (PSL_APPLICATION (g_application_get_default ()), GTK_WINDOW (root), self->store);
}

static void
on_retire_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PslSyncPage      *self)
{
  if (g_strcmp0 (response, "retire") == 0)
    start (self, job_new (JOB_RETIRE, g_object_get_data (G_OBJECT (dialog), "psl-site"), NULL));
}

/* A site closed for good (an antenna shut): no longer waited for, its
 * records stay. */
static void
on_retire_clicked_cb (GtkWidget *button)
{
  PslSyncPage *self = g_object_get_data (G_OBJECT (button), "psl-page");
  const char *site = g_object_get_data (G_OBJECT (button), "psl-site");
  g_autofree char *heading = g_strdup_printf (_("Retire “%s”?"), site);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (button)), heading,
                                                       _("The other sites stop waiting for its files and the "
                                                         "home page no longer warns of its silence. Its firms, "
                                                         "people and exchanges stay. Retire only a site that "
                                                         "has closed or left the structure.")));
  g_object_set_data_full (G_OBJECT (dialog), "psl-site", g_strdup (site), g_free);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "retire", _("_Retire"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "retire", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_retire_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_not_exchanging (PslSyncPage *self)
{
  AdwPreferencesGroup *group = add_group (self, _("Exchange Between Sites"),
                                          _("This base exchanges with no other site. Several sites of the "
                                            "structure can keep one base in step through a shared folder "
                                            "(a USB stick, a network share or a Syncthing folder)."));
  AdwActionRow *row = add_row (group, _("Start the Exchange"),
                               _("This base becomes the first site; the folder then holds its files."));
  GtkWidget *button = add_button (GTK_WIDGET (row), _("Start the Exchange…"), G_CALLBACK (on_start_clicked_cb), self);

  gtk_widget_add_css_class (button, "suggested-action");
  row = add_row (group, _("Join a Structure"),
                 _("Another site already exchanges: this computer receives its base from the folder and "
                   "becomes a new site (the present base, which must hold no firm or person yet, is "
                   "kept aside)."));
  add_button (GTK_WIDGET (row), _("Join…"), G_CALLBACK (on_join_clicked_cb), self);
}

static void
show_sites (PslSyncPage *self)
{
  PslSyncStatus *status = self->status;
  AdwPreferencesGroup *group = add_group (self, _("This Site"), NULL);
  PslSyncSite *local = status->sites->len > 0 ? g_ptr_array_index (status->sites, 0) : NULL;
  g_autofree char *counts = NULL;
  g_autofree char *files = psl_format_count (status->files_written);
  g_autofree char *changes = psl_format_count (status->changes_waiting);

  /* Translators: %s is a count of files; the sentence goes on with the changes not yet sent */
  g_autofree char *written = g_strdup_printf (ngettext ("%s file written", "%s files written",
                                                        (gulong) MIN (status->files_written, 1000000)), files);
  /* Translators: %s is a count of changes recorded here and not yet in a file */
  g_autofree char *unsent = g_strdup_printf (ngettext ("%s change not yet sent", "%s changes not yet sent",
                                                       (gulong) MIN (status->changes_waiting, 1000000)), changes);
  GtkWidget *button;

  counts = g_strdup_printf ("%s, %s", written, unsent);
  add_row (group, local != NULL ? local->name : _("This site"), counts);
  button = add_button (NULL, _("Exchange Now"), G_CALLBACK (on_exchange_clicked_cb), self);
  gtk_widget_add_css_class (button, "suggested-action");
  adw_preferences_group_set_header_suffix (group, button);
  self->exchange_button = button;
  on_watch_busy_cb (self);
  add_row (group, _("Exchange Folder"), status->folder);
  if (psl_sync_watch_get_problem (self->watch) != NULL)
    {
      AdwActionRow *row = add_row (group, _("The Last Exchange Did Not Go Through"),
                                   psl_sync_watch_get_problem (self->watch));

      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
  if (psl_sync_watch_has_key (self->watch))
    {
      AdwActionRow *row = add_row (group, _("Exchanges by Itself"),
                                   _("The passphrase was typed: another site’s files are applied as they "
                                     "arrive, and this site’s work goes out when it has been quiet a moment."));

      add_button (GTK_WIDGET (row), _("Forget the Passphrase"), G_CALLBACK (on_forget_clicked_cb), self);
    }
  for (guint i = 0; i < psl_sync_watch_get_notes (self->watch)->len; i++)
    add_row (group, _("Last Exchange"), g_ptr_array_index (psl_sync_watch_get_notes (self->watch), i));

  group = add_group (self, _("Other Sites"), NULL);
  if (status->sites->len <= 1)
    add_row (group, _("No other site yet"), NULL);
  for (guint i = 1; i < status->sites->len; i++)
    {
      PslSyncSite *site = g_ptr_array_index (status->sites, i);
      g_autofree char *when = format_when (site->last_applied_at);
      g_autofree char *text = NULL;
      g_autofree char *seq = psl_format_count (site->last_seq);

      if (site->last_seq == 0)
        text = g_strdup (_("nothing received"));
      else
        /* Translators: %1$s is a file's number, %2$s when it was received */
        text = g_strdup_printf (_("file %1$s received %2$s"), seq, when);
      if (site->retired_at != NULL)
        {
          char *retired = g_strdup_printf ("%s — %s", text, _("retired"));
          g_free (text);
          text = retired;
        }
      AdwActionRow *row = add_row (group, site->name, text);
      if (site->retired_at == NULL)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Retire…"));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (button), "psl-page", self);
          g_object_set_data_full (G_OBJECT (button), "psl-site", g_strdup (site->name), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (on_retire_clicked_cb), NULL);
          adw_action_row_add_suffix (row, button);
        }
    }
}

static void
show_conflicts (PslSyncPage *self,
                GPtrArray   *conflicts)
{
  AdwPreferencesGroup *group = add_group (self, _("Concurrent Edits"),
                                          _("Two sites changed the same field before exchanging; the later "
                                            "edit was kept everywhere."));

  if (conflicts->len == 0)
    add_row (group, _("No concurrent edit"), NULL);
  for (guint i = 0; i < conflicts->len; i++)
    {
      PslSyncConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autofree char *title = g_strdup_printf ("%s — %s", conflict->record,
                                                field_label (conflict->table, conflict->column));
      g_autofree char *when = format_when (conflict->detected_at);
      /* Translators: a concurrent edit: the value kept and its site, the other and its site, when it was seen */
      g_autofree char *text = NULL;

      /* A confidential text never shows here, even sealed. */
      if (conflict->confidential)
        /* Translators: a concurrent edit of a confidential text: the site kept, the other, when */
        text = g_strdup_printf (_("Confidential content: the version of %s kept, that of %s set aside · %s"),
                                conflict->kept_site, conflict->other_site, when);
      else
        text = g_strdup_printf (_("Kept: “%s” (%s) · other: “%s” (%s) · %s"),
                                conflict->kept_value ? conflict->kept_value : "",
                                conflict->kept_site,
                                conflict->other_value ? conflict->other_value : "",
                                conflict->other_site, when);
      AdwActionRow *row = add_row (group, title, text);
      /* One above the other: side by side they leave the values no room. */
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *button;

      gtk_widget_set_margin_top (buttons, 6);
      gtk_widget_set_margin_bottom (buttons, 6);
      adw_action_row_add_suffix (row, buttons);
      button = add_button (NULL, _("Take the Other Value"), G_CALLBACK (on_conflict_clicked_cb), self);
      gtk_box_append (GTK_BOX (buttons), button);
      g_object_set_data (G_OBJECT (button), "psl-take", GINT_TO_POINTER (TRUE));
      g_object_set_data_full (G_OBJECT (button), "psl-conflict", g_memdup2 (&conflict->id, sizeof conflict->id), g_free);
      button = add_button (NULL, _("Dismiss"), G_CALLBACK (on_conflict_clicked_cb), self);
      gtk_box_append (GTK_BOX (buttons), button);
      g_object_set_data_full (G_OBJECT (button), "psl-conflict", g_memdup2 (&conflict->id, sizeof conflict->id), g_free);
    }
}

static void
show (PslSyncPage *self,
      GPtrArray   *conflicts)
{
  self->exchange_button = NULL;  /* goes with its group */
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (self->status->folder == NULL)
    show_not_exchanging (self);
  else
    show_sites (self);
  show_conflicts (self, conflicts);
}

static void
say_report (PslSyncPage   *self,
            PslSyncReport *report)
{
  g_autofree char *message = NULL;

  /* Translators: after an exchange: changes sent, changes applied, files that wait */
  message = g_strdup_printf (_("Exchanged: %u changes sent, %u applied, %u files waiting"),
                             report->changes_sent, report->changes_applied,
                             report->waiting != NULL ? report->waiting->len : 0);
  psl_toast_message (GTK_WIDGET (self), message);
}

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PslSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;
  Outcome *outcome = psl_store_run_finish (PSL_STORE (source), result, &error);

  self->busy = FALSE;
  if (outcome == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          psl_toast_message (GTK_WIDGET (self), error->message);
          /* What failed may have changed nothing; a failed reading is not
           * tried again at once. */
          if (self->running != JOB_LOAD)
            load (self);
        }
      return;
    }
  if (outcome->key != NULL)
    {
      /* The exchange has just started from this base: the watch takes it on. */
      psl_sync_watch_take_key (self->watch, g_steal_pointer (&outcome->key), outcome->remember);
      psl_sync_watch_start (self->watch);
    }
  g_clear_pointer (&self->status, psl_sync_status_free);
  self->status = g_steal_pointer (&outcome->status);
  show (self, outcome->conflicts);
  outcome_free (outcome);
}

static void
load (PslSyncPage *self)
{
  start (self, job_new (JOB_LOAD, NULL, NULL));
}

static void
on_exchanged_cb (PslSyncPage   *self,
                 PslSyncReport *report)
{
  say_report (self, report);
  load (self);
}

/* Said in the page itself, where it stays until an exchange goes through. */
static void
on_watch_failed_cb (PslSyncPage *self,
                    const char  *message)
{
  load (self);
}

static void
on_watch_busy_cb (PslSyncPage *self)
{
  if (self->exchange_button != NULL)
    gtk_widget_set_sensitive (self->exchange_button, !psl_sync_watch_get_busy (self->watch));
}

static void
psl_sync_page_dispose (GObject *object)
{
  PslSyncPage *self = PSL_SYNC_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_clear_object (&self->watch);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (psl_sync_page_parent_class)->dispose (object);
}

static void
psl_sync_page_finalize (GObject *object)
{
  PslSyncPage *self = PSL_SYNC_PAGE (object);

  g_clear_pointer (&self->status, psl_sync_status_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_sync_page_parent_class)->finalize (object);
}

static void
psl_sync_page_class_init (PslSyncPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = psl_sync_page_dispose;
  object_class->finalize = psl_sync_page_finalize;
}

static void
psl_sync_page_init (PslSyncPage *self)
{
  self->groups = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  /* Translators: the page's name under its icon; a longer one is cut short */
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), C_("preferences page", "Sites"));
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "sync");
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "network-workgroup-symbolic");
}

PslSyncPage *
psl_sync_page_new (PslStore *store)
{
  PslSyncPage *self = g_object_new (PSL_TYPE_SYNC_PAGE, NULL);

  self->store = g_object_ref (store);
  self->watch = g_object_ref (psl_sync_watch_get (store));
  g_signal_connect_swapped (self->watch, "exchanged", G_CALLBACK (on_exchanged_cb), self);
  g_signal_connect_swapped (self->watch, "failed", G_CALLBACK (on_watch_failed_cb), self);
  g_signal_connect_swapped (self->watch, "notify::busy", G_CALLBACK (on_watch_busy_cb), self);
  g_signal_connect_swapped (self->watch, "notify::has-key", G_CALLBACK (load), self);
  load (self);
  return self;
}
