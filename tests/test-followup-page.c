/* test-followup-page.c — follow-up in work driven as a counsellor would: a contract starts, its plan is in
 * the Échéancier, a follow-up finds a weakening factor, the tutor raises an alert, a later follow-up learns
 * the employer ended it (a date ahead refused first), and the Suivi page's figures change */

#include "config.h"

#include <string.h>

#include "psl-followup-dialog.h"
#include "psl-followup-page.h"
#include "psl-format.h"
#include "psl-people-page.h"
#include "psl-person-page.h"
#include "psl-record-dialog.h"
#include "psl-record-list.h"
#include "psl-schedule-page.h"
#include "psl-test.h"
#include "psl-test-gui.h"

/* Ids of records chosen in a form are UUIDs. */
#define PL "6f1c2a34-0d1e-4b5a-9c3d-2e7f8a9b0c1d"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a');" \
  "INSERT INTO placement (id, person_id, company_id, stage, proposed_on) VALUES" \
  " ('" PL "', 'lea', 'vidal', 'meeting', '2025-06-01');"

/* The People page in the shared window; the others each in one of theirs. */
typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslPeoplePage   *people;
  GtkWidget       *schedule_window;
  PslSchedulePage *schedule;
  GtkWidget       *followup_window;
  PslFollowupPage *followup;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (&f->gui, FIXTURE);
  f->people = psl_people_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->people));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->schedule_window, psl_test_close);
  g_clear_pointer (&f->followup_window, psl_test_close);
  psl_test_gui_teardown (&f->gui, data);
}

static GtkWidget *
find_list (GtkWidget  *root,
           const char *title)
{
  return psl_test_find_group (root, PSL_TYPE_RECORD_LIST, title);
}

static char *
short_date (int days_from_today)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);

  if (days_from_today > 0)
    g_date_add_days (date, days_from_today);
  else
    g_date_subtract_days (date, -days_from_today);
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
}

static void
wait_schedule (Fixture *f)
{
  psl_schedule_page_reload (f->schedule);
  PSL_TEST_WAIT (!psl_schedule_page_is_loading (f->schedule));
}

static void
wait_followup (Fixture *f)
{
  psl_followup_page_reload (f->followup);
  PSL_TEST_WAIT (!psl_followup_page_is_loading (f->followup));
  g_assert_nonnull (psl_followup_page_get_figures (f->followup));
}

/* The follow-up of the plan due first, opened from the Échéancier. */
static PslFollowupDialog *
record_first_followup (Fixture *f)
{
  g_autofree char *first = psl_test_query_text (f->store, "SELECT id FROM followup WHERE done_on IS NULL"
                                                          " AND deleted_at IS NULL ORDER BY due_on LIMIT 1");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->schedule), "schedule.record", "s", first));
  return PSL_FOLLOWUP_DIALOG (psl_test_find_toplevel (PSL_TYPE_FOLLOWUP_DIALOG));
}

static void
test_path (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *started = short_date (-10);
  g_autofree char *today = short_date (0);
  g_autofree char *tomorrow = short_date (1);
  g_autofree char *factor = psl_test_query_text (f->store, "SELECT code FROM ref_item"
                                                           " WHERE list_code = 'weakening_factor' ORDER BY position LIMIT 1");
  PslPersonPage *person;
  PslRecordDialog *dialog;
  PslFollowupDialog *followup;
  const PslCompliance *figures;
  gint64 planned, due_shown;

  /* A CDI started ten days ago, from the person's placements. */
  g_assert_true (psl_people_page_open_person (f->people, "lea"));
  person = PSL_PERSON_PAGE (psl_people_page_get_person (f->people));
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "placements");
  PSL_TEST_WAIT (find_list (GTK_WIDGET (person), "Mises en relation") != NULL &&
                 psl_record_list_get_n_lines (PSL_RECORD_LIST (find_list (GTK_WIDGET (person), "Mises en relation"))) > 0);
  g_assert_true (gtk_widget_activate_action (find_list (GTK_WIDGET (person), "Mises en relation"),
                                             "record-list.edit", "s", PL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "stage"), "contract");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "contract_type"), "cdi");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "start_date")), started);
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (psl_test_count (f->store, "SELECT count(*) FROM followup") > 0);

  /* Its plan: what falls from today on (the first days and the first week
   * are past, the trial's end, one, three and six months are not). */
  planned = psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = '" PL "'"
                                      " AND plan_step LIKE 'contract:%' AND due_on >= date('now', 'localtime')");
  g_assert_cmpint (planned, ==, 4);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup"), ==, 4);

  /* In the Échéancier, up to the end of next month. */
  f->schedule = psl_schedule_page_new (f->store);
  f->schedule_window = psl_test_present (GTK_WIDGET (f->schedule));
  wait_schedule (f);
  due_shown = psl_test_count (f->store, "SELECT count(*) FROM followup WHERE due_on <= date('now', 'localtime',"
                                        " 'start of month', '+2 months', '-1 day')");
  g_assert_cmpint (due_shown, >=, 1);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->schedule), ==, due_shown);

  /* The Suivi page before: Léa in her first month, nothing broken. */
  f->followup = psl_followup_page_new (f->store);
  f->followup_window = psl_test_present (GTK_WIDGET (f->followup));
  wait_followup (f);
  figures = psl_followup_page_get_figures (f->followup);
  g_assert_cmpuint (figures->ruptures, ==, 0);
  g_assert_cmpuint (figures->alerts_opened, ==, 0);
  g_assert_cmpuint (psl_followup_page_get_n_in_work (f->followup), ==, 1);
  g_assert_cmpuint (psl_followup_page_get_n_alerts (f->followup), ==, 0);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->followup), "Léa Puech — Boulangerie Vidal"));

  /* A follow-up on site with the tutor: tiredness seen. */
  followup = record_first_followup (f);
  psl_followup_dialog_set_text (followup, "done_on", today);
  psl_followup_dialog_check (followup, "participant:tutor", TRUE);
  {
    g_autofree char *key = g_strdup_printf ("factor:%s", factor);
    psl_followup_dialog_check (followup, key, TRUE);
  }
  g_assert_true (psl_sheet_accept (PSL_SHEET (followup)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on = date('now', 'localtime')"
                                             " AND tripartite = 1 AND json_array_length(factors) = 1"), ==, 1);

  /* The tutor raises an alert. */
  {
    GtkWidget *alerts = find_list (GTK_WIDGET (person), "Alertes");

    g_assert_true (gtk_widget_activate_action (alerts, "record-list.add", NULL));
    dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "raised_by"), "tutor");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "risk_level"), "3");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "placement_id"), PL);
    g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  }
  wait_followup (f);
  figures = psl_followup_page_get_figures (f->followup);
  g_assert_cmpuint (figures->alerts_opened, ==, 1);
  g_assert_cmpuint (psl_followup_page_get_n_alerts (f->followup), ==, 1);
  /* The alert's row opens the person. */
  {
    GtkWidget *row = psl_test_find_row (GTK_WIDGET (f->followup), "Léa Puech");

    g_assert_nonnull (row);
    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
    g_assert_cmpstr (psl_test_opened (f->followup_window), ==, "person:lea");
  }

  /* The next follow-up learns the employer ended it: said for tomorrow
   * first, refused, and nothing of the follow-up saved either. */
  wait_schedule (f);
  followup = record_first_followup (f);
  psl_followup_dialog_set_text (followup, "done_on", today);
  g_assert_true (psl_followup_dialog_end_early (followup, tomorrow, "employer", "comportement"));
  g_assert_false (psl_sheet_accept (PSL_SHEET (followup)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on IS NOT NULL"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE stage = 'contract'"), ==, 1);
  g_assert_true (psl_followup_dialog_end_early (followup, today, "employer", "comportement"));
  g_assert_true (psl_sheet_accept (PSL_SHEET (followup)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = '" PL "' AND stage = 'ended'"
                                             " AND end_date = date('now', 'localtime') AND ended_by = 'employer'"
                                             " AND end_reason = 'comportement'"), ==, 1);
  /* Two done; the plan's two left after the end withdrawn; the meeting
   * after the rupture planned. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on IS NOT NULL"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE deleted_at IS NOT NULL"), ==,
                   planned - 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on IS NULL"
                                             " AND deleted_at IS NULL AND label = 'Entretien après la rupture'"), ==, 1);

  /* The figures change: one rupture, by the cause given, in the first
   * month of the contract; nobody in work any more; the alert still open. */
  wait_followup (f);
  figures = psl_followup_page_get_figures (f->followup);
  g_assert_cmpuint (figures->ruptures, ==, 1);
  g_assert_cmpuint (figures->by_cause->len, ==, 1);
  g_assert_cmpstr (((PslCodeCount *) g_ptr_array_index (figures->by_cause, 0))->code, ==, "comportement");
  g_assert_cmpuint (figures->by_month[1], ==, 1);
  g_assert_cmpuint (psl_followup_page_get_n_in_work (f->followup), ==, 0);
  g_assert_cmpuint (psl_followup_page_get_n_alerts (f->followup), ==, 1);

  /* The Échéancier holds the meeting only. */
  wait_schedule (f);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->schedule), ==, 1);
}

static gboolean
is_row_holding (GtkWidget     *w,
                gconstpointer  part)
{
  return ADW_IS_PREFERENCES_ROW (w) && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), part) != NULL;
}

/* The rows of the page whose title holds part; the first in *first. */
static guint
count_rows (GtkWidget   *root,
            const char  *part,
            GtkWidget  **first)
{
  g_autoptr(GPtrArray) rows = psl_test_find_all (root, is_row_holding, part);

  if (first != NULL && rows->len > 0)
    *first = g_ptr_array_index (rows, 0);
  return rows->len;
}

/* Twenty-five people in work: the page shows twenty and says five more;
 * "Show More" shows them all, and another counsellor chosen starts over. */
static void
test_more (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *more_row = NULL;
  GtkWidget *button;

  psl_test_exec (f->store,
    "WITH RECURSIVE n (i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 34)"
    " INSERT INTO person (id, first_name, last_name, entered_on, referent_id)"
    "  SELECT 'p' || i, 'Prénom' || i, 'Nom' || i, '2025-01-01', 'a' FROM n;"
    "WITH RECURSIVE n (i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 34)"
    " INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date)"
    "  SELECT 'pl' || i, 'p' || i, 'vidal', 'contract', 'contract', 'cdi', date ('now', '-40 days'),"
    "         date ('now', '-30 days') FROM n;");
  f->followup = psl_followup_page_new (f->store);
  f->followup_window = psl_test_present (GTK_WIDGET (f->followup));
  wait_followup (f);

  g_assert_cmpuint (psl_followup_page_get_n_in_work (f->followup), ==, 25);
  g_assert_cmpuint (count_rows (GTK_WIDGET (f->followup), "— Boulangerie Vidal", NULL), ==, 20);
  g_assert_cmpuint (count_rows (GTK_WIDGET (f->followup), "Et 5 autres", &more_row), ==, 1);

  button = psl_test_find_button (more_row, "En voir plus");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT (count_rows (GTK_WIDGET (f->followup), "— Boulangerie Vidal", NULL) == 25);
  g_assert_cmpuint (count_rows (GTK_WIDGET (f->followup), "Et 5 autres", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/followup-page/path", Fixture, NULL, fixture_setup, test_path, fixture_teardown);
  g_test_add ("/followup-page/more", Fixture, NULL, fixture_setup, test_more, fixture_teardown);
  return g_test_run ();
}
