/* psl-bench-placements.c — Mises en relation on the large file: every
 * placement read and sorted for the list, in the parts the page reads
 * them (the first screen of those under way, which it shows at once, the
 * others under way while they are shown, the closed ones when a choice
 * shows them), beside the bare statements reading the same rows; then the
 * filtering and the counts by stage one key typed over all of them costs,
 * beside a bare scan of the rows in memory
 */

#include "config.h"

#include <string.h>

#include "psl-bench.h"
#include "psl-company-list.h"
#include "psl-placement-list.h"

#define RUNS 10

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* The first screen (earlier NULL) or the rest of part, read and sorted
 * by the first column, as the table does on the worker, with the rows of
 * earlier sorted in; its time added to times after the first, warm-up
 * run. */
static GPtrArray *
read_sorted (PslStore          *store,
             PslPlacementScope  part,
             GPtrArray         *earlier,
             GArray            *times,
             guint              run)
{
  PslFoldSort by_person = { (const char *(*) (gpointer)) psl_placement_row_get_person_name, TRUE, NULL,
                            (const char *(*) (gpointer)) psl_placement_row_get_person_key };
  gint64 t0 = g_get_monotonic_time ();
  GPtrArray *rows = earlier == NULL ? psl_placement_list_load_first (store, PSL_PLACEMENTS_FIRST_ROWS, NULL)
                                    : psl_placement_list_load_rest (store, part, earlier, NULL);
  double ms;

  for (guint i = 0; rows != NULL && earlier != NULL && i < earlier->len; i++)
    g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (earlier, i)));
  if (rows != NULL)
    psl_fold_sort_rows (&by_person, rows);
  ms = ms_since (t0);
  psl_fold_sort_forget (&by_person);
  if (run > 0)
    g_array_append_val (times, ms);
  return rows;
}

/* name: { passerelle, floor_bare_sqlite } */
static void
add_read (JsonBuilder *b,
          const char  *name,
          GArray      *times,
          GArray      *floor_times)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  psl_bench_add_latency (b, "passerelle", times);
  psl_bench_add_latency (b, "floor_bare_sqlite", floor_times);
  json_builder_end_object (b);
}

void
psl_bench_placements (JsonBuilder *b,
                      PslStore    *store,
                      PslBareDb   *bare)
{
  g_autoptr(GArray) first_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) closed_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) closed_bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) key_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) list = NULL;
  g_auto(GStrv) words = psl_fold_words ("mar");
  PslPlacementFilter filter = { PSL_PLACEMENTS_UNDER_WAY, 0, NULL, NULL, FALSE, "2026-11-01" };
  guint n = 0, n_first = 0, shown = 0;
  g_autoptr(PslPlacementPass) pass = NULL;
  guint counts_at_load[PSL_N_STAGES], n_waiting_at_load;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) first = NULL;
      g_autoptr(GPtrArray) under_way = NULL;
      double ms;

      /* The rows read before are freed by the window, not by the reading. */
      g_clear_pointer (&list, g_ptr_array_unref);
      /* What the window waits for before it shows rows: the first
       * screen of the placements under way, read and sorted by the first
       * column. */
      first = read_sorted (store, PSL_PLACEMENTS_UNDER_WAY, NULL, first_times, run);
      n_first = first != NULL ? first->len : 0;
      /* Then, while they are shown, the others under way read and sorted
       * with them, for the counts by stage. */
      under_way = read_sorted (store, PSL_PLACEMENTS_UNDER_WAY, first, load_times, run);
      /* The closed ones, once a choice shows them: the whole list. */
      list = read_sorted (store, PSL_PLACEMENTS_CLOSED, under_way, closed_times, run);

      /* The floors: the same rows read bare. */
      ms = psl_floor_placements_first (bare, PSL_PLACEMENTS_FIRST_ROWS);
      if (run > 0)
        g_array_append_val (first_bare_times, ms);
      ms = psl_floor_placements_under_way (bare);
      if (run > 0)
        g_array_append_val (bare_times, ms);
      ms = psl_floor_placements_read (bare);
      if (run > 0)
        g_array_append_val (closed_bare_times, ms);
    }
  n = list != NULL ? list->len : 0;

  /* As the page: the rows are filtered once as they come in, then at
   * each key typed. */
  pass = psl_placement_pass_new ();
  if (list != NULL)
    psl_placement_pass_filter (pass, list, &filter, NULL, NULL, counts_at_load, &n_waiting_at_load);
  for (guint run = 0; list != NULL && run < RUNS; run++)
    {
      g_autoptr(GPtrArray) kept = g_ptr_array_new_full (n, NULL);
      guint counts[PSL_N_STAGES], n_waiting;
      gint64 t0 = g_get_monotonic_time ();
      volatile guint touched = 0;
      double ms;

      /* What the page does for one key typed: the rows kept and the
       * counts by stage, for the buttons above, in one pass. */
      psl_placement_pass_filter (pass, list, &filter, words, kept, counts, &n_waiting);
      ms = ms_since (t0);
      shown = kept->len;
      g_array_append_val (key_times, ms);

      /* The floor: each row's stage looked at, nothing else. */
      t0 = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        touched += psl_placement_row_get_stage (g_ptr_array_index (list, i)) < PSL_N_STAGES;
      ms = ms_since (t0);
      g_array_append_val (scan_times, ms);
    }

  json_builder_set_member_name (b, "placements");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "rows_shown_first");
  json_builder_add_int_value (b, n_first);
  json_builder_set_member_name (b, "first_read_target_p95_ms");
  psl_bench_add_rounded (b, 300.0);
  add_read (b, "first_read", first_times, first_bare_times);
  add_read (b, "rest_read_while_shown", load_times, bare_times);
  add_read (b, "closed_read_when_asked", closed_times, closed_bare_times);
  psl_bench_add_measure (b, "key_typed", "rows_kept", shown, key_times, "floor_scan_in_memory", scan_times);
  json_builder_end_object (b);
}
