/* psl-radar.c — a radar (spider) chart: one axis per criterion, one polygon per series
 *
 * Axis 0 points up and the axes go clockwise, as on the paper forms.  The
 * labels sit outside the outer ring, wrapped to a few words a line; the
 * radius shrinks until every label fits in the drawing, so the same chart
 * works in a tab and on an A4 page.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include <math.h>

#include "psl-draw-theme.h"
#include "psl-radar.h"

#define LABEL_GAP 6.0
#define LABEL_WIDTH_EMS 11.0
#define LABEL_MIN_WIDTH 60.0
#define LEGEND_HEIGHT 20.0

void
psl_radar_point (double  cx,
                 double  cy,
                 double  radius,
                 guint   n_axes,
                 guint   axis,
                 double  fraction,
                 double *x,
                 double *y)
{
  double angle = 2 * G_PI * axis / n_axes - G_PI / 2;

  *x = cx + cos (angle) * radius * fraction;
  *y = cy + sin (angle) * radius * fraction;
}

/* A label may be as wide as the room beside the ring on its side; at the
 * top and bottom, a little wider than the gap between two spokes. */
static PangoLayout *
axis_layout (cairo_t            *cr,
             const PslDrawTheme *theme,
             const PslRadar     *radar,
             guint               axis,
             double              radius,
             double              width)
{
  PangoLayout *layout = psl_draw_layout (cr, theme, 1, FALSE, radar->axis_labels[axis]);
  double ux = sin (2 * G_PI * axis / radar->n_axes);
  double room = fabs (ux) > 0.3 ? width / 2 - radius * fabs (ux) - LABEL_GAP
                                : MAX (2 * G_PI * radius / radar->n_axes * 1.3, LABEL_MIN_WIDTH);

  room = CLAMP (room, LABEL_MIN_WIDTH, LABEL_WIDTH_EMS * theme->font_size * 1.6);
  pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  return layout;
}

/* Where the label of an axis goes: its box touches the point just outside
 * the ring, on the side facing away from the centre. */
static void
label_box (PangoLayout *layout,
           double       px,
           double       py,
           double       cx,
           double       cy,
           double      *x,
           double      *y,
           int         *w,
           int         *h)
{
  PangoRectangle ink, logical;
  double dx = px - cx, dy = py - cy;
  double len = hypot (dx, dy);
  double ux = len > 0 ? dx / len : 0, uy = len > 0 ? dy / len : 0;

  /* The layout is narrowed to its text before it is aligned: aligned
   * within the wider room it was wrapped in, the text would move away
   * from where its box is reckoned, and the box would be the room's. */
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  pango_layout_set_width (layout, (logical.width + 1) * PANGO_SCALE);
  pango_layout_set_alignment (layout, ux > 0.3 ? PANGO_ALIGN_LEFT : ux < -0.3 ? PANGO_ALIGN_RIGHT
                                                                              : PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  *w = logical.width;
  *h = logical.height;
  /* Anchor: left edge for labels on the right, right edge on the left,
   * centred at the top and bottom. */
  *x = px + ux * LABEL_GAP - (ux > 0.3 ? 0 : ux < -0.3 ? *w : *w / 2.0) - logical.x;
  *y = py + uy * LABEL_GAP - (uy > 0.3 ? 0 : uy < -0.3 ? *h : *h / 2.0);
}

static gboolean
boxes_meet (const double *a,
            const double *b)
{
  /* A little air between two labels reads better than touching. */
  return a[0] < b[0] + b[2] + 2 && b[0] < a[0] + a[2] + 2 &&
         a[1] < b[1] + b[3] + 1 && b[1] < a[1] + a[3] + 1;
}

/* TRUE when every label is inside the drawing and none touches another. */
static gboolean
labels_fit (cairo_t            *cr,
            const PslDrawTheme *theme,
            const PslRadar     *radar,
            double              cx,
            double              cy,
            double              radius,
            double              width,
            double              height)
{
  g_autofree double *boxes = g_new (double, 4 * radar->n_axes);

  for (guint i = 0; i < radar->n_axes; i++)
    {
      g_autoptr(PangoLayout) layout = axis_layout (cr, theme, radar, i, radius, width);
      double *box = boxes + 4 * i;
      double px, py;
      int w, h;

      psl_radar_point (cx, cy, radius, radar->n_axes, i, 1, &px, &py);
      label_box (layout, px, py, cx, cy, &box[0], &box[1], &w, &h);
      box[2] = w;
      box[3] = h;
      if (box[0] < 0 || box[1] < 0 || box[0] + w > width || box[1] + h > height)
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (boxes_meet (box, boxes + 4 * j))
          return FALSE;
    }
  return TRUE;
}

static void
draw_grid (cairo_t            *cr,
           const PslDrawTheme *theme,
           const PslRadar     *radar,
           double              cx,
           double              cy,
           double              radius)
{
  double x, y;

  cairo_set_line_width (cr, 1);
  psl_draw_set_colour (cr, theme->grid);
  for (int step = 1; step <= (int) radar->max; step++)
    {
      for (guint i = 0; i <= radar->n_axes; i++)
        {
          psl_radar_point (cx, cy, radius, radar->n_axes, i % radar->n_axes, step / radar->max, &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }
  for (guint i = 0; i < radar->n_axes; i++)
    {
      psl_radar_point (cx, cy, radius, radar->n_axes, i, 1, &x, &y);
      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* The scale, along the first axis. */
  psl_draw_set_colour (cr, theme->dim_text);
  for (int step = 1; step <= (int) radar->max; step++)
    {
      g_autofree char *text = g_strdup_printf ("%d", step);

      psl_radar_point (cx, cy, radius, radar->n_axes, 0, step / radar->max, &x, &y);
      psl_draw_text (cr, theme, x + 3, y, 0.8, FALSE, 0, 0.5, text);
    }
}

static void
draw_series (cairo_t            *cr,
             const PslDrawTheme *theme,
             const PslRadar     *radar,
             guint               s,
             double              cx,
             double              cy,
             double              radius)
{
  const double *colour = theme->series[s % PSL_DRAW_N_SERIES];
  double x, y;

  for (guint i = 0; i < radar->n_axes; i++)
    {
      double v = CLAMP (radar->series[s][i], 0, radar->max);

      psl_radar_point (cx, cy, radius, radar->n_axes, i, v / radar->max, &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, colour[0], colour[1], colour[2], 0.18);
  cairo_fill_preserve (cr);
  psl_draw_set_colour (cr, colour);
  cairo_set_line_width (cr, 2);
  psl_draw_set_series_dash (cr, s);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < radar->n_axes; i++)
    {
      double v = CLAMP (radar->series[s][i], 0, radar->max);

      if (v <= 0)
        continue;
      psl_radar_point (cx, cy, radius, radar->n_axes, i, v / radar->max, &x, &y);
      cairo_arc (cr, x, y, 3, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
draw_legend (cairo_t            *cr,
             const PslDrawTheme *theme,
             const PslRadar     *radar,
             double              width,
             double              y)
{
  double x = 0;

  for (guint s = 0; s < radar->n_series && radar->series_labels != NULL; s++)
    {
      g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 1, FALSE, radar->series_labels[s]);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (x + 28 + w > width)
        break;
      psl_draw_set_colour (cr, theme->series[s % PSL_DRAW_N_SERIES]);
      cairo_set_line_width (cr, 2);
      psl_draw_set_series_dash (cr, s);
      cairo_move_to (cr, x, y + h / 2.0);
      cairo_line_to (cr, x + 22, y + h / 2.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, x + 26, y);
      pango_cairo_show_layout (cr, layout);
      x += 26 + w + 16;
    }
}

/* Draws nothing with fewer than three axes: a radar needs a surface. */
void
psl_radar_draw (cairo_t        *cr,
                double          width,
                double          height,
                const PslRadar *radar)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  double chart_height = height - (radar->n_series > 1 ? LEGEND_HEIGHT : 0);
  double cx = width / 2, cy = chart_height / 2;
  double radius = MIN (width, chart_height) / 2;

  if (radar->n_axes < 3 || radar->max <= 0 || width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  while (radius > 20 && !labels_fit (cr, theme, radar, cx, cy, radius, width, chart_height))
    radius -= 4;

  draw_grid (cr, theme, radar, cx, cy, radius);
  for (guint s = 0; s < radar->n_series; s++)
    draw_series (cr, theme, radar, s, cx, cy, radius);

  psl_draw_set_colour (cr, theme->text);
  for (guint i = 0; i < radar->n_axes; i++)
    {
      g_autoptr(PangoLayout) layout = axis_layout (cr, theme, radar, i, radius, width);
      double px, py, x, y;
      int w, h;

      psl_radar_point (cx, cy, radius, radar->n_axes, i, 1, &px, &py);
      label_box (layout, px, py, cx, cy, &x, &y, &w, &h);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  if (radar->n_series > 1)
    draw_legend (cr, theme, radar, width, chart_height + 4);
  cairo_restore (cr);
}
