/* test-compliance.c — the follow-up figures of a period, checked against a fixture counted by hand */

#include "config.h"

#include "psl-compliance.h"
#include "psl-test.h"
#include "psl-store-private.h"

/* March 2026, judged on 10 April 2026. */
#define FROM  "2026-03-01"
#define TO    "2026-03-31"
#define TODAY "2026-04-10"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-01-01', 'a'), ('hugo', 'Hugo', 'Rey', '2025-01-01', 'b');" \
  "INSERT INTO placement (id, person_id, company_id, staff_id, stage, kind, contract_type, proposed_on," \
  "                       start_date, end_date, ended_by, end_reason) VALUES" \
  /* three starts in March for Alice, one refused */ \
  " ('p1', 'lea', 'c', NULL, 'contract', 'contract', 'cdd', '2026-02-01', '2026-03-02', NULL, NULL, NULL)," \
  " ('p2', 'lea', 'c', 'a', 'contract', 'contract', 'cdd', '2026-02-01', '2026-03-09', NULL, NULL, NULL)," \
  " ('p3', 'lea', 'c', 'a', 'immersion', 'immersion', 'pmsmp', '2026-02-01', '2026-03-20', NULL, NULL, NULL)," \
  " ('p4', 'lea', 'c', 'a', 'refused', 'contract', 'cdd', '2026-02-01', '2026-03-21', NULL, NULL, NULL)," \
  /* ruptures in March: in the second month, the first month, the fifteenth; an end at term */ \
  " ('r1', 'lea', 'c', 'a', 'ended', 'contract', 'cdd', '2026-01-01', '2026-01-15', '2026-03-10', 'employer', 'comportement')," \
  " ('r2', 'lea', 'c', 'a', 'ended', 'contract', 'cdd', '2026-01-01', '2026-03-02', '2026-03-20', 'person', 'integration_equipe')," \
  " ('r3', 'lea', 'c', 'a', 'ended', 'contract', 'cdi', '2024-12-01', '2025-01-10', '2026-03-15', 'employer', NULL)," \
  " ('r4', 'lea', 'c', 'a', 'ended', 'contract', 'cdd', '2026-01-01', '2026-03-01', '2026-03-31', 'term', 'fin_contrat')," \
  " ('r5', 'hugo', 'c', 'b', 'ended', 'contract', 'cdd', '2026-01-01', '2026-03-01', '2026-03-25', 'employer', 'comportement');" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, planned_on, done_on, tripartite," \
  "                      deleted_at) VALUES" \
  " ('f1', 'lea', 'p1', 'a', 'x', '2026-03-05', NULL,         '2026-03-05', 0, NULL)," \
  " ('f2', 'lea', NULL, 'a', 'x', '2026-03-10', NULL,         '2026-03-12', 0, NULL)," \
  " ('f3', 'lea', NULL, 'a', 'x', '2026-03-15', NULL,         NULL,         0, NULL)," \
  " ('f4', 'lea', NULL, 'a', 'x', '2026-04-20', '2026-03-20', NULL,         0, NULL)," \
  " ('f5', 'lea', NULL, 'a', 'x', '2026-03-28', '2026-03-25', '2026-03-28', 0, NULL)," \
  " ('f6', 'lea', 'p2', 'a', 'x', '2026-03-30', NULL,         '2026-03-30', 1, NULL)," \
  " ('f7', 'lea', NULL, 'a', 'x', '2026-04-02', NULL,         NULL,         0, NULL)," \
  " ('f8', 'lea', NULL, 'a', 'x', '2026-03-12', NULL,         NULL,         0, '2026-03-13T00:00:00.000Z')," \
  " ('f9', 'hugo', NULL, 'b', 'x', '2026-03-11', NULL,        '2026-03-11', 0, NULL);" \
  "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, resolved_on, staff_id) VALUES" \
  " ('a1', 'lea', 'tutor', 2, '2026-03-05', '2026-03-10', 'a')," \
  " ('a2', 'lea', 'person', 3, '2026-03-20', NULL, 'a')," \
  " ('a3', 'lea', 'company', 1, '2026-02-20', NULL, 'a')," \
  " ('a4', 'lea', 'tutor', 2, '2026-03-25', '2026-04-05', 'a');"

static void
test_counsellor (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCompliance) c = psl_compliance_load (f->store, FROM, TO, TODAY, "a", NULL, &error);
  PslCodeCount *cause;

  g_assert_no_error (error);
  /* f1 to f6: f1 and f6 on their day, f2 two days and f5 three days
   * after the date first planned, on time within the default week's
   * tolerance; f3 missed, f4 moved to April and still to come. */
  g_assert_cmpuint (c->planned, ==, 6);
  g_assert_cmpuint (c->on_time, ==, 4);
  g_assert_cmpuint (c->late, ==, 0);
  g_assert_cmpuint (c->missed, ==, 1);
  g_assert_cmpuint (c->pending, ==, 1);
  g_assert_cmpuint (c->tripartite, ==, 1);
  /* p1 (3 days to f1), p2 (21 days to f6), p3, and the contracts r2 and
   * r4 started in March too (none of those three followed yet); p4 refused. */
  g_assert_cmpuint (c->starts, ==, 5);
  g_assert_cmpfloat (c->first_days, ==, 12.0);
  /* a1, a2 and a4 opened in March; a1 resolved in March, a4 only in April. */
  g_assert_cmpuint (c->alerts_opened, ==, 3);
  g_assert_cmpuint (c->alerts_resolved, ==, 1);
  /* r1 in its second month, r2 in its first, r3 after a year; r4 at term. */
  g_assert_cmpuint (c->ruptures, ==, 3);
  g_assert_cmpuint (c->by_month[1], ==, 1);
  g_assert_cmpuint (c->by_month[2], ==, 1);
  g_assert_cmpuint (c->by_month[0], ==, 1);
  g_assert_cmpuint (c->by_cause->len, ==, 3);
  cause = g_ptr_array_index (c->by_cause, 0);
  g_assert_cmpstr (cause->label, ==, "Cause non renseignée");
  cause = g_ptr_array_index (c->by_cause, 1);
  g_assert_cmpstr (cause->label, ==, "Comportement");
  g_assert_cmpuint (cause->count, ==, 1);
}

static void
test_team (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCompliance) c = psl_compliance_load (f->store, FROM, TO, TODAY, NULL, NULL, &error);
  PslCodeCount *cause;

  g_assert_no_error (error);
  /* Bruno's f9, done on its day, and r5 join in. */
  g_assert_cmpuint (c->planned, ==, 7);
  g_assert_cmpuint (c->on_time, ==, 5);
  g_assert_cmpuint (c->ruptures, ==, 4);
  cause = g_ptr_array_index (c->by_cause, 0);
  g_assert_cmpstr (cause->code, ==, "comportement");
  g_assert_cmpuint (cause->count, ==, 2);
}

/* The tolerance of "done on time" is the structure's: with none, f2 and
 * f5 are late; with two days, f2 (two days after) is on time and f5
 * (three days after) late.  Beyond two months it is refused. */
static void
test_tolerance (PslTestFixture *f,
                gconstpointer   data)
{
  static const struct { guint days; guint on_time, late; } cases[] = {
    { 0, 2, 2 }, { 2, 3, 1 }, { 3, 4, 0 }, { 60, 4, 0 },
  };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (psl_followup_tolerance_get (f->store), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PslCompliance) c = NULL;

      g_assert_true (psl_followup_tolerance_set (f->store, cases[i].days, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (psl_followup_tolerance_get (f->store), ==, cases[i].days);
      c = psl_compliance_load (f->store, FROM, TO, TODAY, "a", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (c->on_time, ==, cases[i].on_time);
      g_assert_cmpuint (c->late, ==, cases[i].late);
      g_assert_cmpuint (c->missed, ==, 1);
    }
  g_assert_false (psl_followup_tolerance_set (f->store, 61, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpuint (psl_followup_tolerance_get (f->store), ==, 60);
  /* It is the structure's rule, kept on its record that travels to the
   * other sites, not on this computer; a value set at another site is the
   * one read here, and the file itself refuses one out of bounds. */
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT followup_tolerance_days FROM structure"), ==, 60);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM meta WHERE key LIKE '%tolerance%'"), ==, 0);
  psl_test_exec (f->store, "UPDATE structure SET followup_tolerance_days = 5;");
  g_assert_cmpuint (psl_followup_tolerance_get (f->store), ==, 5);
  g_assert_false (psl_store_exec (f->store, "UPDATE structure SET followup_tolerance_days = 61;", &error));
  g_clear_error (&error);
  /* None set: a week. */
  psl_test_exec (f->store, "UPDATE structure SET followup_tolerance_days = NULL;");
  g_assert_cmpuint (psl_followup_tolerance_get (f->store), ==, 7);
}

static void
test_bad_period (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (psl_compliance_load (f->store, TO, FROM, TODAY, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (psl_compliance_load (f->store, "mars", TO, TODAY, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* An empty period: zeros, no median. */
  {
    g_autoptr(PslCompliance) c = psl_compliance_load (f->store, "2020-01-01", "2020-01-31", TODAY, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (c->planned, ==, 0);
    g_assert_cmpfloat (c->first_days, ==, -1.0);
    g_assert_cmpuint (c->by_cause->len, ==, 0);
  }
}

static void
test_period_bounds (void)
{
  struct { PslPeriod period; const char *today, *from, *to; } cases[] = {
    { PSL_PERIOD_MONTH,   "2026-11-23", "2026-11-01", "2026-11-30" },
    { PSL_PERIOD_MONTH,   "2028-02-29", "2028-02-01", "2028-02-29" },
    { PSL_PERIOD_QUARTER, "2026-11-23", "2026-09-01", "2026-11-30" },
    { PSL_PERIOD_QUARTER, "2027-01-31", "2026-11-01", "2027-01-31" },
    { PSL_PERIOD_QUARTER, "2027-02-15", "2026-12-01", "2027-02-28" },
    { PSL_PERIOD_YEAR,    "2026-11-23", "2026-01-01", "2026-11-30" },
    { PSL_PERIOD_YEAR,    "2026-01-01", "2026-01-01", "2026-01-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      psl_period_bounds (cases[i].period, cases[i].today, &from, &to);
      g_assert_cmpstr (from, ==, cases[i].from);
      g_assert_cmpstr (to, ==, cases[i].to);
    }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/compliance/counsellor", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_counsellor,
              psl_test_fixture_teardown);
  g_test_add ("/compliance/team", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_team,
              psl_test_fixture_teardown);
  g_test_add ("/compliance/tolerance", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_tolerance,
              psl_test_fixture_teardown);
  g_test_add ("/compliance/bad-period", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_bad_period,
              psl_test_fixture_teardown);
  g_test_add_func ("/compliance/period-bounds", test_period_bounds);
  return g_test_run ();
}
