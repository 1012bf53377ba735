/* psl-cli-export.c — passerelle export calendar [--staff NAME] [--until DATE] --output FILE.ics [--database DB]
 * (and export map, in psl-cli-map.c)
 *
 * A counsellor's coming follow-ups and appointments for their diary, with
 * no display.  Exit status: 0 written, 1 the data or the file could not be
 * used, 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-export"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-calendar-export.h"
#include "psl-store-open.h"
#include "psl-cli.h"
#include "psl-format.h"
#include "psl-portfolio.h"

int
psl_cli_export (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *until = NULL;
  gboolean full_names = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, N_("The database to read"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE.ics") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("Whose appointments (the whole team without it)"), N_("NAME") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("The last day (three months from today without it)"),
      N_("DD/MM/YYYY") },
    { "full-names", 0, 0, G_OPTION_ARG_NONE, &full_names,
      N_("Name people in full, with what is due and the firm, rather than by their initials and the kind of "
         "appointment only (the diary may be synchronised outside)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("calendar — export the coming follow-ups as an iCalendar file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *last = NULL;
  g_autofree char *staff_id = NULL;
  guint n_events = 0;

  if (argc >= 2 && g_strcmp0 (argv[1], "map") == 0)
    return psl_cli_export_map (argc, argv);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("export", "%s", error->message);
      return 2;
    }
  if (!psl_cli_texts_fit ("export", "--staff", staff, "--until", until, NULL))
    return 2;
  if (argc != 2 || g_strcmp0 (argv[1], "calendar") != 0 || output == NULL)
    {
      psl_cli_fail ("export", _("usage: passerelle export calendar [--staff NAME] [--until DATE] "
                    "--output FILE.ics"));
      return 2;
    }
  /* An iCalendar file named .pdf would open in the wrong program, or not at all. */
  if (!psl_cli_has_ending (output, ".ics"))
    {
      psl_cli_fail ("export", _("the calendar is written as iCalendar: the file name must end in .ics."));
      return 2;
    }
  if (until != NULL)
    {
      g_autoptr(GDate) date = psl_date_parse_user (until);

      if (date == NULL)
        {
          /* Translators: %s is what was typed */
          psl_cli_fail ("export", _("“%s” is not a date: write it as 31/12/2026."), until);
          return 2;
        }
      last = psl_date_to_iso (date);
    }
  else
    {
      g_autoptr(GDate) date = psl_date_parse (today);

      g_date_add_months (date, 3);
      last = psl_date_to_iso (date);
    }

  /* Read only, but for full names, which the audit journal keeps. */
  store = psl_store_open (database, full_names ? PSL_STORE_OPEN_DEFAULT : PSL_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL
      || (staff != NULL && (staff_id = psl_portfolio_find_member (store, staff, &error)) == NULL)
      || !psl_calendar_export_file (store, staff_id, today, last, full_names, output, &n_events, &error))
    {
      psl_cli_fail ("export", "%s", error->message);
      return 1;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u event written to %s\n", "%u events written to %s\n", n_events),
           n_events, output);
  return 0;
}
