/* psl-cli-diagnostic.c — passerelle diagnostic export|import|grid: the Annexe 3 diagnostic between structures
 *
 *   passerelle diagnostic export --output F.psl-diag [--database DB]
 *   passerelle diagnostic import F.psl-diag… [--database DB]
 *   passerelle diagnostic grid GRID.json [--database DB]
 *
 * Exit status: 0 done, 1 a file or the database could not be used (each
 * file imported or refused is said on its own line), 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-diagnostic"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "psl-diagnostic.h"

static int
run_export (const char *database,
            const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  if (output == NULL || !psl_cli_has_ending (output, ".psl-diag"))
    {
      psl_cli_fail ("diagnostic", _("give the file to write with --output, ending in .psl-diag."));
      return 2;
    }
  if ((store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL
      || !psl_diagnostic_export (store, output, &error))
    {
      psl_cli_fail ("diagnostic", "%s", error->message);
      return 1;
    }
  return 0;
}

static int
run_import (const char  *database,
            int          argc,
            char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  int status = 0;

  if (argc < 3)
    {
      psl_cli_fail ("diagnostic", _("give the files of the other structures to import."));
      return 2;
    }
  if ((store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL)
    {
      psl_cli_fail ("diagnostic", "%s", error->message);
      return 1;
    }
  for (int i = 2; i < argc; i++)
    {
      g_autofree char *name = NULL;
      gboolean replaced = FALSE;

      if (!psl_diagnostic_import (store, argv[i], &name, &replaced, &error))
        {
          psl_cli_fail ("diagnostic", "%s", error->message);
          g_clear_error (&error);
          status = 1;
        }
      else if (replaced)
        /* Translators: %s is the name of a structure */
        g_print (_("The answers of “%s” replace those imported before.\n"), name);
      else
        g_print (_("The answers of “%s” are imported.\n"), name);
    }
  return status;
}

static int
run_grid (const char  *database,
          int          argc,
          char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslDiagnosticGrid) grid = NULL;

  if (argc != 3)
    {
      psl_cli_fail ("diagnostic", _("give the one grid file to load."));
      return 2;
    }
  if ((store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL
      || (grid = psl_diagnostic_grid_install_file (store, argv[2], &error)) == NULL)
    {
      psl_cli_fail ("diagnostic", "%s", error->message);
      return 1;
    }
  /* Translators: %s is the grid's title, %u its version, %u its number of questions */
  g_print (_("The grid “%s”, version %u, is loaded: %u questions.\n"), grid->title, grid->version,
           grid->questions->len);
  return 0;
}

int
psl_cli_diagnostic (int    argc,
                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, N_("The database of the structure"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE.psl-diag") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("export|import|grid — the diagnostic of the employer-relations service between structures"));
  g_autoptr(GError) error = NULL;
  const char *verb;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("  export  the structure’s consolidated answers, for the coordinating structure\n"
                                  "  import  the files of other structures, to compare them side by side\n"
                                  "  grid    load a later grid, or another funder’s, from its file"));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("diagnostic", "%s", error->message);
      return 2;
    }
  verb = argc > 1 ? argv[1] : "";
  if (g_strcmp0 (verb, "export") == 0 && argc == 2)
    return run_export (database, output);
  if (g_strcmp0 (verb, "import") == 0)
    return run_import (database, argc, argv);
  if (g_strcmp0 (verb, "grid") == 0)
    return run_grid (database, argc, argv);
  if (g_strcmp0 (verb, "export") == 0)
    psl_cli_fail ("diagnostic", _("unexpected “%s”."), argv[2]);
  else
    psl_cli_fail ("diagnostic", _("unknown action “%s”: export, import or grid."), verb);
  return 2;
}
