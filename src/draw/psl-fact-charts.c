/* psl-fact-charts.c — a person's pathway and a firm's relationship as
 * timeline charts
 *
 * Which lane and which look each kind of fact takes: bars for what lasts
 * (the accompaniment, immersions, contracts), marks for the rest, each
 * kind with its colour and glyph so that the legend reads in black and
 * white too.
 */

#include "config.h"

#include "psl-i18n.h"

#include "psl-fact-charts.h"

typedef struct
{
  guint       lane;       /* index in the lanes of the chart */
  const char *style;      /* N_() legend */
  guint       series;
  PslTimelineGlyph glyph;
  gboolean    span;
} Look;

/* Indexed by PslTimelineKind. */
static const Look pathway_looks[] = {
  [PSL_TIMELINE_ENTRY]              = { 0, N_("Entry and exit"), 6, PSL_TIMELINE_GLYPH_STAR },
  [PSL_TIMELINE_REFERENT]           = { 0, N_("Referent"), 7, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_TIMELINE_COMMITMENT_SIGNED]  = { 0, N_("Commitments"), 3, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_TIMELINE_COMPETENCE]         = { 0, N_("Evaluations"), 4, PSL_TIMELINE_GLYPH_DIAMOND },
  [PSL_TIMELINE_BARRIER_IDENTIFIED] = { 0, N_("Barriers"), 5, PSL_TIMELINE_GLYPH_TRIANGLE },
  [PSL_TIMELINE_PLACEMENT_PROPOSED] = { 1, N_("Introductions"), 7, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_TIMELINE_IMMERSION]          = { 1, N_("Immersions"), 2, 0, TRUE },
  [PSL_TIMELINE_CONTRACT]           = { 1, N_("Contracts"), 0, 0, TRUE },
  [PSL_TIMELINE_STEP_DUE]           = { 0, N_("Commitments"), 3, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_TIMELINE_STEP_DONE]          = { 0, N_("Commitments"), 3, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_TIMELINE_FOLLOWUP_DUE]       = { 2, N_("Follow-ups"), 0, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_TIMELINE_FOLLOWUP_DONE]      = { 2, N_("Follow-ups"), 0, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_TIMELINE_ALERT_RAISED]       = { 2, N_("Alerts"), 5, PSL_TIMELINE_GLYPH_CROSS },
  [PSL_TIMELINE_ALERT_RESOLVED]     = { 2, N_("Alerts"), 5, PSL_TIMELINE_GLYPH_CROSS },
  [PSL_TIMELINE_BARRIER_LIFTED]     = { 0, N_("Barriers"), 5, PSL_TIMELINE_GLYPH_TRIANGLE },
  [PSL_TIMELINE_COMMITMENT_REVIEW]  = { 0, N_("Commitments"), 3, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_TIMELINE_EXIT]               = { 0, N_("Entry and exit"), 6, PSL_TIMELINE_GLYPH_STAR },
};

/* Indexed by PslCompanyFactKind. */
static const Look relationship_looks[] = {
  [PSL_COMPANY_FACT_CONTACT]     = { 0, N_("Exchanges"), 0, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_COMPANY_FACT_OPPORTUNITY] = { 1, N_("Opportunities"), 1, PSL_TIMELINE_GLYPH_DIAMOND },
  [PSL_COMPANY_FACT_INTRODUCED]  = { 2, N_("Introductions"), 7, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_COMPANY_FACT_IMMERSION]   = { 2, N_("Immersions"), 2, 0, TRUE },
  [PSL_COMPANY_FACT_CONTRACT]    = { 2, N_("Contracts"), 0, 0, TRUE },
  [PSL_COMPANY_FACT_EVALUATION]  = { 3, N_("Ratings"), 3, PSL_TIMELINE_GLYPH_STAR },
  [PSL_COMPANY_FACT_LEVEL]       = { 3, N_("Partnership level"), 4, PSL_TIMELINE_GLYPH_SQUARE },
};

/* Indexed by PslDueKind. */
static const Look due_looks[] = {
  [PSL_DUE_FOLLOWUP]         = { 0, N_("Follow-ups"), 0, PSL_TIMELINE_GLYPH_CIRCLE },
  [PSL_DUE_FIRM_REMINDER]    = { 0, N_("Firms to call back"), 1, PSL_TIMELINE_GLYPH_DIAMOND },
  [PSL_DUE_PARTNER_REMINDER] = { 0, N_("Partners to call back"), 4, PSL_TIMELINE_GLYPH_SQUARE },
  [PSL_DUE_CONTRACT_END]     = { 0, N_("Contracts ending"), 5, PSL_TIMELINE_GLYPH_TRIANGLE },
  [PSL_DUE_REVIEW]           = { 0, N_("Commitments to review"), 3, PSL_TIMELINE_GLYPH_STAR },
  [PSL_DUE_SURVEY]           = { 0, N_("Calls after exit"), 2, PSL_TIMELINE_GLYPH_CROSS },
};

/* One style per legend name, made when first used. */
static guint
style_for (PslTimelineChart *chart,
           GHashTable       *styles,
           const Look       *look)
{
  gpointer style;

  if (!g_hash_table_lookup_extended (styles, look->style, NULL, &style))
    {
      style = GUINT_TO_POINTER (psl_timeline_chart_add_style (chart, _(look->style), look->series, look->glyph));
      g_hash_table_insert (styles, (gpointer) look->style, style);
    }
  return GPOINTER_TO_UINT (style);
}

static void
add_fact (PslTimelineChart *chart,
          GHashTable       *styles,
          const Look       *look,
          const char       *date,
          const char       *end_date,
          const char       *label,
          const char       *kind,
          const char       *ref_id)
{
  guint style = style_for (chart, styles, look);

  if (look->span)
    psl_timeline_chart_add_bar (chart, look->lane, date, end_date, style, label, kind, ref_id);
  else
    psl_timeline_chart_add_mark (chart, look->lane, date, style, label, kind, ref_id);
}

PslTimelineChart *
psl_pathway_chart_new (GPtrArray *facts)
{
  const char *entered_on = NULL, *exited_on = NULL;
  PslTimelineChart *chart = psl_timeline_chart_new ();
  g_autoptr(GHashTable) styles = g_hash_table_new (g_str_hash, g_str_equal);
  static const Look accompaniment = { 0, N_("Accompaniment"), 7, 0, TRUE };

  psl_timeline_chart_add_lane (chart, _("Accompaniment"));
  psl_timeline_chart_add_lane (chart, _("Immersions and contracts"));
  psl_timeline_chart_add_lane (chart, _("Follow-up in work"));

  /* The accompaniment itself, from entry to exit (or still running). */
  for (guint i = 0; i < facts->len; i++)
    {
      const PslTimelineFact *fact = g_ptr_array_index (facts, i);

      if (fact->kind == PSL_TIMELINE_ENTRY && entered_on == NULL)
        entered_on = fact->date;
      else if (fact->kind == PSL_TIMELINE_EXIT)
        exited_on = fact->date;
    }
  if (entered_on != NULL)
    add_fact (chart, styles, &accompaniment, entered_on, exited_on, _("Accompaniment"), "person", NULL);
  for (guint i = 0; i < facts->len; i++)
    {
      const PslTimelineFact *fact = g_ptr_array_index (facts, i);

      if ((guint) fact->kind >= G_N_ELEMENTS (pathway_looks))
        continue;
      add_fact (chart, styles, &pathway_looks[fact->kind], fact->date, fact->end_date,
                fact->label != NULL ? fact->label : psl_timeline_kind_label (fact->kind),
                fact->kind == PSL_TIMELINE_IMMERSION || fact->kind == PSL_TIMELINE_CONTRACT
                || fact->kind == PSL_TIMELINE_PLACEMENT_PROPOSED ? "placement" : "person",
                fact->ref_id);
    }
  return chart;
}

PslTimelineChart *
psl_relationship_chart_new (GPtrArray *facts)
{
  PslTimelineChart *chart = psl_timeline_chart_new ();
  g_autoptr(GHashTable) styles = g_hash_table_new (g_str_hash, g_str_equal);

  psl_timeline_chart_add_lane (chart, _("Exchanges"));
  psl_timeline_chart_add_lane (chart, _("Opportunities"));
  psl_timeline_chart_add_lane (chart, _("Immersions and contracts"));
  psl_timeline_chart_add_lane (chart, _("Ratings and levels"));
  for (guint i = 0; i < facts->len; i++)
    {
      const PslCompanyFact *fact = g_ptr_array_index (facts, i);

      if ((guint) fact->kind >= G_N_ELEMENTS (relationship_looks))
        continue;
      add_fact (chart, styles, &relationship_looks[fact->kind], fact->date, fact->end_date, fact->label,
                fact->kind == PSL_COMPANY_FACT_CONTACT ? "interaction"
                : fact->kind == PSL_COMPANY_FACT_OPPORTUNITY ? "opportunity"
                : fact->kind == PSL_COMPANY_FACT_EVALUATION || fact->kind == PSL_COMPANY_FACT_LEVEL ? "evaluation"
                : "placement",
                fact->ref_id);
    }
  return chart;
}

PslTimelineChart *
psl_schedule_chart_new (GPtrArray *items)
{
  PslTimelineChart *chart = psl_timeline_chart_new ();
  g_autoptr(GHashTable) styles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const PslScheduleItem *item = g_ptr_array_index (items, i);
      const char *who = item->staff_name != NULL ? item->staff_name : _("Nobody");
      g_autofree char *label = g_strdup_printf ("%s — %s", item->title, item->label);
      gpointer lane;
      Look look;

      if ((guint) item->kind >= G_N_ELEMENTS (due_looks))
        continue;
      /* Counsellors in the order their first item comes. */
      if (!g_hash_table_lookup_extended (lanes, who, NULL, &lane))
        {
          lane = GUINT_TO_POINTER (psl_timeline_chart_add_lane (chart, who));
          g_hash_table_insert (lanes, g_strdup (who), lane);
        }
      look = due_looks[item->kind];
      look.lane = GPOINTER_TO_UINT (lane);
      add_fact (chart, styles, &look, item->due_on, NULL, label,
                item->kind == PSL_DUE_FIRM_REMINDER ? "company"
                : item->kind == PSL_DUE_PARTNER_REMINDER ? "partner" : "person",
                item->owner_id);
    }
  return chart;
}

