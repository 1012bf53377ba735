/* psl-demo-bulk.c — the sizes, and what makes the large file quick to write
 *
 * The demonstration and the benchmark's large file (two million
 * interactions) are made by the same code with other sizes.  The large
 * one is written in a couple of minutes because durability is traded for
 * speed while it runs (rollback journal in memory, no sync) and the
 * secondary indexes are dropped and built again once at the end.  Apart
 * because it is about the file, not about what the rows say.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include "psl-demo-private.h"
#include "psl-summaries.h"

/* Secondary indexes are built once at the end, from sorted data, rather
 * than kept up to date through millions of random inserts.  They are
 * dropped in the transaction, so a failure brings them back.  So are the
 * triggers that keep the summaries (psl_summaries_triggers ()): without
 * the indexes, some of them (a firm's last contact, the map's links)
 * would read a whole table per row inserted; every summary is counted
 * again at the end. */
gboolean
psl_demo_drop_indexes (Gen *g)
{
  g_autofree char *sql = g_strdup_printf ("SELECT type, name, sql FROM sqlite_master"
                                          " WHERE (type = 'index' AND sql IS NOT NULL)"
                                          "    OR (type = 'trigger' AND %s)"
                                          " ORDER BY type, name;", psl_summaries_triggers ());
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (g->store, sql, &g->error);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean index = g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "index");

      g_ptr_array_add (drops, g_strdup_printf ("DROP %s \"%s\";", index ? "INDEX" : "TRIGGER",
                                               (const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (g->indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }

  for (guint i = 0; i < drops->len; i++)
    if (!psl_demo_exec (g, drops->pdata[i]))
      return FALSE;

  return TRUE;
}

gboolean
psl_demo_restore_indexes (Gen *g)
{
  for (guint i = 0; i < g->indexes->len; i++)
    {
      if (!psl_demo_exec (g, g->indexes->pdata[i]))
        return FALSE;
      psl_demo_progress_to (g, (double) (i + 1) / g->indexes->len);
    }

  return psl_summaries_rebuild (g->store, &g->error);
}

void
psl_demo_size_default (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 8, .partners = 25, .companies = 300, .contacts = 750, .people = 600,
    .interactions = 9000, .opportunities = 700, .placements = 900, .seed = 20261122,
  };
}

void
psl_demo_size_large (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 60, .partners = 300, .companies = 20000, .contacts = 60000, .people = 100000,
    .interactions = 2000000, .opportunities = 100000, .placements = 200000, .seed = 42,
  };
}

/* A structure factor times as large: as many more staff, firms, people
 * and everything they do, for the benchmark to see how each cost grows
 * with the data.  The seed stays, so a size is always the same file. */
void
psl_demo_size_scale (PslDemoSize *size,
                     guint        factor)
{
  guint *counts[] = {
    &size->staff, &size->partners, &size->companies, &size->contacts, &size->people,
    &size->interactions, &size->opportunities, &size->placements,
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    *counts[i] *= factor;
}

/* Demo data can be made again: while it is written, durability is traded
 * for speed.  The rollback journal stays in memory (a transaction can
 * still be rolled back) instead of writing everything twice through the
 * WAL; this needs the only connection to the file, else WAL stays. */
gboolean
psl_demo_begin_bulk (Gen *g)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean in_memory = FALSE;

  stmt = psl_store_prepare (g->store, "PRAGMA journal_mode = MEMORY;", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    in_memory = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "memory") == 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  sqlite3_exec (g->db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", NULL, NULL, NULL);
  return in_memory;
}

void
psl_demo_end_bulk (Gen      *g,
                   gboolean  in_memory)
{
  if (in_memory)
    sqlite3_exec (g->db, "PRAGMA journal_mode = WAL;", NULL, NULL, NULL);
  sqlite3_exec (g->db, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000;", NULL, NULL, NULL);
}
