/* test-evaluation.c — Annexe 4: form A from the data, form B, score and quadrant */

#include "config.h"

#include <glib/gstdio.h>

#include "psl-evaluation.h"
#include "psl-quadrant.h"
#include "psl-test.h"
#include "psl-store-private.h"

/* Three firms whose expected figures are worked out by hand below. */
#define THREE_FIRMS \
    "INSERT INTO company (id, legal_name, sector, size_band, first_contact_origin, network_professional," \
    " relationship_start, status) VALUES" \
    " ('A', 'Maçonnerie Lafon', 'btp', 'tpe', 'offre', 1, '2025-09-01', 'active')," \
    " ('B', 'Hôtel des Tilleuls', 'hotellerie_restauration', 'pme', 'prospection', NULL, '2019-03-01', 'dormant')," \
    " ('C', 'GAEC Marty', 'espaces_verts', 'tpe', NULL, NULL, '2025-03-15', 'active');" \
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('p', 'Léa', 'Puech', '2025-01-01');" \
    "INSERT INTO opportunity (id, company_id, phase, subtype, title, proposed_on, status, contract_type, deleted_at) VALUES" \
    " ('o1', 'A', 1, 'visite', 'Visite du chantier', '2025-02-10', 'filled', NULL, NULL)," \
    " ('o2', 'A', 2, 'pmsmp', 'Immersion maçon', '2025-05-03', 'open', NULL, NULL)," \
    " ('o3', 'A', 2, 'pmsmp', 'Immersion maçon', '2025-05-20', 'cancelled', NULL, NULL)," \
    " ('o4', 'A', 4, 'cdd', 'Manœuvre', '2025-11-02', 'filled', 'cdd', NULL)," \
    " ('o5', 'A', 4, 'cdd', 'Manœuvre', '2025-11-15', 'refused', 'pec', NULL)," \
    " ('o6', 'A', 3, 'apprentissage', 'Apprenti maçon', '2025-08-01', 'open', NULL, NULL)," \
    " ('o7', 'A', 4, 'cdi', 'Chef d''équipe', '2024-06-01', 'filled', 'cdi', NULL)," \
    " ('o8', 'A', 1, 'info', 'Réunion', '2025-03-01', 'filled', NULL, '2025-03-02T00:00:00.000Z')," \
    " ('o9', 'B', 2, 'stage', 'Stage', '2025-06-05', 'filled', NULL, NULL)," \
    " ('o10', 'B', 4, 'cdd', 'Serveur', '2025-07-20', 'filled', 'cdd', NULL)," \
    " ('o11', 'B', 4, 'cdd', 'Plongeur', '2025-08-02', 'open', 'interim', NULL)," \
    " ('o12', 'C', 1, 'visite', 'Visite', '2025-04-10', 'open', NULL, NULL);" \
    "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, proposed_on, start_date)" \
    " VALUES ('pl', 'p', 'A', 'o2', 'immersion', '2025-05-04', '2025-05-12');"

static void
test_form_a_regular (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslFormA a;
  const guint proposed[4] = { 1, 2, 1, 2 };
  const guint realised[4] = { 1, 1, 0, 1 };

  g_assert_true (psl_form_a_compute (f->store, "A", 2026, &a, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (a.sector, ==, "btp");
  g_assert_cmpstr (a.size_band, ==, "tpe");
  g_assert_cmpint (a.network_professional, ==, 1);
  g_assert_cmpint (a.network_personal, ==, -1);
  g_assert_true (a.inbound);
  g_assert_false (a.outbound);
  g_assert_cmpint (a.relationship, ==, PSL_RELATIONSHIP_UNDER_6_MONTHS);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpuint (a.proposed[i], ==, proposed[i]);
      g_assert_cmpuint (a.realised[i], ==, realised[i]);
    }
  /* February, May, August and November: four quarters. */
  g_assert_true (a.regular);
  g_assert_false (a.seasonal);
  g_assert_false (a.occasional);
  g_assert_cmpuint (a.contracts[PSL_CONTRACT_CDD], ==, 1);
  g_assert_cmpuint (a.contracts[PSL_CONTRACT_AIDED], ==, 1);
  g_assert_cmpuint (a.contracts[PSL_CONTRACT_APPRENTICESHIP], ==, 1);
  g_assert_cmpuint (a.contracts[PSL_CONTRACT_CDI], ==, 0);
  g_assert_true (a.still_active);
  psl_form_a_clear (&a);

  /* For 2025, only the CDI of June 2024 counts. */
  g_assert_true (psl_form_a_compute (f->store, "A", 2025, &a, &error));
  g_assert_cmpuint (a.proposed[3], ==, 1);
  g_assert_cmpuint (a.realised[3], ==, 1);
  g_assert_cmpuint (a.contracts[PSL_CONTRACT_CDI], ==, 1);
  g_assert_true (a.occasional);
  psl_form_a_clear (&a);
}

static void
test_form_a_seasonal_and_occasional (PslTestFixture *f,
                                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslFormA b, c;

  g_assert_true (psl_form_a_compute (f->store, "B", 2026, &b, &error));
  g_assert_true (b.seasonal);
  g_assert_false (b.regular);
  g_assert_true (b.outbound);
  g_assert_cmpint (b.relationship, ==, PSL_RELATIONSHIP_OVER_1_YEAR);
  g_assert_false (b.still_active);
  g_assert_cmpuint (b.contracts[PSL_CONTRACT_CDD], ==, 1);
  g_assert_cmpuint (b.contracts[PSL_CONTRACT_INTERIM], ==, 1);
  psl_form_a_clear (&b);

  g_assert_true (psl_form_a_compute (f->store, "C", 2026, &c, &error));
  g_assert_true (c.occasional);
  g_assert_cmpint (c.relationship, ==, PSL_RELATIONSHIP_UNDER_1_YEAR);
  g_assert_cmpuint (c.proposed[0], ==, 1);
  g_assert_cmpuint (c.realised[0], ==, 0);
  psl_form_a_clear (&c);

  g_assert_false (psl_form_a_compute (f->store, "nobody", 2026, &c, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
}

/* A person who knows better sets an item by hand for one year; the
 * computed value stays beside it; clearing goes back to the data. */
static void
test_form_a_overrides (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslFormA b;

  g_assert_true (psl_form_a_override (f->store, "B", 2026, PSL_FORM_A_REGULAR, 1, &error));
  g_assert_true (psl_form_a_override (f->store, "B", 2026, PSL_FORM_A_STILL_ACTIVE, 1, &error));
  /* Set twice: the second wins, one row. */
  g_assert_true (psl_form_a_override (f->store, "B", 2026, PSL_FORM_A_REGULAR, 0, &error));
  g_assert_true (psl_form_a_override (f->store, "B", 2026, PSL_FORM_A_REGULAR, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM form_a_override"), ==, 2);

  g_assert_true (psl_form_a_compute (f->store, "B", 2026, &b, &error));
  g_assert_true (b.regular);
  g_assert_true (b.still_active);
  g_assert_true (b.seasonal);                      /* not touched */
  g_assert_cmpuint (b.overridden, ==, (1u << PSL_FORM_A_REGULAR) | (1u << PSL_FORM_A_STILL_ACTIVE));
  g_assert_cmpint (b.computed[PSL_FORM_A_REGULAR], ==, 0);
  g_assert_cmpint (b.computed[PSL_FORM_A_STILL_ACTIVE], ==, 0);
  g_assert_cmpint (psl_form_a_get_item (&b, PSL_FORM_A_REGULAR), ==, 1);
  psl_form_a_clear (&b);

  /* Another year is untouched. */
  g_assert_true (psl_form_a_compute (f->store, "B", 2025, &b, &error));
  g_assert_cmpuint (b.overridden, ==, 0);
  psl_form_a_clear (&b);

  g_assert_true (psl_form_a_override (f->store, "B", 2026, PSL_FORM_A_REGULAR, -1, &error));
  g_assert_true (psl_form_a_compute (f->store, "B", 2026, &b, &error));
  g_assert_false (b.regular);
  g_assert_cmpuint (b.overridden, ==, 1u << PSL_FORM_A_STILL_ACTIVE);
  psl_form_a_clear (&b);
}

/* The quadrant's settings as a person types them, French decimals too;
 * nonsense is refused and the last good value kept. */
static void
test_score_settings (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslScoreSettings settings;

  g_assert_true (psl_score_settings_set (f->store, "quality_threshold", " 55,5 ", &error));
  g_assert_true (psl_score_settings_set (f->store, "opportunity_threshold", "3", &error));
  g_assert_true (psl_score_settings_set (f->store, "phase_weights", "1 ; 1,5 ; 2   4", &error));
  g_assert_no_error (error);
  psl_score_settings_load (f->store, &settings);
  g_assert_cmpfloat (settings.quality_threshold, ==, 55.5);
  g_assert_cmpfloat (settings.opportunity_threshold, ==, 3);
  g_assert_cmpfloat (settings.phase_weights[1], ==, 1.5);
  g_assert_cmpfloat (settings.phase_weights[3], ==, 4);

  g_assert_false (psl_score_settings_set (f->store, "quality_threshold", "120", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_score_settings_set (f->store, "quality_threshold", "beaucoup", &error));
  g_clear_error (&error);
  g_assert_false (psl_score_settings_set (f->store, "opportunity_threshold", "0", &error));
  g_clear_error (&error);
  g_assert_false (psl_score_settings_set (f->store, "phase_weights", "1 ; 2 ; 3", &error));
  g_clear_error (&error);
  g_assert_false (psl_score_settings_set (f->store, "phase_weights", "1 ; 2 ; 3 ; 4 ; 5", &error));
  g_clear_error (&error);
  g_assert_false (psl_score_settings_set (f->store, "phase_weights", "1 ; -2 ; 3 ; 4", &error));
  g_clear_error (&error);
  psl_score_settings_load (f->store, &settings);
  g_assert_cmpfloat (settings.quality_threshold, ==, 55.5);
  g_assert_cmpfloat (settings.phase_weights[1], ==, 1.5);
}

static void
test_quality_and_quadrant (PslTestFixture *f,
                           gconstpointer   data)
{
  const int best[12] = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 1 };
  const int middle[12] = { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 };
  const int good[12] = { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2 };
  const int partial[12] = { 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 };
  g_autoptr(GError) error = NULL;
  PslScoreSettings settings;
  PslFormA a;

  g_assert_cmpfloat_with_epsilon (psl_form_b_quality (best), 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (psl_form_b_quality (middle), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (psl_form_b_quality (good), 75.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (psl_form_b_quality (partial), 50.0, 1e-9);

  psl_score_settings_load (f->store, &settings);
  g_assert_true (psl_form_a_compute (f->store, "A", 2026, &a, &error));
  /* 1 discovery × 1 + 1 immersion × 2 + 1 job × 3 */
  g_assert_cmpfloat_with_epsilon (psl_form_a_weighted_realised (&a, &settings), 6.0, 1e-9);
  g_assert_cmpint (psl_evaluation_quadrant (75, 6, &settings), ==, PSL_QUADRANT_PILLAR);
  g_assert_cmpint (psl_evaluation_quadrant (40, 6, &settings), ==, PSL_QUADRANT_TO_SECURE);
  g_assert_cmpint (psl_evaluation_quadrant (75, 3, &settings), ==, PSL_QUADRANT_TO_DEVELOP);
  g_assert_cmpint (psl_evaluation_quadrant (40, 3, &settings), ==, PSL_QUADRANT_TO_BUILD);

  /* A structure sets its own weights and thresholds. */
  g_assert_true (psl_store_set_meta (f->store, "score.phase_weights", "1,1,1,1", NULL));
  g_assert_true (psl_store_set_meta (f->store, "score.quality_threshold", "80", NULL));
  psl_score_settings_load (f->store, &settings);
  g_assert_cmpfloat_with_epsilon (psl_form_a_weighted_realised (&a, &settings), 3.0, 1e-9);
  g_assert_cmpint (psl_evaluation_quadrant (75, 3, &settings), ==, PSL_QUADRANT_TO_BUILD);
  psl_form_a_clear (&a);
}

static void
test_form_b_history (PslTestFixture *f,
                     gconstpointer   data)
{
  const int first[12] = { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4 };
  const int second[12] = { 4, 5, 4, 0, 4, 4, 3, 4, 5, 4, 4, 1 };
  const int wrong[12] = { 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  const int none[12] = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *bad = NULL, *empty = NULL, *when = NULL;
  int latest[12];

  a = psl_evaluation_add (f->store, "A", NULL, "2025-06-01", first, 2, "Débuts difficiles", &error);
  g_assert_no_error (error);
  b = psl_evaluation_add (f->store, "A", NULL, "2026-01-15", second, 4, NULL, &error);
  g_assert_no_error (error);

  bad = psl_evaluation_add (f->store, "A", NULL, "2026-02-01", wrong, 3, NULL, &error);
  g_assert_null (bad);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  empty = psl_evaluation_add (f->store, "A", NULL, "2026-02-01", none, 3, NULL, &error);
  g_assert_null (empty);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);

  /* The history is kept; the latest is the one of January 2026. */
  g_assert_cmpint (psl_store_count (f->store, "SELECT count(*) FROM evaluation", NULL), ==, 2);
  g_assert_true (psl_evaluation_latest (f->store, "A", latest, &when));
  g_assert_cmpstr (when, ==, "2026-01-15");
  for (guint i = 0; i < 12; i++)
    g_assert_cmpint (latest[i], ==, second[i]);
  g_assert_false (psl_evaluation_latest (f->store, "C", latest, NULL));

  /* The one before is June 2025's; there is none before that. */
  {
    g_autofree char *before_date = NULL;

    g_assert_true (psl_evaluation_nth (f->store, "A", 1, latest, &before_date));
    g_assert_cmpstr (before_date, ==, "2025-06-01");
    for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
      g_assert_cmpint (latest[i], ==, first[i]);
    g_assert_false (psl_evaluation_nth (f->store, "A", 2, latest, NULL));
  }
}

/* Every rated firm placed at once, with the same rules as form A. */
static void
test_quadrant_points (PslTestFixture *f,
                      gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) points = NULL;
  PslQuadrantPoint *a, *b, *c;

  psl_test_exec (f->store,
    "INSERT INTO company (id, legal_name, deleted_at) VALUES ('D', 'Ancienne Scierie', '2025-01-01T00:00:00.000Z');"
    "INSERT INTO evaluation (id, company_id, evaluated_on, scores, created_at, deleted_at) VALUES"
    /* A: the latest counts (100), not the deleted one after it. */
    " ('e1', 'A', '2026-01-10', '{\"1\":5,\"2\":5}', '2026-01-10T00:00:00.000Z', NULL),"
    " ('e2', 'A', '2026-02-10', '{\"1\":1}', '2026-02-10T00:00:00.000Z', '2026-02-11T00:00:00.000Z'),"
    /* B: the older all-good rating is replaced by 2 and a negative image at 4: 25. */
    " ('e3', 'B', '2025-03-01', '{\"1\":5,\"12\":1}', '2025-03-01T00:00:00.000Z', NULL),"
    " ('e4', 'B', '2026-03-01', '{\"1\":2,\"12\":4}', '2026-03-01T00:00:00.000Z', NULL),"
    " ('e5', 'C', '2026-01-05', '{\"3\":4}', '2026-01-05T00:00:00.000Z', NULL),"
    /* A firm no longer in the file is not placed. */
    " ('e6', 'D', '2026-01-05', '{\"3\":4}', '2026-01-05T00:00:00.000Z', NULL);");

  points = psl_quadrant_points (f->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 3);
  /* By name. */
  c = g_ptr_array_index (points, 0);
  b = g_ptr_array_index (points, 1);
  a = g_ptr_array_index (points, 2);
  g_assert_cmpstr (c->name, ==, "GAEC Marty");
  g_assert_cmpstr (b->name, ==, "Hôtel des Tilleuls");
  g_assert_cmpstr (a->company_id, ==, "A");

  /* A in 2025: o1 discovery filled (×1), o2 immersion started (×2), o4
   * job filled (×3); o3 cancelled, o5 refused, o6 open, o7 of 2024 and
   * the deleted o8 do not count. */
  g_assert_cmpfloat_with_epsilon (a->quality, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->realised, 6, 1e-9);
  g_assert_cmpint (a->quadrant, ==, PSL_QUADRANT_PILLAR);
  /* B: o9 immersion (×2) and o10 job (×3) filled. */
  g_assert_cmpfloat_with_epsilon (b->quality, 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (b->realised, 5, 1e-9);
  g_assert_cmpint (b->quadrant, ==, PSL_QUADRANT_TO_SECURE);
  g_assert_cmpfloat_with_epsilon (c->quality, 75, 1e-9);
  g_assert_cmpfloat_with_epsilon (c->realised, 0, 1e-9);
  g_assert_cmpint (c->quadrant, ==, PSL_QUADRANT_TO_DEVELOP);
  g_clear_pointer (&points, g_ptr_array_unref);

  /* The structure's own weights and thresholds. */
  g_assert_true (psl_score_settings_set (f->store, "phase_weights", "1 ; 1 ; 1 ; 1", NULL));
  g_assert_true (psl_score_settings_set (f->store, "opportunity_threshold", "4", NULL));
  points = psl_quadrant_points (f->store, 2026, &error);
  b = g_ptr_array_index (points, 1);
  a = g_ptr_array_index (points, 2);
  g_assert_cmpfloat_with_epsilon (a->realised, 3, 1e-9);
  g_assert_cmpint (a->quadrant, ==, PSL_QUADRANT_TO_DEVELOP);
  g_assert_cmpint (b->quadrant, ==, PSL_QUADRANT_TO_BUILD);
  g_clear_pointer (&points, g_ptr_array_unref);

  /* In 2025, the opportunities of 2024: only A's CDI (×1 now). */
  points = psl_quadrant_points (f->store, 2025, &error);
  a = g_ptr_array_index (points, 2);
  g_assert_cmpfloat_with_epsilon (a->realised, 1, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/evaluation/form-a-regular", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_form_a_regular, psl_test_fixture_teardown);
  g_test_add ("/evaluation/form-a-seasonal-occasional", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_form_a_seasonal_and_occasional, psl_test_fixture_teardown);
  g_test_add ("/evaluation/form-a-overrides", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_form_a_overrides, psl_test_fixture_teardown);
  g_test_add ("/evaluation/score-settings", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_score_settings, psl_test_fixture_teardown);
  g_test_add ("/evaluation/quality-quadrant", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_quality_and_quadrant, psl_test_fixture_teardown);
  g_test_add ("/evaluation/form-b-history", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_form_b_history, psl_test_fixture_teardown);
  g_test_add ("/evaluation/quadrant-points", PslTestFixture, THREE_FIRMS,
              psl_test_fixture_setup, test_quadrant_points, psl_test_fixture_teardown);

  return g_test_run ();
}
