/* psl-map-picture-private.h — what the two views of the map share */
#pragma once

#include "psl-draw-theme.h"
#include "psl-map-picture.h"

G_BEGIN_DECLS

#define PSL_MAP_LABEL_SCALE 0.9
#define PSL_MAP_DRAWN_LINKS 2000
#define PSL_MAP_SMOOTH_LINKS 1000

/* Each view places its nodes and draws what lies under them. */
void psl_target_map_place       (PslMapPicture  *picture,
                                 PslPartnerMap  *map,
                                 cairo_t        *cr,
                                 PslLabelPlacer *placer);
void psl_target_map_draw_under  (PslMapPicture  *picture,
                                 PslPartnerMap  *map,
                                 cairo_t        *cr);
void psl_network_map_place      (PslMapPicture  *picture,
                                 PslPartnerMap  *map);
void psl_network_map_draw_under (PslMapPicture  *picture,
                                 PslPartnerMap  *map,
                                 cairo_t        *cr);

/* A firm's or a partner's colour: its sector on the target, its community
 * on the network; grey for none. */
const double *psl_map_node_colour (PslMapPicture    *picture,
                                   const PslMapNode *node);

G_END_DECLS
