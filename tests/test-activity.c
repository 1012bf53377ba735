/* test-activity.c — every figure of the activity report, against a fixture counted by hand and
 * against independent SQL on the same fixture */

#include "config.h"

#include "psl-activity.h"
#include "psl-test.h"

#include "activity-fixture.h"

static const PslTally *
row (GPtrArray  *rows,
     const char *label)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const PslTally *tally = g_ptr_array_index (rows, i);

      if (g_strcmp0 (tally->label, label) == 0 || g_strcmp0 (tally->code, label) == 0)
        return tally;
    }
  g_error ("no row “%s”", label);
}

static void
assert_row (GPtrArray  *rows,
            const char *label,
            gint64      v0,
            gint64      v1,
            gint64      v2)
{
  const PslTally *tally = row (rows, label);

  g_assert_cmpint (tally->values[0], ==, v0);
  g_assert_cmpint (tally->values[1], ==, v1);
  g_assert_cmpint (tally->values[2], ==, v2);
}

/* The same figure by a query written apart from the program's. */
static gint64
independent (PslTestFixture *f,
             const char     *sql)
{
  g_autoptr(GString) text = g_string_new (sql);

  g_string_replace (text, ":from", "'" FROM "'", 0);
  g_string_replace (text, ":to", "'" TO "'", 0);
  return psl_test_count (f->store, text->str);
}

static void
test_people (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) a = psl_activity_load (f->store, FROM, TO, TODAY, NULL, &error);
  const PslTally *last;

  g_assert_no_error (error);
  /* p1, p2, p3, p4, p8; p1 and p4 new; p2, p3, p8 left. */
  g_assert_cmpint (a->people_followed, ==, 5);
  g_assert_cmpint (independent (f, "SELECT count(*) FROM person WHERE deleted_at IS NULL AND merged_into IS NULL"
                                   " AND NOT (entered_on > :to OR ifnull(exited_on, '9999') < :from)"), ==, 5);
  g_assert_cmpint (a->people_new, ==, 2);
  g_assert_cmpint (independent (f, "SELECT count(*) FROM person WHERE deleted_at IS NULL AND merged_into IS NULL"
                                   " AND substr(entered_on, 1, 7) BETWEEN '2026-01' AND '2026-06'"), ==, 2);
  g_assert_cmpint (a->people_exited, ==, 3);
  g_assert_cmpint (independent (f, "SELECT count(*) FROM person WHERE deleted_at IS NULL AND merged_into IS NULL"
                                   " AND exited_on >= :from AND exited_on <= :to"), ==, 3);

  g_assert_cmpuint (a->people_by_sex->len, ==, 3);
  assert_row (a->people_by_sex, "Femmes", 2, 1, 0);
  assert_row (a->people_by_sex, "Hommes", 3, 1, 0);
  assert_row (a->people_by_sex, "Autre", 0, 0, 0);
  g_assert_cmpint (independent (f, "SELECT count(*) FROM person WHERE sex = 'M' AND deleted_at IS NULL"
                                   " AND merged_into IS NULL AND entered_on <= :to"
                                   " AND ifnull(exited_on, :to) >= :from"), ==, 3);

  /* Age at entry: p1 20 and p8 24; p2 35; p3 57; p4 not known. */
  g_assert_cmpuint (a->people_by_age->len, ==, 4);
  assert_row (a->people_by_age, "Moins de 25 ans", 2, 1, 0);
  assert_row (a->people_by_age, "25 à 54 ans", 1, 0, 0);
  assert_row (a->people_by_age, "55 ans et plus", 1, 0, 0);
  assert_row (a->people_by_age, "Âge inconnu", 1, 1, 0);

  /* Counsellors by name, the people with none last. */
  g_assert_cmpuint (a->people_by_referent->len, ==, 3);
  g_assert_cmpstr (((PslTally *) g_ptr_array_index (a->people_by_referent, 0))->label, ==, "Alice Vayssière");
  assert_row (a->people_by_referent, "Alice Vayssière", 2, 1, 0);
  assert_row (a->people_by_referent, "Bruno Rey", 2, 0, 0);
  last = g_ptr_array_index (a->people_by_referent, 2);
  g_assert_cmpstr (last->label, ==, "Sans référent");
  g_assert_cmpint (last->values[PSL_PEOPLE_FOLLOWED], ==, 1);

  /* Exits: one lasting, one transitional, one not given (listed last). */
  assert_row (a->outcomes, "emploi_durable", 1, 0, 0);
  assert_row (a->outcomes, "emploi_transition", 1, 0, 0);
  assert_row (a->outcomes, "autre", 0, 0, 0);
  last = g_ptr_array_index (a->outcomes, a->outcomes->len - 1);
  g_assert_null (last->code);
  g_assert_cmpint (last->values[0], ==, 1);
  g_assert_cmpint (a->exits_durable, ==, 1);
  g_assert_cmpfloat_with_epsilon (psl_activity_durable_rate (a), 1.0 / 3, 1e-9);
}

static void
test_firms (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) a = psl_activity_load (f->store, FROM, TO, TODAY, NULL, &error);

  g_assert_no_error (error);
  /* c1 and c2 contacted and visited (i1 on the first day, i3 on the
   * last); c1 and c3 new (c3 by the day it was entered). */
  g_assert_cmpint (a->firms_contacted, ==, 2);
  g_assert_cmpint (independent (f, "SELECT count(DISTINCT company_id) FROM interaction WHERE deleted_at IS NULL"
                                   " AND date(occurred_at) BETWEEN :from AND :to"), ==, 2);
  g_assert_cmpint (a->firms_new, ==, 2);
  g_assert_cmpint (a->firms_visited, ==, 2);
  assert_row (a->firms_by_sector, "btp", 1, 1, 1);
  assert_row (a->firms_by_sector, "industrie", 1, 0, 1);
  assert_row (a->firms_by_sector, "tertiaire", 0, 0, 0);
  assert_row (a->firms_by_sector, "Non renseigné", 0, 1, 0);

  /* Two visits (150 min), two calls (15 min and one not timed), the
   * partner's event (120 min); the deleted meeting and the email in July
   * not counted. */
  g_assert_cmpint (a->interactions, ==, 5);
  g_assert_cmpint (a->interaction_minutes, ==, 285);
  g_assert_cmpint (independent (f, "SELECT sum(duration_min) FROM interaction WHERE deleted_at IS NULL"
                                   " AND date(occurred_at) BETWEEN :from AND :to"), ==, 285);
  assert_row (a->interactions_by_kind, "visite", 2, 150, 0);
  assert_row (a->interactions_by_kind, "appel", 2, 15, 0);
  assert_row (a->interactions_by_kind, "evenement", 1, 120, 0);
  assert_row (a->interactions_by_kind, "courriel", 0, 0, 0);

  /* o1 realised by pl1's start, o2 filled, o3 only refused, o5 cancelled. */
  assert_row (a->opportunities_by_phase, "1", 0, 0, 0);
  assert_row (a->opportunities_by_phase, "2", 1, 1, 0);
  assert_row (a->opportunities_by_phase, "3", 1, 0, 0);
  assert_row (a->opportunities_by_phase, "4", 2, 1, 0);
}

/* The contacts of whole months come from the counts the writes keep, the
 * days of a cut month from the rows: a period cut at either end, or
 * within one day, counts what the rows say (fixture: i1 visit on 1 Jan,
 * i2 call on 1 Feb, i6 call on 3 Mar, i8 event with a partner on 4 Apr,
 * i3 visit on 30 Jun). */
static void
test_cut_months (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) tail = psl_activity_load (f->store, FROM, "2026-06-29", TODAY, NULL, &error);
  g_autoptr(PslActivity) head = psl_activity_load (f->store, "2026-01-02", TO, TODAY, NULL, &error);
  g_autoptr(PslActivity) day = psl_activity_load (f->store, "2026-06-30", "2026-06-30", TODAY, NULL, &error);

  g_assert_no_error (error);
  /* Without 30 June: i1, i2, i6, i8; c1 contacted and visited, c2 contacted. */
  g_assert_cmpint (tail->interactions, ==, 4);
  g_assert_cmpint (tail->interaction_minutes, ==, 60 + 15 + 120);
  assert_row (tail->interactions_by_kind, "visite", 1, 60, 0);
  assert_row (tail->interactions_by_kind, "appel", 2, 15, 0);
  assert_row (tail->interactions_by_kind, "evenement", 1, 120, 0);
  g_assert_cmpint (tail->firms_contacted, ==, 2);
  g_assert_cmpint (tail->firms_visited, ==, 1);
  assert_row (tail->firms_by_sector, "btp", 1, 1, 1);
  assert_row (tail->firms_by_sector, "industrie", 1, 0, 0);

  /* Without 1 January: i2, i6, i8, i3; c2 visited, c1 only called. */
  g_assert_cmpint (head->interactions, ==, 4);
  g_assert_cmpint (head->interaction_minutes, ==, 15 + 120 + 90);
  assert_row (head->interactions_by_kind, "visite", 1, 90, 0);
  g_assert_cmpint (head->firms_contacted, ==, 2);
  g_assert_cmpint (head->firms_visited, ==, 1);
  assert_row (head->firms_by_sector, "btp", 1, 1, 0);
  assert_row (head->firms_by_sector, "industrie", 1, 0, 1);

  /* 30 June alone: i3. */
  g_assert_cmpint (day->interactions, ==, 1);
  g_assert_cmpint (day->interaction_minutes, ==, 90);
  g_assert_cmpint (day->firms_contacted, ==, 1);
  g_assert_cmpint (day->firms_visited, ==, 1);
}

static void
test_placements (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) a = psl_activity_load (f->store, FROM, TO, TODAY, NULL, &error);

  g_assert_no_error (error);
  /* Immersions first, then the contract types used, in the list's order. */
  g_assert_cmpuint (a->placements_by_type->len, ==, 3);
  g_assert_cmpstr (((PslTally *) g_ptr_array_index (a->placements_by_type, 0))->code, ==, "immersion");
  g_assert_cmpstr (((PslTally *) g_ptr_array_index (a->placements_by_type, 1))->code, ==, "cdi");
  assert_row (a->placements_by_type, "immersion", 3, 1, 1);
  assert_row (a->placements_by_type, "cdi", 1, 0, 1);
  assert_row (a->placements_by_type, "cdd", 1, 1, 0);
  g_assert_cmpint (independent (f, "SELECT count(*) FROM placement WHERE deleted_at IS NULL AND kind = 'contract'"
                                   " AND stage IN ('contract', 'ended') AND start_date BETWEEN :from AND :to"), ==, 2);

  assert_row (a->immersions_by_sector, "btp", 1, 0, 1);
  assert_row (a->immersions_by_sector, "industrie", 0, 1, 1);
  assert_row (a->immersions_by_sector, "Non renseigné", 1, 0, 1);
  assert_row (a->immersions_by_sector, "tertiaire", 0, 0, 0);

  /* The follow-up figures for the structure: pl4 and pl6 ended early. */
  g_assert_cmpuint (a->followup->ruptures, ==, 2);
  g_assert_cmpuint (a->followup->alerts_opened, ==, 2);
  g_assert_cmpuint (a->followup->alerts_resolved, ==, 1);
  /* Nothing with a target set, nothing to compare. */
  g_assert_cmpuint (a->targets->len, ==, 0);
}

static void
test_antenna (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) a = psl_activity_load (f->store, FROM, TO, TODAY, "n", &error);

  g_assert_no_error (error);
  /* The people of Nord: p1, p2, p3. */
  g_assert_cmpint (a->people_followed, ==, 3);
  g_assert_cmpint (a->people_new, ==, 1);
  g_assert_cmpint (a->people_exited, ==, 2);
  assert_row (a->people_by_referent, "Bruno Rey", 1, 0, 0);
  /* Alice's interactions: i1, i2, i6 and the partner's event. */
  g_assert_cmpint (a->interactions, ==, 4);
  g_assert_cmpint (a->firms_contacted, ==, 2);
  g_assert_cmpint (a->firms_visited, ==, 1);
  g_assert_cmpint (a->firms_new, ==, 1);
  /* Alice's opportunities only; o5 has nobody. */
  assert_row (a->opportunities_by_phase, "3", 0, 0, 0);
  assert_row (a->opportunities_by_phase, "4", 1, 1, 0);
  assert_row (a->placements_by_type, "immersion", 2, 0, 1);
  assert_row (a->placements_by_type, "cdd", 1, 1, 0);
  g_assert_cmpuint (a->followup->ruptures, ==, 1);
  g_assert_cmpuint (a->followup->alerts_opened, ==, 1);
  g_assert_cmpint (a->exits_durable, ==, 1);
}

static void
test_targets (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) whole = NULL;
  g_autoptr(PslActivity) nord = NULL;

  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_PEOPLE_NEW, 2026, NULL, 10, &error));
  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_DURABLE_RATE, 2026, NULL, 50, &error));
  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_PEOPLE_NEW, 2026, "n", 5, &error));
  /* Set again: replaced, not added. */
  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_PEOPLE_NEW, 2026, "n", 4, &error));
  /* Another year: not this report's. */
  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_CONTRACTS, 2025, NULL, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM target"), ==, 4);

  whole = psl_activity_load (f->store, FROM, TO, TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (whole->targets->len, ==, 2);
  assert_row (whole->targets, "people_new", 10, 2, 0);
  assert_row (whole->targets, "durable_rate", 50, 33, 0);
  nord = psl_activity_load (f->store, FROM, TO, TODAY, "n", &error);
  g_assert_cmpuint (nord->targets->len, ==, 1);
  assert_row (nord->targets, "people_new", 4, 1, 0);

  /* Refused, nothing changed. */
  g_assert_false (psl_target_set (f->store, PSL_INDICATOR_DURABLE_RATE, 2026, NULL, 120, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_target_set (f->store, PSL_INDICATOR_PEOPLE_NEW, 1999, NULL, 3, &error));
  g_clear_error (&error);
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_DURABLE_RATE, 2026, NULL, NULL), ==, 50);
  /* Removed. */
  g_assert_true (psl_target_set (f->store, PSL_INDICATOR_DURABLE_RATE, 2026, NULL, -1, &error));
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_DURABLE_RATE, 2026, NULL, NULL), ==, -1);
}

static void
test_bad_and_empty (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslActivity) empty = NULL;

  g_assert_null (psl_activity_load (f->store, TO, FROM, TODAY, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_activity_load (f->store, "janvier", TO, TODAY, NULL, &error));
  g_clear_error (&error);
  /* A period with nothing: zeros, every sector still listed, no rate. */
  empty = psl_activity_load (f->store, "2010-01-01", "2010-12-31", TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty->people_followed, ==, 0);
  g_assert_cmpuint (empty->placements_by_type->len, ==, 0);
  g_assert_cmpuint (empty->firms_by_sector->len, ==, 7);
  g_assert_cmpfloat (psl_activity_durable_rate (empty), ==, -1);
  /* An antenna nobody belongs to. */
  g_clear_pointer (&empty, psl_activity_free);
  empty = psl_activity_load (f->store, FROM, TO, TODAY, "inconnue", &error);
  g_assert_no_error (error);
  g_assert_cmpint (empty->people_followed + empty->interactions + empty->firms_new, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  psl_test_translate ();
#define ADD(path, fn) g_test_add (path, PslTestFixture, ACTIVITY_FIXTURE, psl_test_fixture_setup, fn, \
                                  psl_test_fixture_teardown)
  ADD ("/activity/people", test_people);
  ADD ("/activity/firms", test_firms);
  ADD ("/activity/cut-months", test_cut_months);
  ADD ("/activity/placements", test_placements);
  ADD ("/activity/antenna", test_antenna);
  ADD ("/activity/targets", test_targets);
  ADD ("/activity/bad-and-empty", test_bad_and_empty);
#undef ADD
  return g_test_run ();
}
