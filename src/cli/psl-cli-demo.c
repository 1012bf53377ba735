/* psl-cli-demo.c — passerelle demo [--large [--scale N]] [--force] FILE
 *
 * Fills a new database with the demonstration data of src/core/demo.  Exit
 * status: 0 made, 1 not made (the file exists, or could not be written),
 * 2 bad usage.
 *
 * The file is made under a name of its own beside FILE (FILE.part-XXXXXX)
 * and renamed to FILE once complete, so that a demo killed half-way never
 * leaves half a database under FILE.  --force replaces only a file that
 * says it is a demonstration (meta demo = 1) and that nobody writes: it
 * holds the file's lock until the new one has taken its name.  What a
 * killed demo left beside FILE (FILE.part-XXXXXX and its log, FILE.key.tmp)
 * is removed by the next demo of FILE, unless a living demo still holds it.
 * The replaced file's key is kept as FILE.key.prev until the new file has
 * taken the name, so that the file under FILE can always be read.
 */

#define G_LOG_DOMAIN "psl-cli-demo"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"
#include "psl-demo.h"
#include "psl-format.h"

/* A database is the file and its write-ahead log: a new WAL database
 * may still be all in the log, with an empty file beside it. */
static const char *const database_suffixes[] = { "", "-wal", "-shm", "-journal" };

/* Five times the large file is ten million interactions and about 16 GB:
 * beyond that, a demonstration file only fills the disk. */
#define MAX_SCALE 5

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  /* A percentage for a person watching; nothing in logs or pipes. */
  g_printerr ("\r%s %3d %%", (const char *) user_data, (int) (fraction * 100));
}

static gboolean
has_data (const char *path)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *file = g_strconcat (path, database_suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (file, &st) == 0 && st.st_size > 0)
        return TRUE;
    }
  return FALSE;
}

/* The error of the file operation that just failed; format names the file
 * (first %s) and then the system's reason. */
static void
file_error (GError    **error,
            const char *format,
            const char *path)
{
  int saved = errno;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), format, path, g_strerror (saved));
}

static gboolean
remove_database (const char *path,
                 GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, database_suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          file_error (error, _("“%s” cannot be removed: %s."), file);
          return FALSE;
        }
    }
  return TRUE;
}

/* Whether name is base.part-XXXXXX, the name g_mkstemp_full () gave. */
static gboolean
is_part_name (const char *name,
              const char *base)
{
  gsize base_len = strlen (base);

  return strncmp (name, base, base_len) == 0 && g_str_has_prefix (name + base_len, ".part-")
         && strlen (name + base_len) == strlen (".part-XXXXXX");
}

/* Whether a living Passerelle holds the database at path: every writer
 * keeps an flock () on it for as long as it is open. */
static gboolean
is_held (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean held;

  if (fd < 0)
    return FALSE;
  held = flock (fd, LOCK_EX | LOCK_NB) != 0;
  close (fd);
  return held;
}

/* Removes what a demo of path killed half-way left beside it: its
 * partial files that no living demo holds, with their logs, and a key
 * file's temporary copy when no demo of path is at work. */
static void
remove_leftovers (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gboolean at_work = FALSE;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      const char *suffix = name + MIN (strlen (name), strlen (base) + strlen (".part-XXXXXX"));
      g_autofree char *main_name = g_strndup (name, suffix - name);

      /* A log whose file is gone is a leftover too: it is looked at
       * under its file's name. */
      if (is_part_name (main_name, base)
          && (*suffix == '\0' || g_str_equal (suffix, "-wal") || g_str_equal (suffix, "-shm")
              || g_str_equal (suffix, "-journal")))
        {
          g_autofree char *file = g_build_filename (dir_path, main_name, NULL);

          if (!g_ptr_array_find_with_equal_func (parts, file, g_str_equal, NULL))
            g_ptr_array_add (parts, g_steal_pointer (&file));
        }
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (is_held (part))
        at_work = TRUE;
      else
        remove_database (part, NULL);
    }
  if (!at_work)
    {
      g_autofree char *key_tmp = g_strconcat (path, ".key.tmp", NULL);

      g_unlink (key_tmp);
    }
}

/* Sets the replaced file's key aside (FILE.key.prev) before the new key
 * takes FILE.key.  A previous key left by a killed demo is first given back
 * to the file it opens (unlocking does it) or dropped if it opens none. */
static gboolean
set_key_aside (PslStore   *old,
               const char *path,
               GError    **error)
{
  g_autofree char *key = g_strconcat (path, ".key", NULL);
  g_autofree char *prev = g_strconcat (key, ".prev", NULL);

  if (old != NULL && psl_privacy_is_set_up (old))
    psl_privacy_unlock (old, NULL);
  g_unlink (prev);
  if (g_file_test (key, G_FILE_TEST_IS_REGULAR) && g_rename (key, prev) != 0)
    {
      file_error (error, _("The key of “%s” cannot be set aside: %s."), path);
      return FALSE;
    }
  return TRUE;
}

/* Once the new file has its name (done) the old key goes; otherwise it
 * takes its name back beside the file it opens. */
static void
drop_key_aside (const char *path,
                gboolean    done)
{
  g_autofree char *key = g_strconcat (path, ".key", NULL);
  g_autofree char *prev = g_strconcat (key, ".prev", NULL);

  if (!g_file_test (prev, G_FILE_TEST_IS_REGULAR))
    return;
  if (done)
    g_unlink (prev);
  else
    g_rename (prev, key);
}

/* The demonstration file at path, open and locked, and nothing of it
 * left outside the file; NULL when it is written elsewhere or is not a
 * demonstration file, which --force must not replace. */
static PslStore *
open_replaced (const char *path,
               GError    **error)
{
  g_autoptr(PslStore) old = psl_store_open (path, PSL_STORE_OPEN_NO_MIGRATE, error);
  g_autofree char *mark = NULL;

  if (old == NULL)
    return NULL;
  mark = psl_store_get_meta (old, "demo");
  if (g_strcmp0 (mark, "1") != 0)
    {
      g_autofree char *quoted = g_shell_quote (path);

      /* Translators: %1$s is the file, %2$s the file quoted for a shell */
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%1$s” is not a demonstration file and was left as it was: --force replaces "
                     "only a file made by passerelle demo. To lose it, remove it yourself "
                     "(rm %2$s) and run the command again."), path, quoted);
      return NULL;
    }
  return g_steal_pointer (&old);
}

static void
print_counts (PslStore   *store,
              const char *path,
              double      seconds)
{
  static const char *const tables[] = {
    "company", "contact", "person", "interaction", "opportunity", "placement", "followup",
  };
  char *counts[G_N_ELEMENTS (tables)];

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    counts[i] = psl_format_count (psl_store_count_rows (store, tables[i], NULL));

  /* Translators: the counts of a new demonstration file; the last is a duration in seconds */
  g_print (_("%s: %s firms, %s contacts, %s people, %s interactions, %s opportunities,"
             " %s placements and %s follow-ups, made in %.0f s.\n"),
           path, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], seconds);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_free (counts[i]);
}

int
psl_cli_demo (int    argc,
              char **argv)
{
  gboolean large = FALSE, force = FALSE;
  int scale = 1;
  GOptionEntry entries[] = {
    { "large", 0, 0, G_OPTION_ARG_NONE, &large,
      N_("Make the large file of the benchmarks (20,000 firms, 2,000,000 interactions)"), NULL },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale,
      N_("With --large, a structure N times as large (2 to 5), to see how costs grow"), "N" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace FILE if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — fill a new database with demonstration data"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslStore) old = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *today = psl_today_iso ();
  gboolean watched = isatty (STDERR_FILENO);
  const char *path;
  PslDemoSize size;
  gint64 started;
  gboolean ok;
  int fd;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("demo", "%s", error->message);
      return 2;
    }

  if (argc != 2)
    {
      psl_cli_fail ("demo", _("give the file to create, for example: passerelle demo demo.db"));
      return 2;
    }
  if (scale != 1 && (!large || scale < 2 || scale > MAX_SCALE))
    {
      /* Translators: %d is the largest factor */
      psl_cli_fail ("demo", _("--scale goes with --large and takes a whole number from 2 to %d, "
                              "for example: passerelle demo --large --scale 2 large2.db"), MAX_SCALE);
      return 2;
    }
  path = argv[1];
  remove_leftovers (path);

  if (has_data (path) && !force)
    {
      psl_cli_fail ("demo", _("“%s” already exists and was left as it was; "
                              "add --force to replace it."), path);
      return 1;
    }
  /* The file replaced is held, locked, until the new one takes its name. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && has_data (path))
    old = open_replaced (path, &error);
  else if (remove_database (path, &error))
    old = NULL;
  if (error != NULL)
    {
      psl_cli_fail ("demo", "%s", error->message);
      return 1;
    }

  partial = g_strdup_printf ("%s.part-XXXXXX", path);
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0 || close (fd) != 0
      || (store = psl_store_open (partial, PSL_STORE_OPEN_DEFAULT, &error)) == NULL)
    {
      psl_cli_fail ("demo", "%s", error != NULL ? error->message : g_strerror (errno));
      remove_database (partial, NULL);
      return 1;
    }

  if (large)
    {
      psl_demo_size_large (&size);
      psl_demo_size_scale (&size, scale);
    }
  else
    psl_demo_size_default (&size);

  started = g_get_monotonic_time ();
  ok = set_key_aside (old, path, &error)
       && psl_demo_generate (store, &size, today, watched ? on_progress_cb : NULL, (gpointer) path, &error);
  if (watched)
    g_printerr ("\n");
  /* A demonstration file keeps its key beside it, so that every command
   * works on it without a keyring, and whoever made it is its direction. */
  if (ok)
    {
      g_autofree char *key_file = g_strconcat (path, ".key", NULL);
      g_autofree char *recovery = psl_privacy_set_up (store, key_file, TRUE, &error);
      g_autofree char *director = psl_privacy_first_in_role (store, "direction");

      ok = recovery != NULL && (director == NULL || psl_privacy_bind_account (store, director, &error));
    }
  /* The demonstration keeps the program's own rules, retention included:
   * it opens on its work, not on people two years gone.  The large file
   * of the benchmarks keeps them, for the run to be measured on it. */
  if (ok && !large)
    {
      guint anonymised = 0, erased = 0;

      ok = psl_retention_run (store, today, &anonymised, &erased, &error);
    }
  if (ok)
    print_counts (store, path, (g_get_monotonic_time () - started) / 1e6);
  /* Closed first, so that its log is emptied into it and removed. */
  g_clear_object (&store);
  /* The old file's log emptied into it and gone, only now that the new
   * one is complete: the new file takes its name, and nothing of the old
   * one may be read back beside it. */
  if (ok && old != NULL)
    ok = psl_store_drop_log (old, &error);
  if (ok && g_rename (partial, path) != 0)
    {
      file_error (&error, _("“%s” cannot be replaced: %s."), path);
      ok = FALSE;
    }
  drop_key_aside (path, ok);
  if (!ok)
    {
      psl_cli_fail ("demo", "%s", error->message);
      remove_database (partial, NULL);
      return 1;
    }
  return 0;
}
