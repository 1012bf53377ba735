/* psl-cli-report.c — passerelle report NAME [options] --output FILE.pdf|.csv|.xlsx [--database DB]
 *
 * The printed documents, with no display: for a batch, a script, a
 * server.  Exit status: 0 written, 1 the data or the file could not be
 * used (no consent, unknown record, unwritable path), 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-report"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-store-open.h"
#include "psl-cli.h"
#include "psl-format.h"
#include "psl-portfolio.h"
#include "psl-privacy-documents.h"
#include "psl-report-kind.h"
#include "psl-report-export.h"
#include "privacy/psl-person-data.h"

typedef struct
{
  char *database;
  char *output;
  char *person;
  char *company;
  char *commitment;
  char *placement;
  char *from;
  char *to;
  char *staff;
  char *antenna;
  char *sector;
  char *level;
  char *reply_by;
  char *signatory;
  char *partner;
  char *contract;
  gboolean team;
} PslReportOptions;

/* What the options give a report: names of staff and antennas found,
 * the period and the day of the answers read as typed. */
static gboolean
params_from_options (PslStore                *store,
                     const PslReportKindInfo *info,
                     const PslReportOptions  *options,
                     PslReportParams         *params,
                     char                   **owned,
                     GError                 **error)
{
  *params = (PslReportParams) { NULL, NULL, options->person, options->company, options->commitment,
                                options->placement, options->partner, options->contract, NULL, NULL,
                                options->sector, options->level, NULL, options->signatory, options->team };
  if ((info->needs & PSL_REPORT_NEEDS_PERIOD)
      && !psl_cli_period (options->from, options->to, &owned[0], &owned[1], error))
    return FALSE;
  params->from = owned[0];
  params->to = owned[1];
  if (options->reply_by != NULL)
    {
      g_autoptr(GDate) date = psl_date_parse_user (options->reply_by);

      if (date == NULL)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("Give the day by which the survey should come back, for example 31/01/2027."));
          return FALSE;
        }
      params->reply_by = owned[2] = psl_date_to_iso (date);
    }
  if ((options->staff != NULL && (owned[3] = psl_portfolio_find_member (store, options->staff, error)) == NULL)
      || (options->antenna != NULL && (owned[4] = psl_cli_find_antenna (store, options->antenna, error)) == NULL))
    return FALSE;
  params->staff_id = owned[3];
  params->antenna_id = owned[4];
  return TRUE;
}

static PslDocument *
build (PslStore                *store,
       const PslReportKindInfo *info,
       const PslReportOptions  *options,
       GError                 **error)
{
  PslReportParams params;
  char *owned[5] = { NULL };
  PslDocument *doc = NULL;

  if (params_from_options (store, info, options, &params, owned, error))
    doc = info->build (store, &params, error);
  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    g_free (owned[i]);
  return doc;
}

/* The reports, one a line, for --help. */
static char *
reports_summary (void)
{
  GString *text = g_string_new (_("Reports (“passerelle report” alone shows the options each one needs):"));

  for (PslReportKind k = 0; k < PSL_N_REPORT_KINDS; k++)
    {
      const PslReportKindInfo *info = psl_report_kind_info (k);

      g_string_append_printf (text, "\n  %-13s %s", info->name, _(info->summary));
    }
  return g_string_free (text, FALSE);
}

static int
write_person_data (const PslReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(JsonNode) data = NULL;
  gboolean json = psl_cli_has_ending (options->output, ".json");

  if (!json && !psl_cli_has_ending (options->output, ".pdf"))
    {
      psl_cli_fail ("report", _("the file name must end in .pdf or .json."));
      return 2;
    }
  if ((store = psl_store_open (options->database, PSL_STORE_OPEN_DEFAULT, &error)) == NULL ||
      (json && ((data = psl_person_data_collect (store, options->person, FALSE, &error)) == NULL ||
                !psl_person_data_write_json (data, options->output, &error))) ||
      (!json && ((doc = psl_person_data_report_new (store, options->person, &error)) == NULL ||
                 !psl_report_write (doc, options->output, &error))))
    {
      psl_cli_fail ("report", "%s", error->message);
      return 1;
    }
  return 0;
}

static gboolean
given (const char *option)
{
  return option != NULL && *option != '\0';
}

static gboolean
has_required (const PslReportKindInfo *info,
              const PslReportOptions  *options)
{
  PslReportNeeds needs = info->needs;

  return (!(needs & PSL_REPORT_NEEDS_PERIOD) || (given (options->from) && given (options->to)))
         && (!(needs & PSL_REPORT_NEEDS_PERSON) || given (options->person))
         && (!(needs & PSL_REPORT_NEEDS_COMPANY) || given (options->company))
         && (!(needs & PSL_REPORT_NEEDS_COMMITMENT) || given (options->commitment))
         && (!(needs & PSL_REPORT_NEEDS_PLACEMENT) || given (options->placement))
         && (!(needs & PSL_REPORT_NEEDS_PARTNER) || given (options->partner))
         && (!(needs & PSL_REPORT_NEEDS_CONTRACT) || given (options->contract));
}

static void
print_usage (void)
{
  psl_cli_fail ("report", _("usage: passerelle report NAME [options] --output FILE.pdf|.csv|.xlsx"));
  for (PslReportKind k = 0; k < PSL_N_REPORT_KINDS; k++)
    {
      const PslReportKindInfo *info = psl_report_kind_info (k);

      g_printerr ("  passerelle report %s%s%s --output %s\n", info->name,
                  *info->usage != '\0' ? " " : "", *info->usage != '\0' ? _(info->usage) : "",
                  /* A person's data go to them as a document, or elsewhere as data. */
                  k == PSL_REPORT_PERSON_DATA ? _("FILE.pdf|.json") : _("FILE.pdf|.csv|.xlsx"));
    }
}

int
psl_cli_report (int    argc,
                char **argv)
{
  PslReportOptions options = { NULL };
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options.database, N_("The database to read"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write"), N_("FILE.pdf|.csv|.xlsx") },
    { "person", 0, 0, G_OPTION_ARG_STRING, &options.person, N_("The person’s identifier"), "ID" },
    { "company", 0, 0, G_OPTION_ARG_STRING, &options.company, N_("The firm’s identifier"), "ID" },
    { "commitment", 0, 0, G_OPTION_ARG_STRING, &options.commitment, N_("The contract’s identifier"), "ID" },
    { "placement", 0, 0, G_OPTION_ARG_STRING, &options.placement, N_("The immersion’s identifier"), "ID" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_("The first day of the period"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("The last day of the period"), N_("DATE") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &options.staff, N_("One counsellor, by name"), N_("NAME") },
    { "antenna", 0, 0, G_OPTION_ARG_STRING, &options.antenna, N_("One antenna, by name"), N_("NAME") },
    { "sector", 0, 0, G_OPTION_ARG_STRING, &options.sector, N_("The firms of one sector, by its code"), N_("CODE") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &options.level, N_("The firms of one partnership level, by its code"), N_("CODE") },
    { "reply-by", 0, 0, G_OPTION_ARG_STRING, &options.reply_by, N_("The day the surveys should come back by"), N_("DATE") },
    { "signatory", 0, 0, G_OPTION_ARG_STRING, &options.signatory, N_("Who signs the letters"), N_("TEXT") },
    { "partner", 0, 0, G_OPTION_ARG_STRING, &options.partner, N_("A partner structure, by its identifier or its name"), "ID" },
    { "contract", 0, 0, G_OPTION_ARG_STRING, &options.contract, N_("The public contract’s identifier"), "ID" },
    { "team", 0, 0, G_OPTION_ARG_NONE, &options.team,
      N_("The team’s version, naming the people with an alert open (for funders without it)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("NAME — write a report to a PDF, CSV or XLSX file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslDocument) doc = NULL;
  const PslReportKindInfo *kind = NULL;
  PslReportKind k;
  g_autofree char *summary = reports_summary ();
  int status = 1;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("report", "%s", error->message);
      status = 2;
      goto out;
    }
  if (!psl_cli_texts_fit ("report", "--person", options.person, "--company", options.company,
                          "--commitment", options.commitment, "--placement", options.placement, "--from", options.from, "--to", options.to,
                          "--staff", options.staff, "--antenna", options.antenna, "--sector", options.sector,
                          "--level", options.level, "--reply-by", options.reply_by,
                          "--signatory", options.signatory, "--partner", options.partner,
                          "--contract", options.contract, NULL))
    {
      status = 2;
      goto out;
    }
  if (argc == 2 && psl_report_kind_from_name (argv[1], &k))
    kind = psl_report_kind_info (k);
  if (argc == 2 && kind == NULL)
    /* Translators: %s is the name of a report the user typed */
    psl_cli_fail ("report", _("there is no report called “%s”."), argv[1]);
  if (kind == NULL || options.output == NULL || !has_required (kind, &options))
    {
      print_usage ();
      status = 2;
      goto out;
    }
  /* A person's data: a document for them, or the file to take elsewhere;
   * either is journaled, so the base is opened to write. */
  if (k == PSL_REPORT_PERSON_DATA)
    {
      status = write_person_data (&options);
      goto out;
    }
  if (!g_str_has_suffix (options.output, ".pdf") && !g_str_has_suffix (options.output, ".csv")
      && !g_str_has_suffix (options.output, ".xlsx"))
    {
      psl_cli_fail ("report", _("the file name must end in .pdf, .csv or .xlsx."));
      status = 2;
      goto out;
    }

  /* Read only: a report can be made while the window is open on the file;
   * but a person's own document is journaled, so the base is opened to write. */
  store = psl_store_open (options.database, kind->personal ? PSL_STORE_OPEN_DEFAULT : PSL_STORE_OPEN_READ_ONLY,
                          &error);
  if (store == NULL || (doc = build (store, kind, &options, &error)) == NULL
      || !psl_report_write (doc, options.output, &error))
    {
      psl_cli_fail ("report", "%s", error->message);
      goto out;
    }
  status = 0;

out:
  g_free (options.database);
  g_free (options.output);
  g_free (options.person);
  g_free (options.company);
  g_free (options.commitment);
  g_free (options.placement);
  g_free (options.from);
  g_free (options.to);
  g_free (options.staff);
  g_free (options.antenna);
  g_free (options.sector);
  g_free (options.level);
  g_free (options.reply_by);
  g_free (options.signatory);
  g_free (options.partner);
  g_free (options.contract);
  return status;
}
