/* test-convention.c — the PMSMP convention printed from an immersion, and its one-month rule renewed once */

#include "config.h"

#include <string.h>

#include "psl-convention-sheet.h"
#include "psl-immersion-convention.h"
#include "psl-test.h"
#include "psl-test-report.h"

#define PLACEMENTS \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on, referent_id)" \
  " VALUES ('p', 'Julien', 'Roux', '2004-10-31', '2026-01-05', 'a');" \
  "INSERT INTO company (id, legal_name, identifier) VALUES ('moulin', 'Garage du Moulin', '40025695400027');" \
  "INSERT INTO contact (id, company_id, first_name, last_name, job_title) VALUES ('t', 'moulin', 'Valentin', 'Vialette', 'Gérant');" \
  "INSERT INTO placement (id, person_id, company_id, tutor_id, stage, kind, immersion_type, objectives, proposed_on," \
  " start_date, planned_end, weekly_hours) VALUES" \
  " ('imm', 'p', 'moulin', 't', 'immersion', 'immersion', 'skills', 'Réaliser les gestes de base', '2026-03-01'," \
  "  '2026-03-10', '2026-04-09', 35)," \
  " ('long', 'p', 'moulin', NULL, 'immersion', 'immersion', 'discovery', NULL, '2026-03-01', '2026-03-10', '2026-04-10', NULL)," \
  " ('cdd', 'p', 'moulin', NULL, 'contract', 'contract', NULL, NULL, '2026-03-01', '2026-05-01', '2026-10-31', 35);"

static void
assert_refused (GError     *error,
                const char *words)
{
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_rule (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last = psl_immersion_last_day ("2026-03-10");

  g_assert_cmpstr (last, ==, "2026-04-09");
  g_assert_null (psl_immersion_last_day ("10/03/2026"));
  g_assert_true (psl_immersion_check_period ("2026-03-10", "2026-04-09", NULL, &error));
  g_assert_true (psl_immersion_check_period ("2026-03-10", "2026-03-10", NULL, &error));
  /* One day more than a month: refused, with the last day allowed. */
  g_assert_false (psl_immersion_check_period ("2026-03-10", "2026-04-10", NULL, &error));
  assert_refused (error, "un mois au plus");
  assert_refused (error, "9 avril 2026");
  g_clear_error (&error);
  g_assert_false (psl_immersion_check_period ("2026-03-10", "2026-03-09", NULL, &error));
  assert_refused (error, "finit avant de commencer");
  g_clear_error (&error);
  g_assert_false (psl_immersion_check_period ("2026-03-10", NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (psl_immersion_check_period ("", "2026-03-20", NULL, &error));
  g_clear_error (&error);
  /* Renewed once, one more month after the first end at most. */
  g_assert_true (psl_immersion_check_period ("2026-03-10", "2026-04-09", "2026-05-09", &error));
  g_assert_false (psl_immersion_check_period ("2026-03-10", "2026-04-09", "2026-05-10", &error));
  assert_refused (error, "se renouvelle une fois");
  assert_refused (error, "9 mai 2026");
  g_clear_error (&error);
  g_assert_false (psl_immersion_check_period ("2026-03-10", "2026-04-09", "2026-04-09", &error));
  g_clear_error (&error);
  g_assert_false (psl_immersion_check_period ("2026-03-10", "2026-04-09", "pas une date", &error));
}

static void
test_renew (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (psl_immersion_renew (f->store, "imm", "2026-05-20", &error));
  assert_refused (error, "un mois au plus");
  g_clear_error (&error);
  g_assert_true (psl_immersion_renew (f->store, "imm", "2026-05-09", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'imm'"
                                             " AND renewed_until = '2026-05-09'"), ==, 1);
  /* Renewed twice: refused, said why, the first renewal kept. */
  g_assert_false (psl_immersion_renew (f->store, "imm", "2026-05-05", &error));
  assert_refused (error, "déjà été renouvelée");
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'imm'"
                                             " AND renewed_until = '2026-05-09'"), ==, 1);
  g_assert_false (psl_immersion_renew (f->store, "cdd", "2026-12-01", &error));
  assert_refused (error, "Seule une immersion");
  g_clear_error (&error);
  g_assert_false (psl_immersion_renew (f->store, "nowhere", "2026-12-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

static void
test_convention (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_convention_sheet_new (f->store, "imm", &error);
  g_autoptr(GHashTable) fields = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "convention.pdf", NULL);
  g_autoptr(PslDocument) refused = NULL;

  g_assert_no_error (error);
  fields = psl_test_document_cells (doc);
  g_assert_cmpstr (g_hash_table_lookup (fields, "La personne|Nom"), ==, "Julien Roux");
  g_assert_cmpstr (g_hash_table_lookup (fields, "La personne|Née ou né le"), ==, "31 octobre 2004");
  g_assert_cmpstr (g_hash_table_lookup (fields, "L’entreprise d’accueil|Entreprise"), ==, "Garage du Moulin");
  g_assert_cmpstr (g_hash_table_lookup (fields, "L’entreprise d’accueil|Tuteur"), ==, "Valentin Vialette");
  g_assert_cmpstr (g_hash_table_lookup (fields, "La structure prescriptrice|Référent"), ==, "Alice Vayssière");
  g_assert_cmpstr (g_hash_table_lookup (fields, "Objet et période|Objet"), ==, "Confirmer un projet professionnel");
  g_assert_cmpstr (g_hash_table_lookup (fields, "Objet et période|Période"), ==, "Du 10 mars 2026 au 9 avril 2026");
  g_assert_null (g_hash_table_lookup (fields, "Objet et période|Renouvelée jusqu’au"));
  g_assert_true (psl_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (psl_document_get_n_pages (doc), ==, 1);

  /* Over a month, a contract, nothing: no convention, and why. */
  refused = psl_convention_sheet_new (f->store, "long", &error);
  g_assert_null (refused);
  assert_refused (error, "un mois au plus");
  g_clear_error (&error);
  g_assert_null (psl_convention_sheet_new (f->store, "cdd", &error));
  assert_refused (error, "immersion seulement");
  g_clear_error (&error);
  g_assert_null (psl_convention_sheet_new (f->store, "nowhere", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  /* The convention made is in the audit journal, under its person; those refused are not. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print'"
                                             " AND person_id = 'p' AND detail = 'Convention d’immersion (PMSMP)';"),
                   ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry;"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add_func ("/convention/rule", test_rule);
  g_test_add ("/convention/renew", PslTestFixture, PLACEMENTS, psl_test_fixture_setup, test_renew,
              psl_test_fixture_teardown);
  g_test_add ("/convention/sheet", PslTestFixture, PLACEMENTS, psl_test_fixture_setup, test_convention,
              psl_test_fixture_teardown);
  return g_test_run ();
}
