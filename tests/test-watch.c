/* test-watch.c — the local economic watch, and what its entries become */

#include "config.h"

#include "psl-watch.h"
#include "psl-test.h"

#define FIRM "00000000-0000-4000-8000-0000000000f1"

static void
test_watch (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-watch");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *known = NULL, *unknown = NULL, *opportunity = NULL, *again = NULL, *visit = NULL;
  g_autofree char *company = NULL, *origin = NULL, *notes = NULL;

  psl_test_exec (store,
    "INSERT INTO company (id, legal_name, trade_name, commune) VALUES ('" FIRM "', 'SAS Scierie Delmas', 'Scierie Delmas', 'Figeac');");

  known = psl_watch_create (store, "extension", "12/03/2026", "Nouvelle ligne de sciage, 8 postes annoncés",
                            FIRM, NULL, &error);
  g_assert_no_error (error);
  unknown = psl_watch_create (store, "settlement", "2026-04-02", "Un entrepôt logistique s’installe zone de l’Aiguille",
                              NULL, "Logistique du Quercy", &error);
  g_assert_no_error (error);
  g_assert_true (psl_watch_set (store, unknown, "source", "La Dépêche du Midi", &error));
  g_assert_true (psl_watch_set (store, unknown, "commune", "Cahors", &error));

  {
    g_autoptr(GPtrArray) lines = psl_watch_list (store, &error);
    PslWatchLine *first, *second;

    g_assert_no_error (error);
    g_assert_cmpuint (lines->len, ==, 2);
    first = g_ptr_array_index (lines, 0);
    second = g_ptr_array_index (lines, 1);
    g_assert_cmpstr (first->firm, ==, "Logistique du Quercy");
    g_assert_null (first->company_id);
    g_assert_cmpstr (first->kind_label, ==, "Implantation");
    g_assert_null (psl_watch_line_outcome (first));
    g_assert_cmpstr (second->firm, ==, "Scierie Delmas");
    g_assert_cmpstr (second->company_id, ==, FIRM);
    g_assert_cmpstr (second->noted_on, ==, "2026-03-12");
  }

  /* The firm not yet in the network joins it, in Cahors, with an
   * opportunity of employment that says it came from the watch. */
  opportunity = psl_watch_to_opportunity (store, unknown, "2026-04-03", &error);
  g_assert_no_error (error);
  g_assert_nonnull (opportunity);
  company = psl_test_query_text (store, "SELECT c.legal_name || '/' || c.commune FROM company c"
                                        " JOIN watch_entry w ON w.company_id = c.id WHERE w.firm_name IS NOT NULL");
  g_assert_cmpstr (company, ==, "Logistique du Quercy/Cahors");
  origin = psl_test_query_text (store, "SELECT phase || '/' || origin || '/' || proposed_on || '/' || title"
                                       " FROM opportunity");
  g_assert_cmpstr (origin, ==, "4/veille/2026-04-03/Un entrepôt logistique s’installe zone de l’Aiguille");
  notes = psl_test_query_text (store, "SELECT notes FROM opportunity");
  g_assert_cmpstr (notes, ==, "Veille locale du 2 avril 2026 (La Dépêche du Midi) : Un entrepôt logistique "
                              "s’installe zone de l’Aiguille");

  /* Twice: refused, nothing made twice. */
  again = psl_watch_to_opportunity (store, unknown, "2026-04-04", &error);
  g_assert_null (again);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "déjà"));
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM opportunity"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company"), ==, 2);

  /* The same entry also becomes a visit, to the firm made above. */
  visit = psl_watch_to_visit (store, unknown, "2026-04-10", &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction i JOIN watch_entry w"
                                          " ON w.interaction_id = i.id AND w.company_id = i.company_id"
                                          " WHERE i.kind = 'visite' AND i.occurred_at = '2026-04-10'"), ==, 1);
  g_assert_null (psl_watch_to_visit (store, unknown, "2026-04-11", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction"), ==, 1);

  {
    g_autoptr(PslWatchLine) line = psl_watch_load (store, unknown, &error);
    g_autofree char *outcome = NULL;

    g_assert_no_error (error);
    outcome = psl_watch_line_outcome (line);
    g_assert_cmpstr (outcome, ==, "Devenue l’opportunité «\u00a0Un entrepôt logistique s’installe zone de l’Aiguille\u00a0» · "
                                  "visite le 10 avril 2026");
  }
  /* The entry of a firm already in the network makes nothing new but
   * the visit. */
  {
    g_autofree char *v = psl_watch_to_visit (store, known, "2026-03-20", &error);
    g_autoptr(PslWatchLine) line = psl_watch_load (store, known, &error);
    g_autofree char *outcome = psl_watch_line_outcome (line);

    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company"), ==, 2);
    g_assert_cmpstr (outcome, ==, "Devenue une visite le 20 mars 2026");
  }
  /* An opportunity already recorded is tied to the news it came from:
   * not another firm's, not a second one. */
  psl_test_exec (store,
    "INSERT INTO opportunity (id, company_id, phase, title, proposed_on) VALUES"
    " ('00000000-0000-4000-8000-0000000000a1', '" FIRM "', 4, 'Opérateur de sciage', '2026-03-15');");
  g_assert_false (psl_watch_tie (store, known, opportunity, FALSE, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_watch_tie (store, known, "00000000-0000-4000-8000-0000000000a1", TRUE, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (psl_watch_tie (store, known, "00000000-0000-4000-8000-0000000000a1", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (psl_watch_tie (store, known, "00000000-0000-4000-8000-0000000000a1", FALSE, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM watch_entry"
                                          " WHERE opportunity_id = '00000000-0000-4000-8000-0000000000a1'"), ==, 1);
}

static void
test_bad_input (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-watch-bad");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (PSL_WATCH_SUMMARY_MAX + 1, 'x');
  g_autofree char *id = NULL;
  const char *refused = NULL;

  g_assert_null (psl_watch_create (store, "closure", "2026-05-01", "", NULL, "Conserverie Rey", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_watch_create (store, "closure", "2026-05-01", "Fermeture annoncée", NULL, "  ", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Choisissez l’entreprise du réseau, ou nommez l’entreprise qui n’y est "
                                       "pas encore.");
  g_clear_error (&error);
  g_assert_null (psl_watch_create (store, "rumour", "2026-05-01", "Fermeture annoncée", NULL, "Rey", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_watch_create (store, "closure", "31/02/2026", "Fermeture annoncée", NULL, "Rey", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_watch_create (store, "closure", "2026-05-01", long_text, NULL, "Rey", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM watch_entry"), ==, 0);

  id = psl_watch_create (store, "closure", "2026-05-01", "Fermeture annoncée", NULL, "Conserverie Rey", &error);
  g_assert_no_error (error);
  g_assert_false (psl_watch_set (store, id, "summary", long_text, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_insert (values, "noted_on", "01/05/2026");
    g_hash_table_insert (values, "summary", "Fermeture annoncée");
    g_assert_false (psl_watch_check_form (values, &refused, &error));
    g_assert_cmpstr (refused, ==, "firm_name");
    g_clear_error (&error);
    g_hash_table_insert (values, "firm_name", "Conserverie Rey");
    g_assert_true (psl_watch_check_form (values, &refused, &error));
  }
  /* An entry deleted since the list was read. */
  psl_test_exec (store, "UPDATE watch_entry SET deleted_at = '2026-05-02T00:00:00.000Z';");
  g_assert_null (psl_watch_to_opportunity (store, id, "2026-05-03", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM opportunity"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/watch/turned", test_watch);
  g_test_add_func ("/watch/bad-input", test_bad_input);
  return g_test_run ();
}
