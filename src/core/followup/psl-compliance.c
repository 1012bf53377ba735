/* psl-compliance.c — how well follow-up in work is kept: the figures a period gives, for a counsellor or all
 *
 * A follow-up belongs to the period it was first planned in: moving it
 * does not take it out of the month it was owed to, and lateness is
 * counted from that first date.  A rupture is an immersion or a contract
 * ended before its term by someone (the employer, the person, the
 * structure); it is counted by its cause and by the month of the contract
 * it happened in, since most happen in the first ones (seed 000).
 */

#define G_LOG_DOMAIN "psl-compliance"

#include "config.h"

#include "psl-i18n.h"
#include <stdlib.h>

#include "psl-compliance.h"
#include "psl-format.h"
#include "psl-store-private.h"

/* "Done on time" allows the structure's tolerance (a week unless the
 * preferences say otherwise): a visit made three days after its date
 * was made on time as a team, or a funder, reads it. */

#define FOLLOWUP_SQL \
  "SELECT count(*)," \
  "       count(*) FILTER (WHERE f.done_on IS NOT NULL" \
  "                          AND f.done_on <= date(coalesce(f.planned_on, f.due_on), :tolerance))," \
  "       count(*) FILTER (WHERE f.done_on > date(coalesce(f.planned_on, f.due_on), :tolerance))," \
  "       count(*) FILTER (WHERE f.done_on IS NULL AND f.due_on < :today)," \
  "       count(*) FILTER (WHERE f.done_on IS NULL AND f.due_on >= :today)," \
  "       count(*) FILTER (WHERE f.done_on IS NOT NULL AND f.tripartite = 1)" \
  "  FROM followup f" \
  " WHERE f.deleted_at IS NULL AND coalesce(f.planned_on, f.due_on) BETWEEN :from AND :to" \
  "   AND (:staff IS NULL OR f.staff_id = :staff)" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM person WHERE id = f.person_id) = :antenna);"

/* A placement counts for its counsellor, else the person's, and for the
 * person's antenna.  The person is read only when a filter asks: for the
 * whole team a year of placements is read from their index alone. */
#define PERSON_FILTER \
  "   AND (:staff IS NULL OR coalesce(pl.staff_id, (SELECT referent_id FROM person WHERE id = pl.person_id))" \
  "        = :staff)" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM person WHERE id = pl.person_id) = :antenna)"

/* The starts with their first follow-up done as the writes keep them
 * (activity_start, data/migrations/0028-activity-summaries.sql). */
#define STARTS_SQL \
  "SELECT pl.start_date, pl.first_done FROM activity_start pl" \
  " WHERE pl.start_date BETWEEN :from AND :to" \
  PERSON_FILTER ";"

#define ALERTS_SQL \
  "SELECT count(*), count(*) FILTER (WHERE resolved_on <= :to) FROM alert" \
  " WHERE deleted_at IS NULL AND opened_on BETWEEN :from AND :to AND (:staff IS NULL OR staff_id = :staff)" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM person WHERE id = alert.person_id) = :antenna);"

#define RUPTURES_SQL \
  "SELECT pl.start_date, pl.end_date, pl.end_reason, coalesce(rc.label, pl.end_reason)" \
  "  FROM placement pl" \
  "  LEFT JOIN ref_item rc ON rc.list_code = 'rupture_cause' AND rc.code = pl.end_reason" \
  " WHERE pl.deleted_at IS NULL AND pl.kind IS NOT NULL AND pl.end_date BETWEEN :from AND :to" \
  "   AND pl.ended_by IN ('employer', 'person', 'structure')" \
  PERSON_FILTER ";"

void
psl_compliance_free (PslCompliance *compliance)
{
  g_ptr_array_unref (compliance->by_cause);
  g_free (compliance);
}

static void
code_count_free (PslCodeCount *count)
{
  g_free (count->code);
  g_free (count->label);
  g_free (count);
}

static sqlite3_stmt *
prepare (PslStore   *store,
         const char *sql,
         const char *from,
         const char *to,
         const char *today,
         const char *staff_id,
         const char *antenna_id,
         GError    **error)
{
  sqlite3_stmt *stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":from", from);
  psl_bind_named (stmt, ":to", to);
  psl_bind_named (stmt, ":today", today);
  psl_bind_named (stmt, ":staff", staff_id);
  psl_bind_named (stmt, ":antenna", antenna_id);
  return stmt;
}

static gboolean
failed (PslStore  *store,
        GError   **error)
{
  psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the follow-up figures"));
  return FALSE;
}

static int
by_double (gconstpointer a,
           gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
by_count (gconstpointer a,
          gconstpointer b)
{
  const PslCodeCount *x = *(PslCodeCount **) a;
  const PslCodeCount *y = *(PslCodeCount **) b;

  return x->count != y->count ? (x->count < y->count ? 1 : -1) : g_strcmp0 (x->label, y->label);
}

static gboolean
read_starts (PslStore      *store,
             PslCompliance *c,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (double));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      c->starts++;
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          g_autoptr(GDate) start = psl_date_parse ((const char *) sqlite3_column_text (stmt, 0));
          g_autoptr(GDate) first = psl_date_parse ((const char *) sqlite3_column_text (stmt, 1));
          double d;

          if (start == NULL || first == NULL)
            continue;
          d = MAX (g_date_days_between (start, first), 0);
          g_array_append_val (days, d);
        }
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);
  c->first_days = -1;
  if (days->len > 0)
    {
      g_array_sort (days, by_double);
      c->first_days = days->len % 2 == 1 ? g_array_index (days, double, days->len / 2)
                      : (g_array_index (days, double, days->len / 2 - 1) + g_array_index (days, double, days->len / 2)) / 2;
    }
  return TRUE;
}

static gboolean
read_ruptures (PslStore      *store,
               PslCompliance *c,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GHashTable) causes = g_hash_table_new (g_str_hash, g_str_equal);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 2);
      int months = psl_whole_months ((const char *) sqlite3_column_text (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 1), FALSE);
      PslCodeCount *count;

      c->ruptures++;
      if (months >= 0)
        c->by_month[months < 12 ? months + 1 : 0]++;
      if (code == NULL)
        code = "";
      count = g_hash_table_lookup (causes, code);
      if (count == NULL)
        {
          count = g_new0 (PslCodeCount, 1);
          count->code = g_strdup (code);
          count->label = *code != '\0' ? psl_column_dup (stmt, 3) : g_strdup (_("Cause not recorded"));
          g_hash_table_insert (causes, count->code, count);
          g_ptr_array_add (c->by_cause, count);
        }
      count->count++;
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);
  g_ptr_array_sort (c->by_cause, by_count);
  return TRUE;
}

PslCompliance *
psl_compliance_load (PslStore    *store,
                     const char  *from,
                     const char  *to,
                     const char  *today,
                     const char  *staff_id,
                     const char  *antenna_id,
                     GError     **error)
{
  g_autoptr(PslCompliance) c = g_new0 (PslCompliance, 1);
  g_autoptr(sqlite3_stmt) followups = NULL;
  g_autoptr(sqlite3_stmt) starts = NULL;
  g_autoptr(sqlite3_stmt) alerts = NULL;
  g_autoptr(sqlite3_stmt) ruptures = NULL;
  g_autofree char *tolerance = NULL;

  c->by_cause = g_ptr_array_new_with_free_func ((GDestroyNotify) code_count_free);
  c->first_days = -1;
  if (!psl_date_is_iso (from) || !psl_date_is_iso (to) || !psl_date_is_iso (today) || g_strcmp0 (to, from) < 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The period needs a first and a last day, in that order."));
      return NULL;
    }
  if ((followups = prepare (store, FOLLOWUP_SQL, from, to, today, staff_id, antenna_id, error)) == NULL)
    return NULL;
  c->tolerance = psl_followup_tolerance_get (store);
  tolerance = g_strdup_printf ("+%u days", c->tolerance);
  psl_bind_named (followups, ":tolerance", tolerance);
  if (sqlite3_step (followups) != SQLITE_ROW)
    {
      failed (store, error);
      return NULL;
    }
  c->planned = sqlite3_column_int (followups, 0);
  c->on_time = sqlite3_column_int (followups, 1);
  c->late = sqlite3_column_int (followups, 2);
  c->missed = sqlite3_column_int (followups, 3);
  c->pending = sqlite3_column_int (followups, 4);
  c->tripartite = sqlite3_column_int (followups, 5);

  if ((starts = prepare (store, STARTS_SQL, from, to, today, staff_id, antenna_id, error)) == NULL
      || !read_starts (store, c, starts, error))
    return NULL;
  if ((alerts = prepare (store, ALERTS_SQL, from, to, today, staff_id, antenna_id, error)) == NULL)
    return NULL;
  if (sqlite3_step (alerts) != SQLITE_ROW)
    {
      failed (store, error);
      return NULL;
    }
  c->alerts_opened = sqlite3_column_int (alerts, 0);
  c->alerts_resolved = sqlite3_column_int (alerts, 1);
  if ((ruptures = prepare (store, RUPTURES_SQL, from, to, today, staff_id, antenna_id, error)) == NULL
      || !read_ruptures (store, c, ruptures, error))
    return NULL;
  return g_steal_pointer (&c);
}

guint
psl_followup_tolerance_get (PslStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT followup_tolerance_days FROM structure WHERE id = (SELECT structure_id FROM site WHERE id = ?1);",
    psl_store_get_site_id (store), NULL, NULL);

  if (stmt == NULL || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return PSL_FOLLOWUP_TOLERANCE_DEFAULT;
  return (guint) CLAMP (sqlite3_column_int (stmt, 0), 0, PSL_FOLLOWUP_TOLERANCE_MAX);
}

gboolean
psl_followup_tolerance_set (PslStore  *store,
                            guint      days,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (days > PSL_FOLLOWUP_TOLERANCE_MAX)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The tolerance is at most %d days."), PSL_FOLLOWUP_TOLERANCE_MAX);
      return FALSE;
    }
  stmt = psl_store_prepare (store,
    "UPDATE structure SET followup_tolerance_days = ?1 WHERE id = (SELECT structure_id FROM site WHERE id = ?2);",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) days);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

void
psl_period_bounds (PslPeriod    period,
                   const char  *today,
                   char       **from,
                   char       **to)
{
  g_autoptr(GDate) first = psl_date_parse (today);
  g_autoptr(GDate) last = psl_date_parse (today);

  g_return_if_fail (first != NULL);
  g_date_set_day (last, g_date_get_days_in_month (g_date_get_month (last), g_date_get_year (last)));
  g_date_set_day (first, 1);
  if (period == PSL_PERIOD_QUARTER)
    g_date_subtract_months (first, 2);
  else if (period == PSL_PERIOD_YEAR)
    g_date_set_month (first, G_DATE_JANUARY);
  *from = psl_date_to_iso (first);
  *to = psl_date_to_iso (last);
}
