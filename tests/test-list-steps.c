/* test-list-steps.c — long lists made a step at a time, so that no frame waits on all their widgets
 *
 * GTK 4.8 makes widgets for up to 200 rows inside the change that adds
 * them.  The table's model says it has 25 rows more at each turn of the
 * main loop until 200, then the rest at once; a view of 5,000 rows made
 * no more than 25 rows' widgets in the first change, and every row is
 * reachable in the end.  The boxed lists of the pages make their rows 8 at
 * a time, then their closing row; emptied or filled again, they make no
 * row of the fill before.
 */

#include "config.h"

#include <adwaita.h>

#include "psl-array-model.h"
#include "psl-list-box.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef struct
{
  GArray *changes;   /* guint triples: position, removed, added */
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  guint triple[3] = { position, removed, added };

  g_array_append_vals (changes->changes, triple, 3);
}

static GPtrArray *
objects (guint n)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_object_new (G_TYPE_OBJECT, NULL));
  return array;
}

static void
assert_change (Changes *changes,
               guint    index,
               guint    position,
               guint    removed,
               guint    added)
{
  g_assert_cmpuint (changes->changes->len, >, index * 3 + 2);
  g_assert_cmpuint (g_array_index (changes->changes, guint, index * 3), ==, position);
  g_assert_cmpuint (g_array_index (changes->changes, guint, index * 3 + 1), ==, removed);
  g_assert_cmpuint (g_array_index (changes->changes, guint, index * 3 + 2), ==, added);
}

static void
test_steps (void)
{
  g_autoptr(PslArrayModel) model = psl_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) thousand = objects (1000);
  g_autoptr(GPtrArray) ten = objects (10);
  Changes changes = { g_array_new (FALSE, FALSE, sizeof (guint)) };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  /* From empty: 25 rows told at once, then 25 a turn until 200, then
   * the 800 others together. */
  psl_array_model_set_items (model, thousand);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 25);
  g_assert_cmpuint (psl_array_model_get_len (model), ==, 1000);
  g_assert_true (psl_array_model_is_growing (model));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 25));
  PSL_TEST_WAIT (!psl_array_model_is_growing (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  g_assert_cmpuint (changes.changes->len, ==, 9 * 3);
  assert_change (&changes, 0, 0, 0, 25);
  for (guint i = 1; i < 8; i++)
    assert_change (&changes, i, 25 * i, 0, 25);
  assert_change (&changes, 8, 200, 0, 800);
  {
    g_autoptr(GObject) last = g_list_model_get_item (G_LIST_MODEL (model), 999);

    g_assert_true (last == g_ptr_array_index (thousand, 999));
  }

  /* The same rows: nothing said. */
  g_array_set_size (changes.changes, 0);
  psl_array_model_set_items (model, g_ptr_array_ref (thousand));
  g_ptr_array_unref (thousand);
  g_assert_cmpuint (changes.changes->len, ==, 0);

  /* Fewer: at once. */
  psl_array_model_set_items (model, ten);
  g_assert_false (psl_array_model_is_growing (model));
  assert_change (&changes, 0, 0, 1000, 10);

  /* From ten: those rebound and 25 more, then steps again. */
  psl_array_model_set_items (model, thousand);
  assert_change (&changes, 1, 0, 10, 35);
  g_assert_true (psl_array_model_is_growing (model));

  /* Everything at once when the whole is read (an export). */
  psl_array_model_show_all (model);
  g_assert_false (psl_array_model_is_growing (model));
  assert_change (&changes, 2, 35, 0, 965);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);

  /* None. */
  psl_array_model_set_items (model, NULL);
  assert_change (&changes, 3, 0, 1000, 0);
  g_assert_false (psl_array_model_is_growing (model));
  g_array_unref (changes.changes);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             guint                    *made)
{
  (*made)++;
  gtk_list_item_set_child (item, gtk_label_new ("x"));
}

/* A view shown on the model: the change that fills it makes a step's
 * rows, not the 200 GTK would make. */
static void
test_view (void)
{
  g_autoptr(PslArrayModel) model = psl_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) rows = objects (5000);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view;
  GtkWidget *window;
  guint made = 0;

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), &made);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (model)))),
                            factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_size_request (scrolled, 400, 300);
  window = psl_test_present (scrolled);
  psl_test_wait_frame (window);

  psl_array_model_set_items (model, rows);
  g_assert_cmpuint (made, <=, 25);
  PSL_TEST_WAIT (!psl_array_model_is_growing (model));
  psl_test_wait_frame (window);
  g_assert_cmpuint (made, >, 25);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5000);
  psl_test_close (window);
}

/* Hidden, the model tells its views its rows go: past the 200 they have
 * widgets for at once, then 25 at a time from the end; it keeps its rows,
 * even those set meanwhile; shown again, they come back a step at a time,
 * as when first set; what asks for every row has them, hidden or not. */
static void
test_hidden (void)
{
  g_autoptr(PslArrayModel) model = psl_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) three_hundred = objects (300);
  g_autoptr(GPtrArray) forty = objects (40);
  Changes changes = { g_array_new (FALSE, FALSE, sizeof (guint)) };

  psl_array_model_set_items (model, three_hundred);
  PSL_TEST_WAIT (!psl_array_model_is_growing (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  psl_array_model_set_hidden (model, TRUE);
  g_assert_false (psl_array_model_is_growing (model));
  PSL_TEST_WAIT (g_list_model_get_n_items (G_LIST_MODEL (model)) == 0);
  g_assert_cmpuint (psl_array_model_get_len (model), ==, 300);
  g_assert_cmpuint (changes.changes->len, ==, 9 * 3);
  assert_change (&changes, 0, 200, 100, 0);
  for (guint i = 1; i < 9; i++)
    assert_change (&changes, i, 200 - 25 * i, 25, 0);
  /* Hidden twice: nothing more said. */
  psl_array_model_set_hidden (model, TRUE);
  g_assert_cmpuint (changes.changes->len, ==, 9 * 3);

  /* Rows set while hidden: kept, not told. */
  g_array_set_size (changes.changes, 0);
  psl_array_model_set_items (model, forty);
  g_assert_cmpuint (changes.changes->len, ==, 0);
  g_assert_cmpuint (psl_array_model_get_len (model), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Shown: 25 at once, then the 15 others. */
  psl_array_model_set_hidden (model, FALSE);
  assert_change (&changes, 0, 0, 0, 25);
  g_assert_true (psl_array_model_is_growing (model));
  PSL_TEST_WAIT (!psl_array_model_is_growing (model));
  assert_change (&changes, 1, 25, 0, 15);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 40);

  /* Shown again before it was all gone: it grows back from where it was. */
  psl_array_model_set_hidden (model, TRUE);
  psl_array_model_set_hidden (model, FALSE);
  PSL_TEST_WAIT (!psl_array_model_is_growing (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 40);

  /* Every row asked for while hidden: there at once. */
  psl_array_model_set_hidden (model, TRUE);
  psl_array_model_show_all (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 40);
  g_assert_false (psl_array_model_is_growing (model));
  g_array_unref (changes.changes);
}

static GtkWidget *
label_row (gpointer item,
           gpointer data)
{
  guint *made = data;

  (*made)++;
  return gtk_label_new (g_object_get_data (item, "text"));
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_fill (void)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());
  g_autoptr(GPtrArray) items = objects (30);
  g_autoptr(GPtrArray) few = objects (3);
  GtkWidget *closing = gtk_label_new ("closing");
  guint made = 0;

  g_object_ref_sink (list);
  for (guint i = 0; i < items->len; i++)
    g_object_set_data_full (g_ptr_array_index (items, i), "text", g_strdup_printf ("row %u", i), g_free);

  /* Eight at once, the rest a few a turn, then the closing row. */
  psl_list_box_fill (list, items, label_row, &made, closing);
  g_assert_cmpuint (n_rows (list), ==, 8);
  g_assert_true (psl_list_box_is_filling (list));
  PSL_TEST_WAIT (!psl_list_box_is_filling (list));
  g_assert_cmpuint (n_rows (list), ==, 31);
  g_assert_true (gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (list, 30)) == closing);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (list, 29)))),
                   ==, "row 29");

  /* Emptied during a fill: nothing more of it. */
  made = 0;
  psl_list_box_remove_all (list);
  psl_list_box_fill (list, items, label_row, &made, NULL);
  psl_list_box_remove_all (list);
  g_assert_false (psl_list_box_is_filling (list));
  psl_test_drain ();
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_cmpuint (made, ==, 8);

  /* Filled again during a fill: only the second's rows follow. */
  psl_list_box_fill (list, items, label_row, &made, NULL);
  psl_list_box_fill (list, few, label_row, &made, NULL);
  PSL_TEST_WAIT (!psl_list_box_is_filling (list));
  g_assert_cmpuint (n_rows (list), ==, 8 + 3);
  g_object_unref (list);
}

int
main (int   argc,
      char *argv[])
{
  /* Models and list boxes alone: no database, nor a window but the view's. */
  g_autoptr(GApplication) app = psl_test_gui_init (&argc, &argv);

  g_test_add_func ("/array-model/steps", test_steps);
  g_test_add_func ("/array-model/view", test_view);
  g_test_add_func ("/array-model/hidden", test_hidden);
  g_test_add_func ("/list-box/fill", test_fill);
  return g_test_run ();
}
