/* test-search.c — the full-text index and what the user types into it */

#include "config.h"

#include <string.h>
#include <glib.h>

#include "psl-search.h"
#include "psl-store.h"
#include "psl-test.h"

typedef PslTestFixture Fixture;

/* Eleven records, one or two of each kind. */
static const char fixture_sql[] =
  "INSERT INTO company (id, legal_name, trade_name, postcode, commune, identifier) VALUES"
  " ('c1', 'Menuiserie Vidal', NULL, '15000', 'Aurillac', '73282932000074'),"
  " ('c2', 'Boulangerie Étienne Roux', 'Au Bon Pain', '15100', 'Saint-Flour', NULL),"
  " ('c3', 'Garage du Lioran', NULL, '15300', 'Murat', NULL);"
  "INSERT INTO partner (id, name, kind, commune) VALUES"
  " ('pa1', 'France Travail Aurillac', 'spe', 'Aurillac'),"
  " ('pa2', 'CCAS de Murat', 'ccas', 'Murat');"
  "INSERT INTO contact (id, company_id, partner_id, first_name, last_name, job_title, email) VALUES"
  " ('k1', 'c1', NULL, 'Étienne', 'Vidal', 'gérant', 'e.vidal@example.org'),"
  " ('k2', NULL, 'pa2', 'Marie', 'Chastel', 'assistante sociale', NULL);"
  "INSERT INTO person (id, first_name, last_name, commune, entered_on, notes) VALUES"
  " ('p1', 'Élodie', 'Martin', 'Aurillac', '2026-01-05', 'confidentiel'),"
  " ('p2', 'Etienne', 'Bonnet', 'Riom-ès-Montagnes', '2026-02-01', NULL);"
  "INSERT INTO note (id, subject_kind, subject_id, title, body) VALUES"
  " ('n1', 'company', 'c1', 'Visite atelier', 'Besoin de deux apprentis menuisiers pour la rentrée'),"
  " ('n2', 'person', 'p1', NULL, 'Rendez-vous avec la mission locale de Mauriac');"
  "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
  " ('s1', 'p1', 'health', 'diabète', '2026-01-05');";

static GPtrArray *
search (Fixture    *f,
        const char *text,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = psl_search_run (f->store, text, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "kind:id" of every hit, sorted, comma-separated. */
static char *
hit_keys (GPtrArray *hits)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < hits->len; i++)
    {
      PslSearchHit *hit = g_ptr_array_index (hits, i);
      g_ptr_array_add (keys, g_strdup_printf ("%s:%s", hit->kind, hit->ref_id));
    }
  g_ptr_array_sort (keys, compare_strings);
  g_ptr_array_add (keys, NULL);
  return g_strjoinv (",", (char **) keys->pdata);
}

static void
assert_finds (Fixture    *f,
              const char *text,
              const char *expected)
{
  g_autoptr(GPtrArray) hits = search (f, text, 25);
  g_autofree char *keys = hit_keys (hits);

  if (g_strcmp0 (keys, expected) != 0)
    g_test_message ("searching “%s”", text);
  g_assert_cmpstr (keys, ==, expected);
}

/* Like assert_finds, for the hits of one kind only. */
static void
assert_finds_kind (Fixture    *f,
                   const char *text,
                   const char *kind,
                   const char *expected)
{
  g_autoptr(GPtrArray) hits = search (f, text, 25);
  g_autofree char *keys = NULL;

  for (guint i = hits->len; i > 0; i--)
    if (g_strcmp0 (((PslSearchHit *) g_ptr_array_index (hits, i - 1))->kind, kind) != 0)
      g_ptr_array_remove_index (hits, i - 1);
  keys = hit_keys (hits);
  if (g_strcmp0 (keys, expected) != 0)
    g_test_message ("searching “%s” among %s", text, kind);
  g_assert_cmpstr (keys, ==, expected);
}

static guint
count_kind (GPtrArray  *hits,
            const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    if (g_strcmp0 (((PslSearchHit *) g_ptr_array_index (hits, i))->kind, kind) == 0)
      n++;
  return n;
}

/* The index and its map hold one row per live record, and agree. */
static void
assert_index_consistent (Fixture *f,
                         gint64   expected_rows)
{
  gint64 index_rows = psl_test_count (f->store, "SELECT count(*) FROM" PSL_TEST_SEARCH_ENTRIES ";");
  gint64 map_rows = psl_test_count (f->store, "SELECT count(*) FROM search_map;");

  g_assert_cmpint (index_rows, ==, expected_rows);
  g_assert_cmpint (map_rows, ==, expected_rows);
  g_assert_cmpint (psl_test_count (f->store,
                          "SELECT count(*) FROM search_map m"
                          " JOIN" PSL_TEST_SEARCH_ENTRIES "i ON i.rowid = m.fts_rowid AND i.ref_id = m.ref_id;"),
                   ==, expected_rows);
}

/* ------------------------------------------------------------------ tests */

static void
test_initial_index (Fixture      *f,
                    gconstpointer data)
{
  /* 3 companies, 2 partners, 2 contacts, 2 people, 2 notes */
  assert_index_consistent (f, 11);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_index_company;"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_index_note;"), ==, 2);
}

static void
test_prefix (Fixture      *f,
             gconstpointer data)
{
  /* The contact's detail carries its company's name, the note its text */
  assert_finds (f, "Menu", "company:c1,contact:k1,note:n1");
  assert_finds (f, "menuiserie", "company:c1,contact:k1");
  assert_finds (f, "Vid", "company:c1,contact:k1");
  assert_finds (f, "Chas", "contact:k2");
  assert_finds (f, "Lior", "company:c3");
  assert_finds (f, "Mur", "company:c3,contact:k2,partner:pa2");
  assert_finds (f, "Aurillac", "company:c1,partner:pa1,person:p1");
  /* By postcode and by identifier */
  assert_finds (f, "15000", "company:c1");
  assert_finds (f, "7328293", "company:c1");
  /* By trade name and by legal name */
  assert_finds (f, "bon pain", "company:c2");
  assert_finds (f, "boulangerie", "company:c2");
  assert_finds (f, "zzz", "");
}

static void
test_accents_and_case (Fixture      *f,
                       gconstpointer data)
{
  const char *etienne = "company:c2,contact:k1,person:p2";

  assert_finds (f, "Etienne", etienne);
  assert_finds (f, "Étienne", etienne);
  assert_finds (f, "étienne", etienne);
  assert_finds (f, "ETIENNE", etienne);
  assert_finds (f, "ÉTIENNE", etienne);
  assert_finds (f, "etien", etienne);
  /* A decomposed é (e + U+0301) is the same letter */
  assert_finds (f, "E\xcc\x81tienne", etienne);
  assert_finds (f, "elodie", "person:p1");
  assert_finds (f, "riom es montagnes", "person:p2");
  assert_finds (f, "gerant", "contact:k1");
}

static void
test_multi_word_and (Fixture      *f,
                     gconstpointer data)
{
  assert_finds (f, "etienne vidal", "contact:k1");
  assert_finds (f, "vidal etienne", "contact:k1");
  assert_finds (f, "vidal aurillac", "company:c1");
  assert_finds (f, "etienne bonnet", "person:p2");
  assert_finds (f, "etienne aurillac", "");
  assert_finds (f, "france travail", "partner:pa1");
  assert_finds (f, "  france\t\ntravail  ", "partner:pa1");
  assert_finds (f, "apprentis rentree", "note:n1");
  assert_finds (f, "mission mauriac", "note:n2");
}

static void
test_hits_content_and_order (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GPtrArray) hits = search (f, "bon pain", 25);
  g_autoptr(GPtrArray) grouped = search (f, "a", 25);
  const char * const *kinds = psl_search_kinds ();
  PslSearchHit *hit;
  guint last_kind = 0;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->kind, ==, "company");
  g_assert_cmpstr (hit->ref_id, ==, "c2");
  g_assert_cmpstr (hit->title, ==, "Au Bon Pain");
  /* The detail is the result's subtitle: place, then the legal name. */
  g_assert_cmpstr (hit->detail, ==, "Saint-Flour (15100) · Boulangerie Étienne Roux");

  /* Hits come grouped by kind, in the order of psl_search_kinds() */
  g_assert_cmpuint (g_strv_length ((char **) kinds), ==, 5);
  g_assert_cmpuint (grouped->len, >=, 5);
  for (guint i = 0; i < grouped->len; i++)
    {
      PslSearchHit *h = g_ptr_array_index (grouped, i);
      guint k = 0;

      while (kinds[k] != NULL && g_strcmp0 (kinds[k], h->kind) != 0)
        k++;
      g_assert_nonnull (kinds[k]);
      g_assert_cmpuint (k, >=, last_kind);
      last_kind = k;
    }
  for (guint k = 0; kinds[k] != NULL; k++)
    {
      const char *label = psl_search_kind_label (kinds[k]);

      g_assert_nonnull (label);
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_cmpuint (count_kind (grouped, kinds[k]), >=, 1);
    }
}

static void
test_update_reindexes (Fixture      *f,
                       gconstpointer data)
{
  psl_test_exec (f->store, "UPDATE company SET legal_name = 'Ébénisterie Vidal' WHERE id = 'c1';");
  assert_finds_kind (f, "ebenisterie", "company", "company:c1");
  assert_finds_kind (f, "menuiserie", "company", "");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_index_company WHERE ref_id = 'c1'"
                                    " AND detail LIKE '%Menuiserie%';"), ==, 0);

  psl_test_exec (f->store, "UPDATE company SET trade_name = 'Atelier du Bois' WHERE id = 'c1';");
  assert_finds_kind (f, "atelier bois", "company", "company:c1");
  psl_test_exec (f->store, "UPDATE company SET commune = 'Arpajon-sur-Cère', postcode = '15130' WHERE id = 'c1';");
  assert_finds_kind (f, "arpajon", "company", "company:c1");
  assert_finds_kind (f, "15130", "company", "company:c1");
  assert_finds_kind (f, "15000", "company", "");

  psl_test_exec (f->store, "UPDATE person SET last_name = 'Delpeuch' WHERE id = 'p1';");
  assert_finds (f, "martin", "");
  assert_finds (f, "delpeuch", "person:p1");

  psl_test_exec (f->store, "UPDATE partner SET name = 'Mission locale' WHERE id = 'pa1';");
  assert_finds (f, "france", "");
  assert_finds (f, "mission", "note:n2,partner:pa1");

  psl_test_exec (f->store, "UPDATE contact SET job_title = 'conseillère' WHERE id = 'k2';");
  assert_finds (f, "conseillere", "contact:k2");
  assert_finds (f, "assistante", "");

  psl_test_exec (f->store, "UPDATE note SET body = 'Rappeler en janvier' WHERE id = 'n2';");
  assert_finds (f, "mauriac", "");
  assert_finds (f, "janvier", "note:n2");

  /* A column that is not indexed changes nothing, and nothing doubles */
  psl_test_exec (f->store, "UPDATE company SET headcount = 12 WHERE id = 'c1';");
  psl_test_exec (f->store, "UPDATE person SET phone = '0600000000' WHERE id = 'p1';");
  assert_finds_kind (f, "ebenisterie", "company", "company:c1");
  assert_index_consistent (f, 11);
}

/* A contact is found by the name of the firm or partner it works for
 * (and shows it under its name): renaming the firm must follow. */
static void
test_rename_refreshes_contacts (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr(GPtrArray) hits = NULL;

  psl_test_exec (f->store, "UPDATE company SET legal_name = 'Ébénisterie Vidal' WHERE id = 'c1';");
  assert_finds (f, "ebenisterie", "company:c1,contact:k1");
  assert_finds (f, "menuiserie", "");

  hits = search (f, "chastel", 25);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (strstr (((PslSearchHit *) g_ptr_array_index (hits, 0))->detail, "CCAS de Murat"));
  psl_test_exec (f->store, "UPDATE partner SET name = 'CCAS du Pays de Murat' WHERE id = 'pa2';");
  assert_finds (f, "pays murat", "contact:k2,partner:pa2");
  assert_index_consistent (f, 11);
}

static void
test_soft_delete_and_restore (Fixture      *f,
                              gconstpointer data)
{
  psl_test_exec (f->store, "UPDATE company SET deleted_at = '2026-11-22T10:00:00.000Z' WHERE id = 'c3';");
  assert_finds (f, "lioran", "");
  assert_finds (f, "murat", "contact:k2,partner:pa2");
  assert_index_consistent (f, 10);

  /* Editing a deleted record does not bring it back */
  psl_test_exec (f->store, "UPDATE company SET legal_name = 'Garage du Lioran (fermé)' WHERE id = 'c3';");
  assert_finds (f, "lioran", "");
  assert_index_consistent (f, 10);

  psl_test_exec (f->store, "UPDATE company SET deleted_at = NULL WHERE id = 'c3';");
  assert_finds (f, "lioran", "company:c3");
  assert_finds (f, "ferme", "company:c3");
  assert_index_consistent (f, 11);

  /* Every kind can be deleted and restored */
  psl_test_exec (f->store, "UPDATE contact SET deleted_at = '2026-11-22' WHERE id = 'k1';"
                     "UPDATE person SET deleted_at = '2026-11-22' WHERE id = 'p2';"
                     "UPDATE partner SET deleted_at = '2026-11-22' WHERE id = 'pa1';"
                     "UPDATE note SET deleted_at = '2026-11-22' WHERE id = 'n1';");
  assert_finds (f, "etienne", "company:c2");
  assert_finds (f, "france", "");
  assert_finds (f, "apprentis", "");
  assert_index_consistent (f, 7);

  psl_test_exec (f->store, "UPDATE contact SET deleted_at = NULL WHERE id = 'k1';"
                     "UPDATE person SET deleted_at = NULL WHERE id = 'p2';"
                     "UPDATE partner SET deleted_at = NULL WHERE id = 'pa1';"
                     "UPDATE note SET deleted_at = NULL WHERE id = 'n1';");
  assert_finds (f, "etienne", "company:c2,contact:k1,person:p2");
  assert_finds (f, "apprentis", "note:n1");
  assert_index_consistent (f, 11);
}

static void
test_hard_delete (Fixture      *f,
                  gconstpointer data)
{
  psl_test_exec (f->store, "DELETE FROM note WHERE id = 'n2';");
  assert_finds (f, "mauriac", "");
  assert_index_consistent (f, 10);

  psl_test_exec (f->store, "DELETE FROM contact WHERE id = 'k2';");
  assert_finds (f, "chastel", "");
  assert_index_consistent (f, 9);

  /* Deleting a soft-deleted record leaves nothing behind either */
  psl_test_exec (f->store, "UPDATE person SET deleted_at = '2026-11-22' WHERE id = 'p2';"
                     "DELETE FROM person WHERE id = 'p2';");
  assert_index_consistent (f, 8);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM search_map WHERE ref_id IN ('n2', 'k2', 'p2');"), ==, 0);
}

static void
test_sensitive_not_indexed (Fixture      *f,
                            gconstpointer data)
{
  assert_finds (f, "diabete", "");
  assert_finds (f, "confidentiel", "");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM" PSL_TEST_SEARCH_ENTRIES "WHERE ref_id = 's1';"), ==, 0);
}

static void
test_limit_per_kind (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) small = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 1; i <= 40; i++)
    g_string_append_printf (sql, "INSERT INTO company (id, legal_name, commune)"
                                 " VALUES ('s%02u', 'Scierie numéro %u', 'Condat');", i, i);
  for (guint i = 1; i <= 5; i++)
    g_string_append_printf (sql, "INSERT INTO contact (id, company_id, last_name)"
                                 " VALUES ('sk%u', 's%02u', 'Scieur');", i, i);
  psl_test_exec (f->store, sql->str);
  assert_index_consistent (f, 11 + 45);

  hits = search (f, "scie", 25);
  g_assert_cmpuint (count_kind (hits, "company"), ==, 25);
  g_assert_cmpuint (count_kind (hits, "contact"), ==, 5);
  g_assert_cmpuint (hits->len, ==, 30);

  small = search (f, "scie", 3);
  g_assert_cmpuint (count_kind (small, "company"), ==, 3);
  g_assert_cmpuint (count_kind (small, "contact"), ==, 3);
  g_assert_cmpuint (small->len, ==, 6);

  {
    g_autoptr(GPtrArray) all = search (f, "scierie", 100);
    g_assert_cmpuint (count_kind (all, "company"), ==, 40);
    /* the contacts' detail holds their company's name */
    g_assert_cmpuint (count_kind (all, "contact"), ==, 5);
  }
}

static void
test_fts_syntax_is_plain_text (Fixture      *f,
                               gconstpointer data)
{
  const char *inputs[] = {
    "\"", "\"\"", "\"vidal", "vidal\"", "*", "**", "vid*", "(", ")", "()", "(vidal",
    "vidal)", "NEAR", "NEAR(vidal aurillac)", "NEAR/2", "-", "-vidal", "vidal -aurillac",
    ":", "title:vidal", "kind:company", "{title}: vidal", "AND", "OR", "NOT", "vidal AND",
    "AND vidal", "vidal OR", "vidal NOT aurillac", "^vidal", "+", "'", "\\", "%", "_",
    "vidal's", "a\"b\"c", "{", "}", "[", "]", ";", "--", "/* */", "\x01\x02",
    "e.vidal@example.org", "NEAR(\"a\" \"b\", 3)", "\"vidal\" OR \"roux\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = psl_search_run (f->store, inputs[i], 25, &error);

      if (error != NULL)
        g_test_message ("searching “%s”", inputs[i]);
      g_assert_no_error (error);
      g_assert_nonnull (hits);
    }

  /* Operators are read as words, or ignored when they are punctuation */
  assert_finds (f, "\"vidal\"", "company:c1,contact:k1");
  assert_finds (f, "-vidal", "company:c1,contact:k1");
  assert_finds (f, "vid*", "company:c1,contact:k1");
  assert_finds (f, "(vidal)", "company:c1,contact:k1");
  assert_finds (f, "vidal OR roux", "");
  assert_finds (f, "vidal NOT aurillac", "");
  assert_finds (f, "title:vidal", "");
  assert_finds (f, "e.vidal@example.org", "contact:k1");
}

static void
test_nothing_to_search (Fixture      *f,
                        gconstpointer data)
{
  const char *inputs[] = { "", " ", "   \t\n ", "\xff\xfe", "Vidal\xff", "\xc3", "!?.,;", "\"*()" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = psl_search_run (f->store, inputs[i], 25, &error);
      g_autofree char *query = psl_search_build_query (inputs[i]);

      g_assert_no_error (error);
      g_assert_nonnull (hits);
      g_assert_cmpuint (hits->len, ==, 0);
      g_assert_null (query);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = psl_search_run (f->store, NULL, 25, &error);

    g_assert_no_error (error);
    g_assert_nonnull (hits);
    g_assert_cmpuint (hits->len, ==, 0);
    g_assert_null (psl_search_build_query (NULL));
  }
}

static void
test_long_queries (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GString) one_word = g_string_new (NULL);
  g_autoptr(GString) many_words = g_string_new (NULL);
  g_autoptr(GString) repeated = g_string_new (NULL);
  g_autoptr(GString) operators = g_string_new (NULL);

  while (one_word->len < 2000)
    g_string_append_c (one_word, 'a');
  while (many_words->len < 2000)
    g_string_append (many_words, "ab ");
  while (repeated->len < 2000)
    g_string_append (repeated, "vidal ");
  while (operators->len < 2000)
    g_string_append (operators, "(\"NEAR* AND -");

  assert_finds (f, one_word->str, "");
  assert_finds (f, many_words->str, "");
  assert_finds (f, repeated->str, "company:c1,contact:k1");
  assert_finds (f, operators->str, "");
}

static void
test_build_query (void)
{
  g_autofree char *one = psl_search_build_query ("Vidal");
  g_autofree char *two = psl_search_build_query ("  étienne   vidal ");
  g_autofree char *quoted = psl_search_build_query ("\"NEAR\" (x)");

  g_assert_cmpstr (one, ==, "{title detail}: (\"Vidal\"*)");
  g_assert_cmpstr (two, ==, "{title detail}: (\"étienne\"* AND \"vidal\"*)");
  g_assert_cmpstr (quoted, ==, "{title detail}: (\"NEAR\"* AND \"x\"*)");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, fixture_sql, psl_test_fixture_setup, func, psl_test_fixture_teardown)

  ADD ("/search/initial-index", test_initial_index);
  ADD ("/search/prefix", test_prefix);
  ADD ("/search/accents-and-case", test_accents_and_case);
  ADD ("/search/multi-word-and", test_multi_word_and);
  ADD ("/search/hits-content-and-order", test_hits_content_and_order);
  ADD ("/search/update-reindexes", test_update_reindexes);
  ADD ("/search/rename-refreshes-contacts", test_rename_refreshes_contacts);
  ADD ("/search/soft-delete-and-restore", test_soft_delete_and_restore);
  ADD ("/search/hard-delete", test_hard_delete);
  ADD ("/search/sensitive-not-indexed", test_sensitive_not_indexed);
  ADD ("/search/limit-per-kind", test_limit_per_kind);
  ADD ("/search/fts-syntax-is-plain-text", test_fts_syntax_is_plain_text);
  ADD ("/search/nothing-to-search", test_nothing_to_search);
  ADD ("/search/long-queries", test_long_queries);
  g_test_add_func ("/search/build-query", test_build_query);

#undef ADD

  return g_test_run ();
}
