/* test-bad-files.c — files Passerelle must not write into: each is refused
 * with its French message, and left byte for byte as it was, with nothing
 * new beside it. */

#define _GNU_SOURCE  /* unshare () */
#include "config.h"

#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "psl-migrations.h"
#include "psl-store-check.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-test.h"
#include "psl-store-private.h"

static char *tmpdir;

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's names and the file's bytes, as one text to compare. */
static char *
state_of (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autofree char *sum = NULL;
  g_autofree char *joined = NULL;
  GDir *dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  if (dir != NULL)
    g_dir_close (dir);
  g_ptr_array_sort (names, by_name);
  g_ptr_array_add (names, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) (data != NULL ? data : ""), length);
  joined = g_strjoinv (" ", (char **) names->pdata);
  return g_strconcat (sum, " ", joined, NULL);
}

/* Opening path with flags fails with code and a message holding words,
 * and changes nothing, twice over. */
static void
assert_refused_with (const char        *path,
                     PslStoreOpenFlags  flags,
                     PslStoreError      code,
                     const char        *words)
{
  g_autofree char *before = state_of (path);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PslStore) store = psl_store_open (path, flags, &error);
      g_autofree char *after = NULL;

      g_assert_null (store);
      g_assert_error (error, PSL_STORE_ERROR, (gint) code);
      if (strstr (error->message, words) == NULL)
        g_error ("“%s” does not say “%s”", error->message, words);
      after = state_of (path);
      g_assert_cmpstr (after, ==, before);
    }
}

static char *
new_dir (const char *name)
{
  char *dir = g_build_filename (tmpdir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

/* A Passerelle file whose firms fill many pages, closed. */
static void
make_database (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(PslStore) store = psl_test_open (dir, base);

  psl_test_exec (store, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                        " INSERT INTO company (id, legal_name, commune)"
                        " SELECT 'c' || i, 'Entreprise ' || i || printf('%.200c', 'x'), 'Figeac' FROM n;");
}

/* Garbage over the root page of the firms' table: the schema on page 1
 * reads well, only the check finds the damage. */
static void
damage (const char *path)
{
  gint64 page_size = psl_test_raw_int (path, "PRAGMA page_size;");
  gint64 root = psl_test_raw_int (path, "SELECT rootpage FROM sqlite_master WHERE name = 'company';");
  FILE *f = fopen (path, "r+b");
  g_autofree guint8 *junk = g_malloc (page_size);

  g_assert_cmpint (root, >, 1);
  memset (junk, 0xEE, page_size);
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, (root - 1) * page_size, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, page_size, f), ==, (gsize) page_size);
  g_assert_cmpint (fclose (f), ==, 0);
  /* The readers above leave an empty log and its index. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
}

static void
test_damaged_not_written (void)
{
  g_autofree char *dir = new_dir ("damaged");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *older = g_build_filename (dir, "p.db.avant-v9-20250101-080000.bak", NULL);
  g_autofree char *newer = g_build_filename (dir, "p.db.avant-v11-20260301-080000.bak", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) reader = NULL;

  /* Sound, it is opened for writing. */
  make_database (path);
  {
    g_autoptr(PslStore) store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 2000);
  }
  damage (path);
  assert_refused_with (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT,
                       "est endommagé : Passerelle n’y écrit pas");

  /* With backups beside it, the message names the newest. */
  g_assert_true (g_file_set_contents (older, "copie", -1, NULL));
  g_assert_true (g_file_set_contents (newer, "copie", -1, NULL));
  assert_refused_with (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT,
                       "Sa dernière copie de sauvegarde est « ");
  assert_refused_with (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT,
                       "p.db.avant-v11-20260301-080000.bak »");

  /* A report may still read what it can: readers change nothing. */
  reader = psl_store_open (path, PSL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
}

/* A large file is checked beside the window: it opens at once, reads
 * what it can, and its first write waits for the check — refused when
 * damaged, with the message of a refusal at opening, and the file left as
 * it was.  "Large" is lowered to nothing here, so that a small file takes
 * that path. */
static void
test_damaged_checked_beside (void)
{
  g_autofree char *dir = new_dir ("beside");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *sound_path = g_build_filename (dir, "sound.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 limit = psl_store_check_get_inline_limit ();

  make_database (path);
  make_database (sound_path);
  damage (path);
  before = state_of (path);
  psl_store_check_set_inline_limit (0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PslStore) store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_nonnull (store);
    /* Begun as the window begins it, once shown (the sound file below
     * has it begun by its first write). */
    psl_store_begin_check (store);
    psl_store_begin_check (store);
    /* Twice: the verdict is kept, and the second write is refused too. */
    for (guint attempt = 0; attempt < 2; attempt++)
      {
        g_assert_false (psl_store_exec (store, "INSERT INTO staff (id, first_name, last_name)"
                                               " VALUES ('s1', 'Anne', 'Roques');", &error));
        g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT);
        if (strstr (error->message, "est endommagé : Passerelle n’y écrit pas") == NULL)
          g_error ("“%s” does not say the file is damaged", error->message);
        g_clear_error (&error);
      }
  }
  /* The -wal and -shm files of the writer are gone with it. */
  after = state_of (path);
  g_assert_cmpstr (after, ==, before);

  /* A sound file takes the same path and is written as usual. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PslStore) store = psl_store_open (sound_path, PSL_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (psl_store_exec (store, "INSERT INTO staff (id, first_name, last_name)"
                                          " VALUES ('s1', 'Anne', 'Roques');", &error));
    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM staff WHERE id = 's1';"), ==, 1);
  }
  psl_store_check_set_inline_limit (limit);
}

/* The check before writing is bounded in time: given no time at all, it
 * stops at once and takes the file as sound (nothing said otherwise),
 * where given its time it finds the damage. */
static void
test_check_bounded (void)
{
  g_autofree char *dir = new_dir ("bounded");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  sqlite3 *db = NULL;

  make_database (path);
  damage (path);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_true (psl_store_check_sound (db, path, 0, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (psl_store_check_sound (db, path, 60 * G_USEC_PER_SEC, &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT);
  }
  sqlite3_close (db);
}

typedef struct
{
  const char        *name;
  PslStoreOpenFlags  flags;
  PslStoreError      code;
  const char        *words;
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_NOT_DATABASE, "est vide : ce n’est pas encore une base Passerelle" },
  { "random", PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE, "n’est pas une base Passerelle" },
  { "foreign", PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_FOREIGN, "d’un autre programme" },
  { "newer", PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_TOO_NEW, "version plus récente" },
  { "truncated", PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT, "endommagé" },
  { "folder", PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE, "est un dossier" },
};

static void
make_bad (const char *name,
          const char *path)
{
  if (g_str_equal (name, "random"))
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (23);
      guint8 bytes[5000];

      for (guint i = 0; i < sizeof bytes; i++)
        bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
      g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
    }
  else if (g_str_equal (name, "empty"))
    g_assert_true (g_file_set_contents (path, "", 0, NULL));
  else if (g_str_equal (name, "folder"))
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (g_str_equal (name, "foreign") || g_str_equal (name, "newer"))
    {
      g_autofree char *sql = g_str_equal (name, "foreign")
        ? g_strdup ("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);")
        : g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                           PSL_STORE_APPLICATION_ID, psl_migrations_latest () + 1);

      psl_test_raw_exec (path, sql);
    }
  else
    {
      make_database (path);
      g_assert_cmpint (truncate (path, 6000), ==, 0);
    }
}

static void
test_bad_file (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *dir = new_dir (c->name);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);

  make_bad (c->name, path);
  assert_refused_with (path, c->flags, c->code, c->words);
}

/* A sound file that cannot be written is refused for writing, with the
 * French message, and still read by a report; neither changes it. */
static void
assert_read_only_refused (const char *path)
{
  g_autofree char *before = state_of (path);
  g_autofree char *after = NULL;

  assert_refused_with (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_READ_ONLY,
                       "est en lecture seule : Passerelle doit pouvoir écrire");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PslStore) reader = psl_store_open (path, PSL_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (reader, "SELECT count(*) FROM company;"), ==, 2000);
  }
  after = state_of (path);
  g_assert_cmpstr (after, ==, before);
}

/* Mode 0400: only an account other than root is stopped by it. */
static void
test_read_only_mode (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into a file of mode 0400: the read-only mount case covers root");
      return;
    }
  dir = new_dir ("mode-0400");
  path = g_build_filename (dir, "p.db", NULL);
  make_database (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_read_only_refused (path);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

/* A folder mounted read-only (a share, a locked USB key): root is stopped
 * too.  Made in a child of its own, in a mount namespace of its own, so
 * that nothing of the mount is seen outside it. */
/* Whether this process may make a mount namespace of its own, asked of a
 * child that does nothing else. */
static gboolean
can_mount_privately (void)
{
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    _exit (unshare (CLONE_NEWNS) == 0 && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 ? 0 : 1);
  return pid > 0 && waitpid (pid, &status, 0) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
test_read_only_mount (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = new_dir ("ro-mount");
      g_autofree char *path = g_build_filename (dir, "p.db", NULL);

      make_database (path);
      g_assert_cmpint (unshare (CLONE_NEWNS), ==, 0);
      g_assert_cmpint (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), ==, 0);
      g_assert_cmpint (mount (dir, dir, NULL, MS_BIND, NULL), ==, 0);
      g_assert_cmpint (mount (NULL, dir, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
      g_assert_cmpint (access (dir, W_OK), !=, 0);
      assert_read_only_refused (path);
      g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
      return;
    }
  if (!can_mount_privately ())
    {
      g_test_skip ("a read-only mount needs root and a mount namespace of its own (unshare), not here");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  psl_test_init (&argc, &argv);
  tmpdir = psl_test_tmpdir ("psl-bad-files");
  g_test_add_func ("/bad-files/damaged-not-written", test_damaged_not_written);
  g_test_add_func ("/bad-files/damaged-checked-beside", test_damaged_checked_beside);
  g_test_add_func ("/bad-files/check-bounded", test_check_bounded);
  g_test_add_func ("/bad-files/read-only-mode", test_read_only_mode);
  g_test_add_func ("/bad-files/read-only-mount", test_read_only_mount);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/bad-files/%s", bad_cases[i].name);
      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }
  status = g_test_run ();
  psl_test_rm_rf (tmpdir);
  return status;
}
