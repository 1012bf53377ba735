/* psl-rest.c — a column view lets go of its rows' widgets while hidden at rest */

#include "config.h"

#include "psl-rest.h"

typedef struct
{
  GtkColumnView *view;    /* a child of the widget: not referenced */
  PslArrayModel *model;
  PslRestBusy    busy;
} Rest;

static void
rest_free (gpointer data)
{
  Rest *rest = data;

  g_object_unref (rest->model);
  g_free (rest);
}

gboolean
psl_rest_is_at_rest (GtkColumnView *view)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  guint selected = GTK_IS_SINGLE_SELECTION (selection)
                   ? gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection))
                   : GTK_INVALID_LIST_POSITION;

  return (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
         && (vadjustment == NULL || gtk_adjustment_get_value (vadjustment) == 0);
}

static void
on_unmap_cb (GtkWidget *widget,
             Rest      *rest)
{
  if ((rest->busy == NULL || !rest->busy (widget)) && psl_rest_is_at_rest (rest->view))
    psl_array_model_set_hidden (rest->model, TRUE);
}

static void
on_map_cb (GtkWidget *widget,
           Rest      *rest)
{
  psl_array_model_set_hidden (rest->model, FALSE);
}

void
psl_rest_when_hidden (GtkWidget     *widget,
                      GtkColumnView *view,
                      PslArrayModel *model,
                      PslRestBusy    busy)
{
  Rest *rest = g_new0 (Rest, 1);

  rest->view = view;
  rest->model = g_object_ref (model);
  rest->busy = busy;
  g_object_set_data_full (G_OBJECT (widget), "psl-rest", rest, rest_free);
  g_signal_connect (widget, "map", G_CALLBACK (on_map_cb), rest);
  g_signal_connect (widget, "unmap", G_CALLBACK (on_unmap_cb), rest);
  /* A view made off screen (behind another in a stack) has none until
   * it is first shown. */
  if (!gtk_widget_get_mapped (widget))
    on_unmap_cb (widget, rest);
}
