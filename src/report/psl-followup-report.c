/* psl-followup-report.c — the report on follow-up in work for a period: kept or not, alerts, ruptures
 *
 * For the structure's managers and funders who ask how people are kept
 * in work: the follow-ups planned and done (on time, late, missed,
 * tripartite), how soon a start is followed, the alerts, and the early
 * ends by cause and by month of the contract — most happen in the first
 * months (seed 000).  The team's version names the people with an alert
 * open; the funders' version gives their number only.  Neither is ever
 * one for a firm.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-alert.h"
#include "psl-bar-chart.h"
#include "psl-compliance.h"
#include "psl-followup-report.h"
#include "psl-format.h"
#include "psl-in-work.h"
#include "psl-report.h"
#include "psl-rupture.h"

#define ALERTS_LISTED 200

void
psl_followup_report_add_keeping (PslDocument         *doc,
             const PslCompliance *c)
{
  g_autofree char *days = c->first_days < 0 ? g_strdup ("—") : psl_format_decimal (c->first_days, 1);
  g_autofree char *on_time = psl_report_share (c->on_time, c->on_time + c->late + c->missed);

  psl_document_add_heading (doc, _("How Follow-up Is Kept"));
  psl_report_add_count (doc, c->planned, ngettext ("follow-up planned", "follow-ups planned", c->planned));
  psl_report_add_count (doc, c->on_time, ngettext ("was done on time", "done on time", c->on_time));
  psl_report_add_count (doc, c->late, ngettext ("was done late", "done late", c->late));
  psl_report_add_count (doc, c->missed, ngettext ("was missed", "missed", c->missed));
  psl_report_add_count (doc, c->pending, ngettext ("is still to come", "still to come", c->pending));
  /* The note ends the first row of figures. */
  {
    /* Translators: %u is a number of days, the tolerance set in the preferences */
    g_autofree char *note = g_strdup_printf (psl_ngettext (
      "A follow-up counts in the period it was first planned in, and lateness from that date, wherever it was "
      "moved since; done at most %u day after it, it is done on time.",
      "A follow-up counts in the period it was first planned in, and lateness from that date, wherever it was "
      "moved since; done at most %u days after it, it is done on time.", c->tolerance), c->tolerance);

    psl_document_add_note (doc, note);
  }
  psl_report_add_count (doc, c->tripartite, ngettext ("done as a tripartite meeting",
                                                      "done as tripartite meetings", c->tripartite));
  psl_document_add_figure (doc, on_time, _("of those due done on time"));
  psl_document_add_figure (doc, days, _("days, median, from a start to the first follow-up"));
  psl_report_add_count (doc, c->starts, ngettext ("immersion or contract started",
                                                  "immersions and contracts started", c->starts));
}

/* Under five, a count of a sensitive cause in a small group points at a
 * person: it shows "< 5", and its share too, which would give it back.
 * The total stays, as funders need it; a known limit: with one cell
 * hidden, the total less the other rows gives it back to a patient reader. */
static void
cause_cells (const PslCodeCount  *cause,
             guint                ruptures,
             gboolean             small_hidden,
             char               **count,
             char               **share)
{
  if (small_hidden && cause->count > 0 && cause->count < 5 && psl_rupture_cause_is_sensitive (cause->code))
    {
      /* Translators: a count too small to be shown, in a report for funders */
      *count = g_strdup (_("< 5"));
      *share = g_strdup (_("< 5"));
      return;
    }
  *count = psl_format_count (cause->count);
  *share = psl_report_share (cause->count, ruptures);
}

void
psl_followup_report_add_ruptures (PslDocument         *doc,
              const PslCompliance *c,
              gboolean             small_hidden)
{
  static const double widths[] = { 4, 1, 1 };
  const char *headers[] = { _("Cause"), _("Early ends"), _("Share") };
  PslDocumentTable *table;
  g_autoptr(PslBarChart) chart = psl_bar_chart_new ();
  g_autofree char *total = psl_format_count (c->ruptures);

  psl_document_add_heading (doc, _("Early Ends by Cause"));
  if (c->ruptures == 0)
    {
      psl_document_add_paragraph (doc, _("No early end in the period."));
      return;
    }
  table = psl_document_add_table (doc, 3, headers, widths);
  for (guint i = 0; i < c->by_cause->len; i++)
    {
      PslCodeCount *cause = g_ptr_array_index (c->by_cause, i);
      g_autofree char *count = NULL;
      g_autofree char *part = NULL;

      cause_cells (cause, c->ruptures, small_hidden, &count, &part);
      psl_document_table_add_row (table, (const char *[]) { cause->label, count, part });
    }
  psl_document_table_add_total (table, (const char *[]) { _("Total"), total, "100 %" });
  if (small_hidden)
    psl_document_add_note (doc, _("A cause about health or disability counted fewer than five times "
                                  "shows “< 5”, so that nobody can be recognised."));

  psl_document_add_heading (doc, _("Early Ends by Month of the Contract"));
  for (guint m = 1; m <= 13; m++)
    {
      /* Translators: the month of a contract, under a bar: "M1" … "M12", then "later" */
      g_autofree char *label = m < 13 ? g_strdup_printf (_("M%u"), m) : g_strdup (_("later"));

      psl_bar_chart_add (chart, label, c->by_month[m % 13]);
    }
  psl_document_add_chart (doc, 150, psl_bar_chart_draw, g_steal_pointer (&chart),
                          (GDestroyNotify) psl_bar_chart_free);
  psl_document_add_note (doc, _("The month of the contract the end happened in: M1 is its first month."));
}

static gboolean
add_alerts (PslDocument         *doc,
            PslStore            *store,
            const PslCompliance *c,
            const char          *from,
            const char          *to,
            const char          *today,
            const char          *staff_id,
            PslFollowupAudience  audience,
            GError             **error)
{
  static const double widths[] = { 2, 2.4, 1.2, 1.1, 1.6 };
  const char *headers[] = { _("Person"), _("Firm"), _("Risk"), _("Opened on"), _("Raised") };
  guint total = 0;
  /* Every section keeps to the period: a period still running is seen
   * as of today, one over as of its last day. */
  const char *until = g_strcmp0 (to, today) < 0 ? to : NULL;
  g_autoptr(GPtrArray) alerts = psl_open_alerts_load_in (store, staff_id, from, until, ALERTS_LISTED, &total, error);
  g_autofree char *opened = psl_format_count (c->alerts_opened);
  g_autofree char *resolved = psl_format_count (c->alerts_resolved);
  g_autofree char *open_now = NULL;
  PslDocumentTable *table;

  if (alerts == NULL)
    return FALSE;
  open_now = psl_format_count (total);
  psl_document_add_heading (doc, _("Alerts"));
  psl_document_add_figure (doc, opened, _("alerts opened in the period"));
  psl_document_add_figure (doc, resolved, _("of them resolved"));
  psl_document_add_figure (doc, open_now, until != NULL ? _("of them still open at the end of the period")
                                                        : _("of them open today"));
  /* Funders learn how many, never who. */
  if (alerts->len == 0 || audience == PSL_FOLLOWUP_FOR_FUNDERS)
    return TRUE;
  table = psl_document_add_table (doc, 5, headers, widths);
  for (guint i = 0; i < alerts->len; i++)
    {
      PslOpenAlert *alert = g_ptr_array_index (alerts, i);
      g_autofree char *date = psl_format_date_short (alert->opened_on);

      psl_document_table_add_row (table, (const char *[]) {
        alert->person_name, psl_report_or_dash (alert->firm), psl_alert_risk_label (alert->risk), date,
        psl_alert_raiser_label (alert->raised_by) });
    }
  if (total > alerts->len)
    {
      g_autofree char *more = g_strdup_printf (_("The %u most serious and oldest are listed, of %u."),
                                               alerts->len, total);
      psl_document_add_note (doc, more);
    }
  return TRUE;
}

PslDocument *
psl_followup_report_new (PslStore            *store,
                         const char          *from,
                         const char          *to,
                         const char          *staff_id,
                         PslFollowupAudience  audience,
                         GError             **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autofree char *today = psl_today_iso ();
  g_autoptr(PslCompliance) c = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *period = NULL;

  if (!psl_date_is_iso (from) || !psl_date_is_iso (to) || g_strcmp0 (from, to) > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give a period whose first day comes before its last, for example from "
                             "01/01/2026 to 31/12/2026."));
      return NULL;
    }
  if ((c = psl_compliance_load (store, from, to, today, staff_id, NULL, error)) == NULL
      || (doc = psl_report_document_new (store, _("Follow-up in Work"), error)) == NULL)
    return NULL;
  period = psl_report_period (from, to);
  psl_document_set_subtitle (doc, period);

  psl_followup_report_add_keeping (doc, c);
  /* Funders read it: a structure, an antenna or a counsellor has few
   * enough people for a cause of health counted once to name someone. */
  psl_followup_report_add_ruptures (doc, c, audience == PSL_FOLLOWUP_FOR_FUNDERS);
  if (!add_alerts (doc, store, c, from, to, today, staff_id, audience, error))
    return NULL;
  return g_steal_pointer (&doc);
}
