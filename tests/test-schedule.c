/* test-schedule.c — the Échéancier: what is due from six sources, per counsellor or for the team,
 * in date order and by period; marked done or moved, never into the past */

#include "config.h"

#include <string.h>

#include "psl-schedule.h"
#include "psl-csv.h"
#include "psl-test.h"

/* The day of the fixture: Wednesday 10 June 2026; the week ends on
 * Sunday 14, the month on Tuesday 30; read up to 31 July. */
#define TODAY "2026-06-10"
#define UNTIL "2026-07-31"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal');" \
  "INSERT INTO partner (id, name, kind) VALUES ('pa', 'France Travail Figeac', 'france_travail');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id, exited_on) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a', NULL), ('hugo', 'Hugo', 'Rey', '2025-03-01', 'b', NULL)," \
  " ('old', 'Anne', 'Ancienne', '2024-03-01', 'a', '2025-12-05');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  "                       planned_end) VALUES" \
  " ('cdd', 'hugo', 'c', 'contract', 'contract', 'cdd', '2026-01-02', '2026-01-05', '2026-06-30')," \
  " ('future', 'lea', 'c', 'contract', 'contract', 'cdi', '2026-01-02', '2099-03-01', NULL);" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, done_on, deleted_at) VALUES" \
  " ('f1', 'lea', NULL, 'a', 'Premier point', '2026-06-01', NULL, NULL)," \
  " ('f2', 'lea', NULL, 'a', 'Point du jour', '2026-06-10', NULL, NULL)," \
  " ('f3', 'hugo', 'cdd', 'b', 'Un mois', '2026-06-12', NULL, NULL)," \
  " ('f4', 'lea', NULL, 'a', 'Tripartite', '2026-06-25', NULL, NULL)," \
  " ('f5', 'hugo', 'cdd', 'b', 'Trois mois', '2026-07-20', NULL, NULL)," \
  " ('f6', 'lea', NULL, 'a', 'Fait', '2026-06-02', '2026-06-02', NULL)," \
  " ('f7', 'lea', NULL, 'a', 'Effacé', '2026-06-03', NULL, '2026-06-04T10:00:00.000Z')," \
  " ('f8', 'lea', NULL, 'a', 'Trop ancien', '2025-01-01', NULL, NULL)," \
  " ('f9', 'lea', 'future', 'a', 'Premiers jours', '2099-03-03', NULL, NULL);" \
  "INSERT INTO interaction (id, company_id, partner_id, staff_id, kind, occurred_at, next_step, next_due," \
  "                         next_done_on) VALUES" \
  " ('i1', 'c', NULL, 'a', 'phone', '2026-06-01', 'Rappeler pour l''offre', '2026-06-11', NULL)," \
  " ('i2', NULL, 'pa', 'b', 'phone', '2026-06-01', 'Confirmer l''inscription', '2026-06-09', NULL)," \
  " ('i3', 'c', NULL, 'a', 'phone', '2026-06-01', 'Fait', '2026-06-09', '2026-06-09');" \
  "INSERT INTO commitment (id, person_id, signed_on, revision, review_on) VALUES" \
  " ('c0', 'lea', '2025-03-05', 1, '2026-05-01'), ('c1', 'lea', '2026-01-05', 2, '2026-06-15');"

static const char *
refs (GPtrArray *items)
{
  static char text[512];
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      PslScheduleItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (s, "%s%s", i > 0 ? " " : "", item->ref_id);
    }
  g_strlcpy (text, s->str, sizeof text);
  g_string_free (s, TRUE);
  return text;
}

static void
test_load (PslTestFixture *f,
           gconstpointer   data)
{
  static const PslDueWhen when[] = {
    PSL_DUE_OVERDUE, PSL_DUE_OVERDUE, PSL_DUE_OVERDUE, PSL_DUE_TODAY, PSL_DUE_THIS_WEEK, PSL_DUE_THIS_WEEK,
    PSL_DUE_THIS_MONTH, PSL_DUE_THIS_MONTH, PSL_DUE_THIS_MONTH, PSL_DUE_LATER,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSchedule) schedule = psl_schedule_load (f->store, TODAY, UNTIL, NULL, 50, &error);
  g_autoptr(PslSchedule) alice = NULL;
  g_autoptr(PslSchedule) bruno = NULL;
  g_autoptr(PslSchedule) first_only = NULL;
  GPtrArray *team;
  PslScheduleItem *item;

  g_assert_no_error (error);
  team = schedule->items;
  g_assert_cmpuint (schedule->counts[PSL_DUE_OVERDUE], ==, 3);
  g_assert_cmpuint (schedule->counts[PSL_DUE_TODAY], ==, 1);
  g_assert_cmpuint (schedule->counts[PSL_DUE_THIS_WEEK], ==, 2);
  g_assert_cmpuint (schedule->counts[PSL_DUE_THIS_MONTH], ==, 3);
  g_assert_cmpuint (schedule->counts[PSL_DUE_LATER], ==, 1);
  /* Done, deleted, more than a year back, a review superseded by a
   * revision, the survey at twelve months and the follow-up of 2099 are
   * not there. */
  g_assert_cmpstr (refs (team), ==, "f1 old:6 i2 f2 i1 f3 c1 f4 cdd f5");
  for (guint i = 0; i < team->len; i++)
    {
      item = g_ptr_array_index (team, i);
      g_assert_cmpint (psl_due_when (item->due_on, TODAY), ==, when[i]);
    }

  item = g_ptr_array_index (team, 1);
  g_assert_cmpint (item->kind, ==, PSL_DUE_SURVEY);
  g_assert_cmpstr (item->due_on, ==, "2026-06-05");
  g_assert_cmpstr (item->owner_id, ==, "old");
  g_assert_nonnull (strstr (item->label, "6 mois"));
  item = g_ptr_array_index (team, 2);
  g_assert_cmpint (item->kind, ==, PSL_DUE_PARTNER_REMINDER);
  g_assert_cmpstr (item->title, ==, "France Travail Figeac");
  g_assert_cmpstr (item->owner_id, ==, "pa");
  item = g_ptr_array_index (team, 5);
  g_assert_cmpint (item->kind, ==, PSL_DUE_FOLLOWUP);
  g_assert_cmpstr (item->label, ==, "Un mois — Boulangerie Vidal");
  g_assert_cmpstr (item->staff_name, ==, "Bruno Rey");
  item = g_ptr_array_index (team, 8);
  g_assert_cmpint (item->kind, ==, PSL_DUE_CONTRACT_END);
  g_assert_cmpstr (item->title, ==, "Hugo Rey");
  g_assert_nonnull (strstr (item->label, "Boulangerie Vidal"));

  alice = psl_schedule_load (f->store, TODAY, UNTIL, "a", 50, &error);
  g_assert_cmpstr (refs (alice->items), ==, "f1 old:6 f2 i1 c1 f4");
  g_assert_cmpuint (alice->counts[PSL_DUE_OVERDUE], ==, 2);
  bruno = psl_schedule_load (f->store, TODAY, UNTIL, "b", 50, &error);
  g_assert_cmpstr (refs (bruno->items), ==, "i2 f3 cdd f5");
  g_assert_cmpuint (bruno->counts[PSL_DUE_THIS_MONTH], ==, 1);

  /* One a period: the first of each, and the periods still counted whole. */
  first_only = psl_schedule_load (f->store, TODAY, UNTIL, NULL, 1, &error);
  g_assert_cmpstr (refs (first_only->items), ==, "f1 f2 i1 c1 f5");
  g_assert_cmpuint (first_only->counts[PSL_DUE_OVERDUE], ==, 3);
  g_assert_cmpuint (first_only->counts[PSL_DUE_THIS_MONTH], ==, 3);

  /* Bad dates: said. */
  g_assert_null (psl_schedule_load (f->store, "demain", UNTIL, NULL, 50, &error));
  g_assert_nonnull (error);
}

static void
test_when (void)
{
  /* Sunday 14 June ends the week of Wednesday 10; Monday 15 is this month. */
  g_assert_cmpint (psl_due_when ("2026-06-14", TODAY), ==, PSL_DUE_THIS_WEEK);
  g_assert_cmpint (psl_due_when ("2026-06-15", TODAY), ==, PSL_DUE_THIS_MONTH);
  g_assert_cmpint (psl_due_when ("2026-06-30", TODAY), ==, PSL_DUE_THIS_MONTH);
  g_assert_cmpint (psl_due_when ("2026-07-01", TODAY), ==, PSL_DUE_LATER);
  g_assert_cmpint (psl_due_when ("2026-06-09", TODAY), ==, PSL_DUE_OVERDUE);
  /* On a Sunday, the week is that day only. */
  g_assert_cmpint (psl_due_when ("2026-06-15", "2026-06-14"), ==, PSL_DUE_THIS_MONTH);
  /* At the end of February of a leap year. */
  g_assert_cmpint (psl_due_when ("2028-02-29", "2028-02-28"), ==, PSL_DUE_THIS_WEEK);
  g_assert_cmpint (psl_due_when ("2028-03-01", "2028-02-27"), ==, PSL_DUE_LATER);
}

static void
test_done_and_moved (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSchedule) after = NULL;

  /* Done in one action. */
  g_assert_true (psl_schedule_mark_done (f->store, PSL_DUE_FOLLOWUP, "f1", "2026-06-10", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'f1'"
                                             " AND done_on = '2026-06-10'"), ==, 1);
  g_assert_true (psl_schedule_mark_done (f->store, PSL_DUE_PARTNER_REMINDER, "i2", "2026-06-10", &error));
  g_assert_true (psl_schedule_mark_done (f->store, PSL_DUE_SURVEY, "old:6", "2026-06-10", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey WHERE person_id = 'old'"
                                             " AND months = 6 AND due_on = '2026-06-05'"
                                             " AND done_on = '2026-06-10'"), ==, 1);
  g_assert_true (psl_schedule_mark_done (f->store, PSL_DUE_CONTRACT_END, "cdd", NULL, &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'cdd'"
                                             " AND stage = 'ended' AND end_date = '2026-06-30'"
                                             " AND ended_by = 'term'"), ==, 1);
  g_assert_no_error (error);

  /* Moved: the first date is kept. */
  g_assert_true (psl_schedule_reschedule (f->store, PSL_DUE_FOLLOWUP, "f3", "2099-01-05", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'f3'"
                                             " AND due_on = '2099-01-05' AND planned_on = '2026-06-12'"), ==, 1);
  g_assert_true (psl_schedule_reschedule (f->store, PSL_DUE_FOLLOWUP, "f3", "2099-01-06", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'f3'"
                                             " AND due_on = '2099-01-06' AND planned_on = '2026-06-12'"), ==, 1);
  g_assert_true (psl_schedule_reschedule (f->store, PSL_DUE_REVIEW, "c1", "2099-01-05", &error));
  g_assert_no_error (error);

  after = psl_schedule_load (f->store, TODAY, UNTIL, NULL, 50, &error);
  g_assert_cmpstr (refs (after->items), ==, "f2 i1 f4 f5");
}

static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  static const struct
  {
    gboolean    move;
    PslDueKind  kind;
    const char *id;
    const char *date;
    const char *says;
  } cases[] = {
    { TRUE,  PSL_DUE_FOLLOWUP,      "f2",     "2020-01-01", "passé" },
    { TRUE,  PSL_DUE_FOLLOWUP,      "f2",     "demain",     "date" },
    { TRUE,  PSL_DUE_FOLLOWUP,      "f9",     "2099-02-01", "avant le début" },
    { TRUE,  PSL_DUE_FOLLOWUP,      "f6",     "2099-02-01", "n’est plus à faire" },   /* done already */
    { TRUE,  PSL_DUE_FOLLOWUP,      "nowhere", "2099-02-01", "n’est plus à faire" },
    { FALSE, PSL_DUE_FOLLOWUP,      "f2",     "2099-01-01", "futur" },
    { FALSE, PSL_DUE_FOLLOWUP,      "f6",     "2026-06-10", "n’est plus à faire" },
    { FALSE, PSL_DUE_REVIEW,        "c1",     "2026-06-10", "bilan" },
    { FALSE, PSL_DUE_SURVEY,        "lea:6",  "2026-06-10", "pas quitté" },
    { FALSE, PSL_DUE_SURVEY,        "lea:7",  "2026-06-10", "Échéancier" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = cases[i].move
                    ? psl_schedule_reschedule (f->store, cases[i].kind, cases[i].id, cases[i].date, &error)
                    : psl_schedule_mark_done (f->store, cases[i].kind, cases[i].id, cases[i].date, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "accepted");
      g_assert_false (ok);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
  /* Nothing changed. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE planned_on IS NOT NULL"
                                             " OR (done_on IS NOT NULL AND id <> 'f6')"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey"), ==, 0);
}

/* The call after exit: the situation then, checked. */
static void
test_survey_recorded (PslTestFixture *f,
                      gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  struct { const char *ref, *date, *outcome; } bad[] = {
    { "old:6", "2099-01-01", "emploi_durable" },   /* in the future */
    { "old:6", "10/06/2026", "emploi_durable" },   /* not ISO */
    { "old:6", "2026-06-10", NULL },               /* no situation */
    { "old:6", "2026-06-10", "" },
    { "old:6", "2026-06-10", "en_vacances" },      /* not in the list */
    { "old:9", "2026-06-10", "emploi_durable" },   /* no such survey */
    { "lea:6", "2026-06-10", "emploi_durable" },   /* has not left */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("case %u", i);
      g_assert_false (psl_schedule_record_survey (f->store, bad[i].ref, bad[i].date, bad[i].outcome, "x", &error));
      g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey"), ==, 0);

  g_assert_true (psl_schedule_record_survey (f->store, "old:6", "2026-06-10", "emploi_durable",
                                             "CDI chez Vidal depuis mars", &error));
  g_assert_no_error (error);
  /* Dated from the exit (5 December 2025), by her counsellor. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey WHERE person_id = 'old'"
                                             " AND months = 6 AND due_on = '2026-06-05' AND done_on = '2026-06-10'"
                                             " AND outcome = 'emploi_durable' AND notes = 'CDI chez Vidal depuis mars'"
                                             " AND staff_id = 'a'"), ==, 1);
  /* Recorded again: the latest words, one survey still. */
  g_assert_true (psl_schedule_record_survey (f->store, "old:6", "2026-06-11", "formation_qualifiante", "", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey WHERE outcome = 'formation_qualifiante'"
                                             " AND done_on = '2026-06-11' AND notes = 'CDI chez Vidal depuis mars'"),
                   ==, 1);
}

/* The team's ten things due written for a spreadsheet, in date order,
 * the three overdue marked late. */
static void
test_export (PslTestFixture *f,
             gconstpointer   data)
{
  g_autofree char *csv = g_build_filename (f->dir, "echeancier.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "none", "echeancier.csv", NULL);
  g_autoptr(PslCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0, late = 0;

  g_assert_true (psl_schedule_export (f->store, TODAY, UNTIL, NULL, csv, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 10);
  table = psl_csv_read_file (csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->rows->len, ==, 11);
  g_assert_cmpstr (((char **) g_ptr_array_index (table->rows, 0))[0], ==, "Échéance");
  for (guint i = 1; i < table->rows->len; i++)
    late += g_strcmp0 (((char **) g_ptr_array_index (table->rows, i))[1], "Oui") == 0;
  g_assert_cmpuint (late, ==, 3);

  g_assert_false (psl_schedule_export (f->store, TODAY, UNTIL, NULL, missing, &n, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/schedule/when", test_when);
  g_test_add ("/schedule/export", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_export,
              psl_test_fixture_teardown);
  g_test_add ("/schedule/load", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_load,
              psl_test_fixture_teardown);
  g_test_add ("/schedule/done-and-moved", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_done_and_moved,
              psl_test_fixture_teardown);
  g_test_add ("/schedule/refused", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_refused,
              psl_test_fixture_teardown);
  g_test_add ("/schedule/survey-recorded", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_survey_recorded,
              psl_test_fixture_teardown);
  return g_test_run ();
}
