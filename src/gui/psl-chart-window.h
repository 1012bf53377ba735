/* psl-chart-window.h — a window beside the main one that shows a chart or a grid and prints it as a document */
#pragma once

#include <adwaita.h>

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_CHART_WINDOW (psl_chart_window_get_type ())
G_DECLARE_DERIVABLE_TYPE (PslChartWindow, psl_chart_window, PSL, CHART_WINDOW, AdwWindow)

struct _PslChartWindowClass
{
  AdwWindowClass parent_class;

  /* Set by psl_chart_window_class_set_print_action (). */
  const char *print_action;

  /* The chart, on its area painted white, at the area's size. */
  void          (*draw)          (PslChartWindow *self,
                                  cairo_t        *cr,
                                  int             width,
                                  int             height);
  /* Saves what is still being typed: before printing and on closing. */
  void          (*flush)         (PslChartWindow *self);
  /* The document the print button shows, made at once… */
  PslDocument  *(*make_document) (PslChartWindow *self,
                                  GError        **error);
  /* …or, when it reads the whole base, on the database worker. */
  PslStoreJob     document_job;
};

/* From a subclass's class_init: the print action's name as its template
 * and its tests know it ("quadrant.print"), bound to Ctrl+P. */
void            psl_chart_window_class_set_print_action (GtkWidgetClass *widget_class,
                                                         const char     *name);

PslStore       *psl_chart_window_get_store      (PslChartWindow *self);
/* The store of a subclass's instance. */
#define PSL_CHART_WINDOW_STORE(window) (psl_chart_window_get_store (PSL_CHART_WINDOW (window)))
/* The header bar's title: a subclass writes its subtitle there. */
AdwWindowTitle *psl_chart_window_get_title      (PslChartWindow *self);
/* The data changed: the chart is drawn again. */
void            psl_chart_window_redraw         (PslChartWindow *self);
/* Off while there is nothing to print, or a document is being made. */
void            psl_chart_window_set_printable  (PslChartWindow *self,
                                                 gboolean        printable);
/* A document made by job on the database worker, shown when ready if the
 * window is still open; the print button is off meanwhile. */
void            psl_chart_window_show_document  (PslChartWindow *self,
                                                 PslStoreJob     job);

G_END_DECLS
