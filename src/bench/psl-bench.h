/* psl-bench.h — what the benchmark's parts share: JSON figures and the map's part */
#pragma once

#include <json-glib/json-glib.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* A value in milliseconds, to the hundredth. */
void psl_bench_add_rounded (JsonBuilder *b,
                            double       value);
/* name: { median_ms, p95_ms } of times (sorted in place). */
void psl_bench_add_latency (JsonBuilder *b,
                            const char  *name,
                            GArray      *times);

/* psl-bench-map.c: the partnership map of the last twelve months. */
void psl_bench_map         (JsonBuilder *b,
                            PslStore    *store);

G_END_DECLS
