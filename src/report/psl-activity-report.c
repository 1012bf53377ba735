/* psl-activity-report.c — the activity report (bilan d'activité) for a period and an antenna
 *
 * The document a structure sends its funders and its board each year,
 * in the order they read it: whom we followed, which firms we worked
 * with and how, what it opened, how people left, how work was kept, and
 * the targets beside what was done.  Figures only, no names but the
 * counsellors': it can leave the structure.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-activity-report.h"
#include "psl-bar-chart.h"
#include "psl-followup-report.h"
#include "psl-format.h"
#include "psl-report.h"

#define CHART_HEIGHT 150

static void
add_chart (PslDocument *doc,
           PslBarChart *chart)
{
  psl_document_add_chart (doc, CHART_HEIGHT, psl_bar_chart_draw, chart, (GDestroyNotify) psl_bar_chart_free);
}

static void
add_people (PslDocument       *doc,
            const PslActivity *a)
{
  const char *sex[] = { _("Sex"), _("Followed"), _("New") };
  const char *age[] = { _("Age at entry"), _("Followed"), _("New") };
  const char *referent[] = { _("Counsellor"), _("Followed"), _("New") };
  PslBarChart *chart = psl_bar_chart_new ();

  psl_document_add_heading (doc, _("People Followed"));
  psl_report_add_count (doc, a->people_followed, ngettext ("person followed in the period",
                                                           "people followed in the period", a->people_followed));
  psl_report_add_count (doc, a->people_new, ngettext ("of them is new", "of them new", a->people_new));
  psl_report_add_count (doc, a->people_exited, ngettext ("has left the accompaniment",
                                                         "left the accompaniment", a->people_exited));
  psl_report_add_tallies (doc, sex, 2, a->people_by_sex, TRUE);
  psl_report_add_tallies (doc, age, 2, a->people_by_age, TRUE);
  psl_bar_chart_set_series (chart, (const char *[]) { _("Followed"), _("New"), NULL });
  for (guint i = 0; i < a->people_by_age->len; i++)
    {
      const PslTally *t = g_ptr_array_index (a->people_by_age, i);

      psl_bar_chart_add_group (chart, t->label, (double[]) { t->values[PSL_PEOPLE_FOLLOWED],
                                                             t->values[PSL_PEOPLE_NEW] });
    }
  add_chart (doc, chart);
  psl_document_add_note (doc, _("The age is the age on the day of entry, in the bands of the European Social "
                                "Fund."));
  psl_report_add_tallies (doc, referent, 2, a->people_by_referent, TRUE);
}

static void
add_firms (PslDocument       *doc,
           const PslActivity *a)
{
  const char *sector[] = { _("Sector"), _("Contacted"), _("New"), _("Visited") };
  const char *kind[] = { _("Kind"), _("Number"), _("Minutes") };
  g_autofree char *hours = psl_format_decimal (a->interaction_minutes / 60.0, 1);
  PslBarChart *chart = psl_bar_chart_new ();

  psl_document_add_heading (doc, _("Firms"));
  psl_report_add_count (doc, a->firms_contacted, ngettext ("firm contacted", "firms contacted", a->firms_contacted));
  psl_report_add_count (doc, a->firms_new, ngettext ("is new in the network", "new in the network", a->firms_new));
  psl_report_add_count (doc, a->firms_visited, ngettext ("was visited", "visited", a->firms_visited));
  psl_report_add_tallies (doc, sector, 3, a->firms_by_sector, TRUE);
  psl_document_add_note (doc, _("A firm is new when the relationship started in the period; it is contacted "
                                "or visited when an interaction with it was recorded."));

  psl_document_add_heading (doc, _("Interactions with Firms and Partners"));
  psl_report_add_count (doc, a->interactions, ngettext ("interaction", "interactions", a->interactions));
  psl_document_add_figure (doc, hours, _("hours recorded"));
  psl_report_add_tallies (doc, kind, 2, a->interactions_by_kind, TRUE);
  for (guint i = 0; i < a->interactions_by_kind->len; i++)
    {
      const PslTally *t = g_ptr_array_index (a->interactions_by_kind, i);

      psl_bar_chart_add (chart, t->label, t->values[PSL_INTERACTIONS_COUNT]);
    }
  add_chart (doc, chart);
}

static void
add_opportunities (PslDocument       *doc,
                   const PslActivity *a)
{
  static const double widths[] = { 3, 1, 1, 1 };
  const char *headers[] = { _("Phase of the pathway"), C_("opportunities", "Proposed"), _("Realised"), _("Share realised") };
  PslDocumentTable *table;
  PslBarChart *chart = psl_bar_chart_new ();
  gint64 proposed = 0, realised = 0;
  g_autofree char *proposed_text = NULL;
  g_autofree char *realised_text = NULL;
  g_autofree char *share = NULL;

  psl_document_add_heading (doc, _("Opportunities Proposed and Realised"));
  table = psl_document_add_table (doc, 4, headers, widths);
  psl_bar_chart_set_series (chart, (const char *[]) { C_("opportunities", "Proposed"), _("Realised"), NULL });
  for (guint i = 0; i < a->opportunities_by_phase->len; i++)
    {
      const PslTally *t = g_ptr_array_index (a->opportunities_by_phase, i);
      g_autofree char *p = psl_format_count (t->values[PSL_OPPORTUNITIES_PROPOSED]);
      g_autofree char *r = psl_format_count (t->values[PSL_OPPORTUNITIES_REALISED]);
      g_autofree char *s = psl_report_share (t->values[PSL_OPPORTUNITIES_REALISED],
                                             t->values[PSL_OPPORTUNITIES_PROPOSED]);
      /* Translators: under a bar, "Phase 2" of the pathway */
      g_autofree char *phase = g_strdup_printf (_("Phase %s"), t->code != NULL ? t->code : "?");

      psl_document_table_add_row (table, (const char *[]) { t->label, p, r, s });
      psl_bar_chart_add_group (chart, phase, (double[]) { t->values[PSL_OPPORTUNITIES_PROPOSED],
                                                          t->values[PSL_OPPORTUNITIES_REALISED] });
      proposed += t->values[PSL_OPPORTUNITIES_PROPOSED];
      realised += t->values[PSL_OPPORTUNITIES_REALISED];
    }
  proposed_text = psl_format_count (proposed);
  realised_text = psl_format_count (realised);
  share = psl_report_share (realised, proposed);
  psl_document_table_add_total (table, (const char *[]) { _("Total"), proposed_text, realised_text, share });
  add_chart (doc, chart);
  psl_document_add_note (doc, _("Opportunities proposed in the period; realised when somebody started in one "
                                "or it was marked filled."));
}

/* One definition per figure: each column of the table is a series of
 * the chart, by the same name, and together they make the starts. */
static void
add_placements (PslDocument       *doc,
                const PslActivity *a)
{
  const char *types[] = { _("Type"), _("Started"), _("Under way"), _("Ended as planned"), _("Ended early") };
  const char *immersions[] = { _("Sector of the host firm"), _("Discovering a trade"),
                               _("Confirming a project, skills"), _("Total") };
  g_autofree PslTally *rows = g_new0 (PslTally, MAX (1, a->placements_by_type->len));
  g_autoptr(GPtrArray) tallies = g_ptr_array_new ();
  gint64 early_total = 0;

  psl_document_add_heading (doc, _("Placements Started"));
  if (a->placements_by_type->len == 0)
    psl_document_add_paragraph (doc, _("No immersion or contract started in the period."));
  else
    {
      PslBarChart *chart = psl_bar_chart_new ();

      psl_bar_chart_set_series (chart, (const char *[]) { _("Under way"), _("Ended as planned"), _("Ended early"),
                                                          NULL });
      psl_bar_chart_set_stacked (chart, TRUE);
      for (guint i = 0; i < a->placements_by_type->len; i++)
        {
          const PslTally *t = g_ptr_array_index (a->placements_by_type, i);
          gint64 started = t->values[PSL_PLACEMENTS_STARTED];
          gint64 under_way = t->values[PSL_PLACEMENTS_UNDER_WAY];
          gint64 early = CLAMP (t->values[PSL_PLACEMENTS_ENDED_EARLY], 0, started - under_way);
          gint64 ended = MAX (started - under_way - early, 0);

          rows[i].label = t->label;
          rows[i].values[0] = started;
          rows[i].values[1] = under_way;
          rows[i].values[2] = ended;
          rows[i].values[3] = early;
          g_ptr_array_add (tallies, &rows[i]);
          early_total += early;
          psl_bar_chart_add_group (chart, t->label, (double[]) { under_way, ended, early });
        }
      psl_report_add_tallies (doc, types, 4, tallies, TRUE);
      add_chart (doc, chart);
      /* The early ends of these starts and the early ends of the period
       * (by cause, further on) are two figures: said where they differ. */
      if (early_total != a->followup->ruptures)
        {
          g_autofree char *these = psl_format_count (early_total);
          g_autofree char *those = psl_format_count (a->followup->ruptures);
          /* Translators: %1$s and %2$s are counts */
          g_autofree char *note = g_strdup_printf (_("Ended early: of the immersions and contracts started in the "
                                                     "period, %1$s ended before their term, whenever it was. The "
                                                     "early ends by cause further on are the %2$s that happened in "
                                                     "the period, whenever they had started."), these, those);

          psl_document_add_note (doc, note);
        }
    }
  psl_document_add_heading (doc, _("Immersions by Host and Purpose"));
  psl_report_add_tallies (doc, immersions, 3, a->immersions_by_sector, TRUE);
}

static void
add_outcomes (PslDocument       *doc,
              const PslActivity *a)
{
  static const double widths[] = { 4, 1, 1 };
  const char *headers[] = { _("Outcome"), _("Exits"), _("Share") };
  double rate = psl_activity_durable_rate (a);
  g_autofree char *rate_text = psl_report_share (a->exits_durable, a->people_exited);
  g_autofree char *total = psl_format_count (a->people_exited);
  PslDocumentTable *table;

  psl_document_add_heading (doc, _("Exits by Outcome"));
  psl_report_add_count (doc, a->people_exited, ngettext ("exit in the period",
                                                         "exits in the period", a->people_exited));
  psl_document_add_figure (doc, rate_text, _("in lasting employment"));
  table = psl_document_add_table (doc, 3, headers, widths);
  for (guint i = 0; i < a->outcomes->len; i++)
    {
      const PslTally *t = g_ptr_array_index (a->outcomes, i);
      g_autofree char *count = psl_format_count (t->values[0]);
      g_autofree char *part = psl_report_share (t->values[0], a->people_exited);

      psl_document_table_add_row (table, (const char *[]) { t->label, count, part });
    }
  psl_document_table_add_total (table, (const char *[]) { _("Total"), total, rate < 0 ? "—" : "100 %" });
  psl_document_add_note (doc, _("Lasting employment: a permanent contract or a fixed-term one of six months or "
                                "more, as counted at exit."));
}

static void
add_targets (PslDocument       *doc,
             const PslActivity *a)
{
  static const double widths[] = { 3, 1, 1, 1 };
  const char *headers[] = { _("Indicator"), _("Target for the year"), _("Done"), _("Share of the target") };
  g_autofree char *note = g_strdup_printf (_("The targets are those set for %.4s; what is done is counted over "
                                             "the period of this report."), a->to);
  PslDocumentTable *table;

  psl_document_add_heading (doc, _("Targets and Results"));
  if (a->targets->len == 0)
    {
      psl_document_add_paragraph (doc, _("No target is set for this year; targets are set in the preferences."));
      return;
    }
  table = psl_document_add_table (doc, 4, headers, widths);
  for (guint i = 0; i < a->targets->len; i++)
    {
      const PslTally *t = g_ptr_array_index (a->targets, i);
      g_autofree char *target = psl_format_count (t->values[PSL_TARGET_VALUE]);
      g_autofree char *done = psl_format_count (t->values[PSL_TARGET_ACTUAL]);
      g_autofree char *share = psl_report_share (t->values[PSL_TARGET_ACTUAL], t->values[PSL_TARGET_VALUE]);

      psl_document_table_add_row (table, (const char *[]) { t->label, target, done, share });
    }
  psl_document_add_note (doc, note);
}

PslDocument *
psl_activity_report_new (PslStore    *store,
                         const char  *from,
                         const char  *to,
                         const char  *antenna_id,
                         GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autofree char *today = psl_today_iso ();
  g_autofree char *period = NULL;
  g_autoptr(PslActivity) a = NULL;
  g_autoptr(PslDocument) doc = NULL;

  if (!psl_date_is_iso (from) || !psl_date_is_iso (to) || g_strcmp0 (from, to) > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give a period whose first day comes before its last, for example from "
                             "01/01/2026 to 31/12/2026."));
      return NULL;
    }
  if ((doc = psl_report_document_new_for_antenna (store, _("Activity Report"), antenna_id, error)) == NULL
      || (a = psl_activity_load (store, from, to, today, antenna_id, error)) == NULL)
    return NULL;
  period = psl_report_period (from, to);
  psl_document_set_subtitle (doc, period);

  add_people (doc, a);
  add_firms (doc, a);
  add_opportunities (doc, a);
  add_placements (doc, a);
  add_outcomes (doc, a);
  psl_followup_report_add_keeping (doc, a->followup);
  /* A report for funders: the structure's people, and an antenna's even
   * more, are few enough for a cause of health counted once to name someone. */
  psl_followup_report_add_ruptures (doc, a->followup, TRUE);
  add_targets (doc, a);
  return g_steal_pointer (&doc);
}
