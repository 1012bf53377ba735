/* test-followup-plan.c — the follow-ups a start makes: trial periods by contract type, weekends, leap years, bad input */

#include "config.h"

#include <string.h>

#include "psl-followup-plan.h"
#include "psl-followup-template.h"
#include "psl-format.h"
#include "psl-test.h"

static void
test_trial_end (void)
{
  static const struct
  {
    const char *type;
    const char *start;
    const char *end;
    const char *trial_end;    /* NULL: no trial period */
  } cases[] = {
    /* CDI: two months, to the day before the same date */
    { "cdi",                  "2026-03-02", NULL,         "2026-05-01" },
    { "cdi",                  "2027-12-29", NULL,         "2028-02-28" },   /* 29 February exists: the day before */
    { "cdi",                  "2027-12-31", NULL,         "2028-02-29" },   /* no 31 February: the last day, leap */
    { "cdi",                  "2026-12-31", NULL,         "2027-02-28" },   /* the same, not leap */
    /* CDD up to six months: a day a week, at most two weeks */
    { "cdd",                  "2026-03-02", "2026-06-01", "2026-03-14" },   /* 92 days, 13 weeks: 13 days */
    { "cdd",                  "2026-03-01", "2026-08-31", "2026-03-14" },   /* six months: two weeks */
    { "cdd",                  "2026-03-01", "2026-09-01", "2026-03-31" },   /* beyond: a month */
    { "cdd",                  "2026-03-02", "2026-03-15", "2026-03-03" },   /* two weeks: two days */
    { "cdd",                  "2026-03-02", "2026-03-04", "2026-03-02" },   /* three days: one day */
    { "cdd",                  "2026-03-02", NULL,         "2026-03-15" },   /* no end agreed: two weeks */
    { "cddi",                 "2026-03-02", "2026-07-01", "2026-03-15" },
    { "pec",                  "2026-01-05", "2027-01-04", "2026-02-04" },
    { "professionnalisation", "2026-09-01", "2027-08-31", "2026-09-30" },
    /* temporary work: 2, 3 or 5 days worked */
    { "interim",              "2026-03-02", "2026-03-20", "2026-03-03" },
    { "interim",              "2026-03-02", "2026-04-15", "2026-03-04" },
    { "interim",              "2026-03-02", "2026-06-30", "2026-03-06" },
    { "interim",              "2026-03-05", "2026-04-15", "2026-03-09" },   /* Thursday: over the weekend */
    { "mission_insertion",    "2026-03-07", "2026-03-20", "2026-03-10" },   /* a Saturday: from Monday */
    /* apprenticeship: 45 days worked */
    { "apprentissage",        "2026-09-01", "2028-08-31", "2026-11-02" },
    /* Belgium: none, but three days of temporary work */
    { "be_interim",           "2026-03-06", "2026-03-31", "2026-03-10" },
    { "be_cdi",               "2026-03-02", NULL,         NULL },
    { "be_cdd",               "2026-03-02", "2026-09-01", NULL },
    { "article60",            "2026-03-02", "2027-03-01", NULL },
    { "pmsmp",                "2026-03-02", "2026-03-13", NULL },
    { NULL,                   "2026-03-02", NULL,         NULL },
    { "cdi",                  "2026-02-30", NULL,         NULL },           /* no such day */
    { "cdi",                  NULL,         NULL,         NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *end = psl_trial_end_default (cases[i].type, cases[i].start, cases[i].end);

      g_test_message ("case %u: %s from %s to %s", i, cases[i].type, cases[i].start, cases[i].end);
      g_assert_cmpstr (end, ==, cases[i].trial_end);
    }
  {
    g_autofree char *agreed = psl_trial_end ("2026-03-02", 30);
    g_autofree char *none = psl_trial_end ("2026-03-02", 0);

    g_assert_cmpstr (agreed, ==, "2026-03-31");
    g_assert_null (none);
  }
}

#define CONTRACT_STEPS \
  "[{\"label\":\"Premiers jours\",\"anchor\":\"start\",\"days\":2}," \
  " {\"label\":\"Première semaine\",\"anchor\":\"start\",\"days\":4}," \
  " {\"label\":\"Avant la fin de l'essai\",\"anchor\":\"trial_end\",\"days\":-3}," \
  " {\"label\":\"Un mois\",\"anchor\":\"start\",\"months\":1}," \
  " {\"label\":\"Trois mois\",\"anchor\":\"start\",\"months\":3}," \
  " {\"label\":\"Six mois\",\"anchor\":\"start\",\"months\":6}," \
  " {\"label\":\"Préparer la fin\",\"anchor\":\"end\",\"days\":-28}]"

static void
assert_plan (GPtrArray          *plan,
             const char * const *expected)
{
  guint n = g_strv_length ((char **) expected) / 2;

  for (guint i = 0; i < plan->len; i++)
    {
      PslPlannedFollowup *p = g_ptr_array_index (plan, i);
      g_test_message ("%s %s (%s)", p->due_on, p->label, p->step);
    }
  g_assert_cmpuint (plan->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      PslPlannedFollowup *p = g_ptr_array_index (plan, i);

      g_assert_cmpstr (p->due_on, ==, expected[2 * i]);
      g_assert_cmpstr (p->label, ==, expected[2 * i + 1]);
    }
}

static void
test_compute (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cdd = NULL;
  g_autoptr(GPtrArray) cdi = NULL;
  g_autoptr(GPtrArray) leap = NULL;
  g_autoptr(GPtrArray) weekly = NULL;

  /* A six-month CDD from Monday 2 March 2026, trial to Sunday 15 March:
   * six months falls after its end and is left out. */
  cdd = psl_followup_plan_compute ("contract", CONTRACT_STEPS, "2026-03-02", "2026-03-15", "2026-08-31", &error);
  g_assert_no_error (error);
  assert_plan (cdd, (const char *[]) {
    "2026-03-04", "Premiers jours", "2026-03-06", "Première semaine", "2026-03-12", "Avant la fin de l'essai",
    "2026-04-02", "Un mois", "2026-06-02", "Trois mois", "2026-08-03", "Préparer la fin", NULL });
  g_assert_cmpstr (((PslPlannedFollowup *) g_ptr_array_index (cdd, 2))->step, ==, "contract:2");

  /* A CDI from Friday 29 May 2026: two days on is a Sunday, moved to
   * Monday; three days before the trial ends is a Saturday, moved to
   * the Friday before; with no end, six months is kept and nothing is
   * prepared. */
  cdi = psl_followup_plan_compute ("contract", CONTRACT_STEPS, "2026-05-29", "2026-07-28", NULL, &error);
  g_assert_no_error (error);
  assert_plan (cdi, (const char *[]) {
    "2026-06-01", "Premiers jours", "2026-06-02", "Première semaine", "2026-06-29", "Un mois",
    "2026-07-24", "Avant la fin de l'essai", "2026-08-31", "Trois mois", "2026-11-30", "Six mois", NULL });

  /* From 31 January of a leap year: a month on is 29 February. */
  leap = psl_followup_plan_compute ("contract", CONTRACT_STEPS, "2028-01-31", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((PslPlannedFollowup *) g_ptr_array_index (leap, 2))->due_on, ==, "2028-02-29");

  /* A skills immersion of three weeks: weekly until the end, which has its own review. */
  weekly = psl_followup_plan_compute ("immersion_skills",
    "[{\"label\":\"Premiers jours\",\"anchor\":\"start\",\"days\":1},"
    " {\"label\":\"Point hebdomadaire\",\"anchor\":\"start\",\"days\":7,\"weekly\":true},"
    " {\"label\":\"Bilan\",\"anchor\":\"end\",\"days\":0}]", "2026-03-02", NULL, "2026-03-20", &error);
  g_assert_no_error (error);
  assert_plan (weekly, (const char *[]) {
    "2026-03-03", "Premiers jours", "2026-03-09", "Point hebdomadaire", "2026-03-16", "Point hebdomadaire",
    "2026-03-20", "Bilan", NULL });
  g_assert_cmpstr (((PslPlannedFollowup *) g_ptr_array_index (weekly, 2))->step, ==, "immersion_skills:1:1");
}

static void
test_compute_refused (void)
{
  static const char *const bad[] = {
    "",                                                        /* empty */
    "{\"label\":\"x\"}",                                       /* not a list */
    "[{\"anchor\":\"start\",\"days\":1}]",                     /* no name */
    "[{\"label\":\"x\",\"anchor\":\"tomorrow\"}]",             /* unknown anchor */
    "[{\"label\":\"x\",\"anchor\":\"start\",\"days\":99999}]", /* absurd */
    "[{\"label\":\"x\",\"anchor\":\"start\"}, 3]",             /* not a step */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, bad[i]);
      g_assert_null (psl_followup_plan_compute ("t", bad[i], "2026-03-02", NULL, NULL, &error));
      g_assert_nonnull (strstr (error->message, "« t »"));
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (psl_followup_plan_compute ("t", "[]", NULL, NULL, NULL, &error));
    g_assert_nonnull (error);
  }
}

#define PLACEMENTS \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('cip', 'Salomé', 'Lalbertie');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'cip');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, immersion_type, contract_type, proposed_on," \
  "                       start_date, planned_end, end_date, trial_days) VALUES" \
  " ('cdd',   'lea', 'c', 'contract',  'contract',  NULL,        'cdd',  '2030-01-01', '2030-03-04', '2030-08-30', NULL, NULL)," \
  " ('cddi',  'lea', 'c', 'contract',  'contract',  NULL,        'cddi', '2030-01-01', '2030-03-04', '2030-08-30', NULL, 10)," \
  " ('disc',  'lea', 'c', 'immersion', 'immersion', 'discovery', 'pmsmp', '2030-01-01', '2030-03-04', '2030-03-08', NULL, NULL)," \
  " ('skill', 'lea', 'c', 'immersion', 'immersion', 'skills',    'pmsmp', '2030-01-01', '2030-03-04', '2030-03-22', NULL, NULL)," \
  " ('prop',  'lea', 'c', 'proposed',  NULL,        NULL,        NULL,   '2030-01-01', NULL,         NULL,         NULL, NULL)," \
  " ('over',  'lea', 'c', 'ended',     'contract',  NULL,        'cdd',  '2020-01-01', '2020-03-02', '2020-08-31', '2020-08-31', NULL);"

static void
test_create (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  /* The template that fits. */
  code = psl_followup_plan_template_for (f->store, "cdd", &error);
  g_assert_cmpstr (code, ==, "contract");
  g_free (code);
  code = psl_followup_plan_template_for (f->store, "cddi", &error);
  g_assert_cmpstr (code, ==, "contract_insertion");
  g_free (code);
  code = psl_followup_plan_template_for (f->store, "skill", &error);
  g_assert_cmpstr (code, ==, "immersion_skills");
  g_free (code);
  code = psl_followup_plan_template_for (f->store, "disc", &error);
  g_assert_cmpstr (code, ==, "immersion_discovery");
  g_assert_no_error (error);

  /* CDD from Monday 4 March 2030 to 30 August, trial 14 days to Sunday
   * 17 March: first days 6/3, first week 8/3, before the trial ends 14/3,
   * a month 4/4, three months 4/6, the end prepared 2/8; six months is
   * past the end. */
  g_assert_cmpint (psl_followup_plan_create (f->store, "cdd", NULL, &error), ==, 6);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = 'cdd'"
                                             " AND person_id = 'lea' AND staff_id = 'cip'"
                                             " AND plan_step LIKE 'contract:%' AND planned_on = due_on"), ==, 6);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = 'cdd'"
                                             " AND due_on IN ('2030-03-06', '2030-03-08', '2030-03-14',"
                                             " '2030-04-04', '2030-06-04', '2030-08-02')"), ==, 6);
  /* Once only. */
  g_assert_cmpint (psl_followup_plan_create (f->store, "cdd", NULL, &error), ==, -1);
  g_assert_nonnull (strstr (error->message, "déjà"));
  g_clear_error (&error);
  g_assert_cmpint (psl_followup_plan_ensure (f->store, "cdd", &error), ==, 0);
  g_assert_no_error (error);

  /* An insertion contract, a trial agreed at 10 days: ends Wednesday 13
   * March, three days before is a Sunday, so Friday 8; two months on is
   * Saturday 4 May, so Monday 6; six months is past the end: 7 in all. */
  g_assert_cmpint (psl_followup_plan_ensure (f->store, "cddi", &error), ==, 7);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = 'cddi'"
                                             " AND due_on = '2030-03-08' AND plan_step = 'contract_insertion:2'"),
                   ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = 'cddi'"
                                             " AND due_on = '2030-05-06' AND label = 'Deux mois'"), ==, 1);

  /* A skills immersion of three weeks: first days, two weekly points, the end. */
  g_assert_cmpint (psl_followup_plan_create (f->store, "skill", NULL, &error), ==, 4);
  g_assert_cmpint (psl_followup_plan_create (f->store, "disc", NULL, &error), ==, 2);

  /* Not started, ended, unknown: refused, nothing made. */
  g_assert_cmpint (psl_followup_plan_create (f->store, "prop", NULL, &error), ==, -1);
  g_assert_nonnull (strstr (error->message, "pas commencé"));
  g_clear_error (&error);
  g_assert_cmpint (psl_followup_plan_ensure (f->store, "prop", &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (psl_followup_plan_create (f->store, "over", NULL, &error), ==, -1);
  g_assert_nonnull (strstr (error->message, "terminée"));
  g_clear_error (&error);
  g_assert_cmpint (psl_followup_plan_create (f->store, "nowhere", NULL, &error), ==, -1);
  g_clear_error (&error);
  g_assert_cmpint (psl_followup_plan_create (f->store, "prop", "no-such-template", &error), ==, -1);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup"), ==, 6 + 7 + 4 + 2);
}

/* Entered late: what was due before today is not planned. */
static void
test_entered_late (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);
  g_autofree char *start = NULL;
  g_autofree char *sql = NULL;

  g_date_subtract_days (date, 40);
  start = psl_date_to_iso (date);
  sql = g_strdup_printf ("INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on,"
                         " start_date) VALUES ('late', 'lea', 'c', 'contract', 'contract', 'cdi', '%s', '%s');",
                         start, start);
  psl_test_exec (f->store, sql);
  /* Started 40 days ago, a CDI: before the trial ends (two months), three
   * months and six months are still to come; the rest is past. */
  g_assert_cmpint (psl_followup_plan_create (f->store, "late", NULL, &error), ==, 3);
  g_assert_no_error (error);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM followup WHERE placement_id = 'late' AND due_on < '%s'", today);
  g_assert_cmpint (psl_test_count (f->store, sql), ==, 0);
}

/* The templates as the preferences edit them. */
static void
test_templates (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = psl_followup_template_list (f->store, &error);
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_plan_step_free);
  PslFollowupTemplate *contract;
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  /* The four of migration 8, in the order they are tried. */
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (((PslFollowupTemplate *) g_ptr_array_index (list, 0))->code, ==, "immersion_discovery");
  g_assert_cmpstr (((PslFollowupTemplate *) g_ptr_array_index (list, 0))->applies_to, ==,
                   "Immersions de découverte d’un métier");
  g_assert_nonnull (strstr (((PslFollowupTemplate *) g_ptr_array_index (list, 2))->applies_to, "CDDI"));
  contract = g_ptr_array_index (list, 3);
  g_assert_cmpstr (contract->code, ==, "contract");
  g_assert_cmpstr (contract->applies_to, ==, "Tout autre contrat");
  g_assert_cmpuint (contract->steps->len, ==, 7);
  described = psl_plan_step_describe (g_ptr_array_index (contract->steps, 0));
  g_assert_cmpstr (described, ==, "2 jours après le début");
  g_free (described);
  described = psl_plan_step_describe (g_ptr_array_index (contract->steps, 6));
  g_assert_cmpstr (described, ==, "28 jours avant la fin");
  g_free (described);
  described = psl_plan_step_describe (((PslPlanStep *) g_ptr_array_index (contract->steps, 3)));
  g_assert_cmpstr (described, ==, "1 mois après le début");
  g_free (described);
  {
    g_autoptr(PslPlanStep) weekly = psl_plan_step_new ("Point", "trial_end", 0, 0, TRUE);

    described = psl_plan_step_describe (weekly);
    g_assert_cmpstr (described, ==, "le jour de la fin de la période d’essai, puis chaque semaine jusqu’à la fin");
  }

  /* The contract's plan cut to two steps: a CDD made afterwards gets those
   * two (first days 6/3, a fortnight 18/3), nothing else. */
  g_ptr_array_add (steps, psl_plan_step_new ("Point des premiers jours", "start", 2, 0, FALSE));
  g_ptr_array_add (steps, psl_plan_step_new ("  Quinze jours ", "start", 14, 0, FALSE));
  g_assert_true (psl_followup_template_set_steps (f->store, "contract", steps, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_followup_plan_create (f->store, "cdd", NULL, &error), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE placement_id = 'cdd'"
                                             " AND ((due_on = '2030-03-06' AND plan_step = 'contract:0')"
                                             "   OR (due_on = '2030-03-18' AND label = 'Quinze jours'))"), ==, 2);

  /* Refused, and the steps saved stay. */
  {
    struct { const char *label, *anchor; int days, months; } bad[] = {
      { "", "start", 1, 0 },
      { "   ", "start", 1, 0 },
      { NULL, "start", 1, 0 },
      { "Point", "signature", 1, 0 },
      { "Point", NULL, 1, 0 },
      { "Point", "start", 4000, 0 },
      { "Point", "end", 0, -121 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_plan_step_free);

        g_test_message ("case %u", i);
        g_ptr_array_add (one, psl_plan_step_new ("Premier", "start", 1, 0, FALSE));
        g_ptr_array_add (one, psl_plan_step_new (bad[i].label, bad[i].anchor, bad[i].days, bad[i].months, FALSE));
        g_assert_false (psl_followup_template_set_steps (f->store, "contract", one, &error));
        g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
        g_clear_error (&error);
      }
    g_ptr_array_set_size (steps, 0);
    g_assert_false (psl_followup_template_set_steps (f->store, "contract", steps, &error));
    g_clear_error (&error);
    g_ptr_array_add (steps, psl_plan_step_new ("Point", "start", 1, 0, FALSE));
    g_assert_false (psl_followup_template_set_steps (f->store, "no-such-template", steps, &error));
    g_clear_error (&error);
    g_assert_cmpint (psl_test_count (f->store, "SELECT json_array_length(steps) FROM followup_template"
                                               " WHERE code = 'contract'"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/followup-plan/trial-end", test_trial_end);
  g_test_add_func ("/followup-plan/compute", test_compute);
  g_test_add_func ("/followup-plan/compute-refused", test_compute_refused);
  g_test_add ("/followup-plan/create", PslTestFixture, PLACEMENTS, psl_test_fixture_setup, test_create,
              psl_test_fixture_teardown);
  g_test_add ("/followup-plan/entered-late", PslTestFixture, PLACEMENTS, psl_test_fixture_setup,
              test_entered_late, psl_test_fixture_teardown);
  g_test_add ("/followup-plan/templates", PslTestFixture, PLACEMENTS, psl_test_fixture_setup, test_templates,
              psl_test_fixture_teardown);
  return g_test_run ();
}
