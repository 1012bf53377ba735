/* psl-bench.h — what the benchmark's parts share: JSON figures, bare timings, the parts in their own files */
#pragma once

#include <json-glib/json-glib.h>

#include "bench/psl-bench-floors.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* What b built, on standard output. */
void psl_bench_print       (JsonBuilder *b,
                            gboolean     pretty);
/* A value in milliseconds, to the hundredth. */
void psl_bench_add_rounded (JsonBuilder *b,
                            double       value);
/* A field of this process's /proc/self/status in MB ("VmRSS:", "VmHWM:").
 * Unlike getrusage ()'s peak, which a spawned process inherits from the
 * one that spawned it, these are the process's own. */
double psl_bench_memory_mb (const char *field);
/* The processor time of the calling thread, in µs. */
gint64 psl_bench_thread_cpu_us (void);
/* The value of values (sorted in place) at p (0.5 the median), 0 if none. */
double psl_bench_percentile (GArray *values,
                             double  p);
/* name: { median_ms, p95_ms } of times (sorted in place). */
void psl_bench_add_latency (JsonBuilder *b,
                            const char  *name,
                            GArray      *times);
/* name: { count_name: count, passerelle: …, floor_name: … }, a measure
 * beside its floor and what it read. */
void psl_bench_add_measure (JsonBuilder *b,
                            const char  *name,
                            const char  *count_name,
                            gint64       count,
                            GArray      *times,
                            const char  *floor_name,
                            GArray      *floor_times);

/* psl-bench-placements.c: Mises en relation read and filtered. */
void psl_bench_placements  (JsonBuilder *b,
                            PslStore    *store,
                            PslBareDb   *bare);

/* psl-bench-map.c: the partnership map of the last twelve months. */
void psl_bench_map         (JsonBuilder *b,
                            PslStore    *store,
                            PslBareDb   *bare);

/* psl-bench-campaign.c: the campaign's letters to the firms of a sector. */
void psl_bench_campaign    (JsonBuilder *b,
                            PslStore    *store,
                            PslBareDb   *bare);

/* A large file made by `passerelle demo --large` is sealed, its key
 * beside it (FILE.key): copies that key to key_path in a part's own
 * folder, so that nothing the part does can touch the original. */
gboolean psl_bench_copy_key (const char  *database,
                             const char  *key_path,
                             GError     **error);

/* psl-bench-sync.c: joining from a snapshot, a day's work exchanged. */
void psl_bench_sync        (JsonBuilder *b,
                            const char  *database);

/* psl-bench-privacy.c: the retention run, a confidential part opened. */
void psl_bench_privacy     (JsonBuilder *b,
                            const char  *database);
/* psl-bench-import.c: 20,000 firms from XLSX and 100,000 people from CSV. */
void psl_bench_import      (JsonBuilder *b);

/* psl-bench-tour.c: every page of the window shown once, in a process
 * of its own (self_path --probe tour); the child's side. */
void psl_bench_tour        (JsonBuilder *b,
                            PslStore    *store,
                            const char  *self_path,
                            const char  *database);
int  psl_bench_tour_probe  (const char  *database,
                            const char  *company_id,
                            const char  *person_id);

/* psl-bench-growth.c: the benchmark on two files, how each cost grew
 * from the first to the second, and the chart of it when chart_path is
 * set (PNG).  Its exit status. */
int  psl_bench_growth      (const char  *self_path,
                            const char  *small_database,
                            const char  *large_database,
                            const char  *only,
                            const char  *chart_path);

G_END_DECLS
