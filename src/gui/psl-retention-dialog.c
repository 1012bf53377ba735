/* psl-retention-dialog.c — who the retention rules reach and why, before anything goes */

#define G_LOG_DOMAIN "psl-retention-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-retention-dialog.h"
#include "psl-toast.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

/* More would not be read; the count says how many in all. */
#define SHOWN_MAX 200

typedef struct
{
  GtkWidget *from;
  PslStore  *store;
} Request;

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Request          *r)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  guint anonymised = 0, erased = 0;

  if (g_strcmp0 (response, "apply") == 0)
    {
      if (!psl_retention_run (r->store, today, &anonymised, &erased, &error))
        psl_toast_message (r->from, error->message);
      else
        {
          /* Translators: the result of a retention run */
          g_autofree char *done = g_strdup_printf (_("Anonymised: %u. Confidential parts erased: %u."),
                                                   anonymised, erased);
          psl_toast_message (r->from, done);
        }
    }
  g_object_unref (r->from);
  g_object_unref (r->store);
  g_free (r);
}

static GtkWidget *
list_of (GPtrArray *items)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < items->len && i < SHOWN_MAX; i++)
    {
      PslRetentionItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->reason);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (items->len, 5) * 58);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  return scrolled;
}

void
psl_retention_dialog_present (GtkWidget *from,
                              PslStore  *store,
                              gboolean   at_startup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (from);
  GtkWidget *dialog;
  Request *r;

  if (at_startup && (psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION || !psl_retention_due (store, today)))
    return;
  if ((items = psl_retention_preview (store, today, &error)) == NULL)
    {
      psl_toast_message (from, error->message);
      return;
    }
  if (items->len == 0)
    {
      /* Nobody to ask about: the week's run is done. */
      if (at_startup)
        {
          if (!psl_retention_run (store, today, NULL, NULL, &error))
            psl_toast_message (from, error->message);
        }
      else
        psl_toast_message (from, _("Nobody is reached by the retention rules today."));
      return;
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The retention rules reach %u person. Applying them cannot be undone; "
                                       "the reports keep their figures.",
                                       "The retention rules reach %u people. Applying them cannot be undone; "
                                       "the reports keep their figures.", items->len), items->len);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Data Past Their Time"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list_of (items));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "later", _("_Later"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  r = g_new0 (Request, 1);
  r->from = g_object_ref (from);
  r->store = g_object_ref (store);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}
