/* psl-processing-rows.c — the figures the record of processing (GDPR, article 30) prints */

#define G_LOG_DOMAIN "psl-documents"

#include "config.h"

#include "psl-document-rows.h"
#include "psl-store-private.h"

void
psl_processing_figures_load (PslStore             *store,
                             PslProcessingFigures *figures)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  figures->people = psl_store_count (store, "SELECT count(*) FROM person WHERE deleted_at IS NULL AND anonymised_on IS NULL;",
                                     NULL);
  figures->contacts = psl_store_count (store, "SELECT count(*) FROM contact WHERE deleted_at IS NULL;", NULL);
  figures->staff = psl_store_count (store, "SELECT count(*) FROM staff WHERE active = 1;", NULL);
  figures->sites = psl_store_count (store, "SELECT count(*) FROM site WHERE retired_at IS NULL;", NULL);
  stmt = psl_store_prepare (store,
    "SELECT group_concat(first_name || ' ' || last_name, ', ') FROM staff WHERE role = 'direction' AND active = 1;",
    NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    figures->directors = psl_column_dup (stmt, 0);
}

void
psl_processing_figures_clear (PslProcessingFigures *figures)
{
  g_clear_pointer (&figures->directors, g_free);
}
