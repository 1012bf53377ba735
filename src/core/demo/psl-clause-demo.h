/* psl-clause-demo.h — the demonstration's public contracts with a social clause */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Two contracts won by the firms where the most people started a
 * contract this last year, and the hours of those placed there. */
gboolean psl_clause_demo_fill (PslStore    *store,
                               const char  *today,
                               GError     **error);

G_END_DECLS
