/* test-action-plan.c — Annexe 2: activities and sub-activities, their months, removal and undo */

#include "config.h"

#include "psl-action-plan.h"
#include "psl-test.h"

static char *
add (PslStore    *store,
     const char  *parent_id,
     const char  *activity,
     const char  *lead,
     const char  *start,
     const char  *end)
{
  g_autoptr(GError) error = NULL;
  PslPlanItem item = { .activity = (char *) activity, .lead = (char *) lead,
                       .start_month = (char *) start, .end_month = (char *) end };
  char *id = psl_action_plan_add (store, parent_id, &item, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static void
test_list_and_numbers (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autofree char *a1 = add (f->store, NULL, "Développement et fidélisation de réseaux d'entreprises", NULL, NULL, NULL);
  g_autofree char *s11 = add (f->store, a1, "Échanges de pratiques", "MLAA", "02/2026", "2026-06");
  g_autofree char *a2 = add (f->store, NULL, "Visites transnationales d'études", NULL, "05/2026", "12/2026");
  g_autofree char *s12 = add (f->store, a1, "Identification des besoins", "MLRB", "4/2026", "06/2026");
  g_autofree char *s21 = add (f->store, a2, "Études comparatives", "LE FOREM", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_action_plan_list (f->store, &error);
  PslPlanItem *item;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  /* Each activity then its sub-activities, numbered as in the seed. */
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->number, ==, "1");
  g_assert_cmpuint (item->depth, ==, 0);
  item = g_ptr_array_index (items, 1);
  g_assert_cmpstr (item->number, ==, "1.1");
  g_assert_cmpstr (item->id, ==, s11);
  /* Months typed either way are kept as YYYY-MM. */
  g_assert_cmpstr (item->start_month, ==, "2026-02");
  g_assert_cmpstr (item->end_month, ==, "2026-06");
  g_assert_cmpuint (item->depth, ==, 1);
  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (item->number, ==, "1.2");
  g_assert_cmpstr (item->start_month, ==, "2026-04");
  g_assert_cmpstr (item->lead, ==, "MLRB");
  item = g_ptr_array_index (items, 3);
  g_assert_cmpstr (item->number, ==, "2");
  g_assert_cmpstr (item->id, ==, a2);
  item = g_ptr_array_index (items, 4);
  g_assert_cmpstr (item->number, ==, "2.1");
  g_assert_null (item->start_month);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Removing activity 1 takes 1.1 and 1.2; 1.2 was removed alone before,
   * so undoing brings back 1 and 1.1 only. */
  g_assert_true (psl_action_plan_remove (f->store, s12, &error));
  g_usleep (2000);
  g_assert_true (psl_action_plan_remove (f->store, a1, &error));
  items = psl_action_plan_list (f->store, &error);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (((PslPlanItem *) g_ptr_array_index (items, 0))->number, ==, "1");
  g_assert_cmpstr (((PslPlanItem *) g_ptr_array_index (items, 0))->id, ==, a2);
  g_clear_pointer (&items, g_ptr_array_unref);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM action_plan_item WHERE deleted_at IS NOT NULL"),
                   ==, 3);

  g_assert_true (psl_action_plan_restore (f->store, a1, &error));
  items = psl_action_plan_list (f->store, &error);
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (((PslPlanItem *) g_ptr_array_index (items, 1))->id, ==, s11);
  g_assert_cmpstr (((PslPlanItem *) g_ptr_array_index (items, 2))->id, ==, a2);
}

static void
test_update (PslTestFixture *f,
             gconstpointer   data)
{
  g_autofree char *a1 = add (f->store, NULL, "Activité", NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  PslPlanItem item = { .id = a1, .activity = "Fidélisation des entreprises", .lead = "MLO",
                       .objective = "Établir des relations durables", .start_month = "09/2026",
                       .end_month = "12/2026" };
  PslPlanItem *read;

  g_assert_true (psl_action_plan_update (f->store, &item, &error));
  g_assert_no_error (error);
  items = psl_action_plan_list (f->store, &error);
  read = g_ptr_array_index (items, 0);
  g_assert_cmpstr (read->activity, ==, "Fidélisation des entreprises");
  g_assert_cmpstr (read->objective, ==, "Établir des relations durables");
  g_assert_cmpstr (read->start_month, ==, "2026-09");
  g_assert_cmpstr (read->end_month, ==, "2026-12");
  /* A removed activity cannot be changed. */
  g_assert_true (psl_action_plan_remove (f->store, a1, &error));
  g_assert_false (psl_action_plan_update (f->store, &item, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
}

static void
test_bad_input (PslTestFixture *f,
                gconstpointer   data)
{
  g_autofree char *a1 = add (f->store, NULL, "Activité", NULL, NULL, NULL);
  g_autofree char *s1 = add (f->store, a1, "Sous-activité", NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  const char *refused = NULL;
  PslPlanItem empty = { .activity = "   " };
  PslPlanItem backwards = { .activity = "Guide", .start_month = "11/2026", .end_month = "10/2026" };
  PslPlanItem not_month = { .activity = "Guide", .start_month = "13/2026" };
  PslPlanItem fine = { .activity = "Guide" };

  g_assert_null (psl_action_plan_add (f->store, NULL, &empty, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_action_plan_add (f->store, NULL, &backwards, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Le dernier mois vient avant le premier.");
  g_clear_error (&error);
  g_assert_null (psl_action_plan_add (f->store, NULL, &not_month, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Premier mois : « 13/2026 » n’est pas un mois ; écrivez-le comme 03/2026.");
  g_clear_error (&error);
  /* Two levels only, under an activity still in the plan. */
  g_assert_null (psl_action_plan_add (f->store, s1, &fine, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_action_plan_add (f->store, "no-such-activity", &fine, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM action_plan_item"), ==, 2);

  /* The form's check names the field to blame. */
  {
    g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_insert (values, "activity", "Guide");
    g_hash_table_insert (values, "start_month", "2026-11");
    g_hash_table_insert (values, "end_month", "2026-10");
    g_assert_false (psl_action_plan_check_form (values, &refused, &error));
    g_assert_cmpstr (refused, ==, "end_month");
    g_clear_error (&error);
    g_hash_table_insert (values, "activity", "");
    g_assert_false (psl_action_plan_check_form (values, &refused, &error));
    g_assert_cmpstr (refused, ==, "activity");
    g_clear_error (&error);
    g_hash_table_insert (values, "activity", "Guide");
    g_hash_table_insert (values, "end_month", "2026-11");
    g_assert_true (psl_action_plan_check_form (values, &refused, &error));
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/action-plan/list-and-numbers", PslTestFixture, NULL,
              psl_test_fixture_setup, test_list_and_numbers, psl_test_fixture_teardown);
  g_test_add ("/action-plan/update", PslTestFixture, NULL,
              psl_test_fixture_setup, test_update, psl_test_fixture_teardown);
  g_test_add ("/action-plan/bad-input", PslTestFixture, NULL,
              psl_test_fixture_setup, test_bad_input, psl_test_fixture_teardown);

  return g_test_run ();
}
