/* test-store.c — opening, refusing and writing the Passerelle database */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "psl-migrations.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-store-check.h"
#include "psl-test.h"
#include "psl-store-private.h"

/* The user "nobody": tests running as root drop to it to meet permissions. */
#define NOBODY_UID 65534
#define NOBODY_GID 65534

static char *tmpdir;

/* ---------------------------------------------------------------- helpers */

/* A fresh folder for one test, so that its listing can be compared. */
static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (tmpdir, name, NULL);

  psl_test_rm_rf (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
dir_listing (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("|", (char **) names->pdata);
}

static void
write_file (const char *path,
            const void *data,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *msg = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, &msg);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static PslStore *
open_ok (const char        *path,
         PslStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PslStore *store = psl_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
make_store (const char *path)
{
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);

  psl_test_exec (store, "INSERT INTO company (id, legal_name, commune) VALUES ('c1', 'Menuiserie Vidal', 'Aurillac');");
}

/* What a refused file must keep: its bytes, its time, and its folder
 * (no -wal, -shm, -journal or backup appears next to it). */
typedef struct
{
  char   *path;
  char   *dir;
  char   *listing;
  GBytes *content;
  gint64  mtime_sec;
  gint64  mtime_nsec;
  gboolean exists;
} Snapshot;

static Snapshot *
snapshot_take (const char *path)
{
  Snapshot *s = g_new0 (Snapshot, 1);
  struct stat st;

  s->path = g_strdup (path);
  s->dir = g_path_get_dirname (path);
  s->listing = dir_listing (s->dir);
  s->exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (s->exists && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      char *data = NULL;
      gsize len = 0;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      s->content = g_bytes_new_take (data, len);
      g_assert_cmpint (stat (path, &st), ==, 0);
      s->mtime_sec = st.st_mtim.tv_sec;
      s->mtime_nsec = st.st_mtim.tv_nsec;
    }
  return s;
}

static void
snapshot_assert_unchanged (Snapshot *s)
{
  g_autofree char *listing = dir_listing (s->dir);
  struct stat st;

  g_assert_cmpstr (listing, ==, s->listing);
  g_assert_cmpint (g_file_test (s->path, G_FILE_TEST_EXISTS), ==, s->exists);
  if (s->content != NULL)
    {
      char *data = NULL;
      gsize len = 0;
      g_autoptr(GBytes) now = NULL;

      g_assert_true (g_file_get_contents (s->path, &data, &len, NULL));
      now = g_bytes_new_take (data, len);
      g_assert_cmpuint (g_bytes_get_size (now), ==, g_bytes_get_size (s->content));
      g_assert_true (g_bytes_equal (now, s->content));
      g_assert_cmpint (stat (s->path, &st), ==, 0);
      g_assert_cmpint (st.st_mtim.tv_sec, ==, s->mtime_sec);
      g_assert_cmpint (st.st_mtim.tv_nsec, ==, s->mtime_nsec);
    }
}

static void
snapshot_free (Snapshot *s)
{
  g_free (s->path);
  g_free (s->dir);
  g_free (s->listing);
  g_clear_pointer (&s->content, g_bytes_unref);
  g_free (s);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

/* Opens twice (a refusal must not depend on a first attempt) and checks
 * that nothing changed on disk. */
static void
assert_refused (const char        *path,
                PslStoreOpenFlags  flags,
                PslStoreError      code)
{
  g_autoptr(Snapshot) snap = snapshot_take (path);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PslStore) store = psl_store_open (path, flags, &error);

      g_assert_null (store);
      g_assert_error (error, PSL_STORE_ERROR, (gint) code);
      g_assert_nonnull (error->message);
      g_assert_cmpuint (strlen (error->message), >, 10);
      snapshot_assert_unchanged (snap);
    }
}

/* ------------------------------------------------------------------ tests */

/* psl_in (?, id) keeps the rows whose id the set bound holds, all of
 * them when none is bound; a text bound in the set's place is no set.
 * An id table serves as a set too. */
static guint
count_in (PslStore   *store,
          GHashTable *set,
          gboolean    as_text)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "WITH v (id) AS (VALUES ('a'), ('b'), ('c'), (NULL)) SELECT count(*) FROM v WHERE psl_in (?1, id);", NULL);

  if (as_text)
    sqlite3_bind_text (stmt, 1, "a", -1, SQLITE_STATIC);
  else
    psl_bind_set (stmt, 1, set);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
test_in_set (void)
{
  g_autofree char *dir = make_dir ("in-set");
  g_autofree char *path = g_build_filename (dir, "in.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) empty = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PslIdTable) ids = psl_id_table_new ();
  g_autoptr(PslIdTable) no_ids = psl_id_table_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_hash_table_add (set, (gpointer) "a");
  g_hash_table_add (set, (gpointer) "c");
  g_hash_table_add (set, (gpointer) "z");
  g_assert_cmpuint (count_in (store, set, FALSE), ==, 2);
  g_assert_cmpuint (count_in (store, empty, FALSE), ==, 0);
  g_assert_cmpuint (count_in (store, NULL, FALSE), ==, 4);
  g_assert_cmpuint (count_in (store, NULL, TRUE), ==, 4);

  /* The same with an id table bound, of ids of a UUID's length and others. */
  stmt = psl_store_prepare (store,
    "WITH v (id) AS (VALUES ('a'), ('0a1b2c3d-0000-4000-8000-00000000000e'),"
    " ('0a1b2c3d-0000-4000-8000-00000000000f'), ('c'), (NULL))"
    " SELECT count(*) FROM v WHERE psl_in (?1, id);", NULL);
  psl_id_table_number (ids, "a", TRUE);
  psl_id_table_number (ids, "0a1b2c3d-0000-4000-8000-00000000000e", TRUE);
  psl_id_table_number (ids, "z", TRUE);
  psl_bind_id_table (stmt, 1, ids);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  sqlite3_reset (stmt);
  psl_bind_id_table (stmt, 1, no_ids);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
}

static void
test_create (void)
{
  g_autofree char *dir = make_dir ("create");
  g_autofree char *path = g_build_filename (dir, "nested", "deeper", "new.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autofree char *journal = psl_test_query_text (store, "PRAGMA journal_mode;");
  g_autofree char *meta_site = psl_store_get_meta (store, "site_id");
  g_autofree char *structure_id = NULL;
  guint latest = psl_migrations_latest ();

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (psl_store_get_path (store), ==, path);
  g_assert_false (psl_store_is_read_only (store));
  g_assert_null (psl_store_get_backup_path (store));

  g_assert_cmpuint (latest, >=, 2);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (psl_test_count (store, "PRAGMA foreign_keys;"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "PRAGMA application_id;"), ==, 0x50534C45);
  g_assert_cmpint (psl_test_count (store, "PRAGMA application_id;"), ==, PSL_STORE_APPLICATION_ID);
  g_assert_cmpint (psl_test_count (store, "PRAGMA user_version;"), ==, latest);
  g_assert_cmpuint (psl_store_get_schema_version (store), ==, latest);
  g_assert_cmpint (psl_test_count (store, "PRAGMA synchronous;"), ==, 2); /* FULL */
  g_assert_cmpint (psl_test_count (store, "PRAGMA busy_timeout;"), >, 0);

  /* The local site and a structure exist from the first opening */
  g_assert_nonnull (psl_store_get_site_id (store));
  g_assert_true (g_uuid_string_is_valid (psl_store_get_site_id (store)));
  g_assert_cmpstr (meta_site, ==, psl_store_get_site_id (store));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM structure;"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site;"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site WHERE is_local = 1"
                                 " AND id = (SELECT value FROM meta WHERE key = 'site_id')"
                                 " AND site_id = id"
                                 " AND structure_id = (SELECT id FROM structure);"), ==, 1);
  structure_id = psl_test_query_text (store, "SELECT id FROM structure;");
  g_assert_true (g_uuid_string_is_valid (structure_id));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM structure WHERE length(name) > 0"
                                 " AND site_id = (SELECT value FROM meta WHERE key = 'site_id');"), ==, 1);

  /* Reference data of migration 2 is there */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM ref_list WHERE code = 'phase';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM ref_item WHERE list_code = 'phase';"), ==, 4);

  /* Storage rules: every table is STRICT (but the FTS5 ones, which cannot
   * be), there is no AUTOINCREMENT, and every table with an id has the
   * stamps and their triggers. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_table_list"
                                 " WHERE schema = 'main' AND type = 'table' AND strict = 0"
                                 "   AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%';"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence';"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM sqlite_master m WHERE m.type = 'table'"
                                 " AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')"
                                 " AND m.name NOT LIKE 'search_index%';"), >=, 30);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM sqlite_master m WHERE m.type = 'table'"
                                 " AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')"
                                 " AND m.name NOT LIKE 'search_index%'"
                                 " AND ((SELECT count(*) FROM pragma_table_info(m.name)"
                                 "        WHERE (name = 'id' AND type = 'TEXT' AND pk = 1)"
                                 "           OR name IN ('created_at', 'updated_at', 'site_id')) != 4"
                                 "   OR NOT EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'trigger'"
                                 "                   AND t.name = m.name || '_stamp_insert')"
                                 "   OR NOT EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'trigger'"
                                 "                   AND t.name = m.name || '_stamp_update'));"), ==, 0);

  /* Nothing sensitive is indexed for search */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                 " AND tbl_name = 'person_sensitive' AND name LIKE '%search%';"), ==, 0);
}

static void
test_reopen (void)
{
  g_autofree char *dir = make_dir ("reopen");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *site_id = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;

  {
    g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);

    site_id = g_strdup (psl_store_get_site_id (store));
    psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Boulangerie Roux');");
  }

  /* A clean close leaves the file alone, with nothing beside it */
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "p.db");

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
      g_autofree char *name = psl_test_query_text (store, "SELECT legal_name FROM company WHERE id = 'c1';");

      g_assert_cmpstr (psl_store_get_site_id (store), ==, site_id);
      g_assert_cmpstr (name, ==, "Boulangerie Roux");
      g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM structure;"), ==, 1);
      g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site;"), ==, 1);
      g_assert_null (psl_store_get_backup_path (store));
      g_assert_cmpuint (psl_store_get_schema_version (store), ==, psl_migrations_latest ());
    }

  listing_after = dir_listing (dir);
  g_assert_cmpstr (listing_after, ==, "p.db");
}

static void
test_accept_empty (void)
{
  g_autofree char *dir = make_dir ("accept-empty");
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *blank_sqlite = g_build_filename (dir, "blank-sqlite.db", NULL);

  /* A 0-byte file (as made by touch) becomes a new database */
  write_file (empty, "", 0);
  {
    g_autoptr(PslStore) store = open_ok (empty, PSL_STORE_OPEN_DEFAULT);

    g_assert_cmpint (psl_test_count (store, "PRAGMA application_id;"), ==, PSL_STORE_APPLICATION_ID);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM structure;"), ==, 1);
    g_assert_null (psl_store_get_backup_path (store));
  }

  /* So does an SQLite file with no table, no application id, no version */
  raw_exec (blank_sqlite, "CREATE TABLE t (x); DROP TABLE t;");
  {
    g_autoptr(PslStore) store = open_ok (blank_sqlite, PSL_STORE_OPEN_DEFAULT);

    g_assert_cmpint (psl_test_count (store, "PRAGMA user_version;"), ==, psl_migrations_latest ());
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site;"), ==, 1);
  }
}

static void
test_refuse_not_database (void)
{
  g_autofree char *dir = make_dir ("not-database");
  g_autofree char *short_text = g_build_filename (dir, "short.txt", NULL);
  g_autofree char *long_text = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *zeros = g_build_filename (dir, "zeros.bin", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  guint8 zero_bytes[8192] = { 0 };

  write_file (short_text, "Bonjour\n", -1);
  for (guint i = 0; i < 200; i++)
    g_string_append (text, "nom;prénom;commune\nDupont;Élise;Mauriac\n");
  write_file (long_text, text->str, text->len);
  write_file (zeros, zero_bytes, sizeof zero_bytes);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  assert_refused (short_text, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE);
  assert_refused (long_text, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE);
  assert_refused (zeros, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE);
  assert_refused (folder, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_NOT_DATABASE);
  assert_refused (long_text, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_NOT_DATABASE);
  /* A reader never creates the file it was asked to read */
  assert_refused (missing, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_NOT_DATABASE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_refuse_foreign (void)
{
  g_autofree char *dir = make_dir ("foreign");
  g_autofree char *other = g_build_filename (dir, "other.sqlite", NULL);
  g_autofree char *other_id = g_build_filename (dir, "other-id.sqlite", NULL);
  g_autofree char *other_version = g_build_filename (dir, "other-version.sqlite", NULL);

  raw_exec (other, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                   "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  /* Another program's application id, even with no table yet */
  raw_exec (other_id, "PRAGMA application_id = 1196444487; CREATE TABLE t (x); DROP TABLE t;");
  /* A user_version with no application id: not ours either */
  raw_exec (other_version, "PRAGMA user_version = 1; CREATE TABLE t (x); DROP TABLE t;");

  assert_refused (other, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_FOREIGN);
  assert_refused (other_id, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_FOREIGN);
  assert_refused (other_version, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_FOREIGN);
  assert_refused (other, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_FOREIGN);
}

static void
test_refuse_too_new (void)
{
  g_autofree char *dir = make_dir ("too-new");
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u;", psl_migrations_latest () + 1);
  g_autofree char *listing = NULL;

  make_store (path);
  raw_exec (path, sql);
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "future.db");

  assert_refused (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_TOO_NEW);
  assert_refused (path, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_TOO_NEW);
}

typedef enum
{
  RO_FILE,          /* the file cannot be written: refused */
  RO_FOLDER,        /* its folder cannot be written: refused */
  RO_FOLDER_READER, /* a reader still reads it there */
} ReadOnlyCase;

static const char * const ro_dirs[] = { "ro-file", "ro-folder", "ro-folder-reader" };
static const char * const ro_tests[] = {
  "/store/refuse/read-only-file", "/store/refuse/read-only-folder", "/store/sharing/read-only-folder-reader",
};

/* Makes a store whose file (RO_FILE) or folder (the others) cannot be
 * written, by the user the test runs as, or by "nobody" when as_nobody. */
static char *
prepare_read_only (ReadOnlyCase which,
                   gboolean     as_nobody)
{
  g_autofree char *dir = make_dir (ro_dirs[which]);
  char *path = g_build_filename (dir, "p.db", NULL);

  make_store (path);
  if (which == RO_FILE)
    {
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      if (as_nobody)
        g_assert_cmpint (chown (dir, NOBODY_UID, NOBODY_GID), ==, 0);
    }
  else
    {
      g_assert_cmpint (g_chmod (path, 0666), ==, 0);
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
    }
  return path;
}

static void
check_read_only_case (ReadOnlyCase which,
                      const char  *path)
{
  if (which != RO_FOLDER_READER)
    {
      assert_refused (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_READ_ONLY);
      if (which == RO_FOLDER)
        return;
    }

  /* Reading it is fine: a report or an export from a file on a read-only
   * share or a backup folder. */
  {
    g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_READ_ONLY);
    g_autofree char *name = psl_test_query_text (store, "SELECT legal_name FROM company WHERE id = 'c1';");

    g_assert_true (psl_store_is_read_only (store));
    g_assert_cmpstr (name, ==, "Menuiserie Vidal");
  }
}

/* Whether this process could become "nobody" (tried in a child). */
static gboolean
can_drop_privileges (void)
{
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (setgid (NOBODY_GID) == 0 && setuid (NOBODY_UID) == 0 ? 0 : 1);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* Root writes anywhere: the case is then checked as "nobody", in a
 * subprocess that drops its privileges. */
static void
run_read_only_case (gconstpointer data)
{
  ReadOnlyCase which = GPOINTER_TO_INT (data);
  g_autofree char *path = NULL;
  g_autofree char *sub = g_strconcat (ro_tests[which], "/subprocess", NULL);
  g_autofree char *env = g_strdup_printf ("PSL_TEST_RO_%d", which);

  if (g_test_subprocess ())
    {
      const char *p = g_getenv (env);

      g_assert_nonnull (p);
      if (geteuid () == 0)
        {
          g_assert_cmpint (setgid (NOBODY_GID), ==, 0);
          g_assert_cmpint (setuid (NOBODY_UID), ==, 0);
        }
      g_assert_cmpint (geteuid (), !=, 0);
      check_read_only_case (which, p);
      return;
    }

  path = prepare_read_only (which, geteuid () == 0);

  if (geteuid () != 0)
    {
      check_read_only_case (which, path);
      return;
    }

  if (!can_drop_privileges ())
    {
      g_test_skip ("running as root, which writes anywhere, and unable to become “nobody” "
                   "to check the refusal");
      return;
    }
  /* The folders above must let "nobody" through. */
  g_assert_cmpint (g_chmod (tmpdir, 0755), ==, 0);
  g_setenv (env, path, TRUE);
  g_test_trap_subprocess (sub, 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_refuse_locked (void)
{
  g_autofree char *dir = make_dir ("locked");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) first = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autofree char *site_id = g_strdup (psl_store_get_site_id (first));

  psl_test_exec (first, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Garage Lafon');");

  assert_refused (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_LOCKED);

  /* The first one goes on writing */
  psl_test_exec (first, "INSERT INTO company (id, legal_name) VALUES ('c2', 'Ferme Delmas');");
  g_assert_cmpint (psl_test_count (first, "SELECT count(*) FROM company;"), ==, 2);

  g_clear_object (&first);

  {
    g_autoptr(PslStore) second = open_ok (path, PSL_STORE_OPEN_DEFAULT);

    g_assert_cmpstr (psl_store_get_site_id (second), ==, site_id);
    g_assert_cmpint (psl_test_count (second, "SELECT count(*) FROM company;"), ==, 2);
    /* and it locks in turn */
    assert_refused (path, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_LOCKED);
  }

  /* psl_store_close() alone releases the lock too */
  {
    g_autoptr(PslStore) third = open_ok (path, PSL_STORE_OPEN_DEFAULT);
    g_autoptr(PslStore) fourth = NULL;

    psl_store_close (third);
    fourth = open_ok (path, PSL_STORE_OPEN_DEFAULT);
    g_assert_cmpint (psl_test_count (fourth, "SELECT count(*) FROM company;"), ==, 2);
  }
}

static void
overwrite (const char *path,
           goffset     offset,
           guint8      byte,
           gsize       len)
{
  FILE *f = fopen (path, "r+b");
  g_autofree guint8 *buf = g_malloc (len);

  memset (buf, byte, len);
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (buf, 1, len, f), ==, len);
  g_assert_cmpint (fclose (f), ==, 0);
}

static void
test_refuse_corrupt (void)
{
  g_autofree char *dir = make_dir ("corrupt");
  g_autofree char *page1 = g_build_filename (dir, "page1.db", NULL);
  g_autofree char *truncated = g_build_filename (dir, "truncated.db", NULL);
  g_autofree char *garbage = g_build_filename (dir, "garbage.db", NULL);
  g_autoptr(GString) junk = g_string_new ("SQLite format 3");

  /* Garbage over the b-tree of page 1, which holds the schema */
  make_store (page1);
  overwrite (page1, 100, 0xEE, 4096 - 100);
  assert_refused (page1, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT);
  assert_refused (page1, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_CORRUPT);

  /* A file cut short: the schema runs past its end */
  make_store (truncated);
  g_assert_cmpint (truncate (truncated, 5000), ==, 0);
  assert_refused (truncated, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT);

  /* The SQLite magic followed by nonsense */
  g_string_append_c (junk, '\0');
  for (guint i = 0; i < 8192; i++)
    g_string_append_c (junk, (char) (i * 37 + 11));
  write_file (garbage, junk->str, junk->len);
  assert_refused (garbage, PSL_STORE_OPEN_DEFAULT, PSL_STORE_ERROR_CORRUPT);
}

static void
test_uuid (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < 10000; i++)
    {
      char *id = psl_new_id ();

      g_assert_cmpuint (strlen (id), ==, 36);
      g_assert_true (g_uuid_string_is_valid (id));
      g_assert_true (g_hash_table_add (seen, id));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 10000);
}

static void
test_timestamp (void)
{
  g_autofree char *stamp = psl_now_timestamp ();

  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
                                       stamp, 0, 0));
}

static void
test_foreign_keys (void)
{
  g_autofree char *dir = make_dir ("fk");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;

  psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Scierie Bos');");
  psl_test_exec (store, "INSERT INTO contact (id, company_id, last_name) VALUES ('k1', 'c1', 'Bos');");

  g_assert_false (psl_store_exec (store,
                                  "INSERT INTO contact (id, company_id, last_name)"
                                  " VALUES ('k2', 'no-such-company', 'Fantôme');",
                                  &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM contact;"), ==, 1);

  /* A referenced company cannot be removed under its contact */
  g_assert_false (psl_store_exec (store, "DELETE FROM company WHERE id = 'c1';", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 1);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_foreign_key_check;"), ==, 0);
}

static void
test_stamps (void)
{
  g_autofree char *dir = make_dir ("stamps");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  const char *site = psl_store_get_site_id (store);
  const char *stamp_re = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";
  g_autofree char *site_c1 = NULL;
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *created2 = NULL;
  g_autofree char *updated2 = NULL;
  g_autofree char *updated3 = NULL;
  g_autofree char *site_c2 = NULL;
  g_autofree char *site_c2_after = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_site = NULL;

  psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Laiterie Puech');");
  site_c1 = psl_test_query_text (store, "SELECT site_id FROM company WHERE id = 'c1';");
  g_assert_cmpstr (site_c1, ==, site);

  created = psl_test_query_text (store, "SELECT created_at FROM company WHERE id = 'c1';");
  updated = psl_test_query_text (store, "SELECT updated_at FROM company WHERE id = 'c1';");
  g_assert_true (g_regex_match_simple (stamp_re, created, 0, 0));
  g_assert_true (g_regex_match_simple (stamp_re, updated, 0, 0));

  psl_test_exec (store, "UPDATE company SET legal_name = 'Laiterie Puech et fils' WHERE id = 'c1';");
  created2 = psl_test_query_text (store, "SELECT created_at FROM company WHERE id = 'c1';");
  updated2 = psl_test_query_text (store, "SELECT updated_at FROM company WHERE id = 'c1';");
  g_assert_true (g_regex_match_simple (stamp_re, updated2, 0, 0));
  g_assert_cmpstr (created2, ==, created);
  g_assert_cmpstr (updated2, !=, updated);
  g_assert_cmpint (strcmp (updated2, updated), >, 0);

  /* A row written by another site becomes ours when we edit it */
  psl_test_exec (store, "INSERT INTO company (id, site_id, legal_name) VALUES ('c2', 'other-site', 'Cave Issartel');");
  site_c2 = psl_test_query_text (store, "SELECT site_id FROM company WHERE id = 'c2';");
  g_assert_cmpstr (site_c2, ==, "other-site");
  psl_test_exec (store, "UPDATE company SET commune = 'Murat' WHERE id = 'c2';");
  site_c2_after = psl_test_query_text (store, "SELECT site_id FROM company WHERE id = 'c2';");
  g_assert_cmpstr (site_c2_after, ==, site);

  /* An update that sets updated_at itself (a synchronisation) keeps it */
  psl_test_exec (store, "UPDATE company SET legal_name = 'Cave Issartel SARL', site_id = 'other-site',"
                  " updated_at = '2020-01-02T03:04:05.678Z' WHERE id = 'c2';");
  kept = psl_test_query_text (store, "SELECT updated_at FROM company WHERE id = 'c2';");
  kept_site = psl_test_query_text (store, "SELECT site_id FROM company WHERE id = 'c2';");
  g_assert_cmpstr (kept, ==, "2020-01-02T03:04:05.678Z");
  g_assert_cmpstr (kept_site, ==, "other-site");

  /* Another table is stamped the same way */
  psl_test_exec (store, "INSERT INTO person (id, first_name, last_name, entered_on)"
                  " VALUES ('p1', 'Élise', 'Dupont', '2026-01-05');");
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE id = 'p1'"
                                 " AND site_id = (SELECT value FROM meta WHERE key = 'site_id');"), ==, 1);
  updated3 = psl_test_query_text (store, "SELECT updated_at FROM person WHERE id = 'p1';");
  psl_test_exec (store, "UPDATE person SET commune = 'Riom' WHERE id = 'p1';");
  {
    g_autofree char *updated4 = psl_test_query_text (store, "SELECT updated_at FROM person WHERE id = 'p1';");
    g_assert_cmpint (strcmp (updated4, updated3), >, 0);
  }
}

static void
test_strict (void)
{
  g_autofree char *dir = make_dir ("strict");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;

  g_assert_false (psl_store_exec (store,
                                  "INSERT INTO company (id, legal_name, headcount)"
                                  " VALUES ('c1', 'Tissage Mallet', 'beaucoup');",
                                  &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (psl_store_exec (store,
                                  "INSERT INTO company (id, legal_name, latitude)"
                                  " VALUES ('c1', 'Tissage Mallet', 'nord');",
                                  &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* CHECK constraints hold too: a blank legal name */
  g_assert_false (psl_store_exec (store,
                                  "INSERT INTO company (id, legal_name) VALUES ('c1', '   ');",
                                  &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 0);

  psl_test_exec (store, "INSERT INTO company (id, legal_name, headcount) VALUES ('c1', 'Tissage Mallet', 12);");
  g_assert_cmpint (psl_test_count (store, "SELECT headcount FROM company WHERE id = 'c1';"), ==, 12);
}

static void
test_sql_errors (void)
{
  g_autofree char *dir = make_dir ("sql-errors");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  g_assert_false (psl_store_exec (store, "SELEKT 1;", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_clear_error (&error);

  stmt = psl_store_prepare (store, "SELECT * FROM no_such_table;", &error);
  g_assert_null (stmt);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL);
  g_clear_error (&error);

  g_assert_cmpint (psl_store_count (store, "SELECT nope FROM company;", &error), ==, -1);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL);
  g_clear_error (&error);

  g_assert_cmpint (psl_test_count (store, "SELECT 40 + 2;"), ==, 42);
}

static void
test_meta_and_transactions (void)
{
  g_autofree char *dir = make_dir ("meta");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
    g_autofree char *missing = psl_store_get_meta (store, "no-such-key");
    g_autofree char *value = NULL;
    g_autofree char *value2 = NULL;

    g_assert_null (missing);
    g_assert_true (psl_store_set_meta (store, "last_export", "2026-11-22", &error));
    g_assert_no_error (error);
    value = psl_store_get_meta (store, "last_export");
    g_assert_cmpstr (value, ==, "2026-11-22");
    g_assert_true (psl_store_set_meta (store, "last_export", "2026-11-23", &error));
    g_assert_no_error (error);
    value2 = psl_store_get_meta (store, "last_export");
    g_assert_cmpstr (value2, ==, "2026-11-23");

    /* Rolled back: gone; committed: there */
    g_assert_true (psl_store_begin (store, &error));
    g_assert_no_error (error);
    psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Annulée');");
    psl_store_rollback (store);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 0);
    psl_store_rollback (store); /* harmless outside a transaction */

    g_assert_true (psl_store_begin (store, &error));
    psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c2', 'Gardée');");
    g_assert_true (psl_store_commit (store, &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
    g_autofree char *value = psl_store_get_meta (store, "last_export");

    g_assert_cmpstr (value, ==, "2026-11-23");
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE id = 'c2';"), ==, 1);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 1);
  }
}

/* ------------------------------------------------------------ async worker */

static GThread *job_thread;
static gint jobs_run;
static gint data_freed;
static GArray *job_order;

typedef struct
{
  GMainLoop *loop;
  gpointer   result;
  GError    *error;
  gboolean   done;
} Waiter;

static void
waiter_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Waiter *w = user_data;

  g_assert_true (PSL_IS_STORE (source));
  /* Callbacks come back to the thread that started the job */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  w->result = psl_store_run_finish (PSL_STORE (source), result, &w->error);
  w->done = TRUE;
  g_main_loop_quit (w->loop);
}

static void
counted_free (gpointer data)
{
  g_atomic_int_inc (&data_freed);
  g_free (data);
}

static gpointer
job_count_companies (PslStore     *store,
                     gpointer      data,
                     GCancellable *cancellable,
                     GError      **error)
{
  gint64 n;

  job_thread = g_thread_self ();
  g_atomic_int_inc (&jobs_run);
  n = psl_store_count (store, "SELECT count(*) FROM company;", error);
  if (n < 0)
    return NULL;
  return g_strdup_printf ("%s=%" G_GINT64_FORMAT, (const char *) data, n);
}

static gint job_made;
static gint results_freed;

static void
result_counted_free (gpointer result)
{
  g_atomic_int_inc (&results_freed);
  g_free (result);
}

static gpointer
job_make (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  char *made = g_strdup ("made");

  g_atomic_int_set (&job_made, 1);
  return made;
}

static gpointer
job_fail (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_atomic_int_inc (&jobs_run);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the job failed on purpose");
  return NULL;
}

static gpointer
job_until_cancelled (PslStore     *store,
                     gpointer      data,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_atomic_int_inc (&jobs_run);
  for (guint i = 0; i < 1000 && !g_cancellable_is_cancelled (cancellable); i++)
    g_usleep (5000);
  g_cancellable_set_error_if_cancelled (cancellable, error);
  return NULL;
}

/* One statement that would count for minutes: only an interrupt stops it. */
static gpointer
job_long_statement (PslStore     *store,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  gint64 n;

  g_atomic_int_inc (&jobs_run);
  n = psl_store_count (store, "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c"
                              " WHERE i < 10000000000) SELECT count(*) FROM c;", error);
  return n > 0 ? g_strdup ("finished") : NULL;
}

static gpointer
job_record_order (PslStore     *store,
                  gpointer      data,
                  GCancellable *cancellable,
                  GError      **error)
{
  guint n = GPOINTER_TO_UINT (data);

  g_usleep (n % 3 == 0 ? 2000 : 0);
  g_array_append_val (job_order, n);
  return GUINT_TO_POINTER (n + 1);
}

/* Says it is half done, then waits for the main loop to have seen it. */
static gint progress_seen;

static gpointer
job_half_way (PslStore     *store,
              gpointer      data,
              GCancellable *cancellable,
              GError      **error)
{
  psl_store_report_progress (store, 0.5);
  for (guint i = 0; i < 3000 && !g_atomic_int_get (&progress_seen); i++)
    g_usleep (1000);
  return g_strdup ("done");
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
wait_for (Waiter *w)
{
  guint timeout = g_timeout_add_seconds (30, quit_cb, w->loop);

  g_main_loop_run (w->loop);
  g_assert_true (w->done);
  g_source_remove (timeout);
}

static GMutex gate_lock;
static GCond gate_cond;
static gboolean gate_open;

static void
set_gate (gboolean open)
{
  g_mutex_lock (&gate_lock);
  gate_open = open;
  g_cond_broadcast (&gate_cond);
  g_mutex_unlock (&gate_lock);
}

/* Holds the worker until the test opens the gate. */
static gpointer
job_behind_gate (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_mutex_lock (&gate_lock);
  while (!gate_open)
    g_cond_wait (&gate_cond, &gate_lock);
  g_mutex_unlock (&gate_lock);
  return g_strdup ("through");
}

typedef struct
{
  gboolean  job_answered;     /* the gated job's answer was delivered */
  gboolean  after;            /* psl_store_after_jobs ()'s callback ran */
  gboolean  after_saw_job;    /* …once the job's answer had come */
  gboolean  after_ok;
  GError   *error;
} Order;

static void
on_gated_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  Order *order = data;

  g_free (psl_store_run_finish (PSL_STORE (source), result, NULL));
  order->job_answered = TRUE;
}

static void
on_after_jobs_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  Order *order = data;

  order->after_ok = psl_store_after_jobs_finish (PSL_STORE (source), result, &order->error);
  order->after_saw_job = order->job_answered;
  order->after = TRUE;
}

/* What waits for the worker's jobs asked before comes after them, even
 * when the worker is still busy as it is asked; cancelled, it says so. */
static void
test_after_jobs (void)
{
  g_autofree char *dir = make_dir ("after-jobs");
  g_autofree char *path = g_build_filename (dir, "a.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  Order order = { 0 }, never = { 0 };
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  set_gate (FALSE);
  psl_store_run_async (store, job_behind_gate, NULL, NULL, g_free, NULL, on_gated_done_cb, &order);
  psl_store_after_jobs (store, NULL, on_after_jobs_cb, &order);
  g_cancellable_cancel (cancelled);
  psl_store_after_jobs (store, cancelled, on_after_jobs_cb, &never);
  /* Nothing comes while the first job holds the worker. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (order.after);
  set_gate (TRUE);
  while (!(order.after && never.after) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (order.after);
  g_assert_true (order.after_ok);
  g_assert_no_error (order.error);
  g_assert_true (order.after_saw_job);
  g_assert_true (never.after);
  g_assert_false (never.after_ok);
  g_assert_error (never.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&never.error);
}

/* A job's progress is read from the main loop while it runs, and
 * forgotten once it is over. */
static void
test_progress (void)
{
  g_autofree char *dir = make_dir ("progress");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiter w = { loop, NULL, NULL, FALSE };
  double seen = -1;

  g_assert_cmpfloat (psl_store_get_progress (store), ==, -1);
  progress_seen = 0;
  psl_store_run_async (store, job_half_way, NULL, NULL, g_free, NULL, waiter_done_cb, &w);
  for (guint i = 0; i < 3000 && seen < 0; i++)
    {
      seen = psl_store_get_progress (store);
      g_usleep (1000);
    }
  g_assert_cmpfloat (seen, ==, 0.5);
  g_atomic_int_set (&progress_seen, 1);
  wait_for (&w);
  g_assert_cmpstr (w.result, ==, "done");
  g_free (w.result);
  g_assert_cmpfloat (psl_store_get_progress (store), ==, -1);
}

/* The check before writing stops at its budget, even inside the one step
 * SQLite takes to check a table, and leaves the connection usable. */
static void
test_check_budget (void)
{
  g_autofree char *dir = make_dir ("check-budget");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  sqlite3 *db = psl_store_get_db (store);
  g_autoptr(GError) error = NULL;

  psl_test_exec (store, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                        " INSERT INTO company (id, legal_name) SELECT 'c' || i, 'Firme ' || i FROM n;");
  /* No time at all: checked in part, taken as sound. */
  g_assert_true (psl_store_check_sound (db, path, 0, &error));
  g_assert_no_error (error);
  /* The interruption does not reach the statements that follow. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 3000);
  g_assert_true (psl_store_check_sound (db, path, 60 * G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE legal_name LIKE 'Firme%';"), ==, 3000);
}

static void
test_async (void)
{
  g_autofree char *dir = make_dir ("async");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) store = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c1', 'A'), ('c2', 'B'), ('c3', 'C');");

  /* A job returns its value to the main loop, from another thread */
  {
    Waiter w = { loop, NULL, NULL, FALSE };

    jobs_run = 0;
    data_freed = 0;
    job_thread = NULL;
    psl_store_run_async (store, job_count_companies, g_strdup ("companies"), counted_free, g_free, NULL,
                         waiter_done_cb, &w);
    wait_for (&w);
    g_assert_no_error (w.error);
    g_assert_cmpstr (w.result, ==, "companies=3");
    g_assert_cmpint (jobs_run, ==, 1);
    g_assert_nonnull (job_thread);
    g_assert_true (job_thread != g_thread_self ());
    g_free (w.result);

    /* The job's data is freed once the task is done with */
    for (guint i = 0; i < 200 && g_atomic_int_get (&data_freed) == 0; i++)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (5000);
      }
    g_assert_cmpint (g_atomic_int_get (&data_freed), ==, 1);
  }

  /* An error set by the job comes back as it was */
  {
    Waiter w = { loop, NULL, NULL, FALSE };

    psl_store_run_async (store, job_fail, NULL, NULL, g_free, NULL, waiter_done_cb, &w);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_assert_null (w.result);
    g_clear_error (&w.error);
  }

  /* Cancelled before it runs: the job never starts */
  {
    Waiter w = { loop, NULL, NULL, FALSE };
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    jobs_run = 0;
    data_freed = 0;
    g_cancellable_cancel (cancellable);
    psl_store_run_async (store, job_count_companies, g_strdup ("never"), counted_free, g_free, cancellable,
                         waiter_done_cb, &w);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (w.result);
    g_assert_cmpint (g_atomic_int_get (&jobs_run), ==, 0);
    g_clear_error (&w.error);
    /* The worker may let go of the task after the callback ran: its data
     * is freed then, and must not be counted with the next job's. */
    while (g_atomic_int_get (&data_freed) == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (g_atomic_int_get (&data_freed), ==, 1);
  }

  /* Cancelled after the job made its result, before the callback took it:
   * the result is freed with the task, by the function given for it. */
  {
    Waiter w = { loop, NULL, NULL, FALSE };
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    g_atomic_int_set (&results_freed, 0);
    g_atomic_int_set (&job_made, 0);
    psl_store_run_async (store, job_make, NULL, NULL, result_counted_free, cancellable, waiter_done_cb, &w);
    while (!g_atomic_int_get (&job_made) && g_get_monotonic_time () < deadline)
      g_thread_yield ();
    g_assert_true (g_atomic_int_get (&job_made));
    g_cancellable_cancel (cancellable);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (w.result);
    g_clear_error (&w.error);
    while (g_atomic_int_get (&results_freed) == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpint (g_atomic_int_get (&results_freed), ==, 1);
  }

  /* Cancelled while it runs */
  {
    Waiter w = { loop, NULL, NULL, FALSE };
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    gint64 start = g_get_monotonic_time ();

    jobs_run = 0;
    psl_store_run_async (store, job_until_cancelled, NULL, NULL, g_free, cancellable, waiter_done_cb, &w);
    g_timeout_add (50, cancel_cb, cancellable);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpint (g_atomic_int_get (&jobs_run), ==, 1);
    g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
    g_clear_error (&w.error);
  }

  /* Cancelled within one long statement: stopped there, not at its end */
  {
    Waiter w = { loop, NULL, NULL, FALSE };
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    gint64 start = g_get_monotonic_time ();

    jobs_run = 0;
    psl_store_run_async (store, job_long_statement, NULL, NULL, g_free, cancellable, waiter_done_cb, &w);
    g_timeout_add (100, cancel_cb, cancellable);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (w.result);
    g_assert_cmpint (g_atomic_int_get (&jobs_run), ==, 1);
    g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
    g_clear_error (&w.error);
    /* The connection works on afterwards. */
    g_assert_cmpint (psl_store_count (store, "SELECT 7;", NULL), ==, 7);
  }

  /* A job cancelled while the window has a statement under way stops
   * alone: the window's statement reads on to its end. */
  {
    Waiter w = { loop, NULL, NULL, FALSE };
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(sqlite3_stmt) mine = psl_store_prepare (store,
      "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200000) SELECT i FROM c;", NULL);
    gint64 rows = 0;
    int rc;

    g_assert_cmpint (sqlite3_step (mine), ==, SQLITE_ROW);
    rows++;
    psl_store_run_async (store, job_long_statement, NULL, NULL, g_free, cancellable, waiter_done_cb, &w);
    g_timeout_add (100, cancel_cb, cancellable);
    wait_for (&w);
    g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&w.error);
    while ((rc = sqlite3_step (mine)) == SQLITE_ROW)
      rows++;
    g_assert_cmpint (rc, ==, SQLITE_DONE);
    g_assert_cmpint (rows, ==, 200000);
  }

  /* One worker: jobs run one at a time, in the order given */
  {
    Waiter waiters[20];

    job_order = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < G_N_ELEMENTS (waiters); i++)
      {
        waiters[i] = (Waiter) { g_main_loop_new (NULL, FALSE), NULL, NULL, FALSE };
        psl_store_run_async (store, job_record_order, GUINT_TO_POINTER (i), NULL, NULL, NULL, waiter_done_cb,
                             &waiters[i]);
      }
    for (guint i = 0; i < G_N_ELEMENTS (waiters); i++)
      {
        if (!waiters[i].done)
          wait_for (&waiters[i]);
        g_assert_no_error (waiters[i].error);
        g_assert_cmpuint (GPOINTER_TO_UINT (waiters[i].result), ==, i + 1);
        g_main_loop_unref (waiters[i].loop);
      }
    g_assert_cmpuint (job_order->len, ==, G_N_ELEMENTS (waiters));
    for (guint i = 0; i < job_order->len; i++)
      g_assert_cmpuint (g_array_index (job_order, guint, i), ==, i);
    g_clear_pointer (&job_order, g_array_unref);
  }
}

/* --------------------------------------------------- readers and writers */

static void
test_read_only_beside_writer (void)
{
  g_autofree char *dir = make_dir ("reader");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(PslStore) writer = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  g_autoptr(GError) error = NULL;

  psl_test_exec (writer, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Coutellerie Sabatier');");

  {
    g_autoptr(PslStore) reader = open_ok (path, PSL_STORE_OPEN_READ_ONLY);
    g_autofree char *name = psl_test_query_text (reader, "SELECT legal_name FROM company WHERE id = 'c1';");

    g_assert_true (psl_store_is_read_only (reader));
    g_assert_cmpstr (name, ==, "Coutellerie Sabatier");
    g_assert_cmpstr (psl_store_get_site_id (reader), ==, psl_store_get_site_id (writer));
    g_assert_cmpuint (psl_store_get_schema_version (reader), ==, psl_migrations_latest ());

    /* The reader refuses to write */
    g_assert_false (psl_store_exec (reader,
                                    "INSERT INTO company (id, legal_name) VALUES ('c2', 'Interdite');",
                                    &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_READ_ONLY);
    g_assert_cmpuint (strlen (error->message), >, 0);
    g_clear_error (&error);
    g_assert_false (psl_store_set_meta (reader, "k", "v", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);

    /* It sees what the writer commits afterwards */
    psl_test_exec (writer, "INSERT INTO company (id, legal_name) VALUES ('c3', 'Tannerie Nouvelle');");
    g_assert_cmpint (psl_test_count (reader, "SELECT count(*) FROM company;"), ==, 2);

    /* A second reader at the same time */
    {
      g_autoptr(PslStore) reader2 = open_ok (path, PSL_STORE_OPEN_READ_ONLY);
      g_assert_cmpint (psl_test_count (reader2, "SELECT count(*) FROM company;"), ==, 2);
    }
  }

  /* The writer is unaffected */
  psl_test_exec (writer, "INSERT INTO company (id, legal_name) VALUES ('c4', 'Après lecture');");
  g_assert_cmpint (psl_test_count (writer, "SELECT count(*) FROM company;"), ==, 3);
  g_clear_object (&writer);

  {
    g_autoptr(PslStore) again = open_ok (path, PSL_STORE_OPEN_DEFAULT);
    g_assert_cmpint (psl_test_count (again, "SELECT count(*) FROM company;"), ==, 3);
  }
}

/* A reader of an older file does not migrate it (that is the writer's job). */
static void
test_read_only_older_file (void)
{
  g_autofree char *dir = make_dir ("reader-old");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(PslStore) old = psl_store_open_at_version (path, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (psl_store_get_schema_version (old), ==, 1);
  }

  assert_refused (path, PSL_STORE_OPEN_READ_ONLY, PSL_STORE_ERROR_MIGRATION);
}

static gboolean
sqlite3_cli_can_take_exclusive (const char *path)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "sqlite3", path, "PRAGMA journal_mode = DELETE;", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) && g_str_has_prefix (out, "delete");
}

/* SQLite's locks are POSIX locks, which a process loses on a file as soon
 * as it closes *any* descriptor of that file.  While a writer is open,
 * another program must not be able to take the file from it (here: turn
 * WAL off under it), whatever else this process did with the file. */
static void
test_writer_keeps_sqlite_locks (void)
{
  g_autofree char *dir = make_dir ("posix-locks");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *sqlite3_path = g_find_program_in_path ("sqlite3");
  g_autoptr(PslStore) writer = NULL;
  g_autofree char *journal = NULL;

  if (sqlite3_path == NULL)
    {
      g_test_skip ("the sqlite3 program is not installed");
      return;
    }

  writer = open_ok (path, PSL_STORE_OPEN_DEFAULT);
  psl_test_exec (writer, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Verrerie');");
  g_assert_false (sqlite3_cli_can_take_exclusive (path));

  /* A reader beside it, in this process */
  {
    g_autoptr(PslStore) reader = open_ok (path, PSL_STORE_OPEN_READ_ONLY);
    g_assert_cmpint (psl_test_count (reader, "SELECT count(*) FROM company;"), ==, 1);
  }
  g_assert_false (sqlite3_cli_can_take_exclusive (path));

  /* A refused second writer, in this process */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PslStore) second = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_LOCKED);
  }
  g_assert_false (sqlite3_cli_can_take_exclusive (path));

  journal = psl_test_query_text (writer, "PRAGMA journal_mode;");
  g_assert_cmpstr (journal, ==, "wal");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  psl_test_init (&argc, &argv);

  if (g_test_subprocess ())
    tmpdir = g_strdup (g_getenv ("PSL_TEST_TMPDIR"));
  else
    {
      g_autoptr(GError) error = NULL;

      tmpdir = g_dir_make_tmp ("psl-test-store-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("PSL_TEST_TMPDIR", tmpdir, TRUE);
    }

  g_test_add_func ("/store/create", test_create);
  g_test_add_func ("/store/in-set", test_in_set);
  g_test_add_func ("/store/reopen", test_reopen);
  g_test_add_func ("/store/accept-empty", test_accept_empty);
  g_test_add_func ("/store/refuse/not-database", test_refuse_not_database);
  g_test_add_func ("/store/refuse/foreign", test_refuse_foreign);
  g_test_add_func ("/store/refuse/too-new", test_refuse_too_new);
  g_test_add_func ("/store/sharing/read-only-beside-writer", test_read_only_beside_writer);
  for (int which = RO_FILE; which <= RO_FOLDER_READER; which++)
    {
      g_autofree char *sub = g_strconcat (ro_tests[which], "/subprocess", NULL);

      g_test_add_data_func (ro_tests[which], GINT_TO_POINTER (which), run_read_only_case);
      g_test_add_data_func (sub, GINT_TO_POINTER (which), run_read_only_case);
    }
  g_test_add_func ("/store/refuse/locked", test_refuse_locked);
  g_test_add_func ("/store/refuse/corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/uuid", test_uuid);
  g_test_add_func ("/store/progress", test_progress);
  g_test_add_func ("/store/after-jobs", test_after_jobs);
  g_test_add_func ("/store/timestamp", test_timestamp);
  g_test_add_func ("/store/foreign-keys", test_foreign_keys);
  g_test_add_func ("/store/stamps", test_stamps);
  g_test_add_func ("/store/strict", test_strict);
  g_test_add_func ("/store/sql-errors", test_sql_errors);
  g_test_add_func ("/store/meta-and-transactions", test_meta_and_transactions);
  g_test_add_func ("/store/async", test_async);
  g_test_add_func ("/store/check-budget", test_check_budget);
  g_test_add_func ("/store/refuse/read-only-older-file", test_read_only_older_file);
  g_test_add_func ("/store/sharing/writer-keeps-sqlite-locks", test_writer_keeps_sqlite_locks);

  ret = g_test_run ();

  if (!g_test_subprocess ())
    psl_test_rm_rf (tmpdir);
  g_free (tmpdir);
  return ret;
}
