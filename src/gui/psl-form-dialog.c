/* psl-form-dialog.c — a short form in a message dialog, shown again with the reason when refused
 *
 * A message dialog closes on every answer: when the values are refused,
 * the same form comes back with what was typed and the reason above it.
 */

#define G_LOG_DOMAIN "psl-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-form-dialog.h"

typedef struct
{
  GtkWindow     *parent;
  char          *title;
  GStrv          labels;
  char          *accept_label;
  GPtrArray     *rows;
  PslFormSubmit  submit;
  gpointer       user_data;
} Form;

static void
form_free (Form *form)
{
  g_free (form->title);
  g_strfreev (form->labels);
  g_free (form->accept_label);
  g_ptr_array_unref (form->rows);
  g_free (form);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Form             *form)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  g_autofree char *problem = NULL;

  if (g_strcmp0 (response, "accept") != 0)
    return;

  for (guint i = 0; i < form->rows->len; i++)
    g_strv_builder_add (builder, gtk_editable_get_text (g_ptr_array_index (form->rows, i)));
  values = g_strv_builder_end (builder);

  problem = form->submit ((const char * const *) values, form->user_data);
  if (problem != NULL)
    psl_form_dialog_show (form->parent, form->title, (const char * const *) form->labels,
                          (const char * const *) values, problem, form->accept_label,
                          form->submit, form->user_data);
}

void
psl_form_dialog_show (GtkWindow          *parent,
                      const char         *title,
                      const char * const *labels,
                      const char * const *values,
                      const char         *problem,
                      const char         *accept_label,
                      PslFormSubmit       submit,
                      gpointer            user_data)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, title, problem);
  GtkWidget *list = gtk_list_box_new ();
  Form *form = g_new0 (Form, 1);

  form->parent = parent;
  form->title = g_strdup (title);
  form->labels = g_strdupv ((char **) labels);
  form->accept_label = g_strdup (accept_label);
  form->rows = g_ptr_array_new ();
  form->submit = submit;
  form->user_data = user_data;

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), labels[i]);
      gtk_editable_set_text (GTK_EDITABLE (row), values != NULL && values[i] != NULL ? values[i] : "");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (form->rows, row);
    }
  g_object_set_data_full (G_OBJECT (dialog), "form", form, (GDestroyNotify) form_free);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
}
