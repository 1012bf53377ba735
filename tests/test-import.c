/* test-import.c — CSV reading and the import of firms, with the files people really have */

#include "config.h"

#include <glib/gstdio.h>

#include "psl-csv.h"
#include "psl-import.h"
#include "psl-test.h"

static PslCsvTable *
parse_ok (const char *text,
          gssize      length)
{
  g_autoptr(GError) error = NULL;
  PslCsvTable *table = psl_csv_parse (text, length < 0 ? strlen (text) : (gsize) length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static const char *
at (PslCsvTable *table,
    guint        row,
    guint        column)
{
  return ((char **) g_ptr_array_index (table->rows, row))[column];
}

static void
test_csv_delimiters_and_quotes (void)
{
  g_autoptr(PslCsvTable) semi = parse_ok ("Nom;Ville\n\"Dupont; fils\";Figeac\n", -1);
  g_autoptr(PslCsvTable) comma = parse_ok ("Nom,Ville\r\n\"Say \"\"hello\"\"\",Cajarc\r\n", -1);
  g_autoptr(PslCsvTable) tab = parse_ok ("Nom\tVille\nA\tB\n", -1);
  g_autoptr(PslCsvTable) multi = parse_ok ("Nom;Ville\n\"Menuiserie\nSARL\";Leyme\n\nB;Fons\n", -1);

  g_assert_cmpint (semi->delimiter, ==, ';');
  g_assert_cmpstr (at (semi, 1, 0), ==, "Dupont; fils");
  g_assert_cmpint (comma->delimiter, ==, ',');
  g_assert_cmpstr (at (comma, 1, 0), ==, "Say \"hello\"");
  g_assert_cmpstr (at (comma, 1, 1), ==, "Cajarc");
  g_assert_cmpint (tab->delimiter, ==, '\t');

  /* A field with a line break, then a blank line: rows keep their lines. */
  g_assert_cmpuint (multi->rows->len, ==, 3);
  g_assert_cmpstr (at (multi, 1, 0), ==, "Menuiserie\nSARL");
  g_assert_cmpuint (g_array_index (multi->lines, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (multi->lines, guint, 2), ==, 5);
}

static void
test_csv_encodings (void)
{
  /* "Société;Génie" in Windows-1252, then with a UTF-8 byte order mark. */
  const char cp1252[] = "Nom\nSoci\xe9t\xe9 G\xe9nie\n";
  const char bom[] = "\xef\xbb\xbfNom\nSoci\xc3\xa9t\xc3\xa9\n";
  g_autoptr(PslCsvTable) a = parse_ok (cp1252, -1);
  g_autoptr(PslCsvTable) b = parse_ok (bom, -1);

  g_assert_cmpstr (a->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (at (a, 1, 0), ==, "Société Génie");
  g_assert_cmpstr (b->encoding, ==, "UTF-8");
  g_assert_cmpstr (at (b, 0, 0), ==, "Nom");
  g_assert_cmpstr (at (b, 1, 0), ==, "Société");
}

static void
test_csv_bad_files (void)
{
  const char *bad[] = { "", "   \n\n", "Nom;Ville\nA;B\n\"Pas fermé;Figeac\nC;D\n" };
  const char binary[] = "PK\x03\x04\0\0\0xl/workbook";
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PslCsvTable) table = psl_csv_parse (bad[i], strlen (bad[i]), &error);

      g_assert_null (table);
      g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
      g_assert_cmpuint (strlen (error->message), >, 0);
      if (i == 2)
        g_assert_nonnull (strstr (error->message, "3"));
      g_clear_error (&error);
    }

  g_assert_null (psl_csv_parse (binary, sizeof binary - 1, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
}

static PslImportReport *
import (PslTestFixture     *f,
        const char         *text,
        PslImportDuplicates duplicates,
        gboolean            dry_run)
{
  g_autoptr(PslCsvTable) table = parse_ok (text, -1);
  g_autoptr(PslImportMapping) mapping = psl_import_guess_mapping (table);
  g_autoptr(GError) error = NULL;
  PslImportReport *report = psl_import_companies (f->store, table, mapping, duplicates, dry_run, &error);

  g_assert_no_error (error);
  return report;
}

#define FIRMS \
  "Raison sociale;SIRET;Code postal;Ville;Secteur;Effectif;Téléphone;Courriel\n" \
  "Boulangerie Delmas;732 829 320 00074;46100;Figeac;Hôtellerie;4;05 65 34 12 12;\n" \
  "Garage du Causse;12345678901234;46100;Figeac;;;;\n" \
  ";;46100;Figeac;;;;\n" \
  "\"Menuiserie \"\"Le Copeau\"\"\nSARL\";;46120;Leyme;Industrie;12;;bad-address\n" \
  "Menuiserie Bouyssou;;46120;Leyme;industrie;douze;;\n" \
  "Transports Vayssière;;46100;Figeac;Transport;80;;contact@vayssiere.fr\n" \
  "boulangerie DELMAS;;46100;Figeac;;;05 65 00 00 00;boulangerie@delmas.fr\n"

static void
test_import_report (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(PslImportReport) report = import (f, FIRMS, PSL_IMPORT_DUPLICATES_MERGE, FALSE);
  const guint expected_lines[] = { 3, 5, 7 };

  /* Every named firm goes in: the wrong SIRET of the Garage, the e-mail
   * "bad-address" and the headcount "douze" are kept to check instead of
   * refusing their firms; the second Delmas (same name and postcode) is
   * merged; only the row without a name (line 4) is left out. */
  g_assert_cmpuint (report->imported, ==, 5);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpuint (report->skipped, ==, 0);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_cmpuint (((PslImportRejection *) report->rejected->pdata[0])->line, ==, 4);
  g_assert_cmpuint (report->to_check->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (((PslImportRejection *) report->to_check->pdata[i])->line, ==, expected_lines[i]);

  /* The invalid values are not stored as valid, but kept beside their firm. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Garage du Causse'"
                             " AND identifier IS NULL"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review r JOIN company c ON c.id = r.record_id"
                             " WHERE c.legal_name = 'Garage du Causse' AND r.field = 'identifier'"
                             " AND r.value = '12345678901234' AND r.source LIKE '%3'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE field = 'headcount' AND value = 'douze'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE email = 'bad-address'"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(DISTINCT record_id) FROM import_review"), ==, 3);

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 5);
  /* Labels became codes; the SIRET lost its spaces. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE sector = 'hotellerie_restauration'"
                             " AND identifier = '73282932000074' AND headcount = 4"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE sector = 'transport_logistique'"), ==, 1);
  /* Merging filled the empty e-mail but kept the phone already known. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Boulangerie Delmas'"
                             " AND phone = '05 65 34 12 12' AND email = 'boulangerie@delmas.fr'"), ==, 1);
  /* Imported firms can be found. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_index_company WHERE search_index_company MATCH 'vayssiere'"), ==, 1);
}

static void
test_import_skip_and_dry_run (PslTestFixture *f,
                              gconstpointer   data)
{
  g_autoptr(PslImportReport) first = import (f, FIRMS, PSL_IMPORT_DUPLICATES_SKIP, FALSE);
  g_autoptr(PslImportReport) again = import (f, FIRMS, PSL_IMPORT_DUPLICATES_SKIP, FALSE);
  g_autoptr(PslImportReport) dry = NULL;

  g_assert_cmpuint (first->imported, ==, 5);
  g_assert_cmpuint (first->skipped, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE email IS NOT NULL"), ==, 1);

  /* The same file again: everything is already there. */
  g_assert_cmpuint (again->imported, ==, 0);
  g_assert_cmpuint (again->skipped, ==, 6);

  dry = import (f, "Nom;Code postal\nNouvelle SARL;46100\n", PSL_IMPORT_DUPLICATES_MERGE, TRUE);
  g_assert_cmpuint (dry->imported, ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 5);
}

static void
test_import_needs_names (PslTestFixture *f,
                         gconstpointer   data)
{
  g_autoptr(PslCsvTable) table = parse_ok ("Ville;Code postal\nFigeac;46100\n", -1);
  g_autoptr(PslImportMapping) mapping = psl_import_guess_mapping (table);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslImportReport) report = NULL;

  report = psl_import_companies (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_null (report);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Choosing the column by hand makes it work. */
  g_assert_true (psl_import_mapping_set (mapping, 0, "legal_name", &error));
  report = psl_import_companies (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->imported, ==, 1);
  g_assert_false (psl_import_mapping_set (mapping, 7, "legal_name", &error));
  g_clear_error (&error);
  g_assert_false (psl_import_mapping_set (mapping, 0, "deleted_at", &error));
}

static void
test_import_many (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GString) text = g_string_new ("Nom;Code postal;Ville\n");
  g_autoptr(PslImportReport) report = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "Entreprise %u;46%03u;Figeac\n", i, i % 1000);
  report = import (f, text->str, PSL_IMPORT_DUPLICATES_MERGE, FALSE);

  g_assert_cmpuint (report->imported, ==, 5000);
  g_assert_cmpuint (report->rejected->len, ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add_func ("/csv/delimiters-and-quotes", test_csv_delimiters_and_quotes);
  g_test_add_func ("/csv/encodings", test_csv_encodings);
  g_test_add_func ("/csv/bad-files", test_csv_bad_files);
  g_test_add ("/import/report", PslTestFixture, NULL,
              psl_test_fixture_setup, test_import_report, psl_test_fixture_teardown);
  g_test_add ("/import/skip-and-dry-run", PslTestFixture, NULL,
              psl_test_fixture_setup, test_import_skip_and_dry_run, psl_test_fixture_teardown);
  g_test_add ("/import/needs-names", PslTestFixture, NULL,
              psl_test_fixture_setup, test_import_needs_names, psl_test_fixture_teardown);
  g_test_add ("/import/many", PslTestFixture, NULL,
              psl_test_fixture_setup, test_import_many, psl_test_fixture_teardown);

  return g_test_run ();
}
