/* test-list-export.c — every list of the window exports the rows it shows, through the one action
 *
 * The window is opened on a demo file with a few records of known values
 * added; each list is shown as a person would, its "list.export" action
 * run with a file's path, and the CSV read back: as many rows as the list
 * shows, in its order, with the values of the records.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-application.h"
#include "psl-company-journal.h"
#include "psl-company-opportunities.h"
#include "psl-company-page.h"
#include "psl-company-placements.h"
#include "psl-dashboard-page.h"
#include "psl-demo.h"
#include "psl-followup-page.h"
#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-list-row.h"
#include "psl-match-group.h"
#include "psl-network-page.h"
#include "psl-pathway-tab.h"
#include "psl-person-page.h"
#include "psl-record-list.h"
#include "psl-schedule-page.h"
#include "psl-window.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  char *company_id;   /* the firm with the most contacts */
  char *person_id;    /* the person of the alert added */
} Fixture;

static PslApplication *the_app;

/* Known records: a partner, an event and an open alert of a person. */
#define KNOWN \
  "INSERT INTO partner (id, name, kind, commune) VALUES" \
  " ('0b7e2c1a-1111-4c3b-9e8f-0a1b2c3d4e5f', 'Cap emploi 46', 'cap_emploi', 'Cahors');" \
  "INSERT INTO event (id, title, kind, held_on, place) VALUES" \
  " ('0b7e2c1a-2222-4c3b-9e8f-0a1b2c3d4e5f', 'Job dating des Causses', 'job_dating', date('now', '-3 days'), 'Figeac');"

static void
fixture_setup (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  PslDemoSize size = { .staff = 4, .partners = 6, .companies = 40, .contacts = 120,
                       .people = 80, .interactions = 600, .opportunities = 60,
                       .placements = 100, .seed = 7 };
  g_autofree char *today = psl_today_iso ();
  g_autofree char *alert = NULL;

  psl_test_fixture_open (&f->base, "demo.db", NULL);
  g_assert_true (psl_demo_generate (f->store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);
  psl_test_exec (f->store, KNOWN);
  f->company_id = psl_test_query_text (f->store, "SELECT company_id FROM contact WHERE deleted_at IS NULL"
                                                 " AND company_id IS NOT NULL"
                                                 " GROUP BY company_id ORDER BY count(*) DESC, company_id LIMIT 1");
  f->person_id = psl_test_query_text (f->store, "SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT 1");
  alert = g_strdup_printf ("INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, actions)"
                           " VALUES ('0b7e2c1a-3333-4c3b-9e8f-0a1b2c3d4e5f', '%s', 'tutor', 3, '%s',"
                           " 'Rencontre tripartite vendredi');", f->person_id, today);
  psl_test_exec (f->store, alert);

  f->window = psl_window_new (the_app, f->path, f->store, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  user_data)
{
  psl_test_gui_teardown (&f->gui, user_data);
  g_free (f->company_id);
  g_free (f->person_id);
}

/* The rows of a CSV written as French Excel reads it: a byte order mark,
 * ";" between cells, quotes around them, "" for a quote. */
static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *text = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = NULL;
  GString *cell = g_string_new (NULL);
  gboolean quoted = FALSE;
  const char *p;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  for (p = text + 3; *p != '\0'; p++)
    {
      if (row == NULL)
        row = g_ptr_array_new_with_free_func (g_free);
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (cell, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ';')
        g_ptr_array_add (row, g_string_free (g_string_new_len (cell->str, cell->len), FALSE)),
        g_string_truncate (cell, 0);
      else if (*p == '\n')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          g_ptr_array_add (rows, row);
          row = NULL;
        }
      else if (*p != '\r')
        g_string_append_c (cell, *p);
    }
  if (row != NULL)
    {
      g_ptr_array_add (row, g_strdup (cell->str));
      g_ptr_array_add (rows, row);
    }
  g_string_free (cell, TRUE);
  return rows;
}

/* The rows of a list's records: not its "and N more", dim and with no
 * detail (a contact who left is dim too, but with its detail). */
static gboolean
is_data_row (GtkWidget *row)
{
  const char *subtitle;

  if (PSL_IS_LIST_ROW (row))
    subtitle = psl_list_row_get_subtitle (PSL_LIST_ROW (row));
  else if (ADW_IS_ACTION_ROW (row))
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  else
    return FALSE;
  return !gtk_widget_has_css_class (row, "dim-label") || (subtitle != NULL && *subtitle != '\0');
}

static void
collect_data_rows (GtkWidget *root,
                   GPtrArray *rows)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LIST_BOX_ROW (w))
        {
          if (is_data_row (w) && gtk_widget_get_visible (w))
            g_ptr_array_add (rows, w);
          continue;
        }
      collect_data_rows (w, rows);
    }
}

/* The export button of a list named list. */
static gboolean
is_export_button (GtkWidget     *w,
                  gconstpointer  list)
{
  g_autofree char *name = NULL;

  if (!PSL_IS_EXPORT_BUTTON (w))
    return FALSE;
  g_object_get (w, "list", &name, NULL);
  return g_strcmp0 (name != NULL ? name : "", list) == 0;
}

/* The export button of owner's list named list. */
static GtkWidget *
find_button (GtkWidget  *owner,
             const char *list)
{
  return psl_test_find_where (owner, is_export_button, list);
}

/* Runs the export of owner's list into name.csv and checks it against
 * the rows shown under shown (by default, the group whose header holds
 * the button): as many, in the same order. */
static GPtrArray *
export_and_check (Fixture    *f,
                  GtkWidget  *owner,
                  const char *list,
                  GtkWidget  *shown,
                  const char *name,
                  guint       min_rows)
{
  g_autofree char *csv = g_strdup_printf ("%s/%s.csv", f->dir, name);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *table;
  GPtrArray *first;
  const char *title;
  gboolean found = FALSE;

  GtkWidget *button = find_button (owner, list);

  g_test_message ("%s", name);
  /* The button of every list, in its header. */
  g_assert_nonnull (button);
  if (shown == NULL)
    shown = gtk_widget_get_ancestor (button, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (shown);
  collect_data_rows (shown, rows);
  g_assert_cmpuint (rows->len, >=, min_rows);

  g_assert_true (gtk_widget_activate_action (owner, "list.export", "(ss)", list, csv));
  table = read_csv (csv);
  /* A header, then a row for each row shown. */
  g_assert_cmpuint (table->len, ==, rows->len + 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (table, 0))->len, >=, 3);
  for (guint i = 1; i < table->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (table, i))->len, ==,
                      ((GPtrArray *) g_ptr_array_index (table, 0))->len);
  if (rows->len == 0)
    return table;

  /* In the order shown: the first row's title holds one of its cells. */
  first = g_ptr_array_index (table, 1);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (g_ptr_array_index (rows, 0)));
  for (guint c = 0; c < first->len && !found; c++)
    {
      const char *cell = g_ptr_array_index (first, c);

      found = strlen (cell) > 2 && strstr (title, cell) != NULL;
    }
  if (!found)
    g_test_message ("the first row \"%s\" is not in the first line exported", title);
  g_assert_true (found);
  return table;
}

static gboolean
table_has (GPtrArray  *table,
           const char *a,
           const char *b)
{
  for (guint i = 1; i < table->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (table, i);
      gboolean has_a = FALSE, has_b = b == NULL;

      for (guint c = 0; c < row->len; c++)
        {
          has_a |= g_strcmp0 (g_ptr_array_index (row, c), a) == 0;
          has_b |= g_strcmp0 (g_ptr_array_index (row, c), b) == 0;
        }
      if (has_a && has_b)
        return TRUE;
    }
  return FALSE;
}

/* A list read on the database worker is there once it exports. */
static void
wait_loaded (Fixture    *f,
             GtkWidget  *owner,
             const char *list)
{
  g_autofree char *path = g_build_filename (f->dir, "probe.csv", NULL);

  PSL_TEST_WAIT (psl_list_export_write (owner, list, path, NULL));
}

static gint64
count (Fixture    *f,
       const char *sql_format,
       const char *id)
{
  g_autofree char *sql = g_strdup_printf (sql_format, id);

  return psl_test_count (f->store, sql);
}

static void
test_network_lists (Fixture       *f,
                    gconstpointer  user_data)
{
  PslNetworkPage *network = PSL_NETWORK_PAGE (psl_window_get_page_widget (f->window, "companies"));
  GtkWidget *partners, *events;
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *held = NULL;

  psl_window_show_page (f->window, "companies");
  psl_network_page_show_view (network, "partners");
  partners = GTK_WIDGET (psl_network_page_get_partners (network));
  wait_loaded (f, partners, "");
  table = export_and_check (f, partners, "", NULL, "partners",
                            psl_test_count (f->store, "SELECT count(*) FROM partner WHERE deleted_at IS NULL"));
  g_assert_cmpuint (table->len - 1, ==, psl_test_count (f->store, "SELECT count(*) FROM partner"
                                                                  " WHERE deleted_at IS NULL"));
  g_assert_true (table_has (table, "Cap emploi 46", "Cahors"));
  g_clear_pointer (&table, g_ptr_array_unref);

  psl_network_page_show_view (network, "events");
  events = GTK_WIDGET (psl_network_page_get_events (network));
  wait_loaded (f, events, "");
  table = export_and_check (f, events, "", NULL, "events", 1);
  g_assert_cmpuint (table->len - 1, ==, psl_test_count (f->store, "SELECT count(*) FROM event"
                                                                  " WHERE deleted_at IS NULL"));
  {
    g_autofree char *iso = psl_test_query_text (f->store, "SELECT date('now', '-3 days')");

    held = psl_format_date_short (iso);
  }
  g_assert_true (table_has (table, "Job dating des Causses", held));
}

static void
test_company_lists (Fixture       *f,
                    gconstpointer  user_data)
{
  GtkWidget *page, *journal, *opportunities, *placements;
  g_autoptr(GPtrArray) table = NULL;

  g_assert_true (psl_window_open_company (f->window, f->company_id));
  page = psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_COMPANY_PAGE);

  /* The contacts: all the firm's. */
  table = export_and_check (f, page, "", NULL, "contacts", 2);
  g_assert_cmpuint (table->len - 1, ==, count (f, "SELECT count(*) FROM contact WHERE company_id = '%s'"
                                                  " AND deleted_at IS NULL", f->company_id));
  g_clear_pointer (&table, g_ptr_array_unref);

  /* The journal: every contact with the firm, beyond those shown at first. */
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (PSL_COMPANY_PAGE (page)), "history");
  journal = psl_test_find_widget (page, PSL_TYPE_COMPANY_JOURNAL);
  {
    gint64 n = count (f, "SELECT count(*) FROM interaction WHERE company_id = '%s' AND deleted_at IS NULL",
                      f->company_id);

    g_assert_cmpint (n, >, 0);
    g_assert_cmpint (n, <=, 100);
    table = export_and_check (f, journal, "", NULL, "journal", 1);
    g_assert_cmpuint (table->len - 1, ==, n);
    g_clear_pointer (&table, g_ptr_array_unref);
  }

  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (PSL_COMPANY_PAGE (page)), "opportunities");
  opportunities = psl_test_find_widget (page, PSL_TYPE_COMPANY_OPPORTUNITIES);
  table = export_and_check (f, opportunities, "", NULL, "opportunities", 0);
  g_assert_cmpuint (table->len - 1, ==, count (f, "SELECT count(*) FROM opportunity WHERE company_id = '%s'"
                                                  " AND deleted_at IS NULL", f->company_id));
  g_clear_pointer (&table, g_ptr_array_unref);

  /* The people introduced to it, under way and ended, in two lists. */
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (PSL_COMPANY_PAGE (page)), "placements");
  placements = psl_test_find_widget (page, PSL_TYPE_COMPANY_PLACEMENTS);
  table = export_and_check (f, placements, "under-way", NULL, "under-way", 0);
  g_assert_cmpuint (table->len - 1, ==, count (f, "SELECT count(*) FROM placement WHERE company_id = '%s'"
                                                  " AND deleted_at IS NULL"
                                                  " AND stage NOT IN ('ended', 'refused', 'withdrawn')",
                                               f->company_id));
  g_clear_pointer (&table, g_ptr_array_unref);
  table = export_and_check (f, placements, "ended", NULL, "ended", 0);
  g_assert_cmpuint (table->len - 1, ==, count (f, "SELECT count(*) FROM placement WHERE company_id = '%s'"
                                                  " AND deleted_at IS NULL"
                                                  " AND stage IN ('ended', 'refused', 'withdrawn')", f->company_id));
}

static void
test_person_pathway (Fixture       *f,
                     gconstpointer  user_data)
{
  PslPersonPage *page;
  GtkWidget *tab;
  g_autoptr(GPtrArray) table = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *opened = psl_format_date_short (today);

  g_assert_true (psl_window_open_person (f->window, f->person_id));
  page = PSL_PERSON_PAGE (psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_PERSON_PAGE));
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (page), "pathway");
  tab = psl_test_find_widget (GTK_WIDGET (page), PSL_TYPE_PATHWAY_TAB);
  PSL_TEST_WAIT (psl_pathway_tab_get_n_facts (PSL_PATHWAY_TAB (tab)) > 0);

  table = export_and_check (f, tab, "", NULL, "pathway", 2);
  g_assert_cmpuint (table->len - 1, ==, psl_pathway_tab_get_n_facts (PSL_PATHWAY_TAB (tab)));
  /* The alert added today is one of the facts. */
  g_assert_true (table_has (table, opened, NULL));
}

static void
test_followup_lists (Fixture       *f,
                     gconstpointer  user_data)
{
  GtkWidget *page = psl_window_get_page_widget (f->window, "followup");
  g_autofree char *name = psl_test_query_text (f->store, "SELECT first_name || ' ' || last_name FROM person"
                                                         " WHERE id = (SELECT person_id FROM alert"
                                                         " WHERE id = '0b7e2c1a-3333-4c3b-9e8f-0a1b2c3d4e5f')");
  g_autoptr(GPtrArray) table = NULL;

  psl_window_show_page (f->window, "followup");
  wait_loaded (f, page, "alerts");
  table = export_and_check (f, page, "alerts", NULL, "alerts", 1);
  g_assert_cmpuint (table->len - 1, ==, MIN (50, psl_test_count (f->store, "SELECT count(*) FROM alert"
                                                                           " WHERE resolved_on IS NULL"
                                                                           " AND deleted_at IS NULL")));
  /* Our alert: high risk, raised by the tutor, its actions. */
  g_assert_true (table_has (table, "Rencontre tripartite vendredi", _("High risk")));
  g_clear_pointer (&table, g_ptr_array_unref);

  table = export_and_check (f, page, "in-work", NULL, "in-work", 1);
  g_clear_pointer (&table, g_ptr_array_unref);

  /* The home page's alerts, the same way. */
  page = psl_window_get_page_widget (f->window, "home");
  psl_window_show_page (f->window, "home");
  wait_loaded (f, page, "alerts");
  table = export_and_check (f, page, "alerts",
                            gtk_widget_get_parent (gtk_widget_get_parent (find_button (page, "alerts"))),
                            "home-alerts", 1);
  g_assert_true (table_has (table, name, _("High risk")));
  g_clear_pointer (&table, g_ptr_array_unref);

  /* Its list of what is due: each row with its date and what it is. */
  table = export_and_check (f, page, "due",
                            gtk_widget_get_parent (gtk_widget_get_parent (find_button (page, "due"))),
                            "home-due", 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (table, 0))->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table, 0), 0), ==, _("Due On"));
}

/* A person's barriers and the opportunities that fit, each with the
 * shared button in its header. */
static void
test_person_lists (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *person = psl_test_query_text (f->store,
    "SELECT b.person_id FROM barrier b JOIN person p ON p.id = b.person_id"
    " WHERE p.exited_on IS NULL AND p.deleted_at IS NULL AND b.deleted_at IS NULL"
    " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM barrier WHERE person_id = '%s'"
                                          " AND deleted_at IS NULL", person);
  g_autofree char *lifted_sql = g_strdup_printf ("SELECT count(*) FROM barrier WHERE person_id = '%s'"
                                                 " AND deleted_at IS NULL AND lifted_on IS NOT NULL", person);
  PslPersonPage *page;
  GtkWidget *tab, *barriers, *matches;
  g_autoptr(GPtrArray) table = NULL;
  guint lifted = 0;

  g_assert_nonnull (person);
  g_assert_true (psl_window_open_person (f->window, person));
  page = PSL_PERSON_PAGE (psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_PERSON_PAGE));
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (page), "barriers");
  tab = gtk_stack_get_child_by_name (psl_person_page_get_tab_stack (page), "barriers");
  PSL_TEST_WAIT ((barriers = psl_test_find_widget (tab, PSL_TYPE_RECORD_LIST)) != NULL
                 && psl_record_list_get_n_lines (PSL_RECORD_LIST (barriers)) > 0);
  table = export_and_check (f, barriers, "", NULL, "barriers", 1);
  g_assert_cmpuint (table->len - 1, ==, count (f, sql, ""));
  for (guint i = 1; i < table->len; i++)
    lifted += g_strcmp0 (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table, i), 2), _("Yes")) == 0;
  g_assert_cmpuint (lifted, ==, count (f, lifted_sql, ""));
  g_clear_pointer (&table, g_ptr_array_unref);

  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (page), "placements");
  tab = gtk_stack_get_child_by_name (psl_person_page_get_tab_stack (page), "placements");
  PSL_TEST_WAIT ((matches = psl_test_find_widget (tab, PSL_TYPE_MATCH_GROUP)) != NULL
                 && !psl_match_group_is_loading (PSL_MATCH_GROUP (matches)));
  table = export_and_check (f, matches, "", NULL, "matches", 0);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table, 0), 1), ==, _("Score out of 100"));
}

static void
test_schedule_list (Fixture       *f,
                    gconstpointer  user_data)
{
  GtkWidget *page = psl_window_get_page_widget (f->window, "schedule");
  g_autoptr(GPtrArray) table = NULL;

  psl_window_show_page (f->window, "schedule");
  wait_loaded (f, page, "");
  /* Its rows are made a few at a time after the read. */
  PSL_TEST_WAIT (!psl_schedule_page_is_loading (PSL_SCHEDULE_PAGE (page)));
  table = export_and_check (f, page, "", page, "schedule", 1);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (table, 0))->len, ==, 6);
}

/* A file that cannot be written leaves nothing and says why; XLSX too. */
static void
test_bad_paths (Fixture       *f,
                gconstpointer  user_data)
{
  PslNetworkPage *network = PSL_NETWORK_PAGE (psl_window_get_page_widget (f->window, "companies"));
  GtkWidget *partners = GTK_WIDGET (psl_network_page_get_partners (network));
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "partners.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "partners.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  psl_window_show_page (f->window, "companies");
  psl_network_page_show_view (network, "partners");
  wait_loaded (f, partners, "");
  g_assert_false (psl_list_export_write (partners, "", missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (gtk_widget_activate_action (partners, "list.export", "(ss)", "", xlsx));
  g_assert_true (g_file_get_contents (xlsx, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (bytes, "PK", 2) == 0);

  /* A list not read yet has nothing to export. */
  {
    GtkWidget *schedule = psl_window_get_page_widget (f->window, "schedule");
    g_autofree char *none = g_build_filename (f->dir, "none.csv", NULL);

    g_assert_false (psl_list_export_write (schedule, "", none, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  }
}

/* The detail a list's export leaves in the audit journal, written here
 * the way the journal says it. */
static char *
export_detail (const char *list,
               guint       n_rows,
               const char *file)
{
  g_autofree char *rows = g_strdup_printf (ngettext ("%u row", "%u rows", n_rows), n_rows);

  return g_strdup_printf (_("List “%1$s”, %2$s, to “%3$s”"), list, rows, file);
}

/* A list that names people leaves a line in the audit journal each time
 * it is exported from the window, under the list's name, with its rows
 * and the file; a list of partners leaves none, and an export that fails
 * leaves none either. */
static void
test_journal (Fixture       *f,
              gconstpointer  user_data)
{
  GtkWidget *page = psl_window_get_page_widget (f->window, "followup");
  PslNetworkPage *network = PSL_NETWORK_PAGE (psl_window_get_page_widget (f->window, "companies"));
  GtkWidget *partners = GTK_WIDGET (psl_network_page_get_partners (network));
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "alerts.csv", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "alertes.csv", NULL);
  g_autofree char *detail = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GPtrArray) table = NULL;
  g_autoptr(GError) error = NULL;
  const char *exports = "SELECT count(*) FROM audit_entry WHERE action = 'export'";
  gint64 before;

  psl_window_show_page (f->window, "followup");
  wait_loaded (f, page, "alerts");
  before = psl_test_count (f->store, exports);
  g_assert_cmpint (before, >=, 1);                        /* wait_loaded's own export */

  g_assert_true (gtk_widget_activate_action (page, "list.export", "(ss)", "alerts", csv));
  table = read_csv (csv);
  g_assert_cmpint (psl_test_count (f->store, exports), ==, before + 1);
  detail = export_detail (_("Open Alerts"), table->len - 1, "alertes.csv");
  last = psl_test_query_text (f->store, "SELECT detail FROM audit_entry WHERE action = 'export'"
                                        " ORDER BY at DESC, rowid DESC LIMIT 1");
  g_assert_cmpstr (last, ==, detail);
  /* Our alert at least: one row. */
  g_assert_cmpuint (table->len - 1, >=, 1);

  /* Into a folder that does not exist: no file, no line. */
  g_assert_false (psl_list_export_write (page, "alerts", missing, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (psl_test_count (f->store, exports), ==, before + 1);

  /* The partner structures name no person followed. */
  psl_window_show_page (f->window, "companies");
  psl_network_page_show_view (network, "partners");
  wait_loaded (f, partners, "");
  g_clear_pointer (&table, g_ptr_array_unref);
  table = export_and_check (f, partners, "", NULL, "partners", 1);
  g_assert_cmpint (psl_test_count (f->store, exports), ==, before + 1);
}

int
main (int   argc,
      char *argv[])
{
  the_app = PSL_APPLICATION (psl_test_gui_init (&argc, &argv));

  g_test_add ("/list-export/network", Fixture, NULL, fixture_setup, test_network_lists, fixture_teardown);
  g_test_add ("/list-export/company", Fixture, NULL, fixture_setup, test_company_lists, fixture_teardown);
  g_test_add ("/list-export/pathway", Fixture, NULL, fixture_setup, test_person_pathway, fixture_teardown);
  g_test_add ("/list-export/followup", Fixture, NULL, fixture_setup, test_followup_lists, fixture_teardown);
  g_test_add ("/list-export/schedule", Fixture, NULL, fixture_setup, test_schedule_list, fixture_teardown);
  g_test_add ("/list-export/person", Fixture, NULL, fixture_setup, test_person_lists, fixture_teardown);
  g_test_add ("/list-export/journal", Fixture, NULL, fixture_setup, test_journal, fixture_teardown);
  g_test_add ("/list-export/bad-paths", Fixture, NULL, fixture_setup, test_bad_paths, fixture_teardown);

  return g_test_run ();
}
