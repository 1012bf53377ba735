/* psl-search.c — full-text search over firms, contacts, people, partners and notes
 *
 * Each kind has its FTS5 table, search_index_<kind> (migration 0031),
 * kept in step by triggers made here from the table below, so that what is
 * indexed for each kind is written once.  One table for all kinds asked
 * "kind: person AND …": FTS5 then walked the kind's every row as far as the
 * words' matches, which grew faster than the file (a kind with no match,
 * the notes often, was read through).
 * Nothing sensitive is indexed: people are found by name and commune only.
 */

#define G_LOG_DOMAIN "psl-search"

#include "config.h"

#include "psl-i18n.h"

#include "psl-search.h"
#include "psl-store-private.h"
#include "psl-triggers.h"

/* A contact is found by its firm's or partner's name too: these are also
 * used to index again the contacts of a renamed firm or partner. */
#define CONTACT_TITLE(r) "ifnull(" r ".first_name || ' ', '') || " r ".last_name"
#define CONTACT_DETAIL(r) \
  "ifnull((SELECT coalesce(trade_name, legal_name) FROM company WHERE id = " r ".company_id), '')" \
  " || ifnull((SELECT name FROM partner WHERE id = " r ".partner_id), '')" \
  " || ifnull(' ' || " r ".job_title, '') || ifnull(' ' || " r ".email, '')"

typedef struct
{
  const char *kind;
  const char *table;
  const char *label;     /* plural, for the result groups */
  const char *watched;   /* columns whose change re-indexes the row */
  const char *title;     /* SQL over NEW */
  const char *detail;
} SearchSource;

static const SearchSource sources[] = {
  { "company", "company", N_("Companies"),
    "legal_name, trade_name, commune, postcode, identifier, deleted_at",
    "coalesce(NEW.trade_name, NEW.legal_name)",
    /* Read as the result's subtitle too: "Figeac (46100) · SARL Delmas · 732…" */
    "ifnull(NEW.commune, '') || ifnull(' (' || NEW.postcode || ')', '')"
    " || CASE WHEN NEW.trade_name IS NOT NULL THEN ' · ' || NEW.legal_name ELSE '' END"
    " || ifnull(' · ' || NEW.identifier, '')" },
  { "contact", "contact", N_("Contacts"),
    "first_name, last_name, job_title, email, company_id, partner_id, deleted_at",
    CONTACT_TITLE ("NEW"), CONTACT_DETAIL ("NEW") },
  { "person", "person", N_("People"),
    "first_name, last_name, commune, deleted_at",
    "NEW.first_name || ' ' || NEW.last_name",
    "NEW.commune" },
  { "partner", "partner", N_("Partners"),
    "name, commune, deleted_at",
    "NEW.name",
    "NEW.commune" },
  { "note", "note", N_("Notes"),
    "title, body, deleted_at",
    "coalesce(NEW.title, substr(NEW.body, 1, 60))",
    "NEW.body" },
};

static const char * const kinds[] = { "company", "contact", "person", "partner", "note", NULL };

const char * const *
psl_search_kinds (void)
{
  return kinds;
}

const char *
psl_search_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (g_strcmp0 (sources[i].kind, kind) == 0)
      return _(sources[i].label);
  return kind;
}

void
psl_search_hit_free (PslSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->kind);
  g_free (hit->ref_id);
  g_free (hit->title);
  g_free (hit->detail);
  g_free (hit);
}

/* The first column of the first row of sql, 0 for none. */
static gint64
first_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean index_missing (sqlite3 *db,
                               char   **msg);

/* Made again after each migration.  Before 0031 the schema has no table
 * per kind: the triggers come with it, and index at once what a new file
 * or one updated from before it holds (its search_map is then empty). */
gboolean
psl_search_install_triggers (sqlite3 *db,
                             GError **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  char *msg = NULL;

  if (!first_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_index_person';"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      const SearchSource *s = &sources[i];
      g_autofree char *remove = g_strdup_printf (
        "  DELETE FROM search_index_%s WHERE rowid = (SELECT fts_rowid FROM search_map WHERE ref_id = OLD.id);"
        "  DELETE FROM search_map WHERE ref_id = OLD.id;", s->kind);

      g_string_append_printf (sql,
        "DROP TRIGGER IF EXISTS %1$s_search_insert;"
        "CREATE TRIGGER %1$s_search_insert AFTER INSERT ON %1$s"
        " FOR EACH ROW WHEN NEW.deleted_at IS NULL"
        "  AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_deferred') BEGIN"
        "  INSERT INTO search_index_%2$s (ref_id, title, detail) VALUES (NEW.id, %3$s, %4$s);"
        "  INSERT INTO search_map (ref_id, fts_rowid) VALUES (NEW.id, last_insert_rowid());"
        " END;"
        "DROP TRIGGER IF EXISTS %1$s_search_update;"
        "CREATE TRIGGER %1$s_search_update AFTER UPDATE OF %5$s ON %1$s FOR EACH ROW BEGIN"
        "%6$s"
        "  INSERT INTO search_index_%2$s (ref_id, title, detail)"
        "   SELECT NEW.id, %3$s, %4$s WHERE NEW.deleted_at IS NULL;"
        "  INSERT INTO search_map (ref_id, fts_rowid)"
        "   SELECT NEW.id, last_insert_rowid() WHERE NEW.deleted_at IS NULL;"
        " END;"
        "DROP TRIGGER IF EXISTS %1$s_search_delete;"
        "CREATE TRIGGER %1$s_search_delete AFTER DELETE ON %1$s FOR EACH ROW BEGIN"
        "%6$s"
        " END;",
        s->table, s->kind, s->title, s->detail, s->watched, remove);
    }

  /* Renaming a firm or a partner rewrites its contacts' entries in place,
   * keeping their rowids, without touching the contacts themselves (their
   * updated_at must not change). */
  for (guint i = 0; i < 2; i++)
    {
      const char *table = i == 0 ? "company" : "partner";

      g_string_append_printf (sql,
        "DROP TRIGGER IF EXISTS %1$s_search_contacts;"
        "CREATE TRIGGER %1$s_search_contacts AFTER UPDATE OF %2$s ON %1$s FOR EACH ROW BEGIN"
        "  DELETE FROM search_index_contact WHERE rowid IN (SELECT m.fts_rowid FROM search_map m"
        "   JOIN contact c ON c.id = m.ref_id WHERE c.%1$s_id = NEW.id);"
        "  INSERT INTO search_index_contact (rowid, ref_id, title, detail)"
        "   SELECT m.fts_rowid, c.id, %3$s, %4$s"
        "     FROM contact c JOIN search_map m ON m.ref_id = c.id WHERE c.%1$s_id = NEW.id;"
        " END;",
        table, i == 0 ? "legal_name, trade_name" : "name",
        CONTACT_TITLE ("c"), CONTACT_DETAIL ("c"));
    }

  if (psl_triggers_install (db, sql->str, &msg) != SQLITE_OK
      || (!first_int (db, "SELECT EXISTS (SELECT 1 FROM search_map);") && !index_missing (db, &msg)))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION,
                   _("The search index could not be prepared: %s."), msg);
      sqlite3_free (msg);
      return FALSE;
    }

  return TRUE;
}

/* Inside a transaction that inserts many rows (an import): the new rows
 * are indexed together by psl_search_catch_up() before it commits.  SQLite
 * 3.40's FTS5 writes its pending terms to disk at every statement that
 * opens a savepoint, so one row indexed at a time made one small segment
 * per row, and their merging was most of an import's time. */
gboolean
psl_search_defer (PslStore *store,
                  GError  **error)
{
  return psl_store_exec (store, "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_deferred', '1');", error);
}

/* Indexes every row not in search_map yet, each kind in one statement. */
static gboolean
index_missing (sqlite3 *db,
               char   **msg)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      const SearchSource *s = &sources[i];
      g_autoptr(GString) title = g_string_new (s->title);
      g_autoptr(GString) detail = g_string_new (s->detail);
      g_autofree char *last_sql = g_strdup_printf ("SELECT max(rowid) FROM search_index_%s;", s->kind);
      g_autofree char *sql = NULL;

      /* The same expressions as the triggers', over the row n; the new
       * entries are numbered after the kind's last one. */
      g_string_replace (title, "NEW.", "n.", 0);
      g_string_replace (detail, "NEW.", "n.", 0);
      sql = g_strdup_printf (
        "INSERT INTO search_map (ref_id, fts_rowid)"
        " SELECT n.id, %3$" G_GINT64_FORMAT " + row_number () OVER (ORDER BY n.rowid) FROM %1$s n"
        "  WHERE n.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_map m WHERE m.ref_id = n.id);"
        "INSERT INTO search_index_%2$s (rowid, ref_id, title, detail)"
        " SELECT m.fts_rowid, n.id, %4$s, %5$s FROM search_map m JOIN %1$s n ON n.id = m.ref_id"
        "  WHERE m.fts_rowid > %3$" G_GINT64_FORMAT ";",
        s->table, s->kind, first_int (db, last_sql), title->str, detail->str);
      if (sqlite3_exec (db, sql, NULL, NULL, msg) != SQLITE_OK)
        return FALSE;
    }
  return TRUE;
}

gboolean
psl_search_catch_up (PslStore *store,
                     GError  **error)
{
  char *msg = NULL;

  if (!index_missing (psl_store_get_db (store), &msg))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL, _("The search index could not be updated: %s."), msg);
      sqlite3_free (msg);
      return FALSE;
    }
  return psl_store_exec (store, "DELETE FROM meta WHERE key = 'search_deferred';", error);
}

/* Turns what the user typed into FTS5: every word must match as a prefix.
 * Quotes keep FTS5 syntax characters typed by the user from being read
 * as operators.  Returns NULL when there is nothing to search. */
static char *
build_words (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autofree char *normalized = NULL;
  const char *p;
  guint words = 0;

  if (text == NULL)
    return NULL;

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (normalized == NULL)
    return NULL; /* not valid UTF-8 */

  p = normalized;
  while (*p != '\0')
    {
      g_autoptr(GString) word = g_string_new (NULL);

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        {
          const char *next = g_utf8_next_char (p);
          g_string_append_len (word, p, next - p);
          p = next;
        }

      if (word->len == 0)
        continue;

      g_string_append_printf (query, "%s\"%s\"*", words > 0 ? " AND " : "", word->str);
      words++;
    }

  return words > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

/* The queries over names only, and over names and details; the
 * benchmark's floor runs them too. */
char *
psl_search_build_name_query (const char *text)
{
  g_autofree char *words = build_words (text);

  return words != NULL ? g_strdup_printf ("title: (%s)", words) : NULL;
}

char *
psl_search_build_query (const char *text)
{
  g_autofree char *words = build_words (text);

  return words != NULL ? g_strdup_printf ("{title detail}: (%s)", words) : NULL;
}

char *
psl_search_statement (const char *kind)
{
  return g_strdup_printf ("SELECT ref_id, title, detail FROM search_index_%1$s"
                          " WHERE search_index_%1$s MATCH ?1 LIMIT ?2;", kind);
}

static gboolean
collect (PslStore    *store,
         sqlite3_stmt *stmt,
         const char  *kind,
         const char  *query,
         guint        limit,
         GHashTable  *seen,
         GPtrArray   *hits,
         GError     **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  /* One more than needed per query is enough: what the first query found
   * is skipped by the second. */
  sqlite3_bind_int (stmt, 2, limit + g_hash_table_size (seen));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && g_hash_table_size (seen) < limit)
    {
      const char *ref_id = (const char *) sqlite3_column_text (stmt, 0);
      PslSearchHit *hit;

      if (g_hash_table_contains (seen, ref_id))
        continue;

      hit = g_new0 (PslSearchHit, 1);
      hit->kind = g_strdup (kind);
      hit->ref_id = g_strdup (ref_id);
      hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      hit->detail = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_hash_table_add (seen, hit->ref_id);
      g_ptr_array_add (hits, hit);
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Searching"));
      return FALSE;
    }

  return TRUE;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const PslSearchHit *x = *(PslSearchHit * const *) a;
  const PslSearchHit *y = *(PslSearchHit * const *) b;

  return g_utf8_collate (x->title != NULL ? x->title : "", y->title != NULL ? y->title : "");
}

/* For each kind, names that match come first, then records whose details
 * match; each group in alphabetical order.  No relevance ranking: ranking
 * reads every match, and a two-letter prefix matches tens of thousands of
 * records on a large file, while a LIMIT without ORDER BY stops early. */
GPtrArray *
psl_search_run (PslStore   *store,
                const char *text,
                guint       limit_per_kind,
                GError    **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_search_hit_free);
  g_autofree char *words = build_words (text);
  g_autofree char *in_title = NULL;
  g_autofree char *anywhere = NULL;

  if (words == NULL || limit_per_kind == 0)
    return g_steal_pointer (&hits);

  in_title = psl_search_build_name_query (text);
  anywhere = psl_search_build_query (text);

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *sql = psl_search_statement (kinds[i]);
      /* Lent, not prepared at every key typed. */
      g_autoptr(PslCachedStmt) stmt = psl_store_lend (store, sql, error);
      guint first = hits->len, by_name;

      if (stmt == NULL)
        return NULL;

      if (!collect (store, stmt, kinds[i], in_title, limit_per_kind, seen, hits, error))
        return NULL;
      by_name = hits->len;
      if (g_hash_table_size (seen) < limit_per_kind &&
          !collect (store, stmt, kinds[i], anywhere, limit_per_kind, seen, hits, error))
        return NULL;

      /* seen points into the hits: it goes before they are sorted. */
      g_clear_pointer (&seen, g_hash_table_unref);
      g_qsort_with_data (hits->pdata + first, by_name - first, sizeof (gpointer),
                         (GCompareDataFunc) compare_titles, NULL);
      g_qsort_with_data (hits->pdata + by_name, hits->len - by_name, sizeof (gpointer),
                         (GCompareDataFunc) compare_titles, NULL);
    }

  return g_steal_pointer (&hits);
}
