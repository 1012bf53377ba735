/* psl-store-cache.c — prepared statements kept for reuse
 *
 * Preparing a statement parses it and codes its triggers again; a loop
 * that runs the same few statements for each of 100,000 rows (an import)
 * spends most of its time there.  A statement prepared once per
 * connection is lent instead, and given back reset.  A statement already
 * lent (the same SQL asked again from a nested call, or from the other
 * thread sharing the connection) is prepared anew and finalized when it
 * comes back, so that two borrowers never share one.
 */

#define G_LOG_DOMAIN "psl-store"

#include "config.h"

#include "psl-store.h"
#include "psl-store-cache.h"
#include "psl-store-private.h"

typedef struct
{
  sqlite3_stmt *stmt;
  gboolean      lent;
} Entry;

typedef struct
{
  GHashTable *by_sql;    /* SQL → Entry */
  GHashTable *by_stmt;   /* statement → Entry */
} Cache;

static GMutex lock;
static GHashTable *caches;   /* sqlite3 * → Cache */

static void
entry_free (Entry *entry)
{
  sqlite3_finalize (entry->stmt);
  g_free (entry);
}

static void
cache_free (Cache *cache)
{
  g_hash_table_unref (cache->by_stmt);
  g_hash_table_unref (cache->by_sql);
  g_free (cache);
}

PslCachedStmt *
psl_stmt_cache_lend (sqlite3    *db,
                     const char *sql,
                     GError    **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  sqlite3_stmt *stmt = NULL;
  Cache *cache;
  Entry *entry;

  if (caches == NULL)
    caches = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cache_free);
  cache = g_hash_table_lookup (caches, db);
  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->by_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) entry_free);
      cache->by_stmt = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (caches, db, cache);
    }

  entry = g_hash_table_lookup (cache->by_sql, sql);
  if (entry != NULL && !entry->lent)
    {
      entry->lent = TRUE;
      return entry->stmt;
    }

  if (sqlite3_prepare_v3 (db, sql, -1, entry == NULL ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (error, db, NULL);
      return NULL;
    }
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->stmt = stmt;
      entry->lent = TRUE;
      g_hash_table_insert (cache->by_sql, g_strdup (sql), entry);
      g_hash_table_insert (cache->by_stmt, stmt, entry);
    }
  return stmt;
}

void
psl_stmt_cache_return (PslCachedStmt *stmt)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  Cache *cache = caches != NULL ? g_hash_table_lookup (caches, sqlite3_db_handle (stmt)) : NULL;
  Entry *entry = cache != NULL ? g_hash_table_lookup (cache->by_stmt, stmt) : NULL;

  if (entry == NULL)
    {
      /* Prepared while the kept one was lent. */
      sqlite3_finalize (stmt);
      return;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  entry->lent = FALSE;
}

/* Before the connection closes: it cannot while statements remain. */
void
psl_stmt_cache_forget (sqlite3 *db)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (caches != NULL)
    g_hash_table_remove (caches, db);
}
