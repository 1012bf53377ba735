/* psl-radar.c — a radar (spider) chart: one axis per criterion, one polygon per series
 *
 * Axis 0 points up and the axes go clockwise, as on the paper forms.  The
 * criteria of Annexe 4 are long sentences, so the labels get the room
 * beside the ring on their side and are wrapped to it; those of one side
 * are then stacked so that none covers another, and pushed out until none
 * crosses the ring.  The largest ring that leaves the labels apart inside
 * the drawing is kept; only when even a small ring would not do is the
 * text made a little smaller.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include <math.h>

#include "psl-draw-theme.h"
#include "psl-radar.h"

#define LABEL_GAP 6.0
#define LABEL_AIR 2.0
#define LABEL_MIN_WIDTH 60.0
#define LABEL_MAX_EMS 16.0
#define LEGEND_HEIGHT 20.0

static const double font_scales[] = { 1.0, 0.9, 0.8 };

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

/* -1 for a label left of the centre, 1 right of it, 0 at the top or the
 * bottom. */
static int
axis_side (guint axis,
           guint n_axes)
{
  double ux = sin (2 * G_PI * axis / n_axes);

  return ux > 0.15 ? 1 : ux < -0.15 ? -1 : 0;
}

/* A side label may be as wide as the room between the ring and the edge;
 * one at the top or bottom, about the ring's width. */
static PangoLayout *
axis_layout (cairo_t            *cr,
             const PslDrawTheme *theme,
             const PslRadar     *radar,
             guint               axis,
             double              radius,
             double              width,
             double              scale)
{
  PangoLayout *layout = psl_draw_layout (cr, theme, scale, FALSE, radar->axis_labels[axis]);
  double ux = sin (2 * G_PI * axis / radar->n_axes);
  int side = axis_side (axis, radar->n_axes);
  double room = side != 0 ? width / 2 - (radius + LABEL_GAP) * fabs (ux) - LABEL_AIR : radius * 1.2;
  PangoRectangle ink, logical;

  room = CLAMP (room, LABEL_MIN_WIDTH, LABEL_MAX_EMS * theme->font_size * scale);
  pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Narrowed to its text before it is aligned: aligned within the wider
   * room it was wrapped in, the text would not be where its box is. */
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  pango_layout_set_width (layout, (logical.width + 1) * PANGO_SCALE);
  pango_layout_set_alignment (layout, side > 0 ? PANGO_ALIGN_LEFT : side < 0 ? PANGO_ALIGN_RIGHT
                                                                            : PANGO_ALIGN_CENTER);
  return layout;
}

static double
distance_to_box (double            x,
                 double            y,
                 const PslDrawBox *box)
{
  double nx = CLAMP (x, box->x, box->x + box->width);
  double ny = CLAMP (y, box->y, box->y + box->height);

  return hypot (x - nx, y - ny);
}

/* Moves a box away from the centre, sideways for a side label and up or
 * down for one at the top or bottom, until it clears the ring. */
static void
clear_ring (PslDrawBox *box,
            int         side,
            double      uy,
            double      cx,
            double      cy,
            double      radius)
{
  for (guint step = 0; step < 400 && distance_to_box (cx, cy, box) < radius + LABEL_GAP; step++)
    {
      if (side != 0)
        box->x += side;
      else
        box->y += uy < 0 ? -1 : 1;
    }
}

/* Stacks the labels of one side from top to bottom so that none covers
 * the next, then lifts them back if the last went past the bottom. */
static void
stack_side (PslDrawBox *boxes,
            guint       n_axes,
            int         side,
            double      height)
{
  g_autofree guint *order = g_new (guint, n_axes);
  guint n = 0;

  for (guint i = 0; i < n_axes; i++)
    if (axis_side (i, n_axes) == side)
      order[n++] = i;
  /* Right: clockwise is downwards; left: clockwise is upwards. */
  if (side < 0)
    for (guint i = 0; i < n / 2; i++)
      {
        guint t = order[i];
        order[i] = order[n - 1 - i];
        order[n - 1 - i] = t;
      }
  for (guint k = 1; k < n; k++)
    {
      PslDrawBox *above = &boxes[order[k - 1]], *box = &boxes[order[k]];

      box->y = MAX (box->y, above->y + above->height + LABEL_AIR);
    }
  for (guint k = n; k-- > 0;)
    {
      PslDrawBox *box = &boxes[order[k]];
      double bottom = k + 1 < n ? boxes[order[k + 1]].y - LABEL_AIR : height;

      box->y = MIN (box->y, bottom - box->height);
    }
}

static gboolean
layout_fits (const PslRadar *radar,
             const PslDrawBox *boxes,
             double          cx,
             double          cy,
             double          radius,
             double          width,
             double          height)
{
  for (guint i = 0; i < radar->n_axes; i++)
    {
      const PslDrawBox *box = &boxes[i];

      if (box->x < 0 || box->y < 0 || box->x + box->width > width || box->y + box->height > height)
        return FALSE;
      if (distance_to_box (cx, cy, box) < radius + LABEL_GAP - 0.5)
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (psl_draw_boxes_meet (box, &boxes[j], 0))
          return FALSE;
    }
  return TRUE;
}

/* Places every label for this ring and text size; TRUE when they fit. */
static gboolean
place_labels (cairo_t            *cr,
              const PslDrawTheme *theme,
              const PslRadar     *radar,
              double              cx,
              double              cy,
              double              radius,
              double              scale,
              double              width,
              double              height,
              PslDrawBox         *boxes)
{
  for (guint i = 0; i < radar->n_axes; i++)
    {
      g_autoptr(PangoLayout) layout = axis_layout (cr, theme, radar, i, radius, width, scale);
      int side = axis_side (i, radar->n_axes);
      double angle = 2 * G_PI * i / radar->n_axes - G_PI / 2;
      double ux = cos (angle), uy = sin (angle);
      double px = cx + ux * (radius + LABEL_GAP), py = cy + uy * (radius + LABEL_GAP);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      boxes[i].width = w;
      boxes[i].height = h;
      /* The box leans out the way its axis points. */
      boxes[i].x = side > 0 ? px : side < 0 ? px - w : px - w / 2.0;
      boxes[i].y = py - h / 2.0 + uy * h / 2.0;
      clear_ring (&boxes[i], side, uy, cx, cy, radius);
    }
  stack_side (boxes, radar->n_axes, 1, height);
  stack_side (boxes, radar->n_axes, -1, height);
  for (guint i = 0; i < radar->n_axes; i++)
    {
      double angle = 2 * G_PI * i / radar->n_axes - G_PI / 2;

      clear_ring (&boxes[i], axis_side (i, radar->n_axes), sin (angle), cx, cy, radius);
    }
  return layout_fits (radar, boxes, cx, cy, radius, width, height);
}

static double
chart_height (const PslRadar *radar,
              double          height)
{
  return height - (radar->n_series > 1 && radar->series_labels != NULL ? LEGEND_HEIGHT : 0);
}

gboolean
psl_radar_layout (cairo_t        *cr,
                  double          width,
                  double          height,
                  const PslRadar *radar,
                  PslRadarLayout *layout)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  double plot_height = chart_height (radar, height);
  double largest = MIN (width, plot_height) / 2 - LABEL_GAP;
  /* Below this ring, smaller text is better than a smaller chart. */
  double smallest = MIN (width, plot_height) * 0.22;

  layout->cx = width / 2;
  layout->cy = plot_height / 2;
  layout->n_labels = radar->n_axes;
  layout->labels = g_new0 (PslDrawBox, MAX (radar->n_axes, 1));
  layout->radius = MAX (largest, 10);
  layout->font_scale = font_scales[0];
  if (radar->n_axes < 3 || largest < 10)
    return FALSE;

  for (guint s = 0; s < G_N_ELEMENTS (font_scales); s++)
    {
      double scale = font_scales[s];
      double low = s + 1 == G_N_ELEMENTS (font_scales) ? 10 : smallest, high = largest;

#define FITS(r) place_labels (cr, theme, radar, layout->cx, layout->cy, (r), scale, width, plot_height, \
                              layout->labels)
      if (FITS (high))
        low = high;
      else if (FITS (low))
        /* The labels fit on rings up to some size: found by halving. */
        while (high - low > 1)
          {
            double mid = (low + high) / 2;

            if (FITS (mid))
              low = mid;
            else
              high = mid;
          }
      else
        continue;
      layout->radius = low;
      layout->font_scale = scale;
      FITS (low);
#undef FITS
      return TRUE;
    }
  /* Too cramped: a small chart with the smallest text, kept inside the
   * drawing even if some labels then touch. */
  layout->radius = MAX (smallest, 10);
  layout->font_scale = font_scales[G_N_ELEMENTS (font_scales) - 1];
  place_labels (cr, theme, radar, layout->cx, layout->cy, layout->radius, layout->font_scale, width, plot_height,
                layout->labels);
  for (guint i = 0; i < radar->n_axes; i++)
    {
      PslDrawBox *box = &layout->labels[i];

      box->x = CLAMP (box->x, 0, MAX (width - box->width, 0));
      box->y = CLAMP (box->y, 0, MAX (plot_height - box->height, 0));
    }
  return FALSE;
}

void
psl_radar_layout_clear (PslRadarLayout *layout)
{
  g_clear_pointer (&layout->labels, g_free);
  layout->n_labels = 0;
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
      /* Below its ring: above the outer one is the first label's place. */
      psl_draw_text (cr, theme, x + 3, y + 1, 0.8, FALSE, 0, 0, text);
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
  PslRadarLayout layout;

  if (radar->n_axes < 3 || radar->max <= 0 || width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  psl_radar_layout (cr, width, height, radar, &layout);
  draw_grid (cr, theme, radar, layout.cx, layout.cy, layout.radius);
  for (guint s = 0; s < radar->n_series; s++)
    draw_series (cr, theme, radar, s, layout.cx, layout.cy, layout.radius);

  psl_draw_set_colour (cr, theme->text);
  for (guint i = 0; i < radar->n_axes; i++)
    {
      g_autoptr(PangoLayout) text = axis_layout (cr, theme, radar, i, layout.radius, width, layout.font_scale);
      PangoRectangle ink, logical;

      pango_layout_get_pixel_extents (text, &ink, &logical);
      cairo_move_to (cr, layout.labels[i].x - logical.x, layout.labels[i].y);
      pango_cairo_show_layout (cr, text);
    }

  if (radar->n_series > 1 && radar->series_labels != NULL)
    draw_legend (cr, theme, radar, width, chart_height (radar, height) + 4);
  psl_radar_layout_clear (&layout);
  cairo_restore (cr);
}
