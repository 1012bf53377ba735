/* test-reports-page.c — the Rapports page as a manager uses it: a period typed, the activity report made on
 * the database thread and opened, a report cancelled, its tables exported from the document window, and
 * the page setup kept for the next run */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "activity-fixture.h"
#include "psl-activity.h"
#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-print-setup.h"
#include "psl-reports-page.h"
#include "psl-targets-page.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslDocument *doc;       /* the last report made */
  guint        n_ready;
} Fixture;

static void
on_report_ready_cb (PslReportsPage *page,
                    PslDocument    *doc,
                    Fixture        *f)
{
  g_clear_pointer (&f->doc, psl_document_unref);
  f->doc = psl_document_ref (doc);
  f->n_ready++;
  /* The window is opened by the test itself. */
  g_signal_stop_emission_by_name (page, "report-ready");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (&f->gui, ACTIVITY_FIXTURE);
  f->page = psl_reports_page_new (f->store);
  g_signal_connect (f->page, "report-ready", G_CALLBACK (on_report_ready_cb), f);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_test_gui_teardown (&f->gui, data);
  g_clear_pointer (&f->doc, psl_document_unref);
}

static void
wait_idle (Fixture *f)
{
  PSL_TEST_WAIT (!psl_reports_page_is_busy (f->page));
}

static void
test_path (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *antenna = psl_test_find_row (f->window, "_Antenne");
  g_autofree char *xlsx = g_build_filename (f->dir, "bilan.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  PslDocumentWindow *doc_window;
  GtkWidget *from;

  /* The sites listed by name after the whole structure: Nord, this
   * computer's own ("Siège"), Sud. */
  g_assert_nonnull (antenna);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (antenna))), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (antenna))), 1),
                   ==, "Nord");

  /* A day that does not exist: nothing is made, the row says so. */
  psl_reports_page_set_period (f->page, "2026-01-01", "2026-06-30");
  from = psl_test_find_row (f->window, "Du (JJ/MM/AAAA)");
  g_assert_nonnull (from);
  gtk_editable_set_text (GTK_EDITABLE (from), "31/02/2026");
  /* Typed by hand: the period list says so. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (psl_test_find_row (f->window, "_Période"))), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "reports.open", "s", "activity");
  g_assert_false (psl_reports_page_is_busy (f->page));
  g_assert_true (gtk_widget_has_css_class (from, "error"));
  g_assert_cmpuint (f->n_ready, ==, 0);

  /* The first half of 2026 for Nord, made on the database thread. */
  gtk_editable_set_text (GTK_EDITABLE (from), "01/01/2026");
  adw_combo_row_set_selected (ADW_COMBO_ROW (antenna), 1);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "reports.open", "s", "activity");
  g_assert_true (psl_reports_page_is_busy (f->page));
  g_assert_false (gtk_widget_has_css_class (from, "error"));
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 1);
  g_assert_cmpstr (psl_document_get_title (f->doc), ==, "Bilan d’activité");
  g_assert_cmpstr (psl_document_get_subtitle (f->doc), ==, "01/01/2026 – 30/06/2026");
  /* The antenna chosen is the scope the header names. */
  g_assert_nonnull (strstr (psl_document_get_header (f->doc), "Nord"));

  /* Cancelled at once: no report, the page free again. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "reports.open", "s", "followup");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "reports.cancel", NULL);
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 1);

  /* The follow-up report, then; its tables exported from its window. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "reports.open", "s", "followup");
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 2);
  g_assert_cmpstr (psl_document_get_title (f->doc), ==, "Suivi dans l’emploi");
  doc_window = psl_document_window_new (GTK_WINDOW (f->window), f->doc);
  gtk_window_present (GTK_WINDOW (doc_window));
  PSL_TEST_WAIT (psl_document_window_get_n_pages (doc_window) >= 1);
  g_assert_true (psl_document_window_export (doc_window, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_false (psl_document_window_export (doc_window, "/nonexistent/folder/x.xlsx", &error));
  g_assert_nonnull (error);
  psl_test_close (GTK_WIDGET (doc_window));
}

/* The desktop speaks English; the window follows it, but a report made
 * from the Rapports page and saved as PDF from its window speaks French,
 * headings, chart legends and labels alike. */
static void
test_english_desktop (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "bilan.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("pdftotext %s -", pdf);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PslDocumentWindow *doc_window;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  /* The window itself is in English now. */
  g_assert_cmpstr (_("Tables exported"), ==, "Tables exported");

  psl_reports_page_set_period (f->page, "2026-01-01", "2026-06-30");
  psl_reports_page_open (f->page, "activity");
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 1);
  g_assert_cmpstr (psl_document_get_title (f->doc), ==, "Bilan d’activité");
  doc_window = psl_document_window_new (GTK_WINDOW (f->window), f->doc);
  gtk_window_present (GTK_WINDOW (doc_window));
  PSL_TEST_WAIT (psl_document_window_get_n_pages (doc_window) >= 1);
  g_assert_true (psl_document_window_save_pdf (doc_window, pdf, &error));
  g_assert_no_error (error);
  psl_test_close (GTK_WIDGET (doc_window));
  /* Still English around the document. */
  g_assert_cmpstr (_("Tables exported"), ==, "Tables exported");

  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, "Bilan d’activité"));
  g_assert_nonnull (strstr (text, "Personnes accompagnées"));
  g_assert_nonnull (strstr (text, "Échanges avec les entreprises et les partenaires"));
  g_assert_nonnull (strstr (text, "Mises en situation et contrats commencés"));
  g_assert_null (strstr (text, "People Followed"));
  g_assert_null (strstr (text, "Interactions with"));
  g_assert_null (strstr (text, "Placements Started"));
  g_assert_null (strstr (text, "Followed"));
  g_assert_null (strstr (text, "Counsellor"));

  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (_("Tables exported"), ==, "Tableaux exportés");
}

/* The map and the letters of the campaign, from the same page. */
static void
test_map_and_campaign (Fixture       *f,
                       gconstpointer  data)
{
  psl_reports_page_set_period (f->page, FROM, TO);
  psl_reports_page_open (f->page, "map");
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 1);
  g_assert_cmpstr (psl_document_get_title (f->doc), ==, "Carte des partenariats");

  psl_reports_page_open (f->page, "campaign");
  wait_idle (f);
  g_assert_cmpuint (f->n_ready, ==, 2);
  g_assert_cmpstr (psl_document_get_title (f->doc), ==, "Campagne « nouveau pacte »");
  /* A cover and, for each of the four active firms, a letter and a survey. */
  {
    g_autofree char *pdf = g_build_filename (f->dir, "campagne.pdf", NULL);

    g_assert_true (psl_document_write_pdf (f->doc, pdf, NULL));
    g_assert_cmpuint (psl_document_get_n_pages (f->doc), >=, 9);
  }
}

static void
test_page_setup_kept (void)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a5 = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GVariant) stored = NULL;
  g_autoptr(GtkPageSetup) read_back = NULL;

  /* A4 portrait until something else is chosen. */
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (psl_print_setup_get_page ())), ==,
                   GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, a5);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  psl_print_setup_set_page (setup);
  /* What the next run reads: */
  stored = g_settings_get_value (settings, "page-setup");
  read_back = gtk_page_setup_new_from_gvariant (stored);
  g_assert_nonnull (read_back);
  g_assert_cmpint (gtk_page_setup_get_orientation (read_back), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (read_back)), ==, GTK_PAPER_NAME_A5);
}

/* The spin button of the row titled so. */
static GtkSpinButton *
find_spin (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = psl_test_find_row (root, title);

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (psl_test_find_widget (row, GTK_TYPE_SPIN_BUTTON));
}

static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *window = psl_test_present (GTK_WIDGET (psl_targets_page_new (f->store)));
  GtkSpinButton *people = find_spin (window, "Nouvelles personnes");
  GtkSpinButton *rate = find_spin (window, "Sorties en emploi durable (%)");
  GtkWidget *antenna = psl_test_find_row (window, "Antenne");
  g_autofree char *today = psl_today_iso ();
  int year = atoi (today);

  /* Typed: saved for this year and the whole structure; 0 removes. */
  g_assert_cmpfloat (gtk_spin_button_get_value (people), ==, 0);
  gtk_spin_button_set_value (people, 12);
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_PEOPLE_NEW, year, NULL, NULL), ==, 12);
  gtk_spin_button_set_value (rate, 45);
  gtk_spin_button_set_value (rate, 0);
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_DURABLE_RATE, year, NULL, NULL), ==, -1);
  /* A share cannot go past 100. */
  gtk_spin_button_set_value (rate, 250);
  g_assert_cmpfloat (gtk_spin_button_get_value (rate), ==, 100);

  /* Nord has its own targets: none yet, then its own. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (antenna), 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (people), ==, 0);
  gtk_spin_button_set_value (people, 5);
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_PEOPLE_NEW, year, "n", NULL), ==, 5);
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_PEOPLE_NEW, year, NULL, NULL), ==, 12);
  adw_combo_row_set_selected (ADW_COMBO_ROW (antenna), 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (people), ==, 12);
  psl_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/reports-page/path", Fixture, NULL, fixture_setup, test_path, fixture_teardown);
  g_test_add ("/reports-page/targets", Fixture, NULL, fixture_setup, test_targets, fixture_teardown);
  g_test_add ("/reports-page/map-and-campaign", Fixture, NULL, fixture_setup, test_map_and_campaign, fixture_teardown);
  g_test_add ("/reports-page/english-desktop", Fixture, NULL, fixture_setup, test_english_desktop, fixture_teardown);
  g_test_add_func ("/reports-page/page-setup-kept", test_page_setup_kept);
  return g_test_run ();
}
