/* psl-profile-chart.c — a positioning profile: items as rows, a 1–5 scale across, one polyline per series
 *
 * The paper grid of Annexe 3 (question 51) asks to join the structure's
 * marks from one item to the next "for a better view of its assets"; the
 * same is done for each provider it compares itself with.  Each series
 * has its colour, its dash and its mark (circle, square, triangle,
 * diamond), so that the lines stay apart in black and white; marks of
 * equal value on one row are set slightly apart vertically.  An item
 * left unrated breaks the line.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include <math.h>

#include "psl-draw-theme.h"
#include "psl-profile-chart.h"

#define HEADER_HEIGHT 34.0
#define LEGEND_HEIGHT 24.0
#define MARK_SIZE 4.5
#define SERIES_SPREAD 3.0

typedef struct
{
  double label_width;
  double scale_x;       /* where the column of 1 begins */
  double column;        /* width of one column */
  double top;
  double row;           /* height of one item's row */
} Grid;

static void
grid_for (const PslProfileChart *chart,
          double                 width,
          double                 height,
          Grid                  *g)
{
  g->label_width = MIN (width * 0.48, 330);
  g->scale_x = g->label_width + 8;
  g->column = (width - g->scale_x) / 5;
  g->top = HEADER_HEIGHT;
  g->row = (height - HEADER_HEIGHT - LEGEND_HEIGHT) / MAX (chart->n_items, 1);
}

void
psl_profile_chart_point (cairo_t               *cr,
                         const PslProfileChart *chart,
                         double                 width,
                         double                 height,
                         guint                  series,
                         guint                  item,
                         int                    value,
                         double                *x,
                         double                *y)
{
  Grid g;

  grid_for (chart, width, height, &g);
  *x = g.scale_x + g.column * (CLAMP (value, 1, 5) - 0.5);
  *y = g.top + g.row * (item + 0.5) + SERIES_SPREAD * (series - (chart->n_series - 1) / 2.0);
}

static void
mark_path (cairo_t *cr,
           guint    series,
           double   x,
           double   y)
{
  double r = MARK_SIZE;

  switch (series % 4)
    {
    case 0:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.1);
      cairo_line_to (cr, x + r, y + r * 0.8);
      cairo_line_to (cr, x - r, y + r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    }
}

/* A mark filled in its series' colour with a dark edge, which prints. */
static void
draw_mark (cairo_t            *cr,
           const PslDrawTheme *theme,
           guint               series,
           double              x,
           double              y)
{
  cairo_new_path (cr);
  mark_path (cr, series, x, y);
  psl_draw_set_colour (cr, theme->series[series % PSL_DRAW_N_SERIES]);
  cairo_fill_preserve (cr);
  psl_draw_set_colour (cr, theme->text);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

static void
draw_grid (cairo_t               *cr,
           const PslDrawTheme    *theme,
           const PslProfileChart *chart,
           const Grid            *g,
           double                 width)
{
  for (guint i = 0; i < chart->n_items; i++)
    {
      g_autoptr(PangoLayout) label = psl_draw_layout (cr, theme, 0.85, FALSE, chart->item_labels[i]);
      double y = g->top + g->row * i;
      int h;

      /* Every other row shaded, as on the paper grid. */
      if (i % 2 == 0)
        {
          cairo_set_source_rgb (cr, 0.95, 0.95, 0.96);
          cairo_rectangle (cr, 0, y, width, g->row);
          cairo_fill (cr);
        }
      pango_layout_set_width (label, (int) (g->label_width * PANGO_SCALE));
      pango_layout_set_wrap (label, PANGO_WRAP_WORD);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (label, (int) (g->row * PANGO_SCALE));
      pango_layout_get_pixel_size (label, NULL, &h);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, 4, y + (g->row - h) / 2);
      pango_cairo_show_layout (cr, label);
    }

  cairo_set_line_width (cr, 1);
  psl_draw_set_colour (cr, theme->grid);
  for (int v = 0; v <= 5; v++)
    {
      double x = g->scale_x + g->column * v;

      cairo_move_to (cr, x + 0.5, g->top);
      cairo_line_to (cr, x + 0.5, g->top + g->row * chart->n_items);
    }
  cairo_stroke (cr);

  for (int v = 1; v <= 5; v++)
    {
      g_autofree char *text = g_strdup_printf ("%d", v);

      psl_draw_set_colour (cr, theme->text);
      psl_draw_text (cr, theme, g->scale_x + g->column * (v - 0.5), g->top - 2, 0.9, TRUE, 0.5, 1, text);
    }
  psl_draw_set_colour (cr, theme->dim_text);
  if (chart->low_label != NULL)
    psl_draw_text (cr, theme, g->scale_x, 0, 0.8, FALSE, 0, 0, chart->low_label);
  if (chart->high_label != NULL)
    psl_draw_text (cr, theme, width, 0, 0.8, FALSE, 1, 0, chart->high_label);
}

static void
draw_legend (cairo_t               *cr,
             const PslDrawTheme    *theme,
             const PslProfileChart *chart,
             double                 y)
{
  double x = 4;

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.9, FALSE,
                                                       chart->series_labels[s] != NULL ? chart->series_labels[s] : "");
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      psl_draw_set_colour (cr, theme->series[s % PSL_DRAW_N_SERIES]);
      cairo_set_line_width (cr, 2);
      psl_draw_set_series_dash (cr, s);
      cairo_move_to (cr, x, y + h / 2.0);
      cairo_line_to (cr, x + 30, y + h / 2.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_mark (cr, theme, s, x + 15, y + h / 2.0);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, x + 36, y);
      pango_cairo_show_layout (cr, layout);
      x += 36 + w + 20;
    }
}

void
psl_profile_chart_draw (cairo_t *cr,
                        double   width,
                        double   height,
                        gpointer data)
{
  const PslProfileChart *chart = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  guint n_series = MIN (chart->n_series, PSL_PROFILE_MAX_SERIES);
  Grid g;

  if (chart->n_items == 0 || width < 120 || height < HEADER_HEIGHT + LEGEND_HEIGHT + 20)
    return;
  grid_for (chart, width, height, &g);
  cairo_save (cr);
  draw_grid (cr, theme, chart, &g, width);

  for (guint s = 0; s < n_series; s++)
    {
      gboolean drawing = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < chart->n_items; i++)
        {
          int v = chart->values[s][i];
          double x, y;

          if (v < 1 || v > 5)
            {
              drawing = FALSE;
              continue;
            }
          psl_profile_chart_point (cr, chart, width, height, s, i, v, &x, &y);
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          drawing = TRUE;
        }
      psl_draw_set_colour (cr, theme->series[s % PSL_DRAW_N_SERIES]);
      cairo_set_line_width (cr, 2);
      psl_draw_set_series_dash (cr, s);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  for (guint s = 0; s < n_series; s++)
    for (guint i = 0; i < chart->n_items; i++)
      {
        int v = chart->values[s][i];
        double x, y;

        if (v < 1 || v > 5)
          continue;
        psl_profile_chart_point (cr, chart, width, height, s, i, v, &x, &y);
        draw_mark (cr, theme, s, x, y);
      }

  draw_legend (cr, theme, chart, g.top + g.row * chart->n_items + 6);
  cairo_restore (cr);
}
