/* test-import-files.c — a legacy list of firms as offices have it, in CSV,
 * XLSX and ODS, comes in with every named firm and the doubtful values
 * kept to check; list values matched; workbooks read as they are written
 *
 * The legacy list (41 rows) is made here, row by row, so that every count
 * below can be told from its definition:
 *   - rows 0, 6, 12, 18, 24, 30, 36: sector "Tertiaire (commerce, administratif)"
 *     (the list says "Tertiaire (commerce, administratif…)"): matched, clean;
 *   - rows 5, 15, 25: a SIRET mistyped (last digit wrong): to check;
 *   - row 20: sector "Économie sociale", in no list: to check;
 *   - row 33: first contact on 31/02/2020, no such day: to check;
 *   - row 35: postcode 6100 (a lost zero): to check;
 *   - row 10: a name over two lines (quoted line break), kept on one;
 *   - row 39: no name: left out;
 *   - row 40: row 3 again, its name in capitals: merged.
 * So 39 firms, 1 merged, 6 rows to check, 1 left out, 7 in Tertiaire,
 * 36 SIRETs stored (39 firms less the 3 mistyped).
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "psl-company.h"
#include "psl-company-list.h"
#include "psl-ident.h"
#include "psl-import.h"
#include "psl-import-match.h"
#include "psl-import-review.h"
#include "psl-spreadsheet.h"
#include "psl-test.h"

#define N_ROWS 41
#define N_COLUMNS 7

static const char *header[N_COLUMNS] = {
  "Raison sociale", "SIRET", "Code postal", "Ville", "Secteur", "Effectif", "Date du premier contact"
};

static const char *sectors[] = { "BTP", "Industrie", "Hôtellerie", "Transport", "Services à la personne" };

typedef struct
{
  char *cells[N_COLUMNS];
} Row;

static char *
siret (guint i)
{
  g_autofree char *base = g_strdup_printf ("7328293%06u", 100 + i);
  char check = psl_ident_luhn_digit (base);

  return g_strdup_printf ("%s%c", base, check);
}

static Row *
legacy_rows (void)
{
  Row *rows = g_new0 (Row, N_ROWS);

  for (guint i = 0; i < N_ROWS; i++)
    {
      guint source = i == 40 ? 3 : i;
      char **c = rows[i].cells;

      c[0] = i == 39 ? g_strdup ("") : i == 10 ? g_strdup ("Menuiserie du Causse\nSARL")
           : g_strdup_printf ("Établissements Martin %02u", source);
      if (i == 40)
        {
          g_free (c[0]);
          c[0] = g_strdup ("ÉTABLISSEMENTS MARTIN 03");
        }
      c[1] = siret (source);
      if (i == 5 || i == 15 || i == 25)
        c[1][13] = c[1][13] == '9' ? '0' : c[1][13] + 1;
      c[2] = g_strdup (i == 35 ? "6100" : source % 2 == 0 ? "46100" : "46000");
      c[3] = g_strdup (source % 2 == 0 ? "Figeac" : "Cahors");
      c[4] = g_strdup (i % 6 == 0 ? "Tertiaire (commerce, administratif)"
                       : i == 20 ? "Économie sociale" : sectors[i % G_N_ELEMENTS (sectors)]);
      c[5] = g_strdup_printf ("%u", 3 + i);
      c[6] = g_strdup (i == 33 ? "31/02/2020" : "12/03/2019");
    }
  return rows;
}

static void
rows_free (Row *rows)
{
  for (guint i = 0; i < N_ROWS; i++)
    for (guint c = 0; c < N_COLUMNS; c++)
      g_free (rows[i].cells[c]);
  g_free (rows);
}

/* As Excel's "CSV (séparateur : point-virgule)" writes it: Windows-1252, ";", CRLF. */
static char *
write_csv (const char *dir,
           Row        *rows)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *cp1252 = NULL;
  char *path = g_build_filename (dir, "entreprises.csv", NULL);
  gsize length = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    g_string_append_printf (text, "%s%s", c > 0 ? ";" : "", header[c]);
  g_string_append (text, "\r\n");
  for (guint i = 0; i < N_ROWS; i++)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const char *cell = rows[i].cells[c];

          if (strchr (cell, '\n') != NULL)
            g_string_append_printf (text, "%s\"%s\"", c > 0 ? ";" : "", cell);
          else
            g_string_append_printf (text, "%s%s", c > 0 ? ";" : "", cell);
        }
      g_string_append (text, "\r\n");
    }
  cp1252 = g_convert (text->str, -1, "WINDOWS-1252", "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (cp1252);
  g_assert_true (g_file_set_contents (path, cp1252, length, NULL));
  return path;
}

/* As Excel saves it: a merged title above the header, numbers as numbers,
 * dates as serials with a date format, the impossible date as text. */
static char *
write_xlsx (const char *dir,
            Row        *rows)
{
  char *path = g_build_filename (dir, "entreprises.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (workbook, "Notes");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Entreprises");
  lxw_format *date = workbook_add_format (workbook);

  format_set_num_format (date, "dd/mm/yyyy");
  worksheet_write_string (notes, 0, 0, "Fichier tenu par l’accueil", NULL);
  worksheet_merge_range (sheet, 0, 0, 0, N_COLUMNS - 1, "Liste des entreprises partenaires", NULL);
  for (guint c = 0; c < N_COLUMNS; c++)
    worksheet_write_string (sheet, 2, c, header[c], NULL);
  for (guint i = 0; i < N_ROWS; i++)
    {
      char **cell = rows[i].cells;
      lxw_row_t r = 3 + i;

      if (*cell[0] != '\0')
        worksheet_write_string (sheet, r, 0, cell[0], NULL);
      worksheet_write_number (sheet, r, 1, g_ascii_strtod (cell[1], NULL), NULL);
      worksheet_write_number (sheet, r, 2, g_ascii_strtod (cell[2], NULL), NULL);
      worksheet_write_string (sheet, r, 3, cell[3], NULL);
      worksheet_write_string (sheet, r, 4, cell[4], NULL);
      worksheet_write_number (sheet, r, 5, g_ascii_strtod (cell[5], NULL), NULL);
      if (i == 33)
        worksheet_write_string (sheet, r, 6, cell[6], NULL);
      else
        {
          lxw_datetime when = { 2019, 3, 12, 0, 0, 0 };

          worksheet_write_datetime (sheet, r, 6, &when, date);
        }
    }
  /* An empty column far right, and nothing below: trailing space ignored. */
  worksheet_set_column (sheet, 10, 10, 20, NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
ods_cell (GString    *xml,
          const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  if (*text == '\0')
    {
      g_string_append (xml, "<table:table-cell/>");
      return;
    }
  g_string_append (xml, "<table:table-cell office:value-type=\"string\">");
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[l], -1);

      g_string_append_printf (xml, "<text:p>%s</text:p>", escaped);
    }
  g_string_append (xml, "</table:table-cell>");
}

static void
zip_add_text (zip_t      *archive,
              const char *name,
              const char *text)
{
  zip_source_t *source = zip_source_buffer (archive, g_strdup (text), strlen (text), 1);

  g_assert_nonnull (source);
  g_assert_cmpint (zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8), >=, 0);
}

/* As LibreOffice Calc saves it: two sheets, numbers in office:value, dates
 * in office:date-value, repeated empty cells and a million empty rows. */
static char *
write_ods (const char *dir,
           Row        *rows)
{
  char *path = g_build_filename (dir, "entreprises.ods", NULL);
  g_autoptr(GString) xml = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
    "<office:body><office:spreadsheet>"
    "<table:table table:name=\"Notes\"><table:table-row><table:table-cell office:value-type=\"string\">"
    "<text:p>Fichier tenu par l’accueil</text:p></table:table-cell></table:table-row></table:table>"
    "<table:table table:name=\"Entreprises\">"
    "<table:table-column table:number-columns-repeated=\"1024\"/>");
  int code = 0;
  zip_t *archive;

  g_string_append (xml, "<table:table-row>");
  for (guint c = 0; c < N_COLUMNS; c++)
    ods_cell (xml, header[c]);
  g_string_append (xml, "<table:table-cell table:number-columns-repeated=\"1017\"/></table:table-row>");
  for (guint i = 0; i < N_ROWS; i++)
    {
      char **cell = rows[i].cells;

      g_string_append (xml, "<table:table-row>");
      ods_cell (xml, cell[0]);
      g_string_append_printf (xml, "<table:table-cell office:value-type=\"float\" office:value=\"%s\">"
                              "<text:p>%s</text:p></table:table-cell>", cell[1], cell[1]);
      g_string_append_printf (xml, "<table:table-cell office:value-type=\"float\" office:value=\"%s\">"
                              "<text:p>%s</text:p></table:table-cell>", cell[2], cell[2]);
      ods_cell (xml, cell[3]);
      ods_cell (xml, cell[4]);
      g_string_append_printf (xml, "<table:table-cell office:value-type=\"float\" office:value=\"%s\">"
                              "<text:p>%s</text:p></table:table-cell>", cell[5], cell[5]);
      if (i == 33)
        ods_cell (xml, cell[6]);
      else
        g_string_append (xml, "<table:table-cell office:value-type=\"date\" office:date-value=\"2019-03-12\">"
                              "<text:p>12/03/19</text:p></table:table-cell>");
      g_string_append (xml, "<table:table-cell table:number-columns-repeated=\"1017\"/></table:table-row>");
    }
  g_string_append (xml, "<table:table-row table:number-rows-repeated=\"1048500\">"
                        "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                        "</table:table></office:spreadsheet></office:body></office:document-content>");

  archive = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  g_assert_nonnull (archive);
  zip_add_text (archive, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  zip_add_text (archive, "content.xml", xml->str);
  g_assert_cmpint (zip_close (archive), ==, 0);
  return path;
}

static PslImportReport *
import_file (PslStore   *store,
             const char *path,
             const char *sheet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = psl_spreadsheet_read_file (path, sheet, &error);
  g_autoptr(PslImportMapping) mapping = NULL;
  PslImportReport *report;

  g_assert_no_error (error);
  mapping = psl_import_guess_mapping (table);
  mapping->source = g_path_get_basename (path);
  report = psl_import_companies (store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_no_error (error);
  return report;
}

/* Row i of the list is on line i + first (the rows after the name over
 * two lines one further in a CSV file). */
static void
assert_legacy_result (PslStore        *store,
                      PslImportReport *report,
                      guint            first,
                      gboolean         csv)
{
  const guint to_check[] = { 5, 15, 20, 25, 33, 35 };

  g_assert_cmpuint (report->imported, ==, 39);
  g_assert_cmpuint (report->merged, ==, 1);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_cmpuint (((PslImportRejection *) report->rejected->pdata[0])->line, ==, 39 + first + csv);
  g_assert_cmpuint (report->to_check->len, ==, G_N_ELEMENTS (to_check));
  for (guint i = 0; i < G_N_ELEMENTS (to_check); i++)
    g_assert_cmpuint (((PslImportRejection *) report->to_check->pdata[i])->line, ==,
                      to_check[i] + first + (csv && to_check[i] > 10));

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company"), ==, 39);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE sector = 'tertiaire'"), ==, 7);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE identifier IS NOT NULL"), ==, 36);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE sector IS NULL"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE relationship_start = '2019-03-12'"), ==, 38);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE legal_name = 'Menuiserie du Causse SARL'"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE headcount = 5 AND sector = 'hotellerie_restauration'"), ==, 1);
  /* Nothing invalid stored as valid; each doubt kept with its value. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE postcode = '6100'"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM import_review WHERE field = 'identifier'"), ==, 3);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM import_review WHERE field = 'sector'"
                                          " AND value = 'Économie sociale'"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM import_review WHERE field = 'relationship_start'"
                                          " AND value = '31/02/2020'"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM import_review WHERE field = 'postcode' AND value = '6100'"), ==, 1);
  g_assert_cmpint (psl_import_review_count (store, "company"), ==, 6);
}

typedef struct
{
  PSL_TEST_FIXTURE;
  Row *rows;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  psl_test_fixture_setup (&f->base, NULL);
  f->rows = legacy_rows ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  rows_free (f->rows);
  psl_test_fixture_teardown (&f->base, data);
}

static void
test_legacy_csv (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *path = write_csv (f->dir, f->rows);
  g_autoptr(PslImportReport) report = import_file (f->store, path, NULL);

  /* The header is line 1, row 0 line 2. */
  assert_legacy_result (f->store, report, 2, TRUE);
}

static void
test_legacy_xlsx (Fixture      *f,
                  gconstpointer data)
{
  g_autofree char *path = write_xlsx (f->dir, f->rows);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) first = psl_spreadsheet_read_file (path, NULL, &error);
  g_autoptr(PslCsvTable) missing = NULL;
  g_autoptr(PslImportReport) report = NULL;

  /* The first sheet is read unless one is named; both are listed. */
  g_assert_no_error (error);
  g_assert_cmpstr (first->sheet, ==, "Notes");
  g_assert_cmpuint (g_strv_length (first->sheets), ==, 2);
  g_assert_cmpstr (first->sheets[1], ==, "Entreprises");
  missing = psl_spreadsheet_read_file (path, "Feuil9", &error);
  g_assert_null (missing);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Feuil9"));

  /* Rows are the sheet's own numbers: the header on row 3 under the title. */
  report = import_file (f->store, path, "Entreprises");
  assert_legacy_result (f->store, report, 4, FALSE);
}

static void
test_legacy_ods (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *path = write_ods (f->dir, f->rows);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = psl_spreadsheet_read_file (path, "Entreprises", &error);
  g_autoptr(PslImportReport) report = NULL;

  /* The million empty rows and thousand empty cells are not rows nor columns. */
  g_assert_no_error (error);
  g_assert_cmpuint (table->rows->len, ==, N_ROWS + 1);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (table->rows, 0)), ==, N_COLUMNS);
  g_assert_cmpstr (((char **) g_ptr_array_index (table->rows, 11))[0], ==, "Menuiserie du Causse\nSARL");

  report = import_file (f->store, path, "Entreprises");
  assert_legacy_result (f->store, report, 2, FALSE);
}

/* A CSV that is in fact a workbook renamed is read as the workbook. */
static void
test_renamed_workbook (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *xlsx = write_xlsx (f->dir, f->rows);
  g_autofree char *renamed = g_build_filename (f->dir, "export.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = NULL;

  g_assert_cmpint (g_rename (xlsx, renamed), ==, 0);
  table = psl_spreadsheet_read_file (renamed, "Entreprises", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (table->encoding, ==, "XLSX");
  g_assert_cmpuint (table->rows->len, ==, N_ROWS + 1);
  g_assert_cmpuint (table->skipped_above, ==, 1);
}

static void
test_bad_workbooks (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *xlsx = write_xlsx (f->dir, f->rows);
  g_autofree char *cut = g_build_filename (f->dir, "cut.xlsx", NULL);
  g_autofree char *protected = g_build_filename (f->dir, "protected.xlsx", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.zip", NULL);
  g_autofree char *bytes = NULL;
  const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0";
  const char *paths[3];
  gsize length = 0;
  zip_t *archive;
  int code = 0;

  g_assert_true (g_file_get_contents (xlsx, &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (cut, bytes, length / 2, NULL));
  g_assert_true (g_file_set_contents (protected, ole, sizeof ole - 1, NULL));
  archive = zip_open (other, ZIP_CREATE | ZIP_TRUNCATE, &code);
  zip_add_text (archive, "readme.txt", "rien");
  g_assert_cmpint (zip_close (archive), ==, 0);

  paths[0] = cut;
  paths[1] = protected;
  paths[2] = other;
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PslCsvTable) table = psl_spreadsheet_read_file (paths[i], NULL, &error);

      g_assert_null (table);
      g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
      /* Said in French, in words a user acts on. */
      g_assert_true (strstr (error->message, "classeur") != NULL || strstr (error->message, "archive") != NULL);
    }
}

static void
test_csv_odd_encodings (Fixture      *f,
                        gconstpointer data)
{
  /* "Raison sociale\tVille\nSociété Œuvre\tFigeac\n" in UTF-16 with its
   * byte order mark, and "Société Œuvre" in ISO-8859-15 (Œ is 0xBC). */
  const char *utf8 = "Raison sociale\tVille\nSociété Œuvre\tFigeac\n";
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  const char latin9[] = "Nom;Ville\nSoci\xe9t\xe9 \xbcuvre;Figeac\n";
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) a = NULL;
  g_autoptr(PslCsvTable) b = NULL;

  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &length, NULL);
  with_bom = g_malloc (length + 2);
  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, utf16, length);
  a = psl_csv_parse (with_bom, length + 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->encoding, ==, "UTF-16");
  g_assert_cmpint (a->delimiter, ==, '\t');
  g_assert_cmpstr (((char **) g_ptr_array_index (a->rows, 1))[0], ==, "Société Œuvre");

  b = psl_csv_parse (latin9, sizeof latin9 - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (b->encoding, ==, "ISO-8859-15");
  g_assert_cmpstr (((char **) g_ptr_array_index (b->rows, 1))[0], ==, "Société Œuvre");
}

/* A title above the header, a totals row under the list. */
static void
test_title_and_totals (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "titre.csv", NULL);
  g_autoptr(PslImportReport) report = NULL;

  g_assert_true (g_file_set_contents (path,
    "Entreprises suivies au 1er mars;;\n"
    ";;\n"
    "Raison sociale;Code postal;Effectif\n"
    "Boulangerie Delmas;46100;4\n"
    "Garage du Causse;46100;12\n"
    "Total;;16\n", -1, NULL));
  report = import_file (f->store, path, NULL);
  g_assert_cmpuint (report->imported, ==, 2);
  g_assert_cmpuint (report->rejected->len, ==, 1);
  g_assert_cmpuint (((PslImportRejection *) report->rejected->pdata[0])->line, ==, 6);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Total'"), ==, 0);
}

static GPtrArray *
items_of (const char * const *pairs)
{
  GPtrArray *items = psl_match_items_new ();

  for (guint i = 0; pairs[i] != NULL; i += 2)
    psl_match_items_add (items, pairs[i], pairs[i + 1]);
  return items;
}

static void
test_value_matching (void)
{
  const char *sector_pairs[] = {
    "tertiaire", "Tertiaire (commerce, administratif…)", "btp", "BTP",
    "hotellerie_restauration", "Hôtellerie-restauration", "transport_logistique", "Transport-logistique",
    "services_personnes", "Services aux personnes et aux collectivités", "industrie", "Industrie",
    "espaces_verts", "Espaces verts, agriculture, environnement", NULL
  };
  const char *staff_pairs[] = { "a", "Claire Dupuy", "a", "Dupuy Claire", "b", "Claire Martin", "b", "Martin Claire", NULL };
  g_autoptr(GPtrArray) sectors_items = items_of (sector_pairs);
  g_autoptr(GPtrArray) staff = items_of (staff_pairs);
  const struct { const char *value; const char *code; } cases[] = {
    { "Tertiaire (commerce, administratif)", "tertiaire" },
    { "TERTIAIRE", "tertiaire" },
    { "btp", "btp" },
    { "Bâtiment", "btp" },
    { "Hôtellerie", "hotellerie_restauration" },
    { "HCR", "hotellerie_restauration" },
    { "Hotellerie restauration", "hotellerie_restauration" },
    { "Serv. aux pers.", "services_personnes" },
    { "Services à la personne", "services_personnes" },
    { "Industire", "industrie" },
    { "Industrie agroalimentaire", "industrie" },
    { "agriculture", "espaces_verts" },
    { "Économie sociale", NULL },
    { "", NULL },
    { "e", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *code = psl_match_value (sectors_items, cases[i].value);

      g_assert_cmpstr (code, ==, cases[i].code);
    }

  /* People by either order of their names; "Claire" alone is two people. */
  {
    g_autofree char *a = psl_match_value (staff, "DUPUY Claire");
    g_autofree char *b = psl_match_value (staff, "Mme Martin");
    g_autofree char *none = psl_match_value (staff, "Claire");

    g_assert_cmpstr (a, ==, "a");
    g_assert_cmpstr (b, ==, "b");
    g_assert_null (none);
  }
}

/* The user's choice for a value wins over the matching; "+" adds the
 * value to the list; choices are remembered for the same columns. */
static void
test_value_choices (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *text = "Raison sociale;Secteur;Code postal\n"
                     "A;Économie sociale;46100\nB;Économie sociale;46100\nC;Commerce;46100\nD;Bizarre;46100\n";
  g_autoptr(PslCsvTable) table = psl_csv_parse (text, strlen (text), &error);
  g_autoptr(PslImportMapping) mapping = psl_import_guess_mapping (table);
  g_autoptr(PslImportMapping) again = psl_import_guess_mapping (table);
  g_autoptr(GPtrArray) values = psl_import_distinct_values (f->store, table, mapping, 1);
  g_autoptr(PslImportReport) report = NULL;
  PslImportValue *first;

  /* Distinct values with their counts and what they matched by themselves. */
  g_assert_cmpuint (values->len, ==, 3);
  first = g_ptr_array_index (values, 0);
  g_assert_cmpstr (first->value, ==, "Économie sociale");
  g_assert_cmpuint (first->rows, ==, 2);
  g_assert_null (first->matched);
  g_assert_cmpstr (((PslImportValue *) values->pdata[1])->matched, ==, "tertiaire");

  psl_import_mapping_set_value (mapping, "sector", "Économie sociale", PSL_IMPORT_ADD_TO_LIST);
  psl_import_mapping_set_value (mapping, "sector", "Commerce", "btp");
  report = psl_import_companies (f->store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->imported, ==, 4);
  g_assert_cmpuint (report->to_check->len, ==, 1);
  /* One item added to the list for both rows. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM ref_item WHERE list_code = 'sector'"
                                             " AND label = 'Économie sociale'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company c JOIN ref_item i"
                                             " ON i.list_code = 'sector' AND i.code = c.sector"
                                             " WHERE i.label = 'Économie sociale'"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'C' AND sector = 'btp'"), ==, 1);

  g_assert_true (psl_import_mapping_remember (f->store, table, mapping, &error));
  g_assert_true (psl_import_mapping_recall (f->store, table, again));
  g_assert_cmpstr (psl_import_mapping_get_value (again, "sector", "Commerce"), ==, "btp");

  /* A mapping file that names a column the file does not have is refused. */
  g_assert_false (psl_import_mapping_apply_json (again, table, "{\"columns\": {\"SIRET\": \"identifier\"}}", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_import_mapping_apply_json (again, table, "{\"columns\": {\"Secteur\": \"deleted_at\"}}", &error));
  g_clear_error (&error);
  g_assert_false (psl_import_mapping_apply_json (again, table, "pas du json", &error));
  g_clear_error (&error);
  g_assert_true (psl_import_mapping_apply_json (again, table,
                 "{\"values\": {\"sector\": {\"Bizarre\": \"industrie\"}}}", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (psl_import_mapping_get_value (again, "sector", "Bizarre"), ==, "industrie");
}

/* Correcting the value clears the mark; the list filter shows the marked. */
static void
test_correcting_clears (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *path = write_csv (f->dir, f->rows);
  g_autoptr(PslImportReport) report = import_file (f->store, path, NULL);
  g_autofree char *id = psl_test_query_text (f->store,
    "SELECT record_id FROM import_review WHERE field = 'postcode'");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  PslCompanyFilter filter = { .to_check = TRUE };
  guint shown = 0;

  /* An invalid value typed in does not clear it; a valid one does. */
  g_assert_false (psl_company_set (f->store, id, "headcount", "beaucoup", &error));
  g_clear_error (&error);
  g_assert_true (psl_company_set (f->store, id, "postcode", "06100", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_import_review_count (f->store, "company"), ==, 5);

  list = psl_company_list_load (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      PslCompanyRow *row = g_ptr_array_index (list, i);

      shown += psl_company_row_matches (row, &filter, NULL);
      if (g_strcmp0 (psl_company_row_get_id (row), id) == 0)
        g_assert_false (psl_company_row_get_to_check (row));
    }
  g_assert_cmpuint (shown, ==, 5);

  /* A mark dismissed by hand goes too. */
  {
    g_autofree char *other = psl_test_query_text (f->store, "SELECT record_id FROM import_review WHERE field = 'sector'");

    g_assert_true (psl_import_review_clear (f->store, "company", other, NULL, &error));
    g_assert_cmpint (psl_import_review_count (f->store, "company"), ==, 4);
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add_func ("/import-files/value-matching", test_value_matching);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/import-files/legacy-csv", test_legacy_csv);
  ADD ("/import-files/legacy-xlsx", test_legacy_xlsx);
  ADD ("/import-files/legacy-ods", test_legacy_ods);
  ADD ("/import-files/renamed-workbook", test_renamed_workbook);
  ADD ("/import-files/bad-workbooks", test_bad_workbooks);
  ADD ("/import-files/csv-odd-encodings", test_csv_odd_encodings);
  ADD ("/import-files/title-and-totals", test_title_and_totals);
  ADD ("/import-files/value-choices", test_value_choices);
  ADD ("/import-files/correcting-clears", test_correcting_clears);
#undef ADD

  return g_test_run ();
}
