/* psl-cli.c — the headless sub-commands of the passerelle program */

#define G_LOG_DOMAIN "psl-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-format.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "demo", psl_cli_demo },
  { "export", psl_cli_export },
  { "import", psl_cli_import },
  { "report", psl_cli_report },
  { "sync", psl_cli_sync },
};

gboolean
psl_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

int
psl_cli_run (int    argc,
             char **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, argv[0]) == 0)
      return commands[i].run (argc, argv);
  return 2;
}

gboolean
psl_cli_period (const char  *from,
                const char  *to,
                char       **from_iso,
                char       **to_iso,
                GError     **error)
{
  g_autoptr(GDate) first = from != NULL ? psl_date_parse_user (from) : NULL;
  g_autoptr(GDate) last = to != NULL ? psl_date_parse_user (to) : NULL;

  if (first == NULL || last == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the period as dates, for example --from 01/01/2026 --to 31/12/2026."));
      return FALSE;
    }
  *from_iso = psl_date_to_iso (first);
  *to_iso = psl_date_to_iso (last);
  return TRUE;
}

char *
psl_cli_find_antenna (PslStore   *store,
                      const char *name,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id FROM site WHERE name = ?1 COLLATE NOCASE OR id = ?1;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return psl_column_dup (stmt, 0);
  /* Translators: %s is the antenna the user typed */
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("There is no antenna called “%s”."), name);
  return NULL;
}
