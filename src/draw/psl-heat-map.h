/* psl-heat-map.h — a table of counts shaded by their share: the network × phase table of the diagnostic */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char         *title;         /* above the table, or NULL */
  guint               n_rows;
  guint               n_columns;
  const char * const *row_labels;
  const char * const *column_labels;
  const guint        *counts;        /* n_rows × n_columns, row by row */
  guint               whole;         /* the count that is the darkest shade */
} PslHeatMap;

/* The height the map needs at width. */
double psl_heat_map_height (cairo_t          *cr,
                            const PslHeatMap *map,
                            double            width);
/* A PslDocumentChartFunc: draws map in width × height at the origin. */
void   psl_heat_map_draw   (cairo_t          *cr,
                            double            width,
                            double            height,
                            gpointer          map);

G_END_DECLS
