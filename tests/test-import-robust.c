/* test-import-robust.c — an import killed at any moment, or fed a broken
 * file, loses nothing it said it saved and saves nothing it refused. */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "psl-import.h"
#include "psl-test.h"
#include "psl-store-open.h"

#define FIRMS_PER_BATCH 40

/* A valid list of firms: FIRMS_PER_BATCH rows named "Lot B firme n; SARL". */
static char *
batch_csv (guint batch)
{
  GString *csv = g_string_new ("Raison sociale;Code postal;Ville\r\n");

  for (guint i = 0; i < FIRMS_PER_BATCH; i++)
    g_string_append_printf (csv, "\"Lot %u firme %u; SARL\";46%03u;Figeac\r\n", batch, i, i);
  return g_string_free (csv, FALSE);
}

static gboolean
import_text (PslStore         *store,
             const char       *data,
             gsize             length,
             PslImportReport **out,
             GError          **error)
{
  g_autoptr(PslCsvTable) table = psl_csv_parse (data, length, error);
  g_autoptr(PslImportMapping) mapping = NULL;

  if (table == NULL)
    return FALSE;
  mapping = psl_import_guess_mapping (table);
  *out = psl_import_companies (store, table, mapping, PSL_IMPORT_DUPLICATES_MERGE, FALSE, error);
  return *out != NULL;
}

/* ------------------------------------------------ killed while importing */

/* The child: imports batch after batch into path, and says on stdout each
 * one saved, once its transaction is committed. */
static int
run_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  for (guint batch = 0;; batch++)
    {
      g_autofree char *csv = batch_csv (batch);
      g_autoptr(PslImportReport) report = NULL;

      if (!import_text (store, csv, strlen (csv), &report, &error))
        g_error ("%s", error->message);
      g_print ("saved %u %u\n", batch, report->imported);
      fflush (stdout);
    }
  return 0;
}

static void
test_killed_import (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-import-kill");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2311);
  const char *self_path = g_test_get_filename (G_TEST_BUILT, "test-import-robust", NULL);

  for (guint round = 0; round < 8; round++)
    {
      /* Killed after a random number of batches said saved: mid-way
       * through the next one, at whatever step it has reached. */
      guint wanted = g_rand_int_range (rand, 0, 4);
      char *argv[] = { (char *) self_path, (char *) "--child", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GIOChannel) out = NULL;
      g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(PslStore) store = NULL;
      g_autofree char *check = NULL;
      gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
      GPid pid;
      int fd;

      g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                               &pid, NULL, &fd, NULL, &error));
      g_assert_no_error (error);
      out = g_io_channel_unix_new (fd);
      g_io_channel_set_close_on_unref (out, TRUE);
      while (said->len <= wanted)
        {
          char *line = NULL;

          if (g_get_monotonic_time () > deadline)
            g_error ("round %u: the child said %u batches saved in a minute, not %u", round, said->len, wanted + 1);
          if (g_io_channel_read_line (out, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
            g_error ("round %u: the child stopped before it was killed", round);
          g_ptr_array_add (said, line);
        }
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      g_spawn_close_pid (pid);

      /* Every batch said saved is there whole, in a sound file. */
      store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      check = psl_test_query_text (store, "PRAGMA quick_check;");
      g_assert_cmpstr (check, ==, "ok");
      for (guint i = 0; i < said->len; i++)
        {
          guint batch, imported;
          g_autofree char *sql = NULL;

          g_assert_cmpint (sscanf (g_ptr_array_index (said, i), "saved %u %u", &batch, &imported), ==, 2);
          sql = g_strdup_printf ("SELECT count(*) FROM company WHERE legal_name LIKE 'Lot %u firme %%';", batch);
          /* Batches already in the file from a round before merge instead. */
          g_assert_cmpint (psl_test_count (store, sql), ==, FIRMS_PER_BATCH);
        }
      /* A batch is in the file whole or not at all. */
      g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;") % FIRMS_PER_BATCH, ==, 0);
    }
  psl_test_rm_rf (dir);
}

/* ------------------------------------------------ broken files refused */

/* What the database holds, as one text: equal before and after a refusal. */
static char *
digest (PslStore *store)
{
  return psl_test_query_text (store,
    "SELECT (SELECT count(*) FROM company) || ':' ||"
    "       (SELECT group_concat(id || '=' || legal_name || '/' || coalesce(postcode, ''), ',') FROM"
    "          (SELECT id, legal_name, postcode FROM company ORDER BY id)) || ':' ||"
    "       (SELECT count(*) FROM search_map);");
}

/* One of a few damages a file suffers on its way from a spreadsheet. */
static void
mutate (GByteArray *data,
        GRand      *rand)
{
  static const char *const inserts[] = { "\"", ";", "\r\n", "\xff\xfe", "\xc3", "\0", "\"\"\"", "=cmd|", "\t" };
  guint at = g_rand_int_range (rand, 0, data->len);

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:   /* a byte changed */
      data->data[at] = (guint8) g_rand_int_range (rand, 0, 256);
      break;
    case 1:   /* something inserted */
      {
        const char *what = inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))];

        psl_test_insert_bytes (data, at, what, *what == '\0' ? 1 : strlen (what));
      }
      break;
    case 2:   /* cut short */
      g_byte_array_set_size (data, at);
      break;
    case 3:   /* a stretch removed */
      {
        guint length = g_rand_int_range (rand, 1, 40);

        g_byte_array_remove_range (data, at, MIN (length, data->len - at));
      }
      break;
    default:  /* the header line damaged */
      at = g_rand_int_range (rand, 0, MIN (data->len, 40u));
      data->data[at] = '"';
      break;
    }
}

static void
test_mutated_files (PslTestFixture *f,
                    gconstpointer   unused)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);
  g_autofree char *valid = batch_csv (7);
  guint refused = 0, accepted = 0;

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PslImportReport) report = NULL;
      g_autofree char *before = digest (f->store);
      g_autofree char *after = NULL;
      gint64 count_before = psl_test_count (f->store, "SELECT count(*) FROM company;");
      guint damages = g_rand_int_range (rand, 1, 4);

      g_byte_array_append (data, (const guint8 *) valid, strlen (valid));
      for (guint i = 0; i < damages && data->len > 0; i++)
        mutate (data, rand);
      if (!import_text (f->store, (const char *) data->data, data->len, &report, &error))
        {
          g_assert_nonnull (error);
          after = digest (f->store);
          if (g_strcmp0 (before, after) != 0)
            g_error ("round %u: refused (%s) but the database changed", round, error->message);
          refused++;
          continue;
        }
      /* Accepted, some rows perhaps rejected: only the new firms it counts were added. */
      g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company;"), ==,
                       count_before + report->imported);
      accepted++;
    }
  /* Both ways were taken, many times. */
  g_assert_cmpuint (refused, >=, 30);
  g_assert_cmpuint (accepted, >=, 30);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  psl_test_init (&argc, &argv);
  g_test_add_func ("/import-robust/killed", test_killed_import);
  g_test_add ("/import-robust/mutated-files", PslTestFixture, NULL, psl_test_fixture_setup,
              test_mutated_files, psl_test_fixture_teardown);
  return g_test_run ();
}
