/* test-opportunity.c — opportunities by phase and year, and the load on a host firm */

#include "config.h"

#include "psl-format.h"
#include "psl-opportunity.h"
#include "psl-placement.h"
#include "psl-test.h"

#define OPPORTUNITIES \
    "INSERT INTO company (id, legal_name) VALUES ('A', 'Salaisons Bouyssou'), ('B', 'GAEC Marty');" \
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES" \
    " ('p1', 'Léa', 'Puech', '2025-01-01'), ('p2', 'Hugo', 'Rigal', '2025-01-01');" \
    "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status) VALUES" \
    " ('o1', 'A', 2, 'Immersion', '2026-03-01', 'filled')," \
    " ('o2', 'A', 2, 'Immersion', '2026-04-01', 'open')," \
    " ('o3', 'A', 4, 'CDD', '2026-05-01', 'open')," \
    " ('o4', 'A', 1, 'Visite', '2025-10-01', 'cancelled')," \
    " ('o5', 'A', 4, 'CDI', '2025-11-01', 'filled');" \
    "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, proposed_on, start_date) VALUES" \
    " ('pl1', 'p1', 'A', 'o3', 'contract', 'contract', '2026-05-02', '2026-05-10')," \
    " ('pl2', 'p1', 'B', NULL, 'immersion', 'immersion', '2026-10-01', '2026-10-05')," \
    " ('pl3', 'p2', 'B', NULL, 'immersion', 'immersion', '2026-10-20', '2026-11-02')," \
    " ('pl4', 'p2', 'B', NULL, 'proposed', NULL, '2026-11-10', NULL)," \
    " ('pl5', 'p1', 'B', NULL, 'immersion', 'immersion', '2026-06-01', '2026-06-10');"

static void
test_phase_years (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = psl_opportunity_phase_years (f->store, "A", &error);
  PslPhaseYear *y2026, *y2025;

  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  y2026 = &g_array_index (years, PslPhaseYear, 0);
  y2025 = &g_array_index (years, PslPhaseYear, 1);

  g_assert_cmpint (y2026->year, ==, 2026);
  g_assert_cmpuint (y2026->proposed[1], ==, 2);
  g_assert_cmpuint (y2026->realised[1], ==, 1);   /* o1 filled */
  g_assert_cmpuint (y2026->proposed[3], ==, 1);
  g_assert_cmpuint (y2026->realised[3], ==, 1);   /* o3: a contract started on it */
  g_assert_cmpint (y2025->year, ==, 2025);
  g_assert_cmpuint (y2025->proposed[0], ==, 1);
  g_assert_cmpuint (y2025->realised[0], ==, 0);
  g_assert_cmpuint (y2025->realised[3], ==, 1);
}

static void
test_host_load (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslHostLoad load;

  /* In the 90 days to 22 November 2026: two immersions started at B
   * (5 October, 2 November; 10 June is older), three requests. */
  g_assert_true (psl_company_host_load (f->store, "B", "2026-11-22", &load, &error));
  g_assert_cmpuint (load.immersions, ==, 2);
  g_assert_cmpuint (load.requests, ==, 3);
  g_assert_cmpuint (load.limit, ==, PSL_HOST_LOAD_DEFAULT_LIMIT);
  g_assert_false (load.over);

  g_assert_false (psl_host_load_set_limit (f->store, "zéro", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_host_load_set_limit (f->store, "0", NULL));
  g_assert_true (psl_host_load_set_limit (f->store, " 2 ", &error));
  g_assert_true (psl_company_host_load (f->store, "B", "2026-11-22", &load, &error));
  g_assert_true (load.over);
}

static void
test_rules (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_opportunity_create (f->store, "A", PSL_PHASE_ALTERNANCE,
                                                "Apprenti boucher", "01/09/2026", &error);
  g_autofree char *bad_phase = NULL, *no_title = NULL, *proposed = NULL;

  g_assert_no_error (error);
  proposed = psl_test_query_text (f->store, "SELECT proposed_on FROM opportunity WHERE phase = 3");
  g_assert_cmpstr (proposed, ==, "2026-09-01");

  g_assert_true (psl_opportunity_set (f->store, id, "start_date", "2026-09-15", &error));
  g_assert_false (psl_opportunity_set (f->store, id, "end_date", "2026-09-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_null (strstr (error->message, "CHECK"));
  g_clear_error (&error);
  g_assert_false (psl_opportunity_set (f->store, id, "status", "maybe", &error));
  g_clear_error (&error);
  g_assert_false (psl_opportunity_set (f->store, id, "places", "-2", &error));
  g_clear_error (&error);

  bad_phase = psl_opportunity_create (f->store, "A", 7, "Stage", "2026-09-01", &error);
  g_assert_null (bad_phase);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  no_title = psl_opportunity_create (f->store, "A", PSL_PHASE_EMPLOYMENT, "  ", "2026-09-01", &error);
  g_assert_null (no_title);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

/* The firm's list, newest first, with what started on each. */
static void
test_list (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = psl_opportunity_list_for_company (f->store, "A", &error);
  PslOpportunity *newest, *oldest;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 5);
  newest = g_ptr_array_index (list, 0);
  oldest = g_ptr_array_index (list, 4);
  g_assert_cmpstr (newest->id, ==, "o3");
  g_assert_cmpint (newest->phase, ==, PSL_PHASE_EMPLOYMENT);
  g_assert_cmpuint (newest->started, ==, 1);       /* pl1 started on o3 */
  g_assert_cmpstr (oldest->id, ==, "o4");
  g_assert_cmpuint (oldest->started, ==, 0);
  g_assert_cmpstr (oldest->status, ==, "cancelled");

  /* A deleted one is gone from the list. */
  g_assert_true (psl_record_set_deleted (f->store, "opportunity", "o4", TRUE, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = psl_opportunity_list_for_company (f->store, "A", &error);
  g_assert_cmpuint (list->len, ==, 4);
}

/* A whole form: created with its phase and saved in one go; a refusal
 * without its reason is refused, on the reason's row. */
static void
test_form (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  const char *columns[] = { "phase", "title", "places", "weekly_hours", NULL };
  const char *good[] = { "4", "Préparateur de commandes", "2", "35", NULL };
  const char *no_phase_columns[] = { "title", NULL };
  const char *no_phase[] = { "Cariste", NULL };
  const char *refused = NULL;
  g_autofree char *id = NULL, *none = NULL, *today = psl_today_iso (), *sql = NULL;

  id = psl_record_save (f->store, "opportunity", psl_opportunity_fields, psl_opportunity_create_from_form,
                        "B", NULL, columns, good, &refused, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  /* Proposed today, since the form did not say. */
  sql = g_strdup_printf ("SELECT count(*) FROM opportunity WHERE company_id = 'B' AND phase = 4"
                         " AND places = 2 AND weekly_hours = 35 AND proposed_on = '%s'", today);
  g_assert_cmpint (psl_test_count (f->store, sql), ==, 1);

  none = psl_record_save (f->store, "opportunity", psl_opportunity_fields, psl_opportunity_create_from_form,
                          "B", NULL, no_phase_columns, no_phase, &refused, &error);
  g_assert_null (none);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE title = 'Cariste'"), ==, 0);

  g_hash_table_insert (values, "status", "refused");
  g_hash_table_insert (values, "refusal_reason", "   ");
  g_assert_false (psl_opportunity_check_form (values, &refused, &error));
  g_assert_cmpstr (refused, ==, "refusal_reason");
  g_clear_error (&error);
  g_hash_table_insert (values, "refusal_reason", "Horaires de nuit incompatibles");
  g_assert_true (psl_opportunity_check_form (values, &refused, &error));
}

/* The firm's placements: those under way first, the newest first. */
static void
test_placements_of_firm (PslTestFixture *f,
                         gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const char *expected[] = { "pl4", "pl3", "pl2", "pl5" };
  PslPlacementLine *first;

  psl_test_exec (f->store, "UPDATE placement SET stage = 'ended', start_date = '2026-11-15',"
                           " end_date = '2026-11-20' WHERE id = 'pl5';");
  lines = psl_placement_list_for_company (f->store, "B", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 4);
  /* pl5 started last but has ended: it goes after those under way. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((PslPlacementLine *) g_ptr_array_index (lines, i))->id, ==, expected[i]);
  first = g_ptr_array_index (lines, 0);
  g_assert_cmpstr (first->person_name, ==, "Hugo Rigal");
  g_assert_cmpstr (first->stage, ==, "proposed");
  g_assert_null (first->start_date);
  g_assert_cmpstr (psl_placement_stage_label ("contract"), !=, "");
  g_assert_cmpstr (psl_placement_stage_label ("nonsense"), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/opportunity/phase-years", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_phase_years, psl_test_fixture_teardown);
  g_test_add ("/opportunity/host-load", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_host_load, psl_test_fixture_teardown);
  g_test_add ("/opportunity/list", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_list, psl_test_fixture_teardown);
  g_test_add ("/opportunity/form", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_form, psl_test_fixture_teardown);
  g_test_add ("/opportunity/placements-of-firm", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_placements_of_firm, psl_test_fixture_teardown);
  g_test_add ("/opportunity/rules", PslTestFixture, OPPORTUNITIES,
              psl_test_fixture_setup, test_rules, psl_test_fixture_teardown);

  return g_test_run ();
}
