/* psl-action-plan-report.c — the action plan (Annexe 2): its Gantt chart and its tables
 *
 * The months run from the plan's first to its last (six at least, a
 * year when no activity has dates yet); an activity given no months of
 * its own is drawn over those of its sub-activities.  Under the chart, the table of
 * the seed in two halves so that it reads on A4: who leads what towards
 * which objective and when, then the tasks, who takes part and the
 * indicators of success.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-action-plan.h"
#include "psl-action-plan-report.h"
#include "psl-format.h"
#include "psl-report.h"

#define MIN_MONTHS 6

/* Months since year 0 of a YYYY-MM text, -1 when there is none. */
static int
month_index (const char *month)
{
  if (month == NULL || strlen (month) < 7)
    return -1;
  return atoi (month) * 12 + atoi (month + 5) - 1;
}

PslActionPlanChart *
psl_action_plan_chart_new (GPtrArray  *items,
                           const char *today)
{
  PslActionPlanChart *chart = g_new0 (PslActionPlanChart, 1);
  int now = month_index (today);
  int first = G_MAXINT, last = -1;
  g_autoptr(GDate) date = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (items, i);
      int start = month_index (item->start_month), end = month_index (item->end_month);

      if (start >= 0)
        first = MIN (first, start);
      if (end >= 0)
        last = MAX (last, end);
      if (start >= 0 && end < 0)
        last = MAX (last, start);
      if (end >= 0 && start < 0)
        first = MIN (first, end);
    }
  if (last < 0)
    {
      /* Nothing dated: this year. */
      first = now - now % 12;
      last = first + 11;
    }
  last = MAX (last, first + MIN_MONTHS - 1);

  chart->rows = g_new0 (PslGanttRow, MAX (items->len, 1));
  chart->labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (items, i);
      int start = month_index (item->start_month), end = month_index (item->end_month);
      int first_sub = -1, last_sub = -1;
      char *label = g_strdup_printf ("%s %s", item->number, item->activity);

      g_ptr_array_add (chart->labels, label);
      /* One month given stands for both ends. */
      if (start < 0)
        start = end;
      if (end < 0)
        end = start;
      /* An activity without months of its own spans its sub-activities. */
      for (guint k = i + 1; item->depth == 0 && start < 0 && k < items->len; k++)
        {
          PslPlanItem *sub = g_ptr_array_index (items, k);
          int s = month_index (sub->start_month), e = month_index (sub->end_month);

          if (sub->depth == 0)
            break;
          if (s < 0)
            s = e;
          if (e < 0)
            e = s;
          if (s < 0)
            continue;
          first_sub = first_sub < 0 ? s : MIN (first_sub, s);
          last_sub = MAX (last_sub, e);
        }
      if (start < 0 && first_sub >= 0)
        {
          start = first_sub;
          end = last_sub;
        }
      chart->rows[i] = (PslGanttRow) { label, item->depth, start >= 0 ? start - first : -1,
                                       end >= 0 ? end - first : -1 };
    }
  date = g_date_new ();
  g_date_set_parse (date, today);
  chart->chart = (PslGanttChart) {
    items->len, chart->rows, first / 12, first % 12 + 1, last - first + 1,
    g_date_valid (date) ? now - first + (g_date_get_day (date) - 1.0)
                                         / g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date))
                        : -1,
  };
  return chart;
}

void
psl_action_plan_chart_free (PslActionPlanChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->rows);
  g_ptr_array_unref (chart->labels);
  g_free (chart);
}

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer data)
{
  psl_gantt_chart_draw (cr, width, height, &((PslActionPlanChart *) data)->chart);
}

/* "03/2026 – 06/2026", one month alone, or a dash. */
static char *
months_text (const PslPlanItem *item)
{
  const char *first = item->start_month != NULL ? item->start_month : item->end_month;
  const char *last = item->end_month != NULL ? item->end_month : item->start_month;

  if (first == NULL)
    return g_strdup ("—");
  if (g_strcmp0 (first, last) == 0)
    return g_strdup_printf ("%.2s/%.4s", first + 5, first);
  /* Translators: a span of months, "03/2026 – 06/2026" */
  return g_strdup_printf (_("%.2s/%.4s – %.2s/%.4s"), first + 5, first, last + 5, last);
}

PslDocument *
psl_action_plan_report_new (PslStore  *store,
                            GError   **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  static const double plan_widths[] = { 0.6, 3, 1.5, 1.5, 3 };
  static const double work_widths[] = { 0.6, 3, 1.5, 3 };
  const char *plan_headers[] = { _("No."), _("Activity"), _("Lead"), _("Months"), _("Objective") };
  const char *work_headers[] = { _("No."), _("Tasks"), _("Participation"), _("Indicators of success, deliverables") };
  g_autoptr(GPtrArray) items = psl_action_plan_list (store, error);
  g_autofree char *today = psl_today_iso ();
  g_autoptr(PslDocument) doc = NULL;
  PslActionPlanChart *chart;
  PslDocumentTable *table;

  if (items == NULL || (doc = psl_report_document_new (store, _("Action Plan"), error)) == NULL)
    return NULL;
  psl_document_set_subtitle (doc, _("Activities, sub-activities and their months"));
  if (items->len == 0)
    {
      psl_document_add_paragraph (doc, _("The plan has no activity yet; activities are added from the Reports "
                                         "page, Action Plan, Edit."));
      return g_steal_pointer (&doc);
    }
  chart = psl_action_plan_chart_new (items, today);
  /* Screen units: about 0.75 point each on paper. */
  psl_document_add_chart (doc, psl_gantt_chart_natural_height (&chart->chart) * 0.75, draw_chart, chart,
                          (GDestroyNotify) psl_action_plan_chart_free);

  psl_document_add_heading (doc, _("Activities"));
  table = psl_document_add_table (doc, G_N_ELEMENTS (plan_widths), plan_headers, plan_widths);
  for (guint i = 0; i < items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (items, i);
      g_autofree char *months = months_text (item);
      psl_document_table_add_row (table, (const char *[]) { item->number, item->activity, item->lead, months,
                                                            item->objective });
    }
  psl_document_add_heading (doc, _("Tasks and Indicators"));
  table = psl_document_add_table (doc, G_N_ELEMENTS (work_widths), work_headers, work_widths);
  for (guint i = 0; i < items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (items, i);

      if (item->tasks == NULL && item->participation == NULL && item->indicators == NULL)
        continue;
      psl_document_table_add_row (table, (const char *[]) { item->number, item->tasks, item->participation,
                                                            item->indicators });
    }
  return g_steal_pointer (&doc);
}
