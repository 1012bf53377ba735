/* test-schedule-page.c — the Échéancier in the window: by period, per counsellor, done and moved in one action */

#include "config.h"

#include <string.h>

#include "psl-calendar-dialog.h"
#include "psl-followup-dialog.h"
#include "psl-followup-page.h"
#include "psl-format.h"
#include "psl-schedule.h"
#include "psl-schedule-page.h"
#include "psl-test.h"
#include "psl-test-gui.h"

/* Dates from the day the test runs: three days late, today, the 15th of
 * next month (after this week and this month, before the end of next
 * month where the page stops), and three months on (not shown). */
#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a'), ('hugo', 'Hugo', 'Rey', '2025-03-01', 'b');" \
  "INSERT INTO followup (id, person_id, staff_id, label, due_on) VALUES" \
  " ('late', 'lea', 'a', 'En retard', date('now', 'localtime', '-3 days'))," \
  " ('now', 'lea', 'a', 'Aujourd''hui', date('now', 'localtime'))," \
  " ('soon', 'hugo', 'b', 'Plus tard', date('now', 'localtime', 'start of month', '+1 month', '+14 days'))," \
  " ('far', 'hugo', 'b', 'Bien plus tard', date('now', 'localtime', 'start of month', '+3 months'));"

typedef PslTestGuiFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, FIXTURE);
  f->page = psl_schedule_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static void
wait_loaded (Fixture *f)
{
  PSL_TEST_WAIT (!psl_schedule_page_is_loading (f->page));
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) later = psl_date_parse (today);
  g_autofree char *in_five_days = NULL;

  wait_loaded (f);
  /* The team: one late, one today, one later; the fourth is past the end of next month. */
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 3);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_OVERDUE), ==, 1);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_TODAY), ==, 1);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_LATER), ==, 1);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Léa Puech"));

  /* One counsellor's. */
  psl_schedule_page_set_staff (f->page, "b");
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 1);
  psl_schedule_page_set_staff (f->page, NULL);
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 3);

  /* Done in one action: saved, and gone from the list at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.done", "(is)", PSL_DUE_FOLLOWUP, "late"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'late'"
                                             " AND done_on = date('now', 'localtime')"), ==, 1);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_OVERDUE), ==, 0);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 2);

  /* Moved in five days: the first date kept. */
  g_date_add_days (later, 5);
  in_five_days = psl_date_to_iso (later);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.move", "(iss)", PSL_DUE_FOLLOWUP,
                                             "now", in_five_days));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'now'"
                                             " AND due_on = date('now', 'localtime', '+5 days')"
                                             " AND planned_on = date('now', 'localtime')"), ==, 1);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_TODAY), ==, 0);

  /* Into the past: refused, nothing changed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.move", "(iss)", PSL_DUE_FOLLOWUP,
                                             "soon", "2020-01-01"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'soon'"
                                             " AND due_on = date('now', 'localtime', 'start of month', '+1 month',"
                                             " '+14 days')"
                                             " AND planned_on IS NULL"), ==, 1);

  /* Read again: the moved one in its new place. */
  psl_schedule_page_reload (f->page);
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 2);

  /* A row opens the person it is about. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.open", "(is)", PSL_DUE_FOLLOWUP, "hugo"));
  g_assert_cmpstr (psl_test_opened (f->window), ==, "person:hugo");
}

static void
test_nothing_due (Fixture       *f,
                  gconstpointer  data)
{
  wait_loaded (f);
  psl_test_exec (f->store, "DELETE FROM followup;");
  psl_schedule_page_reload (f->page);
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_get_n_items (f->page), ==, 0);
  g_assert_nonnull (psl_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_STATUS_PAGE));
}

/* Recorded from its row: the report, the factors seen, the next one. */
static void
test_record (Fixture       *f,
             gconstpointer   data)
{
  PslFollowupDialog *dialog;

  wait_loaded (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.record", "s", "late"));
  dialog = psl_test_find_toplevel (PSL_TYPE_FOLLOWUP_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "En retard — Léa Puech");
  psl_followup_dialog_check (dialog, "participant:person", TRUE);
  psl_followup_dialog_check (dialog, "participant:manager", TRUE);
  psl_followup_dialog_check (dialog, "participant:counsellor", TRUE);
  psl_followup_dialog_check (dialog, "factor:usure_physique", TRUE);
  psl_followup_dialog_check (dialog, "response:interface", TRUE);
  psl_followup_dialog_set_text (dialog, "answer:4", "Ça va mieux");
  /* A next date that is no date: kept open, nothing saved. */
  psl_followup_dialog_set_text (dialog, "next_on", "bientôt");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on IS NOT NULL"), ==, 0);
  psl_followup_dialog_set_text (dialog, "next_on", "01/01/2099");
  psl_followup_dialog_set_text (dialog, "next_label", "Point à trois mois");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'late'"
                                             " AND done_on = date('now', 'localtime') AND tripartite = 1"
                                             " AND factors = '[\"usure_physique\"]'"
                                             " AND responses = '[\"interface\"]'"
                                             " AND record ->> '$.person_words' = 'Ça va mieux'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE due_on = '2099-01-01'"
                                             " AND label = 'Point à trois mois' AND person_id = 'lea'"), ==, 1);
  /* Gone from the overdue at once. */
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_OVERDUE), ==, 0);
}

/* A period of more rows than shown: counted whole, the rest said, the
 * next ones read when asked. */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  wait_loaded (f);
  psl_test_exec (f->store,
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 130)"
    " INSERT INTO followup (id, person_id, staff_id, label, due_on)"
    " SELECT 'many' || i, 'lea', 'a', 'Point ' || i, date('now', 'localtime', '-' || (i + 5) || ' days') FROM n;");
  psl_schedule_page_reload (f->page);
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_OVERDUE), ==, 131);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Et 111 autres : choisissez un conseiller pour en voir "
                                                             "moins à la fois."));
  g_signal_emit_by_name (psl_test_find_button (GTK_WIDGET (f->page), "En voir plus"), "clicked");
  g_assert_true (psl_schedule_page_is_loading (f->page));
  wait_loaded (f);
  g_assert_cmpuint (psl_schedule_page_count (f->page, PSL_DUE_OVERDUE), ==, 131);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Et 11 autres : choisissez un conseiller pour en voir "
                                                             "moins à la fois."));
}

/* A day from today as the dialog reads it, DD/MM/YYYY. */
static char *
typed_day (PslStore   *store,
           const char *modifier)
{
  g_autofree char *sql = g_strdup_printf ("SELECT date('now', 'localtime', %s)", modifier);
  g_autofree char *iso = psl_test_query_text (store, sql);

  return psl_format_date_short (iso);
}

/* The file is replaced whole once written: there is its end. */
static gboolean
diary_written (const char *path)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (path, &text, NULL, NULL) && strstr (text, "END:VCALENDAR") != NULL;
}

static guint
count_events (const char *path,
              char      **text)
{
  guint n = 0;

  g_assert_true (g_file_get_contents (path, text, NULL, NULL));
  for (const char *p = *text; (p = strstr (p, "BEGIN:VEVENT")) != NULL; p++)
    n++;
  return n;
}

/* Bruno's diary from first to last, refused the wrong way round (no
 * file), then written: its events, its text in text. */
static guint
write_bruno_diary (PslCalendarDialog *dialog,
                   const char        *path,
                   const char        *first,
                   const char        *last,
                   char             **text)
{
  psl_calendar_dialog_set (dialog, "b", last, first);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  psl_calendar_dialog_set (dialog, "b", first, last);
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (diary_written (path));
  return count_events (path, text);
}

static PslCalendarDialog *
open_diary_dialog (Fixture *f)
{
  PslCalendarDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "schedule.export-diary", NULL));
  dialog = psl_test_find_toplevel (PSL_TYPE_CALENDAR_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

/* The diary of the counsellor shown, or of the team, for the days chosen. */
static void
test_diary (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "bruno.ics", NULL);
  g_autofree char *team_path = g_build_filename (f->dir, "equipe", NULL);
  g_autofree char *team_ics = g_build_filename (f->dir, "equipe.ics", NULL);
  g_autofree char *today = typed_day (f->store, "'+0 days'");
  g_autofree char *in_four_months = typed_day (f->store, "'+4 months'");
  g_autofree char *five_days_ago = typed_day (f->store, "'-5 days'");
  g_autofree char *text = NULL;
  g_autofree char *team_text = NULL;
  PslCalendarDialog *dialog;
  AdwComboRow *staff_row;
  GtkStringObject *chosen;

  /* Bruno's own Échéancier: the dialog opens on him. */
  wait_loaded (f);
  psl_schedule_page_set_staff (f->page, "b");
  wait_loaded (f);
  dialog = open_diary_dialog (f);
  staff_row = ADW_COMBO_ROW (psl_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  chosen = adw_combo_row_get_selected_item (staff_row);
  g_assert_nonnull (strstr (gtk_string_object_get_string (chosen), "Bruno"));

  /* Days that are not days, or the wrong way round: refused, no file. */
  psl_calendar_dialog_set_path (dialog, path);
  psl_calendar_dialog_set (dialog, "b", "31/02/2027", in_four_months);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  psl_calendar_dialog_set (dialog, "b", "", in_four_months);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));

  /* Four months from today: his two follow-ups, none of Alice's. */
  g_assert_cmpuint (write_bruno_diary (dialog, path, today, in_four_months, &text), ==, 2);
  /* By default a person is named by initials only. */
  g_assert_nonnull (strstr (text, "H. R."));
  g_assert_null (strstr (text, "Hugo Rey"));
  g_assert_null (strstr (text, "Puech"));

  /* The team over the last five days: Alice's late one and today's;
   * a name typed without .ics gets it. */
  psl_schedule_page_set_staff (f->page, NULL);
  wait_loaded (f);
  dialog = open_diary_dialog (f);
  chosen = adw_combo_row_get_selected_item (ADW_COMBO_ROW (psl_test_find_widget (GTK_WIDGET (dialog),
                                                                                  ADW_TYPE_COMBO_ROW)));
  g_assert_null (strstr (gtk_string_object_get_string (chosen), "Bruno"));
  psl_calendar_dialog_set_path (dialog, team_path);
  psl_calendar_dialog_set (dialog, NULL, five_days_ago, today);
  /* Full names, chosen knowingly. */
  gtk_switch_set_active (GTK_SWITCH (psl_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)), TRUE);
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (diary_written (team_ics));
  g_assert_cmpuint (count_events (team_ics, &team_text), ==, 2);
  g_assert_nonnull (strstr (team_text, "Léa Puech"));
  g_assert_null (strstr (team_text, "Hugo Rey"));
}

static gboolean
is_button_of_action (GtkWidget     *w,
                     gconstpointer  action)
{
  return GTK_IS_BUTTON (w) && gtk_widget_get_visible (w)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0;
}

/* The counsellor's own view, the Suivi page, exports the same diary:
 * the dialog opens on the counsellor it shows, the period is chosen. */
static void
test_diary_from_followup (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "suivi.ics", NULL);
  g_autofree char *today = typed_day (f->store, "'+0 days'");
  g_autofree char *in_four_months = typed_day (f->store, "'+4 months'");
  g_autofree char *text = NULL;
  PslFollowupPage *followup = psl_followup_page_new (f->store);
  GtkWidget *window = psl_test_present (GTK_WIDGET (followup));
  PslCalendarDialog *dialog;
  GtkStringObject *chosen;

  PSL_TEST_WAIT (!psl_followup_page_is_loading (followup));
  psl_followup_page_set_staff (followup, "b");
  PSL_TEST_WAIT (!psl_followup_page_is_loading (followup));
  g_assert_true (psl_test_find_where (GTK_WIDGET (followup), is_button_of_action, "followup.export-diary") != NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (followup), "followup.export-diary", NULL));
  dialog = psl_test_find_toplevel (PSL_TYPE_CALENDAR_DIALOG);
  g_assert_nonnull (dialog);
  chosen = adw_combo_row_get_selected_item (ADW_COMBO_ROW (psl_test_find_widget (GTK_WIDGET (dialog),
                                                                                  ADW_TYPE_COMBO_ROW)));
  g_assert_nonnull (strstr (gtk_string_object_get_string (chosen), "Bruno"));

  /* A period the wrong way round is refused; Bruno's four months are
   * his two follow-ups. */
  psl_calendar_dialog_set_path (dialog, path);
  g_assert_cmpuint (write_bruno_diary (dialog, path, today, in_four_months, &text), ==, 2);
  g_assert_null (strstr (text, "Puech"));
  psl_test_close (window);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/schedule-page/page", Fixture, NULL, fixture_setup, test_page, psl_test_gui_teardown);
  g_test_add ("/schedule-page/nothing-due", Fixture, NULL, fixture_setup, test_nothing_due, psl_test_gui_teardown);
  g_test_add ("/schedule-page/many", Fixture, NULL, fixture_setup, test_many, psl_test_gui_teardown);
  g_test_add ("/schedule-page/record", Fixture, NULL, fixture_setup, test_record, psl_test_gui_teardown);
  g_test_add ("/schedule-page/diary", Fixture, NULL, fixture_setup, test_diary, psl_test_gui_teardown);
  g_test_add ("/schedule-page/diary-from-followup", Fixture, NULL, fixture_setup, test_diary_from_followup,
              psl_test_gui_teardown);
  return g_test_run ();
}
