/* test-map-page.c — the Carte des partenariats page as a manager uses it: the
 * map read on the database thread, the three views, a firm opened from the
 * map, the filters, zoom, printing, and an empty period */

#include "config.h"

#include <string.h>

#include "map-fixture.h"
#include "psl-document-window.h"
#include "psl-list-export.h"
#include "psl-map-list.h"
#include "psl-map-page.h"
#include "psl-map-view.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef PslTestGuiFixture Fixture;

static void
wait_loaded (Fixture *f)
{
  PSL_TEST_WAIT (!psl_map_page_is_loading (f->page));
  g_assert_nonnull (psl_map_page_get_map (f->page));
  /* A frame, so that the views have laid their pictures out. */
  psl_test_wait_frame (f->window);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, MAP_FIXTURE);
  f->page = psl_map_page_new (f->store);
  /* The fixture's half-year, whatever today is. */
  psl_map_page_set_period (f->page, MAP_FROM, MAP_TO);
  f->window = psl_test_present (GTK_WIDGET (f->page));
  wait_loaded (f);
}

static guint
node_index (PslPartnerMap *map,
            const char    *id)
{
  for (guint i = 0; i < map->nodes->len; i++)
    if (g_strcmp0 (((PslMapNode *) g_ptr_array_index (map->nodes, i))->id, id) == 0)
      return i;
  g_assert_not_reached ();
}

static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  PslPartnerMap *map = psl_map_page_get_map (f->page);
  PslMapView *view = PSL_MAP_VIEW (psl_test_find_widget (f->window, PSL_TYPE_MAP_VIEW));
  PslMapList *list = PSL_MAP_LIST (psl_test_find_widget (f->window, PSL_TYPE_MAP_LIST));
  PslMapPicture *picture = psl_map_view_get_picture (view);
  guint c1 = node_index (map, "c1");
  double x, y;

  /* The structure, three firms, two partners; the list has the five. */
  g_assert_cmpuint (map->nodes->len, ==, 6);
  g_assert_cmpuint (psl_map_list_get_n_rows (list), ==, 5);
  g_assert_true (map->analysed);

  /* The target is drawn, and the pointer on c1 finds c1. */
  g_assert_nonnull (picture);
  g_assert_true (psl_map_view_node_point (view, c1, &x, &y));
  g_assert_cmpint (psl_map_picture_hit (picture, x, y), ==, c1);

  /* Chosen with the keyboard or clicked, the firm opens. */
  g_signal_emit_by_name (view, "node-activated", c1);
  g_assert_cmpstr (psl_test_opened (f->window), ==, "company:c1");
  g_signal_emit_by_name (list, "node-activated", node_index (map, "pb"));
  g_assert_cmpstr (psl_test_opened (f->window), ==, "partner:pb");
  /* The list exported as shown, sorted by name. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "carte.csv", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (psl_map_list_export (list, csv, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "\"Maçonnerie Bex\";\"Entreprise\";\"BTP\";\"Ambassadrice\";\"7\";\"2\";\"1\";\"0\""));
    g_assert_nonnull (strstr (text, "\"Mission locale voisine\""));
  }
  /* The same from the page's own button, shown with the list only: the
   * five rows under the header. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "liste.csv", NULL);
    g_autofree char *text = NULL;
    GtkWidget *button = psl_test_find_widget (f->window, PSL_TYPE_EXPORT_BUTTON);
    guint lines = 0;

    g_assert_nonnull (button);
    g_assert_false (gtk_widget_get_visible (button));
    gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (list))), "list");
    g_assert_true (gtk_widget_get_visible (button));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "list.export", "(ss)", "", csv));
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
      lines++;
    g_assert_cmpuint (lines, ==, 1 + 5);
    gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (list))), "target");
  }

  /* The structure itself opens nothing. */
  psl_test_forget_opened (f->window);
  g_signal_emit_by_name (view, "node-activated", 0);
  g_assert_null (psl_test_opened (f->window));
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  AdwComboRow *sector = ADW_COMBO_ROW (psl_test_find_row (f->window, "_Secteur"));
  AdwComboRow *rings = ADW_COMBO_ROW (psl_test_find_row (f->window, "_Anneaux de la cible"));
  AdwComboRow *antenna = ADW_COMBO_ROW (psl_test_find_row (f->window, "_Antenne"));
  PslPartnerMap *map;

  /* "All sectors", the seven sectors, then the partner structures. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (sector)), ==, 9);
  adw_combo_row_set_selected (sector, 8);
  wait_loaded (f);
  map = psl_map_page_get_map (f->page);
  g_assert_cmpuint (map->nodes->len, ==, 3);
  g_assert_cmpstr (map->filter.sector, ==, "partner");

  adw_combo_row_set_selected (sector, 0);
  adw_combo_row_set_selected (rings, 1);
  wait_loaded (f);
  map = psl_map_page_get_map (f->page);
  g_assert_cmpint (map->filter.rings, ==, PSL_MAP_RINGS_FREQUENCY);
  g_assert_cmpuint (map->rings->len, ==, 4);
  g_assert_cmpuint (map->nodes->len, ==, 6);

  /* The whole structure, then every site by name. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (antenna)), ==,
                    1 + psl_test_count (f->store, "SELECT count(*) FROM site"));
}

static void
test_zoom_and_print (Fixture       *f,
                     gconstpointer  data)
{
  PslMapView *view = PSL_MAP_VIEW (psl_test_find_widget (f->window, PSL_TYPE_MAP_VIEW));
  PslDocumentWindow *doc_window;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-in", NULL);
  g_assert_cmpfloat (psl_map_view_get_zoom (view), ==, 1.25);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-in", NULL);
  /* Zoomed in, the picture is laid out larger: more room for names. */
  PSL_TEST_WAIT (psl_map_view_get_picture (view)->width == 1.25 * 1.25 * gtk_widget_get_width (GTK_WIDGET (view)));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-reset", NULL);
  g_assert_cmpfloat (psl_map_view_get_zoom (view), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.print", NULL);
  PSL_TEST_WAIT ((doc_window = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW)) != NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (doc_window)), ==, "Carte des partenariats");
  psl_test_close (GTK_WIDGET (doc_window));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *view = psl_test_find_widget (f->window, PSL_TYPE_MAP_VIEW);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (view));

  psl_map_page_set_period (f->page, "2020-01-01", "2020-12-31");
  wait_loaded (f);
  g_assert_cmpuint (psl_map_page_get_map (f->page)->nodes->len, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_false (gtk_widget_get_mapped (view));

  /* Back to a period with people: the map comes back. */
  psl_map_page_set_period (f->page, MAP_FROM, MAP_TO);
  wait_loaded (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "target");
}

/* Read when shown, and then again only after something was written. */
static void
test_read_when_shown (Fixture       *f,
                      gconstpointer  data)
{
  PslMapPage *hidden = psl_map_page_new (f->store);
  PslPartnerMap *map;
  const PslMapNode *c1;

  /* A page never shown reads nothing. */
  g_object_ref_sink (hidden);
  psl_test_wait_worker (f->store);
  g_assert_null (psl_map_page_get_map (hidden));
  g_object_unref (hidden);

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  g_assert_false (psl_map_page_is_loading (f->page));

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  psl_test_exec (f->store, "UPDATE company SET trade_name = 'Maçonnerie Bex et fils' WHERE id = 'c1';");
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  g_assert_true (psl_map_page_is_loading (f->page));
  wait_loaded (f);
  map = psl_map_page_get_map (f->page);
  c1 = g_ptr_array_index (map->nodes, node_index (map, "c1"));
  g_assert_cmpstr (c1->name, ==, "Maçonnerie Bex et fils");
}

static guint
rows_told (PslMapList *list)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (psl_test_find_widget (GTK_WIDGET (list), GTK_TYPE_COLUMN_VIEW));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (columns)));
}

/* The list behind the map tells its view of no row, so that no widget is
 * made for them, until it is shown; shown once and left at rest, it lets
 * go of them again; scrolled or with a row chosen, it keeps them. */
static void
test_list_rows_when_shown (Fixture       *f,
                           gconstpointer  data)
{
  PslMapList *list = PSL_MAP_LIST (psl_test_find_widget (f->window, PSL_TYPE_MAP_LIST));
  GtkStack *views = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (list)));
  GtkColumnView *columns = GTK_COLUMN_VIEW (psl_test_find_widget (GTK_WIDGET (list), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (columns));

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_cmpuint (psl_map_list_get_n_rows (list), ==, 5);
  g_assert_cmpuint (rows_told (list), ==, 0);

  gtk_stack_set_visible_child_name (views, "list");
  PSL_TEST_WAIT (rows_told (list) == 5);
  gtk_stack_set_visible_child_name (views, "target");
  PSL_TEST_WAIT (rows_told (list) == 0);

  gtk_stack_set_visible_child_name (views, "list");
  PSL_TEST_WAIT (rows_told (list) == 5);
  gtk_single_selection_set_selected (selection, 2);
  gtk_stack_set_visible_child_name (views, "target");
  psl_test_drain ();
  g_assert_cmpuint (rows_told (list), ==, 5);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, psl_test_gui_teardown)
  ADD ("/map-page/views", test_views);
  ADD ("/map-page/filters", test_filters);
  ADD ("/map-page/zoom-and-print", test_zoom_and_print);
  ADD ("/map-page/empty", test_empty);
  ADD ("/map-page/read-when-shown", test_read_when_shown);
  ADD ("/map-page/list-rows-when-shown", test_list_rows_when_shown);
#undef ADD

  return g_test_run ();
}
