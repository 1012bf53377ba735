/* psl-cli-sync.c — passerelle sync [init|join|status|retire] --folder DIR --passphrase-file F --database DB
 *
 * Exit status: 0 all went through, 3 something waits or was refused (said
 * line by line), 1 nothing could be done (the folder, the passphrase or
 * the database), 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-status.h"

typedef struct
{
  char *database;
  char *folder;
  char *passphrase_file;
  char *site;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->database);
  g_free (o->folder);
  g_free (o->passphrase_file);
  g_free (o->site);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
fail (GError *error)
{
  psl_cli_fail ("sync", "%s", error->message);
  return 1;
}

static char *
passphrase (Options *o,
            GError **error)
{
  if (o->passphrase_file == NULL)
    {
      g_set_error_literal (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_PASSPHRASE,
                           _("Give the file that holds the structure's passphrase (--passphrase-file)."));
      return NULL;
    }
  return psl_sync_read_passphrase (o->passphrase_file, error);
}

static void
print_report (PslSyncReport *report)
{
  g_print (_("Sent: %u files (%u changes).\n"), report->files_sent, report->changes_sent);
  g_print (_("Applied: %u files (%u changes).\n"), report->files_applied, report->changes_applied);
  if (report->merged > 0)
    g_print (_("Firms created at two sites and merged: %u.\n"), report->merged);
  g_print (_("Concurrent edits: %u.\n"), report->conflicts);
  for (guint i = 0; i < report->refused->len; i++)
    g_print (_("Refused: %s\n"), (char *) g_ptr_array_index (report->refused, i));
  for (guint i = 0; i < report->waiting->len; i++)
    g_print (_("Waiting: %s\n"), (char *) g_ptr_array_index (report->waiting, i));
}

static int
run_init (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autofree char *phrase = passphrase (o, &error);

  if (phrase == NULL || (store = psl_store_open (o->database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL ||
      !psl_sync_init (store, o->folder, phrase, &error))
    return fail (error);
  g_print (_("The exchange of the structure starts in “%s”; other sites join it with passerelle sync join.\n"),
           o->folder);
  return 0;
}

static int
run_join (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autofree char *phrase = passphrase (o, &error);

  if (o->database == NULL)
    {
      psl_cli_fail ("sync", _("join makes a new base: give its file with --database."));
      return 2;
    }
  if (phrase == NULL ||
      (store = psl_sync_join (o->folder, phrase, o->site, o->database, &error)) == NULL)
    return fail (error);
  g_print (_("“%s” joined the structure's exchange as the site “%s”.\n"), o->database, o->site);
  return 0;
}

static int
run_exchange (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslSyncKey) key = NULL;
  g_autoptr(PslSyncReport) report = NULL;
  g_autofree char *phrase = passphrase (o, &error);

  if (phrase == NULL || (store = psl_store_open (o->database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL ||
      (key = psl_sync_unlock (store, o->folder, phrase, &error)) == NULL ||
      (report = psl_sync_run (store, o->folder, key, NULL, &error)) == NULL)
    return fail (error);
  print_report (report);
  return report->waiting->len > 0 || report->refused->len > 0 ? 3 : 0;
}

static int
run_status (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = psl_store_open (o->database, PSL_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(PslSyncStatus) status = NULL;

  if (store == NULL || (status = psl_sync_status_load (store, &error)) == NULL)
    return fail (error);
  if (status->structure_id == NULL)
    {
      g_print (_("This base exchanges with no other site.\n"));
      return 0;
    }
  g_print (_("Exchange folder: %s\n"), status->folder);
  for (guint i = 0; i < status->sites->len; i++)
    {
      PslSyncSite *site = g_ptr_array_index (status->sites, i);

      if (site->is_local)
        g_print (_("%s (this site): %ld files written.\n"), site->name, (long) status->files_written);
      else if (site->last_seq > 0)
        g_print (_("%s: file %ld written %s, applied here %s%s.\n"), site->name, (long) site->last_seq,
                 site->last_written_at, site->last_applied_at, site->retired_at != NULL ? _(" (retired)") : "");
      else
        g_print (_("%s: nothing received yet%s.\n"), site->name, site->retired_at != NULL ? _(" (retired)") : "");
    }
  g_print (_("Changes not yet sent: %ld.\n"), (long) status->changes_waiting);
  g_print (_("Concurrent edits to look at: %ld.\n"), (long) status->conflicts_open);
  return 0;
}

static int
run_retire (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = psl_store_open (o->database, PSL_STORE_OPEN_DEFAULT, &error);

  if (o->site == NULL)
    {
      psl_cli_fail ("sync", _("retire: give the site's name with --site."));
      return 2;
    }
  if (store == NULL || !psl_sync_retire_site (store, o->site, &error))
    return fail (error);
  g_print (_("The site “%s” is retired: it is no longer waited for, and its records stay.\n"), o->site);
  return 0;
}

int
psl_cli_sync (int    argc,
              char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &o.database, N_("The database of this site"), N_("FILE") },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME, &o.folder, N_("The exchange folder (a stick, a share, a Syncthing folder)"),
      N_("FOLDER") },
    { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &o.passphrase_file,
      N_("A file whose first line is the structure's passphrase"), N_("FILE") },
    { "site", 0, 0, G_OPTION_ARG_STRING, &o.site, N_("The site's name (join, retire)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("[init|join|status|retire] — exchange this site's changes with the other sites"));
  g_autoptr(GError) error = NULL;
  const char *verb;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("  (none)  send this site's changes and apply the other sites'\n"
                                  "  init    start the structure's exchange in a new folder with this base\n"
                                  "  join    make a new base for a new site from the exchange folder\n"
                                  "  status  the sites, what came from each and when, what waits\n"
                                  "  retire  a site that stops exchanging; its records stay"));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("sync", "%s", error->message);
      return 2;
    }
  verb = argc > 1 ? argv[1] : "";
  if (argc > 2)
    {
      psl_cli_fail ("sync", _("unexpected “%s”."), argv[2]);
      return 2;
    }
  if (g_strcmp0 (verb, "status") == 0)
    return run_status (&o);
  if (g_strcmp0 (verb, "retire") == 0)
    return run_retire (&o);
  if (o.folder == NULL && (g_strcmp0 (verb, "init") == 0 || g_strcmp0 (verb, "join") == 0))
    {
      psl_cli_fail ("sync", _("give the exchange folder with --folder."));
      return 2;
    }
  if (g_strcmp0 (verb, "init") == 0)
    return run_init (&o);
  if (g_strcmp0 (verb, "join") == 0)
    return run_join (&o);
  if (*verb == '\0')
    return run_exchange (&o);
  psl_cli_fail ("sync", _("unknown action “%s”: init, join, status or retire."), verb);
  return 2;
}
