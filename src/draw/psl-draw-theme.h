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

const PslDrawTheme *psl_draw_theme_get_default (void);
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
