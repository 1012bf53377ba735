/* psl-demo-network.h — the demo's volunteer mentors and local economic watch */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

gboolean psl_demo_network (PslStore   *store,
                           const char *today,
                           GError    **error);

G_END_DECLS
