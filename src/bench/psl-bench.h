/* psl-bench.h — what the benchmark's parts share: JSON figures, bare timings, the parts in their own files */
#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* A value in milliseconds, to the hundredth. */
void psl_bench_add_rounded (JsonBuilder *b,
                            double       value);
/* name: { median_ms, p95_ms } of times (sorted in place). */
void psl_bench_add_latency (JsonBuilder *b,
                            const char  *name,
                            GArray      *times);

/* Runs the bare query sql (with ?1 bound to key, when given) to its end;
 * the milliseconds it took. */
double psl_bench_time_bare (sqlite3    *bare,
                            const char *sql,
                            const char *key);

/* psl-bench-placements.c: Mises en relation read and filtered. */
void psl_bench_placements  (JsonBuilder *b,
                            PslStore    *store,
                            sqlite3     *bare);

/* psl-bench-map.c: the partnership map of the last twelve months. */
void psl_bench_map         (JsonBuilder *b,
                            PslStore    *store);

/* psl-bench-sync.c: joining from a snapshot, a day's work exchanged. */
void psl_bench_sync        (JsonBuilder *b,
                            const char  *database);

/* psl-bench-privacy.c: the retention run, a confidential part opened. */
void psl_bench_privacy     (JsonBuilder *b,
                            const char  *database);
/* psl-bench-import.c: 20,000 firms from XLSX and 100,000 people from CSV. */
void psl_bench_import      (JsonBuilder *b);

G_END_DECLS
