/* psl-quadrant-report.c — the firms by relationship quality and opportunities realised, drawn and listed
 *
 * Annexe 4 rates each firm; crossed with what it opened for the people
 * accompanied, the ratings tell a manager where to spend the visits: the
 * pillars to keep, the good relations to turn into opportunities, the
 * busy but fragile ones to secure.  The same data serve the window and
 * the printed page, which lists every firm under its quadrant since the
 * chart cannot name them all.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-quadrant.h"
#include "psl-quadrant-report.h"
#include "psl-report.h"

#define CHART_HEIGHT 330

/* The chart's corners in the order of PslQuadrant. */
G_STATIC_ASSERT ((int) PSL_QUADRANT_TO_BUILD == (int) PSL_QUADRANT_CHART_BOTTOM_LEFT);
G_STATIC_ASSERT ((int) PSL_QUADRANT_TO_DEVELOP == (int) PSL_QUADRANT_CHART_TOP_LEFT);
G_STATIC_ASSERT ((int) PSL_QUADRANT_TO_SECURE == (int) PSL_QUADRANT_CHART_BOTTOM_RIGHT);
G_STATIC_ASSERT ((int) PSL_QUADRANT_PILLAR == (int) PSL_QUADRANT_CHART_TOP_RIGHT);

PslQuadrantData *
psl_quadrant_data_new (PslStore    *store,
                       int          year,
                       const char  *highlight_id,
                       GError     **error)
{
  g_autoptr(PslQuadrantData) data = g_new0 (PslQuadrantData, 1);
  PslScoreSettings settings;

  data->read = psl_quadrant_points (store, year, error);
  if (data->read == NULL)
    return NULL;
  psl_score_settings_load (store, &settings);
  data->year = year;
  data->points = g_new0 (PslQuadrantChartPoint, MAX (data->read->len, 1));
  for (guint i = 0; i < data->read->len; i++)
    {
      PslQuadrantPoint *p = g_ptr_array_index (data->read, i);

      data->points[i] = (PslQuadrantChartPoint) { p->name, p->realised, p->quality,
                                                  g_strcmp0 (p->company_id, highlight_id) == 0 };
    }
  /* Translators: the axis across the quadrant chart; %d is a year */
  data->x_title = g_strdup_printf (_("Opportunities realised in %d, weighted by phase"), year - 1);
  data->chart = (PslQuadrantChart) {
    data->read->len, data->points, settings.quality_threshold, settings.opportunity_threshold,
    { psl_quadrant_label (PSL_QUADRANT_TO_BUILD), psl_quadrant_label (PSL_QUADRANT_TO_DEVELOP),
      psl_quadrant_label (PSL_QUADRANT_TO_SECURE), psl_quadrant_label (PSL_QUADRANT_PILLAR) },
    data->x_title, _("Quality of the relationship (out of 100)"),
  };
  return g_steal_pointer (&data);
}

void
psl_quadrant_data_free (PslQuadrantData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->read, g_ptr_array_unref);
  g_free (data->points);
  g_free (data->x_title);
  g_free (data);
}

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer data)
{
  psl_quadrant_chart_draw (cr, width, height, &((PslQuadrantData *) data)->chart);
}

PslDocument *
psl_quadrant_report_new (PslStore    *store,
                         int          year,
                         const char  *highlight_id,
                         GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  /* The pillars first: the order a manager reads the network in. */
  static const PslQuadrant order[] = {
    PSL_QUADRANT_PILLAR, PSL_QUADRANT_TO_SECURE, PSL_QUADRANT_TO_DEVELOP, PSL_QUADRANT_TO_BUILD,
  };
  static const double widths[] = { 4, 1.2, 1.6 };
  const char *headers[] = { _("Firm"), _("Quality"), _("Opportunities realised (weighted)") };
  g_autoptr(PslQuadrantData) data = psl_quadrant_data_new (store, year, highlight_id, error);
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *thresholds = NULL;
  g_autofree char *quality = NULL;
  g_autofree char *realised = NULL;
  PslQuadrantData *shown;

  if (data == NULL || (doc = psl_report_document_new (store, _("Quality × Opportunities"), error)) == NULL)
    return NULL;
  /* Translators: under the title of the quadrant report; %d is a year */
  subtitle = g_strdup_printf (_("Firms rated, by the latest rating and the opportunities of %d"), year - 1);
  psl_document_set_subtitle (doc, subtitle);
  quality = psl_format_decimal (data->chart.quality_threshold, 0);
  realised = psl_format_decimal (data->chart.opportunity_threshold, 1);
  /* Translators: %1$s a quality out of 100, %2$s a number of opportunities */
  thresholds = g_strdup_printf (_("Thresholds: quality %1$s out of 100, %2$s weighted opportunities realised; "
                                  "they are set in the preferences."), quality, realised);
  psl_report_add_count (doc, data->read->len, ngettext ("firm rated", "firms rated", data->read->len));
  for (guint q = 0; q < G_N_ELEMENTS (order); q++)
    {
      guint n = 0;

      for (guint i = 0; i < data->read->len; i++)
        n += ((PslQuadrantPoint *) g_ptr_array_index (data->read, i))->quadrant == order[q];
      psl_report_add_count (doc, n, psl_quadrant_label (order[q]));
    }
  psl_document_add_note (doc, thresholds);
  /* The document keeps the data; the tables read them after. */
  shown = data;
  psl_document_add_chart (doc, CHART_HEIGHT, draw_chart, g_steal_pointer (&data),
                          (GDestroyNotify) psl_quadrant_data_free);

  for (guint q = 0; q < G_N_ELEMENTS (order); q++)
    {
      PslDocumentTable *table = NULL;

      for (guint i = 0; i < shown->read->len; i++)
        {
          PslQuadrantPoint *p = g_ptr_array_index (shown->read, i);
          g_autofree char *score = NULL;
          g_autofree char *count = NULL;

          if (p->quadrant != order[q])
            continue;
          if (table == NULL)
            {
              psl_document_add_heading (doc, psl_quadrant_label (order[q]));
              table = psl_document_add_table (doc, G_N_ELEMENTS (widths), headers, widths);
            }
          score = psl_format_decimal (p->quality, 0);
          count = psl_format_decimal (p->realised, 1);
          psl_document_table_add_row (table, (const char *[]) { p->name, score, count });
        }
    }
  return g_steal_pointer (&doc);
}
