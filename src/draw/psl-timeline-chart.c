/* psl-timeline-chart.c — things in time, lane by lane
 *
 * A lane per subject (the pathway, the contracts, a counsellor…); in it,
 * bars for what lasts and marks for what happens on a day.  Bars that
 * overlap in time go on rows of their own, chosen from the dates, so that
 * zooming never reshuffles them; marks closer than their size stack up.
 * The axis adapts to the zoom, from days (weekends shaded) through weeks
 * and months to years, with French names through gettext; today is a red
 * line.  Each style has its colour and, for paper in black and white, its
 * hatching or its glyph.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-document.h"
#include "psl-draw-theme.h"
#include "psl-timeline-chart.h"

#define AXIS_HEIGHT   36.0
#define ROW_HEIGHT    18.0
#define BAR_HEIGHT    13.0
#define LANE_PADDING  6.0
#define MARK_SIZE     9.0
#define LEGEND_LINE   16.0
#define TITLE_MAX     170.0
#define MAX_MARK_ROWS 3

typedef struct
{
  char             *name;
  guint             series;
  PslTimelineGlyph  glyph;
} Style;

typedef struct
{
  char  *title;
  guint  bar_rows;     /* from the dates */
} Lane;

struct _PslTimelineChart
{
  GPtrArray *lanes;    /* Lane */
  GPtrArray *styles;   /* Style */
  GArray    *items;    /* PslTimelineItem */
  GArray    *rows;     /* guint per item: its bar row, or its mark row at the last layout */
  gboolean   rows_done;
};

static const char *const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
  NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
  NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};
static const char *const month_abbreviations[] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"), NC_("month", "May "),
  NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"), NC_("month", "Oct"),
  NC_("month", "Nov"), NC_("month", "Dec"),
};
/* From Monday, as GDateWeekday counts. */
static const char *const weekday_initials[] = {
  NC_("weekday", "Mo"), NC_("weekday", "Tu"), NC_("weekday", "We"), NC_("weekday", "Th"),
  NC_("weekday", "Fr"), NC_("weekday", "Sa"), NC_("weekday", "Su"),
};

static const char *
month_name (GDateMonth month)
{
  return psl_pgettext2 ("month", month_names[month - 1]);
}

static char *
month_abbreviation (GDateMonth month)
{
  /* "May " keeps May's short form apart from the full name; trimmed here. */
  return g_strstrip (g_strdup (psl_pgettext2 ("month", month_abbreviations[month - 1])));
}

static void
item_clear (gpointer data)
{
  PslTimelineItem *item = data;

  g_free (item->label);
  g_free (item->ref_id);
  g_free (item->kind);
}

static void
lane_free (Lane *lane)
{
  g_free (lane->title);
  g_free (lane);
}

static void
style_free (Style *style)
{
  g_free (style->name);
  g_free (style);
}

PslTimelineChart *
psl_timeline_chart_new (void)
{
  PslTimelineChart *chart = g_new0 (PslTimelineChart, 1);

  chart->lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) lane_free);
  chart->styles = g_ptr_array_new_with_free_func ((GDestroyNotify) style_free);
  chart->items = g_array_new (FALSE, TRUE, sizeof (PslTimelineItem));
  g_array_set_clear_func (chart->items, item_clear);
  chart->rows = g_array_new (FALSE, TRUE, sizeof (guint));
  return chart;
}

void
psl_timeline_chart_free (PslTimelineChart *chart)
{
  if (chart == NULL)
    return;
  g_ptr_array_unref (chart->lanes);
  g_ptr_array_unref (chart->styles);
  g_array_unref (chart->items);
  g_array_unref (chart->rows);
  g_free (chart);
}

guint
psl_timeline_chart_add_lane (PslTimelineChart *chart,
                             const char       *title)
{
  Lane *lane = g_new0 (Lane, 1);

  lane->title = g_strdup (title);
  g_ptr_array_add (chart->lanes, lane);
  return chart->lanes->len - 1;
}

guint
psl_timeline_chart_add_style (PslTimelineChart *chart,
                              const char       *name,
                              guint             series,
                              PslTimelineGlyph  glyph)
{
  Style *style = g_new0 (Style, 1);

  style->name = g_strdup (name);
  style->series = series % PSL_DRAW_N_SERIES;
  style->glyph = glyph;
  g_ptr_array_add (chart->styles, style);
  return chart->styles->len - 1;
}

static gboolean
julian (const char *iso,
        guint32    *day)
{
  GDate date;

  if (iso == NULL || strlen (iso) < 10)
    return FALSE;
  g_date_clear (&date, 1);
  {
    g_autofree char *ten = g_strndup (iso, 10);
    int y, m, d;

    if (sscanf (ten, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
      return FALSE;
    g_date_set_dmy (&date, d, m, y);
  }
  *day = g_date_get_julian (&date);
  return TRUE;
}

static gboolean
add_item (PslTimelineChart *chart,
          guint             lane,
          const char       *first,
          const char       *last,
          gboolean          is_bar,
          guint             style,
          const char       *label,
          const char       *kind,
          const char       *ref_id)
{
  PslTimelineItem item = { lane, 0, 0, is_bar, FALSE, style };
  guint zero = 0;

  g_return_val_if_fail (lane < chart->lanes->len && style < chart->styles->len, FALSE);

  if (!julian (first, &item.first))
    return FALSE;
  item.last = item.first;
  if (is_bar && last == NULL)
    item.open = TRUE;
  else if (is_bar && (!julian (last, &item.last) || item.last < item.first))
    return FALSE;
  item.label = g_strdup (label);
  item.kind = g_strdup (kind);
  item.ref_id = g_strdup (ref_id);
  g_array_append_val (chart->items, item);
  g_array_append_val (chart->rows, zero);
  chart->rows_done = FALSE;
  return TRUE;
}

gboolean
psl_timeline_chart_add_bar (PslTimelineChart *chart,
                            guint             lane,
                            const char       *first,
                            const char       *last,
                            guint             style,
                            const char       *label,
                            const char       *kind,
                            const char       *ref_id)
{
  return add_item (chart, lane, first, last, TRUE, style, label, kind, ref_id);
}

gboolean
psl_timeline_chart_add_mark (PslTimelineChart *chart,
                             guint             lane,
                             const char       *day,
                             guint             style,
                             const char       *label,
                             const char       *kind,
                             const char       *ref_id)
{
  return add_item (chart, lane, day, NULL, FALSE, style, label, kind, ref_id);
}

guint
psl_timeline_chart_get_n_items (PslTimelineChart *chart)
{
  return chart->items->len;
}

const PslTimelineItem *
psl_timeline_chart_get_item (PslTimelineChart *chart,
                             guint             index)
{
  g_return_val_if_fail (index < chart->items->len, NULL);
  return &g_array_index (chart->items, PslTimelineItem, index);
}

gboolean
psl_timeline_chart_get_span (PslTimelineChart *chart,
                             guint32          *first,
                             guint32          *last)
{
  if (chart->items->len == 0)
    return FALSE;
  *first = G_MAXUINT32;
  *last = 0;
  for (guint i = 0; i < chart->items->len; i++)
    {
      const PslTimelineItem *item = &g_array_index (chart->items, PslTimelineItem, i);

      *first = MIN (*first, item->first);
      *last = MAX (*last, item->last);
    }
  return TRUE;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GArray *items = user_data;
  const PslTimelineItem *x = &g_array_index (items, PslTimelineItem, *(const guint *) a);
  const PslTimelineItem *y = &g_array_index (items, PslTimelineItem, *(const guint *) b);

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Bar rows from the dates alone: each bar on the first row free since it
 * began.  Open bars run to the end of time. */
static void
assign_bar_rows (PslTimelineChart *chart)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  if (chart->rows_done)
    return;
  for (guint i = 0; i < chart->items->len; i++)
    if (g_array_index (chart->items, PslTimelineItem, i).is_bar)
      g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_by_start, chart->items);

  for (guint l = 0; l < chart->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (chart->lanes, l);
      g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint32));   /* last day taken, per row */

      for (guint k = 0; k < order->len; k++)
        {
          guint i = g_array_index (order, guint, k);
          const PslTimelineItem *item = &g_array_index (chart->items, PslTimelineItem, i);
          guint32 end = item->open ? G_MAXUINT32 : item->last;
          guint row;

          if (item->lane != l)
            continue;
          for (row = 0; row < ends->len; row++)
            if (g_array_index (ends, guint32, row) < item->first)
              break;
          if (row == ends->len)
            g_array_append_val (ends, end);
          else
            g_array_index (ends, guint32, row) = end;
          g_array_index (chart->rows, guint, i) = row;
        }
      lane->bar_rows = ends->len;
    }
  chart->rows_done = TRUE;
}

void
psl_timeline_layout_free (PslTimelineLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->lane_tops);
  g_array_unref (layout->boxes);
  g_free (layout);
}

static double
day_x (PslTimelineLayout *layout,
       double             day)
{
  return layout->plot.x + (day - layout->first) * layout->day_width;
}

/* Marks of a lane a row apart when closer than their size; the rows they
 * took, per lane. */
static guint
assign_mark_rows (PslTimelineChart  *chart,
                  PslTimelineLayout *layout,
                  guint              lane)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  double last_x[MAX_MARK_ROWS];
  guint used = 0;

  for (guint r = 0; r < MAX_MARK_ROWS; r++)
    last_x[r] = -G_MAXDOUBLE;
  for (guint i = 0; i < chart->items->len; i++)
    {
      const PslTimelineItem *item = &g_array_index (chart->items, PslTimelineItem, i);

      if (!item->is_bar && item->lane == lane)
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_by_start, chart->items);
  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      double x = day_x (layout, g_array_index (chart->items, PslTimelineItem, i).first + 0.5);
      guint row = 0;

      while (row < MAX_MARK_ROWS - 1 && x - last_x[row] < MARK_SIZE + 2)
        row++;
      last_x[row] = x;
      used = MAX (used, row + 1);
      g_array_index (chart->rows, guint, i) = row;
    }
  return used;
}

static double
legend_height (PslTimelineChart *chart,
               cairo_t          *cr,
               double            width)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  double x = 0;
  guint lines = chart->styles->len > 0 ? 1 : 0;

  for (guint s = 0; s < chart->styles->len; s++)
    {
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, 0.85, FALSE, ((Style *) g_ptr_array_index (chart->styles, s))->name);
      int w, h;

      pango_layout_get_pixel_size (text, &w, &h);
      if (x > 0 && x + w + 30 > width)
        {
          lines++;
          x = 0;
        }
      x += w + 30;
    }
  return lines * LEGEND_LINE + (lines > 0 ? 8 : 0);
}

PslTimelineLayout *
psl_timeline_layout_new (PslTimelineChart *chart,
                         cairo_t          *cr,
                         double            width,
                         double            height,
                         guint32           first,
                         guint32           last,
                         guint32           today)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  PslTimelineLayout *layout = g_new0 (PslTimelineLayout, 1);
  double gutter = 0, y;

  assign_bar_rows (chart);
  layout->width = width;
  layout->height = height;
  layout->first = first;
  layout->last = MAX (last, first);
  layout->today = today;
  layout->lane_tops = g_array_new (FALSE, FALSE, sizeof (double));
  layout->boxes = g_array_sized_new (FALSE, TRUE, sizeof (PslRect), chart->items->len);
  g_array_set_size (layout->boxes, chart->items->len);

  for (guint l = 0; l < chart->lanes->len; l++)
    {
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, 0.9, TRUE, ((Lane *) g_ptr_array_index (chart->lanes, l))->title);
      int w, h;

      pango_layout_get_pixel_size (text, &w, &h);
      gutter = MAX (gutter, MIN (w, TITLE_MAX));
    }
  layout->plot.x = gutter + 12;
  layout->plot.y = AXIS_HEIGHT;
  layout->plot.width = MAX (width - layout->plot.x - 8, 10);
  layout->day_width = layout->plot.width / (layout->last - layout->first + 1);

  /* Lanes under each other: their bar rows, then their mark rows. */
  y = layout->plot.y;
  for (guint l = 0; l < chart->lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (chart->lanes, l);
      guint mark_rows = assign_mark_rows (chart, layout, l);
      double bar_top = y + LANE_PADDING;
      double mark_top = bar_top + lane->bar_rows * ROW_HEIGHT;

      g_array_append_val (layout->lane_tops, y);
      for (guint i = 0; i < chart->items->len; i++)
        {
          const PslTimelineItem *item = &g_array_index (chart->items, PslTimelineItem, i);
          PslRect *box = &g_array_index (layout->boxes, PslRect, i);
          guint row = g_array_index (chart->rows, guint, i);

          if (item->lane != l)
            continue;
          if (item->is_bar)
            {
              double x0 = MAX (day_x (layout, item->first), layout->plot.x);
              double x1 = MIN (item->open ? layout->plot.x + layout->plot.width : day_x (layout, item->last + 1.0),
                               layout->plot.x + layout->plot.width);

              if (x1 > x0)
                *box = (PslRect) { x0, bar_top + row * ROW_HEIGHT, x1 - x0, BAR_HEIGHT };
            }
          else if (item->first >= layout->first && item->first <= layout->last)
            {
              double x = day_x (layout, item->first + 0.5);

              /* A mark on the first or last day stays inside the lanes. */
              x = CLAMP (x - MARK_SIZE / 2, layout->plot.x, layout->plot.x + layout->plot.width - MARK_SIZE);
              *box = (PslRect) { x, mark_top + row * ROW_HEIGHT + (BAR_HEIGHT - MARK_SIZE) / 2, MARK_SIZE, MARK_SIZE };
            }
        }
      y = mark_top + mark_rows * ROW_HEIGHT + LANE_PADDING;
      if (lane->bar_rows == 0 && mark_rows == 0)
        y += ROW_HEIGHT;
    }
  g_array_append_val (layout->lane_tops, y);
  layout->plot.height = y - layout->plot.y;
  layout->legend_height = legend_height (chart, cr, width);
  return layout;
}

double
psl_timeline_layout_needed_height (PslTimelineLayout *layout)
{
  return layout->plot.y + layout->plot.height + layout->legend_height;
}

int
psl_timeline_layout_hit (PslTimelineLayout *layout,
                         double             x,
                         double             y)
{
  /* Marks above bars, as they are drawn. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < layout->boxes->len; i++)
      {
        const PslRect *box = &g_array_index (layout->boxes, PslRect, i);
        /* A mark's box is a square of its size; a bar is never that high. */
        gboolean mark = box->height == MARK_SIZE;
        double slack = mark ? 2 : 0;

        if ((pass == 0) != mark || box->width <= 0)
          continue;
        if (x >= box->x - slack && x <= box->x + box->width + slack
            && y >= box->y - slack && y <= box->y + box->height + slack)
          return i;
      }
  return -1;
}

/* ---- drawing ---- */

static void
path_glyph (cairo_t          *cr,
            PslTimelineGlyph  glyph,
            double            cx,
            double            cy,
            double            r)
{
  switch (glyph)
    {
    case PSL_TIMELINE_GLYPH_DIAMOND:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      break;
    case PSL_TIMELINE_GLYPH_TRIANGLE:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy + r * 0.8);
      cairo_line_to (cr, cx - r, cy + r * 0.8);
      cairo_close_path (cr);
      break;
    case PSL_TIMELINE_GLYPH_SQUARE:
      cairo_rectangle (cr, cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      break;
    case PSL_TIMELINE_GLYPH_CROSS:
      for (int k = 0; k < 4; k++)
        {
          double a = G_PI / 4 + k * G_PI / 2;
          double b = a + G_PI / 2;
          if (k == 0)
            cairo_move_to (cr, cx + r * 0.35 * cos (a - G_PI / 4), cy + r * 0.35 * sin (a - G_PI / 4));
          cairo_line_to (cr, cx + r * cos (a - 0.25), cy + r * sin (a - 0.25));
          cairo_line_to (cr, cx + r * cos (a + 0.25), cy + r * sin (a + 0.25));
          cairo_line_to (cr, cx + r * 0.35 * cos (b - G_PI / 4), cy + r * 0.35 * sin (b - G_PI / 4));
        }
      cairo_close_path (cr);
      break;
    case PSL_TIMELINE_GLYPH_STAR:
      for (int k = 0; k < 10; k++)
        {
          double a = -G_PI / 2 + k * G_PI / 5;
          double rr = k % 2 == 0 ? r : r * 0.45;
          if (k == 0)
            cairo_move_to (cr, cx + rr * cos (a), cy + rr * sin (a));
          else
            cairo_line_to (cr, cx + rr * cos (a), cy + rr * sin (a));
        }
      cairo_close_path (cr);
      break;
    case PSL_TIMELINE_GLYPH_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
}

/* Hatching in the style's own direction, for paper in black and white. */
static void
hatch (cairo_t       *cr,
       const PslRect *box,
       guint          style)
{
  static const double angles[] = { -1, 45, -45, 0, 90, 20 };
  double angle = angles[style % G_N_ELEMENTS (angles)];
  double step = 5, reach = box->width + box->height;

  if (angle < 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_clip (cr);
  cairo_translate (cr, box->x + box->width / 2, box->y + box->height / 2);
  cairo_rotate (cr, angle * G_PI / 180);
  for (double d = -reach; d <= reach; d += step)
    {
      cairo_move_to (cr, d, -reach);
      cairo_line_to (cr, d, reach);
    }
  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_set_line_width (cr, 0.7);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_bar (cairo_t               *cr,
          const PslDrawTheme    *theme,
          const PslTimelineItem *item,
          const Style           *style,
          const PslRect         *box)
{
  const double *colour = theme->series[style->series];

  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_set_source_rgba (cr, colour[0], colour[1], colour[2], 0.55);
  cairo_fill (cr);
  hatch (cr, box, item->style);
  cairo_rectangle (cr, box->x + 0.5, box->y + 0.5, box->width - 1, box->height - 1);
  cairo_set_source_rgb (cr, colour[0] * 0.6, colour[1] * 0.6, colour[2] * 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  /* Its name inside when it fits, cut otherwise. */
  if (box->width > 40 && item->label != NULL)
    {
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, 0.8, FALSE, item->label);

      pango_layout_set_width (text, (box->width - 6) * PANGO_SCALE);
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, box->x + 3, box->y);
      pango_cairo_show_layout (cr, text);
      cairo_new_path (cr);
    }
}

static void
draw_mark (cairo_t            *cr,
           const PslDrawTheme *theme,
           const Style        *style,
           const PslRect      *box,
           double              grow)
{
  path_glyph (cr, style->glyph, box->x + box->width / 2, box->y + box->height / 2, box->width / 2 + grow);
  psl_draw_set_colour (cr, theme->series[style->series]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.7);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

typedef enum
{
  TICK_DAYS,
  TICK_WEEKS,
  TICK_MONTHS,
  TICK_QUARTERS,
  TICK_YEARS,
} TickUnit;

static TickUnit
tick_unit (double day_width)
{
  if (day_width >= 14)
    return TICK_DAYS;
  if (day_width >= 2.2)
    return TICK_WEEKS;
  if (day_width >= 0.33)
    return TICK_MONTHS;
  if (day_width >= 0.1)
    return TICK_QUARTERS;
  return TICK_YEARS;
}

static gboolean
is_tick (const GDate *date,
         TickUnit     unit)
{
  switch (unit)
    {
    case TICK_DAYS:     return TRUE;
    case TICK_WEEKS:    return g_date_get_weekday (date) == G_DATE_MONDAY;
    case TICK_MONTHS:   return g_date_get_day (date) == 1;
    case TICK_QUARTERS: return g_date_get_day (date) == 1 && (g_date_get_month (date) - 1) % 3 == 0;
    case TICK_YEARS:
    default:            return g_date_get_day (date) == 1 && g_date_get_month (date) == 1;
    }
}

static char *
tick_label (const GDate *date,
            TickUnit     unit,
            double       day_width)
{
  switch (unit)
    {
    case TICK_DAYS:
      if (day_width >= 24)
        return g_strdup_printf ("%s %d", psl_pgettext2 ("weekday",
                                                      weekday_initials[g_date_get_weekday (date) - 1]),
                                g_date_get_day (date));
      return g_strdup_printf ("%d", g_date_get_day (date));
    case TICK_WEEKS:
      {
        g_autofree char *month = month_abbreviation (g_date_get_month (date));
        return day_width >= 4.5 ? g_strdup_printf ("%d %s", g_date_get_day (date), month)
                                : g_strdup_printf ("%d", g_date_get_day (date));
      }
    case TICK_MONTHS:
      return day_width >= 1.2 ? g_strdup (month_name (g_date_get_month (date)))
                              : month_abbreviation (g_date_get_month (date));
    case TICK_QUARTERS:
      /* Translators: a quarter of the year, T1 … T4 in French */
      return g_strdup_printf (_("Q%d"), (g_date_get_month (date) - 1) / 3 + 1);
    case TICK_YEARS:
    default:
      return g_strdup_printf ("%d", g_date_get_year (date));
    }
}

/* The upper tier names the larger unit: the month over days and weeks,
 * the year over months and quarters. */
static char *
upper_label (const GDate *date,
             TickUnit     unit)
{
  if (unit <= TICK_WEEKS)
    return g_strdup_printf ("%s %d", month_name (g_date_get_month (date)), g_date_get_year (date));
  return g_strdup_printf ("%d", g_date_get_year (date));
}

static gboolean
is_upper_tick (const GDate *date,
               TickUnit     unit)
{
  return unit <= TICK_WEEKS ? g_date_get_day (date) == 1
                            : g_date_get_day (date) == 1 && g_date_get_month (date) == 1;
}

/* A tick's text, left out when it would touch the one before or run past
 * the right edge; returns where the last text shown ends. */
static double
show_tick_text (cairo_t            *cr,
                const PslDrawTheme *theme,
                const char         *text,
                double              x,
                double              y,
                double              scale,
                gboolean            bold,
                double              last_end,
                double              right)
{
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, scale, bold, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (x < last_end + 6 || x + w > right)
    return last_end;
  psl_draw_set_colour (cr, bold ? theme->text : theme->dim_text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  return x + w;
}

static void
draw_axis (PslTimelineLayout  *layout,
           cairo_t            *cr,
           const PslDrawTheme *theme)
{
  TickUnit unit = tick_unit (layout->day_width);
  double top = layout->plot.y, bottom = layout->plot.y + layout->plot.height;
  double right = layout->plot.x + layout->plot.width;
  double last_label = -G_MAXDOUBLE, last_upper = -G_MAXDOUBLE;
  GDate date;

  /* Weekends, when a day is wide enough to see one. */
  if (layout->day_width >= 4)
    for (guint32 day = layout->first; day <= layout->last; day++)
      {
        g_date_clear (&date, 1);
        g_date_set_julian (&date, day);
        if (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
          cairo_rectangle (cr, day_x (layout, day), top, layout->day_width, bottom - top);
      }
  cairo_set_source_rgb (cr, 0.95, 0.95, 0.96);
  cairo_fill (cr);

  for (guint32 day = layout->first; day <= layout->last; day++)
    {
      double x = day_x (layout, day);

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      if (is_upper_tick (&date, unit) || day == layout->first)
        {
          g_autofree char *text = upper_label (&date, unit);

          if (is_upper_tick (&date, unit))
            {
              cairo_move_to (cr, x, 2);
              cairo_line_to (cr, x, bottom);
              psl_draw_set_colour (cr, theme->grid);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
            }
          last_upper = show_tick_text (cr, theme, text, x + 3, 2, 0.85, TRUE, last_upper, right);
        }
      if (is_tick (&date, unit))
        {
          g_autofree char *text = tick_label (&date, unit, layout->day_width);

          cairo_move_to (cr, x, AXIS_HEIGHT - 6);
          cairo_line_to (cr, x, unit == TICK_DAYS ? AXIS_HEIGHT : bottom);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
          cairo_set_line_width (cr, 0.6);
          cairo_stroke (cr);
          last_label = show_tick_text (cr, theme, text, x + 2, 18, 0.78, FALSE, last_label, right);
        }
    }
  cairo_move_to (cr, layout->plot.x, AXIS_HEIGHT - 0.5);
  cairo_line_to (cr, right, AXIS_HEIGHT - 0.5);
  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_lanes (PslTimelineChart   *chart,
            PslTimelineLayout  *layout,
            cairo_t            *cr,
            const PslDrawTheme *theme)
{
  for (guint l = 0; l < chart->lanes->len; l++)
    {
      double y0 = g_array_index (layout->lane_tops, double, l);
      double y1 = g_array_index (layout->lane_tops, double, l + 1);
      g_autoptr(PangoLayout) title = psl_draw_layout (cr, theme, 0.9, TRUE, ((Lane *) g_ptr_array_index (chart->lanes, l))->title);

      pango_layout_set_width (title, (layout->plot.x - 12) * PANGO_SCALE);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, 4, y0 + LANE_PADDING);
      pango_cairo_show_layout (cr, title);
      cairo_new_path (cr);
      cairo_move_to (cr, 0, y1 - 0.5);
      cairo_line_to (cr, layout->plot.x + layout->plot.width, y1 - 0.5);
      psl_draw_set_colour (cr, theme->grid);
      cairo_set_line_width (cr, 0.7);
      cairo_stroke (cr);
    }
}

static void
draw_legend (PslTimelineChart   *chart,
             PslTimelineLayout  *layout,
             cairo_t            *cr,
             const PslDrawTheme *theme)
{
  double x = 0, y = layout->plot.y + layout->plot.height + 8;

  for (guint s = 0; s < chart->styles->len; s++)
    {
      const Style *style = g_ptr_array_index (chart->styles, s);
      g_autoptr(PangoLayout) text = psl_draw_layout (cr, theme, 0.85, FALSE, style->name);
      gboolean bar = FALSE;
      int w, h;

      for (guint i = 0; i < chart->items->len && !bar; i++)
        bar = g_array_index (chart->items, PslTimelineItem, i).style == s
              && g_array_index (chart->items, PslTimelineItem, i).is_bar;
      pango_layout_get_pixel_size (text, &w, &h);
      if (x > 0 && x + w + 30 > layout->width)
        {
          x = 0;
          y += LEGEND_LINE;
        }
      if (bar)
        {
          PslTimelineItem item = { .style = s };
          PslRect box = { x, y + 2, 18, 10 };

          draw_bar (cr, theme, &item, style, &box);
        }
      else
        draw_mark (cr, theme, style, &(PslRect) { x + 5, y + 2, MARK_SIZE, MARK_SIZE }, 0);
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, x + 22, y);
      pango_cairo_show_layout (cr, text);
      cairo_new_path (cr);
      x += w + 30;
    }
}

void
psl_timeline_chart_draw (PslTimelineChart  *chart,
                         PslTimelineLayout *layout,
                         cairo_t           *cr,
                         int                selected)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();

  cairo_save (cr);
  cairo_new_path (cr);
  draw_axis (layout, cr, theme);
  draw_lanes (chart, layout, cr, theme);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < chart->items->len; i++)
      {
        const PslTimelineItem *item = &g_array_index (chart->items, PslTimelineItem, i);
        const PslRect *box = &g_array_index (layout->boxes, PslRect, i);
        const Style *style = g_ptr_array_index (chart->styles, item->style);

        if (box->width <= 0 || item->is_bar != (pass == 0))
          continue;
        if (item->is_bar)
          draw_bar (cr, theme, item, style, box);
        else
          draw_mark (cr, theme, style, box, 0);
      }

  /* Today, in red across the lanes. */
  if (layout->today >= layout->first && layout->today <= layout->last)
    {
      double x = day_x (layout, layout->today + 0.5);

      cairo_move_to (cr, x, AXIS_HEIGHT - 4);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
      cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }

  if (selected >= 0 && (guint) selected < chart->items->len)
    {
      const PslRect *box = &g_array_index (layout->boxes, PslRect, selected);

      if (box->width > 0)
        {
          cairo_rectangle (cr, box->x - 2.5, box->y - 2.5, box->width + 5, box->height + 5);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
    }
  draw_legend (chart, layout, cr, theme);
  cairo_restore (cr);
}

/* ---- on paper ---- */

typedef struct
{
  PslTimelineChart *chart;
  guint32           today;
} Printed;

static void
printed_free (Printed *printed)
{
  psl_timeline_chart_free (printed->chart);
  g_free (printed);
}

void
psl_timeline_chart_whole_span (PslTimelineChart *chart,
                               guint32           today,
                               guint32          *first,
                               guint32          *last)
{
  if (!psl_timeline_chart_get_span (chart, first, last))
    {
      *first = today - 180;
      *last = today + 30;
    }
  /* Today in view when near, and a little room on both sides. */
  if (today > *last && today - *last < 365)
    *last = today;
  *last = MAX (*last, *first + 30);
  {
    guint32 margin = MAX ((*last - *first) / 30, 3);

    *first -= margin;
    *last += margin;
  }
}

/* All of it, at the page's width. */
static void
draw_printed (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  Printed *printed = data;
  guint32 first, last;
  g_autoptr(PslTimelineLayout) layout = NULL;

  psl_timeline_chart_whole_span (printed->chart, printed->today, &first, &last);
  layout = psl_timeline_layout_new (printed->chart, cr, width, height, first, last, printed->today);
  psl_timeline_chart_draw (printed->chart, layout, cr, -1);
}

void
psl_timeline_chart_add_to_document (PslTimelineChart *chart,
                                    PslDocument      *doc,
                                    double            height,
                                    guint32           today)
{
  Printed *printed = g_new0 (Printed, 1);

  printed->chart = chart;
  printed->today = today;
  psl_document_add_chart (doc, height, draw_printed, printed, (GDestroyNotify) printed_free);
}
