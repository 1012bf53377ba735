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

/* Rows made at each turn of the main loop: a few milliseconds. */
#define ROWS_AT_ONCE 8

typedef struct
{
  GtkListBox        *list;      /* which holds the fill */
  GPtrArray         *items;
  guint              next;
  PslListBoxMakeRow  make_row;
  gpointer           data;
  GtkWidget         *closing;
  guint              source;
} Fill;

static void
fill_free (Fill *fill)
{
  g_clear_handle_id (&fill->source, g_source_remove);
  g_ptr_array_unref (fill->items);
  g_clear_object (&fill->closing);
  g_free (fill);
}

static gboolean
fill_cb (gpointer user_data)
{
  Fill *fill = user_data;

  for (guint made = 0; made < ROWS_AT_ONCE && fill->next < fill->items->len; made++)
    gtk_list_box_append (fill->list, fill->make_row (g_ptr_array_index (fill->items, fill->next++), fill->data));
  if (fill->next < fill->items->len)
    return G_SOURCE_CONTINUE;
  if (fill->closing != NULL)
    gtk_list_box_append (fill->list, fill->closing);
  fill->source = 0;
  /* Frees fill. */
  g_object_set_data (G_OBJECT (fill->list), "psl-fill", NULL);
  return G_SOURCE_REMOVE;
}

void
psl_list_box_fill (GtkListBox        *list,
                   GPtrArray         *items,
                   PslListBoxMakeRow  make_row,
                   gpointer           data,
                   GtkWidget         *closing)
{
  Fill *fill = g_new0 (Fill, 1);

  fill->list = list;
  fill->items = g_ptr_array_ref (items);
  fill->make_row = make_row;
  fill->data = data;
  fill->closing = closing != NULL ? g_object_ref_sink (closing) : NULL;
  /* The list owns its fill: gone with it, or replaced by the next. */
  g_object_set_data_full (G_OBJECT (list), "psl-fill", fill, (GDestroyNotify) fill_free);
  /* The first rows at once, so that a short list is whole at its first frame. */
  if (fill_cb (fill))
    fill->source = g_idle_add_full (G_PRIORITY_LOW, fill_cb, fill, NULL);
}

gboolean
psl_list_box_is_filling (GtkListBox *list)
{
  return g_object_get_data (G_OBJECT (list), "psl-fill") != NULL;
}

void
psl_list_box_remove_all (GtkListBox *list)
{
  GtkListBoxRow *row;

  g_object_set_data (G_OBJECT (list), "psl-fill", NULL);

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
