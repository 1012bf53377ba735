/* psl-person-rights.c — a person's rights on their page: their data given to them, their file erased
 *
 * Each of these reads the confidential part, so each goes through core,
 * which checks that the staff member may and writes it in the journal.
 */

#define G_LOG_DOMAIN "psl-person-rights"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-person-rights.h"
#include "psl-privacy-documents.h"
#include "psl-toast.h"
#include "privacy/psl-person-data.h"
#include "privacy/psl-retention.h"

static GtkWidget *
action_row (const char *title,
            const char *subtitle,
            const char *icon,
            const char *action)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  return row;
}

AdwPreferencesGroup *
psl_person_rights_group_new (void)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, _("The Person’s Rights"));
  adw_preferences_group_set_description (group, _("Under the GDPR: what the structure holds, given to the person, "
                                                  "and their file erased on request. Each is written in the audit "
                                                  "journal."));
  adw_preferences_group_add (group, action_row (_("Access Document"), _("Everything held, printed for the person"),
                                                "printer-symbolic", "person-page.rights-print"));
  adw_preferences_group_add (group, action_row (_("Export as a File"), _("The same data in JSON, to take elsewhere"),
                                                "document-save-symbolic", "person-page.rights-export"));
  adw_preferences_group_add (group, action_row (_("Erase on Request"),
                                                _("Anonymises the file; the reports keep their figures"),
                                                "user-trash-symbolic", "person-page.rights-erase"));
  return group;
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
psl_person_rights_print (GtkWidget  *from,
                         PslStore   *store,
                         const char *person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_person_data_report_new (store, person_id, &error);

  if (doc == NULL)
    {
      psl_toast_message (from, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (window_of (from), doc)));
}

typedef struct
{
  GtkWidget *from;
  PslStore  *store;
  char      *person_id;
} Request;

static void
request_free (Request *r)
{
  g_object_unref (r->from);
  g_object_unref (r->store);
  g_free (r->person_id);
  g_free (r);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       Request         *r)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) data = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if ((data = psl_person_data_collect (r->store, r->person_id, FALSE, &error)) == NULL ||
          !psl_person_data_write_json (data, path, &error))
        psl_toast_message (r->from, error->message);
      else
        psl_toast_message (r->from, _("The person’s data are exported."));
    }
  g_object_unref (chooser);
  request_free (r);
}

void
psl_person_rights_export (GtkWidget  *from,
                          PslStore   *store,
                          const char *person_id)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export the Person’s Data"), window_of (from),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  Request *r = g_new0 (Request, 1);

  r->from = g_object_ref (from);
  r->store = g_object_ref (store);
  r->person_id = g_strdup (person_id);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("personal-data.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), r);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Request          *r)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();

  if (g_strcmp0 (response, "erase") == 0)
    {
      if (!psl_erasure_run (r->store, r->person_id, today, &error))
        psl_toast_message (r->from, error->message);
      else
        {
          psl_toast_message (r->from, _("The person is anonymised; the reports keep their figures."));
          gtk_widget_activate_action (r->from, "person-page.reload", NULL);
        }
    }
  request_free (r);
}

void
psl_person_rights_erase (GtkWidget  *from,
                         PslStore   *store,
                         const char *person_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *summary = psl_erasure_summary (store, person_id, today, &error);
  GtkWidget *dialog;
  Request *r;

  if (summary == NULL)
    {
      psl_toast_message (from, error->message);
      return;
    }
  dialog = adw_message_dialog_new (window_of (from), _("Erase This Person’s File?"), summary);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  r = g_new0 (Request, 1);
  r->from = g_object_ref (from);
  r->store = g_object_ref (store);
  r->person_id = g_strdup (person_id);
  g_signal_connect (dialog, "response", G_CALLBACK (on_erase_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}
