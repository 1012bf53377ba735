/* psl-heat-map.c — a table of counts shaded by their share: the network × phase table of the diagnostic
 *
 * Each cell says how many of the team ticked it and is shaded by that
 * share of the team, so that the networks that bring solutions, and the
 * phases they bring them for, stand out at a glance; the number stays
 * written, so the page still reads in grey.
 */

#include "config.h"

#include "psl-draw-theme.h"
#include "psl-heat-map.h"

#define LABEL_SHARE 0.42   /* of the width, for the rows' labels */
#define ROW_MIN     18.0
#define PAD         3.0

static double
label_height (cairo_t    *cr,
              const char *text,
              double      width,
              double      scale,
              gboolean    bold)
{
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, psl_draw_theme_get_default (), scale, bold, text);
  int h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
show_label (cairo_t    *cr,
            const char *text,
            double      x,
            double      y,
            double      width,
            double      scale,
            gboolean    bold,
            PangoAlignment align)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, scale, bold, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  psl_draw_set_colour (cr, theme->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
header_height (cairo_t          *cr,
               const PslHeatMap *map,
               double            column_width)
{
  double h = 0;

  for (guint c = 0; c < map->n_columns; c++)
    h = MAX (h, label_height (cr, map->column_labels[c], column_width - 2 * PAD, 0.8, TRUE));
  return h + 2 * PAD;
}

static double
row_height (cairo_t          *cr,
            const PslHeatMap *map,
            guint             row,
            double            label_width)
{
  return MAX (ROW_MIN, label_height (cr, map->row_labels[row], label_width - 2 * PAD, 0.85, FALSE) + 2 * PAD);
}

static double
title_height (cairo_t          *cr,
              const PslHeatMap *map,
              double            width)
{
  return map->title != NULL ? label_height (cr, map->title, width, 1.0, TRUE) + 2 * PAD : 0;
}

double
psl_heat_map_height (cairo_t          *cr,
                     const PslHeatMap *map,
                     double            width)
{
  double label_width = width * LABEL_SHARE;
  double column_width = (width - label_width) / MAX (map->n_columns, 1);
  double h = header_height (cr, map, column_width) + title_height (cr, map, width);

  for (guint r = 0; r < map->n_rows; r++)
    h += row_height (cr, map, r, label_width);
  return h + 1;
}

void
psl_heat_map_draw (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  data)
{
  const PslHeatMap *map = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  double label_width = width * LABEL_SHARE;
  double column_width = (width - label_width) / MAX (map->n_columns, 1);
  double top = title_height (cr, map, width);
  double y;

  cairo_save (cr);
  /* The title inside the drawing, so that it never parts from its table. */
  if (map->title != NULL)
    show_label (cr, map->title, 0, 0, width, 1.0, TRUE, PANGO_ALIGN_LEFT);
  cairo_translate (cr, 0, top);
  y = header_height (cr, map, column_width);
  for (guint c = 0; c < map->n_columns; c++)
    show_label (cr, map->column_labels[c], label_width + c * column_width + PAD, PAD, column_width - 2 * PAD, 0.8,
                TRUE, PANGO_ALIGN_CENTER);
  for (guint r = 0; r < map->n_rows; r++)
    {
      double h = row_height (cr, map, r, label_width);

      show_label (cr, map->row_labels[r], PAD, y + PAD, label_width - 2 * PAD, 0.85, FALSE, PANGO_ALIGN_LEFT);
      for (guint c = 0; c < map->n_columns; c++)
        {
          guint n = map->counts[r * map->n_columns + c];
          double share = map->whole > 0 ? MIN (1.0, (double) n / map->whole) : 0;
          double x = label_width + c * column_width;
          const double *ink = theme->series[0];
          g_autofree char *text = g_strdup_printf ("%u", n);

          /* From the page's white to the first series' colour. */
          cairo_set_source_rgb (cr, 1 - share * (1 - ink[0]), 1 - share * (1 - ink[1]), 1 - share * (1 - ink[2]));
          cairo_rectangle (cr, x, y, column_width, h);
          cairo_fill (cr);
          if (share > 0.6)
            cairo_set_source_rgb (cr, 1, 1, 1);
          else
            psl_draw_set_colour (cr, theme->text);
          {
            g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.95, TRUE, text);
            int tw, th;

            pango_layout_get_size (layout, &tw, &th);
            cairo_move_to (cr, x + (column_width - (double) tw / PANGO_SCALE) / 2, y + (h - (double) th / PANGO_SCALE) / 2);
            pango_cairo_show_layout (cr, layout);
          }
        }
      psl_draw_set_colour (cr, theme->grid);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, 0, y + 0.25);
      cairo_line_to (cr, width, y + 0.25);
      cairo_stroke (cr);
      y += h;
    }
  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  for (guint c = 0; c <= map->n_columns; c++)
    {
      cairo_move_to (cr, label_width + c * column_width, 0);
      cairo_line_to (cr, label_width + c * column_width, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  (void) height;
}
