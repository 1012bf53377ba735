/* psl-cli-import.c — passerelle import firms|contacts|people|journal FILE.csv|.xlsx|.ods [--sheet NAME] [--mapping FILE.json]
 *                   [--database DB] [--duplicates merge|skip] [--dry-run]
 *
 *        passerelle import undo [--database DB]
 *
 * Exit status: 0 every row came in clean, 3 some rows came in with values
 * kept to check or were left out (one line each), 1 nothing imported
 * because the file or the database could not be used, 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-import"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "psl-import.h"
#include "psl-import-undo.h"
#include "psl-spreadsheet.h"

/* passerelle import undo --database DB: the last import of the last 24
 * hours undone; 1 with the reason when there is none to undo. */
static int
undo_last (const char *database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = database != NULL ? g_strdup (database) : psl_store_default_path ();
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslImportRun) run = NULL;
  g_autofree char *what = NULL;
  guint removed = 0, restored = 0;

  /* No database made only to say there is nothing in it. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a database file */
      psl_cli_fail ("import", _("No import to undo: there is no database “%s”."), path);
      return 1;
    }
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      psl_cli_fail ("import", "%s", error->message);
      return 1;
    }
  run = psl_import_last_run (store, &error);
  if (run == NULL)
    {
      psl_cli_fail ("import", "%s", error != NULL ? error->message
                                                  : _("No import to undo: no list has been imported into this database."));
      return 1;
    }
  what = psl_import_run_describe (run);
  if (run->refusal != NULL)
    {
      /* Translators: %1$s is why the last import cannot be undone, %2$s that import */
      psl_cli_fail ("import", _("the last import cannot be undone. %1$s\nLast import: %2$s"), run->refusal, what);
      return 1;
    }
  if (!psl_import_undo (store, run->id, &removed, &restored, &error))
    {
      psl_cli_fail ("import", "%s", error->message);
      return 1;
    }
  /* Translators: %s is the import undone */
  g_print (_("Import undone: %s\n"), what);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u record removed\n", "%u records removed\n", removed),
           removed);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u record given back the fields it had before\n",
                        "%u records given back the fields they had before\n", restored),
           restored);
  return 0;
}

int
psl_cli_import (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *mapping_path = NULL;
  g_autofree char *mapping_json = NULL;
  g_autofree char *basename = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("The sheet of the workbook to read (the first one by default)"), N_("NAME") },
    { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &mapping_path,
      N_("The columns and list values chosen (JSON: {\"columns\": {\"Title\": \"field\"}, \"values\": {\"sector\": {\"Value\": \"code\"}}})"),
      N_("FILE") },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, N_("The database to import into"), N_("FILE") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates,
      N_("What to do with a record already in the database: “merge” fills its empty fields (the default), “skip” leaves it"),
      "merge|skip" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and count, but save nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("firms|contacts|people|journal FILE — import firms, their contacts, the people followed or the journal of exchanges from a CSV, XLSX or ODS file"));
  const char *description = _("passerelle import undo --database DB undoes the last import of the last 24 hours: "
                              "the records it made are removed, the fields it filled emptied again.");
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslCsvTable) table = NULL;
  g_autoptr(PslImportMapping) mapping = NULL;
  g_autoptr(PslImportReport) report = NULL;
  PslImportDuplicates policy = PSL_IMPORT_DUPLICATES_MERGE;
  PslImportKind kind = PSL_IMPORT_FIRMS;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context, description);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("import", "%s", error->message);
      return 2;
    }

  if (!psl_cli_texts_fit ("import", "--duplicates", duplicates, "--sheet", sheet, NULL))
    return 2;
  if (argc == 2 && g_strcmp0 (argv[1], "undo") == 0)
    return undo_last (database);
  if (argc != 3 || !psl_import_kind_from_name (argv[1], &kind))
    {
      psl_cli_fail ("import", _("usage: passerelle import firms|contacts|people|journal FILE.csv|.xlsx|.ods "
                                "[--sheet NAME] [--mapping FILE.json] [--database DB], "
                                "or passerelle import undo [--database DB]"));
      return 2;
    }

  if (duplicates != NULL && g_strcmp0 (duplicates, "skip") == 0)
    policy = PSL_IMPORT_DUPLICATES_SKIP;
  else if (duplicates != NULL && g_strcmp0 (duplicates, "merge") != 0)
    {
      psl_cli_fail ("import", _("--duplicates is “merge” or “skip”."));
      return 2;
    }

  table = psl_spreadsheet_read_file (argv[2], sheet, &error);
  if (table == NULL)
    {
      psl_cli_fail ("import", "%s: %s", argv[2], error->message);
      return 1;
    }
  if (mapping_path != NULL && !g_file_get_contents (mapping_path, &mapping_json, NULL, &error))
    {
      psl_cli_fail ("import", "%s", error->message);
      return 1;
    }

  store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      psl_cli_fail ("import", "%s", error->message);
      return 1;
    }

  /* The choices of the last file with the same columns, then the file given. */
  mapping = psl_import_guess_mapping_for (table, kind);
  psl_import_mapping_recall (store, table, mapping);
  if (mapping_json != NULL && !psl_import_mapping_apply_json (mapping, table, mapping_json, &error))
    {
      psl_cli_fail ("import", "%s: %s", mapping_path, error->message);
      return 1;
    }
  basename = g_path_get_basename (argv[2]);
  mapping->source = g_strdup (basename);
  report = psl_import_records (store, table, mapping, policy, dry_run, &error);
  if (report == NULL)
    {
      psl_cli_fail ("import", "%s", error->message);
      return 1;
    }

  if (!dry_run && mapping_json != NULL)
    psl_import_mapping_remember (store, table, mapping, NULL);

  g_print (_("%u imported, %u merged, %u skipped, %u to check, %u left out%s\n"),
           report->imported, report->merged, report->skipped, report->to_check->len, report->rejected->len,
           dry_run ? _(" (nothing saved: --dry-run)") : "");
  for (guint i = 0; i < report->to_check->len; i++)
    {
      PslImportRejection *r = g_ptr_array_index (report->to_check, i);

      /* Translators: a row imported with values to check: %u is its line, %s the firm and why */
      g_print (_("line %u: %s\n"), r->line, r->reason);
    }
  for (guint i = 0; i < report->rejected->len; i++)
    {
      PslImportRejection *r = g_ptr_array_index (report->rejected, i);

      /* Translators: a row left out of an imported file: %u is its line, %s why */
      g_print (_("line %u: %s\n"), r->line, r->reason);
    }

  return report->rejected->len > 0 || report->to_check->len > 0 ? 3 : 0;
}
