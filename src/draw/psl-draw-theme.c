/* psl-draw-theme.c — the one look of every drawing: fonts, colours, line styles
 *
 * The series colours differ in lightness as well as in hue, and each
 * series has its own dash pattern, so that a chart printed in black and
 * white still tells its series apart.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include "psl-draw-theme.h"

static const PslDrawTheme default_theme = {
  .font_family = "Cantarell, Sans",
  .font_size = 9,
  .text = { 0.14, 0.14, 0.16 },
  .dim_text = { 0.40, 0.40, 0.44 },
  .grid = { 0.78, 0.78, 0.80 },
  .background = { 1, 1, 1 },
  .series = {
    { 0.11, 0.44, 0.85 },   /* blue */
    { 0.90, 0.38, 0.00 },   /* orange, lighter in grey */
    { 0.15, 0.64, 0.41 },   /* green */
    { 0.38, 0.21, 0.51 },   /* purple, dark */
    { 0.96, 0.76, 0.07 },   /* yellow, very light */
    { 0.75, 0.11, 0.16 },   /* red */
    { 0.39, 0.27, 0.17 },   /* brown, darkest */
    { 0.47, 0.47, 0.47 },   /* grey */
  },
};

static const double dashes[PSL_DRAW_N_SERIES][2] = {
  { 0, 0 }, { 6, 3 }, { 2, 2 }, { 8, 2 }, { 4, 4 }, { 1, 3 }, { 10, 4 }, { 3, 6 },
};

const PslDrawTheme *
psl_draw_theme_get_default (void)
{
  return &default_theme;
}

void
psl_draw_set_colour (cairo_t      *cr,
                     const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

void
psl_draw_set_series_dash (cairo_t *cr,
                          guint    series)
{
  const double *dash = dashes[series % PSL_DRAW_N_SERIES];

  cairo_set_dash (cr, dash, dash[0] > 0 ? 2 : 0, 0);
}

PangoLayout *
psl_draw_layout (cairo_t            *cr,
                 const PslDrawTheme *theme,
                 double              size_scale,
                 gboolean            bold,
                 const char         *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (theme->font_family);

  pango_font_description_set_absolute_size (font, theme->font_size * size_scale * PANGO_SCALE * 4 / 3);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

/* Draws text with its box aligned on (x, y): xalign 0 puts its left edge
 * there, 1 its right edge; yalign likewise from top to bottom. */
void
psl_draw_text (cairo_t            *cr,
               const PslDrawTheme *theme,
               double              x,
               double              y,
               double              size_scale,
               gboolean            bold,
               double              xalign,
               double              yalign,
               const char         *text)
{
  PangoLayout *layout = psl_draw_layout (cr, theme, size_scale, bold, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - xalign * w, y - yalign * h);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

gboolean
psl_draw_boxes_meet (const PslDrawBox *a,
                     const PslDrawBox *b,
                     double            gap)
{
  return a->x < b->x + b->width + gap && b->x < a->x + a->width + gap &&
         a->y < b->y + b->height + gap && b->y < a->y + a->height + gap;
}

/* Black lines at half opacity read on every fill colour. */
void
psl_draw_hatch (cairo_t          *cr,
                const PslDrawBox *box,
                guint             series)
{
  const double step = 5;
  guint kind = series % 6;
  double extent = box->width + box->height;

  if (kind == 0 || box->width <= 0 || box->height <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.55);
  cairo_set_line_width (cr, 0.8);
  for (double d = -extent; d < extent; d += step)
    switch (kind)
      {
      case 1:   /* rising diagonals */
        cairo_move_to (cr, box->x + d, box->y + box->height);
        cairo_line_to (cr, box->x + d + box->height, box->y);
        break;
      case 2:   /* crossed diagonals */
        cairo_move_to (cr, box->x + d, box->y + box->height);
        cairo_line_to (cr, box->x + d + box->height, box->y);
        cairo_move_to (cr, box->x + d, box->y);
        cairo_line_to (cr, box->x + d + box->height, box->y + box->height);
        break;
      case 3:   /* horizontal lines */
        if (d >= 0 && d < box->height)
          {
            cairo_move_to (cr, box->x, box->y + d + step / 2);
            cairo_line_to (cr, box->x + box->width, box->y + d + step / 2);
          }
        break;
      case 4:   /* falling diagonals */
        cairo_move_to (cr, box->x + d, box->y);
        cairo_line_to (cr, box->x + d + box->height, box->y + box->height);
        break;
      case 5:   /* vertical lines */
      default:
        if (d >= 0 && d < box->width)
          {
            cairo_move_to (cr, box->x + d + step / 2, box->y);
            cairo_line_to (cr, box->x + d + step / 2, box->y + box->height);
          }
        break;
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}
