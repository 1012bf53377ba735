/* psl-positioning-report.c — the service's positioning beside the other providers (Annexe 3), drawn and listed
 *
 * The profile first, three lines over the seventeen expectations of
 * employers, then the table as the paper grid has it: the three ratings
 * and the lines of work of each item.  For the team's diagnostic day and
 * the board; it names no one.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-positioning-report.h"
#include "psl-report.h"

/* Seventeen rows of about 22 points, the scale above, the legend below. */
#define CHART_HEIGHT 430

void
psl_positioning_chart_fill (PslPositioningChart  *chart,
                            const PslPositioning *positioning)
{
  memset (chart, 0, sizeof *chart);
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    {
      chart->labels[i] = psl_positioning_item_label (i);
      for (guint p = 0; p < PSL_N_PROVIDERS; p++)
        chart->values[p][i] = positioning->ratings[i][p];
    }
  chart->chart.n_items = PSL_POSITIONING_N_ITEMS;
  chart->chart.item_labels = chart->labels;
  chart->chart.n_series = PSL_N_PROVIDERS;
  for (guint p = 0; p < PSL_N_PROVIDERS; p++)
    {
      chart->chart.values[p] = chart->values[p];
      chart->chart.series_labels[p] = psl_provider_label (p);
    }
  chart->chart.low_label = _("Weak asset");
  chart->chart.high_label = _("Strong asset");
}

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer data)
{
  psl_profile_chart_draw (cr, width, height, &((PslPositioningChart *) data)->chart);
}

static char *
rating_text (int rating)
{
  return rating > 0 ? g_strdup_printf ("%d", rating) : g_strdup ("—");
}

PslDocument *
psl_positioning_report_new (PslStore  *store,
                            GError   **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  static const double widths[] = { 3, 1.4, 1, 1.1, 3 };
  const char *headers[] = { _("Expectations of employers"), psl_provider_label (PSL_PROVIDER_STRUCTURE),
                            psl_provider_label (PSL_PROVIDER_INTERIM),
                            psl_provider_label (PSL_PROVIDER_FRANCE_TRAVAIL), _("Lines of work") };
  g_autoptr(PslPositioning) positioning = psl_positioning_load (store, error);
  g_autoptr(PslDocument) doc = NULL;
  PslPositioningChart *chart;
  PslDocumentTable *table;

  if (positioning == NULL || (doc = psl_report_document_new (store, _("Positioning of the Service"), error)) == NULL)
    return NULL;
  if (positioning->answered_on != NULL)
    {
      g_autofree char *date = psl_format_date (positioning->answered_on);
      /* Translators: under the title of the positioning report; %s is a date */
      g_autofree char *subtitle = g_strdup_printf (_("Beside the other employment providers, as of %s"), date);

      psl_document_set_subtitle (doc, subtitle);
    }
  else
    psl_document_set_subtitle (doc, _("Beside the other employment providers: not filled in yet"));
  psl_document_add_paragraph (doc, _("For each expectation of employers, the structure, temporary work and France "
                                     "Travail placed from 1, a weak asset, to 5, a strong one (diagnostic grid of "
                                     "the employer-relations service, question 51)."));

  chart = g_new0 (PslPositioningChart, 1);
  psl_positioning_chart_fill (chart, positioning);
  psl_document_add_chart (doc, CHART_HEIGHT, draw_chart, chart, g_free);

  psl_document_add_heading (doc, _("Ratings and Lines of Work"));
  table = psl_document_add_table (doc, G_N_ELEMENTS (widths), headers, widths);
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    {
      g_autofree char *ours = rating_text (positioning->ratings[i][PSL_PROVIDER_STRUCTURE]);
      g_autofree char *interim = rating_text (positioning->ratings[i][PSL_PROVIDER_INTERIM]);
      g_autofree char *france_travail = rating_text (positioning->ratings[i][PSL_PROVIDER_FRANCE_TRAVAIL]);

      psl_document_table_add_row (table, (const char *[]) { psl_positioning_item_label (i), ours, interim,
                                                            france_travail, positioning->notes[i] });
    }
  return g_steal_pointer (&doc);
}
