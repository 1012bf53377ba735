/* test-followup.c — a follow-up recorded: the report, the factors, tripartite or not, the next one; bad input */

#include "config.h"

#include <string.h>

#include "psl-followup.h"
#include "psl-format.h"
#include "psl-test.h"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Boulangerie Vidal');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES ('lea', 'Léa', 'Puech', '2025-03-01', 'a');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date)" \
  " VALUES ('cdd', 'lea', 'c', 'contract', 'contract', 'cdd', '2026-01-02', '2026-01-05');" \
  "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on) VALUES" \
  " ('f1', 'lea', 'cdd', 'a', 'Un mois', '2026-02-05')," \
  " ('f2', 'lea', 'cdd', 'a', 'Trois mois', '2026-04-06');"

static PslFollowupRecord *
record_on (const char *date)
{
  PslFollowupRecord *record = psl_followup_record_new ();

  record->done_on = g_strdup (date);
  record->mode = g_strdup ("on_site");
  return record;
}

static void
test_save_and_load (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(PslFollowupRecord) record = record_on ("2026-02-06");
  g_autoptr(PslFollowupRecord) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_ptr_array_add (record->participants, g_strdup ("person"));
  g_ptr_array_add (record->participants, g_strdup ("tutor"));
  g_ptr_array_add (record->participants, g_strdup ("counsellor"));
  record->answers[PSL_FOLLOWUP_TEAM] = g_strdup ("Bien intégrée, « un peu seule » le matin");
  record->answers[PSL_FOLLOWUP_PERSON_WORDS] = g_strdup ("Je me lève à 4 h\net j'aime ça");
  g_ptr_array_add (record->factors, g_strdup ("usure_physique"));
  g_ptr_array_add (record->factors, g_strdup ("vie_personnelle"));
  g_ptr_array_add (record->responses, g_strdup ("mediation_familiale"));
  record->next_on = g_strdup ("2099-03-06");
  record->next_label = g_strdup ("Point tripartite");

  g_assert_true (psl_followup_save (f->store, "f1", record, &error));
  g_assert_no_error (error);
  /* The person, the tutor and the counsellor: tripartite. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE id = 'f1'"
                                             " AND done_on = '2026-02-06' AND mode = 'on_site' AND tripartite = 1"
                                             " AND json_array_length(factors) = 2"
                                             " AND record ->> '$.team' = 'Bien intégrée, « un peu seule » le matin'"),
                   ==, 1);
  /* The next one, with the same person, placement and counsellor. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE due_on = '2099-03-06'"
                                             " AND label = 'Point tripartite' AND person_id = 'lea'"
                                             " AND placement_id = 'cdd' AND staff_id = 'a' AND done_on IS NULL"),
                   ==, 1);

  back = psl_followup_load (f->store, "f1", &error);
  g_assert_cmpstr (back->done_on, ==, "2026-02-06");
  g_assert_cmpuint (back->participants->len, ==, 3);
  g_assert_cmpstr (back->answers[PSL_FOLLOWUP_PERSON_WORDS], ==, "Je me lève à 4 h\net j'aime ça");
  g_assert_null (back->answers[PSL_FOLLOWUP_TASKS]);
  g_assert_cmpstr (g_ptr_array_index (back->factors, 1), ==, "vie_personnelle");

  title = psl_followup_title (f->store, "f1");
  g_assert_cmpstr (title, ==, "Un mois — Léa Puech");

  /* By phone with the person alone: not tripartite. */
  {
    g_autoptr(PslFollowupRecord) phone = record_on ("2026-04-06");

    g_free (phone->mode);
    phone->mode = g_strdup ("phone");
    g_ptr_array_add (phone->participants, g_strdup ("person"));
    g_ptr_array_add (phone->participants, g_strdup ("counsellor"));
    g_assert_true (psl_followup_save (f->store, "f2", phone, &error));
    g_assert_cmpint (psl_test_count (f->store, "SELECT tripartite FROM followup WHERE id = 'f2'"), ==, 0);
  }
}

static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) tomorrow = psl_date_parse (today);
  g_autofree char *tomorrow_iso = NULL;
  struct
  {
    const char *id;
    const char *date;
    const char *mode;
    const char *next;
    const char *says;
  } cases[] = {
    { "f1", "2026-02-06", "phone",    NULL,         "facteur" },        /* an unknown factor, below */
    { "f1", NULL,         "phone",    NULL,         "date" },
    { "f1", "05/02/2026", "phone",    NULL,         "date" },
    { "f1", "2026-01-04", "phone",    NULL,         "avant le début" },
    { "f1", NULL,         "phone",    NULL,         "futur" },          /* tomorrow, below */
    { "f1", "2026-02-06", "pigeon",   NULL,         "comment" },
    { "f1", "2026-02-06", "phone",    "2026-02-06", "après celui-ci" },
    { "f1", "2026-02-06", "phone",    "2026-03-01", "passé" },
    { "f1", "2026-02-06", "phone",    "bientôt",    "prochain" },
    { "gone", "2026-02-06", "phone",  NULL,         "plus dans la base" },
  };

  g_date_add_days (tomorrow, 1);
  tomorrow_iso = psl_date_to_iso (tomorrow);
  cases[4].date = tomorrow_iso;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PslFollowupRecord) record = record_on (cases[i].date);
      g_autoptr(GError) error = NULL;

      g_free (record->mode);
      record->mode = g_strdup (cases[i].mode);
      record->next_on = g_strdup (cases[i].next);
      if (i == 0)
        g_ptr_array_add (record->factors, g_strdup ("la-pluie"));
      g_assert_false (psl_followup_save (f->store, cases[i].id, record, &error));
      g_test_message ("case %u: %s", i, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
  /* Nothing recorded, nothing added. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup WHERE done_on IS NOT NULL"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/followup/save-and-load", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_save_and_load,
              psl_test_fixture_teardown);
  g_test_add ("/followup/refused", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_refused,
              psl_test_fixture_teardown);
  return g_test_run ();
}
