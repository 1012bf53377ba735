/* test-clause.c — social clauses of public contracts: hours owed, hours done by person, the balance and its statement
 *
 * The fixture: the Garage du Moulin won « Entretien des espaces verts »
 * of the Grand Figeac, 730 insertion hours over 2026 (365 days).  Léa
 * Puech-Martin, under contract at the garage, did 120 h in January and
 * 100 h in February; Julien Roux, with no placement there, 80.5 h in
 * March: 300.5 h done, 429.5 h left.
 */

#include "config.h"

#include <string.h>

#include "psl-clause.h"
#include "psl-clause-statement.h"
#include "psl-person.h"
#include "privacy/psl-person-data.h"
#include "privacy/psl-privacy.h"
#include "psl-test.h"
#include "psl-test-report.h"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech-Martin', '2003-04-02', '2025-09-01', 'a')," \
  " ('julien', 'Julien', 'Roux', '2004-10-31', '2025-10-06', 'a');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, deleted_at) VALUES" \
  " ('gone', 'Paul', 'Lacoste', '2025-01-06', '2026-01-10T09:00:00.000Z');" \
  "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES" \
  " ('b', 'lea', 'sante', '2025-09-01', 'diabète suivi à Figeac');" \
  "INSERT INTO company (id, legal_name) VALUES ('moulin', 'Garage du Moulin'), ('autre', 'Boulangerie Cayla');" \
  "INSERT INTO company (id, legal_name, deleted_at) VALUES ('ferme', 'Scierie fermée', '2026-02-01T10:00:00.000Z');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date, planned_end) VALUES" \
  " ('lea-cdd', 'lea', 'moulin', 'contract', 'contract', '2025-12-01', '2026-01-05', '2026-06-30')," \
  " ('julien-cayla', 'julien', 'autre', 'contract', 'contract', '2025-12-01', '2026-01-05', NULL);"

#define TODAY "2026-05-15"

static void
assert_refused (GError     *error,
                const char *words)
{
  g_assert_nonnull (error);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static char *
green_spaces (PslStore *store)
{
  g_autoptr(GError) error = NULL;
  PslClauseContract c = { NULL, "moulin", "Entretien des espaces verts", "Lot 2 — Tonte et taille",
                          "Communauté de communes du Grand Figeac", "2025-046", "2026-01-01", "2026-12-31", 730 };
  char *id = psl_clause_contract_save (store, &c, &error);

  g_assert_no_error (error);
  return id;
}

/* The three lines of the fixture, on TODAY. */
static void
add_hours (PslStore   *store,
           const char *contract)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = psl_clause_hours_add (store, contract, "lea", "lea-cdd", "2026-01-05", "2026-01-31", 120, TODAY,
                                             &error);
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_no_error (error);
  b = psl_clause_hours_add (store, contract, "lea", "lea-cdd", "2026-02-01", "2026-02-28", 100, TODAY, &error);
  g_assert_no_error (error);
  c = psl_clause_hours_add (store, contract, "julien", NULL, "2026-03-02", "2026-03-31", 80.5, TODAY, &error);
  g_assert_no_error (error);
}

static void
test_balance (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = green_spaces (f->store);
  g_autoptr(PslClauseBalance) b = NULL;
  g_autofree char *why = NULL;
  const PslClausePerson *first, *second;

  add_hours (f->store, id);
  b = psl_clause_balance_load (f->store, id, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (b->company_name, ==, "Garage du Moulin");
  g_assert_false (b->company_deleted);
  g_assert_cmpfloat_with_epsilon (b->hours_done, 300.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (b->hours_left, 429.5, 1e-9);
  /* Reckoned to the end of April: 120 of the 365 days, so 730 × 120 / 365 = 240 h due. */
  g_assert_cmpstr (b->reckoned_to, ==, "2026-04-30");
  g_assert_cmpfloat_with_epsilon (b->hours_expected, 240, 1e-9);
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_ON_TRACK);
  g_assert_cmpuint (b->lines->len, ==, 3);
  g_assert_cmpuint (b->people->len, ==, 2);
  first = g_ptr_array_index (b->people, 0);
  second = g_ptr_array_index (b->people, 1);
  g_assert_cmpstr (first->person_name, ==, "Léa Puech-Martin");
  g_assert_cmpstr (first->initials, ==, "L. P.-M.");
  g_assert_cmpfloat_with_epsilon (first->hours, 220, 1e-9);
  g_assert_cmpstr (first->first_on, ==, "2026-01-05");
  g_assert_cmpstr (first->last_on, ==, "2026-02-28");
  g_assert_cmpstr (second->initials, ==, "J. R.");
  g_assert_cmpfloat_with_epsilon (second->hours, 80.5, 1e-9);
  why = psl_clause_state_explain (b);
  g_assert_cmpstr (why, ==, "300,5 h faites, au moins les 240 h dues au 30 avril 2026 à un rythme régulier ; "
                            "429,5 h restent à faire.");
  g_clear_pointer (&b, psl_clause_balance_free);

  /* On 10 August, due to the end of July: 212 days, 730 × 212 / 365 = 424 h: late. */
  b = psl_clause_balance_load (f->store, id, "2026-08-10", &error);
  g_assert_cmpfloat_with_epsilon (b->hours_expected, 424, 1e-9);
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_LATE);
  g_clear_pointer (&b, psl_clause_balance_free);
  /* Before the start: nothing due.  In the first month: nothing due yet, on track. */
  b = psl_clause_balance_load (f->store, id, "2025-12-20", &error);
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_UPCOMING);
  g_assert_null (b->reckoned_to);
  g_clear_pointer (&b, psl_clause_balance_free);
  b = psl_clause_balance_load (f->store, id, "2026-01-20", &error);
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (b->hours_expected, 0, 1e-9);
  g_clear_pointer (&b, psl_clause_balance_free);
  /* Ended short: late, whatever the pace. */
  b = psl_clause_balance_load (f->store, id, "2027-02-01", &error);
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_LATE);
  g_clear_pointer (&why, g_free);
  why = psl_clause_state_explain (b);
  g_assert_cmpstr (why, ==, "Le marché est terminé avec 300,5 h faites sur les 730 h dues : il manque 429,5 h.");
  g_clear_pointer (&b, psl_clause_balance_free);

  /* A small contract whose hours are all done. */
  {
    PslClauseContract small = { NULL, "moulin", "Nettoyage des locaux", NULL, "Mairie de Figeac", NULL,
                                "2026-03-01", "2026-03-31", 100 };
    g_autofree char *k = psl_clause_contract_save (f->store, &small, &error);
    g_autofree char *line = psl_clause_hours_add (f->store, k, "lea", "lea-cdd", "2026-03-02", "2026-03-31", 100,
                                                  TODAY, &error);
    g_autoptr(GPtrArray) all = NULL;

    g_assert_no_error (error);
    b = psl_clause_balance_load (f->store, k, TODAY, &error);
    g_assert_cmpint (b->state, ==, PSL_CLAUSE_DONE);
    g_assert_cmpfloat_with_epsilon (b->hours_left, 0, 1e-9);
    g_clear_pointer (&b, psl_clause_balance_free);
    /* The firm's contracts, the latest start first. */
    all = psl_clause_balances_for_company (f->store, "moulin", TODAY, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 2);
    g_assert_cmpstr (((PslClauseBalance *) g_ptr_array_index (all, 0))->contract.title, ==, "Nettoyage des locaux");
    /* A line deleted no longer counts; the contract deleted is gone. */
    g_assert_true (psl_clause_hours_delete (f->store, line, &error));
    b = psl_clause_balance_load (f->store, k, TODAY, &error);
    g_assert_cmpfloat_with_epsilon (b->hours_done, 0, 1e-9);
    g_clear_pointer (&b, psl_clause_balance_free);
    g_assert_true (psl_clause_contract_delete (f->store, k, &error));
    g_assert_null (psl_clause_balance_load (f->store, k, TODAY, &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_candidates (PslTestFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) at_moulin = psl_clause_candidates (f->store, "moulin", &error);
  const PslClauseCandidate *c;

  g_assert_no_error (error);
  /* Only Léa works at the garage. */
  g_assert_cmpuint (at_moulin->len, ==, 1);
  c = g_ptr_array_index (at_moulin, 0);
  g_assert_cmpstr (c->person_id, ==, "lea");
  g_assert_cmpstr (c->placement_id, ==, "lea-cdd");
  g_assert_cmpstr (c->label, ==, "Léa Puech-Martin — contrat du 05/01/2026 au 30/06/2026");
}

static void
test_bad_contract (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = NULL;
  g_autofree char *id = NULL;
  GString *accents = g_string_new (NULL);
  PslClauseContract c = { NULL, "moulin", "Entretien des espaces verts", NULL, "Grand Figeac", NULL,
                          "2026-01-01", "2026-12-31", 730 };
  PslClauseContract bad;

  bad = c; bad.title = "   ";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "Indiquez l’intitulé du marché");
  g_clear_error (&error);
  /* 201 characters: refused; 200 letters with accents (400 bytes): kept. */
  long_title = g_strnfill (201, 'x');
  bad = c; bad.title = long_title;
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "dépasse 200 caractères");
  g_clear_error (&error);
  for (int i = 0; i < 200; i++)
    g_string_append (accents, "é");
  bad = c; bad.title = accents->str;
  id = psl_clause_contract_save (f->store, &bad, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_string_free (accents, TRUE);
  bad = c; bad.buyer = "";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "acheteur public");
  g_clear_error (&error);
  bad = c; bad.lot = long_title;
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "100 caractères au plus");
  g_clear_error (&error);
  bad = c; bad.ends_on = "2025-12-31";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "finit avant de commencer");
  g_clear_error (&error);
  bad = c; bad.starts_on = "2026-02-30";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "par exemple 01/03/2027");
  g_clear_error (&error);
  bad = c; bad.hours_owed = -35;
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "plus de zéro");
  g_clear_error (&error);
  bad = c; bad.hours_owed = 0;
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "plus de zéro");
  g_clear_error (&error);
  bad = c; bad.hours_owed = 1e9;
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "au plus");
  g_clear_error (&error);
  /* A firm deleted, or none. */
  bad = c; bad.company_id = "ferme";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "a été supprimée");
  g_clear_error (&error);
  bad = c; bad.company_id = "nulle-part";
  g_assert_null (psl_clause_contract_save (f->store, &bad, &error));
  assert_refused (error, "Choisissez l’entreprise");
  g_clear_error (&error);
  /* Nothing refused was written. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_contract;"), ==, 1);
}

static void
test_bad_hours (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = green_spaces (f->store);
  g_autofree char *line = NULL;
  PslClauseContract moved = { NULL, "moulin", "Entretien des espaces verts", NULL, "Grand Figeac", NULL,
                              "2026-02-01", "2026-12-31", 730 };
  static const struct { const char *person, *placement, *from, *to; double hours; const char *says; } bad[] = {
    { "lea", "lea-cdd", "2026-02-01", "2026-02-28", -4, "plus de zéro" },
    { "lea", "lea-cdd", "2026-02-01", "2026-02-28", 0, "plus de zéro" },
    /* 28 days hold 280 h at most. */
    { "lea", "lea-cdd", "2026-02-01", "2026-02-28", 281, "dix heures par jour" },
    { "lea", "lea-cdd", "2026-02-01", "2026-02-28", 1e12, "280 h au plus" },
    { "lea", "lea-cdd", "2025-12-15", "2026-01-10", 35, "du 1er janvier 2026 au 31 décembre 2026" },
    { "lea", "lea-cdd", "2026-12-01", "2027-01-10", 35, "pendant le marché" },
    { "lea", "lea-cdd", "2026-05-01", "2026-05-31", 35, "après aujourd’hui" },
    { "lea", "lea-cdd", "2026-02-28", "2026-02-01", 35, "précède le premier" },
    { "lea", "lea-cdd", "2026-02-01", "28/02/2026", 35, "par exemple" },
    { "gone", NULL, "2026-02-01", "2026-02-28", 35, "Choisissez une personne" },
    { "nobody", NULL, "2026-02-01", "2026-02-28", 35, "Choisissez une personne" },
    { "julien", "julien-cayla", "2026-02-01", "2026-02-28", 35, "entreprise titulaire" },
    { "julien", "lea-cdd", "2026-02-01", "2026-02-28", 35, "entreprise titulaire" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (psl_clause_hours_add (f->store, id, bad[i].person, bad[i].placement, bad[i].from, bad[i].to,
                                           bad[i].hours, TODAY, &error));
      assert_refused (error, bad[i].says);
      g_clear_error (&error);
    }
  g_assert_null (psl_clause_hours_add (f->store, "nowhere", "lea", NULL, "2026-02-01", "2026-02-28", 35, TODAY, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_hours;"), ==, 0);

  /* Exactly ten hours a day is possible. */
  line = psl_clause_hours_add (f->store, id, "lea", "lea-cdd", "2026-01-05", "2026-01-31", 270, TODAY, &error);
  g_assert_no_error (error);
  /* The contract may not move its start past hours recorded. */
  moved.id = id;
  g_assert_null (psl_clause_contract_save (f->store, &moved, &error));
  assert_refused (error, "1 ligne d’heures déjà saisie tombe hors de ces dates");
  g_clear_error (&error);
  moved.starts_on = "2026-01-01";
  moved.hours_owed = 800;
  g_free (psl_clause_contract_save (f->store, &moved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_contract WHERE hours_owed = 800"
                                             " AND buyer = 'Grand Figeac';"), ==, 1);

  /* The firm deleted: its contract still reads and prints, but takes no more hours. */
  psl_test_exec (f->store, "UPDATE company SET deleted_at = '2026-05-01T08:00:00.000Z' WHERE id = 'moulin';");
  g_assert_null (psl_clause_hours_add (f->store, id, "lea", "lea-cdd", "2026-02-01", "2026-02-28", 35, TODAY, &error));
  assert_refused (error, "a été supprimée");
  g_clear_error (&error);
  {
    g_autoptr(PslClauseBalance) b = psl_clause_balance_load (f->store, id, TODAY, &error);

    g_assert_no_error (error);
    g_assert_true (b->company_deleted);
    g_assert_cmpfloat_with_epsilon (b->hours_done, 270, 1e-9);
  }
  g_assert_null (psl_clause_balance_load (f->store, id, "15/05/2026", &error));
  assert_refused (error, "n’est pas une date");
}

static char *
pdf_text (const char *path)
{
  g_autofree char *command = g_strdup_printf ("pdftotext -layout '%s' -", path);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return text;
}

static void
test_statement (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = green_spaces (f->store);
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GHashTable) cells = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "heures.pdf", NULL);
  g_autofree char *text = NULL;

  add_hours (f->store, id);
  doc = psl_clause_statement_new (f->store, id, TODAY, &error);
  g_assert_no_error (error);
  cells = psl_test_document_cells (doc);
  g_assert_cmpstr (g_hash_table_lookup (cells, "Le marché public|Acheteur public"), ==,
                   "Communauté de communes du Grand Figeac");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Le marché public|Entreprise titulaire"), ==, "Garage du Moulin");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Le marché public|Lot"), ==, "Lot 2 — Tonte et taille");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Le marché public|Heures d’insertion dues"), ==, "730 h");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Bilan au 15 mai 2026|État"), ==, "Dans les temps");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Heures par personne|L. P.-M."), ==, "05/01/2026");
  g_assert_cmpstr (g_hash_table_lookup (cells, "Heures par personne|J. R."), ==, "02/03/2026");
  g_assert_true (psl_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (psl_document_get_n_pages (doc), ==, 1);

  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "État des heures d’insertion"));
  g_assert_nonnull (strstr (text, "Entretien des espaces verts"));
  g_assert_nonnull (strstr (text, "Bilan au 15 mai 2026"));
  g_assert_nonnull (strstr (text, "300,5 h"));
  g_assert_nonnull (strstr (text, "429,5 h"));
  g_assert_nonnull (strstr (text, "Dans les temps"));
  g_assert_nonnull (strstr (text, "220 h"));
  g_assert_nonnull (strstr (text, "80,5 h"));
  g_assert_nonnull (strstr (text, "L. P.-M."));
  /* Initials only, and nothing of a person's file. */
  g_assert_null (strstr (text, "Puech"));
  g_assert_null (strstr (text, "Julien"));
  g_assert_null (strstr (text, "Roux"));
  g_assert_null (strstr (text, "diabète"));
  g_assert_null (strstr (text, "2003"));
  g_assert_null (strstr (text, "Santé"));

  /* An unknown contract: no document, and why. */
  g_assert_null (psl_clause_statement_new (f->store, "nowhere", TODAY, &error));
  assert_refused (error, "Aucun marché n’a cet identifiant");
}

/* A person's hours follow them when their two records are merged, and
 * are in what the person is given of their file. */
static void
test_person (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = green_spaces (f->store);
  g_autoptr(PslClauseBalance) b = NULL;
  g_autoptr(JsonNode) held = NULL;
  g_autofree char *text = NULL;

  add_hours (f->store, id);
  psl_test_exec (f->store, "INSERT INTO person (id, first_name, last_name, entered_on) VALUES"
                           " ('julien2', 'Julien', 'Roux', '2026-02-02');");
  g_free (psl_clause_hours_add (f->store, id, "julien2", NULL, "2026-04-01", "2026-04-30", 19.5, TODAY, &error));
  g_assert_no_error (error);
  g_assert_true (psl_person_merge (f->store, "julien", "julien2", &error));
  g_assert_no_error (error);
  b = psl_clause_balance_load (f->store, id, TODAY, &error);
  g_assert_cmpuint (b->people->len, ==, 2);
  /* 80.5 + 19.5 = 100 h for Julien, from 2 March to 30 April. */
  g_assert_cmpfloat_with_epsilon (((PslClausePerson *) g_ptr_array_index (b->people, 1))->hours, 100, 1e-9);
  g_assert_cmpstr (((PslClausePerson *) g_ptr_array_index (b->people, 1))->last_on, ==, "2026-04-30");

  /* Read by Julien's referent. */
  psl_test_exec (f->store, "UPDATE staff SET role = 'cip' WHERE id = 'a';"
                           "INSERT INTO privacy_account (account, staff_id) VALUES ('alice', 'a');");
  psl_privacy_set_account (f->store, "alice");
  held = psl_person_data_collect (f->store, "julien", FALSE, &error);
  g_assert_no_error (error);
  text = json_to_string (held, FALSE);
  g_assert_nonnull (strstr (text, "Heures sur des marchés publics à clause sociale"));
  g_assert_nonnull (strstr (text, "Entretien des espaces verts (Communauté de communes du Grand Figeac)"));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/clause/balance", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_balance,
              psl_test_fixture_teardown);
  g_test_add ("/clause/candidates", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_candidates,
              psl_test_fixture_teardown);
  g_test_add ("/clause/bad-contract", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_bad_contract,
              psl_test_fixture_teardown);
  g_test_add ("/clause/bad-hours", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_bad_hours,
              psl_test_fixture_teardown);
  g_test_add ("/clause/person", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_person,
              psl_test_fixture_teardown);
  g_test_add ("/clause/statement", PslTestFixture, FIXTURE, psl_test_fixture_setup, test_statement,
              psl_test_fixture_teardown);
  return g_test_run ();
}
