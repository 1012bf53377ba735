/* psl-list-box.c — the boxed lists of the pages: a dim sentence when empty, emptied in one call
 *
 * An empty list says why in a sentence rather than showing nothing, as
 * GNOME applications do.
 */

#define G_LOG_DOMAIN "psl-list-box"

#include "config.h"

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
