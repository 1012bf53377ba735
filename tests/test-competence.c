/* test-competence.c — the competence grid: the gap to a job, grids stored and dated, the job's grid found */

#include "config.h"

#include <string.h>

#include "psl-competence.h"
#include "psl-format.h"
#include "psl-test.h"

#define DATA \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('claire', 'Claire', 'Fabre');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-01-01'), ('hugo', 'Hugo', 'Rigal', '2025-01-01');" \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal'), ('moulin', 'Garage du Moulin');" \
  "INSERT INTO company_trade (id, company_id, label, rome_code) VALUES" \
  " ('t-vente', 'vidal', 'Vente', 'D1106'), ('t-caisse', 'vidal', 'Caisse', 'D1505')," \
  " ('t-elec', 'vidal', 'Électricité', NULL), ('t-fournil', 'vidal', 'Fournil', 'D1102')," \
  " ('t-meca', 'moulin', 'Mécanique', 'I1604');" \
  "UPDATE company_trade SET deleted_at = '2026-05-01T00:00:00.000Z' WHERE id = 't-fournil';" \
  "INSERT INTO opportunity (id, company_id, phase, title, trade, rome_code, proposed_on) VALUES" \
  /* its own grid */ \
  " ('o-own', 'vidal', 2, 'Vendeur', 'Vente', 'D1106', '2026-01-01')," \
  /* the trade of the same name, whatever the case */ \
  " ('o-name', 'vidal', 2, 'Vendeur', 'vente', NULL, '2026-01-01')," \
  /* the trade of the same ROME code */ \
  " ('o-rome', 'vidal', 2, 'Hôte de caisse', NULL, 'D1505', '2026-01-01')," \
  /* both match: the name wins, though the other grid is newer */ \
  " ('o-both', 'vidal', 2, 'Vendeur caissier', 'VENTE', 'D1505', '2026-01-01')," \
  /* accents folded as well as case */ \
  " ('o-accent', 'vidal', 2, 'Électricien', 'ÉLECTRICITÉ', NULL, '2026-01-01')," \
  /* a deleted trade, and another firm's trade, give nothing */ \
  " ('o-deleted', 'vidal', 2, 'Boulanger', 'Fournil', 'D1102', '2026-01-01')," \
  " ('o-other', 'vidal', 2, 'Mécanicien', 'Mécanique', 'I1604', '2026-01-01');" \
  "INSERT INTO competence_evaluation (id, opportunity_id, company_trade_id, evaluated_on) VALUES" \
  " ('g-own', 'o-own', NULL, '2026-02-01')," \
  " ('g-vente', NULL, 't-vente', '2026-01-15'), ('g-caisse', NULL, 't-caisse', '2026-03-01')," \
  " ('g-elec', NULL, 't-elec', '2026-01-15'), ('g-fournil', NULL, 't-fournil', '2026-01-15')," \
  " ('g-meca', NULL, 't-meca', '2026-01-15');" \
  "INSERT INTO competence_rating (id, evaluation_id, item_code, level) VALUES" \
  " ('r1', 'g-own', 'pictogrammes', 4), ('r2', 'g-vente', 'pictogrammes', 1)," \
  " ('r3', 'g-caisse', 'pictogrammes', 2), ('r4', 'g-elec', 'pictogrammes', 3)," \
  " ('r5', 'g-fournil', 'pictogrammes', 0), ('r6', 'g-meca', 'pictogrammes', 0);"

/* The positions of three items in the seeded grid. */
#define PICTOGRAMMES 0
#define HORAIRES     9
#define CONSIGNES    12

static void
set_levels (PslCompetenceGrid *grid,
            guint              n,
            const int         *levels)
{
  psl_competence_grid_init (grid, n);
  for (guint i = 0; i < n; i++)
    grid->levels[i] = levels[i];
}

#define U PSL_COMPETENCE_UNRATED

static void
test_gap (void)
{
  static const struct
  {
    const char *what;
    int         job[4];
    int         person[4];
    guint       n_required;
    guint       n_compared;
    guint       n_short;
    int         missing;
    int         required;
    int         worst_item;
    double      fit;
  } cases[] = {
    { "equal grids fit",
      { 2, 3, 1, 4 }, { 2, 3, 1, 4 }, 4, 4, 0, 0, 10, -1, 1.0 },
    { "better than asked is no gap",
      { 2, 3, 1, 4 }, { 4, 4, 4, 4 }, 4, 4, 0, 0, 10, -1, 1.0 },
    { "2 below on one item of 4 asked: 2 missing of 10",
      { 4, 2, 2, 2 }, { 2, 2, 3, 2 }, 4, 4, 1, 2, 10, 0, 0.8 },
    { "short on two items: the worst is the largest shortfall",
      { 1, 4, 3, 2 }, { 0, 1, 3, 2 }, 4, 4, 2, 4, 10, 1, 0.6 },
    { "an item the person was not rated on is left out",
      { 2, 3, 1, 4 }, { 2, U, 1, 2 }, 4, 3, 1, 2, 7, 3, 5.0 / 7.0 },
    { "an item the job rates 0 or leaves unrated is not required",
      { 0, 3, U, 0 }, { U, 1, 0, 0 }, 1, 1, 1, 2, 3, 1, 1.0 / 3.0 },
    { "a person meeting none of the levels",
      { 1, 2, 0, 0 }, { 0, 0, 0, 0 }, 2, 2, 2, 3, 3, 1, 0.0 },
    { "nothing to compare",
      { 2, 3, 0, 0 }, { U, U, 4, 4 }, 2, 0, 0, 0, 0, -1, -1.0 },
    { "a job that asks nothing",
      { 0, 0, U, U }, { 1, 2, 3, 4 }, 0, 0, 0, 0, 0, -1, -1.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PslCompetenceGrid job;
      PslCompetenceGrid person;
      PslCompetenceGap gap;

      g_test_message ("case %u: %s", i, cases[i].what);
      set_levels (&job, 4, cases[i].job);
      set_levels (&person, 4, cases[i].person);
      psl_competence_gap (&person, &job, &gap);
      g_assert_cmpuint (gap.n_required, ==, cases[i].n_required);
      g_assert_cmpuint (gap.n_compared, ==, cases[i].n_compared);
      g_assert_cmpuint (gap.n_short, ==, cases[i].n_short);
      g_assert_cmpint (gap.missing, ==, cases[i].missing);
      g_assert_cmpint (gap.required, ==, cases[i].required);
      g_assert_cmpint (gap.worst_item, ==, cases[i].worst_item);
      g_assert_cmpfloat_with_epsilon (psl_competence_fit (&gap), cases[i].fit, 1e-9);
    }
}

static void
test_items (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_competence_items (f->store, &error);
  PslCompetenceItem *first;
  PslCompetenceItem *last;

  g_assert_no_error (error);
  /* Seed 000: three groups, twenty items. */
  g_assert_cmpuint (items->len, ==, 20);
  first = g_ptr_array_index (items, 0);
  last = g_ptr_array_index (items, items->len - 1);
  g_assert_cmpstr (first->code, ==, "pictogrammes");
  g_assert_cmpstr (first->group_code, ==, "technicite");
  g_assert_cmpstr (first->group_label, ==, "Technicité");
  g_assert_cmpstr (((PslCompetenceItem *) g_ptr_array_index (items, HORAIRES))->code, ==, "horaires");
  g_assert_cmpstr (((PslCompetenceItem *) g_ptr_array_index (items, HORAIRES))->group_code, ==, "organisation");
  g_assert_cmpstr (((PslCompetenceItem *) g_ptr_array_index (items, CONSIGNES))->code, ==, "consignes");
  g_assert_cmpstr (last->code, ==, "mobilite");
  g_assert_cmpstr (last->label, ==, "Mobilité");
  g_assert_cmpstr (last->group_label, ==, "Environnement professionnel");

  /* An item made inactive leaves the grid. */
  psl_test_exec (f->store, "UPDATE ref_item SET active = 0 WHERE list_code = 'competence' AND code = 'memorisation';");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = psl_competence_items (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 19);
}

static PslCompetenceGrid
person_grid (int pictogrammes,
             int horaires,
             int consignes)
{
  PslCompetenceGrid grid;

  psl_competence_grid_init (&grid, 20);
  grid.levels[PICTOGRAMMES] = pictogrammes;
  grid.levels[HORAIRES] = horaires;
  grid.levels[CONSIGNES] = consignes;
  return grid;
}

static void
test_save_and_latest (PslTestFixture *f,
                      gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslCompetenceGrid saved = person_grid (2, 4, 3);
  PslCompetenceGrid older = person_grid (0, 0, 0);
  PslCompetenceGrid read;
  g_autofree char *on = NULL;
  g_autofree char *id = NULL;
  g_autofree char *older_id = NULL;
  g_autoptr(GPtrArray) history = NULL;
  PslCompetenceEvaluation *evaluation;

  /* Nothing yet: FALSE, no error, every item unrated. */
  g_assert_false (psl_competence_latest (f->store, "person_id", "lea", &read, &on, &error));
  g_assert_no_error (error);
  g_assert_null (on);
  g_assert_cmpuint (read.n_items, ==, 20);
  for (guint i = 0; i < read.n_items; i++)
    g_assert_cmpint (read.levels[i], ==, PSL_COMPETENCE_UNRATED);

  id = psl_competence_save (f->store, "person_id", "lea", "2026-03-01", "claire", "  Entretien d'accueil ",
                            &saved, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  /* Unrated items are not written. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_rating r"
                                             " JOIN competence_evaluation e ON e.id = r.evaluation_id"
                                             " WHERE e.person_id = 'lea'"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation WHERE person_id = 'lea'"
                                             " AND staff_id = 'claire' AND context = 'Entretien d''accueil'"
                                             " AND site_id IS NOT NULL"), ==, 1);

  g_assert_true (psl_competence_latest (f->store, "person_id", "lea", &read, &on, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (on, ==, "2026-03-01");
  g_assert_cmpuint (read.n_items, ==, 20);
  for (guint i = 0; i < read.n_items; i++)
    g_assert_cmpint (read.levels[i], ==, saved.levels[i]);

  /* An evaluation dated earlier, though recorded later, is not the latest. */
  older_id = psl_competence_save (f->store, "person_id", "lea", "2025-12-01", NULL, NULL, &older, &error);
  g_assert_no_error (error);
  g_clear_pointer (&on, g_free);
  g_assert_true (psl_competence_latest (f->store, "person_id", "lea", &read, &on, &error));
  g_assert_cmpstr (on, ==, "2026-03-01");
  g_assert_cmpint (read.levels[PICTOGRAMMES], ==, 2);
  g_assert_cmpint (read.levels[HORAIRES], ==, 4);

  /* Another person's grid is theirs. */
  g_assert_false (psl_competence_latest (f->store, "person_id", "hugo", &read, NULL, &error));
  g_assert_no_error (error);

  /* The history, newest first, with who, where and the average. */
  history = psl_competence_history (f->store, "lea", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  evaluation = g_ptr_array_index (history, 0);
  g_assert_cmpstr (evaluation->id, ==, id);
  g_assert_cmpstr (evaluation->evaluated_on, ==, "2026-03-01");
  g_assert_cmpstr (evaluation->staff_name, ==, "Claire Fabre");
  g_assert_cmpstr (evaluation->context, ==, "Entretien d'accueil");
  g_assert_cmpuint (evaluation->n_rated, ==, 3);
  g_assert_cmpfloat_with_epsilon (evaluation->average, 3.0, 1e-9);
  evaluation = g_ptr_array_index (history, 1);
  g_assert_cmpstr (evaluation->id, ==, older_id);
  g_assert_null (evaluation->staff_name);
  g_assert_null (evaluation->context);
  g_assert_cmpfloat_with_epsilon (evaluation->average, 0.0, 1e-9);

  /* A deleted evaluation is neither the latest nor in the history. */
  psl_test_exec (f->store, "UPDATE competence_evaluation SET deleted_at = '2026-04-01T00:00:00.000Z'"
                           " WHERE evaluated_on = '2026-03-01';");
  g_clear_pointer (&on, g_free);
  g_assert_true (psl_competence_latest (f->store, "person_id", "lea", &read, &on, &error));
  g_assert_cmpstr (on, ==, "2025-12-01");
  g_assert_cmpint (read.levels[PICTOGRAMMES], ==, 0);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = psl_competence_history (f->store, "lea", &error);
  g_assert_cmpuint (history->len, ==, 1);
}

/* Two evaluations of the same day: the one recorded last holds. */
static void
test_same_day (PslTestFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PslCompetenceGrid read;

  psl_test_exec (f->store,
    "INSERT INTO competence_evaluation (id, person_id, evaluated_on, created_at) VALUES"
    " ('morning', 'hugo', '2026-05-04', '2026-05-04T08:00:00.000Z'),"
    " ('evening', 'hugo', '2026-05-04', '2026-05-04T18:00:00.000Z');"
    "INSERT INTO competence_rating (id, evaluation_id, item_code, level) VALUES"
    " ('m', 'morning', 'horaires', 1), ('e', 'evening', 'horaires', 3);");
  g_assert_true (psl_competence_latest (f->store, "person_id", "hugo", &read, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read.levels[HORAIRES], ==, 3);

  lines = psl_competence_history_lines (f->store, "hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (((PslRecordLine *) g_ptr_array_index (lines, 0))->id, ==, "evening");
}

static void
assert_refused (PslTestFixture          *f,
                const char              *what,
                const char              *owner_column,
                const char              *owner_id,
                const char              *evaluated_on,
                const PslCompetenceGrid *grid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gint64 evaluations = psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation");
  gint64 ratings = psl_test_count (f->store, "SELECT count(*) FROM competence_rating");

  g_test_message ("refused: %s", what);
  id = psl_competence_save (f->store, owner_column, owner_id, evaluated_on, "claire", NULL, grid, &error);
  g_assert_null (id);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation"), ==, evaluations);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_rating"), ==, ratings);
}

static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_day = g_date_time_add_days (now, 1);
  g_autofree char *tomorrow = g_date_time_format (next_day, "%Y-%m-%d");
  g_autofree char *today = psl_today_iso ();
  g_autofree char *id = NULL;
  PslCompetenceGrid good = person_grid (2, 4, 3);
  PslCompetenceGrid too_high = person_grid (2, 5, 3);
  PslCompetenceGrid negative = person_grid (-2, 4, 3);
  PslCompetenceGrid empty;
  PslCompetenceGrid none;
  PslCompetenceGrid too_long;
  gint64 evaluations;

  psl_competence_grid_init (&empty, 20);
  psl_competence_grid_init (&none, 0);
  psl_competence_grid_init (&too_long, 21);
  too_long.levels[20] = 2;

  assert_refused (f, "level 5", "person_id", "lea", "2026-03-01", &too_high);
  assert_refused (f, "level -2", "person_id", "lea", "2026-03-01", &negative);
  assert_refused (f, "no item rated", "person_id", "lea", "2026-03-01", &empty);
  assert_refused (f, "no item at all", "person_id", "lea", "2026-03-01", &none);
  assert_refused (f, "more items than the grid has", "person_id", "lea", "2026-03-01", &too_long);
  assert_refused (f, "month 13", "person_id", "lea", "2026-13-01", &good);
  assert_refused (f, "31 April", "person_id", "lea", "2026-04-31", &good);
  assert_refused (f, "no leading zero", "person_id", "lea", "2026-3-01", &good);
  assert_refused (f, "the French form", "person_id", "lea", "01/03/2026", &good);
  assert_refused (f, "a date and time", "person_id", "lea", "2026-03-01T10:00", &good);
  assert_refused (f, "an empty date", "person_id", "lea", "", &good);
  assert_refused (f, "no date", "person_id", "lea", NULL, &good);
  assert_refused (f, "tomorrow", "person_id", "lea", tomorrow, &good);
  assert_refused (f, "a column that owns no grid", "staff_id", "claire", "2026-03-01", &good);
  assert_refused (f, "SQL in the column", "person_id = person_id OR 1", "lea", "2026-03-01", &good);
  assert_refused (f, "no column", NULL, "lea", "2026-03-01", &good);
  assert_refused (f, "no owner", "person_id", NULL, "2026-03-01", &good);

  /* Reading with a column that owns no grid is refused too. */
  g_assert_false (psl_competence_latest (f->store, "staff_id", "claire", &empty, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An owner that does not exist: the database refuses, and the
   * transaction leaves nothing behind. */
  evaluations = psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation");
  g_assert_null (psl_competence_save (f->store, "person_id", "nobody", "2026-03-01", NULL, NULL, &good, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation"), ==, evaluations);

  /* Today is not the future. */
  id = psl_competence_save (f->store, "person_id", "lea", today, NULL, NULL, &good, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
}

static void
assert_job (PslTestFixture *f,
            const char     *opportunity_id,
            int             pictogrammes,
            const char     *source_says)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  PslCompetenceGrid grid;
  gboolean found;

  g_test_message ("job grid of %s", opportunity_id);
  found = psl_competence_job_for_opportunity (f->store, opportunity_id, &grid, &source, &error);
  g_assert_no_error (error);
  if (source_says == NULL)
    {
      g_assert_false (found);
      g_assert_null (source);
      return;
    }
  g_assert_true (found);
  g_assert_cmpint (grid.levels[PICTOGRAMMES], ==, pictogrammes);
  g_assert_nonnull (source);
  if (strstr (source, source_says) == NULL)
    g_error ("%s: “%s” does not say “%s”", opportunity_id, source, source_says);
}

static void
test_job (PslTestFixture *f,
          gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  PslCompetenceGrid grid;

  assert_job (f, "o-own", 4, "offre");            /* “cette offre”: the opportunity's own */
  assert_job (f, "o-name", 1, "Vente");
  assert_job (f, "o-rome", 2, "Caisse");
  assert_job (f, "o-both", 1, "Vente");
  assert_job (f, "o-accent", 3, "Électricité");
  assert_job (f, "o-deleted", 0, NULL);
  assert_job (f, "o-other", 0, NULL);
  assert_job (f, "no-such-opportunity", 0, NULL);

  /* Once the opportunity has its own grid, the trade's is no longer used. */
  psl_test_exec (f->store,
    "INSERT INTO competence_evaluation (id, opportunity_id, evaluated_on) VALUES ('g-name', 'o-name', '2026-04-01');"
    "INSERT INTO competence_rating (id, evaluation_id, item_code, level) VALUES ('r7', 'g-name', 'pictogrammes', 2);");
  assert_job (f, "o-name", 2, "offre");

  /* The name the matching calls it by gives the same. */
  g_assert_true (psl_competence_for_job (f->store, "o-rome", &grid, &source, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grid.levels[PICTOGRAMMES], ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/competence/gap", test_gap);
  g_test_add ("/competence/items", PslTestFixture, NULL, psl_test_fixture_setup,
              test_items, psl_test_fixture_teardown);
  g_test_add ("/competence/save-and-latest", PslTestFixture, DATA, psl_test_fixture_setup,
              test_save_and_latest, psl_test_fixture_teardown);
  g_test_add ("/competence/same-day", PslTestFixture, DATA, psl_test_fixture_setup,
              test_same_day, psl_test_fixture_teardown);
  g_test_add ("/competence/refused", PslTestFixture, DATA, psl_test_fixture_setup,
              test_refused, psl_test_fixture_teardown);
  g_test_add ("/competence/job", PslTestFixture, DATA, psl_test_fixture_setup,
              test_job, psl_test_fixture_teardown);
  return g_test_run ();
}
