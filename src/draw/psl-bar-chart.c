/* psl-bar-chart.c — counts as vertical bars, labelled under and valued above
 *
 * The bars share the width, from a baseline with the labels beneath it;
 * each bar says its value, so that the chart reads without an axis and
 * prints in black and white.
 */

#include "config.h"

#include <math.h>

#include "psl-bar-chart.h"
#include "psl-draw-theme.h"

struct _PslBarChart
{
  GPtrArray *labels;
  GArray    *values;
};

PslBarChart *
psl_bar_chart_new (void)
{
  PslBarChart *chart = g_new0 (PslBarChart, 1);

  chart->labels = g_ptr_array_new_with_free_func (g_free);
  chart->values = g_array_new (FALSE, FALSE, sizeof (double));
  return chart;
}

void
psl_bar_chart_free (PslBarChart *chart)
{
  if (chart == NULL)
    return;
  g_ptr_array_unref (chart->labels);
  g_array_unref (chart->values);
  g_free (chart);
}

void
psl_bar_chart_add (PslBarChart *chart,
                   const char  *label,
                   double       value)
{
  g_ptr_array_add (chart->labels, g_strdup (label));
  g_array_append_val (chart->values, value);
}

void
psl_bar_chart_draw (cairo_t *cr,
                    double   width,
                    double   height,
                    gpointer data)
{
  PslBarChart *chart = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  guint n = chart->values->len;
  double label_band = theme->font_size * 2.2;
  double value_band = theme->font_size * 1.8;
  double base = height - label_band;
  double top = 1.0;   /* a chart of zeros keeps its bars flat */
  double slot;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    top = MAX (top, g_array_index (chart->values, double, i));
  slot = width / n;

  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, base + 0.5);
  cairo_line_to (cr, width, base + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double value = g_array_index (chart->values, double, i);
      double bar = (base - value_band) * value / top;
      double x = i * slot + slot * 0.2;
      g_autofree char *text = g_strdup_printf ("%g", value);

      psl_draw_set_colour (cr, theme->series[0]);
      cairo_rectangle (cr, x, base - bar, slot * 0.6, bar);
      cairo_fill (cr);
      psl_draw_text (cr, theme, i * slot + slot / 2, base - bar - 2, 0.9, FALSE, 0.5, 1.0, text);
      psl_draw_text (cr, theme, i * slot + slot / 2, base + 4, 0.85, FALSE, 0.5, 0.0,
                     g_ptr_array_index (chart->labels, i));
    }
}
