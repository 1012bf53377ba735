/* test-migrations.c — every older schema is brought up to date, with a backup */

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "psl-backup.h"
#include "psl-migrations.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-test.h"
#include "psl-store-private.h"
#include "psl-triggers.h"

static char *tmpdir;

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (tmpdir, name, NULL);

  psl_test_rm_rf (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

/* The files in a folder whose name ends with suffix. */
static GPtrArray *
files_ending (const char *dir_path,
              const char *suffix)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      g_ptr_array_add (found, g_build_filename (dir_path, name, NULL));
  g_dir_close (dir);
  return found;
}

/* A copy at path of a file left at version v.  The files of every older
 * version are made once, each from the one before by a single migration:
 * made from nothing each time, the upgrades cost the square of the number
 * of migrations, which under the sanitizer outruns the suite's limit. */
static void
copy_at_version (guint       v,
                 const char *path)
{
  static GPtrArray *versions;
  static char *dir;
  g_autofree char *contents = NULL;
  gsize length;

  if (versions == NULL)
    {
      dir = make_dir ("versions");
      versions = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (versions, NULL); /* no file is at version 0 */
    }
  while (versions->len <= v)
    {
      guint next = versions->len;
      const char *last = g_ptr_array_index (versions, next - 1);
      g_autofree char *name = g_strdup_printf ("v%u.db", next);
      char *made = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PslStore) store = NULL;

      if (next > 1)
        {
          g_autofree char *old = NULL;

          g_assert_true (g_file_get_contents (last, &old, &length, NULL));
          g_assert_true (g_file_set_contents (made, old, length, NULL));
        }
      store = psl_store_open_at_version (made, next, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (psl_store_get_schema_version (store), ==, next);
      g_ptr_array_add (versions, made);
    }
  g_assert_true (g_file_get_contents (g_ptr_array_index (versions, v), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_latest (void)
{
  /* Two migrations ship today: the schema and the reference data */
  g_assert_cmpuint (psl_migrations_latest (), >=, 2);
}

static void
test_fresh_file_no_backup (void)
{
  g_autofree char *dir = make_dir ("fresh");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_no_error (error);
  g_assert_null (psl_store_get_backup_path (store));
  backups = files_ending (dir, ".bak");
  g_assert_cmpuint (backups->len, ==, 0);
  g_assert_cmpint (psl_test_count (store, "PRAGMA user_version;"), ==, psl_migrations_latest ());
}

static void
test_open_at_version (void)
{
  guint latest = psl_migrations_latest ();
  g_autofree char *dir = make_dir ("at");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);

  /* One file taken up a version at a time: each step applies one
   * migration and stops there. */
  for (guint v = 1; v <= latest; v++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PslStore) store = psl_store_open_at_version (path, v, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (psl_store_get_schema_version (store), ==, v);
      g_assert_cmpint (psl_test_count (store, "PRAGMA user_version;"), ==, v);
      g_assert_cmpint (psl_test_count (store, "PRAGMA application_id;"), ==, PSL_STORE_APPLICATION_ID);
      g_assert_nonnull (psl_store_get_site_id (store));
      /* Version 1 is the schema without reference data */
      if (v == 1)
        g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM ref_list;"), ==, 0);
    }
}

/* The data written at version v survives the way to the latest version. */
static void
check_upgrade_from (guint v)
{
  g_autofree char *name = g_strdup_printf ("from-%u", v);
  g_autofree char *dir = make_dir (name);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *site_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  guint latest = psl_migrations_latest ();

  if (v == 0)
    g_assert_true (g_file_set_contents (path, "", 0, NULL));
  else
    {
      g_autoptr(PslStore) old = NULL;

      copy_at_version (v, path);
      old = psl_store_open_at_version (path, v, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (psl_store_get_schema_version (old), ==, v);
      site_id = g_strdup (psl_store_get_site_id (old));
      psl_test_exec (old, "INSERT INTO company (id, legal_name, commune, identifier, identifier_kind)"
                    " VALUES ('c1', 'Fromagerie Bonal', 'Salers', '73282932000074', 'siret');");
      psl_test_exec (old, "INSERT INTO contact (id, company_id, first_name, last_name)"
                    " VALUES ('k1', 'c1', 'Jeanne', 'Bonal');");
      psl_test_exec (old, "INSERT INTO person (id, first_name, last_name, entered_on)"
                    " VALUES ('p1', 'Louis', 'Garric', '2025-09-01');");
      /* Before 0031, the program of the time indexed the firm in the one
       * table of all kinds: its entry must not survive the change. */
      if (v < 31)
        psl_test_exec (old, "INSERT INTO search_index (rowid, kind, ref_id, title, detail)"
                            " VALUES (7, 'company', 'c1', 'Fromagerie Bonal', 'Salers');"
                            "INSERT OR REPLACE INTO search_map (ref_id, fts_rowid) VALUES ('c1', 7);");
    }

  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (psl_test_count (store, "PRAGMA user_version;"), ==, latest);
  g_assert_cmpuint (psl_store_get_schema_version (store), ==, latest);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM ref_list WHERE code = 'phase';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_foreign_key_check;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site WHERE is_local = 1;"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM structure;"), ==, 1);

  backups = files_ending (dir, ".bak");

  if (v == 0)
    {
      g_assert_null (psl_store_get_backup_path (store));
      g_assert_cmpuint (backups->len, ==, 0);
      return;
    }

  /* The data is still there, with the same site */
  g_assert_cmpstr (psl_store_get_site_id (store), ==, site_id);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE id = 'c1'"
                                 " AND legal_name = 'Fromagerie Bonal' AND commune = 'Salers';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM contact WHERE company_id = 'c1';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person;"), ==, 1);
  /* ...and still stamped and indexed like new data */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_map WHERE ref_id IN ('c1', 'k1', 'p1');"), ==, 3);
  /* ...each in its kind's table (0031), once */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_company WHERE ref_id = 'c1'"
                                 " AND title = 'Fromagerie Bonal';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_contact WHERE ref_id = 'k1'"
                                 " AND search_index_contact MATCH 'bona*';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_person m"
                                 " JOIN search_map USING (ref_id) WHERE ref_id = 'p1' AND title = 'Louis Garric'"
                                 " AND fts_rowid = m.rowid;"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_person;"), ==, 1);
  psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c2', 'Après migration');");
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE id = 'c2' AND site_id IS NOT NULL;"), ==, 1);

  /* A backup of the old file was taken */
  g_assert_nonnull (psl_store_get_backup_path (store));
  g_assert_true (g_file_test (psl_store_get_backup_path (store), G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, psl_store_get_backup_path (store));
  g_assert_cmpstr (psl_store_get_backup_path (store), !=, path);
  /* It holds the same personal data as the file: its owner's only. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (psl_store_get_backup_path (store), &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  g_assert_cmpint (psl_test_raw_int (psl_store_get_backup_path (store), "PRAGMA user_version;"), ==, v);
  g_assert_cmpint (psl_test_raw_int (psl_store_get_backup_path (store), "PRAGMA application_id;"), ==,
                   PSL_STORE_APPLICATION_ID);
  g_assert_cmpint (psl_test_raw_int (psl_store_get_backup_path (store),
                            "SELECT count(*) FROM company WHERE id = 'c1';"), ==, 1);
  /* The reference lists come with migration 2. */
  g_assert_cmpint (psl_test_raw_int (psl_store_get_backup_path (store),
                            "SELECT count(*) > 0 FROM ref_list;"), ==, (v >= 2 ? 1 : 0));

  /* Opening again migrates nothing and takes no new backup */
  g_clear_object (&store);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (psl_store_get_backup_path (store));
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = files_ending (dir, ".bak");
  g_assert_cmpuint (backups->len, ==, 1);
}

static void
test_upgrade (gconstpointer data)
{
  check_upgrade_from (GPOINTER_TO_UINT (data));
}

/* Migration 2 inserts the reference list 'phase': a file at version 1
 * that already has it makes migration 2 fail half-way. */
static void
test_failure_is_atomic (void)
{
  g_autofree char *dir = make_dir ("atomic");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  if (psl_migrations_latest () < 2)
    {
      g_test_skip ("needs migration 2");
      return;
    }

  {
    g_autoptr(PslStore) old = psl_store_open_at_version (path, 1, &error);

    g_assert_no_error (error);
    psl_test_exec (old, "INSERT INTO company (id, legal_name) VALUES ('c1', 'Coopérative Oustal');");
    psl_test_exec (old, "INSERT INTO ref_list (code, label, editable) VALUES ('phase', 'Mes phases', 1);");
    psl_test_exec (old, "INSERT INTO ref_item (id, list_code, code, label)"
                  " VALUES ('i1', 'phase', 'mine', 'La mienne');");
  }

  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_clear_error (&error);

  /* Nothing of migration 2 stayed */
  g_assert_cmpint (psl_test_raw_int (path, "PRAGMA user_version;"), ==, 1);
  g_assert_cmpint (psl_test_raw_int (path, "SELECT count(*) FROM ref_list;"), ==, 1);
  g_assert_cmpint (psl_test_raw_int (path, "SELECT count(*) FROM ref_list WHERE label = 'Mes phases';"), ==, 1);
  g_assert_cmpint (psl_test_raw_int (path, "SELECT count(*) FROM ref_item;"), ==, 1);
  g_assert_cmpint (psl_test_raw_int (path, "SELECT count(*) FROM company WHERE id = 'c1'"
                                  " AND legal_name = 'Coopérative Oustal';"), ==, 1);

  /* It fails the same way again, and the file is still usable at version 1 */
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION);
  g_clear_error (&error);

  /* Two failed tries leave no copy behind: the file itself is unchanged. */
  {
    g_autoptr(GPtrArray) backups = files_ending (dir, ".bak");

    g_assert_cmpuint (backups->len, ==, 0);
  }

  store = psl_store_open (path, PSL_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpuint (psl_store_get_schema_version (store), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 1);

  /* Once the clash is removed, the update goes through */
  psl_test_exec (store, "DELETE FROM ref_item; DELETE FROM ref_list;");
  g_clear_object (&store);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (psl_store_get_schema_version (store), ==, psl_migrations_latest ());
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM ref_list WHERE code = 'phase'"
                                 " AND label = 'Phases du parcours';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE id = 'c1';"), ==, 1);
}

/* Four older copies of p.db and files that only look like them: after an
 * update, the new copy and the two newest old ones are left, and nothing
 * else is touched. */
static void
test_keeps_three_backups (void)
{
  static const char *const old_copies[] = {
    "p.db.avant-v3-20240101-080000.bak", "p.db.avant-v5-20250101-080000.bak",
    "p.db.avant-v4-20240601-080000.bak", "p.db.avant-v2-20230101-080000.bak",
  };
  static const char *const others[] = {
    "q.db.avant-v3-20200101-080000.bak", "p.db.avant-vX-20200101-080000.bak", "p.db.bak",
  };
  g_autofree char *dir = make_dir ("keep-three");
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  {
    g_autoptr(PslStore) old = psl_store_open_at_version (path, 1, &error);
    g_assert_no_error (error);
  }
  for (guint i = 0; i < G_N_ELEMENTS (old_copies); i++)
    {
      g_autofree char *file = g_build_filename (dir, old_copies[i], NULL);
      g_assert_true (g_file_set_contents (file, "old copy", -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *file = g_build_filename (dir, others[i], NULL);
      g_assert_true (g_file_set_contents (file, "not a copy", -1, NULL));
    }

  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  backups = psl_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 0), "p.db.avant-v4-20240601-080000.bak"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (backups, 1), "p.db.avant-v5-20250101-080000.bak"));
  g_assert_cmpstr (g_ptr_array_index (backups, 2), ==, psl_store_get_backup_path (store));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *file = g_build_filename (dir, others[i], NULL);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
    }
}

/* Migration 20: the tolerance of "done on time" set on this computer
 * moves to the structure's record (which travels); a value that is no
 * number of days is dropped, and the default applies. */
static void
test_tolerance_moves_to_structure (void)
{
  static const struct { const char *meta; int expected; } cases[] = {
    { "3", 3 }, { "une semaine", -1 }, { "99", -1 }, { NULL, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("tolerance-%u", i);
      g_autofree char *dir = make_dir (name);
      g_autofree char *path = g_build_filename (dir, "p.db", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PslStore) store = NULL;

      {
        g_autoptr(PslStore) old = psl_store_open_at_version (path, 19, &error);

        g_assert_no_error (error);
        if (cases[i].meta != NULL)
          g_assert_true (psl_store_set_meta (old, "followup_tolerance_days", cases[i].meta, &error));
      }
      store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_test_message ("case %u", i);
      g_assert_cmpint (psl_test_count (store, "SELECT coalesce(followup_tolerance_days, -1) FROM structure;"), ==,
                       cases[i].expected);
      g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM meta WHERE key = 'followup_tolerance_days';"),
                       ==, 0);
    }
}

static void
test_migrations_apply_direct (void)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  guint latest = psl_migrations_latest ();

  /* On a bare connection, all at once */
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (psl_migrations_apply (db, 0, latest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version;", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, latest);
  sqlite3_finalize (stmt);

  /* A version this program does not have */
  g_assert_false (psl_migrations_apply (db, latest, latest + 1, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_assert_cmpint (sqlite3_get_autocommit (db), !=, 0);
  sqlite3_close (db);
}

static gint64
schema_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA schema_version;", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Triggers made again at each migration are left alone when the file
 * holds them word for word (the schema is not rewritten), replaced when
 * their text changed, and every other statement runs. */
static void
test_triggers_kept (void)
{
  sqlite3 *db = NULL;
  const char *script =
    "CREATE TABLE IF NOT EXISTS t (id TEXT, n INTEGER);"
    "DROP TRIGGER IF EXISTS \"t_count\";"
    "CREATE TRIGGER \"t_count\" AFTER INSERT ON t BEGIN UPDATE t SET n = 1 WHERE id = NEW.id; END;"
    "DROP TRIGGER IF EXISTS t_plain;"
    "CREATE TRIGGER t_plain AFTER DELETE ON t BEGIN SELECT 1; SELECT 2; END;";
  const char *changed =
    "DROP TRIGGER IF EXISTS \"t_count\";"
    "CREATE TRIGGER \"t_count\" AFTER INSERT ON t BEGIN UPDATE t SET n = 2 WHERE id = NEW.id; END;";
  char *msg = NULL;
  gint64 before;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (psl_triggers_install (db, script, &msg), ==, SQLITE_OK);
  g_assert_null (msg);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO t (id) VALUES ('a');", NULL, NULL, NULL), ==, SQLITE_OK);

  /* The same again: nothing rewritten. */
  before = schema_version (db);
  g_assert_cmpint (psl_triggers_install (db, script, &msg), ==, SQLITE_OK);
  g_assert_cmpint (schema_version (db), ==, before);

  /* One changed: it alone is made again, and does what it now says. */
  g_assert_cmpint (psl_triggers_install (db, changed, &msg), ==, SQLITE_OK);
  g_assert_cmpint (schema_version (db), >, before);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO t (id) VALUES ('b');", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT group_concat(id || n, ' ') FROM (SELECT id, n FROM t ORDER BY id);", -1, &stmt,
                        NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "a1 b2");
    sqlite3_finalize (stmt);
  }

  /* A fault is said, as sqlite3_exec says it. */
  g_assert_cmpint (psl_triggers_install (db, "DROP TRIGGER IF EXISTS x; CREATE TRIGGER x AFTER INSERT ON nowhere"
                                             " BEGIN SELECT 1; END;", &msg), !=, SQLITE_OK);
  g_assert_nonnull (msg);
  sqlite3_free (msg);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  psl_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("psl-test-migrations-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/migrations/latest", test_latest);
  g_test_add_func ("/migrations/fresh-file-no-backup", test_fresh_file_no_backup);
  g_test_add_func ("/migrations/open-at-version", test_open_at_version);
  for (guint v = 0; v < psl_migrations_latest (); v++)
    {
      g_autofree char *name = g_strdup_printf ("/migrations/upgrade/from-%u", v);
      g_test_add_data_func (name, GUINT_TO_POINTER (v), test_upgrade);
    }
  g_test_add_func ("/migrations/failure-is-atomic", test_failure_is_atomic);
  g_test_add_func ("/migrations/keeps-three-backups", test_keeps_three_backups);
  g_test_add_func ("/migrations/tolerance-moves-to-structure", test_tolerance_moves_to_structure);
  g_test_add_func ("/migrations/apply-direct", test_migrations_apply_direct);
  g_test_add_func ("/migrations/triggers-kept", test_triggers_kept);

  ret = g_test_run ();
  psl_test_rm_rf (tmpdir);
  g_free (tmpdir);
  return ret;
}
