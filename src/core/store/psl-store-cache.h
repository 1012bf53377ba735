/* psl-store-cache.h — prepared statements kept for reuse */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* A statement lent by the cache: given back (reset, bindings cleared) when
 * it goes out of scope, never finalized by its borrower. */
typedef sqlite3_stmt PslCachedStmt;

PslCachedStmt *psl_stmt_cache_lend    (sqlite3       *db,
                                       const char    *sql,
                                       GError       **error);
void           psl_stmt_cache_return  (PslCachedStmt *stmt);
void           psl_stmt_cache_forget  (sqlite3       *db);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCachedStmt, psl_stmt_cache_return)

G_END_DECLS
