/* psl-cli-demo.c — passerelle demo [--large] [--force] FILE */

#define G_LOG_DOMAIN "psl-cli-demo"

#include "config.h"

#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-cli.h"
#include "psl-demo.h"
#include "psl-format.h"

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  /* Progress only for a person watching, not in logs. */
  if (isatty (STDERR_FILENO))
    g_printerr ("\r%s %3d %%", (const char *) user_data, (int) (fraction * 100));
}

static gboolean
remove_database (const char *path,
                 GError    **error)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (file, G_FILE_TEST_EXISTS) && g_unlink (file) != 0)
        {
          int saved = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("“%s” cannot be removed: %s."), file, g_strerror (saved));
          return FALSE;
        }
    }
  return TRUE;
}

int
psl_cli_demo (int    argc,
              char **argv)
{
  gboolean large = FALSE, force = FALSE;
  GOptionEntry entries[] = {
    { "large", 0, 0, G_OPTION_ARG_NONE, &large,
      N_("Make the large file of the benchmarks (20,000 firms, 2,000,000 interactions)"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace FILE if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — fill a new database with demonstration data"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autofree char *today = psl_today_iso ();
  PslDemoSize size;
  gint64 started;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("passerelle demo: %s\n", error->message);
      return 2;
    }

  if (argc != 2)
    {
      g_printerr (_("passerelle demo: give the file to create, for example: passerelle demo demo.db\n"));
      return 2;
    }

  if (g_stat (argv[1], &st) == 0 && st.st_size > 0)
    {
      if (!force)
        {
          g_printerr (_("passerelle demo: “%s” already exists and was left as it was; "
                        "add --force to replace it.\n"), argv[1]);
          return 1;
        }
      if (!remove_database (argv[1], &error))
        {
          g_printerr ("passerelle demo: %s\n", error->message);
          return 1;
        }
    }

  store = psl_store_open (argv[1], PSL_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("passerelle demo: %s\n", error->message);
      return 1;
    }

  if (large)
    psl_demo_size_large (&size);
  else
    psl_demo_size_default (&size);

  started = g_get_monotonic_time ();
  if (!psl_demo_generate (store, &size, today, on_progress_cb, (gpointer) argv[1], &error))
    {
      g_printerr ("\npasserelle demo: %s\n", error->message);
      return 1;
    }
  if (isatty (STDERR_FILENO))
    g_printerr ("\n");

  g_print (_("%s: %u firms, %u contacts, %u people, %u interactions, %u placements in %.1f s\n"),
           argv[1], size.companies, size.contacts, size.people, size.interactions, size.placements,
           (g_get_monotonic_time () - started) / 1e6);
  return 0;
}
