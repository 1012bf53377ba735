/* psl-timeline-view.h — a timeline chart on screen: zoom, drag, hover, click, keyboard */
#pragma once

#include <gtk/gtk.h>

#include "psl-fact-charts.h"

G_BEGIN_DECLS

#define PSL_TYPE_TIMELINE_VIEW (psl_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (PslTimelineView, psl_timeline_view, PSL, TIMELINE_VIEW, GtkWidget)

GtkWidget         *psl_timeline_view_new        (void);
/* Takes @chart (or NULL) and shows all of it. */
void               psl_timeline_view_set_chart  (PslTimelineView  *self,
                                                 PslTimelineChart *chart);
/* Shows @days days from @first (ISO). */
void               psl_timeline_view_show_days  (PslTimelineView  *self,
                                                 const char       *first,
                                                 guint             days);
void               psl_timeline_view_select     (PslTimelineView  *self,
                                                 int               index);
/* For the tests: the days in view, the chart, the last drawing's layout. */
void               psl_timeline_view_get_range  (PslTimelineView  *self,
                                                 guint32          *first,
                                                 guint32          *last);
PslTimelineChart  *psl_timeline_view_get_chart  (PslTimelineView  *self);
PslTimelineLayout *psl_timeline_view_get_layout (PslTimelineView  *self);

G_END_DECLS
