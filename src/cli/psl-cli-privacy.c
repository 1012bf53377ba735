/* psl-cli-privacy.c — passerelle privacy setup|recover|whoami|bind|role|retention|erase|audit|record
 *
 * Exit status: 0 done (or, with --dry-run, said), 1 refused or impossible
 * (said in one line: a contract in progress, a role missing, no key), 2
 * bad usage, 3 an erasure that waits for --confirm.
 */

#define G_LOG_DOMAIN "psl-cli-privacy"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "psl-format.h"
#include "psl-privacy-documents.h"
#include "psl-report-export.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

typedef struct
{
  char    *database;
  char    *person;
  char    *staff;
  char    *account;
  char    *role;
  char    *from;
  char    *to;
  char    *output;
  char    *key_file;
  char    *recovery_file;
  char    *today;
  gboolean dry_run;
  gboolean confirm;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->database);
  g_free (o->person);
  g_free (o->staff);
  g_free (o->account);
  g_free (o->role);
  g_free (o->from);
  g_free (o->to);
  g_free (o->output);
  g_free (o->key_file);
  g_free (o->recovery_file);
  g_free (o->today);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
fail (GError *error)
{
  psl_cli_fail ("privacy", "%s", error->message);
  return 1;
}

static int
usage (void)
{
  psl_cli_fail ("privacy", _("usage: passerelle privacy COMMAND --database DB"));
  g_printerr ("%s", _("  passerelle privacy setup [--key-file F]\n"
                      "  passerelle privacy recover --recovery-file F [--key-file F]\n"
                      "  passerelle privacy whoami [--staff NAME]\n"
                      "  passerelle privacy bind --account LOGIN --staff NAME [--recovery-file F]\n"
                      "  passerelle privacy role --staff NAME --role accueil|cip|relations_entreprises|direction\n"
                      "  passerelle privacy retention [--dry-run]\n"
                      "  passerelle privacy erase --person ID [--confirm]\n"
                      "  passerelle privacy audit --from DATE --to DATE --output F.csv|.xlsx\n"
                      "  passerelle privacy record --output F.pdf\n"));
  return 2;
}

static int
run_setup (PslStore *store,
           Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = psl_privacy_set_up (store, o->key_file, FALSE, &error);

  if (recovery == NULL || !psl_audit_add (store, PSL_AUDIT_KEY, NULL, _("encryption set up"), &error))
    return fail (error);
  g_print (_("The confidential parts are now encrypted. Print the recovery key below and keep it in a safe "
             "place: it is shown only once, and without it a lost key means lost confidential data.\n"));
  g_print ("\n    %s\n\n", recovery);
  return 0;
}

static int
run_recover (PslStore *store,
             Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (o->recovery_file == NULL)
    return usage ();
  if (!g_file_get_contents (o->recovery_file, &text, NULL, &error) ||
      !psl_privacy_recover (store, text, o->key_file, &error))
    return fail (error);
  g_print (_("The structure key is back on this computer.\n"));
  return 0;
}

static int
run_whoami (PslStore *store,
            Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = NULL;
  g_autofree char *name = NULL;

  g_autofree char *notice = NULL;

  if (o->staff != NULL &&
      ((staff_id = psl_privacy_find_staff (store, o->staff, &error)) == NULL ||
       !psl_privacy_bind_login (store, psl_privacy_get_account (store), staff_id, &notice, &error)))
    return fail (error);
  if (notice != NULL)
    g_print ("%s\n", notice);
  g_clear_pointer (&staff_id, g_free);
  staff_id = psl_privacy_get_actor (store);
  if (staff_id == NULL)
    {
      /* Translators: %s is a computer login */
      g_print (_("The login %s is tied to no staff member.\n"), psl_privacy_get_account (store));
      return 0;
    }
  name = psl_privacy_staff_name (store, staff_id);
  /* Translators: %1$s is a computer login, %2$s a name, %3$s a role */
  g_print (_("The login %1$s is %2$s (%3$s).\n"), psl_privacy_get_account (store), name,
           psl_role_label (psl_privacy_get_actor_role (store)));
  return 0;
}

/* Direction ties another login of this computer to a staff member. */
static int
run_bind (PslStore *store,
          Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = NULL;
  g_autofree char *name = NULL;

  if (o->staff == NULL || o->account == NULL || *o->account == '\0')
    return usage ();
  if ((staff_id = psl_privacy_find_staff (store, o->staff, &error)) == NULL)
    return fail (error);
  /* With the recovery key, when no login of direction is there to do it. */
  if (o->recovery_file != NULL)
    {
      g_autofree char *recovery = NULL;

      if (!g_file_get_contents (o->recovery_file, &recovery, NULL, &error) ||
          !psl_privacy_bind_login_by_recovery (store, o->account, staff_id, recovery, &error))
        return fail (error);
    }
  else if (!psl_privacy_bind_login (store, o->account, staff_id, NULL, &error))
    return fail (error);
  name = psl_privacy_staff_name (store, staff_id);
  /* Translators: %1$s is a computer login, %2$s a staff member's name */
  g_print (_("The login %1$s is now %2$s.\n"), o->account, name);
  return 0;
}

static int
run_role (PslStore *store,
          Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *staff_id = NULL;

  if (o->staff == NULL)
    return usage ();
  if ((staff_id = psl_privacy_find_staff (store, o->staff, &error)) == NULL ||
      !psl_privacy_set_role (store, staff_id, o->role, &error))
    return fail (error);
  return 0;
}

static int
run_retention (PslStore *store,
               Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_retention_preview (store, o->today, &error);
  guint anonymised = 0, erased = 0;

  if (items == NULL)
    return fail (error);
  for (guint i = 0; i < items->len; i++)
    {
      PslRetentionItem *item = g_ptr_array_index (items, i);

      g_print ("%s\t%s\t%s\n", item->person_id, item->name, item->reason);
    }
  if (o->dry_run)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u person reached by the retention rules; nothing changed (--dry-run).\n",
                            "%u people reached by the retention rules; nothing changed (--dry-run).\n", items->len),
               items->len);
      return 0;
    }
  if (!psl_retention_run (store, o->today, &anonymised, &erased, &error))
    return fail (error);
  g_print (_("Anonymised: %u. Confidential parts erased: %u.\n"), anonymised, erased);
  return 0;
}

static int
run_erase (PslStore *store,
           Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (o->person == NULL)
    return usage ();
  if (!psl_privacy_may_read (store, o->person, &error) ||
      (summary = psl_erasure_summary (store, o->person, o->today, &error)) == NULL)
    return fail (error);
  if (!o->confirm)
    {
      g_print ("%s\n", summary);
      psl_cli_fail ("privacy", _("nothing erased yet: run the command again with --confirm."));
      return 3;
    }
  if (!psl_erasure_run (store, o->person, o->today, &error))
    return fail (error);
  g_print (_("The person is anonymised; the reports keep their figures.\n"));
  return 0;
}

static int
run_audit (PslStore *store,
           Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  PslAuditFilter filter = { NULL };
  guint n = 0;

  if (o->output == NULL || (!psl_cli_has_ending (o->output, ".csv") && !psl_cli_has_ending (o->output, ".xlsx")))
    {
      psl_cli_fail ("privacy", _("the file name must end in .csv or .xlsx."));
      return 2;
    }
  if (!psl_cli_period (o->from, o->to, &from, &to, &error))
    {
      psl_cli_fail ("privacy", "%s", error->message);
      return 2;
    }
  if (psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION)
    {
      psl_cli_fail ("privacy", _("Only direction reads the audit journal."));
      return 1;
    }
  filter.from = from;
  filter.to = to;
  if (!psl_audit_export (store, &filter, o->output, &n, &error))
    return fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u entry written to “%s”.\n", "%u entries written to “%s”.\n", n),
           n, o->output);
  return 0;
}

static int
run_record (PslStore *store,
            Options  *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;

  if (o->output == NULL || !psl_cli_has_ending (o->output, ".pdf"))
    {
      psl_cli_fail ("privacy", _("the file name must end in .pdf."));
      return 2;
    }
  if ((doc = psl_processing_record_new (store, &error)) == NULL || !psl_report_write (doc, o->output, &error))
    return fail (error);
  return 0;
}

typedef int (*Run) (PslStore *store, Options *o);

static const struct { const char *name; Run run; } subcommands[] = {
  { "setup", run_setup }, { "recover", run_recover }, { "whoami", run_whoami }, { "bind", run_bind },
  { "role", run_role },
  { "retention", run_retention }, { "erase", run_erase }, { "audit", run_audit }, { "record", run_record },
};

int
psl_cli_privacy (int    argc,
                 char **argv)
{
  g_auto(Options) o = { NULL };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &o.database, N_("The database"), N_("FILE") },
    { "person", 0, 0, G_OPTION_ARG_STRING, &o.person, N_("The person’s identifier"), "ID" },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &o.staff, N_("A staff member, by name"), N_("NAME") },
    { "account", 0, 0, G_OPTION_ARG_STRING, &o.account, N_("A login of this computer"), N_("LOGIN") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &o.role, N_("A role"), N_("ROLE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("The first day of the period"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("The last day of the period"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The file to write"), N_("FILE") },
    { "new-key-file", 0, 0, G_OPTION_ARG_FILENAME, &o.key_file,
      N_("Keep the structure key in this file rather than the keyring"), N_("FILE") },
    { "recovery-file", 0, 0, G_OPTION_ARG_FILENAME, &o.recovery_file, N_("The file that holds the recovery key"),
      N_("FILE") },
    { "today", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &o.today, NULL, NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &o.dry_run, N_("Say who the rules reach, change nothing"), NULL },
    { "confirm", 0, 0, G_OPTION_ARG_NONE, &o.confirm, N_("Erase, having read what goes and what stays"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("COMMAND — the people’s rights, retention and the audit journal"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  Run run = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("privacy", "%s", error->message);
      return 2;
    }
  if (!psl_cli_texts_fit ("privacy", "--person", o.person, "--staff", o.staff, "--account", o.account,
                          "--role", o.role, "--from", o.from, "--to", o.to, NULL))
    return 2;
  for (guint i = 0; argc == 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_strcmp0 (subcommands[i].name, argv[1]) == 0)
      run = subcommands[i].run;
  if (run == NULL)
    return usage ();
  if (o.today == NULL)
    o.today = psl_today_iso ();
  else
    {
      g_autoptr(GDate) given = psl_date_parse (o.today);

      if (given == NULL)
        return usage ();
    }
  /* --key-file, taken by every command, also says where a new key goes. */
  if (o.key_file == NULL)
    o.key_file = g_strdup (psl_privacy_get_key_file ());
  /* Writes: the journal keeps each of these. */
  if ((store = psl_store_open (o.database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL)
    return fail (error);
  return run (store, &o);
}
