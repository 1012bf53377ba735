/* test-matching.c — ranking people for an opportunity and opportunities for a person, with the reasons */

#include "config.h"

#include <string.h>

#include "psl-matching.h"
#include "psl-test.h"

#define DATA \
  "INSERT INTO company (id, legal_name, postcode, commune) VALUES" \
  " ('vidal', 'Boulangerie Vidal', '46100', 'Figeac'), ('moulin', 'Garage du Moulin', '46100', 'Figeac');" \
  "INSERT INTO opportunity (id, company_id, phase, title, trade, rome_code, proposed_on, start_date, end_date, status) VALUES" \
  " ('o1', 'vidal', 2, 'Vendeur en boulangerie', 'Vente', 'D1106', '2026-10-01', '2026-12-01', NULL, 'open')," \
  " ('o2', 'vidal', 4, 'Auxiliaire de crèche', NULL, 'K1303', '2026-10-01', '2026-12-01', NULL, 'open')," \
  " ('o3', 'vidal', 2, 'Vendeur annulé', NULL, 'D1106', '2026-10-01', NULL, NULL, 'cancelled')," \
  " ('o4', 'vidal', 2, 'Vendeur passé', NULL, 'D1106', '2026-01-01', '2026-01-05', '2026-02-01', 'open')," \
  " ('o5', 'moulin', 2, 'Vendeur pièces', NULL, 'D1106', '2026-10-01', '2026-12-01', NULL, 'open');" \
  /* what the job asks: two items of the grid */ \
  "INSERT INTO competence_evaluation (id, opportunity_id, evaluated_on) VALUES ('jo1', 'o1', '2026-10-01');" \
  "INSERT INTO competence_rating (id, evaluation_id, item_code, level) VALUES" \
  " ('j1', 'jo1', 'pictogrammes', 2), ('j2', 'jo1', 'horaires', 3);" \
  "INSERT INTO person (id, first_name, last_name, phase, project_rome, project, postcode, commune," \
  " driving_licence, available_from, entered_on, exited_on, deleted_at, merged_into) VALUES" \
  " ('a', 'Anne', 'Alibert', 2, 'D1106', NULL, '46100', 'Figeac', 1, NULL, '2026-01-01', NULL, NULL, NULL)," \
  " ('b', 'Bruno', 'Bex', 2, 'D1106', NULL, '46100', 'Figeac', 1, NULL, '2026-01-01', NULL, NULL, NULL)," \
  " ('c', 'Chloé', 'Cros', 3, 'D1107', NULL, '46100', 'Figeac', 1, NULL, '2026-01-01', NULL, NULL, NULL)," \
  " ('d', 'Denis', 'Dalet', 2, 'D1106', NULL, '12000', 'Rodez', 0, NULL, '2026-01-01', NULL, NULL, NULL)," \
  " ('e', 'Émile', 'Estival', 2, 'D1106', NULL, '46100', 'Figeac', 1, NULL, '2026-01-01', NULL, NULL, NULL)," \
  " ('f', 'Fanny', 'Fau', 1, NULL, 'Vendeur ou vendeuse', '46100', 'Figeac', 1, '2027-03-01', '2026-01-01', NULL, NULL, NULL)," \
  " ('g', 'Gaël', 'Gary', 2, 'D1106', NULL, '46100', 'Figeac', 1, NULL, '2025-01-01', '2026-06-30', NULL, NULL)," \
  " ('h', 'Anne', 'Alibert', 2, 'D1106', NULL, '46100', 'Figeac', 1, NULL, '2026-02-01', NULL, '2026-03-01', 'a');" \
  "INSERT INTO competence_evaluation (id, person_id, evaluated_on) VALUES" \
  " ('ea', 'a', '2026-09-01'), ('ea0', 'a', '2026-03-01'), ('ec', 'c', '2026-09-01');" \
  "INSERT INTO competence_rating (id, evaluation_id, item_code, level) VALUES" \
  " ('ra1', 'ea', 'pictogrammes', 2), ('ra2', 'ea', 'horaires', 4)," \
  " ('ra3', 'ea0', 'pictogrammes', 0), ('ra4', 'ea0', 'horaires', 0)," \
  " ('rc1', 'ec', 'pictogrammes', 1), ('rc2', 'ec', 'horaires', 3);" \
  "INSERT INTO barrier (id, person_id, code, status, identified_on) VALUES" \
  " ('bd', 'd', 'mobilite', 'identified', '2026-01-02'), ('be', 'e', 'logement', 'in_progress', '2026-01-02')," \
  " ('bb', 'b', 'mobilite', 'lifted', '2026-01-02');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date, planned_end)" \
  " VALUES ('pe', 'e', 'moulin', 'contract', 'contract', 'cdd', '2026-09-01', '2026-10-01', '2027-03-31');"

#define TODAY "2026-11-22"

static gboolean
says (PslMatch   *match,
      const char *fragment)
{
  for (guint i = 0; i < match->reasons->len; i++)
    if (strstr (g_ptr_array_index (match->reasons, i), fragment) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_for_opportunity (PslTestFixture *f,
                      gconstpointer   data)
{
  /* By construction: Anne meets every level (100), Bruno is not rated
   * (75), Chloé is one phase on and one level short in the same field
   * (15 + 10 + 20 + 15 = 60), Émile is under contract with a barrier
   * (30 + 30 - 3 = 57), Fanny's project only names the job and she is
   * free in March (10 + 10 = 20); Denis has a mobility barrier and lives
   * in another département: last, whatever his score. */
  static const char *const expected[] = { "a", "b", "c", "e", "f", "d" };
  static const int scores[] = { 100, 75, 60, 57, 20, 72 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ranked = psl_matching_for_opportunity (f->store, "o1", TODAY, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < ranked->len; i++)
    {
      PslMatch *m = g_ptr_array_index (ranked, i);

      g_assert_cmpstr (m->id, ==, expected[i]);
      g_assert_cmpint (m->score, ==, scores[i]);
      g_assert_cmpint (m->blocked, ==, i == ranked->len - 1);
      g_assert_cmpuint (m->reasons->len, >, 0);
    }
  /* Each ranking says why, in words. */
  g_assert_true (says (g_ptr_array_index (ranked, 0), "Répond à tous les niveaux"));
  g_assert_true (says (g_ptr_array_index (ranked, 1), "pas encore évaluées"));
  g_assert_true (says (g_ptr_array_index (ranked, 2), "Lire des pictogrammes"));
  g_assert_true (says (g_ptr_array_index (ranked, 3), "Déjà en contrat"));
  g_assert_true (says (g_ptr_array_index (ranked, 3), "Logement"));
  g_assert_true (says (g_ptr_array_index (ranked, 4), "01/03/2027"));
  g_assert_true (says (g_ptr_array_index (ranked, 5), "autre département"));

  /* A limit keeps the best. */
  g_ptr_array_unref (ranked);
  ranked = psl_matching_for_opportunity (f->store, "o1", TODAY, 2, &error);
  g_assert_cmpuint (ranked->len, ==, 2);
  g_assert_cmpstr (((PslMatch *) g_ptr_array_index (ranked, 1))->id, ==, "b");

  /* An opportunity that is not there. */
  g_assert_null (psl_matching_for_opportunity (f->store, "nowhere", TODAY, 0, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
}

static void
test_for_person (PslTestFixture *f,
                 gconstpointer   data)
{
  /* Anne: o1 (100), o5 the same trade without a grid (75), o2 another
   * trade and phase (15); o3 cancelled and o4 over are not offered. */
  static const char *const expected[] = { "o1", "o5", "o2" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ranked = psl_matching_for_person (f->store, "a", TODAY, 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < ranked->len; i++)
    g_assert_cmpstr (((PslMatch *) g_ptr_array_index (ranked, i))->id, ==, expected[i]);
  g_assert_cmpint (((PslMatch *) g_ptr_array_index (ranked, 0))->score, ==, 100);
  g_assert_cmpstr (((PslMatch *) g_ptr_array_index (ranked, 1))->company_id, ==, "moulin");

  /* Exited or merged people get no ranking. */
  g_assert_null (psl_matching_for_person (f->store, "g", TODAY, 10, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (psl_matching_for_person (f->store, "h", TODAY, 10, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
}

static void
test_empty (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ranked = NULL;

  psl_test_exec (f->store, "INSERT INTO company (id, legal_name) VALUES ('x', 'X');"
                           "INSERT INTO opportunity (id, company_id, phase, title, proposed_on)"
                           " VALUES ('o', 'x', 1, 'Visite', '2026-11-01');");
  ranked = psl_matching_for_opportunity (f->store, "o", TODAY, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/matching/for-opportunity", PslTestFixture, DATA, psl_test_fixture_setup,
              test_for_opportunity, psl_test_fixture_teardown);
  g_test_add ("/matching/for-person", PslTestFixture, DATA, psl_test_fixture_setup,
              test_for_person, psl_test_fixture_teardown);
  g_test_add ("/matching/empty", PslTestFixture, NULL, psl_test_fixture_setup,
              test_empty, psl_test_fixture_teardown);
  return g_test_run ();
}
