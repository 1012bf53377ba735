/* main.c — the passerelle program: the window by default, sub-commands for headless work */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "psl-application.h"
#include "psl-cli.h"

static void
setup_i18n (gboolean documents)
{
  /* PASSERELLE_LOCALEDIR lets the program run translated from its build tree. */
  const char *localedir = g_getenv ("PASSERELLE_LOCALEDIR");
  const char *messages;

  /* Printed documents speak the structure's language, French (in France
   * and in Belgium alike), whatever the desktop's: a funder's report
   * with English headings over French labels reads as a mistake.  Set
   * before the first message is translated; a "C" locale would make
   * gettext ignore LANGUAGE, so messages then take C.UTF-8. */
  if (documents)
    g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (documents && (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  /* French said in ASCII loses its accents ("p?riode"): the messages of
   * those commands are then written in UTF-8. */
  messages = setlocale (LC_CTYPE, NULL);
  if (documents && (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    setlocale (LC_CTYPE, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PslApplication) app = NULL;

  /* The reports, and the people's rights with the audit journal and the
   * record of processing, are documents for the structure. */
  setup_i18n (argc > 1 && (g_strcmp0 (argv[1], "report") == 0 || g_strcmp0 (argv[1], "privacy") == 0));

  /* Sub-commands never touch the display. */
  if (argc > 1 && psl_cli_is_command (argv[1]))
    return psl_cli_run (argc - 1, argv + 1);
  /* The window takes no word: rather than try a display for a mistyped
   * command, say so. */
  if (psl_cli_stray_word (argc, argv) != NULL)
    {
      /* Translators: %s is what the user typed */
      g_printerr (_("passerelle: there is no command called “%s”; passerelle --help lists them.\n"),
                  psl_cli_stray_word (argc, argv));
      return 2;
    }

  psl_application_choose_renderer ();
  app = psl_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
