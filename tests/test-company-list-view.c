/* test-company-list-view.c — the Entreprises table: loading, filters, counts */

#include "config.h"

#include "psl-company-list-view.h"
#include "psl-csv.h"
#include "psl-table-view.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef PslTestGuiFixture Fixture;

/* The view on the firms of data's SQL, read once shown. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, data);
  f->page = psl_company_list_view_new ();
  psl_company_list_view_set_store (f->page, f->store);
  /* A table is read when shown. */
  g_assert_true (psl_company_list_view_is_loading (f->page));
  f->window = psl_test_present (f->page);
  PSL_TEST_WAIT (!psl_company_list_view_is_loading (f->page));
}

/* Six firms: two in Saint-Céré, one dormant, one with an overdue
 * reminder, one with no contact for 200 days, one never contacted. */
#define SIX_FIRMS \
  "INSERT INTO company (id, legal_name, commune, sector, status) VALUES" \
  " ('a', 'Boulangerie Delmas', 'Figeac', 'hotellerie_restauration', 'active')," \
  " ('b', 'Garage du Causse', 'Saint-Céré', 'tertiaire', 'active')," \
  " ('c', 'Hôtel des Tilleuls', 'Saint-Céré', 'hotellerie_restauration', 'dormant')," \
  " ('d', 'Transports Roques', 'Figeac', 'transport_logistique', 'active')," \
  " ('e', 'Menuiserie Lalbertie', 'Leyme', 'industrie', 'active')," \
  " ('f', 'GAEC Marty', 'Cajarc', 'espaces_verts', 'active');" \
  "INSERT INTO interaction (id, company_id, kind, occurred_at, next_due) VALUES" \
  " ('i1', 'a', 'appel', date('now', 'localtime', '-3 days'), NULL)," \
  " ('i2', 'b', 'appel', date('now', 'localtime', '-10 days'), NULL)," \
  " ('i3', 'c', 'appel', date('now', 'localtime', '-20 days'), NULL)," \
  " ('i4', 'd', 'visite', date('now', 'localtime', '-30 days'), date('now', 'localtime', '-2 days'))," \
  " ('i5', 'e', 'appel', date('now', 'localtime', '-200 days'), NULL);"

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  PslCompanyListView *view = f->page;

  g_assert_cmpuint (psl_company_list_view_get_n_total (view), ==, 6);
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 6);

  /* Typed without the accent, found with it. */
  psl_company_list_view_set_filter_text (view, "saint cere");
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 2);
  psl_company_list_view_set_filter_text (view, "hotel saint");
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 1);

  /* Exported as shown: the two of Saint-Céré, in the table's order. */
  psl_company_list_view_set_filter_text (view, "saint cere");
  {
    PslTableView *table = PSL_TABLE_VIEW (psl_test_find_widget (GTK_WIDGET (view), PSL_TYPE_TABLE_VIEW));
    g_autofree char *csv = g_build_filename (f->dir, "entreprises.csv", NULL);
    g_autofree char *xlsx = g_build_filename (f->dir, "entreprises.xlsx", NULL);
    g_autofree char *missing = g_build_filename (f->dir, "no-folder", "entreprises.csv", NULL);
    g_autoptr(PslCsvTable) read = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (psl_table_view_export (table, csv, &error));
    g_assert_no_error (error);
    read = psl_csv_read_file (csv, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (read->rows->len, ==, 3);
    g_assert_cmpstr (((char **) g_ptr_array_index (read->rows, 0))[0], ==, "Nom");
    g_assert_cmpstr (((char **) g_ptr_array_index (read->rows, 1))[0], ==, "Garage du Causse");
    g_assert_cmpstr (((char **) g_ptr_array_index (read->rows, 2))[0], ==, "Hôtel des Tilleuls");

    g_assert_true (psl_table_view_export (table, xlsx, &error));
    g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
    g_assert_true (length > 4 && contents[0] == 'P' && contents[1] == 'K');

    g_assert_false (psl_table_view_export (table, missing, &error));
    g_assert_nonnull (error);
  }
  psl_company_list_view_set_filter_text (view, "");

  psl_company_list_view_set_sector (view, "hotellerie_restauration");
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 2);
  psl_company_list_view_set_sector (view, NULL);

  /* To relaunch: c (dormant), d (reminder overdue), e (200 days), f (never). */
  psl_company_list_view_set_to_relaunch (view, TRUE);
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 4);
  psl_company_list_view_set_to_relaunch (view, FALSE);
  g_assert_cmpuint (psl_company_list_view_get_n_shown (view), ==, 6);
}

/* The names of the firms shown, in the table's order, as exported. */
static char *
names_shown (Fixture *f)
{
  PslTableView *table = PSL_TABLE_VIEW (psl_test_find_widget (f->page, PSL_TYPE_TABLE_VIEW));
  g_autofree char *csv = g_build_filename (f->dir, "shown.csv", NULL);
  g_autoptr(PslCsvTable) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_true (psl_table_view_export (table, csv, &error));
  g_assert_no_error (error);
  read = psl_csv_read_file (csv, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < read->rows->len; i++)
    g_string_append_printf (names, "%s%s", i > 1 ? "|" : "", ((char **) g_ptr_array_index (read->rows, i))[0]);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
sort_by (PslCompanyListView *view,
         guint               column,
         GtkSortType         order)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (psl_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) chosen = g_list_model_get_item (gtk_column_view_get_columns (columns), column);

  gtk_column_view_sort_by_column (columns, chosen, order);
}

#define FIVE_FIRMS \
  "INSERT INTO company (id, legal_name, commune, status) VALUES" \
  " ('z', 'Zénith Auto', 'Figeac', 'active')," \
  " ('l', 'Élagage du Lot', 'Cajarc', 'active')," \
  " ('b', 'Boulangerie Delmas', 'Leyme', 'active')," \
  " ('m', 'entreprise Martin', NULL, 'active')," \
  " ('e', 'Essor BTP', 'Biars', 'active');"

/* Names sort case and accents aside, a header chosen sorts by its column
 * (an empty value last), and the order chosen holds through the filter
 * and the next reading. */
static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  PslCompanyListView *view = f->page;
  char *names;

  names = names_shown (f);
  g_assert_cmpstr (names, ==, "Boulangerie Delmas|Élagage du Lot|entreprise Martin|Essor BTP|Zénith Auto");
  g_free (names);

  sort_by (view, 0, GTK_SORT_DESCENDING);
  names = names_shown (f);
  g_assert_cmpstr (names, ==, "Zénith Auto|Essor BTP|entreprise Martin|Élagage du Lot|Boulangerie Delmas");
  g_free (names);

  /* By commune: the firm without one last. */
  sort_by (view, 1, GTK_SORT_ASCENDING);
  names = names_shown (f);
  g_assert_cmpstr (names, ==, "Essor BTP|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);

  psl_company_list_view_set_filter_text (view, "e");
  names = names_shown (f);
  g_assert_cmpstr (names, ==, "Essor BTP|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);
  psl_company_list_view_set_filter_text (view, "au");
  names = names_shown (f);
  g_assert_cmpstr (names, ==, "Zénith Auto");
  g_free (names);
  psl_company_list_view_set_filter_text (view, "");

  /* A firm added, the list read again: still by commune. */
  psl_test_exec (f->store, "INSERT INTO company (id, legal_name, commune, status)"
                           " VALUES ('a', 'Atelier Vidal', 'Bretenoux', 'active');");
  psl_company_list_view_set_store (view, f->store);
  PSL_TEST_WAIT (!psl_company_list_view_is_loading (view));
  names = names_shown (f);
  g_assert_cmpstr (names, ==,
                   "Essor BTP|Atelier Vidal|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);
}

static guint
rows_told (GtkWidget *view)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (psl_test_find_widget (view, GTK_TYPE_COLUMN_VIEW));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (columns)));
}

/* Hidden at rest (read, at the top, its first row selected by itself), a
 * table lets go of its rows' widgets and has its rows back once shown;
 * hidden with another row selected, it keeps them as they were. */
static void
test_hidden_at_rest (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->page);
  GtkColumnView *columns = GTK_COLUMN_VIEW (psl_test_find_widget (view, GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (columns));

  g_assert_cmpuint (rows_told (view), ==, 6);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  gtk_widget_set_visible (view, FALSE);
  PSL_TEST_WAIT (rows_told (view) == 0);
  g_assert_cmpuint (psl_company_list_view_get_n_shown (f->page), ==, 6);
  gtk_widget_set_visible (view, TRUE);
  PSL_TEST_WAIT (!psl_company_list_view_is_loading (f->page));
  g_assert_cmpuint (rows_told (view), ==, 6);

  gtk_single_selection_set_selected (selection, 3);
  gtk_widget_set_visible (view, FALSE);
  psl_test_drain ();
  g_assert_cmpuint (rows_told (view), ==, 6);
  gtk_widget_set_visible (view, TRUE);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/company-list/filters", Fixture, SIX_FIRMS, fixture_setup, test_list, psl_test_gui_teardown);
  g_test_add ("/company-list/sort", Fixture, FIVE_FIRMS, fixture_setup, test_sort, psl_test_gui_teardown);
  g_test_add ("/company-list/hidden-at-rest", Fixture, SIX_FIRMS, fixture_setup, test_hidden_at_rest,
              psl_test_gui_teardown);
  return g_test_run ();
}
