/* psl-cli-report.c — passerelle report NAME [options] --output FILE.pdf|.csv|.xlsx [--database DB]
 *
 * The printed documents, with no display: for a batch, a script, a
 * server.  Exit status: 0 written, 1 the data or the file could not be
 * used (no consent, unknown record, unwritable path), 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-report"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-action-plan-report.h"
#include "psl-store-open.h"
#include "psl-activity-report.h"
#include "psl-candidate-sheet.h"
#include "psl-cli.h"
#include "psl-commitment-sheet.h"
#include "psl-followup-report.h"
#include "psl-format.h"
#include "psl-portfolio.h"
#include "psl-campaign.h"
#include "psl-company-sheet.h"
#include "psl-pathway-report.h"
#include "psl-map-report.h"
#include "psl-positioning-report.h"
#include "psl-privacy-documents.h"
#include "psl-diagnostic-report.h"
#include "psl-clause-statement.h"
#include "psl-convention-sheet.h"
#include "psl-frame-sheet.h"
#include "psl-partnership-method.h"
#include "psl-partnership-sheet.h"
#include "share/psl-share.h"
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

typedef PslDocument *(*PslReportBuild) (PslStore               *store,
                                        const PslReportOptions *options,
                                        GError                **error);

static PslDocument *
build_candidate (PslStore               *store,
                 const PslReportOptions *options,
                 GError                **error)
{
  return psl_candidate_sheet_new (store, options->person, options->company, error);
}

static PslDocument *
build_company (PslStore               *store,
               const PslReportOptions *options,
               GError                **error)
{
  return psl_company_sheet_new (store, options->company, error);
}

static PslDocument *
build_pathway (PslStore               *store,
               const PslReportOptions *options,
               GError                **error)
{
  return psl_pathway_report_new (store, options->person, error);
}

static PslDocument *
build_commitment (PslStore               *store,
                  const PslReportOptions *options,
                  GError                **error)
{
  return psl_commitment_sheet_new (store, options->commitment, error);
}

static gboolean
period (const PslReportOptions  *options,
        char                   **from_iso,
        char                   **to_iso,
        GError                 **error)
{
  return psl_cli_period (options->from, options->to, from_iso, to_iso, error);
}

/* --staff a name; --team names the people with an alert open. */
static PslDocument *
build_followup (PslStore               *store,
                const PslReportOptions *options,
                GError                **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *staff_id = NULL;

  if (!period (options, &from, &to, error))
    return NULL;
  if (options->staff != NULL && (staff_id = psl_portfolio_find_member (store, options->staff, error)) == NULL)
    return NULL;
  return psl_followup_report_new (store, from, to, staff_id,
                                  options->team ? PSL_FOLLOWUP_FOR_TEAM : PSL_FOLLOWUP_FOR_FUNDERS, error);
}

/* --antenna a name. */
static PslDocument *
build_activity (PslStore               *store,
                const PslReportOptions *options,
                GError                **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *antenna_id = NULL;

  if (!period (options, &from, &to, error))
    return NULL;
  if (options->antenna != NULL && (antenna_id = psl_cli_find_antenna (store, options->antenna, error)) == NULL)
    return NULL;
  return psl_activity_report_new (store, from, to, antenna_id, error);
}

/* The partnership map, of the 2,000 most active at most, as printed. */
static PslDocument *
build_map (PslStore               *store,
           const PslReportOptions *options,
           GError                **error)
{
  PslMapFilter filter = { .max_nodes = 2000, .rings = PSL_MAP_RINGS_LEVEL };
  PslDocument *doc = NULL;

  if (period (options, &filter.from, &filter.to, error)
      && (options->antenna == NULL
          || (filter.antenna_id = psl_cli_find_antenna (store, options->antenna, error)) != NULL))
    doc = psl_map_report_load (store, &filter, error);
  psl_map_filter_clear (&filter);
  return doc;
}

/* Letters to the active firms chosen by sector, level, referent, antenna
 * or one by its id; answers expected in thirty days unless told. */
static PslDocument *
build_campaign (PslStore               *store,
                const PslReportOptions *options,
                GError                **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *reply_by = NULL;
  g_autofree char *staff_id = NULL;
  g_autofree char *antenna_id = NULL;
  PslCampaignOptions campaign = { today, NULL, options->signatory, options->company, options->sector, options->level };

  if (options->reply_by != NULL)
    {
      g_autoptr(GDate) date = psl_date_parse_user (options->reply_by);

      if (date == NULL)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("Give the day by which the survey should come back, for example 31/01/2027."));
          return NULL;
        }
      reply_by = psl_date_to_iso (date);
    }
  else
    {
      g_autoptr(GDate) date = psl_date_parse (today);

      g_date_add_days (date, 30);
      reply_by = psl_date_to_iso (date);
    }
  if ((options->staff != NULL && (staff_id = psl_portfolio_find_member (store, options->staff, error)) == NULL)
      || (options->antenna != NULL && (antenna_id = psl_cli_find_antenna (store, options->antenna, error)) == NULL))
    return NULL;
  campaign.reply_by = reply_by;
  campaign.referent_id = staff_id;
  campaign.antenna_id = antenna_id;
  return psl_campaign_new (store, &campaign, NULL, error);
}

static PslDocument *
build_positioning (PslStore               *store,
                   const PslReportOptions *options,
                   GError                **error)
{
  return psl_positioning_report_new (store, error);
}

static PslDocument *
build_convention (PslStore               *store,
                  const PslReportOptions *options,
                  GError                **error)
{
  return psl_convention_sheet_new (store, options->placement, error);
}

/* Reckoned on today: the statement says so in its heading. */
static PslDocument *
build_clause (PslStore               *store,
              const PslReportOptions *options,
              GError                **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_clause_statement_new (store, options->contract, today, error);
}

static PslDocument *
build_frame (PslStore               *store,
             const PslReportOptions *options,
             GError                **error)
{
  g_autofree char *frame = psl_share_frame_find (store, options->partner, error);

  return frame != NULL ? psl_frame_sheet_new (store, frame, error) : NULL;
}

/* --partner its id or name: each of its partnerships, those in force first. */
static PslDocument *
build_partnership (PslStore               *store,
                   const PslReportOptions *options,
                   GError                **error)
{
  g_autoptr(GPtrArray) ids = psl_partnership_method_of_partner (store, options->partner, error);

  return ids != NULL ? psl_partnership_sheet_new (store, ids, error) : NULL;
}

static PslDocument *
build_diagnostic (PslStore               *store,
                  const PslReportOptions *options,
                  GError                **error)
{
  return psl_diagnostic_report_new (store, error);
}

static PslDocument *
build_action_plan (PslStore               *store,
                   const PslReportOptions *options,
                   GError                **error)
{
  return psl_action_plan_report_new (store, error);
}

static PslDocument *
build_person_data (PslStore               *store,
                   const PslReportOptions *options,
                   GError                **error)
{
  return psl_person_data_report_new (store, options->person, error);
}

typedef struct
{
  const char     *name;
  const char     *usage;     /* N_(): its options, the words in capitals translated */
  const char     *summary;   /* N_(): what it is, in a line of --help */
  PslReportBuild  build;
} PslReportKind;

static const PslReportKind kinds[] = {
  { "action-plan", "", N_("the action plan (Annexe 2): its Gantt chart and its tables"), build_action_plan },
  { "activity", N_("--from DATE --to DATE [--antenna NAME]"),
    N_("the activity report of a period, for the structure or one antenna"), build_activity },
  { "campaign", N_("[--sector CODE] [--level CODE] [--staff NAME] [--antenna NAME] [--company ID] "
                   "[--reply-by DATE] [--signatory TEXT]"),
    N_("a letter and an engagement survey (Annexe 5) to each firm chosen"), build_campaign },
  { "candidate", N_("--person ID --company ID"), N_("a person’s presentation to a firm, with their consent"), build_candidate },
  { "clause", N_("--contract ID"),
    N_("the insertion hours of a public contract with a social clause, for its buyer"), build_clause },
  { "commitment", N_("--commitment ID"), N_("a contract of commitments, printed to be signed"), build_commitment },
  { "company", N_("--company ID"), N_("a firm’s sheet"), build_company },
  { "convention", N_("--placement ID"), N_("the immersion (PMSMP) convention of a placement, to be signed"),
    build_convention },
  { "diagnostic", "", N_("the Annexe 3 diagnostic of the structure beside the structures imported"),
    build_diagnostic },
  { "frame", N_("--partner NAME"), N_("the confidentiality frame agreed with a partner structure, to be signed"),
    build_frame },
  { "followup", N_("--from DATE --to DATE [--staff NAME] [--team]"),
    N_("the follow-up in work of a period, for funders or for the team"), build_followup },
  { "partnership", N_("--partner ID"),
    N_("a partnership’s file: the seven steps of the method, what is done and what is left"), build_partnership },
  { "pathway", N_("--person ID"), N_("a person’s pathway, for the team"), build_pathway },
  { "person-data", N_("--person ID"),
    N_("everything held on a person, to give them (PDF) or to carry elsewhere (JSON)"), build_person_data },
  { "map", N_("--from DATE --to DATE [--antenna NAME]"), N_("the partnership map of a period"), build_map },
  { "positioning", "", N_("the service beside the other providers (Annexe 3)"), build_positioning },
};

/* The reports, one a line, for --help. */
static char *
reports_summary (void)
{
  GString *text = g_string_new (_("Reports (“passerelle report” alone shows the options each one needs):"));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_string_append_printf (text, "\n  %-13s %s", kinds[i].name, _(kinds[i].summary));
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

/* The documents about one person, which the audit journal keeps. */
static gboolean
is_personal (const PslReportKind *kind)
{
  return kind->build == build_pathway || kind->build == build_candidate || kind->build == build_commitment ||
         kind->build == build_convention;
}

static gboolean
given (const char *option)
{
  return option != NULL && *option != '\0';
}

static gboolean
has_required (const PslReportKind      *kind,
              const PslReportOptions   *options)
{
  if (kind->build == build_campaign || kind->build == build_positioning || kind->build == build_action_plan
      || kind->build == build_diagnostic)
    return TRUE;
  if (kind->build == build_candidate)
    return given (options->person) && given (options->company);
  if (kind->build == build_company)
    return given (options->company);
  if (kind->build == build_pathway || kind->build == build_person_data)
    return given (options->person);
  if (kind->build == build_frame || kind->build == build_partnership)
    return given (options->partner);
  if (kind->build == build_convention)
    return given (options->placement);
  if (kind->build == build_clause)
    return given (options->contract);
  if (kind->build == build_followup || kind->build == build_activity || kind->build == build_map)
    return given (options->from) && given (options->to);
  return given (options->commitment);
}

static void
print_usage (void)
{
  psl_cli_fail ("report", _("usage: passerelle report NAME [options] --output FILE.pdf|.csv|.xlsx"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_printerr ("  passerelle report %s%s%s --output %s\n", kinds[i].name,
                *kinds[i].usage != '\0' ? " " : "", *kinds[i].usage != '\0' ? _(kinds[i].usage) : "",
                /* A person's data go to them as a document, or elsewhere as data. */
                kinds[i].build == build_person_data ? _("FILE.pdf|.json") : _("FILE.pdf|.csv|.xlsx"));
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
  const PslReportKind *kind = NULL;
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
  for (guint i = 0; argc == 2 && i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].name, argv[1]) == 0)
      kind = &kinds[i];
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
  if (kind->build == build_person_data)
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
  store = psl_store_open (options.database, is_personal (kind) ? PSL_STORE_OPEN_DEFAULT : PSL_STORE_OPEN_READ_ONLY,
                          &error);
  if (store == NULL || (doc = kind->build (store, &options, &error)) == NULL
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
