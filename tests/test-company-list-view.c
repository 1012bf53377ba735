/* test-company-list-view.c — the Entreprises table: loading, filters, counts */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "psl-company-list-view.h"
#include "psl-csv.h"
#include "psl-format.h"
#include "psl-table-view.h"
#include "psl-test.h"
#include "psl-test-gui.h"

static gboolean
loaded (gpointer data)
{
  return !psl_company_list_view_is_loading (data);
}

static void
test_list (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-list");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autofree char *today = psl_today_iso ();
  g_autofree char *sql = NULL;
  PslCompanyListView *view = psl_company_list_view_new ();
  GtkWidget *window = gtk_window_new ();
  gint64 deadline;

  /* Six firms: two in Saint-Céré, one dormant, one with an overdue
   * reminder, one with no contact for 200 days, one never contacted. */
  sql = g_strdup_printf (
    "INSERT INTO company (id, legal_name, commune, sector, status) VALUES"
    " ('a', 'Boulangerie Delmas', 'Figeac', 'hotellerie_restauration', 'active'),"
    " ('b', 'Garage du Causse', 'Saint-Céré', 'tertiaire', 'active'),"
    " ('c', 'Hôtel des Tilleuls', 'Saint-Céré', 'hotellerie_restauration', 'dormant'),"
    " ('d', 'Transports Roques', 'Figeac', 'transport_logistique', 'active'),"
    " ('e', 'Menuiserie Lalbertie', 'Leyme', 'industrie', 'active'),"
    " ('f', 'GAEC Marty', 'Cajarc', 'espaces_verts', 'active');"
    "INSERT INTO interaction (id, company_id, kind, occurred_at, next_due) VALUES"
    " ('i1', 'a', 'appel', date('%1$s', '-3 days'), NULL),"
    " ('i2', 'b', 'appel', date('%1$s', '-10 days'), NULL),"
    " ('i3', 'c', 'appel', date('%1$s', '-20 days'), NULL),"
    " ('i4', 'd', 'visite', date('%1$s', '-30 days'), date('%1$s', '-2 days')),"
    " ('i5', 'e', 'appel', date('%1$s', '-200 days'), NULL);", today);
  psl_test_exec (store, sql);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  psl_company_list_view_set_store (view, store);
  /* A table is read when shown. */
  g_assert_true (loaded (view) == FALSE);
  gtk_window_present (GTK_WINDOW (window));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!loaded (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (loaded (view));

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
    g_autofree char *csv = g_build_filename (dir, "entreprises.csv", NULL);
    g_autofree char *xlsx = g_build_filename (dir, "entreprises.xlsx", NULL);
    g_autofree char *missing = g_build_filename (dir, "no-folder", "entreprises.csv", NULL);
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

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

/* The names of the firms shown, in the table's order, as exported. */
static char *
names_shown (PslCompanyListView *view,
             const char         *dir)
{
  PslTableView *table = PSL_TABLE_VIEW (psl_test_find_widget (GTK_WIDGET (view), PSL_TYPE_TABLE_VIEW));
  g_autofree char *csv = g_build_filename (dir, "shown.csv", NULL);
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
wait_loaded (PslCompanyListView *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!loaded (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (loaded (view));
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

/* Names sort case and accents aside, a header chosen sorts by its column
 * (an empty value last), and the order chosen holds through the filter
 * and the next reading. */
static void
test_sort (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-list-sort");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  PslCompanyListView *view = psl_company_list_view_new ();
  GtkWidget *window = gtk_window_new ();
  char *names;

  psl_test_exec (store,
    "INSERT INTO company (id, legal_name, commune, status) VALUES"
    " ('z', 'Zénith Auto', 'Figeac', 'active'),"
    " ('l', 'Élagage du Lot', 'Cajarc', 'active'),"
    " ('b', 'Boulangerie Delmas', 'Leyme', 'active'),"
    " ('m', 'entreprise Martin', NULL, 'active'),"
    " ('e', 'Essor BTP', 'Biars', 'active');");
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  psl_company_list_view_set_store (view, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_loaded (view);

  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==, "Boulangerie Delmas|Élagage du Lot|entreprise Martin|Essor BTP|Zénith Auto");
  g_free (names);

  sort_by (view, 0, GTK_SORT_DESCENDING);
  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==, "Zénith Auto|Essor BTP|entreprise Martin|Élagage du Lot|Boulangerie Delmas");
  g_free (names);

  /* By commune: the firm without one last. */
  sort_by (view, 1, GTK_SORT_ASCENDING);
  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==, "Essor BTP|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);

  psl_company_list_view_set_filter_text (view, "e");
  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==, "Essor BTP|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);
  psl_company_list_view_set_filter_text (view, "au");
  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==, "Zénith Auto");
  g_free (names);
  psl_company_list_view_set_filter_text (view, "");

  /* A firm added, the list read again: still by commune. */
  psl_test_exec (store, "INSERT INTO company (id, legal_name, commune, status)"
                        " VALUES ('a', 'Atelier Vidal', 'Bretenoux', 'active');");
  psl_company_list_view_set_store (view, store);
  wait_loaded (view);
  names = names_shown (view, dir);
  g_assert_cmpstr (names, ==,
                   "Essor BTP|Atelier Vidal|Élagage du Lot|Zénith Auto|Boulangerie Delmas|entreprise Martin");
  g_free (names);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_translate ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/company-list/filters", test_list);
  g_test_add_func ("/company-list/sort", test_sort);
  return g_test_run ();
}
