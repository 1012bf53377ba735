/* psl-import-index.c — the keys of the records already known, read once per import
 *
 * Whether a row of the file is a record already there (a firm by SIRET or
 * by name and postcode, a person by name and date of birth, a contact by
 * name at the same firm) was one query per row, each reading and folding
 * the names of every candidate: with 20,000 firms in 300 postcodes, or
 * 100,000 people, most of an import went there.  The keys are read once,
 * folded once, and kept in hash tables; each record the import makes is
 * added, so that the same firm twice in one file is one.  A row rolled
 * back takes its keys out again.
 */

#define G_LOG_DOMAIN "psl-import"

#include "config.h"

#include <string.h>

#include "psl-company-list.h"
#include "psl-ident.h"
#include "psl-import-index.h"
#include "psl-import-match.h"
#include "psl-store-private.h"

struct _PslImportIndex
{
  PslStore   *store;
  gboolean    firms_loaded, people_loaded, contacts_loaded;
  GHashTable *firm_ids;       /* identifier digits → id */
  GHashTable *firm_places;    /* postcode \x1f folded name → id */
  GHashTable *firm_names;     /* normalized legal or trade name → GPtrArray of ids */
  GHashTable *people;         /* folded first \x1f folded last \x1f birth date → id */
  GHashTable *contacts;       /* firm id \x1f normalized first \x1f last → id */
  GPtrArray  *pending;        /* (table, key, id) added by the row being stored */
};

typedef struct
{
  GHashTable *table;
  char       *key;
  char       *id;
} Added;

static void
added_free (Added *added)
{
  g_free (added->key);
  g_free (added->id);
  g_free (added);
}

PslImportIndex *
psl_import_index_new (PslStore *store)
{
  PslImportIndex *index = g_new0 (PslImportIndex, 1);

  index->store = g_object_ref (store);
  index->firm_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->firm_places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->firm_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) added_free);
  return index;
}

void
psl_import_index_free (PslImportIndex *index)
{
  if (index == NULL)
    return;
  g_object_unref (index->store);
  g_hash_table_unref (index->firm_ids);
  g_hash_table_unref (index->firm_places);
  g_hash_table_unref (index->firm_names);
  g_hash_table_unref (index->people);
  g_hash_table_unref (index->contacts);
  g_ptr_array_unref (index->pending);
  g_free (index);
}

/* As psl_company_find_duplicate() compares names: no case, no accents. */
static char *
place_key (const char *legal_name,
           const char *postcode)
{
  g_autofree char *folded = NULL;
  g_autofree char *ascii = NULL;

  if (legal_name == NULL || postcode == NULL)
    return NULL;
  folded = g_utf8_casefold (legal_name, -1);
  ascii = g_str_to_ascii (g_strstrip (folded), NULL);
  return g_strconcat (postcode, "\x1f", ascii, NULL);
}

static char *
person_key (const char *first_name,
            const char *last_name,
            const char *birth_date)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  /* Without a date of birth two people of the same name are not presumed one. */
  if (birth_date == NULL || *birth_date == '\0')
    return NULL;
  first = psl_fold (first_name);
  last = psl_fold (last_name);
  return g_strconcat (g_strstrip (first), "\x1f", g_strstrip (last), "\x1f", birth_date, NULL);
}

static char *
contact_key (const char *company_id,
             const char *first_name,
             const char *last_name)
{
  g_autofree char *first = psl_match_normalize (first_name);
  g_autofree char *last = psl_match_normalize (last_name);

  return g_strconcat (company_id, "\x1f", first, "\x1f", last, NULL);
}

/* The first record of a key wins, as the queries' order said. */
static void
add_key (PslImportIndex *index,
         GHashTable     *table,
         char           *key,
         const char     *id,
         gboolean        loading)
{
  Added *added;

  if (key == NULL || g_hash_table_contains (table, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_insert (table, key, g_strdup (id));
  if (loading)
    return;
  added = g_new0 (Added, 1);
  added->table = table;
  added->key = g_strdup (key);
  g_ptr_array_add (index->pending, added);
}

static void
add_name (PslImportIndex *index,
          const char     *name,
          const char     *id,
          gboolean        loading)
{
  g_autofree char *norm = NULL;
  GPtrArray *ids;
  Added *added;

  if (name == NULL || *name == '\0')
    return;
  norm = psl_match_normalize (name);
  ids = g_hash_table_lookup (index->firm_names, norm);
  if (ids == NULL)
    {
      ids = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (index->firm_names, g_strdup (norm), ids);
    }
  if (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
    return;
  g_ptr_array_add (ids, g_strdup (id));
  if (loading)
    return;
  added = g_new0 (Added, 1);
  added->table = index->firm_names;
  added->key = g_steal_pointer (&norm);
  added->id = g_strdup (id);
  g_ptr_array_add (index->pending, added);
}

static void
add_firm (PslImportIndex *index,
          const char     *id,
          const char     *identifier,
          const char     *legal_name,
          const char     *trade_name,
          const char     *postcode,
          gboolean        loading)
{
  g_autofree char *digits = identifier != NULL ? psl_ident_normalize (identifier) : NULL;

  if (digits != NULL && *digits != '\0')
    add_key (index, index->firm_ids, g_steal_pointer (&digits), id, loading);
  add_key (index, index->firm_places, place_key (legal_name, postcode), id, loading);
  add_name (index, legal_name, id, loading);
  add_name (index, trade_name, id, loading);
}

gboolean
psl_import_index_load_firms (PslImportIndex *index,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (index->firms_loaded)
    return TRUE;
  stmt = psl_store_prepare (index->store, "SELECT id, identifier, legal_name, trade_name, postcode FROM company"
                                          " WHERE deleted_at IS NULL ORDER BY rowid;", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_firm (index, (const char *) sqlite3_column_text (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
              (const char *) sqlite3_column_text (stmt, 2), (const char *) sqlite3_column_text (stmt, 3),
              (const char *) sqlite3_column_text (stmt, 4), TRUE);
  index->firms_loaded = TRUE;
  return TRUE;
}

gboolean
psl_import_index_load_people (PslImportIndex *index,
                              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (index->people_loaded)
    return TRUE;
  /* The oldest pathway first: a row is merged into it. */
  stmt = psl_store_prepare (index->store, "SELECT id, first_name, last_name, birth_date FROM person"
                                          " WHERE deleted_at IS NULL AND birth_date IS NOT NULL"
                                          " ORDER BY entered_on;", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_key (index, index->people,
             person_key ((const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
                         (const char *) sqlite3_column_text (stmt, 3)),
             (const char *) sqlite3_column_text (stmt, 0), TRUE);
  index->people_loaded = TRUE;
  return TRUE;
}

gboolean
psl_import_index_load_contacts (PslImportIndex *index,
                                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (index->contacts_loaded)
    return TRUE;
  stmt = psl_store_prepare (index->store, "SELECT id, company_id, first_name, last_name FROM contact"
                                          " WHERE deleted_at IS NULL AND company_id IS NOT NULL ORDER BY rowid;",
                            error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    add_key (index, index->contacts,
             contact_key ((const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
                          (const char *) sqlite3_column_text (stmt, 3)),
             (const char *) sqlite3_column_text (stmt, 0), TRUE);
  index->contacts_loaded = TRUE;
  return TRUE;
}

/* Same identifier, or same name (no case, no accents) in the same postcode. */
const char *
psl_import_index_firm (PslImportIndex *index,
                       const char     *identifier,
                       const char     *legal_name,
                       const char     *postcode)
{
  g_autofree char *digits = identifier != NULL ? psl_ident_normalize (identifier) : NULL;
  g_autofree char *key = NULL;
  const char *id;

  if (digits != NULL && *digits != '\0' && (id = g_hash_table_lookup (index->firm_ids, digits)) != NULL)
    return id;
  key = place_key (legal_name, postcode);
  return key != NULL ? g_hash_table_lookup (index->firm_places, key) : NULL;
}

/* A firm known by its name alone, when only one has it. */
const char *
psl_import_index_firm_by_name (PslImportIndex *index,
                               const char     *name)
{
  g_autofree char *norm = psl_match_normalize (name);
  GPtrArray *ids = g_hash_table_lookup (index->firm_names, norm);

  return ids != NULL && ids->len == 1 ? g_ptr_array_index (ids, 0) : NULL;
}

const char *
psl_import_index_person (PslImportIndex *index,
                         const char     *first_name,
                         const char     *last_name,
                         const char     *birth_date)
{
  g_autofree char *key = person_key (first_name, last_name, birth_date);

  return key != NULL ? g_hash_table_lookup (index->people, key) : NULL;
}

const char *
psl_import_index_contact (PslImportIndex *index,
                          const char     *company_id,
                          const char     *first_name,
                          const char     *last_name)
{
  g_autofree char *key = contact_key (company_id, first_name, last_name);

  return g_hash_table_lookup (index->contacts, key);
}

void
psl_import_index_add_firm (PslImportIndex *index,
                           const char     *id,
                           const char     *identifier,
                           const char     *legal_name,
                           const char     *trade_name,
                           const char     *postcode)
{
  add_firm (index, id, identifier, legal_name, trade_name, postcode, FALSE);
}

void
psl_import_index_add_person (PslImportIndex *index,
                             const char     *id,
                             const char     *first_name,
                             const char     *last_name,
                             const char     *birth_date)
{
  add_key (index, index->people, person_key (first_name, last_name, birth_date), id, FALSE);
}

void
psl_import_index_add_contact (PslImportIndex *index,
                              const char     *id,
                              const char     *company_id,
                              const char     *first_name,
                              const char     *last_name)
{
  add_key (index, index->contacts, contact_key (company_id, first_name, last_name), id, FALSE);
}

/* The row is stored (kept) or rolled back: its keys stay or go. */
void
psl_import_index_row_done (PslImportIndex *index,
                           gboolean        kept)
{
  for (guint i = 0; !kept && i < index->pending->len; i++)
    {
      Added *added = g_ptr_array_index (index->pending, i);

      if (added->table == index->firm_names)
        {
          GPtrArray *ids = g_hash_table_lookup (index->firm_names, added->key);
          guint at;

          if (ids != NULL && g_ptr_array_find_with_equal_func (ids, added->id, g_str_equal, &at))
            g_ptr_array_remove_index (ids, at);
        }
      else
        g_hash_table_remove (added->table, added->key);
    }
  g_ptr_array_set_size (index->pending, 0);
}
