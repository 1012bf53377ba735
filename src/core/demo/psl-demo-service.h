/* psl-demo-service.h — the demo team's diagnostic, positioning and action plan */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* staff_ids: NULL-terminated, the first one writes the most. */
gboolean psl_demo_service_review (PslStore           *store,
                                  GRand              *rand,
                                  const char * const *staff_ids,
                                  const char         *today,
                                  GError            **error);

G_END_DECLS
