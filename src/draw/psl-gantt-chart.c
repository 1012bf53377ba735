/* psl-gantt-chart.c — an action plan as a Gantt chart: activities down, months across
 *
 * The planning column of Annexe 2 drawn as bars: the labels on the left,
 * sub-activities indented under their activity, one column per month
 * headed by its abbreviated name and the year where it changes.  An
 * activity's bar is dark and solid, a sub-activity's lighter and
 * hatched, so that the two read apart in grey; a red line marks today.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include "psl-i18n.h"

#include "psl-gantt-chart.h"

#define ROW_HEIGHT 22.0
#define MIN_ROW_HEIGHT 14.0
#define HEADER_HEIGHT 34.0
#define INDENT 14.0

static const char *const month_abbreviations[] = {
  /* Translators: abbreviated month names in the action plan's chart */
  N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
  N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

double
psl_gantt_chart_natural_height (const PslGanttChart *chart)
{
  return HEADER_HEIGHT + ROW_HEIGHT * MAX (chart->n_rows, 1) + 2;
}

void
psl_gantt_chart_layout (const PslGanttChart *chart,
                        double               width,
                        double               height,
                        PslGanttLayout      *layout)
{
  layout->label_width = MIN (width * 0.36, 280);
  layout->header_height = HEADER_HEIGHT;
  layout->row_height = MIN (ROW_HEIGHT, MAX ((height - HEADER_HEIGHT) / MAX (chart->n_rows, 1), MIN_ROW_HEIGHT));
  layout->month_width = (width - layout->label_width) / MAX (chart->n_months, 1);
  layout->bars = g_new0 (PslDrawBox, MAX (chart->n_rows, 1));
  for (guint i = 0; i < chart->n_rows; i++)
    {
      const PslGanttRow *row = &chart->rows[i];
      int start = MAX (row->start, 0), end = MIN (row->end, (int) chart->n_months - 1);
      double pad = layout->row_height * (row->depth == 0 ? 0.2 : 0.28);

      /* No dates, or wholly outside the months shown: no bar. */
      if (row->start < 0 || row->end < row->start || end < start)
        continue;
      layout->bars[i] = (PslDrawBox) {
        layout->label_width + layout->month_width * start,
        layout->header_height + layout->row_height * i + pad,
        layout->month_width * (end - start + 1),
        layout->row_height - 2 * pad,
      };
    }
}

void
psl_gantt_chart_layout_clear (PslGanttLayout *layout)
{
  g_clear_pointer (&layout->bars, g_free);
}

static void
draw_header (cairo_t             *cr,
             const PslDrawTheme  *theme,
             const PslGanttChart *chart,
             const PslGanttLayout *l,
             double               bottom)
{
  for (guint m = 0; m < chart->n_months; m++)
    {
      int month = (chart->first_month - 1 + (int) m) % 12;
      int year = chart->first_year + (chart->first_month - 1 + (int) m) / 12;
      double x = l->label_width + l->month_width * m;
      g_autoptr(PangoLayout) name = psl_draw_layout (cr, theme, 0.8, FALSE, _(month_abbreviations[month]));
      int w;

      /* A new year: its number, and a darker line. */
      if (m == 0 || month == 0)
        {
          g_autofree char *text = g_strdup_printf ("%d", year);

          psl_draw_set_colour (cr, theme->text);
          psl_draw_text (cr, theme, x + 3, 2, 0.85, TRUE, 0, 0, text);
        }
      psl_draw_set_colour (cr, month == 0 ? theme->dim_text : theme->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x + 0.5, month == 0 || m == 0 ? 0 : l->header_height / 2);
      cairo_line_to (cr, x + 0.5, bottom);
      cairo_stroke (cr);
      /* Narrow months keep their initial only. */
      pango_layout_get_pixel_size (name, &w, NULL);
      if (w > l->month_width - 2)
        {
          g_autofree char *initial = g_utf8_substring (_(month_abbreviations[month]), 0, 1);

          pango_layout_set_text (name, initial, -1);
          pango_layout_get_pixel_size (name, &w, NULL);
        }
      psl_draw_set_colour (cr, theme->dim_text);
      cairo_move_to (cr, x + (l->month_width - w) / 2, l->header_height / 2 + 2);
      pango_cairo_show_layout (cr, name);
    }
}

void
psl_gantt_chart_draw (cairo_t *cr,
                      double   width,
                      double   height,
                      gpointer data)
{
  const PslGanttChart *chart = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  PslGanttLayout l;
  double bottom;

  if (chart->n_months == 0 || width < 100)
    return;
  cairo_save (cr);
  psl_gantt_chart_layout (chart, width, height, &l);
  bottom = l.header_height + l.row_height * chart->n_rows;

  for (guint i = 0; i < chart->n_rows; i++)
    {
      const PslGanttRow *row = &chart->rows[i];
      double y = l.header_height + l.row_height * i;
      g_autoptr(PangoLayout) label = psl_draw_layout (cr, theme, row->depth == 0 ? 0.85 : 0.8, row->depth == 0,
                                                      row->label != NULL ? row->label : "");
      double indent = 4 + INDENT * row->depth;
      int h;

      if (row->depth == 0)
        {
          cairo_set_source_rgb (cr, 0.94, 0.94, 0.95);
          cairo_rectangle (cr, 0, y, width, l.row_height);
          cairo_fill (cr);
        }
      pango_layout_set_width (label, (int) ((l.label_width - indent - 4) * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (label, NULL, &h);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, indent, y + (l.row_height - h) / 2);
      pango_cairo_show_layout (cr, label);
    }
  draw_header (cr, theme, chart, &l, bottom);
  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, l.header_height - 0.5);
  cairo_line_to (cr, width, l.header_height - 0.5);
  cairo_move_to (cr, 0, bottom + 0.5);
  cairo_line_to (cr, width, bottom + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < chart->n_rows; i++)
    {
      const PslDrawBox *bar = &l.bars[i];
      guint series = chart->rows[i].depth == 0 ? 3 : 0;

      if (bar->width <= 0)
        continue;
      psl_draw_set_colour (cr, theme->series[series]);
      cairo_rectangle (cr, bar->x + 1, bar->y, bar->width - 2, bar->height);
      cairo_fill (cr);
      if (chart->rows[i].depth > 0)
        psl_draw_hatch (cr, &(PslDrawBox) { bar->x + 1, bar->y, bar->width - 2, bar->height }, 1);
      psl_draw_set_colour (cr, theme->text);
      cairo_set_line_width (cr, 0.6);
      cairo_rectangle (cr, bar->x + 1, bar->y, bar->width - 2, bar->height);
      cairo_stroke (cr);
    }

  if (chart->today >= 0 && chart->today <= chart->n_months)
    {
      double x = l.label_width + l.month_width * chart->today;

      psl_draw_set_colour (cr, theme->series[5]);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, (double[]) { 4, 2 }, 2, 0);
      cairo_move_to (cr, x, l.header_height / 2);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  psl_gantt_chart_layout_clear (&l);
  cairo_restore (cr);
}
