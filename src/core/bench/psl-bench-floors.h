/* psl-bench-floors.h — what the benchmark measures Passerelle against: the
 * bare SQLite statements of each figure's floor, timed on a connection of
 * their own, and the samples the figures are taken on.  The benchmark
 * (src/bench) only calls these and writes JSON: its SQL lives here. */
#pragma once

#include "psl-store.h"
#include "psl-schedule.h"

G_BEGIN_DECLS

/* A bare read-only SQLite connection to a file: no cache, no migration,
 * nothing of Passerelle between the statements and the file. */
typedef struct _PslBareDb PslBareDb;

PslBareDb *psl_bare_open_read_only     (const char  *path);
void       psl_bare_close              (PslBareDb   *bare);

/* Each floor runs its statements to their end and returns the
 * milliseconds it took. */

/* The global search: per kind, names first, then any field, as
 * psl_search_run() does; limit per kind. */
double     psl_floor_search            (PslBareDb   *bare,
                                        const char  *name_query,
                                        const char  *query,
                                        guint        limit);
/* Firms whose name, commune or postcode is LIKE pattern. */
double     psl_floor_company_like      (PslBareDb   *bare,
                                        const char  *pattern);
/* A firm's record, its journal and its opportunities by year. */
double     psl_floor_open_company      (PslBareDb   *bare,
                                        const char  *company_id);
/* The people matching reads, and the people's table. */
double     psl_floor_matching_people   (PslBareDb   *bare);
/* Everyone, or those in their pathway only (what Personnes reads after
 * its first screen). */
double     psl_floor_people_list       (PslBareDb   *bare,
                                        gboolean     in_pathway);
/* The first screen of people in their pathway by name, with their next
 * follow-up and review due, in one statement. */
double     psl_floor_people_first      (PslBareDb   *bare,
                                        guint        n_rows);
/* The four tables Mises en relation reads, in the same order. */
double     psl_floor_placements_read   (PslBareDb   *bare);
/* The placements under way, with the people, firms and opportunities they name. */
double     psl_floor_placements_under_way (PslBareDb *bare);
/* The first screen of placements under way, by the people's names, with
 * their firms and opportunities, in one statement. */
double     psl_floor_placements_first  (PslBareDb   *bare,
                                        guint        n_rows);
/* The Échéancier: each period between first and last counted, then its
 * first shown items. */
double     psl_floor_schedule          (PslBareDb   *bare,
                                        char        *first[PSL_DUE_N_WHEN],
                                        char        *last[PSL_DUE_N_WHEN],
                                        guint        shown);
/* The Suivi page: the placements under way in their first six months on
 * today, and the open alerts. */
double     psl_floor_followup          (PslBareDb   *bare,
                                        const char  *today);
/* What the activity report between from and to reads. */
double     psl_floor_activity          (PslBareDb   *bare,
                                        const char  *from,
                                        const char  *to);
/* What the campaign's letters to the active firms of sector read: the
 * firms with their sector's name and their contact, then each firm's last
 * engagement survey. */
double     psl_floor_campaign          (PslBareDb   *bare,
                                        const char  *sector);
/* What the partnership map of the whole structure between from and to
 * reads (from and to within a month each). */
double     psl_floor_partner_map       (PslBareDb   *bare,
                                        const char  *from,
                                        const char  *to);
/* The people the retention run looks at. */
double     psl_floor_retention         (PslBareDb   *bare);

/* On the store's own connection: a person's confidential rows read as
 * stored (still sealed). */
double     psl_floor_sensitive_rows    (PslStore    *store,
                                        const char  *person_id);

/* Written floors, on files of their own. */
typedef enum
{
  PSL_FLOOR_ROWS_FIRMS,
  PSL_FLOOR_ROWS_PEOPLE,
} PslFloorRows;

/* n rows like firms or people inserted bare into a new table of the file
 * at path, in one transaction. */
double     psl_floor_insert_rows       (const char  *path,
                                        PslFloorRows kind,
                                        guint        n);
/* n changes to firms written bare into the file at path, in one
 * transaction. */
double     psl_floor_day_of_changes    (const char  *path,
                                        guint        n);

/* ---- samples ---- */

/* Titles of the search index spread over it (about 4 × n of them, every
 * kind, old and new records); "" for a record without a title. */
GPtrArray *psl_bench_spread_titles     (PslStore    *store,
                                        guint        n);
/* The firm with the most interactions, and how many; FALSE when none. */
gboolean   psl_bench_busiest_company   (PslStore    *store,
                                        char       **company_id,
                                        gint64      *interactions);
/* The person with the most placements and follow-ups, and how many;
 * FALSE when none. */
gboolean   psl_bench_busiest_person    (PslStore    *store,
                                        char       **person_id,
                                        gint64      *rows);
/* The first open opportunity of a trade; NULL when there is none. */
char      *psl_bench_open_opportunity  (PslStore    *store);
/* People who can be ranked: in pathway, not merged, not gone. */
gint64     psl_bench_count_candidates  (PslStore    *store);
/* The first n people with confidential items. */
GPtrArray *psl_bench_sensitive_people  (PslStore    *store,
                                        guint        n);
/* A counsellor's day on the store: n changes to the first 250 firms,
 * notes edited and calls recorded in turn. */
void       psl_bench_day_of_work       (PslStore    *store,
                                        guint        n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslBareDb, psl_bare_close)

G_END_DECLS
