/* psl-report-kind.c — the reports the program makes, one row each: their name, what they take, how they are built
 *
 * "passerelle report NAME" and the Rapports page make the same documents
 * from the same table, so that a report added here is offered by both
 * and built the same way by both.
 */

#define G_LOG_DOMAIN "psl-report-kind"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-action-plan-report.h"
#include "psl-activity-report.h"
#include "psl-campaign.h"
#include "psl-candidate-sheet.h"
#include "psl-clause-statement.h"
#include "psl-commitment-sheet.h"
#include "psl-company-sheet.h"
#include "psl-convention-sheet.h"
#include "psl-diagnostic-report.h"
#include "psl-followup-report.h"
#include "psl-format.h"
#include "psl-frame-sheet.h"
#include "psl-map-report.h"
#include "psl-partnership-method.h"
#include "psl-partnership-sheet.h"
#include "psl-pathway-report.h"
#include "psl-positioning-report.h"
#include "psl-privacy-documents.h"
#include "psl-report-kind.h"
#include "share/psl-share.h"

static PslDocument *
build_candidate (PslStore              *store,
                 const PslReportParams *params,
                 GError               **error)
{
  return psl_candidate_sheet_new (store, params->person, params->company, error);
}

static PslDocument *
build_company (PslStore              *store,
               const PslReportParams *params,
               GError               **error)
{
  return psl_company_sheet_new (store, params->company, error);
}

static PslDocument *
build_pathway (PslStore              *store,
               const PslReportParams *params,
               GError               **error)
{
  return psl_pathway_report_new (store, params->person, error);
}

static PslDocument *
build_commitment (PslStore              *store,
                  const PslReportParams *params,
                  GError               **error)
{
  return psl_commitment_sheet_new (store, params->commitment, error);
}

/* For funders, figures only; for the team, naming the people with an alert open. */
static PslDocument *
build_followup (PslStore              *store,
                const PslReportParams *params,
                GError               **error)
{
  return psl_followup_report_new (store, params->from, params->to, params->staff_id,
                                  params->team ? PSL_FOLLOWUP_FOR_TEAM : PSL_FOLLOWUP_FOR_FUNDERS, error);
}

static PslDocument *
build_activity (PslStore              *store,
                const PslReportParams *params,
                GError               **error)
{
  return psl_activity_report_new (store, params->from, params->to, params->antenna_id, error);
}

/* The partnership map, of the 2,000 most active at most, as printed. */
static PslDocument *
build_map (PslStore              *store,
           const PslReportParams *params,
           GError               **error)
{
  PslMapFilter filter = { (char *) params->from, (char *) params->to, (char *) params->antenna_id, NULL, NULL, NULL,
                          PSL_MAP_RINGS_LEVEL, 2000 };

  return psl_map_report_load (store, &filter, error);
}

/* Letters to the active firms chosen by sector, level, referent, antenna
 * or one by its id; answers expected in thirty days unless told. */
static PslDocument *
build_campaign (PslStore              *store,
                const PslReportParams *params,
                GError               **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *in_a_month = NULL;
  PslCampaignOptions campaign = { today, params->reply_by, params->signatory, params->company, params->sector,
                                  params->level };

  if (campaign.reply_by == NULL)
    {
      g_autoptr(GDate) date = psl_date_parse (today);

      g_date_add_days (date, 30);
      campaign.reply_by = in_a_month = psl_date_to_iso (date);
    }
  campaign.referent_id = params->staff_id;
  campaign.antenna_id = params->antenna_id;
  return psl_campaign_new (store, &campaign, NULL, error);
}

static PslDocument *
build_positioning (PslStore              *store,
                   const PslReportParams *params,
                   GError               **error)
{
  return psl_positioning_report_new (store, error);
}

static PslDocument *
build_convention (PslStore              *store,
                  const PslReportParams *params,
                  GError               **error)
{
  return psl_convention_sheet_new (store, params->placement, error);
}

/* Reckoned on today: the statement says so in its heading. */
static PslDocument *
build_clause (PslStore              *store,
              const PslReportParams *params,
              GError               **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_clause_statement_new (store, params->contract, today, error);
}

static PslDocument *
build_frame (PslStore              *store,
             const PslReportParams *params,
             GError               **error)
{
  g_autofree char *frame = psl_share_frame_find (store, params->partner, error);

  return frame != NULL ? psl_frame_sheet_new (store, frame, error) : NULL;
}

/* The partner by its id or name: each of its partnerships, those in force first. */
static PslDocument *
build_partnership (PslStore              *store,
                   const PslReportParams *params,
                   GError               **error)
{
  g_autoptr(GPtrArray) ids = psl_partnership_method_of_partner (store, params->partner, error);

  return ids != NULL ? psl_partnership_sheet_new (store, ids, error) : NULL;
}

static PslDocument *
build_diagnostic (PslStore              *store,
                  const PslReportParams *params,
                  GError               **error)
{
  return psl_diagnostic_report_new (store, error);
}

static PslDocument *
build_action_plan (PslStore              *store,
                   const PslReportParams *params,
                   GError               **error)
{
  return psl_action_plan_report_new (store, error);
}

static PslDocument *
build_person_data (PslStore              *store,
                   const PslReportParams *params,
                   GError               **error)
{
  return psl_person_data_report_new (store, params->person, error);
}

static const PslReportKindInfo kinds[PSL_N_REPORT_KINDS] = {
  [PSL_REPORT_ACTION_PLAN] = { "action-plan", "", N_("the action plan (Annexe 2): its Gantt chart and its tables"),
                               N_("Making the document…"), PSL_REPORT_NEEDS_NOTHING, FALSE, build_action_plan },
  [PSL_REPORT_ACTIVITY] = { "activity", N_("--from DATE --to DATE [--antenna NAME]"),
                            N_("the activity report of a period, for the structure or one antenna"),
                            N_("Making the activity report…"), PSL_REPORT_NEEDS_PERIOD, FALSE, build_activity },
  [PSL_REPORT_CAMPAIGN] = { "campaign", N_("[--sector CODE] [--level CODE] [--staff NAME] [--antenna NAME] "
                                           "[--company ID] [--reply-by DATE] [--signatory TEXT]"),
                            N_("a letter and an engagement survey (Annexe 5) to each firm chosen"),
                            N_("Writing the letters…"), PSL_REPORT_NEEDS_NOTHING, FALSE, build_campaign },
  [PSL_REPORT_CANDIDATE] = { "candidate", N_("--person ID --company ID"),
                             N_("a person’s presentation to a firm, with their consent"), N_("Making the document…"),
                             PSL_REPORT_NEEDS_PERSON | PSL_REPORT_NEEDS_COMPANY, TRUE, build_candidate },
  [PSL_REPORT_CLAUSE] = { "clause", N_("--contract ID"),
                          N_("the insertion hours of a public contract with a social clause, for its buyer"),
                          N_("Making the document…"), PSL_REPORT_NEEDS_CONTRACT, FALSE, build_clause },
  [PSL_REPORT_COMMITMENT] = { "commitment", N_("--commitment ID"), N_("a contract of commitments, printed to be signed"),
                              N_("Making the document…"), PSL_REPORT_NEEDS_COMMITMENT, TRUE, build_commitment },
  [PSL_REPORT_COMPANY] = { "company", N_("--company ID"), N_("a firm’s sheet"), N_("Making the document…"),
                           PSL_REPORT_NEEDS_COMPANY, FALSE, build_company },
  [PSL_REPORT_CONVENTION] = { "convention", N_("--placement ID"),
                              N_("the immersion (PMSMP) convention of a placement, to be signed"),
                              N_("Making the document…"), PSL_REPORT_NEEDS_PLACEMENT, TRUE, build_convention },
  [PSL_REPORT_DIAGNOSTIC] = { "diagnostic", "",
                              N_("the Annexe 3 diagnostic of the structure beside the structures imported"),
                              N_("Making the document…"), PSL_REPORT_NEEDS_NOTHING, FALSE, build_diagnostic },
  [PSL_REPORT_FRAME] = { "frame", N_("--partner NAME"),
                         N_("the confidentiality frame agreed with a partner structure, to be signed"),
                         N_("Making the document…"), PSL_REPORT_NEEDS_PARTNER, FALSE, build_frame },
  [PSL_REPORT_FOLLOWUP] = { "followup", N_("--from DATE --to DATE [--staff NAME] [--team]"),
                            N_("the follow-up in work of a period, for funders or for the team"),
                            N_("Making the follow-up report…"), PSL_REPORT_NEEDS_PERIOD, FALSE, build_followup },
  [PSL_REPORT_PARTNERSHIP] = { "partnership", N_("--partner ID"),
                               N_("a partnership’s file: the seven steps of the method, what is done and what is left"),
                               N_("Making the document…"), PSL_REPORT_NEEDS_PARTNER, FALSE, build_partnership },
  [PSL_REPORT_PATHWAY] = { "pathway", N_("--person ID"), N_("a person’s pathway, for the team"),
                           N_("Making the document…"), PSL_REPORT_NEEDS_PERSON, TRUE, build_pathway },
  [PSL_REPORT_PERSON_DATA] = { "person-data", N_("--person ID"),
                               N_("everything held on a person, to give them (PDF) or to carry elsewhere (JSON)"),
                               N_("Making the document…"), PSL_REPORT_NEEDS_PERSON, TRUE, build_person_data },
  [PSL_REPORT_MAP] = { "map", N_("--from DATE --to DATE [--antenna NAME]"), N_("the partnership map of a period"),
                       N_("Drawing the partnership map…"), PSL_REPORT_NEEDS_PERIOD, FALSE, build_map },
  [PSL_REPORT_POSITIONING] = { "positioning", "", N_("the service beside the other providers (Annexe 3)"),
                               N_("Making the document…"), PSL_REPORT_NEEDS_NOTHING, FALSE, build_positioning },
};

const PslReportKindInfo *
psl_report_kind_info (PslReportKind kind)
{
  g_return_val_if_fail (kind < PSL_N_REPORT_KINDS, NULL);
  return &kinds[kind];
}

gboolean
psl_report_kind_from_name (const char    *name,
                           PslReportKind *kind)
{
  for (guint i = 0; i < PSL_N_REPORT_KINDS; i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}
