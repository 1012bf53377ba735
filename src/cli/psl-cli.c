/* psl-cli.c — the headless sub-commands of the passerelle program */

#define G_LOG_DOMAIN "psl-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-date-span.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "privacy/psl-privacy-key.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "demo", psl_cli_demo },
  { "diagnostic", psl_cli_diagnostic },
  { "export", psl_cli_export },
  { "import", psl_cli_import },
  { "privacy", psl_cli_privacy },
  { "report", psl_cli_report },
  { "share", psl_cli_share },
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

/* --key-file F, which every command takes, is taken out of argv here:
 * the structure key then comes from F rather than a keyring. */
static int
take_key_file (int    argc,
               char **argv)
{
  int kept = 0;

  for (int i = 0; i < argc; i++)
    {
      const char *file = NULL;

      if (g_strcmp0 (argv[i], "--key-file") == 0 && i + 1 < argc)
        file = argv[++i];
      else if (g_str_has_prefix (argv[i], "--key-file="))
        file = argv[i] + strlen ("--key-file=");
      else
        {
          argv[kept++] = argv[i];
          continue;
        }
      psl_privacy_set_key_file (file);
      /* Translators: %s is a file */
      g_printerr (_("The structure key is read from “%s”, not from a keyring.\n"), file);
    }
  argv[kept] = NULL;
  return kept;
}

int
psl_cli_run (int    argc,
             char **argv)
{
  argc = take_key_file (argc, argv);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, argv[0]) == 0)
      return commands[i].run (argc, argv);
  return 2;
}

void
psl_cli_fail (const char *command,
              const char *format,
              ...)
{
  va_list args;
  g_autofree char *message = (va_start (args, format), g_strdup_vprintf (format, args));

  va_end (args);
  /* Translators: the start of a command's message: %1$s is the command
   * (report, export…), %2$s the message; French puts a space before the colon */
  g_printerr (_("passerelle %1$s: %2$s\n"), command, g_strchomp (message));
}

/* Each option's text as given, in pairs of the option's name and its
 * value (NULL when not given), ended by NULL: FALSE, said, when one is
 * longer than PSL_CLI_TEXT_MAX characters. */
gboolean
psl_cli_texts_fit (const char *command,
                   ...)
{
  const char *option;
  gboolean fit = TRUE;
  va_list args;

  va_start (args, command);
  while (fit && (option = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      if (value != NULL && g_utf8_strlen (value, PSL_CLI_TEXT_MAX * 4 + 4) > PSL_CLI_TEXT_MAX)
        {
          /* Translators: %1$s is an option (--signatory), %2$d a number of characters */
          psl_cli_fail (command, _("%1$s is too long: %2$d characters at most."), option, PSL_CLI_TEXT_MAX);
          fit = FALSE;
        }
    }
  va_end (args);
  return fit;
}

/* Whether path ends in ending, in any case (CARTE.PNG as carte.png). */
gboolean
psl_cli_has_ending (const char *path,
                    const char *ending)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ending) && strlen (lower) > strlen (ending);
}

/* The first word of argv that is neither an option nor an option's
 * value: the window takes none, so it is a command mistyped. */
const char *
psl_cli_stray_word (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--database") == 0 || g_strcmp0 (argv[i], "-d") == 0)
        i++;
      else if (argv[i][0] != '-')
        return argv[i];
    }
  return NULL;
}

gboolean
psl_cli_period (const char  *from,
                const char  *to,
                char       **from_iso,
                char       **to_iso,
                GError     **error)
{
  PslDateSpan period = { NULL };
  PslDateSpanCheck check = psl_date_span_parse (from, to, &period);

  if (check & (PSL_DATE_SPAN_BAD_FROM | PSL_DATE_SPAN_BAD_TO))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the period as dates, for example --from 01/01/2026 --to 31/12/2026."));
      return FALSE;
    }
  if (check == PSL_DATE_SPAN_REVERSED)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The period ends before it starts: give its first day with --from and its last "
                             "with --to, for example --from 01/01/2026 --to 31/12/2026."));
      return FALSE;
    }
  *from_iso = period.from;
  *to_iso = period.to;
  return TRUE;
}

char *
psl_cli_find_antenna (PslStore   *store,
                      const char *name,
                      GError    **error)
{
  return psl_installation_find_site (store, name, error);
}
