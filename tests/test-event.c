/* test-event.c — events and who took part */

#include "config.h"

#include "psl-event.h"
#include "psl-test.h"

static void
test_event (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-event");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL, *bad = NULL, *untitled = NULL;
  PslEventTurnout turnout;

  psl_test_exec (store,
    "INSERT INTO company (id, legal_name) VALUES ('c1', 'Transports Vayssière'), ('c2', 'EHPAD Les Tilleuls');"
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('p1', 'Inès', 'Rigal', '2026-01-01');");

  id = psl_event_create (store, "job_dating", "Job dating du transport", "12/03/2026", &error);
  g_assert_no_error (error);
  bad = psl_event_create (store, "rave", "Soirée", "2026-03-12", &error);
  g_assert_null (bad);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  untitled = psl_event_create (store, "forum", "", "2026-03-12", &error);
  g_assert_null (untitled);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (psl_event_add_participant (store, id, PSL_PARTICIPANT_COMPANY, "c1", &error));
  g_assert_true (psl_event_add_participant (store, id, PSL_PARTICIPANT_COMPANY, "c2", &error));
  g_assert_true (psl_event_add_participant (store, id, PSL_PARTICIPANT_COMPANY, "c1", &error));
  g_assert_true (psl_event_add_participant (store, id, PSL_PARTICIPANT_PERSON, "p1", &error));
  g_assert_false (psl_event_add_participant (store, id, PSL_PARTICIPANT_PERSON, "nobody", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (psl_event_turnout (store, id, &turnout, &error));
  g_assert_cmpuint (turnout.companies, ==, 2);
  g_assert_cmpuint (turnout.partners, ==, 0);
  g_assert_cmpuint (turnout.people, ==, 1);

  g_assert_true (psl_event_set (store, id, "outcomes", "Six entretiens, deux embauches", &error));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM event WHERE held_on = '2026-03-12'"
                                          " AND outcomes LIKE 'Six%'"), ==, 1);

  /* The list, the latest first, with the turnout; names of who came. */
  {
    g_autofree char *older = psl_event_create (store, "forum", "Forum de l'emploi", "2025-10-02", &error);
    g_autoptr(GPtrArray) events = psl_event_list (store, &error);
    g_autoptr(GPtrArray) names = psl_event_participants (store, id, &error);
    g_autoptr(GPtrArray) candidates = psl_event_candidates (store, &error);
    PslEventLine *latest;

    g_assert_no_error (error);
    g_assert_nonnull (older);
    g_assert_cmpuint (events->len, ==, 2);
    latest = g_ptr_array_index (events, 0);
    g_assert_cmpstr (latest->id, ==, id);
    g_assert_cmpuint (latest->turnout.companies, ==, 2);
    g_assert_cmpuint (latest->turnout.people, ==, 1);
    g_assert_cmpuint (((PslEventLine *) g_ptr_array_index (events, 1))->turnout.companies, ==, 0);
    /* Firms first, by name, then the people. */
    g_assert_cmpuint (names->len, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "EHPAD Les Tilleuls");
    g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Transports Vayssière");
    g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "Inès Rigal");
    /* Two firms and one person, by name. */
    g_assert_cmpuint (candidates->len, ==, 3);
    g_assert_cmpstr (((PslParticipantChoice *) g_ptr_array_index (candidates, 1))->name, ==, "Inès Rigal");
    g_assert_cmpint (((PslParticipantChoice *) g_ptr_array_index (candidates, 1))->kind, ==, PSL_PARTICIPANT_PERSON);
  }

  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/event/create-and-participants", test_event);
  return g_test_run ();
}
