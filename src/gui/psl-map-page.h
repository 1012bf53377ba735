/* psl-map-page.h — Carte des partenariats: the target, the network and the same as a list */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-partner-map.h"

G_BEGIN_DECLS

#define PSL_TYPE_MAP_PAGE (psl_map_page_get_type ())
G_DECLARE_FINAL_TYPE (PslMapPage, psl_map_page, PSL, MAP_PAGE, PslPage)

PslMapPage    *psl_map_page_new        (PslStore *store);
/* A period of the program's choosing instead of the list's (ISO dates). */
void           psl_map_page_set_period (PslMapPage *self,
                                        const char *from,
                                        const char *to);
/* Reads the map again with the filters shown. */
void           psl_map_page_reload     (PslMapPage *self);
/* For the tests: the map shown (NULL before the first one is read). */
PslPartnerMap *psl_map_page_get_map    (PslMapPage *self);
gboolean       psl_map_page_is_loading (PslMapPage *self);

G_END_DECLS
