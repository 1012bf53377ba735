/* psl-schedule.c — the Échéancier: everything due, for a counsellor or the whole team
 *
 * One list from six sources: follow-ups in work, the next steps agreed
 * with firms and partners, contracts coming to their planned end, the
 * contracts of commitments to review, and the people to call back six
 * and twelve months after they left.  Each source is read through an
 * index on its date, for one counsellor or for all; what is more than a
 * year overdue is left out (it is counted as missed, not as work to do).
 */

#define G_LOG_DOMAIN "psl-schedule"

#include "config.h"

#include "psl-i18n.h"
#include <string.h>

#include "psl-format.h"
#include "psl-ref.h"
#include "psl-schedule.h"
#include "psl-table-export.h"
#include "psl-store-private.h"

void
psl_schedule_item_free (PslScheduleItem *item)
{
  g_free (item->ref_id);
  g_free (item->owner_id);
  g_free (item->due_on);
  g_free (item->title);
  g_free (item->label);
  g_free (item->staff_name);
  g_free (item);
}

const char *
psl_due_kind_label (PslDueKind kind)
{
  switch (kind)
    {
    case PSL_DUE_FOLLOWUP: return _("Follow-up");
    case PSL_DUE_FIRM_REMINDER: return _("Firm reminder");
    case PSL_DUE_PARTNER_REMINDER: return _("Partner reminder");
    case PSL_DUE_CONTRACT_END: return _("End of contract");
    case PSL_DUE_REVIEW: return _("Review of the commitments");
    case PSL_DUE_SURVEY: return _("Survey after exit");
    default: g_return_val_if_reached ("");
    }
}

PslDueWhen
psl_due_when (const char *due_on,
              const char *today)
{
  g_autoptr(GDate) day = psl_date_parse (today);
  g_autoptr(GDate) sunday = NULL;
  g_autoptr(GDate) month_end = NULL;
  g_autofree char *week_end = NULL;
  g_autofree char *last = NULL;
  int order = g_strcmp0 (due_on, today);

  if (order < 0 || day == NULL)
    return PSL_DUE_OVERDUE;
  if (order == 0)
    return PSL_DUE_TODAY;
  sunday = g_date_copy (day);
  g_date_add_days (sunday, 7 - g_date_get_weekday (day));
  week_end = psl_date_to_iso (sunday);
  if (strcmp (due_on, week_end) <= 0)
    return PSL_DUE_THIS_WEEK;
  month_end = g_date_copy (day);
  g_date_set_day (month_end, g_date_get_days_in_month (g_date_get_month (day), g_date_get_year (day)));
  last = psl_date_to_iso (month_end);
  return strcmp (due_on, last) <= 0 ? PSL_DUE_THIS_MONTH : PSL_DUE_LATER;
}

const char *
psl_due_when_label (PslDueWhen when)
{
  switch (when)
    {
    case PSL_DUE_OVERDUE: return _("Overdue");
    case PSL_DUE_TODAY: return _("Today");
    case PSL_DUE_THIS_WEEK: return _("This Week");
    case PSL_DUE_THIS_MONTH: return _("This Month");
    case PSL_DUE_LATER: return _("Later");
    default: g_return_val_if_reached ("");
    }
}

/* The five sources of the Échéancier, each read in date order through an
 * index and cut at :limit, for the days :from to :until; %1$s to %5$s
 * are replaced by the counsellor's condition on :staff, or by nothing. */
#define ARM_FOLLOWUPS \
  "SELECT 0, f.id, f.person_id, f.due_on AS due, p.first_name || ' ' || p.last_name," \
  "       f.label, coalesce(c.trade_name, c.legal_name), s.first_name || ' ' || s.last_name" \
  "  FROM followup f JOIN person p ON p.id = f.person_id" \
  "  LEFT JOIN placement pl ON pl.id = f.placement_id LEFT JOIN company c ON c.id = pl.company_id" \
  "  LEFT JOIN staff s ON s.id = f.staff_id" \
  " WHERE f.deleted_at IS NULL AND f.done_on IS NULL AND f.due_on BETWEEN :from AND :until %1$s"
#define ARM_REMINDERS \
  "SELECT CASE WHEN i.company_id IS NULL THEN 2 ELSE 1 END, i.id, coalesce(i.company_id, i.partner_id)," \
  "       i.next_due AS due, coalesce(c.trade_name, c.legal_name, pa.name), i.next_step, NULL," \
  "       s.first_name || ' ' || s.last_name" \
  "  FROM interaction i LEFT JOIN company c ON c.id = i.company_id LEFT JOIN partner pa ON pa.id = i.partner_id" \
  "  LEFT JOIN staff s ON s.id = i.staff_id" \
  " WHERE i.deleted_at IS NULL AND i.next_due IS NOT NULL AND i.next_done_on IS NULL" \
  "   AND i.next_due BETWEEN :from AND :until %2$s"
#define ARM_CONTRACT_ENDS \
  "SELECT 3, pl.id, pl.person_id, pl.planned_end AS due, p.first_name || ' ' || p.last_name," \
  "       ct.label, coalesce(c.trade_name, c.legal_name), s.first_name || ' ' || s.last_name" \
  "  FROM placement pl JOIN person p ON p.id = pl.person_id JOIN company c ON c.id = pl.company_id" \
  "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = pl.contract_type" \
  "  LEFT JOIN staff s ON s.id = coalesce(pl.staff_id, p.referent_id)" \
  " WHERE pl.kind = 'contract' AND pl.end_date IS NULL AND pl.deleted_at IS NULL" \
  "   AND pl.planned_end IS NOT NULL AND pl.planned_end BETWEEN :from AND :until AND pl.stage = 'contract' %3$s"
#define ARM_REVIEWS \
  "SELECT 4, co.id, co.person_id, co.review_on AS due, p.first_name || ' ' || p.last_name, NULL, NULL," \
  "       s.first_name || ' ' || s.last_name" \
  "  FROM commitment co INDEXED BY commitment_review_open JOIN person p ON p.id = co.person_id" \
  "  LEFT JOIN staff s ON s.id = coalesce(co.staff_id, p.referent_id)" \
  " WHERE co.review_outcome IS NULL AND co.deleted_at IS NULL AND co.review_on IS NOT NULL" \
  "   AND co.review_on BETWEEN :from AND :until AND p.exited_on IS NULL AND p.deleted_at IS NULL" \
  "   AND NOT EXISTS (SELECT 1 FROM commitment later INDEXED BY commitment_person_signed" \
  "                   WHERE later.person_id = co.person_id" \
  "                   AND later.deleted_at IS NULL AND later.signed_on > co.signed_on) %4$s"
/* The calls six and twelve months after exit: dated from the exit until a
 * survey is recorded (the rows of survey_due, which the writes keep),
 * then from the survey's own date (when moved).  The exit's range is the
 * index's way in; the date of the call decides. */
#define SURVEYS_DUE_WHERE \
  " WHERE sd.due_on BETWEEN :from AND :until" \
  "   AND sd.exited_on BETWEEN date(:from, '-' || sd.months || ' months', '-7 days')" \
  "                        AND date(:until, '-' || sd.months || ' months') %6$s"
#define ARM_SURVEYS \
  "SELECT 5, sd.person_id || ':' || sd.months, sd.person_id, sd.due_on AS due," \
  "       p.first_name || ' ' || p.last_name, sd.months, NULL, s.first_name || ' ' || s.last_name" \
  "  FROM survey_due sd JOIN person p ON p.id = sd.person_id LEFT JOIN staff s ON s.id = sd.referent_id" \
  SURVEYS_DUE_WHERE
#define ARM_SURVEYS_MOVED \
  "SELECT 5, e.person_id || ':' || e.months, e.person_id, e.due_on AS due, p.first_name || ' ' || p.last_name," \
  "       e.months, NULL, s.first_name || ' ' || s.last_name" \
  "  FROM exit_survey e JOIN person p ON p.id = e.person_id LEFT JOIN staff s ON s.id = p.referent_id" \
  " WHERE e.done_on IS NULL AND e.deleted_at IS NULL AND e.due_on BETWEEN :from AND :until %5$s"

/* Each source cut in the order of its index. */
#define LIMITED(arm, key) "SELECT * FROM (" arm " ORDER BY " key " LIMIT :limit)"
#define ITEMS_SQL \
  LIMITED (ARM_FOLLOWUPS, "f.due_on") " UNION ALL " LIMITED (ARM_REMINDERS, "i.next_due") \
  " UNION ALL " LIMITED (ARM_CONTRACT_ENDS, "pl.planned_end") " UNION ALL " LIMITED (ARM_REVIEWS, "co.review_on") \
  " UNION ALL " LIMITED (ARM_SURVEYS, "sd.due_on") \
  " UNION ALL " LIMITED (ARM_SURVEYS_MOVED, "e.due_on") \
  " ORDER BY 4, 1, 5 LIMIT :limit;"

/* Counting a period: one count a source, each a range of an index. */
#define COUNTED(arm) "(SELECT count(*) FROM (" arm "))"
#define COUNT_SQL \
  "SELECT (SELECT count(*) FROM followup f" \
  "         WHERE f.deleted_at IS NULL AND f.done_on IS NULL AND f.due_on BETWEEN :from AND :until %1$s)" \
  "     + (SELECT count(*) FROM interaction i" \
  "         WHERE i.deleted_at IS NULL AND i.next_due IS NOT NULL AND i.next_done_on IS NULL" \
  "           AND i.next_due BETWEEN :from AND :until %2$s)" \
  "     + (SELECT count(*) FROM placement pl" \
  "         WHERE pl.kind = 'contract' AND pl.end_date IS NULL AND pl.deleted_at IS NULL" \
  "           AND pl.planned_end IS NOT NULL AND pl.planned_end BETWEEN :from AND :until" \
  "           AND pl.stage = 'contract' %3$s)" \
  "     + " COUNTED (ARM_REVIEWS) " + (SELECT count(*) FROM survey_due sd" SURVEYS_DUE_WHERE ")" \
  "     + " COUNTED (ARM_SURVEYS_MOVED) ";"

static char *
item_label (PslDueKind  kind,
            const char *what,
            const char *firm)
{
  switch (kind)
    {
    case PSL_DUE_FOLLOWUP:
      /* Translators: a follow-up and the firm it is in, "Un mois — Boulangerie Vidal" */
      return firm != NULL ? g_strdup_printf (_("%1$s — %2$s"), what, firm) : g_strdup (what);
    case PSL_DUE_FIRM_REMINDER:
    case PSL_DUE_PARTNER_REMINDER:
      return g_strdup (what != NULL ? what : _("Get back in touch"));
    case PSL_DUE_CONTRACT_END:
      /* Translators: %1$s the contract type, %2$s the firm */
      return g_strdup_printf (_("End of the %1$s at %2$s: next step, certificate of employment, hand-over"),
                              what != NULL ? what : _("contract"), firm);
    case PSL_DUE_REVIEW:
      return g_strdup (_("Review of the contract of commitments"));
    case PSL_DUE_SURVEY:
      /* Translators: %s is 6 or 12 */
      return g_strdup_printf (_("Call back %s months after exit: where are they now?"), what);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
psl_schedule_free (PslSchedule *schedule)
{
  g_ptr_array_unref (schedule->items);
  g_free (schedule);
}

static char *
iso_plus (const GDate *date,
          int          days)
{
  g_autoptr(GDate) copy = g_date_copy (date);

  if (days > 0)
    g_date_add_days (copy, days);
  else if (days < 0)
    g_date_subtract_days (copy, -days);
  return psl_date_to_iso (copy);
}

gboolean
psl_schedule_period_bounds (const char *today,
                            const char *until,
                            char       *first[PSL_DUE_N_WHEN],
                            char       *last[PSL_DUE_N_WHEN])
{
  g_autoptr(GDate) day = psl_date_parse (today);
  g_autoptr(GDate) sunday = NULL;
  g_autoptr(GDate) month_end = NULL;
  g_autofree char *week = NULL;
  g_autofree char *month = NULL;

  memset (first, 0, sizeof (char *) * PSL_DUE_N_WHEN);
  memset (last, 0, sizeof (char *) * PSL_DUE_N_WHEN);
  if (day == NULL || !psl_date_is_iso (until))
    return FALSE;
  sunday = g_date_copy (day);
  g_date_add_days (sunday, 7 - g_date_get_weekday (day));
  month_end = g_date_copy (day);
  g_date_set_day (month_end, g_date_get_days_in_month (g_date_get_month (day), g_date_get_year (day)));
  /* The week may end in the next month: the month then adds nothing. */
  if (g_date_compare (month_end, sunday) < 0)
    *month_end = *sunday;

  first[PSL_DUE_OVERDUE] = iso_plus (day, -365);
  last[PSL_DUE_OVERDUE] = iso_plus (day, -1);
  first[PSL_DUE_TODAY] = g_strdup (today);
  last[PSL_DUE_TODAY] = g_strdup (today);
  first[PSL_DUE_THIS_WEEK] = iso_plus (day, 1);
  last[PSL_DUE_THIS_WEEK] = psl_date_to_iso (sunday);
  first[PSL_DUE_THIS_MONTH] = iso_plus (sunday, 1);
  last[PSL_DUE_THIS_MONTH] = psl_date_to_iso (month_end);
  first[PSL_DUE_LATER] = iso_plus (month_end, 1);
  last[PSL_DUE_LATER] = g_strdup (until);
  for (guint w = 0; w < PSL_DUE_N_WHEN; w++)
    if (strcmp (last[w], until) > 0)
      {
        g_free (last[w]);
        last[w] = g_strdup (until);
      }
  return TRUE;
}

char *
psl_schedule_sql (gboolean for_one,
                  gboolean counting)
{
  return g_strdup_printf (counting ? COUNT_SQL : ITEMS_SQL,
                          for_one ? "AND f.staff_id = :staff" : "",
                          for_one ? "AND i.staff_id = :staff" : "",
                          /* Without the person joined: the same for counting. */
                          for_one ? "AND coalesce(pl.staff_id, (SELECT referent_id FROM person"
                                    " WHERE id = pl.person_id)) = :staff" : "",
                          for_one ? "AND coalesce(co.staff_id, (SELECT referent_id FROM person"
                                    " WHERE id = co.person_id)) = :staff" : "",
                          for_one ? "AND p.referent_id = :staff" : "",
                          for_one ? "AND sd.referent_id = :staff" : "");
}

/* Both statements take the same range, for one counsellor or all. */
static void
bind_range (sqlite3_stmt *stmt,
            const char   *staff_id,
            const char   *from,
            const char   *until)
{
  sqlite3_reset (stmt);
  psl_bind_named (stmt, ":from", from);
  psl_bind_named (stmt, ":until", until);
  psl_bind_named (stmt, ":staff", staff_id);
}

static gboolean
read_items (PslStore     *store,
            sqlite3_stmt *stmt,
            GPtrArray    *items,
            guint         limit,
            GError      **error)
{
  int rc;

  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), (int) MIN (limit, G_MAXINT32));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslScheduleItem *item = g_new0 (PslScheduleItem, 1);

      item->kind = sqlite3_column_int (stmt, 0);
      item->ref_id = psl_column_dup (stmt, 1);
      item->owner_id = psl_column_dup (stmt, 2);
      item->due_on = psl_column_dup (stmt, 3);
      item->title = psl_column_dup (stmt, 4);
      item->label = item_label (item->kind, (const char *) sqlite3_column_text (stmt, 5),
                                (const char *) sqlite3_column_text (stmt, 6));
      item->staff_name = psl_column_dup (stmt, 7);
      g_ptr_array_add (items, item);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the Échéancier"));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
psl_schedule_load_range (PslStore   *store,
                         const char *from,
                         const char *until,
                         const char *staff_id,
                         guint       limit,
                         GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_schedule_item_free);
  g_autofree char *sql = psl_schedule_sql (staff_id != NULL, FALSE);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!psl_date_is_iso (from) || !psl_date_is_iso (until))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The Échéancier needs valid dates."));
      return NULL;
    }
  if ((stmt = psl_store_prepare (store, sql, error)) == NULL)
    return NULL;
  bind_range (stmt, staff_id, from, until);
  if (!read_items (store, stmt, items, limit, error))
    return NULL;
  return g_steal_pointer (&items);
}

PslSchedule *
psl_schedule_load (PslStore   *store,
                   const char *today,
                   const char *until,
                   const char *staff_id,
                   guint       per_period,
                   GError    **error)
{
  g_autoptr(PslSchedule) schedule = g_new0 (PslSchedule, 1);
  g_autofree char *count_sql = psl_schedule_sql (staff_id != NULL, TRUE);
  g_autofree char *items_sql = psl_schedule_sql (staff_id != NULL, FALSE);
  g_autoptr(sqlite3_stmt) count = NULL;
  g_autoptr(sqlite3_stmt) items = NULL;
  char *first[PSL_DUE_N_WHEN], *last[PSL_DUE_N_WHEN];
  gboolean ok;

  schedule->items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_schedule_item_free);
  if (!psl_schedule_period_bounds (today, until, first, last))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The Échéancier needs valid dates."));
      return NULL;
    }
  ok = (count = psl_store_prepare (store, count_sql, error)) != NULL
       && (items = psl_store_prepare (store, items_sql, error)) != NULL;
  for (guint w = 0; ok && w < PSL_DUE_N_WHEN; w++)
    {
      if (strcmp (first[w], last[w]) > 0)
        continue;
      bind_range (count, staff_id, first[w], last[w]);
      ok = sqlite3_step (count) == SQLITE_ROW;
      if (!ok)
        {
          psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the Échéancier"));
          break;
        }
      schedule->counts[w] = (guint) sqlite3_column_int (count, 0);
      if (schedule->counts[w] > 0)
        {
          bind_range (items, staff_id, first[w], last[w]);
          ok = read_items (store, items, schedule->items, per_period, error);
        }
    }
  for (guint w = 0; w < PSL_DUE_N_WHEN; w++)
    {
      g_free (first[w]);
      g_free (last[w]);
    }
  return ok ? g_steal_pointer (&schedule) : NULL;
}

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Runs one UPDATE or INSERT on ?1 (the id) and ?2 (the date); FALSE with
 * gone when it changed nothing. */
static gboolean
change_one (PslStore    *store,
            const char  *sql,
            const char  *id,
            const char  *date,
            const char  *gone,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (psl_store_get_db (store)) == 0)
    return refuse (error, gone);
  return TRUE;
}

/* A survey's id is "person:months". */
static gboolean
survey_parts (const char  *ref_id,
              char       **person_id,
              int         *months)
{
  const char *colon = strrchr (ref_id, ':');

  if (colon == NULL)
    return FALSE;
  *months = atoi (colon + 1);
  *person_id = g_strndup (ref_id, colon - ref_id);
  return *months == 6 || *months == 12;
}

static gboolean
save_survey (PslStore    *store,
             const char  *ref_id,
             const char  *due_on,
             const char  *done_on,
             const char  *outcome,
             const char  *notes,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO exit_survey (id, person_id, months, due_on, done_on, outcome, notes, staff_id)"
    " SELECT ?1, p.id, ?3, coalesce(?4, date(p.exited_on, '+' || ?3 || ' months')), ?5, ?6, ?7, p.referent_id"
    "  FROM person p WHERE p.id = ?2 AND p.exited_on IS NOT NULL"
    " ON CONFLICT (person_id, months) DO UPDATE SET due_on = coalesce(?4, due_on), done_on = ?5,"
    "   outcome = coalesce(?6, outcome), notes = coalesce(?7, notes);", error);
  g_autofree char *id = psl_new_id ();
  g_autofree char *person_id = NULL;
  int months;

  if (stmt == NULL)
    return FALSE;
  if (!survey_parts (ref_id, &person_id, &months))
    return refuse (error, _("This survey is not one of the Échéancier."));
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, months);
  sqlite3_bind_text (stmt, 4, due_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, done_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, outcome, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, notes, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (psl_store_get_db (store)) == 0)
    return refuse (error, _("This person has not left the pathway: there is no survey to make."));
  return TRUE;
}

gboolean
psl_schedule_mark_done (PslStore    *store,
                        PslDueKind   kind,
                        const char  *ref_id,
                        const char  *on_date,
                        GError     **error)
{
  g_autofree char *today = psl_today_iso ();
  const char *on = on_date != NULL ? on_date : today;
  const char *gone = _("This item is no longer due: it was done, moved or deleted meanwhile.");

  if (!psl_date_is_iso (on))
    return refuse (error, _("Give the date it was done, for example 22/11/2026."));
  if (strcmp (on, today) > 0)
    return refuse (error, _("Something cannot be done in the future: give today’s date or an earlier one."));
  switch (kind)
    {
    case PSL_DUE_FOLLOWUP:
      return change_one (store, "UPDATE followup SET done_on = ?2 WHERE id = ?1 AND done_on IS NULL"
                                " AND deleted_at IS NULL;", ref_id, on, gone, error);
    case PSL_DUE_FIRM_REMINDER:
    case PSL_DUE_PARTNER_REMINDER:
      return change_one (store, "UPDATE interaction SET next_done_on = ?2 WHERE id = ?1 AND next_done_on IS NULL"
                                " AND deleted_at IS NULL;", ref_id, on, gone, error);
    case PSL_DUE_CONTRACT_END:
      /* Done: the contract came to its term, on the day planned. */
      return change_one (store, "UPDATE placement SET end_date = planned_end, stage = 'ended', ended_by = 'term'"
                                " WHERE id = ?1 AND end_date IS NULL AND planned_end <= ?2;", ref_id, on,
                         _("The contract has not come to its end yet, or it was closed meanwhile."), error);
    case PSL_DUE_REVIEW:
      return refuse (error, _("A review ends with its outcome: record it in the person’s commitments."));
    case PSL_DUE_SURVEY:
      return save_survey (store, ref_id, NULL, on, NULL, NULL, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
psl_schedule_reschedule (PslStore    *store,
                         PslDueKind   kind,
                         const char  *ref_id,
                         const char  *new_date,
                         GError     **error)
{
  g_autofree char *today = psl_today_iso ();
  const char *gone = _("This item is no longer due: it was done, moved or deleted meanwhile.");

  if (!psl_date_is_iso (new_date))
    return refuse (error, _("Give the new date, for example 22/11/2026."));
  if (strcmp (new_date, today) < 0)
    return refuse (error, _("Nothing can be moved into the past: choose today or a later day."));
  switch (kind)
    {
    case PSL_DUE_FOLLOWUP:
      {
        g_autoptr(sqlite3_stmt) start = psl_store_prepare (store,
          "SELECT pl.start_date FROM followup f JOIN placement pl ON pl.id = f.placement_id WHERE f.id = ?1;",
          error);

        if (start == NULL)
          return FALSE;
        sqlite3_bind_text (start, 1, ref_id, -1, SQLITE_STATIC);
        if (sqlite3_step (start) == SQLITE_ROW && sqlite3_column_type (start, 0) != SQLITE_NULL
            && strcmp (new_date, (const char *) sqlite3_column_text (start, 0)) < 0)
          return refuse (error, _("A follow-up cannot come before the placement starts."));
        return change_one (store, "UPDATE followup SET planned_on = coalesce(planned_on, due_on), due_on = ?2"
                                  " WHERE id = ?1 AND done_on IS NULL AND deleted_at IS NULL;",
                           ref_id, new_date, gone, error);
      }
    case PSL_DUE_FIRM_REMINDER:
    case PSL_DUE_PARTNER_REMINDER:
      return change_one (store, "UPDATE interaction SET next_due = ?2 WHERE id = ?1 AND next_done_on IS NULL"
                                " AND deleted_at IS NULL;", ref_id, new_date, gone, error);
    case PSL_DUE_CONTRACT_END:
      /* An extension: the contract now ends later. */
      return change_one (store, "UPDATE placement SET planned_end = ?2 WHERE id = ?1 AND end_date IS NULL"
                                " AND deleted_at IS NULL AND (start_date IS NULL OR start_date <= ?2);",
                         ref_id, new_date, gone, error);
    case PSL_DUE_REVIEW:
      return change_one (store, "UPDATE commitment SET review_on = ?2 WHERE id = ?1 AND review_outcome IS NULL"
                                " AND deleted_at IS NULL;", ref_id, new_date, gone, error);
    case PSL_DUE_SURVEY:
      return save_survey (store, ref_id, new_date, NULL, NULL, NULL, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
psl_schedule_record_survey (PslStore    *store,
                            const char  *ref_id,
                            const char  *done_on,
                            const char  *outcome,
                            const char  *notes,
                            GError     **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *person_id = NULL;
  int months;

  if (!psl_date_is_iso (done_on))
    return refuse (error, _("Give the date of the call, for example 22/11/2026."));
  if (strcmp (done_on, today) > 0)
    return refuse (error, _("Something cannot be done in the future: give today’s date or an earlier one."));
  if (outcome == NULL || *outcome == '\0')
    return refuse (error, _("Say where the person stands now: it is what the survey is for."));
  if (!psl_ref_has_code (store, "outcome", outcome))
    return refuse (error, _("This situation is not in the list of situations at exit."));
  if (!survey_parts (ref_id, &person_id, &months))
    return refuse (error, _("This survey is not one of the Échéancier."));
  return save_survey (store, ref_id, NULL, done_on, outcome, notes != NULL && *notes != '\0' ? notes : NULL, error);
}

/* A spreadsheet holds a large team's year; the window shows it in pages. */
#define EXPORT_LIMIT 500000

PslExportTable *
psl_schedule_table (GPtrArray  *items,
                    const char *today)
{
  const char *headers[] = { _("Due on"), _("Late"), _("What"), _("About"), _("Detail"), _("Who"), NULL };
  PslExportTable *table = psl_export_table_new (_("Schedule"), headers);

  for (guint i = 0; i < items->len; i++)
    {
      const PslScheduleItem *item = g_ptr_array_index (items, i);
      g_autofree char *due = psl_format_date_short (item->due_on);
      const char *cells[] = { due, g_strcmp0 (item->due_on, today) < 0 ? _("Yes") : _("No"),
                              psl_due_kind_label (item->kind), item->title, item->label,
                              item->staff_name != NULL ? item->staff_name : "", NULL };

      psl_export_table_add_row (table, cells);
    }
  return table;
}

gboolean
psl_schedule_export (PslStore    *store,
                     const char  *today,
                     const char  *until,
                     const char  *staff_id,
                     const char  *path,
                     guint       *n_items,
                     GError     **error)
{
  g_autoptr(GDate) year_ago = psl_date_parse (today);
  g_autofree char *from = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_export_table_free);

  g_return_val_if_fail (year_ago != NULL, FALSE);
  g_date_subtract_years (year_ago, 1);
  from = psl_date_to_iso (year_ago);
  if ((items = psl_schedule_load_range (store, from, until, staff_id, EXPORT_LIMIT, error)) == NULL)
    return FALSE;

  g_ptr_array_add (tables, psl_schedule_table (items, today));
  if (n_items != NULL)
    *n_items = items->len;
  return psl_export_tables_write (tables, path, error);
}
