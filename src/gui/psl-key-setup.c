/* psl-key-setup.c — the structure key set up from the window, and its recovery key shown once
 *
 * The same set-up as "passerelle privacy setup": the key goes to the key
 * file given with --key-file, or else to the desktop's keyring.  A new
 * file gets it at the end of its first start, so that its confidential
 * part is never written in clear; direction can also set it up later in
 * Preferences, Privacy.  The recovery key is shown once, in a dialog that
 * copies it and prints it on a sheet of its own.
 */

#define G_LOG_DOMAIN "psl-key-setup"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-document-window.h"
#include "psl-key-setup.h"
#include "psl-privacy-documents.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-privacy.h"

char *
psl_key_setup_run (PslStore  *store,
                   GError   **error)
{
  const char *key_file = psl_privacy_get_key_file ();
  g_autoptr(GError) local_error = NULL;
  char *recovery;

  if (key_file == NULL && !psl_privacy_keyring_usable ())
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                           _("There is no keyring on this computer, so the confidential parts (health, justice, "
                             "details of barriers) stay unencrypted in the file. Open Passerelle from your desktop "
                             "session, where the keyring is, or start it with --key-file FILE on a computer "
                             "without one; then set the key up in Preferences, Privacy."));
      return NULL;
    }
  /* Never written over: it may be another file's key. */
  if (key_file != NULL && g_file_test (key_file, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEY_FILE,
                   _("The key file “%s” already holds a key, maybe another file’s: start Passerelle with "
                     "--key-file and the name of a new file, then set the key up in Preferences, Privacy."),
                   key_file);
      return NULL;
    }
  recovery = psl_privacy_set_up (store, key_file, FALSE, &local_error);
  if (recovery == NULL)
    {
      if (g_error_matches (local_error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING))
        g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_KEYRING,
                     _("The keyring of this computer is locked or absent (%s), so the confidential parts stay "
                       "unencrypted in the file. Unlock it by opening your desktop session again, then set the "
                       "key up in Preferences, Privacy."), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* The key is set up: its recovery key is shown even if the journal
   * cannot say so, or it would be lost. */
  if (!psl_audit_add (store, PSL_AUDIT_KEY, NULL, _("encryption set up"), &local_error))
    g_warning ("The set-up of the key is not in the audit journal: %s", local_error->message);
  return recovery;
}

static void
secret_free (gpointer data)
{
  char *text = data;

  if (text != NULL)
    {
      volatile char *p = text;

      while (*p != '\0')
        *p++ = '\0';
      g_free (text);
    }
}

static void
on_copy_clicked_cb (GtkButton *button,
                    GtkWidget *dialog)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)),
                          g_object_get_data (G_OBJECT (dialog), "psl-recovery"));
  gtk_button_set_label (button, _("Copied"));
}

static void
on_print_clicked_cb (GtkButton *button,
                     GtkWidget *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_recovery_sheet_new (g_object_get_data (G_OBJECT (dialog), "psl-store"),
                                                       g_object_get_data (G_OBJECT (dialog), "psl-recovery"),
                                                       &error);

  if (doc == NULL)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (button), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (button), "error");
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_WINDOW (dialog), doc)));
}

GtkWidget *
psl_key_setup_show_recovery (GtkWindow  *parent,
                             PslStore   *store,
                             const char *recovery)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Keep the Recovery Key"),
                                              _("Print it or write it down, and keep it in a safe place: it is "
                                                "shown only this once. Without it, a lost key means the "
                                                "confidential parts are lost."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  g_auto(GStrv) groups = g_strsplit (recovery, "-", -1);
  g_autofree char *first = NULL, *second = NULL, *shown = NULL;
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy"));
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));

  g_object_set_data_full (G_OBJECT (dialog), "psl-recovery", g_strdup (recovery), secret_free);
  g_object_set_data_full (G_OBJECT (dialog), "psl-store", g_object_ref (store), g_object_unref);
  /* On two lines of four groups, never cut inside a group: it is copied
   * by hand. */
  if (g_strv_length (groups) == 8)
    {
      first = g_strjoinv ("-", (char *[]) { groups[0], groups[1], groups[2], groups[3], NULL });
      second = g_strjoinv ("-", (char *[]) { groups[4], groups[5], groups[6], groups[7], NULL });
      shown = g_strconcat (first, "-\n", second, NULL);
    }
  gtk_label_set_label (GTK_LABEL (label), shown != NULL ? shown : recovery);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), copy);
  gtk_box_append (GTK_BOX (buttons), print);
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), dialog);
  g_signal_connect (print, "clicked", G_CALLBACK (on_print_clicked_cb), dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "done", _("I Have Kept It"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkWidget *
psl_key_setup_offer (GtkWindow *parent,
                     PslStore  *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  GtkWidget *dialog;

  if (psl_privacy_is_set_up (store))
    return NULL;
  recovery = psl_key_setup_run (store, &error);
  if (recovery != NULL)
    {
      dialog = psl_key_setup_show_recovery (parent, store, recovery);
      secret_free (g_steal_pointer (&recovery));
      return dialog;
    }
  dialog = adw_message_dialog_new (parent, _("Confidential Parts Not Encrypted"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Understood"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* The set-up asked for from a window (Préférences, or the window of a file
 * not yet encrypted): direction's only; the recovery key shown once. */
gboolean
psl_key_setup_by_direction (GtkWindow  *parent,
                            PslStore   *store,
                            GError    **error)
{
  g_autofree char *recovery = NULL;

  if (psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED,
                           _("Only direction sets the structure key up."));
      return FALSE;
    }
  recovery = psl_key_setup_run (store, error);
  if (recovery == NULL)
    return FALSE;
  psl_key_setup_show_recovery (parent, store, recovery);
  return TRUE;
}
