/* test-demo.c — the demonstration data: exact sizes, sound, deterministic */

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "psl-demo.h"
#include "psl-format.h"
#include "psl-ident.h"
#include "psl-store.h"
#include "psl-test.h"

#define TODAY "2026-11-22"

static char *tmpdir;

static void
tiny_size (PslDemoSize *size,
           guint32      seed)
{
  memset (size, 0, sizeof *size);
  size->staff = 4;
  size->partners = 5;
  size->companies = 30;
  size->contacts = 60;
  size->people = 40;
  size->interactions = 300;
  size->opportunities = 40;
  size->placements = 50;
  size->seed = seed;
}

typedef struct
{
  guint  calls;
  double last;
  gboolean went_back;
  gboolean out_of_range;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  if (fraction < 0.0 || fraction > 1.0)
    p->out_of_range = TRUE;
  if (p->calls > 0 && fraction + 1e-9 < p->last)
    p->went_back = TRUE;
  p->last = fraction;
  p->calls++;
}

static PslStore *
generate (const char        *name,
          const PslDemoSize *size,
          Progress          *progress)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  psl_test_rm_rf (path);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (psl_demo_generate (store, size, TODAY,
                                    progress != NULL ? on_progress : NULL, progress, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static char *
company_ids (PslStore *store)
{
  return psl_test_query_text (store, "SELECT group_concat(id) FROM (SELECT id FROM company ORDER BY id);");
}

static void
test_sizes (void)
{
  PslDemoSize size;
  Progress progress = { 0, };
  g_autoptr(PslStore) store = NULL;

  tiny_size (&size, 7);
  store = generate ("sizes.db", &size, &progress);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 30);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM contact;"), ==, 60);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person;"), ==, 40);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction;"), ==, 300);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement;"), ==, 50);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM staff;"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM partner;"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM opportunity;"), >, 0);

  /* Progress goes from 0 to 1, never backwards */
  g_assert_cmpuint (progress.calls, >, 0);
  g_assert_false (progress.out_of_range);
  g_assert_false (progress.went_back);
  g_assert_cmpfloat_with_epsilon (progress.last, 1.0, 1e-6);
}

static void
test_sound (void)
{
  PslDemoSize size;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint identifiers = 0;

  tiny_size (&size, 7);
  store = generate ("sound.db", &size, NULL);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_foreign_key_check;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok';"), ==, 0);

  /* Every identifier is valid: SIRET in France, BCE in Belgium */
  stmt = psl_store_prepare (store, "SELECT identifier, country, legal_name FROM company"
                                   " WHERE identifier IS NOT NULL;", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *identifier = (const char *) sqlite3_column_text (stmt, 0);
      const char *country = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (country, "BE") == 0)
        g_assert_true (psl_ident_bce_valid (identifier));
      else
        {
          if (!psl_ident_siret_valid (identifier))
            g_test_message ("%s: %s", (const char *) sqlite3_column_text (stmt, 2), identifier);
          g_assert_true (psl_ident_siret_valid (identifier));
        }
      identifiers++;
    }
  g_assert_cmpuint (identifiers, >, 0);
  /* and unique among live firms */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) - count(DISTINCT identifier) FROM company"
                                 " WHERE identifier IS NOT NULL AND deleted_at IS NULL;"), ==, 0);

  /* Dates are real dates, in order */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE start_date IS NOT NULL AND end_date IS NOT NULL"
                                 "   AND end_date < start_date;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE start_date IS NOT NULL AND start_date < proposed_on;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE date(proposed_on) IS NULL"
                                 "    OR (start_date IS NOT NULL AND date(start_date) IS NULL)"
                                 "    OR (end_date IS NOT NULL AND date(end_date) IS NULL);"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE date(entered_on) IS NULL"
                                 " OR (exited_on IS NOT NULL AND exited_on < entered_on);"), ==, 0);
  /* Nothing happened after "today" but what is planned */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction"
                                 " WHERE substr(occurred_at, 1, 10) > '" TODAY "';"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement WHERE proposed_on > '" TODAY "';"), ==, 0);

  /* Rows are stamped and indexed like the user's own */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE site_id IS NULL OR length(id) != 36;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_map;"), ==,
                   psl_test_count (store, "SELECT count(*) FROM search_index;"));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index WHERE kind = 'company';"), ==,
                   psl_test_count (store, "SELECT count(*) FROM company WHERE deleted_at IS NULL;"));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index WHERE kind = 'person';"), ==,
                   psl_test_count (store, "SELECT count(*) FROM person WHERE deleted_at IS NULL;"));
}

static void
test_deterministic (void)
{
  PslDemoSize size;
  g_autoptr(PslStore) a = NULL;
  g_autoptr(PslStore) b = NULL;
  g_autoptr(PslStore) c = NULL;
  g_autofree char *ids_a = NULL;
  g_autofree char *ids_b = NULL;
  g_autofree char *ids_c = NULL;
  g_autofree char *names_a = NULL;
  g_autofree char *names_b = NULL;
  const char *names_sql = "SELECT group_concat(legal_name, '|') FROM"
                          " (SELECT legal_name FROM company ORDER BY id);";

  tiny_size (&size, 7);
  a = generate ("seed7-a.db", &size, NULL);
  b = generate ("seed7-b.db", &size, NULL);
  tiny_size (&size, 8);
  c = generate ("seed8.db", &size, NULL);

  ids_a = company_ids (a);
  ids_b = company_ids (b);
  ids_c = company_ids (c);
  g_assert_nonnull (ids_a);
  g_assert_cmpuint (strlen (ids_a), ==, 30 * 36 + 29);
  g_assert_cmpstr (ids_a, ==, ids_b);
  g_assert_cmpstr (ids_a, !=, ids_c);

  names_a = psl_test_query_text (a, names_sql);
  names_b = psl_test_query_text (b, names_sql);
  g_assert_cmpstr (names_a, ==, names_b);

  /* The other tables follow the seed as well */
  {
    const char *sql = "SELECT group_concat(id || occurred_at, ',') FROM"
                      " (SELECT id, occurred_at FROM interaction ORDER BY id);";
    g_autofree char *ia = psl_test_query_text (a, sql);
    g_autofree char *ib = psl_test_query_text (b, sql);
    g_autofree char *ic = psl_test_query_text (c, sql);

    g_assert_cmpstr (ia, ==, ib);
    g_assert_cmpstr (ia, !=, ic);
  }
}

static void
test_default_sizes (void)
{
  PslDemoSize def;
  PslDemoSize large;

  psl_demo_size_default (&def);
  psl_demo_size_large (&large);

  g_assert_cmpuint (def.companies, >, 0);
  g_assert_cmpuint (def.people, >, 0);
  g_assert_cmpuint (def.interactions, >, 0);
  g_assert_cmpuint (def.placements, >, 0);
  /* The large file is the one the design's performance figures name */
  g_assert_cmpuint (large.companies, ==, 20000);
  g_assert_cmpuint (large.contacts, ==, 60000);
  g_assert_cmpuint (large.people, ==, 100000);
  g_assert_cmpuint (large.interactions, ==, 2000000);
  g_assert_cmpuint (large.placements, ==, 200000);
  g_assert_cmpuint (large.companies, >, def.companies);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  psl_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("psl-test-demo-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/demo/sizes", test_sizes);
  g_test_add_func ("/demo/sound", test_sound);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/default-sizes", test_default_sizes);

  ret = g_test_run ();
  psl_test_rm_rf (tmpdir);
  g_free (tmpdir);
  return ret;
}
