/* psl-in-work.c — the people in work now: how their follow-up goes, and the alerts still open
 *
 * Both lists are read for the Suivi page and the home page: short, the
 * most urgent first, with the count of all so that nothing hides behind
 * the cut.
 */

#define G_LOG_DOMAIN "psl-in-work"

#include "config.h"

#include "psl-i18n.h"

#include "psl-alert.h"
#include "psl-format.h"
#include "psl-in-work.h"
#include "psl-store-private.h"

/* A placement running today, started in the last six months, of the
 * team or of one member (pl). */
#define RUNNING_WHERE \
  " WHERE pl.deleted_at IS NULL AND pl.stage IN ('immersion', 'contract')" \
  "   AND pl.start_date BETWEEN date(:today, '-6 months') AND :today" \
  "   AND (pl.end_date IS NULL OR pl.end_date >= :today)" \
  "   AND (:staff IS NULL OR coalesce(pl.staff_id, (SELECT referent_id FROM person WHERE id = pl.person_id)) = :staff)"

#define RUNNING_COLUMNS "pl.id, pl.person_id, pl.company_id, pl.kind, pl.contract_type, pl.start_date, pl.planned_end"

/* Ranked on the open alerts (few), then by start, latest first, in the
 * range of placement_in_work (0032) that the count reads anyway: the
 * placements of the people at risk are picked out of it, the others
 * walked from today backwards, stopping at the limit.  What the rows say
 * of their follow-ups is read for the rows kept only.  On a file of
 * 100,000 people tens of thousands are under way: ranking them all cost
 * more than twice as much on a file twice as large, and so did looking
 * up the placements of each person at risk, hundreds of them, one by one
 * in pages the rest of the page does not read. */
#define IN_WORK_SQL \
  "WITH at_risk AS (" \
  " SELECT person_id, max(risk_level) AS risk FROM alert INDEXED BY alert_open_rank" \
  "  WHERE resolved_on IS NULL AND deleted_at IS NULL GROUP BY person_id)," \
  " ranked AS (" \
  " SELECT " RUNNING_COLUMNS ", (SELECT risk FROM at_risk WHERE person_id = pl.person_id) AS risk" \
  "   FROM placement pl INDEXED BY placement_in_work" \
  RUNNING_WHERE \
  "   AND pl.person_id IN (SELECT person_id FROM at_risk)" \
  " UNION ALL" \
  " SELECT * FROM (SELECT " RUNNING_COLUMNS ", 0 FROM placement pl INDEXED BY placement_in_work" \
  RUNNING_WHERE \
  "   AND pl.person_id NOT IN (SELECT person_id FROM at_risk)" \
  "  ORDER BY pl.start_date DESC, pl.id LIMIT :limit))," \
  " kept AS (SELECT * FROM ranked ORDER BY risk DESC, start_date DESC, id LIMIT :limit)" \
  "SELECT r.id, r.person_id, p.first_name || ' ' || p.last_name, coalesce(c.trade_name, c.legal_name)," \
  "       CASE WHEN r.kind = 'immersion' THEN NULL ELSE coalesce(ct.label, r.contract_type) END," \
  "       r.start_date, r.planned_end," \
  "       (SELECT max(f.done_on) FROM followup f WHERE f.placement_id = r.id AND f.deleted_at IS NULL)," \
  "       (SELECT min(f.due_on) FROM followup f WHERE f.placement_id = r.id AND f.done_on IS NULL" \
  "         AND f.deleted_at IS NULL)," \
  "       (SELECT count(*) FROM followup f WHERE f.placement_id = r.id AND f.done_on IS NULL" \
  "         AND f.deleted_at IS NULL AND f.due_on < :today)," \
  "       r.risk," \
  "       (SELECT a.first_name || ' ' || a.last_name FROM followup f" \
  "          JOIN staff a ON a.id = coalesce(f.updated_by, f.created_by)" \
  "         WHERE f.placement_id = r.id AND f.deleted_at IS NULL AND f.done_on IS NOT NULL" \
  "         ORDER BY f.done_on DESC LIMIT 1)," \
  "       (SELECT count(*) FROM placement pl INDEXED BY placement_in_work" RUNNING_WHERE ")" \
  "  FROM kept r JOIN person p ON p.id = r.person_id LEFT JOIN company c ON c.id = r.company_id" \
  "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = r.contract_type" \
  " ORDER BY r.risk DESC, r.start_date DESC, r.id;"

#define ALERT_COLUMNS \
  "SELECT a.id, a.person_id, p.first_name || ' ' || p.last_name, coalesce(c.trade_name, c.legal_name)," \
  "       a.risk_level, a.opened_on, a.raised_by, a.actions,"
#define ALERT_OF_STAFF "(:staff IS NULL OR coalesce(a.staff_id, p.referent_id) = :staff)"
#define ALERT_ORDER " ORDER BY a.risk_level DESC, a.opened_on, 3 LIMIT :limit;"

/* The alerts open now, a few hundred on a large file, are walked in
 * their order through alert_open_rank (0033) to the last one shown; only
 * those and the ones tied with it (same risk, same day, then ranked by
 * name) are read with their person and firm.  The others are counted in
 * the index, less those of people deleted. */
#define OPEN_ALERTS_SQL \
  "WITH walked AS (" \
  " SELECT a.risk_level, a.opened_on FROM alert a INDEXED BY alert_open_rank JOIN person p ON p.id = a.person_id" \
  "  WHERE a.resolved_on IS NULL AND a.deleted_at IS NULL AND p.deleted_at IS NULL AND " ALERT_OF_STAFF \
  "  ORDER BY a.risk_level DESC, a.opened_on LIMIT :limit)," \
  " edge AS (SELECT risk_level, opened_on FROM walked ORDER BY risk_level, opened_on DESC LIMIT 1)" \
  ALERT_COLUMNS \
  "       (SELECT count(*) FROM alert a INDEXED BY alert_open_rank" \
  "         WHERE a.resolved_on IS NULL AND a.deleted_at IS NULL" \
  "           AND a.person_id NOT IN (SELECT id FROM person INDEXED BY person_deleted WHERE deleted_at IS NOT NULL)" \
  "           AND (:staff IS NULL OR coalesce(a.staff_id, (SELECT referent_id FROM person WHERE id = a.person_id))" \
  "                = :staff))" \
  "  FROM edge e CROSS JOIN alert a INDEXED BY alert_open_rank JOIN person p ON p.id = a.person_id" \
  "  LEFT JOIN company c ON c.id = a.company_id" \
  " WHERE a.resolved_on IS NULL AND a.deleted_at IS NULL AND a.risk_level >= e.risk_level" \
  "   AND (a.risk_level > e.risk_level OR a.opened_on <= e.opened_on)" \
  "   AND p.deleted_at IS NULL AND " ALERT_OF_STAFF \
  ALERT_ORDER

/* A period's alerts, still open at its end: the report's. */
#define PERIOD_ALERTS_SQL \
  ALERT_COLUMNS " count(*) OVER ()" \
  "  FROM alert a JOIN person p ON p.id = a.person_id LEFT JOIN company c ON c.id = a.company_id" \
  " WHERE (a.resolved_on IS NULL OR a.resolved_on > :to) AND (:from IS NULL OR a.opened_on >= :from)" \
  "   AND a.opened_on <= :to AND a.deleted_at IS NULL AND p.deleted_at IS NULL AND " ALERT_OF_STAFF \
  ALERT_ORDER

void
psl_in_work_line_free (PslInWorkLine *line)
{
  if (line == NULL)
    return;
  g_free (line->placement_id);
  g_free (line->person_id);
  g_free (line->person_name);
  g_free (line->firm);
  g_free (line->what);
  g_free (line->start_date);
  g_free (line->planned_end);
  g_free (line->last_done);
  g_free (line->last_done_by);
  g_free (line->next_due);
  g_free (line);
}

void
psl_open_alert_free (PslOpenAlert *alert)
{
  if (alert == NULL)
    return;
  g_free (alert->alert_id);
  g_free (alert->person_id);
  g_free (alert->person_name);
  g_free (alert->firm);
  g_free (alert->opened_on);
  g_free (alert->raised_by);
  g_free (alert->actions);
  g_free (alert);
}

/* Runs a list statement with :today, :staff and :limit; the total is
 * the last column. */
static GPtrArray *
collect (PslStore       *store,
         const char     *sql,
         const char     *today,
         const char     *from,
         const char     *to,
         const char     *staff_id,
         guint           limit,
         guint          *total,
         gpointer      (*read) (sqlite3_stmt *stmt),
         GDestroyNotify  free_item,
         const char     *what,
         GError        **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_item);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":today", today);
  psl_bind_named (stmt, ":from", from);
  psl_bind_named (stmt, ":to", to);
  psl_bind_named (stmt, ":staff", staff_id);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);
  *total = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, sqlite3_column_count (stmt) - 1);
      g_ptr_array_add (items, read (stmt));
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), what);
      return NULL;
    }
  return g_steal_pointer (&items);
}

static gpointer
read_in_work (sqlite3_stmt *stmt)
{
  PslInWorkLine *line = g_new0 (PslInWorkLine, 1);

  line->placement_id = psl_column_dup (stmt, 0);
  line->person_id = psl_column_dup (stmt, 1);
  line->person_name = psl_column_dup (stmt, 2);
  line->firm = psl_column_dup (stmt, 3);
  line->what = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? g_strdup (_("Immersion")) : psl_column_dup (stmt, 4);
  line->start_date = psl_column_dup (stmt, 5);
  line->planned_end = psl_column_dup (stmt, 6);
  line->last_done = psl_column_dup (stmt, 7);
  line->next_due = psl_column_dup (stmt, 8);
  line->overdue = sqlite3_column_int (stmt, 9);
  line->risk = sqlite3_column_int (stmt, 10);
  line->last_done_by = psl_column_dup (stmt, 11);
  return line;
}

GPtrArray *
psl_in_work_load (PslStore    *store,
                  const char  *today,
                  const char  *staff_id,
                  guint        limit,
                  guint       *total,
                  GError     **error)
{
  return collect (store, IN_WORK_SQL, today, NULL, NULL, staff_id, limit, total, read_in_work,
                  (GDestroyNotify) psl_in_work_line_free, _("Reading the people in work"), error);
}

static gpointer
read_open_alert (sqlite3_stmt *stmt)
{
  PslOpenAlert *alert = g_new0 (PslOpenAlert, 1);

  alert->alert_id = psl_column_dup (stmt, 0);
  alert->person_id = psl_column_dup (stmt, 1);
  alert->person_name = psl_column_dup (stmt, 2);
  alert->firm = psl_column_dup (stmt, 3);
  alert->risk = sqlite3_column_int (stmt, 4);
  alert->opened_on = psl_column_dup (stmt, 5);
  alert->raised_by = psl_column_dup (stmt, 6);
  alert->actions = psl_column_dup (stmt, 7);
  return alert;
}

GPtrArray *
psl_open_alerts_load (PslStore    *store,
                      const char  *staff_id,
                      guint        limit,
                      guint       *total,
                      GError     **error)
{
  return collect (store, OPEN_ALERTS_SQL, NULL, NULL, NULL, staff_id, limit, total, read_open_alert,
                  (GDestroyNotify) psl_open_alert_free, _("Reading the alerts"), error);
}

/* The alerts opened from `from` to `to` and still open on `to`: what a
 * report of that period lists, nothing opened after it. */
GPtrArray *
psl_open_alerts_load_in (PslStore    *store,
                         const char  *staff_id,
                         const char  *from,
                         const char  *to,
                         guint        limit,
                         guint       *total,
                         GError     **error)
{
  if (to == NULL)
    return psl_open_alerts_load (store, staff_id, limit, total, error);
  return collect (store, PERIOD_ALERTS_SQL, NULL, from, to, staff_id, limit, total, read_open_alert,
                  (GDestroyNotify) psl_open_alert_free, _("Reading the alerts"), error);
}

char *
psl_open_alert_subtitle (const PslOpenAlert *alert)
{
  g_autofree char *opened = psl_format_date_short (alert->opened_on);
  g_autofree char *since = g_strdup_printf (_("opened on %s"), opened);
  GString *subtitle = g_string_new (psl_alert_risk_label (alert->risk));

  psl_append_part (subtitle, alert->firm);
  psl_append_part (subtitle, since);
  psl_append_part (subtitle, psl_alert_raiser_label (alert->raised_by));
  psl_append_part (subtitle, alert->actions);
  return g_string_free (subtitle, FALSE);
}

static void
alert_cells (gconstpointer  data,
             GPtrArray     *cells)
{
  const PslOpenAlert *alert = data;

  psl_export_cell_text (cells, alert->person_name);
  psl_export_cell_text (cells, psl_alert_risk_label (alert->risk));
  psl_export_cell_text (cells, alert->firm);
  psl_export_cell_date (cells, alert->opened_on);
  psl_export_cell_text (cells, psl_alert_raiser_label (alert->raised_by));
  psl_export_cell_text (cells, alert->actions);
}

PslExportTable *
psl_open_alerts_table (GPtrArray *alerts)
{
  const char *headers[] = { _("Person"), _("Risk"), _("Firm"), _("Opened On"), _("Raised By"), _("Actions"), NULL };

  return psl_export_table_of (_("Open Alerts"), headers, alerts, alert_cells);
}

static void
in_work_cells (gconstpointer  data,
               GPtrArray     *cells)
{
  const PslInWorkLine *line = data;

  psl_export_cell_text (cells, line->person_name);
  psl_export_cell_text (cells, line->firm);
  psl_export_cell_text (cells, line->what);
  psl_export_cell_date (cells, line->start_date);
  psl_export_cell_date (cells, line->planned_end);
  psl_export_cell_date (cells, line->last_done);
  psl_export_cell_text (cells, line->last_done_by);
  psl_export_cell_date (cells, line->next_due);
  psl_export_cell_count (cells, line->overdue);
  psl_export_cell_text (cells, psl_alert_risk_label (line->risk));
}

PslExportTable *
psl_in_work_table (GPtrArray *lines)
{
  const char *headers[] = { _("Person"), _("Firm"), _("Contract"), _("Start"), _("Planned End"),
                            _("Last Follow-up"), _("Done By"), _("Next Follow-up"), _("Follow-ups Overdue"), _("Risk"), NULL };

  return psl_export_table_of (_("In Their First Months of Work"), headers, lines, in_work_cells);
}
