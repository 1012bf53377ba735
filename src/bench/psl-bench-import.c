/* psl-bench-import.c — bringing a structure's files in: 20,000 firms from
 * an XLSX workbook and 100,000 people from a CSV file into a new base,
 * each beside its floor measured in the same run (the same rows inserted
 * in bare SQLite, one transaction). */

#include "config.h"

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "psl-bench.h"
#include "psl-store-open.h"
#include "psl-ident.h"
#include "psl-import.h"
#include "psl-spreadsheet.h"

#define FIRMS 20000
#define PEOPLE 100000

static double
since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Firms as an office keeps them: names, SIRETs (one in fifty mistyped),
 * postcodes as numbers, sectors in the office's own words. */
static void
write_firms (const char *path)
{
  const char *sectors[] = { "BTP", "Tertiaire (commerce, administratif)", "Hôtellerie", "Transport",
                            "Industrie", "Services à la personne", "Économie sociale" };
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Entreprises");
  const char *header[] = { "Raison sociale", "SIRET", "Code postal", "Ville", "Secteur", "Effectif" };

  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    worksheet_write_string (sheet, 0, c, header[c], NULL);
  for (guint i = 1; i <= FIRMS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Entreprise %05u", i);
      g_autofree char *base = g_strdup_printf ("8%08u0%04u", i, i % 10000);
      g_autofree char *siret = g_strdup_printf ("%s%c", base, psl_ident_luhn_digit (base));

      if (i % 50 == 0)
        siret[13] = siret[13] == '9' ? '0' : siret[13] + 1;
      worksheet_write_string (sheet, i, 0, name, NULL);
      worksheet_write_string (sheet, i, 1, siret, NULL);
      worksheet_write_number (sheet, i, 2, 46000 + i % 300, NULL);
      worksheet_write_string (sheet, i, 3, "Figeac", NULL);
      worksheet_write_string (sheet, i, 4, sectors[i % G_N_ELEMENTS (sectors)], NULL);
      worksheet_write_number (sheet, i, 5, i % 250, NULL);
    }
  workbook_close (workbook);
}

static void
write_people (const char *path)
{
  GString *text = g_string_new ("Nom;Prénom;Date de naissance;Date d'entrée;Phase\n");

  for (guint i = 1; i <= PEOPLE; i++)
    g_string_append_printf (text, "Nom%06u;Prénom%u;%02u/%02u/%u;%02u/%02u/%u;%s\n", i, i % 97,
                            1 + i % 28, 1 + i % 12, 1960 + i % 45, 1 + i % 28, 1 + i % 12, 2015 + i % 10,
                            i % 3 == 0 ? "Emploi" : "Orientation");
  g_file_set_contents (path, text->str, text->len, NULL);
  g_string_free (text, TRUE);
}

static gboolean
import_file (const char    *db_path,
             const char    *path,
             PslImportKind  kind,
             double        *read_ms,
             double        *import_ms,
             guint         *imported,
             GError       **error)
{
  g_autoptr(PslStore) store = psl_store_open (db_path, PSL_STORE_OPEN_DEFAULT, error);
  g_autoptr(PslCsvTable) table = NULL;
  g_autoptr(PslImportMapping) mapping = NULL;
  g_autoptr(PslImportReport) report = NULL;
  gint64 t0 = g_get_monotonic_time ();

  if (store == NULL || (table = psl_spreadsheet_read_file (path, NULL, error)) == NULL)
    return FALSE;
  *read_ms = since (t0);
  mapping = psl_import_guess_mapping_for (table, kind);
  t0 = g_get_monotonic_time ();
  report = psl_import_records (store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, error);
  *import_ms = since (t0);
  if (report == NULL)
    return FALSE;
  *imported = report->imported;
  return TRUE;
}

void
psl_bench_import (JsonBuilder *b)
{
  g_autofree char *dir = g_dir_make_tmp ("passerelle-bench-import-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "entreprises.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "personnes.csv", NULL);
  g_autofree char *db_path = g_build_filename (dir, "base.db", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.db", NULL);
  g_autoptr(GError) error = NULL;
  double firms_read = 0, firms_import = 0, people_read = 0, people_import = 0, floor_firms, floor_people;
  guint firms = 0, people = 0;

  write_firms (xlsx);
  write_people (csv);
  if (!import_file (db_path, xlsx, PSL_IMPORT_FIRMS, &firms_read, &firms_import, &firms, &error) ||
      !import_file (db_path, csv, PSL_IMPORT_PEOPLE, &people_read, &people_import, &people, &error))
    {
      g_printerr ("passerelle-bench: import: %s\n", error->message);
      goto out;
    }
  floor_firms = psl_floor_insert_rows (floor_path, PSL_FLOOR_ROWS_FIRMS, FIRMS);
  floor_people = psl_floor_insert_rows (floor_path, PSL_FLOOR_ROWS_PEOPLE, PEOPLE);

  json_builder_set_member_name (b, "import");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "firms_from_xlsx");
  json_builder_add_int_value (b, firms);
  json_builder_set_member_name (b, "firms_read_xlsx_ms");
  psl_bench_add_rounded (b, firms_read);
  json_builder_set_member_name (b, "firms_import_ms");
  psl_bench_add_rounded (b, firms_import);
  json_builder_set_member_name (b, "firms_total_ms");
  psl_bench_add_rounded (b, firms_read + firms_import);
  json_builder_set_member_name (b, "firms_target_ms");
  psl_bench_add_rounded (b, 5000);
  json_builder_set_member_name (b, "floor_bare_sqlite_firms_ms");
  psl_bench_add_rounded (b, floor_firms);
  json_builder_set_member_name (b, "people_from_csv");
  json_builder_add_int_value (b, people);
  json_builder_set_member_name (b, "people_read_ms");
  psl_bench_add_rounded (b, people_read);
  json_builder_set_member_name (b, "people_import_ms");
  psl_bench_add_rounded (b, people_import);
  json_builder_set_member_name (b, "people_total_ms");
  psl_bench_add_rounded (b, people_read + people_import);
  json_builder_set_member_name (b, "people_target_ms");
  psl_bench_add_rounded (b, 20000);
  json_builder_set_member_name (b, "floor_bare_sqlite_people_ms");
  psl_bench_add_rounded (b, floor_people);
  json_builder_end_object (b);

out:
  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", dir, NULL }, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, NULL, NULL);
}
