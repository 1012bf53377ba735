/* psl-map-report.h — "Carte des partenariats": the target, the network and
 * the most active firms and partners, on A4 */
#pragma once

#include "psl-document.h"
#include "psl-partner-map.h"

G_BEGIN_DECLS

/* A map already read and analysed (the window's). */
PslDocument *psl_map_report_new  (PslStore           *store,
                                  PslPartnerMap      *map,
                                  GError            **error);
/* Reads and analyses the map first: for the command line and the
 * Reports page. */
PslDocument *psl_map_report_load (PslStore           *store,
                                  const PslMapFilter *filter,
                                  GError            **error);

G_END_DECLS
