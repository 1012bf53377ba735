/* test-import-undo.c — the last import undone: what it made deleted, what
 * it filled emptied again, its marks removed, all in one transaction; the
 * rows an import makes found by the search as one by one */

#include "config.h"

#include <string.h>

#include "psl-import.h"
#include "psl-import-undo.h"
#include "psl-search.h"
#include "psl-test.h"

/* Two firms and a person already there before any import: one firm with
 * no commune, one mark kept to check from an older import. */
#define SETUP_SQL \
  "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode)" \
  " VALUES ('delmas', 'Boulangerie Delmas', '73282932000074', 'siret', '46100');" \
  "INSERT INTO company (id, legal_name, postcode, commune) VALUES ('roques', 'Garage Roques', '46100', 'Figeac');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on)" \
  " VALUES ('lea', 'Léa', 'Martin', '1999-04-02', '2024-01-08');" \
  "INSERT INTO import_review (id, record_table, record_id, field, value, reason, created_at)" \
  " VALUES ('old-mark', 'company', 'roques', 'sector', 'Garages', 'Older mark', '2020-01-01T00:00:00.000Z');"

static PslImportReport *
import_text (PslTestFixture *f,
             PslImportKind   kind,
             const char     *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = psl_csv_parse (text, strlen (text), &error);
  g_autoptr(PslImportMapping) mapping = NULL;
  PslImportReport *report;

  g_assert_no_error (error);
  mapping = psl_import_guess_mapping_for (table, kind);
  mapping->source = g_strdup ("liste.csv");
  report = psl_import_records (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_no_error (error);
  return report;
}

/* Line 2 fills Delmas's empty commune; line 3 is new with a SIRET that is
 * none (a mark); line 4 is Roques again with its commune already known;
 * line 5 is new. */
#define FIRMS \
  "Raison sociale;SIRET;Code postal;Ville\n" \
  "Boulangerie Delmas;73282932000074;46100;Figeac\n" \
  "Menuiserie Vidal;12345678901234;46100;Capdenac\n" \
  "Garage Roques;;46100;Cahors\n" \
  "Ferme des Causses;;46500;Gramat\n"

static void
test_firms (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_FIRMS, FIRMS);
  g_autoptr(PslImportRun) run = NULL;
  g_autoptr(GError) error = NULL;
  guint removed = 0, restored = 0;

  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->merged, ==, 2);
  g_assert_nonnull (report->run_id);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE deleted_at IS NULL"), ==, 4);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'delmas'"
                                             " AND commune = 'Figeac'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 2);

  /* Listed as the last import, with what it made. */
  run = psl_import_undo_last (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);
  g_assert_cmpstr (run->id, ==, report->run_id);
  g_assert_cmpint (run->kind, ==, PSL_IMPORT_FIRMS);
  g_assert_cmpstr (run->source, ==, "liste.csv");
  g_assert_cmpuint (run->n_created, ==, 2);
  /* Delmas filled; Roques had its commune: nothing of it changed. */
  g_assert_cmpuint (run->n_merged, ==, 1);
  g_assert_cmpuint (run->created->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (run->created, 0), ==, "Menuiserie Vidal");

  /* The commune filled is changed by hand before the undo: it stays. */
  g_assert_true (psl_import_undo (f->store, run->id, &removed, &restored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpuint (restored, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE deleted_at IS NULL"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'delmas'"
                                             " AND commune IS NULL AND identifier = '73282932000074'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'roques'"
                                             " AND commune = 'Figeac'"), ==, 1);
  /* The import's mark went, the older one stays. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE id = 'old-mark'"), ==, 1);

  /* Once only; still told as the last import, undone. */
  g_assert_null (psl_import_undo_last (f->store, NULL));
  {
    g_autoptr(PslImportRun) last = psl_import_last_run (f->store, NULL);

    g_assert_nonnull (last);
    g_assert_cmpstr (last->id, ==, run->id);
    g_assert_nonnull (last->refusal);
  }
  g_assert_false (psl_import_undo (f->store, run->id, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

static void
test_changed_since (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_FIRMS, FIRMS);
  g_autoptr(GError) error = NULL;

  /* Someone corrects the commune the import filled: the undo leaves it. */
  psl_test_exec (f->store, "UPDATE company SET commune = 'Figeac-Centre' WHERE id = 'delmas';");
  g_assert_true (psl_import_undo (f->store, report->run_id, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'delmas'"
                                             " AND commune = 'Figeac-Centre'"), ==, 1);
}

/* A record the import made changed since: no longer offered, and said why. */
static void
test_created_changed (PslTestFixture *f,
                      gconstpointer   data)
{
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_FIRMS, FIRMS);
  g_autoptr(PslImportRun) run = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;

  /* Before: offered, and what it will do is said. */
  run = psl_import_last_run (f->store, &error);
  g_assert_no_error (error);
  g_assert_null (run->refusal);
  plan = psl_import_run_plan (run);
  g_assert_nonnull (strstr (plan, "Menuiserie Vidal, Ferme des Causses"));
  g_clear_pointer (&run, psl_import_run_free);

  psl_test_exec (f->store, "UPDATE company SET phone = '05 65 34 00 00' WHERE legal_name = 'Ferme des Causses';");
  g_assert_null (psl_import_undo_last (f->store, NULL));
  run = psl_import_last_run (f->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);
  g_assert_cmpstr (run->id, ==, report->run_id);
  g_assert_nonnull (run->refusal);
  g_assert_false (psl_import_undo (f->store, run->id, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, run->refusal);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE deleted_at IS NULL"), ==, 4);
}

static void
test_people (PslTestFixture *f,
             gconstpointer   data)
{
  /* Léa again (merged: her commune filled), and two new people. */
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_PEOPLE,
    "Nom;Prénom;Date de naissance;Date d'entrée;Commune\n"
    "MARTIN;Lea;02/04/1999;08/01/2024;Figeac\n"
    "Roux;Samir;12/10/2001;03/02/2025;Cahors\n"
    "Vidal;Inès;30/06/1995;03/02/2025;Gramat\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  guint removed = 0, restored = 0;

  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE deleted_at IS NULL"), ==, 3);

  /* The people made in bulk are in the search index, once each. */
  hits = psl_search_run (f->store, "Samir", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_map m JOIN person p ON p.id = m.ref_id"),
                   ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM meta WHERE key = 'search_deferred'"), ==, 0);

  g_assert_true (psl_import_undo (f->store, report->run_id, &removed, &restored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpuint (restored, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea' AND commune IS NULL"),
                   ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = psl_search_run (f->store, "Samir", 10, &error);
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_only_last (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(PslImportReport) first = import_text (f, PSL_IMPORT_FIRMS, FIRMS);
  g_autoptr(PslImportReport) second = import_text (f, PSL_IMPORT_FIRMS,
    "Raison sociale;Code postal\nScierie Bras;46100\n");
  g_autoptr(PslImportRun) run = psl_import_undo_last (f->store, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (run);
  g_assert_cmpstr (run->id, ==, second->run_id);
  g_assert_false (psl_import_undo (f->store, first->run_id, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* More than a day old: refused, and nothing changed. */
  psl_test_exec (f->store, "UPDATE import_run SET finished_at = '2020-01-01T00:00:00.000Z';");
  g_assert_null (psl_import_undo_last (f->store, NULL));
  g_assert_false (psl_import_undo (f->store, second->run_id, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE deleted_at IS NULL"), ==, 5);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_run WHERE undone_at IS NOT NULL"), ==, 0);

  /* A dry run is no import. */
  {
    const char *text = "Raison sociale;Code postal\nTuilerie Cros;46100\n";
    g_autoptr(PslCsvTable) table = psl_csv_parse (text, strlen (text), NULL);
    g_autoptr(PslImportMapping) mapping = psl_import_guess_mapping_for (table, PSL_IMPORT_FIRMS);
    g_autoptr(PslImportReport) dry = psl_import_records (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE,
                                                         TRUE, NULL);

    g_assert_cmpuint (dry->imported, ==, 1);
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_run"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add (name, PslTestFixture, SETUP_SQL, psl_test_fixture_setup, func, psl_test_fixture_teardown)
  ADD ("/import-undo/firms", test_firms);
  ADD ("/import-undo/changed-since", test_changed_since);
  ADD ("/import-undo/created-changed", test_created_changed);
  ADD ("/import-undo/people", test_people);
  ADD ("/import-undo/only-last", test_only_last);
#undef ADD

  return g_test_run ();
}
