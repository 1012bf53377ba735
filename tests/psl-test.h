/* psl-test.h — what every test program needs: scratch folders and checked SQL */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

void      psl_test_translate  (void);
void      psl_test_init       (int        *argc,
                               char     ***argv);
void      psl_test_rm_rf      (const char *path);
char     *psl_test_tmpdir     (const char *prefix);
PslStore *psl_test_open       (const char *dir,
                               const char *name);
void      psl_test_exec       (PslStore   *store,
                               const char *sql);
/* Every entry of the search index, one table per kind, as one table. */
#define PSL_TEST_SEARCH_ENTRIES \
  "(SELECT 'company' AS kind, rowid, ref_id, title, detail FROM search_index_company" \
  " UNION ALL SELECT 'contact', rowid, ref_id, title, detail FROM search_index_contact" \
  " UNION ALL SELECT 'person', rowid, ref_id, title, detail FROM search_index_person" \
  " UNION ALL SELECT 'partner', rowid, ref_id, title, detail FROM search_index_partner" \
  " UNION ALL SELECT 'note', rowid, ref_id, title, detail FROM search_index_note)"

gint64    psl_test_count      (PslStore   *store,
                               const char *sql);
char     *psl_test_query_text (PslStore   *store,
                               const char *sql);
/* The query's text compared with expected, the text freed either way. */
#define psl_test_assert_text(store, sql, expected) \
  G_STMT_START { \
    g_autofree char *psl_test_text_ = psl_test_query_text ((store), (sql)); \
    g_assert_cmpstr (psl_test_text_, ==, (expected)); \
  } G_STMT_END
/* A text a call returned, compared with expected and freed. */
#define psl_test_assert_text_is(call, expected) \
  G_STMT_START { \
    g_autofree char *psl_test_text_ = (call); \
    g_assert_cmpstr (psl_test_text_, ==, (expected)); \
  } G_STMT_END
/* text, once checked not NULL: for a call whose text only has to exist. */
static inline char *
psl_test_assert_nonnull_text (char *text)
{
  g_assert_nonnull (text);
  return text;
}
gint64    psl_test_raw_int    (const char *path,
                               const char *sql);
void      psl_test_raw_exec   (const char *path,
                               const char *sql);
/* For damaged files: len bytes of what put into data at at. */
void      psl_test_insert_bytes (GByteArray *data,
                                 guint       at,
                                 const char *what,
                                 guint       len);

/* A scratch folder with a new database, its file path; user_data of the
 * setup is SQL to run first (or NULL). */
#define PSL_TEST_FIXTURE_FIELDS \
  char     *dir;                \
  char     *path;               \
  PslStore *store
typedef struct
{
  PSL_TEST_FIXTURE_FIELDS;
} PslTestFixture;

/* The first member of the fixture of a test that keeps more of its own:
 *   typedef struct { PSL_TEST_FIXTURE; char *firm; } Fixture;
 * reads f->dir, f->path and f->store as its own fields and hands &f->base
 * to the calls below (the union makes them one and the same memory). */
#define PSL_TEST_FIXTURE         \
  union                          \
  {                              \
    PslTestFixture base;         \
    struct                       \
    {                            \
      PSL_TEST_FIXTURE_FIELDS;   \
    };                           \
  }

void      psl_test_fixture_setup    (PslTestFixture *f,
                                     gconstpointer   sql);
/* The same with the database's file named name (a window shows it). */
void      psl_test_fixture_open     (PslTestFixture *f,
                                     const char     *name,
                                     const char     *sql);
void      psl_test_fixture_teardown (PslTestFixture *f,
                                     gconstpointer   sql);

G_END_DECLS
