/* psl-list-box.c — the boxed lists of the pages: a dim sentence when empty, emptied in one call
 *
 * An empty list says why in a sentence rather than showing nothing, as
 * GNOME applications do.
 */

#define G_LOG_DOMAIN "psl-list-box"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-list-box.h"

void
psl_list_box_set_placeholder_text (GtkListBox *list,
                                   const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_set_placeholder (list, label);
}

void
psl_list_box_remove_all (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

guint
psl_group_show_properties (AdwPreferencesGroup *group,
                           GPtrArray           *rows,
                           const char * const  *titles,
                           const char * const  *values,
                           guint                n)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row;

      if (values[i] == NULL || *values[i] == '\0')
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), values[i]);
      gtk_widget_add_css_class (row, "property");
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
  return rows->len;
}

GtkWidget *
psl_more_row_new (guint     more,
                  GCallback show_more,
                  gpointer  data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Show More"));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    "And %u more: choose a counsellor to see fewer at a time.",
    "And %u more: choose a counsellor to see fewer at a time.", more), more);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", show_more, data, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}
