/* psl-bench-sync.c — sites exchanging: joining from a snapshot of the large
 * file, and a day's work at one antenna (500 changes) sent and applied at
 * another; each beside its floor measured in the same run (a plain copy of
 * the file; the same 500 writes in bare SQLite). */

#include "config.h"

#include <glib/gstdio.h>

#include "psl-bench.h"
#include "privacy/psl-privacy-key.h"
#include "psl-store-open.h"
#include "sync/psl-sync-exchange.h"

#define PASSPHRASE "bench-passerelle-echange"
#define DAY_CHANGES 500

static double
since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static gboolean
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) src = g_file_new_for_path (from);
  g_autoptr(GFile) dst = g_file_new_for_path (to);

  return g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}

static gint64
folder_bytes (const char *dir,
              const char *suffix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  gint64 total = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        total += folder_bytes (path, suffix);
      else if (g_str_has_suffix (name, suffix) && g_stat (path, &st) == 0)
        total += st.st_size;
    }
  return total;
}

void
psl_bench_sync (JsonBuilder *b,
                const char  *database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("psl-bench-sync-XXXXXX", NULL);
  g_autofree char *a_path = g_build_filename (dir, "siege.db", NULL);
  g_autofree char *b_path = g_build_filename (dir, "antenne.db", NULL);
  g_autofree char *floor_path = g_build_filename (dir, "floor.db", NULL);
  g_autofree char *folder = g_build_filename (dir, "echange", NULL);
  g_autofree char *key_path = g_build_filename (dir, "structure.key", NULL);
  g_autoptr(PslStore) a = NULL;
  g_autoptr(PslStore) s = NULL;
  g_autoptr(PslSyncKey) key = NULL;
  g_autoptr(PslSyncReport) sent = NULL;
  g_autoptr(PslSyncReport) applied = NULL;
  gint64 t0, change_bytes;
  double copy_ms, init_ms, join_ms, send_ms, apply_ms, bare_ms;

  t0 = g_get_monotonic_time ();
  copy_file (database, a_path);
  copy_ms = since (t0);
  copy_file (database, floor_path);

  a = psl_store_open (a_path, PSL_STORE_OPEN_DEFAULT, &error);
  if (a == NULL)
    goto fail;
  /* A sealed file shares its key through the folder, as the head office
   * does, and the antenna takes it there into the same key file. */
  if (psl_privacy_is_set_up (a))
    {
      if (!psl_bench_copy_key (database, key_path, &error))
        goto fail;
      psl_privacy_set_key_file (key_path);
    }
  t0 = g_get_monotonic_time ();
  if (!psl_sync_init (a, folder, PASSPHRASE, &error))
    goto fail;
  init_ms = since (t0);

  t0 = g_get_monotonic_time ();
  s = psl_sync_join (folder, PASSPHRASE, "Antenne de banc d’essai", b_path, &error);
  if (s == NULL)
    goto fail;
  join_ms = since (t0);

  key = psl_sync_unlock (a, folder, PASSPHRASE, &error);
  if (key == NULL)
    goto fail;
  psl_bench_day_of_work (a, DAY_CHANGES);
  t0 = g_get_monotonic_time ();
  sent = psl_sync_run (a, folder, key, NULL, &error);
  send_ms = since (t0);
  if (sent == NULL)
    goto fail;
  t0 = g_get_monotonic_time ();
  applied = psl_sync_run (s, folder, key, NULL, &error);
  apply_ms = since (t0);
  if (applied == NULL)
    goto fail;
  bare_ms = psl_floor_day_of_changes (floor_path, DAY_CHANGES);
  change_bytes = folder_bytes (folder, ".pslc");

  json_builder_set_member_name (b, "sync");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "start_exchange_with_snapshot_ms");
  psl_bench_add_rounded (b, init_ms);
  json_builder_set_member_name (b, "join_from_snapshot_ms");
  psl_bench_add_rounded (b, join_ms);
  json_builder_set_member_name (b, "floor_file_copy_ms");
  psl_bench_add_rounded (b, copy_ms);
  json_builder_set_member_name (b, "join_target_ms");
  psl_bench_add_rounded (b, 60000);
  json_builder_set_member_name (b, "day_changes");
  json_builder_add_int_value (b, sent->changes_sent);
  json_builder_set_member_name (b, "day_send_ms");
  psl_bench_add_rounded (b, send_ms);
  json_builder_set_member_name (b, "day_apply_ms");
  psl_bench_add_rounded (b, apply_ms);
  json_builder_set_member_name (b, "day_send_and_apply_ms");
  psl_bench_add_rounded (b, send_ms + apply_ms);
  json_builder_set_member_name (b, "floor_bare_sqlite_500_writes_ms");
  psl_bench_add_rounded (b, bare_ms);
  json_builder_set_member_name (b, "day_target_ms");
  psl_bench_add_rounded (b, 1000);
  json_builder_set_member_name (b, "bytes_per_change");
  psl_bench_add_rounded (b, sent->changes_sent > 0 ? (double) change_bytes / sent->changes_sent : 0);
  json_builder_set_member_name (b, "snapshot_bytes");
  json_builder_add_int_value (b, folder_bytes (folder, ".psls"));
  json_builder_end_object (b);
  goto out;

fail:
  g_printerr ("passerelle-bench: sync: %s\n", error != NULL ? error->message : "?");
out:
  psl_privacy_set_key_file (NULL);
  g_clear_object (&a);
  g_clear_object (&s);
  g_spawn_sync (NULL, (char *[]) { "rm", "-rf", dir, NULL }, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, NULL, NULL);
}
