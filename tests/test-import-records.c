/* test-import-records.c — contacts, people and the journal imported with
 * the same importer as firms: tied to their firm, duplicates merged,
 * doubtful values kept to check, nothing confidential taken */

#include "config.h"

#include <string.h>

#include "psl-format.h"
#include "psl-import.h"
#include "psl-test.h"

/* A member of the team and a firm already in the network. */
#define SETUP_SQL \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a0000000-0000-4000-8000-000000000001', 'Claire', 'Dupuy');" \
  "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode)" \
  " VALUES ('delmas', 'Boulangerie Delmas', '73282932000074', 'siret', '46100');"

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
  mapping->source = g_strdup ("export.csv");
  report = psl_import_records (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_no_error (error);
  return report;
}

static guint line_of (GPtrArray *lines, guint i);

static void
dump (PslImportReport *report)
{
  for (guint i = 0; g_getenv ("PSL_DUMP") && i < report->to_check->len; i++)
    g_printerr ("%u %s\n", line_of (report->to_check, i), ((PslImportRejection *) report->to_check->pdata[i])->reason);
}

static guint
line_of (GPtrArray *lines,
         guint      i)
{
  return ((PslImportRejection *) g_ptr_array_index (lines, i))->line;
}

static void
test_contacts (PslTestFixture *f,
               gconstpointer   data)
{
  /* Line 2: Delmas's director, found by SIRET; line 3: the same person
   * again (merged); line 4: a tutor at a garage not in the network (made,
   * to check) with an e-mail that is none; line 5: no firm; line 6: no
   * last name. */
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_CONTACTS,
    "Entreprise;SIRET;Code postal;Nom;Prénom;Fonction;Téléphone;Courriel\n"
    "Boulangerie Delmas;732 829 320 00074;46100;Delmas;Jean;Direction;05 65 34 12 12;jean@delmas.fr\n"
    "boulangerie delmas;;;DELMAS;jean;;;\n"
    "Garage du Causse;;46100;Roques;Marie;Tuteur;06 00 00 00 00;pas-une-adresse\n"
    ";;;Martin;Paul;;;\n"
    "Garage du Causse;;46100;;Luc;;;\n");

  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpuint (report->rejected->len, ==, 2);
  g_assert_cmpuint (line_of (report->rejected, 0), ==, 5);
  g_assert_cmpuint (line_of (report->rejected, 1), ==, 6);
  g_assert_cmpuint (report->to_check->len, ==, 1);
  g_assert_cmpuint (line_of (report->to_check, 0), ==, 4);

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE company_id = 'delmas'"
                                             " AND role = 'direction' AND email = 'jean@delmas.fr'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact c JOIN company f ON f.id = c.company_id"
                                             " WHERE f.legal_name = 'Garage du Causse' AND c.role = 'tuteur'"
                                             " AND c.email IS NULL"), ==, 1);
  /* The firm made from a name is marked to check, and so is the contact's e-mail. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review r JOIN company f ON f.id = r.record_id"
                                             " WHERE r.record_table = 'company' AND f.legal_name = 'Garage du Causse'"),
                   ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE record_table = 'contact'"
                                             " AND field = 'email' AND value = 'pas-une-adresse'"), ==, 1);
}

static void
test_people (PslTestFixture *f,
             gconstpointer   data)
{
  /* Line 2: Élise Dupont, with a column about health nobody chose; line 3:
   * her again, written otherwise (merged); line 4: Martin, no first name,
   * a date of birth that does not exist, a referent not in the team, no
   * start; line 5: no last name. */
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_PEOPLE,
    "Nom;Prénom;Sexe;Date de naissance;Référent;Date d'entrée;Phase;Santé;RSA\n"
    "Dupont;Élise;Femme;02/04/1998;Claire Dupuy;15/01/2024;Emploi;asthme;oui\n"
    "DUPONT;elise;F;1998-04-02;;;;;\n"
    "Martin;;H;31/02/1990;Inconnu X;;Orientation;;\n"
    ";Paul;;;;;;;\n");
  g_autofree char *today = psl_today_iso ();
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM person WHERE last_name = 'Martin' AND sex = 'M'"
                                          " AND birth_date IS NULL AND referent_id IS NULL AND phase = '1'"
                                          " AND entered_on = '%s'", today);

  dump (report);
  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_cmpuint (line_of (report->rejected, 0), ==, 5);
  g_assert_cmpuint (report->to_check->len, ==, 1);
  g_assert_cmpuint (line_of (report->to_check, 0), ==, 4);

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE first_name = 'Élise'"
                                             " AND sex = 'F' AND birth_date = '1998-04-02' AND referent_id = 'a0000000-0000-4000-8000-000000000001'"
                                             " AND entered_on = '2024-01-15' AND phase = '4'"), ==, 1);
  /* Her referent's period is opened as the people page does. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_referent WHERE staff_id = 'a0000000-0000-4000-8000-000000000001'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, sql), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(DISTINCT field) FROM import_review"
                                             " WHERE record_table = 'person'"), ==, 4);
  /* Nothing confidential from a column nobody chose for it. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE notes IS NOT NULL"), ==, 0);
}

static void
test_journal (PslTestFixture *f,
              gconstpointer   data)
{
  /* Line 2: a visit to Delmas; line 3: the same again (already there);
   * line 4: a call to a garage not in the network, its date a spreadsheet
   * serial (15 March 2024); line 5: no date; line 6: a kind not in the
   * list, at a firm not in the network. */
  g_autoptr(PslImportReport) report = import_text (f, PSL_IMPORT_JOURNAL,
    "Date;Entreprise;Type;Objet;Compte rendu;Conseiller\n"
    "12/03/2024;Boulangerie Delmas;Visite;Présentation;Besoin d'un apprenti;Claire Dupuy\n"
    "12/03/2024;Boulangerie Delmas;Visite;Présentation;Besoin d'un apprenti;Claire Dupuy\n"
    "45366;Garage du Causse;Appel;Relance;;\n"
    ";Boulangerie Delmas;Appel;;;\n"
    "13/03/2024;Menuiserie Lacoste;Fax;;;\n");

  g_assert_cmpuint (report->imported, ==, 3);
  g_assert_cmpuint (report->skipped, ==, 1);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_cmpuint (line_of (report->rejected, 0), ==, 5);
  g_assert_cmpuint (report->to_check->len, ==, 2);
  g_assert_cmpuint (line_of (report->to_check, 0), ==, 4);
  g_assert_cmpuint (line_of (report->to_check, 1), ==, 6);

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction WHERE company_id = 'delmas'"
                                             " AND kind = 'visite' AND occurred_at = '2024-03-12' AND staff_id = 'a0000000-0000-4000-8000-000000000001'"
                                             " AND purpose = 'Présentation' AND outcome = 'Besoin d''un apprenti'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction WHERE occurred_at = '2024-03-15'"
                                             " AND kind = 'appel'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction i JOIN import_review r"
                                             " ON r.record_id = i.id AND r.field = 'kind' AND r.value = 'Fax'"
                                             " WHERE i.kind = 'rencontre'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 3);
}

/* A refused import leaves the base as it was: a column missing. */
static void
test_refused (PslTestFixture *f,
              gconstpointer   data)
{
  const char *text = "Entreprise;Objet\nBoulangerie Delmas;Visite\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = psl_csv_parse (text, strlen (text), &error);
  g_autoptr(PslImportMapping) mapping = psl_import_guess_mapping_for (table, PSL_IMPORT_JOURNAL);
  g_autoptr(PslImportReport) report = psl_import_records (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE,
                                                          FALSE, &error);

  g_assert_null (report);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add (name, PslTestFixture, SETUP_SQL, psl_test_fixture_setup, func, psl_test_fixture_teardown)
  ADD ("/import-records/contacts", test_contacts);
  ADD ("/import-records/people", test_people);
  ADD ("/import-records/journal", test_journal);
  ADD ("/import-records/refused", test_refused);
#undef ADD

  return g_test_run ();
}
