/* psl-positioning-window.h — filling in the service's positioning beside the other providers (Annexe 3) */
#pragma once

#include "psl-chart-window.h"

G_BEGIN_DECLS

#define PSL_TYPE_POSITIONING_WINDOW (psl_positioning_window_get_type ())
G_DECLARE_FINAL_TYPE (PslPositioningWindow, psl_positioning_window, PSL, POSITIONING_WINDOW, PslChartWindow)

PslPositioningWindow *psl_positioning_window_new      (GtkWindow            *parent,
                                                       PslStore             *store);
/* The row rating one provider on one item, and that of its lines of
 * work: what a click or typing reaches. */
GtkWidget            *psl_positioning_window_get_grade_row (PslPositioningWindow *self,
                                                            guint                 item,
                                                            guint                 provider);
GtkWidget            *psl_positioning_window_get_notes_row (PslPositioningWindow *self,
                                                            guint                 item);

G_END_DECLS
