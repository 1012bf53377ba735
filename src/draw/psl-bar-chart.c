/* psl-bar-chart.c — counts as vertical bars, labelled under and valued above, alone, side by side or stacked
 *
 * The groups share the width, from a baseline with the labels beneath it,
 * wrapped to their slot; each bar says its value, so that the chart reads
 * without an axis.  With several series the bars of a group stand side
 * by side, or stacked in one bar with the group's total on top (the
 * parts are in the table beside); each series has its colour and, for
 * black and white print, a hatching of its own, a darker outline and a
 * legend in the same order.  A limit, when given, is a dashed line above
 * the bars, so that those beyond it stand out without reading figures.
 */

#include "config.h"

#include <math.h>

#include "psl-bar-chart.h"
#include "psl-draw-theme.h"

struct _PslBarChart
{
  GPtrArray *labels;
  GArray    *values;      /* n_series per group, group after group */
  GStrv      series;      /* NULL with one unnamed series */
  guint      n_series;
  gboolean   stacked;
  double     limit;       /* drawn when limit_label is set */
  char      *limit_label;
};

PslBarChart *
psl_bar_chart_new (void)
{
  PslBarChart *chart = g_new0 (PslBarChart, 1);

  chart->labels = g_ptr_array_new_with_free_func (g_free);
  chart->values = g_array_new (FALSE, FALSE, sizeof (double));
  chart->n_series = 1;
  return chart;
}

void
psl_bar_chart_free (PslBarChart *chart)
{
  if (chart == NULL)
    return;
  g_ptr_array_unref (chart->labels);
  g_array_unref (chart->values);
  g_strfreev (chart->series);
  g_free (chart->limit_label);
  g_free (chart);
}

void
psl_bar_chart_set_series (PslBarChart        *chart,
                          const char * const *names)
{
  g_return_if_fail (chart->labels->len == 0);
  g_strfreev (chart->series);
  chart->series = g_strdupv ((char **) names);
  chart->n_series = MIN (MAX (g_strv_length (chart->series), 1), PSL_DRAW_N_SERIES);
}

void
psl_bar_chart_set_stacked (PslBarChart *chart,
                           gboolean     stacked)
{
  chart->stacked = stacked;
}

void
psl_bar_chart_set_limit (PslBarChart *chart,
                         double       value,
                         const char  *label)
{
  g_free (chart->limit_label);
  chart->limit_label = g_strdup (label);
  chart->limit = value;
}

void
psl_bar_chart_add_group (PslBarChart  *chart,
                         const char   *label,
                         const double *values)
{
  g_ptr_array_add (chart->labels, g_strdup (label));
  g_array_append_vals (chart->values, values, chart->n_series);
}

void
psl_bar_chart_add (PslBarChart *chart,
                   const char  *label,
                   double       value)
{
  g_return_if_fail (chart->n_series == 1);
  psl_bar_chart_add_group (chart, label, &value);
}

/* One bar or part of a bar of series s: its colour, its hatching, an outline. */
static void
draw_bar (cairo_t            *cr,
          const PslDrawTheme *theme,
          const PslDrawBox   *box,
          guint               s)
{
  psl_draw_set_colour (cr, theme->series[s % PSL_DRAW_N_SERIES]);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_fill (cr);
  psl_draw_hatch (cr, box, s);
  psl_draw_set_colour (cr, theme->text);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_stroke (cr);
}

/* A bar's value, centred above it, raised above whatever of its group it
 * would meet: a neighbour's bar taller than its own, or a value written
 * before it (values wider than their bars, on bars of about the same
 * height).  taken holds the group's bars and the values written, and
 * gets this one. */
static void
write_value (cairo_t            *cr,
             const PslDrawTheme *theme,
             double              x,
             double              bottom,
             const char         *text,
             GArray             *taken)
{
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.9, FALSE, text);
  int w, h;
  PslDrawBox box;
  gboolean moved = TRUE;

  pango_layout_get_pixel_size (layout, &w, &h);
  box = (PslDrawBox) { x - w / 2.0, bottom - h, w, h };
  /* Each pass raises it above one thing met, and things are few. */
  for (guint pass = 0; moved && pass <= taken->len; pass++)
    {
      moved = FALSE;
      for (guint i = 0; i < taken->len; i++)
        {
          const PslDrawBox *other = &g_array_index (taken, PslDrawBox, i);

          if (other->width > 0 && other->height > 0 && psl_draw_boxes_meet (&box, other, 1))
            {
              box.y = other->y - h - 1;
              moved = TRUE;
            }
        }
    }
  cairo_move_to (cr, box.x, box.y);
  pango_cairo_show_layout (cr, layout);
  g_array_append_val (taken, box);
}

/* A group's label wrapped to its slot. */
static PangoLayout *
group_label (cairo_t            *cr,
             const PslDrawTheme *theme,
             const char         *text,
             double              slot)
{
  PangoLayout *layout = psl_draw_layout (cr, theme, 0.85, FALSE, text);

  pango_layout_set_width (layout, (int) (MAX (slot - 4, 10) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* Over the bars, so that it shows where a bar goes beyond it; the
 * legend says what it is. */
static void
draw_limit (cairo_t            *cr,
            const PslDrawTheme *theme,
            double              x,
            double              y,
            double              width)
{
  static const double dash[] = { 6, 3 };

  psl_draw_set_colour (cr, theme->text);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x, round (y) + 0.5);
  cairo_line_to (cr, x + width, round (y) + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The series' names in a row at the top, each after a square of its
 * colour, then the limit's after a stretch of its line. */
static double
draw_legend (cairo_t            *cr,
             const PslDrawTheme *theme,
             const PslBarChart  *chart)
{
  double x = 0;
  double size = theme->font_size * 0.9;
  guint named = chart->series != NULL && chart->n_series > 1 ? chart->n_series : 0;

  if (named == 0 && chart->limit_label == NULL)
    return 0;
  for (guint s = 0; s <= named; s++)
    {
      const char *text = s < named ? chart->series[s] : chart->limit_label;
      g_autoptr(PangoLayout) layout = NULL;
      int text_width;

      if (text == NULL)
        break;
      layout = psl_draw_layout (cr, theme, 0.85, FALSE, text);
      if (s < named)
        draw_bar (cr, theme, &(PslDrawBox) { x, 2, size, size }, s);
      else
        draw_limit (cr, theme, x, 2 + size / 2, size * 2);
      x += s < named ? size * 1.5 : size * 2.5;
      psl_draw_set_colour (cr, theme->text);
      psl_draw_text (cr, theme, x, 2 + size / 2, 0.85, FALSE, 0.0, 0.5, text);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      x += size * 1.5 + text_width;
    }
  return size * 2.2;
}

void
psl_bar_chart_draw (cairo_t *cr,
                    double   width,
                    double   height,
                    gpointer data)
{
  PslBarChart *chart = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  guint n = chart->labels->len;
  double label_band = theme->font_size * 2.2;
  double value_band = theme->font_size * 1.8;
  double base, top_space;
  double top = 1.0;   /* a chart of zeros keeps its bars flat */
  double slot, bar_width;

  if (n == 0)
    return;
  slot = width / n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) label = group_label (cr, theme, g_ptr_array_index (chart->labels, i), slot);
      double sum = 0;
      int h;

      pango_layout_get_pixel_size (label, NULL, &h);
      label_band = MAX (label_band, h + 6);
      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = g_array_index (chart->values, double, i * chart->n_series + s);

          sum += value;
          top = MAX (top, value);
        }
      if (chart->stacked)
        top = MAX (top, sum);
    }
  if (chart->limit_label != NULL)
    top = MAX (top, chart->limit);
  /* Long labels take at most a third of the height. */
  label_band = MIN (label_band, height / 3);
  base = height - label_band;
  bar_width = chart->stacked ? slot * 0.6 : slot * 0.6 / chart->n_series;
  /* Side by side, a value may stand above its neighbour's: room for two. */
  top_space = draw_legend (cr, theme, chart) + value_band * (chart->n_series > 1 && !chart->stacked ? 2 : 1);

  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, base + 0.5);
  cairo_line_to (cr, width, base + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) label = group_label (cr, theme, g_ptr_array_index (chart->labels, i), slot);
      double stack = 0;
      g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (PslDrawBox));

      /* The group's bars, then their values, which may not cover a bar. */
      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = g_array_index (chart->values, double, i * chart->n_series + s);
          double bar = (base - top_space) * value / top;
          PslDrawBox box = { i * slot + slot * 0.2 + (chart->stacked ? 0 : s * bar_width), base - stack - bar,
                             bar_width, bar };

          if (chart->n_series > 1)
            draw_bar (cr, theme, &box, s);
          else
            {
              psl_draw_set_colour (cr, theme->series[s]);
              cairo_rectangle (cr, box.x, box.y, box.width, box.height);
              cairo_fill (cr);
            }
          if (chart->stacked)
            stack += bar;
          g_array_append_val (taken, box);
        }
      for (guint s = 0; s < chart->n_series && !chart->stacked; s++)
        {
          const PslDrawBox *bar = &g_array_index (taken, PslDrawBox, s);
          g_autofree char *text = g_strdup_printf ("%g", g_array_index (chart->values, double, i * chart->n_series + s));
          PslDrawBox own = *bar;

          /* Its own bar is where it stands on, not in its way. */
          g_array_index (taken, PslDrawBox, s).height = 0;
          psl_draw_set_colour (cr, theme->text);
          write_value (cr, theme, bar->x + bar->width / 2, bar->y - 2, text, taken);
          g_array_index (taken, PslDrawBox, s) = own;
        }
      if (chart->stacked)
        {
          double total = 0;
          g_autofree char *text = NULL;

          for (guint s = 0; s < chart->n_series; s++)
            total += g_array_index (chart->values, double, i * chart->n_series + s);
          text = g_strdup_printf ("%g", total);
          psl_draw_set_colour (cr, theme->text);
          psl_draw_text (cr, theme, i * slot + slot / 2, base - stack - 2, 0.9, TRUE, 0.5, 1.0, text);
        }
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, i * slot + 2, base + 4);
      pango_cairo_show_layout (cr, label);
    }
  if (chart->limit_label != NULL)
    draw_limit (cr, theme, 0, base - (base - top_space) * chart->limit / top, width);
}
