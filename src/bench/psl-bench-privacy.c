/* psl-bench-privacy.c — privacy on the large file: the retention run over
 * 100,000 people, and opening one person's confidential part (decrypted and
 * journaled), each beside its floor measured in the same run (the same
 * selection of people in bare SQLite; the same rows read without the key).
 *
 * It works on a copy of the file: the run anonymises people and the key
 * set-up seals every confidential text. */

#include "config.h"

#include <glib/gstdio.h>

#include "psl-bench.h"
#include "psl-store-open.h"
#include "psl-format.h"
#include "psl-sensitive.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

#define OPENINGS 50

static double
since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

void
psl_bench_privacy (JsonBuilder *b,
                   const char  *database)
{
  g_autofree char *dir = g_dir_make_tmp ("psl-bench-privacy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "copie.db", NULL);
  g_autofree char *key = g_build_filename (dir, "structure.key", NULL);
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GFile) src = g_file_new_for_path (database);
  g_autoptr(GFile) dst = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GArray) open_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *director = NULL;
  double setup_ms, preview_ms, run_ms, bare_ms, all_ms;
  guint anonymised = 0, erased = 0, all_anonymised = 0, all_erased = 0;
  gint64 t0;

  json_builder_set_member_name (b, "privacy");
  json_builder_begin_object (b);
  if (!g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error) ||
      (store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error)) == NULL)
    goto failed;

  /* Direction at the keyboard, the key in a file as on a headless machine:
   * the login that made the file with `passerelle demo` is its direction,
   * and only the first login of a file ties itself. */
  director = psl_privacy_first_in_role (store, "direction");
  if (director == NULL || !psl_privacy_bind_account (store, director, &error))
    goto failed;
  if (psl_privacy_is_set_up (store))
    {
      /* Sealed already: there is no set-up to time. */
      if (!psl_bench_copy_key (database, key, &error))
        goto failed;
      setup_ms = -1;
    }
  else
    {
      t0 = g_get_monotonic_time ();
      recovery = psl_privacy_set_up (store, key, FALSE, &error);
      setup_ms = since (t0);
      if (recovery == NULL)
        goto failed;
    }
  psl_privacy_set_key_file (key);

  /* A confidential part opened: the items decrypted, the reading journaled. */
  people = psl_bench_sensitive_people (store, OPENINGS);
  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GPtrArray) lines = NULL;
      double ms;

      t0 = g_get_monotonic_time ();
      lines = psl_sensitive_lines (store, g_ptr_array_index (people, i), &error);
      ms = since (t0);
      if (lines == NULL)
        goto failed;
      g_array_append_val (open_times, ms);
      ms = psl_floor_sensitive_rows (store, g_ptr_array_index (people, i));
      g_array_append_val (bare_times, ms);
    }

  /* The weekly run: who is reached, then all of it in one transaction. */
  t0 = g_get_monotonic_time ();
  preview = psl_retention_preview (store, today, &error);
  preview_ms = since (t0);
  if (preview == NULL)
    goto failed;
  t0 = g_get_monotonic_time ();
  if (!psl_retention_run (store, today, &anonymised, &erased, &error))
    goto failed;
  run_ms = since (t0);
  /* Ten years on, everyone who has left is reached: the heaviest run. */
  t0 = g_get_monotonic_time ();
  if (!psl_retention_run (store, "2036-12-31", &all_anonymised, &all_erased, &error))
    goto failed;
  all_ms = since (t0);
  {
    g_autoptr(PslBareDb) bare = psl_bare_open_read_only (path);

    bare_ms = psl_floor_retention (bare);
  }

  json_builder_set_member_name (b, "people");
  json_builder_add_int_value (b, psl_store_count_rows (store, "person", NULL));
  json_builder_set_member_name (b, "key_setup_ms");
  if (setup_ms < 0)
    json_builder_add_null_value (b);
  else
    psl_bench_add_rounded (b, setup_ms);
  psl_bench_add_latency (b, "open_confidential", open_times);
  psl_bench_add_latency (b, "open_confidential_bare_floor", bare_times);
  json_builder_set_member_name (b, "retention_preview_ms");
  psl_bench_add_rounded (b, preview_ms);
  json_builder_set_member_name (b, "retention_run_ms");
  psl_bench_add_rounded (b, run_ms);
  json_builder_set_member_name (b, "retention_bare_floor_ms");
  psl_bench_add_rounded (b, bare_ms);
  json_builder_set_member_name (b, "anonymised");
  json_builder_add_int_value (b, anonymised);
  json_builder_set_member_name (b, "confidential_erased");
  json_builder_add_int_value (b, erased);
  json_builder_set_member_name (b, "retention_run_ten_years_on_ms");
  psl_bench_add_rounded (b, all_ms);
  json_builder_set_member_name (b, "anonymised_ten_years_on");
  json_builder_add_int_value (b, all_anonymised);
  json_builder_set_member_name (b, "targets");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "retention_run_ms");
  json_builder_add_int_value (b, 10000);
  json_builder_set_member_name (b, "open_confidential_ms");
  json_builder_add_int_value (b, 20);
  json_builder_end_object (b);
  goto done;

failed:
  json_builder_set_member_name (b, "error");
  json_builder_add_string_value (b, error != NULL ? error->message : "no direction in the file");
done:
  json_builder_end_object (b);
  psl_privacy_set_key_file (NULL);
  g_clear_object (&store);
  for (const char *const *tail = (const char *[]) { "", "-wal", "-shm", NULL }; *tail != NULL; tail++)
    {
      g_autofree char *file = g_strconcat (path, *tail, NULL);
      g_unlink (file);
    }
  g_unlink (key);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    /* The copy's backup before its migration, if one was taken. */
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}
