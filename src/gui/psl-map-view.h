/* psl-map-view.h — the partnership map on screen: zoom, pan, hover, click, keyboard */
#pragma once

#include <gtk/gtk.h>

#include "psl-map-picture.h"

G_BEGIN_DECLS

#define PSL_TYPE_MAP_VIEW (psl_map_view_get_type ())
G_DECLARE_FINAL_TYPE (PslMapView, psl_map_view, PSL, MAP_VIEW, GtkWidget)

GtkWidget      *psl_map_view_new          (PslMapKind     kind);
void            psl_map_view_set_map      (PslMapView    *self,
                                           PslPartnerMap *map);
int             psl_map_view_get_selected (PslMapView    *self);
void            psl_map_view_select       (PslMapView    *self,
                                           int            index);
double          psl_map_view_get_zoom     (PslMapView    *self);
void            psl_map_view_zoom_at      (PslMapView    *self,
                                           double         factor,
                                           double         x,
                                           double         y);
void            psl_map_view_pan          (PslMapView    *self,
                                           double         dx,
                                           double         dy);
/* What is drawn, for the tests and the benchmark (NULL before the first frame). */
PslMapPicture  *psl_map_view_get_picture  (PslMapView    *self);
/* Where a node is on the widget. */
gboolean        psl_map_view_node_point   (PslMapView    *self,
                                           guint          index,
                                           double        *x,
                                           double        *y);

G_END_DECLS
