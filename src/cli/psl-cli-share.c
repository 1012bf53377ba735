/* psl-cli-share.c — passerelle share: partner structures under a confidentiality frame
 *
 *   passerelle share key [--database DB]
 *   passerelle share frame --partner NAME|ID --from DAY --to DAY --partner-key KEY
 *                          [--firms] [--contacts] [--opportunities] [--profiles] [--named-profiles]
 *                          [--signed-by NAME] [--partner-signed-by NAME] [--database DB]
 *   passerelle share export --partner NAME|ID --output F.psl-share [--database DB]
 *   passerelle share import F.psl-share [--database DB]
 *   passerelle share withdraw --partner NAME|ID [--database DB]
 *
 * Exit status: 0 done, 1 refused (said why), 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-share"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "psl-format.h"
#include "share/psl-share.h"

typedef struct
{
  char     *database;
  char     *partner;
  char     *output;
  char     *from;
  char     *to;
  char     *partner_key;
  char     *signed_by;
  char     *partner_signed_by;
  gboolean  firms, contacts, opportunities, profiles, named_profiles;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->database);
  g_free (o->partner);
  g_free (o->output);
  g_free (o->from);
  g_free (o->to);
  g_free (o->partner_key);
  g_free (o->signed_by);
  g_free (o->partner_signed_by);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* A day typed the French way or as ISO; NULL when it is not one. */
static char *
day (const char *text)
{
  g_autoptr(GDate) date = text != NULL ? psl_date_parse_user (text) : NULL;

  return date != NULL ? psl_date_to_iso (date) : NULL;
}

static int
run_frame (PslStore      *store,
           const Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = day (o->from);
  g_autofree char *to = day (o->to);
  g_autofree char *id = NULL;
  PslShareFrame frame = {
    .partner_id = o->partner, .partner_key = o->partner_key,
    .firms = o->firms, .contacts = o->contacts, .opportunities = o->opportunities,
    .profiles = o->profiles, .named_profiles = o->named_profiles,
    .starts_on = from, .ends_on = to, .signed_by = o->signed_by, .partner_signed_by = o->partner_signed_by,
  };

  if (o->partner == NULL || o->partner_key == NULL || from == NULL || to == NULL)
    {
      psl_cli_fail ("share", _("a frame needs --partner, --partner-key, and its first and last day as "
                               "--from 01/01/2027 --to 31/12/2027."));
      return 2;
    }
  if ((id = psl_share_frame_record (store, &frame, &error)) == NULL)
    {
      psl_cli_fail ("share", "%s", error->message);
      return 1;
    }
  /* Translators: %s is the partner; the frame's id follows on the next line */
  g_print (_("The confidentiality frame with “%s” is recorded.\n"), o->partner);
  g_print ("%s\n", id);
  return 0;
}

static int
run_on_frame (PslStore      *store,
              const Options *o,
              const char    *verb)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *frame = NULL;

  if (o->partner == NULL)
    {
      psl_cli_fail ("share", _("say which partner with --partner."));
      return 2;
    }
  if (g_strcmp0 (verb, "export") == 0 && (o->output == NULL || !psl_cli_has_ending (o->output, ".psl-share")))
    {
      psl_cli_fail ("share", _("give the file to write with --output, ending in .psl-share."));
      return 2;
    }
  if ((frame = psl_share_frame_find (store, o->partner, &error)) == NULL)
    {
      psl_cli_fail ("share", "%s", error->message);
      return 1;
    }
  if (g_strcmp0 (verb, "withdraw") == 0)
    {
      if (!psl_share_frame_withdraw (store, frame, &error))
        {
          psl_cli_fail ("share", "%s", error->message);
          return 1;
        }
      g_print (_("The frame with “%s” is withdrawn: the next pack tells the partner to drop what it had.\n"),
               o->partner);
      return 0;
    }
  if (!psl_share_pack_export (store, frame, o->output, &error))
    {
      psl_cli_fail ("share", "%s", error->message);
      return 1;
    }
  g_print (_("The pack for “%s” is written in “%s”: give it to the partner only.\n"), o->partner, o->output);
  return 0;
}

static int
run_import (PslStore  *store,
            int        argc,
            char     **argv)
{
  int status = 0;

  if (argc < 3)
    {
      psl_cli_fail ("share", _("give the partner’s pack to read."));
      return 2;
    }
  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PslShareReceipt) receipt = psl_share_pack_import (store, argv[i], &error);

      if (receipt == NULL)
        {
          psl_cli_fail ("share", "%s", error->message);
          status = 1;
        }
      else if (receipt->withdrawn)
        {
          g_autofree char *said = g_strdup_printf (_("“%s” withdrew its sharing: what it had shared is dropped."),
                                                   receipt->partner_name);
          g_print ("%s\n", said);
        }
      else
        {
          /* Translators: after reading a partner's pack: the partner, then counts */
          g_autofree char *said = g_strdup_printf (_("Pack of “%s” read: %u firms, %u opportunities, %u profiles."),
                                                   receipt->partner_name, receipt->firms, receipt->opportunities,
                                                   receipt->profiles);
          g_print ("%s\n", said);
        }
    }
  return status;
}

int
psl_cli_share (int    argc,
               char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &o.database, N_("The database of the structure"), N_("FILE") },
    { "partner", 0, 0, G_OPTION_ARG_STRING, &o.partner, N_("The partner structure, by name or id"), N_("PARTNER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The pack to write"), N_("FILE.psl-share") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("First day of the frame"), N_("DAY") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("Last day of the frame"), N_("DAY") },
    { "partner-key", 0, 0, G_OPTION_ARG_STRING, &o.partner_key, N_("The partner’s key (its “passerelle share key”)"), N_("KEY") },
    { "firms", 0, 0, G_OPTION_ARG_NONE, &o.firms, N_("Share the firms"), NULL },
    { "contacts", 0, 0, G_OPTION_ARG_NONE, &o.contacts, N_("Share the firms’ contacts (working details)"), NULL },
    { "opportunities", 0, 0, G_OPTION_ARG_NONE, &o.opportunities, N_("Share the open opportunities"), NULL },
    { "profiles", 0, 0, G_OPTION_ARG_NONE, &o.profiles, N_("Share anonymous candidate profiles"), NULL },
    { "named-profiles", 0, 0, G_OPTION_ARG_NONE, &o.named_profiles,
      N_("Name the candidates who agreed to it for this partner"), NULL },
    { "signed-by", 0, 0, G_OPTION_ARG_STRING, &o.signed_by, N_("Who signed for this structure"), N_("NAME") },
    { "partner-signed-by", 0, 0, G_OPTION_ARG_STRING, &o.partner_signed_by, N_("Who signed for the partner"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("key|frame|export|import|withdraw — sharing with partner structures"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  const char *verb;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("  key       this structure’s key, to give a partner when a frame is signed\n"
                                  "  frame     record the confidentiality frame agreed with a partner\n"
                                  "  export    the pack of what the frame lets go, sealed for the partner\n"
                                  "  import    a partner’s pack, into the partner network\n"
                                  "  withdraw  end the sharing: the next pack tells the partner"));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("share", "%s", error->message);
      return 2;
    }
  verb = argc > 1 ? argv[1] : "";
  if (g_strcmp0 (verb, "key") != 0 && g_strcmp0 (verb, "frame") != 0 && g_strcmp0 (verb, "export") != 0 &&
      g_strcmp0 (verb, "import") != 0 && g_strcmp0 (verb, "withdraw") != 0)
    {
      psl_cli_fail ("share", _("say key, frame, export, import or withdraw (passerelle share --help)."));
      return 2;
    }
  if ((store = psl_store_open (o.database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL)
    {
      psl_cli_fail ("share", "%s", error->message);
      return 1;
    }
  if (g_strcmp0 (verb, "key") == 0)
    {
      g_autofree char *key = psl_share_public_key (store, &error);

      if (key == NULL)
        {
          psl_cli_fail ("share", "%s", error->message);
          return 1;
        }
      g_print ("%s\n", key);
      return 0;
    }
  if (g_strcmp0 (verb, "frame") == 0)
    return run_frame (store, &o);
  if (g_strcmp0 (verb, "import") == 0)
    return run_import (store, argc, argv);
  return run_on_frame (store, &o, verb);
}
