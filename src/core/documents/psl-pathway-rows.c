/* psl-pathway-rows.c — what a person's pathway on paper reads: who, and the barriers */

#define G_LOG_DOMAIN "psl-documents"

#include "config.h"

#include "psl-i18n.h"

#include "psl-document-rows.h"
#include "psl-store-private.h"

void
psl_pathway_summary_free (PslPathwaySummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->name);
  g_free (summary->entered_on);
  g_free (summary->exited_on);
  g_free (summary->outcome);
  g_free (summary->referent);
  g_free (summary->situation);
  g_free (summary->project);
  g_free (summary->commune);
  g_free (summary);
}

PslPathwaySummary *
psl_pathway_summary_load (PslStore    *store,
                          const char  *person_id,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT p.first_name || ' ' || p.last_name, p.entered_on, p.exited_on,"
    "       (SELECT label FROM ref_item WHERE list_code = 'outcome' AND code = p.exit_outcome),"
    "       (SELECT first_name || ' ' || last_name FROM staff WHERE id = p.referent_id),"
    "       (SELECT label FROM ref_item WHERE list_code = 'situation' AND code = p.situation),"
    "       p.project, p.commune"
    "  FROM person p WHERE p.id = ?1 AND p.deleted_at IS NULL AND p.merged_into IS NULL;",
    person_id, _("Reading the person"), error);
  PslPathwaySummary *summary;

  if (stmt == NULL)
    return NULL;
  summary = g_new0 (PslPathwaySummary, 1);
  summary->name = psl_column_dup (stmt, 0);
  summary->entered_on = psl_column_dup (stmt, 1);
  summary->exited_on = psl_column_dup (stmt, 2);
  summary->outcome = psl_column_dup (stmt, 3);
  summary->referent = psl_column_dup (stmt, 4);
  summary->situation = psl_column_dup (stmt, 5);
  summary->project = psl_column_dup (stmt, 6);
  summary->commune = psl_column_dup (stmt, 7);
  return summary;
}

static void
barrier_free (PslPathwayBarrier *barrier)
{
  g_free (barrier->identified_on);
  g_free (barrier->lifted_on);
  g_free (barrier->status);
  g_free (barrier->label);
  g_free (barrier);
}

static gpointer
read_barrier (sqlite3_stmt *stmt)
{
  PslPathwayBarrier *barrier = g_new0 (PslPathwayBarrier, 1);

  barrier->identified_on = psl_column_dup (stmt, 0);
  barrier->lifted_on = psl_column_dup (stmt, 1);
  barrier->status = psl_column_dup (stmt, 2);
  barrier->label = psl_column_dup (stmt, 3);
  barrier->sensitive = sqlite3_column_int (stmt, 4) != 0;
  return barrier;
}

GPtrArray *
psl_pathway_barriers (PslStore    *store,
                      const char  *person_id,
                      GError     **error)
{
  return psl_store_collect (store,
    "SELECT b.identified_on, b.lifted_on, b.status, coalesce(r.label, b.code), coalesce(r.sensitive, 0)"
    "  FROM barrier b LEFT JOIN ref_item r ON r.list_code = 'barrier' AND r.code = b.code"
    " WHERE b.person_id = ?1 AND b.deleted_at IS NULL ORDER BY b.identified_on;",
    person_id, read_barrier, (GDestroyNotify) barrier_free, _("Reading the barriers"), error);
}
