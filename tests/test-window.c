/* test-window.c — the main window on a demo database, driven through its actions */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-application.h"
#include "psl-company-page.h"
#include "psl-dashboard.h"
#include "psl-dashboard-page.h"
#include "psl-demo.h"
#include "psl-format.h"
#include "psl-network-page.h"
#include "psl-person-page.h"
#include "psl-placements-page.h"
#include "psl-table-view.h"
#include "psl-record.h"
#include "psl-preferences-window.h"
#include "psl-window.h"
#include "psl-navigation.h"
#include "psl-test.h"
#include "psl-test-gui.h"
#include "psl-store-private.h"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslApplication *app;
} Fixture;

/* One application for the whole program: an id is exported on the bus once. */
static PslApplication *the_app;

static const char *page_names[] = {
  "home", "companies", "people", "placements", "followup", "map", "schedule", "reports",
};

static void
spin_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  PslDemoSize size = { .staff = 4, .partners = 6, .companies = 40, .contacts = 80,
                       .people = 50, .interactions = 400, .opportunities = 40,
                       .placements = 60, .seed = 11 };
  g_autofree char *today = psl_today_iso ();

  psl_test_fixture_open (&f->base, "demo.db", NULL);
  g_assert_true (psl_demo_generate (f->store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);

  f->app = g_object_ref (the_app);
  f->window = psl_window_new (f->app, f->path, f->store, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  user_data)
{
  psl_test_gui_teardown (&f->gui, user_data);
  g_clear_object (&f->app);
}

static PslDashboardFigures
expected_figures (PslStore *store)
{
  PslDashboardFigures figures = { 0 };
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GError) error = NULL;

  g_assert_true (psl_dashboard_load_figures (store, today, &figures, &error));
  g_assert_no_error (error);
  return figures;
}

static void
test_window_pages (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *title = NULL;

  g_object_get (f->window, "title", &title, NULL);
  g_assert_nonnull (strstr (title, "demo.db"));

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page",
                                                 "s", page_names[i]));
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpstr (psl_window_get_page (f->window), ==, page_names[i]);
    }

  /* An unknown page changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "nowhere");
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "reports");
}

static gboolean
figures_ready (gpointer data)
{
  Fixture *f = data;

  return psl_window_get_dashboard_figures (f->window) != NULL;
}

static gint64 waiting_expected;

static gboolean
figures_read_again (gpointer data)
{
  Fixture *f = data;
  const PslDashboardFigures *shown = psl_window_get_dashboard_figures (f->window);

  return shown != NULL && shown->placements_waiting == waiting_expected;
}

static gboolean
placements_ready (gpointer page)
{
  return !psl_placements_page_is_loading (page);
}

static void
test_window_dashboard (Fixture       *f,
                       gconstpointer  user_data)
{
  PslDashboardFigures expected;
  const PslDashboardFigures *shown;

  /* Two introductions the firm has not answered for six weeks. */
  spin_until (figures_ready, f);
  psl_test_exec (f->store, "UPDATE placement SET stage = 'proposed', kind = NULL, start_date = NULL,"
                           " planned_end = NULL, end_date = NULL,"
                           " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-42 days')"
                           " WHERE id IN (SELECT id FROM placement ORDER BY id LIMIT 2);");
  expected = expected_figures (f->store);
  waiting_expected = expected.placements_waiting;
  psl_window_reload (f->window);
  spin_until (figures_read_again, f);
  shown = psl_window_get_dashboard_figures (f->window);

  /* The demo has firms and people; the window shows the store's figures. */
  g_assert_cmpint (expected.companies_active, >, 0);
  g_assert_cmpint (expected.people_followed, >, 0);
  g_assert_cmpint (shown->companies_active, ==, expected.companies_active);
  g_assert_cmpint (shown->people_followed, ==, expected.people_followed);
  g_assert_cmpint (shown->followups_overdue, ==, expected.followups_overdue);
  g_assert_cmpint (shown->reminders_due, ==, expected.reminders_due);
  g_assert_cmpint (shown->placements_waiting, ==, expected.placements_waiting);
  g_assert_cmpint (expected.placements_waiting, >=, 2);

  /* The card of the introductions with no answer opens Mises en relation
   * on them: as many there as the card said. */
  {
    GtkWidget *cards = psl_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_FLOW_BOX);
    GtkWidget *waiting = NULL;
    PslPlacementsPage *page;

    for (GtkWidget *child = gtk_widget_get_first_child (cards); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "page"), "placements-waiting") == 0)
        waiting = child;
    g_assert_nonnull (waiting);
    /* Each caption agrees with its figure (French: one alert or none, singular). */
    for (GtkWidget *child = gtk_widget_get_first_child (cards); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "page"), "followup") == 0)
        g_assert_nonnull (psl_test_find_label (child, shown->alerts_open > 1 ? "alertes ouvertes" : "alerte ouverte"));
    /* Words typed there before do not hide any. */
    page = PSL_PLACEMENTS_PAGE (psl_window_get_page_widget (f->window, "placements"));
    psl_table_view_set_text (PSL_TABLE_VIEW (psl_test_find_widget (GTK_WIDGET (page), PSL_TYPE_TABLE_VIEW)),
                             "introuvable");
    g_signal_emit_by_name (cards, "child-activated", waiting);
    g_assert_cmpstr (psl_window_get_page (f->window), ==, "placements");
    spin_until (placements_ready, page);
    g_assert_cmpuint (psl_placements_page_get_n_waiting (page), ==, expected.placements_waiting);
    g_assert_cmpuint (psl_placements_page_get_n_shown (page), ==, expected.placements_waiting);
  }
}

/* The home page's figures are read after the window's first frame,
 * never before it: a window made reads nothing, a window shown starts its
 * read only once painted, and the figures come after. */
/* Run after the page's own map, which starts a read if it reads at once. */
static void
on_map_read_started (GtkWidget *home,
                     gboolean  *reading_at_map)
{
  *reading_at_map = psl_page_is_loading (PSL_PAGE (home))
                    || psl_dashboard_page_get_figures (PSL_DASHBOARD_PAGE (home)) != NULL;
}

static void
on_painted_read_started (GdkFrameClock *clock,
                         gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
second_figures_ready (gpointer data)
{
  return psl_window_get_dashboard_figures (data) != NULL;
}

static void
test_window_figures_after_frame (Fixture       *f,
                                 gconstpointer  user_data)
{
  PslWindow *window = psl_window_new (f->app, f->path, f->store, NULL);
  PslPage *home = PSL_PAGE (psl_window_get_page_widget (window, "home"));
  gboolean reading_at_map = TRUE;
  gboolean painted = FALSE;

  g_assert_false (psl_page_is_loading (home));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (psl_page_is_loading (home));
  g_assert_null (psl_window_get_dashboard_figures (window));

  g_signal_connect (home, "map", G_CALLBACK (on_map_read_started), &reading_at_map);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_painted_read_started), &painted);
  spin_until (second_figures_ready, window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (home)));
  g_assert_false (reading_at_map);
  g_assert_true (painted);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        on_painted_read_started, &painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
search_done (gpointer data)
{
  Fixture *f = data;
  return !psl_window_is_searching (f->window);
}

static void
test_window_search (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *prefix = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "people"));

  stmt = psl_store_prepare (f->store, "SELECT last_name FROM person ORDER BY id LIMIT 1", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  prefix = g_utf8_substring (name, 0, 4);

  psl_window_search (f->window, prefix);
  spin_until (search_done, f);
  g_assert_cmpuint (psl_window_get_n_search_results (f->window), >, 0);
  /* The page under the search is remembered. */
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "people");

  psl_window_search (f->window, "zzqqxx");
  spin_until (search_done, f);
  g_assert_cmpuint (psl_window_get_n_search_results (f->window), ==, 0);

  /* Clearing the entry goes back to the page. */
  psl_window_search (f->window, "");
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "people");
}

static void
count_call (guint *calls)
{
  (*calls)++;
}

static void
test_window_open_company (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (f->store, "SELECT id FROM company LIMIT 1", NULL);

  g_autofree char *person = psl_test_query_text (f->store, "SELECT id FROM person LIMIT 1");
  GtkWidget *firms, *people;
  guint lists_shown = 0;

  /* The lists a firm's and a person's sheets stand in front of. */
  psl_window_show_page (f->window, "home");
  PSL_TEST_WAIT (gtk_widget_get_mapped (psl_window_get_page_widget (f->window, "home")));
  firms = psl_test_find_widget (psl_window_get_page_widget (f->window, "companies"), PSL_TYPE_TABLE_VIEW);
  people = psl_test_find_widget (psl_window_get_page_widget (f->window, "people"), PSL_TYPE_TABLE_VIEW);
  g_signal_connect_swapped (firms, "map", G_CALLBACK (count_call), &lists_shown);
  g_signal_connect_swapped (people, "map", G_CALLBACK (count_call), &lists_shown);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_true (psl_window_open_company (f->window, (const char *) sqlite3_column_text (stmt, 0)));
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "company");
  g_assert_true (psl_window_open_person (f->window, person));
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "people");
  psl_test_wait_frame (f->window);
  g_assert_true (gtk_widget_get_mapped (psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_PERSON_PAGE)));
  /* Neither list was put on screen on the way, to make its rows' widgets
   * and drop them at once. */
  g_assert_cmpuint (lists_shown, ==, 0);
  g_assert_false (psl_window_open_company (f->window, "no-such-firm"));
}

/* A page reaches a firm, a person or a partner through the window's
 * actions, without knowing the window. */
static void
test_window_navigation_actions (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(sqlite3_stmt) company = psl_store_prepare (f->store, "SELECT id FROM company LIMIT 1", NULL);
  g_autoptr(sqlite3_stmt) person = psl_store_prepare (f->store, "SELECT id FROM person WHERE deleted_at IS NULL LIMIT 1", NULL);
  GtkWidget *page;

  g_assert_cmpint (sqlite3_step (company), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_step (person), ==, SQLITE_ROW);
  /* Any widget inside the window will do, as a page deep in it. */
  page = gtk_window_get_child (GTK_WINDOW (f->window));
  g_assert_nonnull (page);

  g_assert_true (psl_navigate (page, PSL_TARGET_COMPANY, (const char *) sqlite3_column_text (company, 0)));
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "company");
  g_assert_true (psl_navigate (page, PSL_TARGET_PERSON, (const char *) sqlite3_column_text (person, 0)));
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "people");
  g_assert_true (psl_navigate (page, PSL_TARGET_PARTNER, "any-partner"));
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "companies");
}

static gboolean
saved (gpointer data)
{
  return psl_store_count (data, "SELECT count(*) FROM company WHERE identifier = '73282932000074'", NULL) == 1;
}

static void
test_window_edit_company (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (f->store, "SELECT id, identifier FROM company LIMIT 1", NULL);
  g_autofree char *id = NULL, *before = NULL;
  GtkWidget *row;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  before = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  g_assert_true (psl_window_open_company (f->window, id));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* A wrong check digit is refused on the row; the old SIRET stays. */
  row = psl_test_find_row (GTK_WIDGET (f->window), _("SIRET or BCE number"));
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "73282932000075");
  {
    gint64 until = g_get_monotonic_time () + 700 * 1000;
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpint (psl_store_count (f->store, "SELECT count(*) FROM company WHERE identifier = '73282932000075'", NULL), ==, 0);

  /* A good one is saved after the pause in typing. */
  gtk_editable_set_text (GTK_EDITABLE (row), "732 829 320 00074");
  spin_until (saved, f->store);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
}

static void
test_window_delete_and_undo (Fixture       *f,
                             gconstpointer  user_data)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (f->store, "SELECT id FROM company LIMIT 1", NULL);
  g_autofree char *id = NULL, *sql = NULL;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sql = g_strdup_printf ("SELECT count(*) FROM company WHERE id = '%s' AND deleted_at IS NULL", id);
  g_assert_true (psl_window_open_company (f->window, id));

  /* Deleting from the firm's page only marks the firm and goes back to
   * the table; the toast's action brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-record", "(ss)", "company", id);
  g_assert_cmpint (psl_store_count (f->store, sql, NULL), ==, 1);
  g_assert_true (gtk_widget_activate_action (psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_COMPANY_PAGE),
                                             "company-page.delete-company", NULL));
  g_assert_cmpint (psl_store_count (f->store, sql, NULL), ==, 0);
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "companies");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-record", "(ss)", "company", id));
  /* Only firms and contacts can be brought back this way. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore-record", "(ss)", "person", id);
  g_assert_cmpint (psl_store_count (f->store, sql, NULL), ==, 1);
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "company");
}

static void
test_window_new_company (Fixture       *f,
                         gconstpointer  user_data)
{
  AdwMessageDialog *dialog;
  GtkWidget *name_row;
  gint64 before = psl_store_count (f->store, "SELECT count(*) FROM company", NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-company", NULL));
  dialog = ADW_MESSAGE_DIALOG (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);

  /* An empty name is refused: the dialog comes back with the reason. */
  adw_message_dialog_response (dialog, "accept");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = ADW_MESSAGE_DIALOG (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpint (psl_store_count (f->store, "SELECT count(*) FROM company", NULL), ==, before);

  name_row = psl_test_find_row (GTK_WIDGET (dialog), _("Legal name"));
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Coopérative laitière du Ségala");
  adw_message_dialog_response (dialog, "accept");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (psl_store_count (f->store, "SELECT count(*) FROM company", NULL), ==, before + 1);
  g_assert_cmpstr (psl_window_get_page (f->window), ==, "company");
}

static void
test_window_french (Fixture       *f,
                    gconstpointer  user_data)
{
  if (g_strcmp0 (_("Companies"), "Companies") == 0)
    {
      g_test_skip ("French translation not loaded");
      return;
    }

  g_assert_cmpstr (_("Companies"), ==, "Entreprises");
  g_assert_cmpstr (_("Schedule"), ==, "Échéancier");
  g_assert_cmpstr (_("Partnership Map"), ==, "Carte des partenariats");
}

static void
test_window_open_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passerelle-refused-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  PslApplication *app = the_app;
  g_autofree char *after = NULL;
  GtkWindow *window;

  g_assert_true (g_file_set_contents (path, "Liste des entreprises\n", -1, NULL));

  window = psl_application_open_database (app, path);
  g_assert_true (PSL_IS_WINDOW (window));
  g_assert_null (psl_window_get_store (PSL_WINDOW (window)));
  g_assert_nonnull (psl_window_get_error_message (PSL_WINDOW (window)));
  g_assert_nonnull (strstr (psl_window_get_error_message (PSL_WINDOW (window)), "notes.db"));

  /* The refused file is untouched. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "Liste des entreprises\n");

  gtk_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_preferences (Fixture       *f,
                         gconstpointer  user_data)
{
  GtkWindow *prefs = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  psl_window_show_preferences (f->window);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (PSL_IS_PREFERENCES_WINDOW (item))
        prefs = GTK_WINDOW (item);
    }
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (prefs) == GTK_WINDOW (f->window));
  gtk_window_destroy (prefs);
}

/* The shortcuts window is made when asked for (its menu item, Ctrl+?),
 * not with the window. */
static void
test_window_shortcuts (Fixture       *f,
                       gconstpointer  user_data)
{
  g_auto(GStrv) actions = NULL;
  GtkWindow *shortcuts;

  g_assert_null (psl_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)));
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (the_app), "<Control>question");
  g_assert_nonnull (actions);
  g_assert_cmpstr (actions[0], ==, "win.show-help-overlay");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  shortcuts = psl_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (f->window));
  gtk_window_destroy (shortcuts);
}

static void
test_window_remembers_page (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "schedule");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  gtk_window_close (GTK_WINDOW (f->window));
  f->window = NULL;

  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "schedule");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
}

/* At its default size, the sidebar and the page stand side by side on
 * every section: a page that cannot shrink would fold the window to the
 * sidebar alone. */
static gboolean
window_at_default_width (gpointer data)
{
  Fixture *f = data;

  int width = 0, height = 0;

  /* The size asked for holds the frame's few pixels too. */
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  return gtk_widget_get_mapped (GTK_WIDGET (f->window)) && width == 1100
         && gtk_widget_get_width (GTK_WIDGET (f->window)) > 1050;
}

static void
test_window_not_folded (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *leaflet;
  GtkStack *stack;
  int widest = 0;

  /* A first start: the size the schema gives. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  f->window = psl_window_new (f->app, f->path, f->store, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  PSL_TEST_WAIT (window_at_default_width (f));

  leaflet = psl_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_LEAFLET);
  g_assert_nonnull (leaflet);
  stack = GTK_STACK (gtk_widget_get_parent (psl_window_get_page_widget (f->window, "home")));
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GtkWidget *page = psl_window_get_page_widget (f->window, page_names[i]);
      int minimum = 0;

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", page_names[i]);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d pixels at least", page_names[i], minimum);
      widest = MAX (widest, minimum);
    }
  /* A firm's and a person's pages, which the window makes on demand. */
  {
    g_autofree char *company = psl_test_query_text (f->store, "SELECT id FROM company LIMIT 1");
    g_autofree char *person = psl_test_query_text (f->store, "SELECT id FROM person LIMIT 1");
    int minimum = 0;

    g_assert_true (psl_window_open_company (f->window, company));
    gtk_widget_measure (psl_test_find_widget (GTK_WIDGET (stack), PSL_TYPE_COMPANY_PAGE),
                        GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("a firm: %d pixels at least", minimum);
    widest = MAX (widest, minimum);
    g_assert_true (psl_window_open_person (f->window, person));
    gtk_widget_measure (psl_test_find_widget (GTK_WIDGET (stack), PSL_TYPE_PERSON_PAGE),
                        GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("a person: %d pixels at least", minimum);
    widest = MAX (widest, minimum);
    widest = MAX (widest, minimum);
  }
  /* Every page fits beside the sidebar (240 pixels and its line) in a
   * window of 800 pixels, a small laptop's half screen. */
  g_assert_cmpint (widest, <=, 800 - 241);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "home");
  PSL_TEST_WAIT (!adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (psl_test_find_widget (leaflet, PSL_TYPE_DASHBOARD_PAGE))));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 1100);

  /* Narrowed to 800 pixels, the firms' list still stands beside the
   * sidebar. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "companies");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  PSL_TEST_WAIT (gtk_widget_get_width (GTK_WIDGET (f->window)) <= 800);
  /* While the pages cross-fade, the stack asks for the width of both: the
   * leaflet may fold for the fade's moment, and unfolds once it ends. */
  PSL_TEST_WAIT (!adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_true (gtk_widget_get_mapped (psl_test_find_widget (leaflet, PSL_TYPE_NETWORK_PAGE)));

  /* At a phone's width the sidebar and the page take turns. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  PSL_TEST_WAIT (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
}

/* The program draws with Cairo and keeps GDK from loading a GL driver,
 * unless GSK_RENDERER chooses: then GDK is left as it would be.  Only the
 * environment is read here, as GDK reads it when it opens a display. */
static void
test_window_renderer (void)
{
  g_autofree char *renderer = g_strdup (g_getenv ("GSK_RENDERER"));
  g_autofree char *debug = g_strdup (g_getenv ("GDK_DEBUG"));

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  psl_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");

  /* Another debug setting of the user's is kept, GL with it. */
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("GDK_DEBUG", "events", TRUE);
  psl_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events");

  g_setenv ("GSK_RENDERER", "ngl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  psl_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "ngl");
  g_assert_null (g_getenv ("GDK_DEBUG"));

  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
  if (debug != NULL)
    g_setenv ("GDK_DEBUG", debug, TRUE);
  else
    g_unsetenv ("GDK_DEBUG");
}

int
main (int   argc,
      char *argv[])
{
  the_app = PSL_APPLICATION (psl_test_gui_init (&argc, &argv));

  g_test_add ("/window/pages", Fixture, NULL, fixture_setup, test_window_pages, fixture_teardown);
  g_test_add ("/window/dashboard", Fixture, NULL, fixture_setup, test_window_dashboard, fixture_teardown);
  g_test_add ("/window/figures-after-frame", Fixture, NULL, fixture_setup, test_window_figures_after_frame,
              fixture_teardown);
  g_test_add ("/window/search", Fixture, NULL, fixture_setup, test_window_search, fixture_teardown);
  g_test_add ("/window/open-company", Fixture, NULL, fixture_setup, test_window_open_company, fixture_teardown);
  g_test_add ("/window/navigation-actions", Fixture, NULL, fixture_setup, test_window_navigation_actions,
              fixture_teardown);
  g_test_add ("/window/edit-company", Fixture, NULL, fixture_setup, test_window_edit_company, fixture_teardown);
  g_test_add ("/window/delete-and-undo", Fixture, NULL, fixture_setup, test_window_delete_and_undo, fixture_teardown);
  g_test_add ("/window/new-company", Fixture, NULL, fixture_setup, test_window_new_company, fixture_teardown);
  g_test_add ("/window/french", Fixture, NULL, fixture_setup, test_window_french, fixture_teardown);
  g_test_add ("/window/preferences", Fixture, NULL, fixture_setup, test_window_preferences, fixture_teardown);
  g_test_add ("/window/shortcuts", Fixture, NULL, fixture_setup, test_window_shortcuts, fixture_teardown);
  g_test_add ("/window/remembers-page", Fixture, NULL, fixture_setup, test_window_remembers_page, fixture_teardown);
  g_test_add ("/window/not-folded", Fixture, NULL, fixture_setup, test_window_not_folded, fixture_teardown);
  g_test_add_func ("/window/open-refused", test_window_open_refused);
  g_test_add_func ("/window/renderer", test_window_renderer);

  return g_test_run ();
}
