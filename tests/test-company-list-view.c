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

int
main (int   argc,
      char *argv[])
{
  psl_test_translate ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/company-list/filters", test_list);
  return g_test_run ();
}
