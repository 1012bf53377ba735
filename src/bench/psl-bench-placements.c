/* psl-bench-placements.c — Mises en relation on the large file: every
 * placement read and sorted for the list, in two parts as the page reads
 * them (those under way, which it shows at first, then the rest), beside
 * the bare statements reading the same rows; then the filtering and the counts by stage one
 * key typed costs, beside a bare scan of the rows in memory
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

void
psl_bench_placements (JsonBuilder *b,
                      PslStore    *store,
                      PslBareDb   *bare)
{
  g_autoptr(GArray) first_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) key_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) list = NULL;
  g_auto(GStrv) words = psl_fold_words ("mar");
  PslPlacementFilter filter = { PSL_PLACEMENTS_UNDER_WAY, 0, NULL, NULL, FALSE, "2026-11-01" };
  guint n = 0, n_first = 0, shown = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) first = NULL;
      gint64 t0;
      double ms;

      PslFoldSort by_person = { (const char *(*) (gpointer)) psl_placement_row_get_person_name, TRUE, NULL };

      /* The rows read before are freed by the window, not by the reading. */
      g_clear_pointer (&list, g_ptr_array_unref);
      /* What the window waits for before it shows rows: the placements
       * under way, read and sorted by the first column. */
      t0 = g_get_monotonic_time ();
      first = psl_placement_list_load (store, PSL_PLACEMENTS_UNDER_WAY, NULL);
      if (first != NULL)
        psl_fold_sort_rows (&by_person, first);
      ms = ms_since (t0);
      psl_fold_sort_forget (&by_person);
      if (run > 0)
        g_array_append_val (first_times, ms);
      n_first = first != NULL ? first->len : 0;

      /* Then, while they are shown, the rest read and sorted with them:
       * the whole list, for the other stages and the filter. */
      t0 = g_get_monotonic_time ();
      list = psl_placement_list_load (store, PSL_PLACEMENTS_CLOSED, NULL);
      for (guint i = 0; list != NULL && first != NULL && i < first->len; i++)
        g_ptr_array_add (list, g_object_ref (g_ptr_array_index (first, i)));
      if (list != NULL)
        psl_fold_sort_rows (&by_person, list);
      ms = ms_since (t0);
      psl_fold_sort_forget (&by_person);
      if (run > 0)
        g_array_append_val (load_times, ms);

      /* The floors: the same tables read bare, in the same order. */
      ms = psl_floor_placements_under_way (bare);
      if (run > 0)
        g_array_append_val (first_bare_times, ms);
      ms = psl_floor_placements_read (bare);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }
  n = list != NULL ? list->len : 0;

  for (guint run = 0; list != NULL && run < RUNS; run++)
    {
      g_autoptr(GPtrArray) kept = g_ptr_array_new_full (n, NULL);
      guint counts[PSL_N_STAGES], n_waiting;
      gint64 t0 = g_get_monotonic_time ();
      volatile guint touched = 0;
      double ms;

      /* What the page does for one key typed: the rows kept and the
       * counts by stage, for the buttons above, in one pass. */
      psl_placement_list_filter (list, &filter, words, kept, counts, &n_waiting);
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
  json_builder_set_member_name (b, "first_read");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows_shown");
  json_builder_add_int_value (b, n_first);
  psl_bench_add_latency (b, "passerelle", first_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", first_bare_times);
  json_builder_set_member_name (b, "target_p95_ms");
  json_builder_add_double_value (b, 300);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "rest_read_while_shown");
  json_builder_begin_object (b);
  psl_bench_add_latency (b, "passerelle", load_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "key_typed");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows_kept");
  json_builder_add_int_value (b, shown);
  psl_bench_add_latency (b, "passerelle", key_times);
  psl_bench_add_latency (b, "floor_scan_in_memory", scan_times);
  json_builder_end_object (b);
  json_builder_end_object (b);
}
