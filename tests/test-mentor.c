/* test-mentor.c — volunteer mentors, whom they follow, their meetings, and the figures of question 1 */

#include "config.h"

#include "psl-choices.h"
#include "psl-mentor.h"
#include "psl-person.h"
#include "psl-test.h"

#define PERSON_A "00000000-0000-4000-8000-00000000000a"
#define PERSON_B "00000000-0000-4000-8000-00000000000b"
#define PERSON_C "00000000-0000-4000-8000-00000000000c"

static PslStore *
fixture (const char *dir)
{
  PslStore *store = psl_test_open (dir, "t.db");

  psl_test_exec (store,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES"
    " ('" PERSON_A "', 'Inès', 'Rigal', '2025-01-01'),"
    " ('" PERSON_B "', 'Yanis', 'Bouzid', '2025-02-01'),"
    " ('" PERSON_C "', 'Léa', 'Marty', '2025-03-01');");
  return store;
}

static void
test_mentors (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-mentor");
  g_autoptr(PslStore) store = fixture (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *delmas = NULL, *roques = NULL, *s1 = NULL, *s2 = NULL, *s3 = NULL, *old = NULL;
  g_autofree char *m1 = NULL, *m2 = NULL, *m3 = NULL;
  PslMentoringFigures figures;

  delmas = psl_mentor_create (store, "Jean Delmas", &error);
  g_assert_no_error (error);
  roques = psl_mentor_create (store, "  Odile Roques ", &error);
  g_assert_no_error (error);
  g_assert_true (psl_mentor_set (store, delmas, "situation", "retired", &error));
  g_assert_true (psl_mentor_set (store, delmas, "trade", "Menuisier", &error));
  g_assert_true (psl_mentor_set (store, delmas, "employer", "Menuiserie Delmas", &error));
  g_assert_true (psl_mentor_set (store, roques, "situation", "head", &error));
  g_assert_no_error (error);

  /* Delmas follows Inès since 01/09/2026 and followed Léa in 2025;
   * Roques follows Yanis from 15/10/2026. */
  s1 = psl_mentorship_create (store, delmas, PERSON_A, "01/09/2026", NULL, &error);
  g_assert_no_error (error);
  old = psl_mentorship_create (store, delmas, PERSON_C, "2025-03-01", "2025-06-30", &error);
  g_assert_no_error (error);
  s2 = psl_mentorship_create (store, roques, PERSON_B, "2026-10-15", NULL, &error);
  g_assert_no_error (error);

  m1 = psl_mentor_meeting_create (store, s1, "2026-09-10", "in_person", "Premier café, CV repris.", &error);
  g_assert_no_error (error);
  m2 = psl_mentor_meeting_create (store, s1, "2026-10-02", "firm_visit", NULL, &error);
  g_assert_no_error (error);
  m3 = psl_mentor_meeting_create (store, old, "2025-04-01", "phone", NULL, &error);
  g_assert_no_error (error);

  /* On 01/11/2026: two mentors, both following someone; Inès and Yanis
   * mentored today; over the year from 02/11/2025, the same two (Léa's
   * ended in June 2025); meetings in the year: 10/09 and 02/10. */
  g_assert_true (psl_mentoring_figures (store, "2026-11-01", &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.mentors, ==, 2);
  g_assert_cmpuint (figures.active_mentors, ==, 2);
  g_assert_cmpuint (figures.mentored_now, ==, 2);
  g_assert_cmpuint (figures.mentored_year, ==, 2);
  g_assert_cmpuint (figures.meetings_year, ==, 2);
  /* On 01/06/2025, only Léa, with one meeting since 02/06/2024. */
  g_assert_true (psl_mentoring_figures (store, "2025-06-01", &figures, &error));
  g_assert_cmpuint (figures.active_mentors, ==, 1);
  g_assert_cmpuint (figures.mentored_now, ==, 1);
  g_assert_cmpuint (figures.mentored_year, ==, 1);
  g_assert_cmpuint (figures.meetings_year, ==, 1);

  {
    g_autoptr(GPtrArray) lines = psl_mentor_list (store, "2026-11-01", &error);
    PslMentorLine *first, *second;

    g_assert_no_error (error);
    g_assert_cmpuint (lines->len, ==, 2);
    first = g_ptr_array_index (lines, 0);
    second = g_ptr_array_index (lines, 1);
    g_assert_cmpstr (first->name, ==, "Jean Delmas");
    g_assert_cmpstr (first->situation, ==, "À la retraite");
    g_assert_cmpstr (first->employer, ==, "Menuiserie Delmas");
    g_assert_cmpuint (first->following, ==, 1);
    g_assert_cmpuint (first->followed, ==, 2);
    g_assert_cmpuint (first->meetings, ==, 3);
    g_assert_cmpstr (first->last_meeting, ==, "2026-10-02");
    g_assert_cmpstr (second->name, ==, "Odile Roques");
    g_assert_cmpuint (second->meetings, ==, 0);
    g_assert_null (second->last_meeting);
  }

  {
    g_autofree char *name = psl_mentor_current_name (store, PERSON_A, "2026-11-01", &error);
    g_autofree char *none = psl_mentor_current_name (store, PERSON_C, "2026-11-01", &error);
    g_autoptr(GPtrArray) person = psl_mentorship_lines_for_person (store, PERSON_A, &error);
    g_autoptr(GPtrArray) mentor = psl_mentorship_lines_for_mentor (store, delmas, &error);
    g_autoptr(GPtrArray) meetings = psl_mentor_meeting_lines (store, delmas, &error);
    g_autoptr(GPtrArray) choices = psl_choices_load (store, PSL_CHOICES_MENTOR_FOLLOWED, delmas, &error);
    PslRecordLine *line;

    g_assert_no_error (error);
    g_assert_cmpstr (name, ==, "Jean Delmas");
    g_assert_null (none);
    g_assert_cmpuint (person->len, ==, 1);
    line = g_ptr_array_index (person, 0);
    g_assert_cmpstr (line->title, ==, "Jean Delmas");
    g_assert_cmpstr (line->subtitle, ==, "depuis le 1er septembre 2026 · Menuisier, Menuiserie Delmas · 2 rencontres");
    /* The current first, then Léa's, ended. */
    g_assert_cmpuint (mentor->len, ==, 2);
    g_assert_cmpstr (((PslRecordLine *) g_ptr_array_index (mentor, 0))->title, ==, "Inès Rigal");
    line = g_ptr_array_index (mentor, 1);
    g_assert_cmpstr (line->title, ==, "Léa Marty");
    g_assert_cmpstr (line->subtitle, ==, "du 1er mars 2025 au 30 juin 2025 · 1 rencontre");
    g_assert_true (line->done);
    g_assert_cmpuint (meetings->len, ==, 3);
    line = g_ptr_array_index (meetings, 1);
    g_assert_cmpstr (line->title, ==, "Inès Rigal");
    g_assert_cmpstr (line->subtitle, ==, "10 septembre 2026 · Rencontre\nPremier café, CV repris.");
    g_assert_cmpuint (choices->len, ==, 2);
  }

  /* A meeting from the mentor's page, on someone another mentor follows:
   * refused. */
  {
    const char *columns[] = { "mentorship_id", "held_on", "kind", NULL };
    const char *values[] = { s2, "2026-10-20", "phone", NULL };
    g_autofree char *wrong = psl_mentor_meeting_create_from_form (store, delmas, columns, values, &error);

    g_assert_null (wrong);
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Roques leaves on 05/11/2026 while following Yanis: the following
   * ends that day, stays in Yanis's history; nobody mentors him after. */
  {
    guint ended = 99;
    g_autoptr(GPtrArray) lines = NULL;
    g_autofree char *name = NULL;
    g_autofree char *end = NULL;

    g_assert_true (psl_mentor_delete (store, roques, "2026-11-05", &ended, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ended, ==, 1);
    end = psl_test_query_text (store, "SELECT ended_on FROM mentorship WHERE person_id = '" PERSON_B "'");

    g_assert_cmpstr (end, ==, "2026-11-05");
    lines = psl_mentorship_lines_for_person (store, PERSON_B, &error);
    g_assert_cmpuint (lines->len, ==, 1);
    g_assert_cmpstr (((PslRecordLine *) g_ptr_array_index (lines, 0))->subtitle, ==,
                     "du 15 octobre 2026 au 5 novembre 2026 · aucune rencontre");
    name = psl_mentor_current_name (store, PERSON_B, "2026-11-03", &error);
    g_assert_null (name);
    g_assert_true (psl_mentoring_figures (store, "2026-11-01", &figures, &error));
    g_assert_cmpuint (figures.mentors, ==, 1);
    g_assert_cmpuint (figures.mentored_now, ==, 1);
    /* Deleted twice: said, not done twice. */
    g_assert_false (psl_mentor_delete (store, roques, "2026-11-06", &ended, &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
    g_clear_error (&error);
    /* Nobody can be given a mentor who left. */
    g_assert_null (psl_mentorship_create (store, roques, PERSON_C, "2026-11-10", NULL, &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  /* A mentor whose following started after the day they leave: it ends
   * on its start, never before it. */
  {
    g_autofree char *late = psl_mentor_create (store, "Paul Vidal", &error);
    g_autofree char *future = psl_mentorship_create (store, late, PERSON_C, "2027-01-10", NULL, &error);
    g_autofree char *end = NULL;

    g_assert_no_error (error);

    g_assert_true (psl_mentor_delete (store, late, "2026-12-01", NULL, &error));
    end = psl_test_query_text (store, "SELECT ended_on FROM mentorship WHERE started_on = '2027-01-10'");
    g_assert_cmpstr (end, ==, "2027-01-10");
  }
}

/* Two records of the same person merged: the mentoring follows. */
static void
test_merge (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-mentor-merge");
  g_autoptr(PslStore) store = fixture (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *mentor = psl_mentor_create (store, "Jean Delmas", &error);
  g_autofree char *following = psl_mentorship_create (store, mentor, PERSON_C, "2026-01-05", NULL, &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_true (psl_person_merge (store, PERSON_A, PERSON_C, &error));
  g_assert_no_error (error);
  name = psl_mentor_current_name (store, PERSON_A, "2026-02-01", &error);
  g_assert_cmpstr (name, ==, "Jean Delmas");
}

static void
test_bad_input (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-mentor-bad");
  g_autoptr(PslStore) store = fixture (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *mentor = NULL, *s = NULL;
  g_autofree char *long_text = NULL;
  const char *refused = NULL;

  /* An empty name. */
  g_assert_null (psl_mentor_create (store, "   ", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Nom ne peut pas être vide.");
  g_clear_error (&error);
  mentor = psl_mentor_create (store, "Jean Delmas", &error);
  g_assert_no_error (error);
  g_assert_false (psl_mentor_set (store, mentor, "name", "", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_mentor_set (store, mentor, "email", "jean at delmas", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An end before the start, made or edited. */
  g_assert_null (psl_mentorship_create (store, mentor, PERSON_A, "2026-09-01", "2026-08-31", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "La fin ne peut pas précéder le début.");
  g_clear_error (&error);
  g_assert_null (psl_mentorship_create (store, mentor, PERSON_A, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_mentorship_create (store, NULL, PERSON_A, "2026-09-01", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  s = psl_mentorship_create (store, mentor, PERSON_A, "2026-09-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (psl_record_set (store, "mentorship", psl_mentorship_fields, s, "ended_on", "2026-01-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_insert (values, "mentor_id", mentor);
    g_hash_table_insert (values, "started_on", "12/03/2026");
    g_hash_table_insert (values, "ended_on", "11/03/2026");
    g_assert_false (psl_mentorship_check_form (values, &refused, &error));
    g_assert_cmpstr (refused, ==, "ended_on");
    g_clear_error (&error);
    g_hash_table_insert (values, "ended_on", "12/03/2026");
    g_assert_true (psl_mentorship_check_form (values, &refused, &error));
    g_assert_no_error (error);
  }

  /* An over-long note, and a meeting without its date or kind. */
  long_text = g_strnfill (PSL_MENTOR_NOTE_MAX + 1, 'a');
  g_assert_null (psl_mentor_meeting_create (store, s, "2026-09-10", "phone", long_text, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_mentor_meeting_create (store, s, "", "phone", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_mentor_meeting_create (store, s, "2026-09-10", "dinner", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM mentor_meeting"), ==, 0);
  /* An over-long name. */
  g_free (long_text);
  long_text = g_strnfill (PSL_TEXT_MAX + 1, 'n');
  g_assert_null (psl_mentor_create (store, long_text, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM mentor"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/mentor/follow", test_mentors);
  g_test_add_func ("/mentor/merge", test_merge);
  g_test_add_func ("/mentor/bad-input", test_bad_input);
  return g_test_run ();
}
