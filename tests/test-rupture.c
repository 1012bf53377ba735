/* test-rupture.c — an early end recorded: who, why, the plan withdrawn, the meeting after; the lists of people in work and open alerts */

#include "config.h"

#include <string.h>

#include "psl-format.h"
#include "psl-in-work.h"
#include "psl-rupture.h"
#include "psl-test.h"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Marty');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal'), ('d', 'Garage Roux');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a'), ('tom', 'Tom', 'Bru', '2025-03-01', 'b')," \
  " ('ana', 'Ana', 'Cros', '2025-03-01', 'a'), ('old', 'Paul', 'Vieux', '2024-01-01', 'a');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date, planned_end)" \
  " VALUES ('cdd', 'lea', 'c', 'contract', 'contract', 'cdd', '2026-01-02', '2026-01-05', '2099-12-31')," \
  "        ('cdi', 'tom', 'd', 'contract', 'contract', 'cdi', '2026-08-01', '2026-08-03', NULL)," \
  "        ('imm', 'ana', 'c', 'immersion', 'immersion', NULL, '2026-09-01', '2026-09-14', '2026-12-31')," \
  "        ('long', 'old', 'd', 'contract', 'contract', 'cdi', '2025-01-01', '2025-01-06', NULL)," \
  "        ('prop', 'ana', 'd', 'proposed', NULL, NULL, '2026-09-01', NULL, NULL);" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, done_on, plan_step) VALUES" \
  " ('f1', 'lea', 'cdd', 'a', 'Un mois', '2026-02-05', '2026-02-05', 'contract:3')," \
  " ('f2', 'lea', 'cdd', 'a', 'Six mois', '2026-07-06', NULL, 'contract:5')," \
  " ('f3', 'lea', 'cdd', 'a', 'Préparer la fin', '2099-12-03', NULL, 'contract:6')," \
  " ('f4', 'lea', 'cdd', 'a', 'Point ajouté', '2099-01-05', NULL, NULL)," \
  " ('f5', 'lea', 'cdd', 'a', 'Deux mois', '2026-03-05', NULL, 'contract:4')," \
  " ('t1', 'tom', 'cdi', 'b', 'Un mois', '2026-09-03', NULL, 'contract:3')," \
  " ('t2', 'tom', 'cdi', 'b', 'Trois mois', '2026-11-03', '2026-11-04', 'contract:4')," \
  " ('t3', 'tom', 'cdi', 'b', 'Six mois', '2027-02-03', NULL, 'contract:5');" \
  "INSERT INTO alert (id, person_id, company_id, raised_by, risk_level, opened_on, actions, resolved_on, resolution, staff_id) VALUES" \
  " ('al1', 'ana', 'c', 'tutor', 2, '2026-10-01', 'Médiation prévue', NULL, NULL, 'a')," \
  " ('al2', 'tom', 'd', 'person', 3, '2026-11-02', NULL, NULL, NULL, 'b')," \
  " ('al3', 'lea', 'c', 'company', 3, '2026-03-01', NULL, '2026-03-10', 'Réglé', 'a');"

static char *
week_on_weekday (void)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) day = psl_date_parse (today);

  g_date_add_days (day, 7);
  while (g_date_get_weekday (day) >= G_DATE_SATURDAY)
    g_date_add_days (day, 1);
  return psl_date_to_iso (day);
}

static void
test_record (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_day = week_on_weekday ();
  g_autofree char *meeting = psl_rupture_record (f->store, "cdd", "2026-03-02", "person", "demission", &error);
  g_autofree char *query = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'cdd' AND stage = 'ended'"
                                             " AND end_date = '2026-03-02' AND ended_by = 'person'"
                                             " AND end_reason = 'demission' AND planned_end = '2099-12-31'"), ==, 1);
  /* The plan's follow-ups after the end withdrawn (f2, f3, f5), kept in the
   * file; the one done (f1) and the one added by hand (f4) stay. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE deleted_at IS NOT NULL"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id IN ('f2', 'f3', 'f5')"
                                             " AND deleted_at IS NOT NULL"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id IN ('f1', 'f4')"
                                             " AND deleted_at IS NULL"), ==, 2);
  /* The meeting a week on (the end is long past: from today), on a working day. */
  query = g_strdup_printf ("SELECT count(*) FROM followup WHERE id = '%s' AND person_id = 'lea'"
                           " AND placement_id = 'cdd' AND staff_id = 'a' AND due_on = '%s' AND planned_on = due_on"
                           " AND plan_step IS NULL AND done_on IS NULL AND deleted_at IS NULL",
                           meeting, expected_day);
  g_assert_cmpint (psl_test_count (f->store, query), ==, 1);

  /* Done once: a second time is refused, and nothing moves. */
  g_assert_null (psl_rupture_record (f->store, "cdd", "2026-03-03", "employer", "comportement", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE end_date = '2026-03-02'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE deleted_at IS NULL"), ==, 6);
}

static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) tomorrow_date = psl_date_parse (today);
  g_autofree char *tomorrow = NULL;
  struct {
    const char *placement, *end, *by, *cause;
  } bad[] = {
    { "prop", "2026-09-10", "person", "demission" },        /* never started */
    { "nobody", "2026-09-10", "person", "demission" },      /* no such placement */
    { "cdi", "", "person", "demission" },                   /* no date */
    { "cdi", "31/09/2026", "person", "demission" },         /* not a date */
    { "cdi", "2026-02-30", "person", "demission" },         /* a day that does not exist */
    { "cdi", "2026-08-02", "person", "demission" },         /* before the start */
    { "cdi", NULL, "person", "demission" },                 /* tomorrow */
    { "imm", "2026-12-31", "person", "demission" },         /* its planned end: not early (and ahead) */
    { "cdi", "2026-09-10", "term", "demission" },           /* "term" is not an early end */
    { "cdi", "2026-09-10", NULL, "demission" },
    { "cdi", "2026-09-10", "employer", NULL },              /* no cause */
    { "cdi", "2026-09-10", "employer", "" },
    { "cdi", "2026-09-10", "employer", "lassitude" },       /* not in the list */
  };

  g_date_add_days (tomorrow_date, 1);
  tomorrow = psl_date_to_iso (tomorrow_date);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *meeting = psl_rupture_record (f->store, bad[i].placement, bad[i].end != NULL ? bad[i].end : tomorrow,
                                                     bad[i].by, bad[i].cause, &error);

      g_test_message ("case %u", i);
      g_assert_null (meeting);
      g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
      g_assert_cmpuint (strlen (error->message), >, 10);
      g_clear_error (&error);
      g_assert_false (psl_rupture_check (f->store, bad[i].placement, bad[i].end != NULL ? bad[i].end : tomorrow,
                                         bad[i].by, bad[i].cause, &error));
    }
  /* Nothing changed. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE stage = 'ended'"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup"), ==, 8);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE deleted_at IS NOT NULL"), ==, 0);
}

static void
test_withdraw_after_form (PslTestFixture *f,
                          gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  /* Not ended: nothing withdrawn. */
  g_assert_cmpint (psl_followup_plan_withdraw (f->store, "cdi", &error), ==, 0);
  /* Ended in its form on 1 October: the plan's two after it go (t3 after; t1
   * before stays, t2 was done), nothing else. */
  psl_test_exec (f->store, "UPDATE placement SET stage = 'ended', end_date = '2026-10-01', ended_by = 'employer'"
                           " WHERE id = 'cdi';");
  g_assert_cmpint (psl_followup_plan_withdraw (f->store, "cdi", &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE deleted_at IS NOT NULL AND id = 't3'"),
                   ==, 1);
  g_assert_cmpint (psl_followup_plan_withdraw (f->store, "cdi", &error), ==, 0);
}

static void
test_in_work (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  guint total = 99;
  g_autoptr(GPtrArray) lines = NULL;
  PslInWorkLine *line;

  /* Tom's follow-up of November was planned by Alice, written down by Bruno:
   * the last to change it is the one named. */
  psl_test_exec (f->store, "UPDATE followup SET created_by = 'a', updated_by = 'b' WHERE id = 't2';");
  lines = psl_in_work_load (f->store, "2026-11-20", NULL, 10, &total, &error);

  g_assert_no_error (error);
  /* Under way and started in the last six months: the CDI of Tom (an alert
   * of high risk, one follow-up overdue) then Ana's immersion (real risk);
   * not Léa's CDD (started in January), not Paul's (2025), not a proposal. */
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (lines->len, ==, 2);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpstr (line->person_name, ==, "Tom Bru");
  g_assert_cmpstr (line->firm, ==, "Garage Roux");
  g_assert_cmpint (line->risk, ==, 3);
  g_assert_cmpuint (line->overdue, ==, 1);
  g_assert_cmpstr (line->last_done, ==, "2026-11-04");
  g_assert_cmpstr (line->last_done_by, ==, "Bruno Marty");
  g_assert_cmpstr (line->next_due, ==, "2026-09-03");
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpstr (line->person_name, ==, "Ana Cros");
  g_assert_cmpstr (line->what, ==, "Immersion");
  g_assert_cmpint (line->risk, ==, 2);
  g_assert_null (line->last_done);
  g_assert_null (line->last_done_by);
  g_assert_null (line->next_due);

  /* One counsellor's, and the cut. */
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = psl_in_work_load (f->store, "2026-11-20", "b", 10, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpstr (((PslInWorkLine *) g_ptr_array_index (lines, 0))->person_id, ==, "tom");
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = psl_in_work_load (f->store, "2026-11-20", NULL, 1, &total, &error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpuint (total, ==, 2);
  /* Seen from February: Léa's CDD, started a month before. */
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = psl_in_work_load (f->store, "2026-02-10", NULL, 10, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpstr (((PslInWorkLine *) g_ptr_array_index (lines, 0))->placement_id, ==, "cdd");
}

/* A ranked list as read for the team (NULL) or one member, cut at
 * `limit`, joined by `sep`; its total without the cut in `total`. */
typedef char *(*RankingRead) (PslStore   *store,
                              const char *member,
                              guint       limit,
                              guint      *total);

/* Checks a ranked list against the plainest SQL (a format taking the
 * member twice then the cut), for the team and for member "a", at cuts
 * of 5, 50 and 500, and its total against the same SQL uncut. */
static void
check_ranking (PslTestFixture *f,
               const char     *format,
               const char     *sep,
               guint           least_total,
               RankingRead     read)
{
  static const char *const members[] = { NULL, "a" };

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    for (guint limit = 5; limit <= 500; limit *= 10)
      {
        g_autofree char *who = members[m] != NULL ? g_strdup_printf ("'%s'", members[m]) : g_strdup ("NULL");
        g_autofree char *query = g_strdup_printf (format, who, who, limit);
        g_autofree char *all_query = g_strdup_printf (format, who, who, 100000);
        g_autofree char *expected = psl_test_query_text (f->store, query);
        g_autofree char *everyone = psl_test_query_text (f->store, all_query);
        g_auto(GStrv) all = g_strsplit (everyone != NULL ? everyone : "", sep, -1);
        guint total = 0;
        g_autofree char *got = read (f->store, members[m], limit, &total);

        g_assert_cmpstr (got, ==, expected);
        g_assert_cmpuint (total, ==, g_strv_length (all));
        /* Enough of them for the cut and the ranks to matter. */
        g_assert_cmpuint (total, >, least_total);
      }
}

static char *
in_work_ranking (PslStore   *store,
                 const char *member,
                 guint       limit,
                 guint      *total)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = psl_in_work_load (store, "2026-11-20", member, limit, total, &error);
  GString *got = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (got, "%s%s", i > 0 ? " " : "",
                            ((PslInWorkLine *) g_ptr_array_index (lines, i))->placement_id);
  return g_string_free (got, FALSE);
}

static char *
alerts_ranking (PslStore   *store,
                const char *member,
                guint       limit,
                guint      *total)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) alerts = psl_open_alerts_load (store, member, limit, total, &error);
  GString *got = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < alerts->len; i++)
    {
      PslOpenAlert *alert = g_ptr_array_index (alerts, i);

      g_string_append_printf (got, "%s%d %s %s", i > 0 ? "|" : "", alert->risk, alert->opened_on,
                              alert->person_name);
    }
  return g_string_free (got, FALSE);
}

/* Many placements, some of people at risk, ranked and counted as the
 * definition says, here in its plainest SQL: every placement running on
 * the day, started in the six months before it, by risk, then latest
 * start, then id.  Written with a fixed random sequence so that starts
 * fall on the same days, stages and ends mix, and alerts are open,
 * resolved or deleted. */
static void
test_in_work_ranked (PslTestFixture *f,
                     gconstpointer   data)
{
  static const char *const expected_sql =
    "SELECT group_concat(id, ' ') FROM (SELECT pl.id FROM placement pl"
    " WHERE pl.deleted_at IS NULL AND pl.stage IN ('immersion', 'contract')"
    "   AND pl.start_date BETWEEN '2026-05-20' AND '2026-11-20'"
    "   AND (pl.end_date IS NULL OR pl.end_date >= '2026-11-20')"
    "   AND (%s IS NULL OR coalesce(pl.staff_id, (SELECT referent_id FROM person WHERE id = pl.person_id)) = %s)"
    " ORDER BY coalesce((SELECT max(risk_level) FROM alert a WHERE a.person_id = pl.person_id"
    "                     AND a.resolved_on IS NULL AND a.deleted_at IS NULL), 0) DESC,"
    "          pl.start_date DESC, pl.id LIMIT %u);";
  g_autoptr(GRand) rand = g_rand_new_with_seed (26);
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < 400; i++)
    {
      static const char *const stages[] = { "proposed", "immersion", "contract", "contract", "ended" };
      const char *stage = stages[g_rand_int_range (rand, 0, G_N_ELEMENTS (stages))];
      guint started = g_rand_int_range (rand, 0, 300);  /* days before 2026-11-30 */
      gint ends = g_rand_int_range (rand, -60, 120);    /* days after 2026-11-20, or none */

      g_string_append_printf (sql,
        "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES"
        " ('q%u', 'P%u', 'N%u', '2025-01-01', '%s');"
        "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date, end_date, staff_id,"
        " deleted_at) VALUES ('x%03u', 'q%u', 'c', '%s', '%s', '2025-01-01', date('2026-11-30', '-%u days'), NULL, %s, %s);",
        i, i, i, g_rand_boolean (rand) ? "a" : "b",
        i, i, stage, g_str_equal (stage, "immersion") ? "immersion" : "contract", started,
        g_rand_int_range (rand, 0, 3) == 0 ? "'b'" : "NULL",
        g_rand_int_range (rand, 0, 20) == 0 ? "'2026-11-01'" : "NULL");
      if (ends <= 90)
        g_string_append_printf (sql, "UPDATE placement SET end_date = max(start_date, date('2026-11-20', '%+d days'))"
                                " WHERE id = 'x%03u';",
                                ends, i);
      if (g_rand_int_range (rand, 0, 8) == 0)
        g_string_append_printf (sql,
          "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, resolved_on, deleted_at) VALUES"
          " ('risk-%u', 'q%u', 'tutor', %d, '2026-10-01', %s, %s);",
          i, i, g_rand_int_range (rand, 1, 4), g_rand_int_range (rand, 0, 4) == 0 ? "'2026-10-15'" : "NULL",
          g_rand_int_range (rand, 0, 6) == 0 ? "'2026-10-20'" : "NULL");
    }
  psl_test_exec (f->store, sql->str);

  check_ranking (f, expected_sql, " ", 20, in_work_ranking);
}

/* Many alerts open, ranked as the plainest SQL ranks them: by risk, then
 * the oldest, then the person's name; none resolved, deleted or of a
 * person deleted.  They are opened on a few days, so that the last one
 * shown ties with others, which must come in by name. */
static void
test_open_alerts_ranked (PslTestFixture *f,
                         gconstpointer   data)
{
  static const char *const expected_sql =
    "SELECT group_concat(k, '|') FROM (SELECT a.risk_level || ' ' || a.opened_on || ' ' || p.first_name || ' '"
    "  || p.last_name AS k FROM alert a JOIN person p ON p.id = a.person_id"
    " WHERE a.resolved_on IS NULL AND a.deleted_at IS NULL AND p.deleted_at IS NULL"
    "   AND (%s IS NULL OR coalesce(a.staff_id, p.referent_id) = %s)"
    " ORDER BY a.risk_level DESC, a.opened_on, p.first_name || ' ' || p.last_name LIMIT %u);";
  g_autoptr(GRand) rand = g_rand_new_with_seed (33);
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (sql,
        "INSERT INTO person (id, first_name, last_name, entered_on, referent_id, deleted_at) VALUES"
        " ('q%u', 'P%u', 'N%u', '2025-01-01', '%s', %s);",
        i, g_rand_int_range (rand, 0, 1000), i, g_rand_boolean (rand) ? "a" : "b",
        g_rand_int_range (rand, 0, 15) == 0 ? "'2026-11-02'" : "NULL");
      for (gint n = g_rand_int_range (rand, 0, 3); n > 0; n--)
        g_string_append_printf (sql,
          "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, staff_id, resolved_on, deleted_at)"
          " VALUES ('r%u-%d', 'q%u', 'tutor', %d, date('2026-10-01', '+%d days'), %s, %s, %s);",
          i, n, i, g_rand_int_range (rand, 1, 4), g_rand_int_range (rand, 0, 4),
          g_rand_int_range (rand, 0, 3) == 0 ? "'b'" : "NULL",
          g_rand_int_range (rand, 0, 4) == 0 ? "'2026-10-15'" : "NULL",
          g_rand_int_range (rand, 0, 8) == 0 ? "'2026-10-20'" : "NULL");
    }
  psl_test_exec (f->store, sql->str);

  check_ranking (f, expected_sql, "|", 50, alerts_ranking);
}

static void
test_open_alerts (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  guint total = 0;
  g_autoptr(GPtrArray) alerts = psl_open_alerts_load (f->store, NULL, 10, &total, &error);
  g_autofree char *subtitle = NULL;
  g_autofree char *opened = psl_format_date_short ("2026-10-01");
  PslOpenAlert *alert;

  g_assert_no_error (error);
  /* The resolved one left out; the most serious first. */
  g_assert_cmpuint (total, ==, 2);
  alert = g_ptr_array_index (alerts, 0);
  g_assert_cmpstr (alert->alert_id, ==, "al2");
  g_assert_cmpstr (alert->person_id, ==, "tom");
  alert = g_ptr_array_index (alerts, 1);
  g_assert_cmpstr (alert->firm, ==, "Boulangerie Vidal");
  subtitle = psl_open_alert_subtitle (alert);
  g_assert_nonnull (strstr (subtitle, "Boulangerie Vidal"));
  g_assert_nonnull (strstr (subtitle, opened));
  g_assert_nonnull (strstr (subtitle, "Médiation prévue"));

  g_clear_pointer (&alerts, g_ptr_array_unref);
  alerts = psl_open_alerts_load (f->store, "a", 10, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpstr (((PslOpenAlert *) g_ptr_array_index (alerts, 0))->alert_id, ==, "al1");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/rupture/record", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_record,
              psl_test_fixture_teardown);
  g_test_add ("/rupture/refused", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_refused,
              psl_test_fixture_teardown);
  g_test_add ("/rupture/withdraw-after-form", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_withdraw_after_form, psl_test_fixture_teardown);
  g_test_add ("/in-work/running", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_in_work,
              psl_test_fixture_teardown);
  g_test_add ("/in-work/ranked", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_in_work_ranked,
              psl_test_fixture_teardown);
  g_test_add ("/in-work/open-alerts", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_open_alerts,
              psl_test_fixture_teardown);
  g_test_add ("/in-work/open-alerts-ranked", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_open_alerts_ranked, psl_test_fixture_teardown);
  return g_test_run ();
}
