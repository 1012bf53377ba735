/* test-immersion-review.c — an immersion's end evaluation: saved and read back, refused when it makes no sense */

#include "config.h"

#include <string.h>

#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-test.h"

#define FIXTURE \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('lea', 'Léa', 'Puech', '2025-03-01');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date, planned_end, objectives)" \
  " VALUES ('imm', 'lea', 'vidal', 'immersion', 'immersion', '2025-09-01', '2025-09-08', '2025-09-12'," \
  "         '- Accueillir la clientèle\n• Encaisser ; Ranger la réserve\n\n')," \
  " ('cdd', 'lea', 'vidal', 'contract', 'contract', '2025-09-01', '2025-10-01', NULL, NULL)," \
  " ('new', 'lea', 'vidal', 'proposed', 'immersion', '2025-09-01', NULL, NULL, NULL);"

static PslImmersionReview *
review_on (const char *date)
{
  PslImmersionReview *review = psl_immersion_review_new ();

  review->evaluated_on = g_strdup (date);
  psl_immersion_review_add (review, "Accueillir la clientèle", PSL_SKILL_FULLY_ACQUIRED);
  psl_immersion_review_add (review, "Encaisser", PSL_SKILL_PARTLY_ACQUIRED);
  psl_immersion_review_add (review, "Ranger la réserve", PSL_SKILL_NOT_ACQUIRED);
  return review;
}

static void
test_round_trip (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(PslImmersionReview) review = review_on ("2025-09-12");
  g_autoptr(PslImmersionReview) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) skills = NULL;
  g_autofree char *on = NULL;

  /* Nothing yet: no review and no error. */
  g_assert_null (psl_immersion_review_load (f->store, "imm", &error));
  g_assert_no_error (error);
  g_assert_true (psl_immersion_review_applies (f->store, "imm"));
  g_assert_false (psl_immersion_review_applies (f->store, "cdd"));
  g_assert_false (psl_immersion_review_applies (f->store, "new"));

  /* The draft: the objectives one a line, bullets and blank lines dropped;
   * dated on the last day, which has passed. */
  g_assert_true (psl_immersion_review_draft (f->store, "imm", &skills, &on, &error));
  g_assert_cmpuint (g_strv_length (skills), ==, 3);
  g_assert_cmpstr (skills[0], ==, "Accueillir la clientèle");
  g_assert_cmpstr (skills[1], ==, "Encaisser");
  g_assert_cmpstr (skills[2], ==, "Ranger la réserve");
  g_assert_cmpstr (on, ==, "2025-09-12");

  review->host_comment = g_strdup ("Très « motivée », guillemets et\nretour à la ligne");
  g_assert_true (psl_immersion_review_save (f->store, "imm", review, &error));
  g_assert_no_error (error);
  back = psl_immersion_review_load (f->store, "imm", &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->evaluated_on, ==, "2025-09-12");
  g_assert_cmpuint (back->skills->len, ==, 3);
  g_assert_cmpint (((PslSkillReview *) g_ptr_array_index (back->skills, 1))->level, ==, PSL_SKILL_PARTLY_ACQUIRED);
  g_assert_cmpstr (back->host_comment, ==, review->host_comment);
  g_assert_null (back->person_comment);
  summary = psl_immersion_review_summary (back);
  g_assert_cmpstr (summary, ==, "1 compétence acquise sur 3, 1 en partie");
  /* Nothing partly acquired: not said. */
  {
    g_autoptr(PslImmersionReview) all = psl_immersion_review_new ();
    g_autofree char *text = NULL;

    psl_immersion_review_add (all, "Accueillir", PSL_SKILL_FULLY_ACQUIRED);
    psl_immersion_review_add (all, "Encaisser", PSL_SKILL_FULLY_ACQUIRED);
    text = psl_immersion_review_summary (all);
    g_assert_cmpstr (text, ==, "2 compétences acquises sur 2");
  }
}

static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) tomorrow_date = psl_date_parse (today);
  g_autofree char *tomorrow = NULL;
  g_autoptr(PslImmersionReview) empty = psl_immersion_review_new ();
  struct
  {
    const char *placement;
    const char *date;
    const char *says;
  } cases[] = {
    { "imm",     "2025-09-07", "précéder le début" },          /* before it starts */
    { "imm",     NULL,         "date" },                    /* no date */
    { "imm",     "12/09/2025", "date" },                    /* not ISO */
    { "imm",     "2025-02-30", "date" },                    /* no such day */
    { "cdd",     "2025-10-02", "immersion" },               /* a contract has none */
    { "new",     "2025-10-02", "début" },                   /* not started */
    { "nowhere", "2025-10-02", "plus dans la base" },
    { "imm",     NULL,         "futur" },                   /* tomorrow, filled below */
  };

  g_date_add_days (tomorrow_date, 1);
  tomorrow = psl_date_to_iso (tomorrow_date);
  cases[G_N_ELEMENTS (cases) - 1].date = tomorrow;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PslImmersionReview) review = review_on (cases[i].date);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s on %s", i, cases[i].placement, cases[i].date);
      g_assert_false (psl_immersion_review_save (f->store, cases[i].placement, review, &error));
      g_assert_nonnull (error);
      g_test_message ("said: %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  /* No skill: refused too. */
  {
    g_autoptr(GError) error = NULL;

    empty->evaluated_on = g_strdup ("2025-09-12");
    psl_immersion_review_add (empty, "", PSL_SKILL_FULLY_ACQUIRED);
    g_assert_false (psl_immersion_review_save (f->store, "imm", empty, &error));
    g_assert_nonnull (strstr (error->message, "au moins une compétence"));
  }
  /* Nothing was written by any of them. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE evaluation IS NOT NULL"), ==, 0);
}

static void
test_unreadable (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslImmersionReview) partial = NULL;

  /* Valid JSON but not an object: said, not a crash. */
  psl_test_exec (f->store, "UPDATE placement SET evaluation = '[1, 2]' WHERE id = 'imm';");
  g_assert_null (psl_immersion_review_load (f->store, "imm", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* An unknown level and a skill with no name are left out, the rest kept. */
  partial = psl_immersion_review_parse ("{\"evaluated_on\": \"2025-09-12\", \"skills\": ["
                                        "{\"skill\": \"Encaisser\", \"level\": \"fully\"},"
                                        "{\"skill\": \"Ranger\", \"level\": \"maybe\"},"
                                        "{\"level\": \"partly\"}, 3, {\"skill\": [\"x\"], \"level\": 2}],"
                                        " \"host_comment\": {\"a\": 1}}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (partial->skills->len, ==, 1);
  g_assert_null (partial->host_comment);
  g_assert_null (psl_immersion_review_parse ("not json", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (psl_immersion_review_parse ("", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/immersion-review/round-trip", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_round_trip, psl_test_fixture_teardown);
  g_test_add ("/immersion-review/refused", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_refused, psl_test_fixture_teardown);
  g_test_add ("/immersion-review/unreadable", PslTestFixture, FIXTURE, psl_test_fixture_setup,
              test_unreadable, psl_test_fixture_teardown);
  return g_test_run ();
}
