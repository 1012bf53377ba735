/* test-list-row.c — the rows of long lists: texts, prefixes and suffixes, and how the width is shared
 *
 * A row shows its title, and its subtitle when it has one.  Its suffixes
 * take their natural width when there is room and their minimum when
 * there is not; the texts take what is left, after the theme's 6 pixels
 * between children, and are centred in the row's height; right to left,
 * the suffixes come first.  Activated, it activates the widget it was
 * given for that.  The widths expected are worked out here from
 * the widgets' own measures, for the row's width set by the test.
 */

#include "config.h"

#include <adwaita.h>

#include "psl-list-row.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define SPACING 6

static gboolean
has_class (GtkWidget     *w,
           gconstpointer  css_class)
{
  return GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, css_class);
}

static void
test_texts (void)
{
  GtkWidget *row = g_object_ref_sink (psl_list_row_new ("Léa Puech", "CDI depuis le 03/11/2026"));
  GtkWidget *bare = g_object_ref_sink (psl_list_row_new ("Rien à faire", NULL));
  GtkWidget *subtitle;

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Léa Puech");
  g_assert_cmpstr (psl_list_row_get_subtitle (PSL_LIST_ROW (row)), ==, "CDI depuis le 03/11/2026");
  subtitle = psl_test_find_label_holding (row, "CDI depuis");
  g_assert_nonnull (subtitle);
  g_assert_true (gtk_widget_get_visible (subtitle));
  g_assert_true (gtk_widget_has_css_class (subtitle, "subtitle"));
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (subtitle)));

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (bare)), ==, "Rien à faire");
  g_assert_cmpstr (psl_list_row_get_subtitle (PSL_LIST_ROW (bare)), ==, "");
  subtitle = psl_test_find_where (bare, has_class, "subtitle");
  g_assert_nonnull (subtitle);
  g_assert_false (gtk_widget_get_visible (subtitle));
  g_object_unref (row);
  g_object_unref (bare);
}

/* A row of width in a list, its suffix a label of text; returns the window. */
static GtkWidget *
show_row (const char  *suffix_text,
          int          width,
          GtkWidget  **row_out,
          GtkWidget  **suffix_out)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = psl_list_row_new ("Garage Roux et fils", "Relance · Fixer les dates de la période d’immersion");
  GtkWidget *suffix = gtk_label_new (suffix_text);
  GtkWidget *window;

  gtk_label_set_ellipsize (GTK_LABEL (suffix), PANGO_ELLIPSIZE_END);
  psl_list_row_add_prefix (PSL_LIST_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  psl_list_row_add_suffix (PSL_LIST_ROW (row), suffix);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  /* Exactly width wide: a scrolled window asks no more than its own size. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_size_request (scrolled, width, 200);
  gtk_widget_set_halign (scrolled, GTK_ALIGN_START);
  window = psl_test_present (scrolled);
  PSL_TEST_WAIT (gtk_widget_get_width (suffix) > 0);
  psl_test_wait_frame (window);
  *row_out = row;
  *suffix_out = suffix;
  return window;
}

static GtkWidget *
texts_of (GtkWidget *row)
{
  return gtk_widget_get_parent (psl_test_find_label_holding (row, "Garage Roux"));
}

static void
test_room (void)
{
  GtkWidget *row, *suffix;
  GtkWidget *window = show_row ("28 jours de retard", 700, &row, &suffix);
  GtkWidget *texts = texts_of (row);
  GtkWidget *header = gtk_widget_get_parent (texts);
  GtkWidget *prefixes = gtk_widget_get_first_child (header);
  GtkWidget *suffixes = gtk_widget_get_last_child (header);
  int nat = 0, prefix_nat = 0;
  graphene_rect_t texts_box, suffixes_box;

  gtk_widget_measure (suffix, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
  gtk_widget_measure (prefixes, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &prefix_nat, NULL, NULL);
  /* The suffix at its natural width, the texts the rest. */
  g_assert_cmpint (gtk_widget_get_width (suffix), ==, nat);
  g_assert_cmpint (gtk_widget_get_width (texts), ==,
                   gtk_widget_get_width (header) - prefix_nat - SPACING - gtk_widget_get_width (suffixes) - SPACING
                   - gtk_widget_get_margin_start (texts) - gtk_widget_get_margin_end (texts));
  /* Left to right: prefixes, texts, suffixes; the texts centred. */
  g_assert_true (gtk_widget_compute_bounds (texts, header, &texts_box));
  g_assert_true (gtk_widget_compute_bounds (suffixes, header, &suffixes_box));
  g_assert_cmpfloat (texts_box.origin.x, <, suffixes_box.origin.x);
  g_assert_cmpfloat (fabs ((texts_box.origin.y + texts_box.size.height / 2) - gtk_widget_get_height (header) / 2.0), <=, 1);
  psl_test_close (window);
}

static void
test_short_of_room (void)
{
  GtkWidget *row, *suffix;
  GtkWidget *window = show_row ("Un texte de suffixe bien trop long pour une rangée si étroite", 260, &row, &suffix);
  int min = 0, nat = 0;

  gtk_widget_measure (suffix, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <, nat);
  /* No room for its natural width: the suffix gives way to its minimum. */
  g_assert_cmpint (gtk_widget_get_width (suffix), ==, min);
  g_assert_cmpint (gtk_widget_get_width (texts_of (row)), >, 0);
  psl_test_close (window);
}

static void
test_right_to_left (void)
{
  GtkWidget *row, *suffix;
  GtkWidget *window;
  graphene_rect_t texts_box, suffix_box;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = show_row ("28 jours", 700, &row, &suffix);
  g_assert_true (gtk_widget_compute_bounds (texts_of (row), row, &texts_box));
  g_assert_true (gtk_widget_compute_bounds (suffix, row, &suffix_box));
  g_assert_cmpfloat (suffix_box.origin.x, <, texts_box.origin.x);
  psl_test_close (window);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
on_clicked_cb (GtkButton *button,
               guint     *clicks)
{
  (*clicks)++;
}

/* Activated, through its list or with Enter, a row activates its
 * activatable widget, as AdwActionRow does; moved to another list, it
 * follows that one only. */
static void
test_activatable (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *other = gtk_list_box_new ();
  GtkWidget *row = psl_list_row_new ("Bilan d’activité", NULL);
  GtkWidget *plain = gtk_list_box_row_new ();
  GtkWidget *button = gtk_button_new_with_label ("Ouvrir");
  guint row_activated = g_signal_lookup ("row-activated", GTK_TYPE_LIST_BOX);
  GtkWidget *window;
  guint clicks = 0;

  g_signal_connect (button, "clicked", G_CALLBACK (on_clicked_cb), &clicks);
  psl_list_row_add_suffix (PSL_LIST_ROW (row), button);
  psl_list_row_set_activatable_widget (PSL_LIST_ROW (row), button);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_list_box_append (GTK_LIST_BOX (list), plain);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), other);
  /* A button clicks when shown, a moment after it is activated. */
  window = psl_test_present (box);
  psl_test_wait_frame (window);

  g_signal_emit_by_name (list, "row-activated", plain);
  g_signal_emit_by_name (list, "row-activated", row);
  PSL_TEST_WAIT (clicks == 1);
  g_signal_emit_by_name (row, "activate");
  PSL_TEST_WAIT (clicks == 2);

  g_object_ref (row);
  gtk_list_box_remove (GTK_LIST_BOX (list), row);
  gtk_list_box_append (GTK_LIST_BOX (other), row);
  g_object_unref (row);
  g_signal_emit_by_name (other, "row-activated", row);
  PSL_TEST_WAIT (clicks == 3);
  /* The row left list: it follows list's activations no more. */
  g_assert_false (g_signal_has_handler_pending (list, row_activated, 0, FALSE));
  g_assert_true (g_signal_has_handler_pending (other, row_activated, 0, FALSE));
  psl_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = psl_test_gui_init (&argc, &argv);

  g_test_add_func ("/list-row/texts", test_texts);
  g_test_add_func ("/list-row/room", test_room);
  g_test_add_func ("/list-row/short-of-room", test_short_of_room);
  g_test_add_func ("/list-row/right-to-left", test_right_to_left);
  g_test_add_func ("/list-row/activatable", test_activatable);
  return g_test_run ();
}
