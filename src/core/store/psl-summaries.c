/* psl-summaries.c — the counts the writes keep, made again from the rows and checked against them
 *
 * Two tables are kept by triggers (data/migrations/0016-perf-summaries.sql)
 * so that the pages of a large file count without reading millions of
 * rows: interaction_month, the contacts with each firm by month (the
 * partnership map), and survey_due, the calls to make after exit while no
 * survey is recorded (the Échéancier).  Both are this file's own sums:
 * they have no site_id and never travel; another site's changes reach them
 * through the same triggers.  The statements below are what they must
 * equal at any time.
 */

#define G_LOG_DOMAIN "psl-summaries"

#include "config.h"

#include "psl-i18n.h"

#include "psl-summaries.h"
#include "psl-store-private.h"

#define INTERACTION_MONTH_RECOUNT \
  "SELECT substr(occurred_at, 1, 7), company_id, count(*) FROM interaction" \
  " WHERE deleted_at IS NULL AND company_id IS NOT NULL GROUP BY 1, 2"

/* A view of the migration, which its triggers use too. */
#define SURVEY_DUE_RECOUNT \
  "SELECT person_id, months, exited_on, due_on, referent_id FROM survey_due_recount"

gboolean
psl_summaries_rebuild (PslStore  *store,
                       GError   **error)
{
  if (!psl_store_exec (store, "SAVEPOINT summaries;", error))
    return FALSE;
  if (!psl_store_exec (store,
                       "DELETE FROM interaction_month;"
                       "INSERT INTO interaction_month (month, company_id, n) " INTERACTION_MONTH_RECOUNT ";"
                       "DELETE FROM survey_due;"
                       "INSERT INTO survey_due (person_id, months, exited_on, due_on, referent_id) "
                       SURVEY_DUE_RECOUNT ";"
                       "RELEASE summaries;",
                       error))
    {
      /* Half made is worse than stale: the summaries stay as they were. */
      psl_store_exec (store, "ROLLBACK TO summaries; RELEASE summaries;", NULL);
      return FALSE;
    }
  return TRUE;
}

gint64
psl_summaries_differences (PslStore  *store,
                           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT (SELECT count(*) FROM (SELECT month, company_id, n FROM interaction_month"
    "                              EXCEPT " INTERACTION_MONTH_RECOUNT "))"
    "     + (SELECT count(*) FROM (" INTERACTION_MONTH_RECOUNT
    "                              EXCEPT SELECT month, company_id, n FROM interaction_month))"
    "     + (SELECT count(*) FROM (SELECT person_id, months, exited_on, due_on, referent_id FROM survey_due"
    "                              EXCEPT " SURVEY_DUE_RECOUNT "))"
    "     + (SELECT count(*) FROM (" SURVEY_DUE_RECOUNT
    "                              EXCEPT SELECT person_id, months, exited_on, due_on, referent_id FROM survey_due));",
    error);

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Checking the kept counts"));
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}
