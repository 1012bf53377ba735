/* psl-bench-placements.c — Mises en relation on the large file: every
 * placement read into the list, beside the bare statements reading the
 * same rows; then the filtering and the counts by stage one key typed
 * costs, beside a bare scan of the rows in memory
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

/* What the page does for one key typed: every row filtered, then the
 * counts by stage and of those waiting, for the buttons above. */
static guint
filter_and_count (GListModel               *items,
                  const PslPlacementFilter *filter,
                  char * const             *words)
{
  guint counts[PSL_N_STAGES], n_waiting, shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PslPlacementRow) row = g_list_model_get_item (items, i);

      shown += psl_placement_row_matches (row, filter, words);
    }
  psl_placement_count_stages (items, filter, words, counts, &n_waiting);
  return shown;
}

void
psl_bench_placements (JsonBuilder *b,
                      PslStore    *store,
                      PslBareDb   *bare)
{
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) key_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GListStore) list = NULL;
  g_auto(GStrv) words = psl_fold_words ("mar");
  PslPlacementFilter filter = { PSL_PLACEMENTS_UNDER_WAY, 0, NULL, NULL, FALSE, "2026-11-01" };
  guint n = 0, shown = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 t0;
      double ms;

      /* The rows read before are freed by the window, not by the reading. */
      g_clear_object (&list);
      t0 = g_get_monotonic_time ();
      list = psl_placement_list_load (store, NULL);
      ms = ms_since (t0);
      if (run > 0)
        g_array_append_val (load_times, ms);
      /* The floor: the same four tables read bare, in the same order. */
      ms = psl_floor_placements_read (bare);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }
  n = list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;

  for (guint run = 0; list != NULL && run < RUNS; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      volatile guint touched = 0;
      double ms;

      shown = filter_and_count (G_LIST_MODEL (list), &filter, words);
      ms = ms_since (t0);
      g_array_append_val (key_times, ms);

      /* The floor: each row fetched from the model, nothing looked at. */
      t0 = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (list), i);

          touched += row != NULL;
        }
      ms = ms_since (t0);
      g_array_append_val (scan_times, ms);
    }

  json_builder_set_member_name (b, "placements");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "read");
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
