/* psl-cli.c — the headless sub-commands of the passerelle program */

#define G_LOG_DOMAIN "psl-cli"

#include "config.h"

#include "psl-cli.h"

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
