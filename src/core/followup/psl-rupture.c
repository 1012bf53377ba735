/* psl-rupture.c — an immersion or a contract that ends before its term
 *
 * Most placements of people far from work that break do so in the first
 * months, and the cause is what a structure learns from (seed 000): it is
 * asked for every time, from its list.  The plan's follow-ups left after
 * the end would stay in the Échéancier as debts nobody can pay; they are
 * withdrawn, and a meeting with the person is planned instead — a
 * rupture is when contact is most easily lost.
 */

#define G_LOG_DOMAIN "psl-rupture"

#include "config.h"

#include "psl-i18n.h"
#include <string.h>

#include "psl-format.h"
#include "psl-ref.h"
#include "psl-rupture.h"
#include "psl-store-private.h"

/* The meeting after a rupture, this many days after it (or after today
 * when it is recorded late). */
#define MEETING_AFTER_DAYS 7

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

int
psl_followup_plan_withdraw (PslStore   *store,
                            const char *placement_id,
                            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "UPDATE followup SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE placement_id = ?1 AND plan_step IS NOT NULL AND done_on IS NULL AND deleted_at IS NULL"
    "   AND due_on > (SELECT end_date FROM placement WHERE id = ?1 AND stage = 'ended');", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return -1;
  return sqlite3_changes (psl_store_get_db (store));
}

/* A week after the later of the end and today, on a working day. */
static char *
meeting_day (const char *end_date,
             const char *today)
{
  g_autoptr(GDate) day = psl_date_parse (strcmp (end_date, today) > 0 ? end_date : today);

  g_date_add_days (day, MEETING_AFTER_DAYS);
  while (g_date_get_weekday (day) == G_DATE_SATURDAY || g_date_get_weekday (day) == G_DATE_SUNDAY)
    g_date_add_days (day, 1);
  return psl_date_to_iso (day);
}

static gboolean
check_full (PslStore    *store,
            const char  *placement_id,
            const char  *end_date,
            const char  *ended_by,
            const char  *cause,
            const char  *today,
            char       **person_id,
            char       **staff_id,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT pl.stage, pl.start_date, pl.planned_end, pl.person_id, coalesce(pl.staff_id, p.referent_id)"
    "  FROM placement pl JOIN person p ON p.id = pl.person_id WHERE pl.id = ?1 AND pl.deleted_at IS NULL;",
    error);
  const char *stage, *start, *planned_end;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return refuse (error, _("This placement is no longer in the database."));
  stage = (const char *) sqlite3_column_text (stmt, 0);
  start = (const char *) sqlite3_column_text (stmt, 1);
  planned_end = (const char *) sqlite3_column_text (stmt, 2);

  if (g_strcmp0 (stage, "ended") == 0)
    return refuse (error, _("This placement has ended already: change its end in the placement itself."));
  if ((g_strcmp0 (stage, "immersion") != 0 && g_strcmp0 (stage, "contract") != 0) || start == NULL)
    return refuse (error, _("Only an immersion or a contract under way can end early."));
  if (!psl_date_is_iso (end_date))
    return refuse (error, _("Give the day it ended, for example 22/11/2026."));
  if (strcmp (end_date, today) > 0)
    return refuse (error, _("An early end is recorded on the day it happens or later, not ahead."));
  if (strcmp (end_date, start) < 0)
    return refuse (error, _("It cannot end before it started."));
  if (planned_end != NULL && strcmp (end_date, planned_end) >= 0)
    return refuse (error, _("This is the planned end, not an early one: mark the end of contract as done in "
                            "the Échéancier."));
  if (g_strcmp0 (ended_by, "employer") != 0 && g_strcmp0 (ended_by, "person") != 0
      && g_strcmp0 (ended_by, "structure") != 0)
    return refuse (error, _("Say who ended it: the employer, the person or the structure."));
  if (cause == NULL || *cause == '\0')
    return refuse (error, _("Give the cause: knowing why placements break is how they are kept."));
  if (!psl_ref_has_code (store, "rupture_cause", cause))
    return refuse (error, _("This cause is not in the list of causes of rupture."));

  *person_id = psl_column_dup (stmt, 3);
  *staff_id = psl_column_dup (stmt, 4);
  return TRUE;
}

gboolean
psl_rupture_check (PslStore   *store,
                   const char *placement_id,
                   const char *end_date,
                   const char *ended_by,
                   const char *cause,
                   GError    **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *person_id = NULL;
  g_autofree char *staff_id = NULL;

  return check_full (store, placement_id, end_date, ended_by, cause, today, &person_id, &staff_id, error);
}

char *
psl_rupture_record (PslStore   *store,
                    const char *placement_id,
                    const char *end_date,
                    const char *ended_by,
                    const char *cause,
                    GError    **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *person_id = NULL;
  g_autofree char *staff_id = NULL;
  g_autofree char *meeting_id = psl_new_id ();
  g_autofree char *meeting_on = NULL;
  g_autoptr(sqlite3_stmt) end = NULL;
  g_autoptr(sqlite3_stmt) meeting = NULL;

  if (!check_full (store, placement_id, end_date, ended_by, cause, today, &person_id, &staff_id, error))
    return NULL;

  end = psl_store_prepare (store,
    "UPDATE placement SET stage = 'ended', end_date = ?2, ended_by = ?3, end_reason = ?4 WHERE id = ?1;", error);
  meeting = psl_store_prepare (store,
    "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, planned_on, created_by, updated_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, psl_actor (), psl_actor ());", error);
  if (end == NULL || meeting == NULL || !psl_store_begin (store, error))
    return NULL;

  sqlite3_bind_text (end, 1, placement_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (end, 2, end_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (end, 3, ended_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (end, 4, cause, -1, SQLITE_STATIC);

  meeting_on = meeting_day (end_date, today);
  sqlite3_bind_text (meeting, 1, meeting_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (meeting, 2, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (meeting, 3, placement_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (meeting, 4, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (meeting, 5, _("Meeting after the early end"), -1, SQLITE_STATIC);
  sqlite3_bind_text (meeting, 6, meeting_on, -1, SQLITE_STATIC);

  if (!psl_store_step_done (store, end, error) || psl_followup_plan_withdraw (store, placement_id, error) < 0
      || !psl_store_step_done (store, meeting, error))
    {
      psl_store_rollback (store);
      return NULL;
    }
  if (!psl_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&meeting_id);
}

gboolean
psl_rupture_cause_is_sensitive (const char *code)
{
  /* The list's one such cause; a structure's own causes are not sensitive
   * unless they say so here. */
  static const char *const sensitive[] = { "sante_handicap", NULL };

  return code != NULL && g_strv_contains (sensitive, code);
}
