/* psl-draw-theme.h — the one look of every drawing: fonts, colours, line styles */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define PSL_DRAW_N_SERIES 8

typedef struct
{
  const char *font_family;
  double      font_size;                         /* points at scale 1 */
  double      text[3];
  double      dim_text[3];
  double      grid[3];
  double      background[3];
  double      series[PSL_DRAW_N_SERIES][3];
} PslDrawTheme;

/* A rectangle on the drawing: a label's box, a bar, a plot area. */
typedef struct
{
  double x, y, width, height;
} PslDrawBox;

const PslDrawTheme *psl_draw_theme_get_default (void);
/* TRUE when a and b overlap or come closer than gap to each other. */
gboolean            psl_draw_boxes_meet        (const PslDrawBox   *a,
                                                const PslDrawBox   *b,
                                                double              gap);
/* A pattern of thin lines over a filled area, so that series filled in
 * colours still differ when printed in grey: 0 none, then diagonal,
 * crossed, horizontal, dotted… one per series. */
void                psl_draw_hatch             (cairo_t            *cr,
                                                const PslDrawBox   *box,
                                                guint               series);
void                psl_draw_set_colour        (cairo_t            *cr,
                                                const double        rgb[3]);
void                psl_draw_set_series_dash   (cairo_t            *cr,
                                                guint               series);
PangoLayout        *psl_draw_layout            (cairo_t            *cr,
                                                const PslDrawTheme *theme,
                                                double              size_scale,
                                                gboolean            bold,
                                                const char         *text);
void                psl_draw_text              (cairo_t            *cr,
                                                const PslDrawTheme *theme,
                                                double              x,
                                                double              y,
                                                double              size_scale,
                                                gboolean            bold,
                                                double              xalign,
                                                double              yalign,
                                                const char         *text);

G_END_DECLS
