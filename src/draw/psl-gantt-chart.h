/* psl-gantt-chart.h — an action plan as a Gantt chart: activities down, months across */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "psl-draw-theme.h"

G_BEGIN_DECLS

typedef struct
{
  const char *label;       /* "1.2 Identification des besoins" */
  guint       depth;       /* 0 an activity, 1 a sub-activity, indented */
  int         start;       /* months since the chart's first, or -1 with no dates */
  int         end;         /* included */
} PslGanttRow;

typedef struct
{
  guint              n_rows;
  const PslGanttRow *rows;
  int                first_year;
  int                first_month;  /* 1–12 */
  guint              n_months;
  double             today;        /* months since the first month's start, fractional; < 0 to leave out */
} PslGanttChart;

typedef struct
{
  double      label_width;
  double      header_height;
  double      row_height;
  double      month_width;
  PslDrawBox *bars;                /* n_rows; width 0 for a row with no dates */
} PslGanttLayout;

/* The height the chart needs for its rows at a comfortable size. */
double psl_gantt_chart_natural_height (const PslGanttChart *chart);
void   psl_gantt_chart_layout         (const PslGanttChart *chart,
                                       double               width,
                                       double               height,
                                       PslGanttLayout      *layout);
void   psl_gantt_chart_layout_clear   (PslGanttLayout      *layout);
/* A PslDocumentChartFunc with a PslGanttChart for data. */
void   psl_gantt_chart_draw           (cairo_t             *cr,
                                       double               width,
                                       double               height,
                                       gpointer             chart);

G_END_DECLS
