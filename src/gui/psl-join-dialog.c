/* psl-join-dialog.c — this computer joins its structure's exchange
 *
 * The folder the other sites already exchange through, the structure's
 * passphrase and the name of this site.  The structure's base is made
 * beside this computer's, on a thread of its own: joining reads the whole
 * snapshot, which takes seconds on a large structure, and touches nothing
 * of the open base.  The window then gives way to it ("joined"); the old
 * base is kept aside, never deleted.  Joining is offered only on a base
 * with nothing of its own: the structure's base replaces it.
 */

#define G_LOG_DOMAIN "psl-join-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "privacy/psl-privacy-key.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-seal.h"
#include "psl-join-dialog.h"

struct _PslJoinDialog
{
  PslSheet      parent_instance;

  PslStore     *store;
  char         *folder;
  AdwActionRow *folder_row;
  GtkEditable  *passphrase_row;
  AdwEntryRow  *site_row;
  GtkSwitch    *remember;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PslJoinDialog, psl_join_dialog, PSL_TYPE_SHEET)

enum {
  JOINED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char     *folder;
  char     *passphrase;
  char     *site;
  char     *joined;   /* where the structure's base is made */
  gboolean  remember;
} Join;

static void
join_free (Join *join)
{
  g_free (join->folder);
  psl_sync_passphrase_free (join->passphrase);
  g_free (join->site);
  g_free (join->joined);
  g_free (join);
}

static void
join_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Join *join = data;
  GError *error = NULL;
  PslStore *store;

  /* A base left here by a join that was cut short is this dialog's own. */
  psl_sync_discard_joined (join->joined);
  store = psl_sync_join (join->folder, join->passphrase, join->site, join->joined, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Closed here and now, whoever else still holds it: the window opens
   * the file next, as any other base, and a store still open here would
   * keep it as this process's own, which the window would be refused. */
  psl_store_close (store);
  g_object_unref (store);
  g_task_return_boolean (task, TRUE);
}

static void
on_joined_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  PslJoinDialog *self = PSL_JOIN_DIALOG (source);
  Join *join = user_data;
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      /* Closed while joining: what was received is not wanted. */
      psl_sync_discard_joined (join->joined);
      return;
    }
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          psl_sheet_set_busy (PSL_SHEET (self), NULL);
          psl_sheet_show_problem (PSL_SHEET (self), error->message);
        }
      return;
    }
  g_signal_emit (self, signals[JOINED], 0, join->joined, join->passphrase, join->remember);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_join (PslJoinDialog *self,
            Join          *join)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_joined_cb, join);

  psl_sheet_set_busy (PSL_SHEET (self), _("Joining: the structure’s base is being received from the folder…"));
  g_task_set_task_data (task, join, (GDestroyNotify) join_free);
  g_task_run_in_thread (task, join_thread);
}

typedef struct
{
  PslJoinDialog *self;
  Join          *join;
} BlankCheck;

static gpointer
blank_job (PslStore     *store,
           gpointer      data,
           GCancellable *cancellable,
           GError      **error)
{
  GError *local = NULL;
  gboolean blank = psl_sync_base_is_blank (store, &local);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return GINT_TO_POINTER (blank ? 1 : 2);
}

static void
on_blank_checked_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BlankCheck *check = user_data;
  g_autoptr(PslJoinDialog) self = check->self;
  g_autoptr(GError) error = NULL;
  gpointer blank = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      join_free (check->join);
      g_free (check);
      return;
    }
  if (GPOINTER_TO_INT (blank) == 1)
    start_join (self, check->join);
  else
    {
      join_free (check->join);
      psl_sheet_set_busy (PSL_SHEET (self), NULL);
      psl_sheet_show_problem (PSL_SHEET (self),
                              blank == NULL ? error->message
                                            : _("This base already holds firms or people of its own: the "
                                                "structure’s base would replace them. Join from a new file "
                                                "(main menu, New Database…), then bring this one’s "
                                                "records in by an import."));
    }
  g_free (check);
}

static gboolean
accept (PslSheet *sheet)
{
  PslJoinDialog *self = PSL_JOIN_DIALOG (sheet);
  const char *passphrase = gtk_editable_get_text (self->passphrase_row);
  g_autofree char *site = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->site_row))));
  BlankCheck *check;

  if (self->folder == NULL)
    {
      psl_sheet_show_problem (sheet, _("Choose the folder the other sites exchange through."));
      return FALSE;
    }
  if (*passphrase == '\0')
    {
      psl_sheet_show_problem (sheet, _("Type the structure’s passphrase, as the other sites know it."));
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
      return FALSE;
    }
  if (*site == '\0')
    {
      psl_sheet_show_problem (sheet, _("Give this site a name the others will know it by, for example "
                                       "“Antenne de Cajarc”."));
      gtk_widget_grab_focus (GTK_WIDGET (self->site_row));
      return FALSE;
    }

  check = g_new0 (BlankCheck, 1);
  check->self = g_object_ref (self);
  check->join = g_new0 (Join, 1);
  check->join->folder = g_strdup (self->folder);
  check->join->passphrase = g_strdup (passphrase);
  check->join->site = g_steal_pointer (&site);
  check->join->joined = g_strconcat (psl_store_get_path (self->store), ".rejoint", NULL);
  check->join->remember = gtk_switch_get_active (self->remember);
  psl_sheet_set_busy (sheet, _("Joining…"));
  psl_store_run_async (self->store, blank_job, NULL, NULL, NULL, self->cancellable, on_blank_checked_cb,
                       check);
  return FALSE;
}

typedef struct
{
  PslFolderChosen  chosen;
  GObject         *data;
} FolderAsk;

static void
on_folder_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     FolderAsk       *ask)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && g_file_peek_path (file) != NULL)
    ask->chosen (ask->data, g_file_peek_path (file));
  g_object_unref (chooser);
  g_object_unref (ask->data);
  g_free (ask);
}

void
psl_exchange_folder_choose (GtkWindow       *parent,
                            PslFolderChosen  chosen,
                            GObject         *data)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Exchange Folder"), parent,
                                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                               _("_Choose"), _("_Cancel"));
  FolderAsk *ask = g_new0 (FolderAsk, 1);

  ask->chosen = chosen;
  ask->data = g_object_ref (data);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_folder_chosen_cb), ask);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_choose_clicked_cb (PslJoinDialog *self)
{
  psl_exchange_folder_choose (GTK_WINDOW (self), (PslFolderChosen) psl_join_dialog_set_folder, G_OBJECT (self));
}

static void
psl_join_dialog_dispose (GObject *object)
{
  PslJoinDialog *self = PSL_JOIN_DIALOG (object);

  /* A join still running finishes on its thread; its base is removed by
   * the next one. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->folder, g_free);

  G_OBJECT_CLASS (psl_join_dialog_parent_class)->dispose (object);
}

static void
psl_join_dialog_class_init (PslJoinDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_join_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;

  signals[JOINED] = g_signal_new ("joined", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
psl_join_dialog_init (PslJoinDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

static GtkSwitch *
add_switch_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, toggle);
  adw_action_row_set_activatable_widget (row, toggle);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return GTK_SWITCH (toggle);
}

PslJoinDialog *
psl_join_dialog_new (GtkWindow *parent,
                     PslStore  *store)
{
  PslJoinDialog *self = g_object_new (PSL_TYPE_JOIN_DIALOG, "transient-for", parent,
                                      "title", _("Join the Structure’s Exchange"),
                                      "default-width", 560, "default-height", 560, NULL);
  AdwPreferencesGroup *group;
  GtkWidget *button;
  AdwPasswordEntryRow *passphrase;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  group = psl_sheet_add_group (PSL_SHEET (self), _("The Structure’s Exchange"),
                               _("Another site of the structure already exchanges through a folder: a USB "
                                 "stick, a network share or a Syncthing folder. This computer receives the "
                                 "whole base from it and becomes a new site, which then exchanges by itself."));

  self->folder_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->folder_row), _("Exchange folder"));
  adw_action_row_set_subtitle (self->folder_row, _("No folder chosen"));
  button = gtk_button_new_with_mnemonic (_("C_hoose…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
  adw_action_row_add_suffix (self->folder_row, button);
  adw_action_row_set_activatable_widget (self->folder_row, button);
  adw_preferences_group_add (group, GTK_WIDGET (self->folder_row));

  passphrase = ADW_PASSWORD_ENTRY_ROW (adw_password_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (passphrase), _("Structure passphrase"));
  adw_preferences_group_add (group, GTK_WIDGET (passphrase));
  self->passphrase_row = GTK_EDITABLE (passphrase);

  self->site_row = psl_sheet_add_entry (group, _("Name of this site"), NULL);
  self->remember = add_switch_row (group, _("Remember the passphrase on this computer"),
                                   psl_privacy_keyring_usable ()
                                     ? _("Kept in the desktop’s keyring: this computer then exchanges at each start.")
                                     : _("No keyring here: the passphrase will be asked at each start."));
  gtk_switch_set_active (self->remember, psl_privacy_keyring_usable ());
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember), psl_privacy_keyring_usable ());

  group = psl_sheet_add_group (PSL_SHEET (self), NULL,
                               _("The settings typed on this computer give way to the structure’s; "
                                 "the present file is kept beside the new one."));
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Join"));
  return self;
}

void
psl_join_dialog_set_folder (PslJoinDialog *self,
                            const char    *folder)
{
  g_return_if_fail (PSL_IS_JOIN_DIALOG (self));

  g_free (self->folder);
  self->folder = g_strdup (folder);
  adw_action_row_set_subtitle (self->folder_row, folder);
}
