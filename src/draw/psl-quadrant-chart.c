/* psl-quadrant-chart.c — firms as points: opportunities realised across, relationship quality up
 *
 * The thresholds split the plot in four, each tinted and named in its
 * outer corner.  The scale across starts at 0 and goes a little past the
 * busiest firm, never below twice the threshold, so that the threshold is
 * never squeezed against an edge.  Names are written beside their point
 * where there is room (right, left, above, below), the highlighted firm
 * first; the names that find no room are counted in their quadrant as
 * "+N" rather than written over one another.
 */

#define G_LOG_DOMAIN "psl-draw"

#include "config.h"

#include <math.h>
#include <string.h>

#include "psl-quadrant-chart.h"

#define POINT_RADIUS 3.5
#define HIGHLIGHT_RADIUS 6.0
#define LABEL_SCALE 0.8
#define AXIS_LEFT 44.0
#define AXIS_BOTTOM 36.0
#define MARGIN 8.0

/* Light tints, distinct in grey too: the pillars the lightest. */
static const double tints[4][3] = {
  { 0.93, 0.93, 0.93 },   /* to build */
  { 0.92, 0.95, 0.99 },   /* to develop */
  { 0.99, 0.94, 0.90 },   /* to secure */
  { 0.97, 0.99, 0.96 },   /* pillars */
};

PslQuadrantChartCorner
psl_quadrant_chart_corner (const PslQuadrantChart      *chart,
                           const PslQuadrantChartPoint *point)
{
  gboolean good = point->quality >= chart->quality_threshold;
  gboolean many = point->realised >= chart->opportunity_threshold;

  return many ? (good ? PSL_QUADRANT_CHART_TOP_RIGHT : PSL_QUADRANT_CHART_BOTTOM_RIGHT)
              : (good ? PSL_QUADRANT_CHART_TOP_LEFT : PSL_QUADRANT_CHART_BOTTOM_LEFT);
}

static PslDrawBox
corner_box (const PslQuadrantChartLayout *layout,
            PslQuadrantChartCorner        corner)
{
  const PslDrawBox *p = &layout->plot;
  gboolean right = corner == PSL_QUADRANT_CHART_TOP_RIGHT || corner == PSL_QUADRANT_CHART_BOTTOM_RIGHT;
  gboolean top = corner == PSL_QUADRANT_CHART_TOP_LEFT || corner == PSL_QUADRANT_CHART_TOP_RIGHT;
  PslDrawBox box;

  box.x = right ? layout->threshold_x : p->x;
  box.width = right ? p->x + p->width - layout->threshold_x : layout->threshold_x - p->x;
  box.y = top ? p->y : layout->threshold_y;
  box.height = top ? layout->threshold_y - p->y : p->y + p->height - layout->threshold_y;
  return box;
}

/* The name of a quadrant, in its outer corner; its box is kept free of
 * the points' names. */
static PslDrawBox
quadrant_title_box (cairo_t                      *cr,
                    const PslDrawTheme           *theme,
                    const PslQuadrantChart       *chart,
                    const PslQuadrantChartLayout *layout,
                    PslQuadrantChartCorner        corner)
{
  PslDrawBox quadrant = corner_box (layout, corner);
  g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, LABEL_SCALE, TRUE,
                                                 chart->quadrant_labels[corner] != NULL
                                                 ? chart->quadrant_labels[corner] : "");
  gboolean right = corner == PSL_QUADRANT_CHART_TOP_RIGHT || corner == PSL_QUADRANT_CHART_BOTTOM_RIGHT;
  gboolean top = corner == PSL_QUADRANT_CHART_TOP_LEFT || corner == PSL_QUADRANT_CHART_TOP_RIGHT;
  PslDrawBox box;
  int w, h;

  pango_layout_set_width (text, (int) (MAX (quadrant.width - 8, 20) * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (text, &w, &h);
  box.width = w;
  box.height = h;
  box.x = right ? quadrant.x + quadrant.width - 4 - w : quadrant.x + 4;
  box.y = top ? quadrant.y + 4 : quadrant.y + quadrant.height - 4 - h;
  return box;
}

static gboolean
box_inside (const PslDrawBox *box,
            const PslDrawBox *area)
{
  return box->x >= area->x && box->y >= area->y &&
         box->x + box->width <= area->x + area->width && box->y + box->height <= area->y + area->height;
}

void
psl_quadrant_chart_layout (cairo_t                *cr,
                           double                  width,
                           double                  height,
                           const PslQuadrantChart *chart,
                           PslQuadrantChartLayout *layout)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (PslDrawBox));
  g_autofree guint *order = g_new (guint, MAX (chart->n_points, 1));
  double top = MAX (chart->opportunity_threshold * 2, 1);
  guint n = 0;

  memset (layout->hidden, 0, sizeof layout->hidden);
  for (guint i = 0; i < chart->n_points; i++)
    top = MAX (top, chart->points[i].realised * 1.08);
  layout->x_max = top;
  layout->plot = (PslDrawBox) { AXIS_LEFT, MARGIN, MAX (width - AXIS_LEFT - MARGIN, 10),
                                MAX (height - MARGIN - AXIS_BOTTOM, 10) };
  layout->threshold_x = layout->plot.x + layout->plot.width * chart->opportunity_threshold / top;
  layout->threshold_y = layout->plot.y + layout->plot.height * (1 - CLAMP (chart->quality_threshold, 0, 100) / 100);
  layout->point_x = g_new (double, MAX (chart->n_points, 1));
  layout->point_y = g_new (double, MAX (chart->n_points, 1));
  layout->label_boxes = g_new0 (PslDrawBox, MAX (chart->n_points, 1));

  for (guint c = 0; c < 4; c++)
    {
      PslDrawBox title = quadrant_title_box (cr, theme, chart, layout, c);

      /* And a line more inside the quadrant for its "+N". */
      title.height += 14;
      if (c == PSL_QUADRANT_CHART_BOTTOM_LEFT || c == PSL_QUADRANT_CHART_BOTTOM_RIGHT)
        title.y -= 14;
      g_array_append_val (taken, title);
    }
  for (guint i = 0; i < chart->n_points; i++)
    {
      const PslQuadrantChartPoint *p = &chart->points[i];
      double r = p->highlighted ? HIGHLIGHT_RADIUS : POINT_RADIUS;

      layout->point_x[i] = layout->plot.x + layout->plot.width * MAX (p->realised, 0) / top;
      layout->point_y[i] = layout->plot.y + layout->plot.height * (1 - CLAMP (p->quality, 0, 100) / 100);
      /* Names do not cover the points either. */
      g_array_append_val (taken, ((PslDrawBox) { layout->point_x[i] - r, layout->point_y[i] - r, 2 * r, 2 * r }));
      if (p->highlighted)
        order[n++] = i;
    }
  for (guint i = 0; i < chart->n_points; i++)
    if (!chart->points[i].highlighted)
      order[n++] = i;

  for (guint k = 0; k < n; k++)
    {
      guint i = order[k];
      const PslQuadrantChartPoint *p = &chart->points[i];
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, LABEL_SCALE, p->highlighted,
                                                     p->label != NULL ? p->label : "");
      double r = (p->highlighted ? HIGHLIGHT_RADIUS : POINT_RADIUS) + 2;
      double x = layout->point_x[i], y = layout->point_y[i];
      gboolean placed = FALSE;
      int w, h;

      pango_layout_get_pixel_size (text, &w, &h);
      {
        const PslDrawBox candidates[] = {
          { x + r, y - h / 2.0, w, h },       /* right */
          { x - r - w, y - h / 2.0, w, h },   /* left */
          { x - w / 2.0, y - r - h, w, h },   /* above */
          { x - w / 2.0, y + r, w, h },       /* below */
        };

        /* The highlighted firm is named even over its neighbours' dots. */
        for (guint pass = 0; pass < (p->highlighted ? 2u : 1u) && !placed; pass++)
          for (guint c = 0; c < G_N_ELEMENTS (candidates) && !placed; c++)
            {
              gboolean free = box_inside (&candidates[c], &layout->plot);

              for (guint t = 0; free && t < taken->len; t++)
                {
                  /* A point's own dot is not in its way. */
                  if (t == 4 + i || (pass > 0 && t >= 4 && t < 4 + chart->n_points))
                    continue;
                  free = !psl_draw_boxes_meet (&candidates[c], &g_array_index (taken, PslDrawBox, t), 1);
                }
              if (free)
                {
                  layout->label_boxes[i] = candidates[c];
                  g_array_append_val (taken, candidates[c]);
                  placed = TRUE;
                }
            }
      }
      if (!placed)
        layout->hidden[psl_quadrant_chart_corner (chart, p)]++;
    }
}

void
psl_quadrant_chart_layout_clear (PslQuadrantChartLayout *layout)
{
  g_clear_pointer (&layout->point_x, g_free);
  g_clear_pointer (&layout->point_y, g_free);
  g_clear_pointer (&layout->label_boxes, g_free);
}

static void
draw_axes (cairo_t                      *cr,
           const PslDrawTheme           *theme,
           const PslQuadrantChart       *chart,
           const PslQuadrantChartLayout *layout)
{
  const PslDrawBox *p = &layout->plot;
  double step = layout->x_max <= 10 ? 1 : layout->x_max <= 25 ? 5 : layout->x_max <= 100 ? 10 : 50;

  cairo_set_line_width (cr, 1);
  psl_draw_set_colour (cr, theme->grid);
  cairo_rectangle (cr, p->x + 0.5, p->y + 0.5, p->width - 1, p->height - 1);
  cairo_stroke (cr);

  psl_draw_set_colour (cr, theme->dim_text);
  for (int q = 0; q <= 100; q += 20)
    {
      g_autofree char *text = g_strdup_printf ("%d", q);

      psl_draw_text (cr, theme, p->x - 4, p->y + p->height * (1 - q / 100.0), 0.8, FALSE, 1, 0.5, text);
    }
  for (double v = 0; v <= layout->x_max + 1e-9; v += step)
    {
      g_autofree char *text = g_strdup_printf ("%g", v);

      psl_draw_text (cr, theme, p->x + p->width * v / layout->x_max, p->y + p->height + 3, 0.8, FALSE, 0.5, 0,
                     text);
    }
  psl_draw_set_colour (cr, theme->text);
  if (chart->x_title != NULL)
    psl_draw_text (cr, theme, p->x + p->width / 2, p->y + p->height + AXIS_BOTTOM, 0.85, FALSE, 0.5, 1,
                   chart->x_title);
  if (chart->y_title != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, p->y + p->height / 2);
      cairo_rotate (cr, -G_PI / 2);
      psl_draw_text (cr, theme, 0, 0, 0.85, FALSE, 0.5, 0, chart->y_title);
      cairo_restore (cr);
    }

  /* The thresholds, dashed so that they read as limits, not data. */
  psl_draw_set_colour (cr, theme->dim_text);
  cairo_set_dash (cr, (double[]) { 5, 3 }, 2, 0);
  cairo_move_to (cr, layout->threshold_x, p->y);
  cairo_line_to (cr, layout->threshold_x, p->y + p->height);
  cairo_move_to (cr, p->x, layout->threshold_y);
  cairo_line_to (cr, p->x + p->width, layout->threshold_y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

void
psl_quadrant_chart_draw (cairo_t *cr,
                         double   width,
                         double   height,
                         gpointer data)
{
  const PslQuadrantChart *chart = data;
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  PslQuadrantChartLayout layout;

  if (width <= AXIS_LEFT + MARGIN + 10 || height <= AXIS_BOTTOM + MARGIN + 10)
    return;
  cairo_save (cr);
  psl_quadrant_chart_layout (cr, width, height, chart, &layout);

  for (guint c = 0; c < 4; c++)
    {
      PslDrawBox quadrant = corner_box (&layout, c);
      PslDrawBox title = quadrant_title_box (cr, theme, chart, &layout, c);
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, LABEL_SCALE, TRUE,
                                                     chart->quadrant_labels[c] != NULL ? chart->quadrant_labels[c] : "");
      gboolean right = c == PSL_QUADRANT_CHART_TOP_RIGHT || c == PSL_QUADRANT_CHART_BOTTOM_RIGHT;
      gboolean top = c == PSL_QUADRANT_CHART_TOP_LEFT || c == PSL_QUADRANT_CHART_TOP_RIGHT;

      psl_draw_set_colour (cr, tints[c]);
      cairo_rectangle (cr, quadrant.x, quadrant.y, quadrant.width, quadrant.height);
      cairo_fill (cr);
      psl_draw_set_colour (cr, theme->dim_text);
      pango_layout_set_width (text, (int) ((title.width + 1) * PANGO_SCALE));
      pango_layout_set_wrap (text, PANGO_WRAP_WORD);
      pango_layout_set_alignment (text, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      cairo_move_to (cr, title.x, title.y);
      pango_cairo_show_layout (cr, text);
      if (layout.hidden[c] > 0)
        {
          g_autofree char *more = g_strdup_printf ("+%u", layout.hidden[c]);

          psl_draw_text (cr, theme, right ? title.x + title.width : title.x,
                         top ? title.y + title.height + 2 : title.y - 2, 0.8, TRUE, right ? 1 : 0, top ? 0 : 1,
                         more);
        }
    }
  draw_axes (cr, theme, chart, &layout);

  /* The highlighted firm last, on top of the others. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < chart->n_points; i++)
      {
        const PslQuadrantChartPoint *p = &chart->points[i];

        if (p->highlighted != (pass == 1))
          continue;
        /* Text leaves a current point that an arc would join. */
        cairo_new_path (cr);
        cairo_arc (cr, layout.point_x[i], layout.point_y[i], p->highlighted ? HIGHLIGHT_RADIUS : POINT_RADIUS,
                   0, 2 * G_PI);
        psl_draw_set_colour (cr, p->highlighted ? theme->series[5] : theme->series[0]);
        cairo_fill_preserve (cr);
        psl_draw_set_colour (cr, theme->text);
        cairo_set_line_width (cr, p->highlighted ? 1.5 : 0.6);
        cairo_stroke (cr);
        if (layout.label_boxes[i].width > 0)
          psl_draw_text (cr, theme, layout.label_boxes[i].x, layout.label_boxes[i].y, LABEL_SCALE, p->highlighted,
                         0, 0, p->label);
      }
  psl_quadrant_chart_layout_clear (&layout);
  cairo_restore (cr);
}
