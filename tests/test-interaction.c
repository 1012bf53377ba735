/* test-interaction.c — the journal of contacts with firms and its reminders */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "psl-company.h"
#include "psl-interaction.h"
#include "psl-test.h"
#include "psl-store-private.h"

typedef struct
{
  PSL_TEST_FIXTURE;
  char     *firm;
  char     *alice;
  char     *bruno;
} Fixture;

static char *
insert_staff (PslStore   *store,
              const char *first,
              const char *last)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO staff (id, first_name, last_name) VALUES (?1, ?2, ?3);", NULL);
  char *id = psl_new_id ();

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_STATIC);
  g_assert_true (psl_store_step_done (store, stmt, NULL));
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  psl_test_fixture_setup (&f->base, NULL);
  f->firm = psl_company_create (f->store, "Boulangerie Delmas", "73282932000074", "46100", &error);
  g_assert_no_error (error);
  f->alice = insert_staff (f->store, "Alice", "Vayssière");
  f->bruno = insert_staff (f->store, "Bruno", "Lacombe");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_test_fixture_teardown (&f->base, data);
  g_free (f->firm);
  g_free (f->alice);
  g_free (f->bruno);
}

static void
test_create_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *visit = NULL, *call = NULL, *bad = NULL, *nodate = NULL;
  g_autoptr(GPtrArray) list = NULL;

  visit = psl_interaction_create (f->store, f->firm, "visite", "2026-11-02", f->alice, &error);
  g_assert_no_error (error);
  call = psl_interaction_create (f->store, f->firm, "appel", "20/11/2026", f->bruno, &error);
  g_assert_no_error (error);

  bad = psl_interaction_create (f->store, f->firm, "pigeon", "2026-11-02", f->alice, &error);
  g_assert_null (bad);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  nodate = psl_interaction_create (f->store, f->firm, "appel", "31/02/2026", f->alice, &error);
  g_assert_null (nodate);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  list = psl_interaction_list_for_company (f->store, f->firm, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  /* Newest first; a visit lasts 50 minutes unless told otherwise, a call has no default. */
  g_assert_cmpstr (((PslInteraction *) list->pdata[0])->occurred_at, ==, "2026-11-20");
  g_assert_cmpint (((PslInteraction *) list->pdata[0])->duration_min, ==, -1);
  g_assert_cmpint (((PslInteraction *) list->pdata[1])->duration_min, ==, 50);
  g_assert_cmpstr (((PslInteraction *) list->pdata[1])->kind_label, ==, "Visite");
  g_assert_cmpstr (((PslInteraction *) list->pdata[1])->staff_name, ==, "Alice Vayssière");
}

static void
test_reminder_order (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_interaction_create (f->store, f->firm, "visite", "2026-11-10", f->alice, &error);
  g_autofree char *big = g_strnfill (10000, 'x');
  g_autofree char *huge = g_strnfill (PSL_TEXT_MAX + 1, 'x');

  g_assert_no_error (error);

  /* A reminder before the visit is refused and the previous value stays. */
  g_assert_true (psl_interaction_set (f->store, id, "next_due", "2026-12-01", &error));
  g_assert_no_error (error);
  g_assert_false (psl_interaction_set (f->store, id, "next_due", "2026-11-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_store_count (f->store,
                                    "SELECT count(*) FROM interaction WHERE next_due = '2026-12-01'",
                                    NULL), ==, 1);

  /* Long notes are kept; absurdly long ones refused. */
  g_assert_true (psl_interaction_set (f->store, id, "outcome", big, &error));
  g_assert_false (psl_interaction_set (f->store, id, "outcome", huge, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_store_count (f->store,
                                    "SELECT length(outcome) FROM interaction", NULL), ==, 10000);

  g_assert_true (psl_interaction_reminder_done (f->store, id, "2026-12-02", &error));
  g_assert_cmpint (psl_store_count (f->store,
                                    "SELECT count(*) FROM interaction WHERE next_done_on = '2026-12-02'",
                                    NULL), ==, 1);
}

static void
test_recent_by_others (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = psl_interaction_create (f->store, f->firm, "appel", "2026-11-05", f->bruno, &error);
  g_autofree char *b = psl_interaction_create (f->store, f->firm, "visite", "2026-10-01", f->bruno, &error);
  g_autoptr(PslRecentContact) for_alice = NULL;
  g_autoptr(PslRecentContact) for_bruno = NULL;
  g_autoptr(PslRecentContact) later = NULL;

  /* Bruno called 17 days before: Alice is warned, Bruno is not (his own call). */
  for_alice = psl_interaction_recent_by_others (f->store, f->firm, f->alice, "2026-11-22");
  g_assert_nonnull (for_alice);
  g_assert_cmpstr (for_alice->staff_name, ==, "Bruno Lacombe");
  g_assert_cmpstr (for_alice->occurred_at, ==, "2026-11-05");

  for_bruno = psl_interaction_recent_by_others (f->store, f->firm, f->bruno, "2026-11-22");
  g_assert_null (for_bruno);

  /* 22 days after the call, it no longer counts as recent. */
  later = psl_interaction_recent_by_others (f->store, f->firm, f->alice, "2026-11-27");
  g_assert_null (later);
}

/* The visit template is kept as named topics and read back as a line. */
static void
test_visit_template (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *visit = psl_interaction_create (f->store, f->firm, "visite", "2026-11-02", f->alice, &error);
  const char *topics[PSL_VISIT_N_TOPICS] = { "  Atelier de 12 personnes, deux équipes ", "", "Immersion" };
  const char *none[PSL_VISIT_N_TOPICS] = { NULL, " ", NULL };
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *text = NULL;

  g_assert_true (psl_interaction_set_visit (f->store, visit, topics, &error));
  g_assert_no_error (error);
  list = psl_interaction_list_for_company (f->store, f->firm, &error);
  text = psl_interaction_visit_text (((PslInteraction *) list->pdata[0])->details);
  /* Trimmed, the empty topic left out, in the template's order. */
  g_assert_nonnull (strstr (text, "Atelier de 12 personnes, deux équipes · "));
  g_assert_true (g_str_has_suffix (text, ": Immersion"));
  g_assert_null (psl_interaction_visit_text (NULL));
  g_assert_null (psl_interaction_visit_text ("pas du JSON"));

  /* Nothing said clears the report. */
  g_assert_true (psl_interaction_set_visit (f->store, visit, none, &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction WHERE details IS NULL"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/interaction/create-rules", Fixture, NULL, fixture_setup, test_create_rules, fixture_teardown);
  g_test_add ("/interaction/reminder-order", Fixture, NULL, fixture_setup, test_reminder_order, fixture_teardown);
  g_test_add ("/interaction/visit-template", Fixture, NULL, fixture_setup, test_visit_template, fixture_teardown);
  g_test_add ("/interaction/recent-by-others", Fixture, NULL, fixture_setup, test_recent_by_others, fixture_teardown);

  return g_test_run ();
}
