/* test-import-fuzz.c — damaged workbooks and CSV files through the reader
 * and the importer: thousands of seeded mutations of an XLSX sheet, its
 * shared strings, an ODS content and the zip bytes themselves.  Nothing
 * crashes, a file refused says why in words and leaves the database as it
 * was, a file taken adds only what it counts. */

#include "config.h"

#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "psl-import.h"
#include "psl-spreadsheet.h"
#include "psl-test.h"

#define ROUNDS_PER_KIND 700

static const char *ods_content =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
  "<table:table table:name=\"Entreprises\"><table:table-row>"
  "<table:table-cell office:value-type=\"string\"><text:p>Raison sociale</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"string\"><text:p>Code postal</text:p></table:table-cell>"
  "<table:table-cell office:value-type=\"string\"><text:p>Secteur</text:p></table:table-cell></table:table-row>"
  "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Garage du Causse</text:p>"
  "</table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"46100\"><text:p>46100</text:p>"
  "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p>BTP</text:p></table:table-cell>"
  "</table:table-row><table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
  "office:value-type=\"string\"><text:p>Boulangerie <text:s text:c=\"2\"/>Delmas</text:p></table:table-cell>"
  "<table:table-cell table:number-columns-repeated=\"2\"/></table:table-row>"
  "</table:table></office:spreadsheet></office:body></office:document-content>";

static const char *const inserts[] = {
  "<", ">", "&", "\"", "\xff", "\xc3", "</row>", "<row r=\"4294967295\">", "<c r=\"XFD1048576\"><v>1</v></c>",
  "<c r=\"A1\" t=\"s\"><v>99999</v></c>", "<c t=\"n\" s=\"9999\"><v>1e308</v></c>",
  " table:number-columns-repeated=\"99999999\"", " table:number-rows-repeated=\"99999999\"",
  "<table:table-cell office:value-type=\"date\" office:date-value=\"x\"/>",
  "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "<si><t>", "</si>", "\0",
};

static void
mutate (GByteArray *data,
        GRand      *rand)
{
  guint at = data->len > 0 ? g_rand_int_range (rand, 0, data->len) : 0;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      if (data->len > 0)
        data->data[at] = (guint8) g_rand_int_range (rand, 0, 256);
      break;
    case 1:
      {
        const char *what = inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))];

        psl_test_insert_bytes (data, at, what, *what == '\0' ? 1 : strlen (what));
      }
      break;
    case 2:
      g_byte_array_set_size (data, at);
      break;
    default:
      {
        guint length = g_rand_int_range (rand, 1, 60);

        g_byte_array_remove_range (data, at, MIN (length, data->len - at));
      }
      break;
    }
}

/* Every member of an archive, by name. */
static GHashTable *
read_members (const char *path)
{
  GHashTable *members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_byte_array_unref);
  int code = 0;
  zip_t *archive = zip_open (path, ZIP_RDONLY, &code);

  g_assert_nonnull (archive);
  for (zip_int64_t i = 0; i < zip_get_num_entries (archive, 0); i++)
    {
      zip_stat_t st;
      zip_file_t *file;
      GByteArray *bytes = g_byte_array_new ();

      g_assert_cmpint (zip_stat_index (archive, i, 0, &st), ==, 0);
      file = zip_fopen_index (archive, i, 0);
      g_byte_array_set_size (bytes, st.size);
      g_assert_cmpint (zip_fread (file, bytes->data, st.size), ==, (zip_int64_t) st.size);
      zip_fclose (file);
      g_hash_table_insert (members, g_strdup (st.name), bytes);
    }
  zip_discard (archive);
  return members;
}

static void
write_members (const char *path,
               GHashTable *members)
{
  GHashTableIter iter;
  gpointer name, bytes;
  int code = 0;
  zip_t *archive = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);

  g_assert_nonnull (archive);
  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &name, &bytes))
    {
      GByteArray *b = bytes;
      zip_source_t *source = zip_source_buffer (archive, g_memdup2 (b->data, b->len), b->len, 1);

      g_assert_cmpint (zip_file_add (archive, name, source, ZIP_FL_OVERWRITE), >=, 0);
    }
  g_assert_cmpint (zip_close (archive), ==, 0);
}

static char *
valid_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "valid.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Entreprises");
  lxw_format *date = workbook_add_format (workbook);

  format_set_num_format (date, "dd/mm/yyyy");
  worksheet_write_string (sheet, 0, 0, "Raison sociale", NULL);
  worksheet_write_string (sheet, 0, 1, "Code postal", NULL);
  worksheet_write_string (sheet, 0, 2, "Date du premier contact", NULL);
  for (guint r = 1; r <= 5; r++)
    {
      g_autofree char *name = g_strdup_printf ("Entreprise %u", r);

      worksheet_write_string (sheet, r, 0, name, NULL);
      worksheet_write_number (sheet, r, 1, 46100, NULL);
      worksheet_write_number (sheet, r, 2, 43536 + r, date);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static char *
digest (PslStore *store)
{
  return psl_test_query_text (store, "SELECT (SELECT count(*) FROM company) || '/' ||"
                                     " (SELECT count(*) FROM import_review) || '/' ||"
                                     " (SELECT count(*) FROM ref_item) || '/' ||"
                                     " (SELECT coalesce(max(updated_at), '') FROM company)");
}

typedef struct
{
  guint refused;
  guint accepted;
} Counts;

/* Reads and imports path: a refusal changes nothing, an import adds what it says. */
static void
try_file (PslStore   *store,
          const char *path,
          guint       round,
          Counts     *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCsvTable) table = psl_spreadsheet_read_file (path, NULL, &error);
  g_autoptr(PslImportMapping) mapping = NULL;
  g_autoptr(PslImportReport) report = NULL;
  g_autofree char *before = digest (store);
  g_autofree char *after = NULL;
  gint64 firms = psl_test_count (store, "SELECT count(*) FROM company");

  if (table != NULL)
    {
      mapping = psl_import_guess_mapping (table);
      report = psl_import_records (store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, &error);
    }
  if (report == NULL)
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (strlen (error->message), >, 10);
      after = digest (store);
      if (g_strcmp0 (before, after) != 0)
        g_error ("round %u: refused (%s) but the database changed", round, error->message);
      counts->refused++;
      return;
    }
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company"), ==, firms + report->imported);
  counts->accepted++;
}

static void
test_fuzz (PslTestFixture *f,
           gconstpointer   unused)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autofree char *xlsx = valid_xlsx (f->dir);
  g_autofree char *path = g_build_filename (f->dir, "damaged", NULL);
  g_autoptr(GHashTable) members = read_members (xlsx);
  g_autofree char *raw_xlsx = NULL;
  gsize raw_length = 0;
  const char *xlsx_parts[] = { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                               "xl/styles.xml", "xl/_rels/workbook.xml.rels" };
  Counts counts[4] = { { 0 } };

  g_assert_true (g_file_get_contents (xlsx, &raw_xlsx, &raw_length, NULL));

  for (guint round = 0; round < ROUNDS_PER_KIND; round++)
    {
      /* 1. A part of the XLSX damaged, then zipped again. */
      {
        const char *part = xlsx_parts[g_rand_int_range (rand, 0, G_N_ELEMENTS (xlsx_parts))];
        GByteArray *original = g_hash_table_lookup (members, part);
        g_autoptr(GHashTable) copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_byte_array_unref);
        GByteArray *damaged = g_byte_array_new ();
        GHashTableIter iter;
        gpointer name, bytes;

        g_assert_nonnull (original);
        g_hash_table_iter_init (&iter, members);
        while (g_hash_table_iter_next (&iter, &name, &bytes))
          g_hash_table_insert (copy, g_strdup (name), g_byte_array_ref (bytes));
        g_byte_array_append (damaged, original->data, original->len);
        for (guint i = g_rand_int_range (rand, 1, 4); i > 0; i--)
          mutate (damaged, rand);
        g_hash_table_insert (copy, g_strdup (part), damaged);
        write_members (path, copy);
        try_file (f->store, path, round, &counts[0]);
      }

      /* 2. The ODS content damaged. */
      {
        g_autoptr(GHashTable) ods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_byte_array_unref);
        GByteArray *content = g_byte_array_new ();
        GByteArray *mimetype = g_byte_array_new ();

        g_byte_array_append (mimetype, (const guint8 *) "application/vnd.oasis.opendocument.spreadsheet", 46);
        g_byte_array_append (content, (const guint8 *) ods_content, strlen (ods_content));
        for (guint i = g_rand_int_range (rand, 1, 4); i > 0; i--)
          mutate (content, rand);
        g_hash_table_insert (ods, g_strdup ("mimetype"), mimetype);
        g_hash_table_insert (ods, g_strdup ("content.xml"), content);
        write_members (path, ods);
        try_file (f->store, path, round, &counts[1]);
      }

      /* 3. The zip's own bytes damaged. */
      {
        g_autoptr(GByteArray) bytes = g_byte_array_new ();

        g_byte_array_append (bytes, (const guint8 *) raw_xlsx, raw_length);
        mutate (bytes, rand);
        g_assert_true (g_file_set_contents (path, (const char *) bytes->data, bytes->len, NULL));
        try_file (f->store, path, round, &counts[2]);
      }
    }

  /* Each way was taken, many times: files read, files refused (most
   * damage breaks the XML or the zip's checksums, and is refused). */
  for (guint k = 0; k < 3; k++)
    {
      g_test_message ("kind %u: %u accepted, %u refused", k, counts[k].accepted, counts[k].refused);
      g_assert_cmpuint (counts[k].accepted, >=, 10);
      g_assert_cmpuint (counts[k].refused, >=, 100);
    }
}

int
main (int    argc,
      char **argv)
{
  psl_test_init (&argc, &argv);
  g_test_add ("/import-fuzz/workbooks", PslTestFixture, NULL, psl_test_fixture_setup, test_fuzz,
              psl_test_fixture_teardown);
  return g_test_run ();
}
