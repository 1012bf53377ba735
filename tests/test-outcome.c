/* test-outcome.c — the outcome at exit from the contracts, its override with a reason, age bands */

#include "config.h"

#include "psl-outcome.h"
#include "psl-test.h"

#define PEOPLE \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Transports Vayssière');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-01-01'), ('hugo', 'Hugo', 'Rigal', '2025-01-01')," \
  " ('ines', 'Inès', 'Bouzid', '2025-01-01');" \
  /* Léa: an immersion, then a CDD of exactly six months, then one withdrawn */ \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  " planned_end) VALUES" \
  " ('l1', 'lea', 'c', 'ended', 'immersion', 'pmsmp', '2026-01-01', '2026-01-10', '2026-01-24')," \
  " ('l2', 'lea', 'c', 'contract', 'contract', 'cdd', '2026-02-01', '2026-03-01', '2026-08-31')," \
  " ('l3', 'lea', 'c', 'withdrawn', 'contract', 'cdd', '2026-09-01', '2026-10-01', '2026-10-15')," \
  /* Hugo: temping */ \
  " ('h1', 'hugo', 'c', 'contract', 'contract', 'interim', '2026-05-01', '2026-05-04', '2026-12-31');"

/* Every contract type of the reference lists, France and Belgium, and the
 * edges of "six months": the expected outcome written from the rule
 * (lasting = CDI, or CDD of six months or more). */
static void
test_classify (void)
{
  static const struct
  {
    const char *type;
    const char *start;
    const char *end;
    const char *outcome;      /* NULL: not an exit */
  } cases[] = {
    /* lasting whatever the length */
    { "cdi",                  "2026-03-01", NULL,         "emploi_durable" },
    { "be_cdi",               "2026-03-01", "2026-03-31", "emploi_durable" },
    /* a CDD: six months to the day is lasting, one day less is not */
    { "cdd",                  "2026-03-01", "2026-08-31", "emploi_durable" },
    { "cdd",                  "2026-03-01", "2026-08-30", "emploi_transition" },
    { "cdd",                  "2026-03-01", "2026-08-29", "emploi_transition" },   /* 5 months 29 days */
    { "cdd",                  "2026-01-15", "2026-07-14", "emploi_durable" },
    { "cdd",                  "2026-01-15", "2026-07-13", "emploi_transition" },
    { "cdd",                  "2027-08-31", "2028-02-29", "emploi_durable" },      /* across a 29 February */
    { "cdd",                  "2026-03-01", "2027-02-28", "emploi_durable" },      /* a year */
    { "be_cdd",               "2026-01-01", "2026-06-30", "emploi_durable" },
    { "be_cdd",               "2026-01-01", "2026-06-29", "emploi_transition" },
    /* a CDD with no end known, or an end before its start: not assumed long */
    { "cdd",                  "2026-03-01", NULL,         "emploi_transition" },
    { "cdd",                  "2026-03-01", "2025-03-01", "emploi_transition" },
    /* temping, insertion and subsidised contracts, whatever their length */
    { "interim",              "2026-01-01", "2027-12-31", "emploi_transition" },
    { "be_interim",           "2026-01-01", "2026-01-05", "emploi_transition" },
    { "mission_insertion",    "2026-01-01", "2026-12-31", "emploi_transition" },
    { "cddi",                 "2026-01-01", "2027-12-31", "emploi_transition" },
    { "pec",                  "2026-01-01", "2026-12-31", "emploi_transition" },
    { "article60",            "2026-01-01", "2027-12-31", "emploi_transition" },
    { "article61",            "2026-01-01", "2026-06-30", "emploi_transition" },
    { "activa",               "2026-01-01", "2027-06-30", "emploi_transition" },
    { "titres_services",      "2026-01-01", "2027-06-30", "emploi_transition" },
    /* work-study: a qualifying training */
    { "apprentissage",        "2026-09-01", "2028-08-31", "formation_qualifiante" },
    { "professionnalisation", "2026-09-01", "2027-08-31", "formation_qualifiante" },
    { "be_alternance",        "2026-09-01", "2027-06-30", "formation_qualifiante" },
    /* an immersion or a traineeship is not an exit; nothing known gives nothing */
    { "pmsmp",                "2026-01-10", "2026-01-24", NULL },
    { "be_stage",             "2026-01-10", "2026-03-24", NULL },
    { NULL,                   NULL,         NULL,         NULL },
    { "porte-avions",         "2026-01-01", "2026-12-31", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: %s from %s to %s", i, cases[i].type, cases[i].start, cases[i].end);
      g_assert_cmpstr (psl_outcome_classify (cases[i].type, cases[i].start, cases[i].end), ==, cases[i].outcome);
    }
}

/* Every contract type of the reference data is one of the table's. */
static void
test_every_type_classified (PslTestFixture *f,
                            gconstpointer   data)
{
  g_assert_cmpint (psl_test_count (f->store,
    "SELECT count(*) FROM ref_item WHERE list_code = 'contract_type' AND code NOT IN"
    " ('cdi', 'be_cdi', 'cdd', 'be_cdd', 'interim', 'be_interim', 'mission_insertion', 'cddi', 'pec',"
    "  'article60', 'article61', 'activa', 'titres_services', 'apprentissage', 'professionnalisation',"
    "  'be_alternance', 'pmsmp', 'be_stage')"), ==, 0);
}

static void
test_computed_and_override (PslTestFixture *f,
                            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lea = psl_outcome_computed (f->store, "lea", &error);
  g_autofree char *hugo = psl_outcome_computed (f->store, "hugo", &error);
  g_autofree char *ines = psl_outcome_computed (f->store, "ines", &error);

  /* Léa's latest real contract is the six-month CDD (the later one was withdrawn). */
  g_assert_no_error (error);
  g_assert_cmpstr (lea, ==, "emploi_durable");
  g_assert_cmpstr (hugo, ==, "emploi_transition");
  g_assert_null (ines);

  /* Agreeing with the data needs no reason. */
  g_assert_true (psl_outcome_set (f->store, "hugo", "emploi_transition", NULL, &error));
  g_assert_no_error (error);
  /* Disagreeing needs one; nothing is written without it. */
  g_assert_false (psl_outcome_set (f->store, "lea", "demandeur_emploi", "  ", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea'"
                                             " AND exit_outcome IS NULL"), ==, 1);
  g_assert_true (psl_outcome_set (f->store, "lea", "demandeur_emploi", "Rupture pendant l'essai, non saisie",
                                  &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea'"
                                             " AND exit_outcome = 'demandeur_emploi'"
                                             " AND exit_outcome_reason LIKE 'Rupture%'"), ==, 1);
  /* Back to the data: the reason goes. */
  g_assert_true (psl_outcome_set (f->store, "lea", "emploi_durable", "plus utile", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea'"
                                             " AND exit_outcome_reason IS NULL"), ==, 1);
  /* No contract: any outcome, no reason needed; a wrong code is refused. */
  g_assert_true (psl_outcome_set (f->store, "ines", "formation_qualifiante", NULL, &error));
  g_assert_false (psl_outcome_set (f->store, "ines", "lune", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

static void
test_age_bands (void)
{
  /* The day before the 25th birthday is still under 25. */
  g_assert_cmpint (psl_age_band ("2001-11-23", "2026-11-22"), ==, PSL_AGE_UNDER_25);
  g_assert_cmpint (psl_age_band ("2001-11-22", "2026-11-22"), ==, PSL_AGE_25_TO_54);
  g_assert_cmpint (psl_age_band ("1971-11-23", "2026-11-22"), ==, PSL_AGE_25_TO_54);
  g_assert_cmpint (psl_age_band ("1971-11-22", "2026-11-22"), ==, PSL_AGE_55_AND_OVER);
  /* Born on 29 February: 25 on 1 March of a common year. */
  g_assert_cmpint (psl_age_band ("2000-02-29", "2025-02-28"), ==, PSL_AGE_UNDER_25);
  g_assert_cmpint (psl_age_band ("2000-02-29", "2025-03-01"), ==, PSL_AGE_25_TO_54);
  g_assert_cmpint (psl_age_band (NULL, "2026-11-22"), ==, PSL_AGE_UNKNOWN);
  g_assert_cmpint (psl_age_band ("2030-01-01", "2026-11-22"), ==, PSL_AGE_UNKNOWN);
  g_assert_cmpint (psl_age_band ("pas une date", "2026-11-22"), ==, PSL_AGE_UNKNOWN);
  g_assert_cmpstr (psl_age_band_label (PSL_AGE_UNDER_25), !=, psl_age_band_label (PSL_AGE_25_TO_54));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/outcome/classify", test_classify);
  g_test_add ("/outcome/every-type-classified", PslTestFixture, NULL, psl_test_fixture_setup,
              test_every_type_classified, psl_test_fixture_teardown);
  g_test_add ("/outcome/computed-and-override", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_computed_and_override, psl_test_fixture_teardown);
  g_test_add_func ("/outcome/age-bands", test_age_bands);
  return g_test_run ();
}
