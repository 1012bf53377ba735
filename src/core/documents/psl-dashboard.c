/* psl-dashboard.c — the figures and the due items shown on the home page */

#define G_LOG_DOMAIN "psl-dashboard"

#include "config.h"

#include "psl-i18n.h"

#include "psl-dashboard.h"
#include "psl-placement-list.h"
#include "psl-store-private.h"

void
psl_due_item_free (PslDueItem *item)
{
  if (item == NULL)
    return;
  g_free (item->kind);
  g_free (item->ref_id);
  g_free (item->due_on);
  g_free (item->title);
  g_free (item->label);
  g_free (item);
}

gboolean
psl_dashboard_load_figures (PslStore            *store,
                            const char          *today,
                            PslDashboardFigures *f,
                            GError             **error)
{
  /* One statement, so that the figures are read from one snapshot. */
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT"
    " (SELECT count(*) FROM company WHERE deleted_at IS NULL AND status = 'active'),"
    " (SELECT count(*) FROM company WHERE deleted_at IS NULL AND relationship_start >= date(?1, 'start of month')),"
    " (SELECT count(*) FROM company WHERE deleted_at IS NULL AND status = 'dormant'),"
    " (SELECT count(*) FROM person WHERE deleted_at IS NULL AND entered_on <= ?1 AND (exited_on IS NULL OR exited_on >= ?1)),"
    " (SELECT count(*) FROM person WHERE deleted_at IS NULL AND entered_on >= date(?1, 'start of month') AND entered_on <= ?1),"
    " (SELECT count(*) FROM placement WHERE deleted_at IS NULL AND stage IN ('immersion', 'contract')"
    "    AND start_date <= ?1 AND (end_date IS NULL OR end_date >= ?1)),"
    " (SELECT count(*) FROM opportunity WHERE deleted_at IS NULL AND status = 'open'),"
    " (SELECT count(*) FROM followup WHERE deleted_at IS NULL AND done_on IS NULL AND due_on < ?1),"
    " (SELECT count(*) FROM followup WHERE deleted_at IS NULL AND done_on IS NULL AND due_on >= ?1 AND due_on < date(?1, '+7 days')),"
    " (SELECT count(*) FROM interaction WHERE next_due IS NOT NULL AND next_done_on IS NULL AND next_due <= ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM alert WHERE deleted_at IS NULL AND resolved_on IS NULL),"
    /* As Mises en relation counts them, of people and firms not deleted;
     * those looked up for the few waiting only (a join would look up the
     * person and firm of every placement under way: a second on a large
     * file). */
    " (SELECT count(*) FROM placement p"
    "  WHERE p.deleted_at IS NULL AND p.stage IN ('proposed', 'presented', 'meeting')"
    "    AND p.updated_at < date(?1, '-" G_STRINGIFY (PSL_PLACEMENT_WAITING_DAYS) " days')"
    "    AND NOT EXISTS (SELECT 1 FROM person pe WHERE pe.id = p.person_id AND pe.deleted_at IS NOT NULL)"
    "    AND NOT EXISTS (SELECT 1 FROM company c WHERE c.id = p.company_id AND c.deleted_at IS NOT NULL));",
    error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the figures"));
      return FALSE;
    }

  f->companies_active = sqlite3_column_int64 (stmt, 0);
  f->companies_new_month = sqlite3_column_int64 (stmt, 1);
  f->companies_dormant = sqlite3_column_int64 (stmt, 2);
  f->people_followed = sqlite3_column_int64 (stmt, 3);
  f->people_new_month = sqlite3_column_int64 (stmt, 4);
  f->placements_running = sqlite3_column_int64 (stmt, 5);
  f->opportunities_open = sqlite3_column_int64 (stmt, 6);
  f->followups_overdue = sqlite3_column_int64 (stmt, 7);
  f->followups_week = sqlite3_column_int64 (stmt, 8);
  f->reminders_due = sqlite3_column_int64 (stmt, 9);
  f->alerts_open = sqlite3_column_int64 (stmt, 10);
  f->placements_waiting = sqlite3_column_int64 (stmt, 11);

  return TRUE;
}

/* Follow-ups and reminders (kind "reminder" for a firm, "partner_reminder"
 * for a partner) due up to the horizon, overdue first.  Only
 * the last month's overdue items are listed: older ones are counted on the
 * cards and belong to the Échéancier, not to the list of the day.
 *
 * Each side is read in date order from its partial index and cut at the
 * limit before the two are merged: a team with tens of thousands of
 * follow-ups left undone would otherwise have them all joined to their
 * names and sorted for a list of a dozen lines.  Ties on the last day
 * shown may then keep another few of the same day than a full sort
 * would; the day order itself is exact. */
GPtrArray *
psl_dashboard_due_items (PslStore   *store,
                         const char *today,
                         guint       horizon_days,
                         guint       limit,
                         GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_due_item_free);
  g_autofree char *horizon = g_strdup_printf ("+%u days", horizon_days);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT * FROM ("
    " SELECT * FROM ("
    "  SELECT 'followup', f.id, f.due_on, p.first_name || ' ' || p.last_name, f.label"
    "    FROM followup f JOIN person p ON p.id = f.person_id"
    "   WHERE f.deleted_at IS NULL AND f.done_on IS NULL AND f.due_on <= date(?1, ?2)"
    "     AND f.due_on >= date(?1, '-30 days')"
    "   ORDER BY f.due_on LIMIT ?3)"
    " UNION ALL"
    " SELECT * FROM ("
    "  SELECT CASE WHEN i.company_id IS NULL THEN 'partner_reminder' ELSE 'reminder' END,"
    "         i.id, i.next_due, coalesce(c.trade_name, c.legal_name, pa.name), i.next_step"
    "    FROM interaction i LEFT JOIN company c ON c.id = i.company_id"
    "    LEFT JOIN partner pa ON pa.id = i.partner_id"
    "   WHERE i.deleted_at IS NULL AND i.next_due IS NOT NULL AND i.next_done_on IS NULL"
    "     AND i.next_due <= date(?1, ?2) AND i.next_due >= date(?1, '-30 days')"
    "   ORDER BY i.next_due LIMIT ?3))"
    " ORDER BY 3, 4 LIMIT ?3;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, horizon, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslDueItem *item = g_new0 (PslDueItem, 1);

      item->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->ref_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->due_on = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->label = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the due items"));
      return NULL;
    }

  return g_steal_pointer (&items);
}
