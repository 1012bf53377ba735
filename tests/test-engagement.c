/* test-engagement.c — the Annexe 5 survey, the opportunities it opens, and the partnership level */

#include "config.h"

#include "psl-engagement.h"
#include "psl-test.h"

#define TODAY "2026-11-22"

#define NETWORK \
    "INSERT INTO company (id, legal_name) VALUES ('R', 'Référencée'), ('T', 'Transactionnelle')," \
    " ('E', 'Engagée'), ('P', 'Partenaire'), ('F', 'Fidélisée');" \
    "INSERT INTO opportunity (id, company_id, phase, title, proposed_on) VALUES" \
    " ('t1', 'T', 4, 'CDD', '2026-03-01'), ('t2', 'T', 2, 'Stage ancien', '2023-03-01')," \
    " ('e1', 'E', 2, 'Immersion', '2026-02-01')," \
    " ('p1', 'P', 1, 'Visite', '2026-01-10'), ('p2', 'P', 4, 'CDI', '2025-06-10');" \
    "INSERT INTO contact (id, company_id, last_name) VALUES ('k', 'P', 'Cayla');" \
    "INSERT INTO interaction (id, company_id, kind, occurred_at) VALUES" \
    " ('i1', 'P', 'appel', '2026-01-05'), ('i2', 'P', 'appel', '2026-03-05'), ('i3', 'P', 'visite', '2026-04-05')," \
    " ('i4', 'P', 'appel', '2026-06-05'), ('i5', 'P', 'courriel', '2026-09-05'), ('i6', 'P', 'appel', '2026-11-05');" \
    "INSERT INTO partnership (id, company_id, cooperation_type, instrument, start_date, end_date) VALUES" \
    " ('f1', 'F', 'immersion', 'convention', '2025-01-01', NULL)," \
    " ('f2', 'E', 'immersion', 'charte', '2020-01-01', '2021-12-31');"

static void
test_survey_opens_opportunities (PslTestFixture *f,
                                 gconstpointer   data)
{
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) back = NULL;
  g_autoptr(GPtrArray) codes = psl_engagement_yes_no_codes (f->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL, *when = NULL, *again = NULL;
  guint opened = 0;

  /* Eight yes/no questions: four to integrate in work, two to open to
   * new skills, two to be known by young people. */
  g_assert_cmpuint (codes->len, ==, 8);

  g_hash_table_insert (answers, "recruits", "yes");
  g_hash_table_insert (answers, "recruits_posts", "Cariste");
  g_hash_table_insert (answers, "alternance", "no");
  g_hash_table_insert (answers, "short_stages", "yes");
  g_hash_table_insert (answers, "visits", "yes");
  g_hash_table_insert (answers, "talks", "no");
  g_hash_table_insert (answers, "stage_period", "Hors saison");

  id = psl_engagement_save (f->store, "R", "2026-10-01", answers, TRUE, &opened, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_assert_cmpuint (opened, ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'R'"
                                             " AND origin = 'action_negociee' AND proposed_on = '2026-10-01'"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'R'"
                                             " AND phase = 4 AND subtype = 'cdd' AND trade = 'Cariste'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'R'"
                                             " AND phase = 2 AND subtype = 'stage'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'R'"
                                             " AND phase = 1 AND subtype = 'visite'"), ==, 1);

  back = psl_engagement_latest (f->store, "R", &when);
  g_assert_nonnull (back);
  g_assert_cmpstr (when, ==, "2026-10-01");
  g_assert_cmpstr (g_hash_table_lookup (back, "stage_period"), ==, "Hors saison");
  g_assert_cmpstr (g_hash_table_lookup (back, "talks"), ==, "no");

  /* Answers recorded without opening anything. */
  again = psl_engagement_save (f->store, "T", "2026-10-02", answers, FALSE, &opened, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opened, ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'T'"), ==, 2);
  g_assert_null (psl_engagement_latest (f->store, "E", NULL));
}

static void
test_suggested_levels (PslTestFixture *f,
                       gconstpointer   data)
{
  const struct { const char *company, *level; } expected[] = {
    { "R", "referencee" }, { "T", "transactionnelle" }, { "E", "engagee" },
    { "P", "partenaire" }, { "F", "fidelisee" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (psl_company_suggest_level (f->store, expected[i].company, TODAY, &error), ==,
                       expected[i].level);
      g_assert_no_error (error);
    }

  /* A year later, P's contacts are too old and its job of June 2025 is out of
   * the two years: only the visit of January 2026 remains, so engagée. */
  g_assert_cmpstr (psl_company_suggest_level (f->store, "P", "2027-11-22", &error), ==, "engagee");
}

static void
test_set_level (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (psl_company_set_level (f->store, "E", "best-friend", NULL, NULL, TODAY, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The person knows better than the data: kept, with the suggestion beside it. */
  g_assert_true (psl_company_set_level (f->store, "E", "ambassadrice", NULL,
                                        "Témoigne au club d'entreprises", TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'E'"
                                             " AND partnership_level = 'ambassadrice'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_level_history"
                                             " WHERE company_id = 'E' AND level = 'ambassadrice'"
                                             " AND suggested = 'engagee' AND set_on = '" TODAY "'"), ==, 1);

  /* The history reads back the latest first, in words. */
  g_assert_true (psl_company_set_level (f->store, "E", "partenaire", NULL, NULL, "2026-12-01", &error));
  {
    g_autoptr(GPtrArray) history = psl_company_level_history (f->store, "E", &error);
    PslLevelChange *latest, *first;

    g_assert_no_error (error);
    g_assert_cmpuint (history->len, ==, 2);
    latest = g_ptr_array_index (history, 0);
    first = g_ptr_array_index (history, 1);
    g_assert_cmpstr (latest->set_on, ==, "2026-12-01");
    g_assert_true (g_str_has_prefix (latest->level, "Partenaire"));
    g_assert_cmpstr (first->reason, ==, "Témoigne au club d'entreprises");
    g_assert_true (g_str_has_prefix (first->level, "Ambassadrice"));
    g_assert_true (g_str_has_prefix (first->suggested, "Engagée"));
  }
}

/* The survey as the window shows it: 4 blocks, 13 questions, 8 of them
 * yes or no, and 5 whose "yes" opens a phase (seed 004, Annexe 5). */
static void
test_questions (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GPtrArray) questions = psl_engagement_questions (f->store);
  g_autoptr(GHashTable) blocks = g_hash_table_new (g_str_hash, g_str_equal);
  guint yes_no = 0, opening = 0;

  g_assert_cmpuint (questions->len, ==, 13);
  for (guint i = 0; i < questions->len; i++)
    {
      PslQuestion *q = g_ptr_array_index (questions, i);

      g_hash_table_add (blocks, q->block);
      yes_no += g_strcmp0 (q->kind, "yes_no") == 0;
      opening += q->phase > 0;
    }
  g_assert_cmpuint (g_hash_table_size (blocks), ==, 4);
  g_assert_cmpuint (yes_no, ==, 8);
  g_assert_cmpuint (opening, ==, 5);
  g_assert_cmpstr (((PslQuestion *) g_ptr_array_index (questions, 1))->code, ==, "recruits");
  g_assert_cmpint (((PslQuestion *) g_ptr_array_index (questions, 1))->phase, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/engagement/survey", PslTestFixture, NETWORK,
              psl_test_fixture_setup, test_survey_opens_opportunities, psl_test_fixture_teardown);
  g_test_add ("/engagement/suggested-levels", PslTestFixture, NETWORK,
              psl_test_fixture_setup, test_suggested_levels, psl_test_fixture_teardown);
  g_test_add ("/engagement/questions", PslTestFixture, NETWORK,
              psl_test_fixture_setup, test_questions, psl_test_fixture_teardown);
  g_test_add ("/engagement/set-level", PslTestFixture, NETWORK,
              psl_test_fixture_setup, test_set_level, psl_test_fixture_teardown);

  return g_test_run ();
}
