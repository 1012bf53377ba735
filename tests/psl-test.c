/* psl-test.c — what every test program needs: scratch folders and checked SQL */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-test.h"
#include "psl-store-open.h"
#include "psl-store-private.h"

/* Tests run in the language the environment gives (meson sets French), as
 * the program does: dates are typed and messages read in that language. */
void
psl_test_translate (void)
{
  const char *localedir = g_getenv ("PASSERELLE_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
psl_test_init (int    *argc,
               char ***argv)
{
  psl_test_translate ();
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The isolated data dirs hide the system's MIME database, without
   * which images are not recognised (the SVG icons of libadwaita's
   * expanders); it holds nothing of the user's. */
  g_setenv ("XDG_DATA_DIRS", "/usr/local/share:/usr/share", TRUE);
}

void
psl_test_rm_rf (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          psl_test_rm_rf (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      /* Tests make folders read-only on purpose. */
      g_chmod (path, 0700);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
psl_test_tmpdir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pattern = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (pattern, &error);

  g_assert_no_error (error);
  return dir;
}

PslStore *
psl_test_open (const char *dir,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PslStore *store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
psl_test_exec (PslStore   *store,
               const char *sql)
{
  g_autoptr(GError) error = NULL;

  psl_store_exec (store, sql, &error);
  g_assert_no_error (error);
}

gint64
psl_test_count (PslStore   *store,
                const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = psl_store_count (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

char *
psl_test_query_text (PslStore   *store,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

void
psl_test_fixture_setup (PslTestFixture *f,
                        gconstpointer   sql)
{
  psl_test_fixture_open (f, "t.db", sql);
}

void
psl_test_fixture_open (PslTestFixture *f,
                       const char     *name,
                       const char     *sql)
{
  f->dir = psl_test_tmpdir ("psl-test");
  f->path = g_build_filename (f->dir, name, NULL);
  f->store = psl_test_open (f->dir, name);
  if (sql != NULL)
    psl_test_exec (f->store, sql);
}

void
psl_test_fixture_teardown (PslTestFixture *f,
                           gconstpointer   sql)
{
  g_clear_object (&f->store);
  psl_test_rm_rf (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

/* One integer from a file read with a bare read-only connection. */
gint64
psl_test_raw_int (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* sql run on path with a bare connection, as another program would. */
void
psl_test_raw_exec (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

void
psl_test_insert_bytes (GByteArray *data,
                       guint       at,
                       const char *what,
                       guint       len)
{
  g_autoptr(GByteArray) tail = g_byte_array_new ();

  g_byte_array_append (tail, data->data + at, data->len - at);
  g_byte_array_set_size (data, at);
  g_byte_array_append (data, (const guint8 *) what, len);
  g_byte_array_append (data, tail->data, tail->len);
}
