/* psl-followup-plan.c — the dated follow-ups made when an immersion or a contract starts
 *
 * Most placements that break do so in the first weeks, and the end of the
 * trial period is the moment an employer may end one without a reason
 * (seeds 000 and 001): a plan puts the counsellor there beforehand.  A
 * template's steps are dated from the start, the last day of the trial
 * period or the end; a date that falls on a weekend moves to the Friday
 * before when it is a deadline (before the trial ends, before the end),
 * to the Monday after otherwise.  Steps before the day the plan is made
 * are left out: nobody can still do what was due last month.
 */

#define G_LOG_DOMAIN "psl-followup-plan"

#include "config.h"

#include "psl-i18n.h"
#include <json-glib/json-glib.h>
#include <string.h>

#include "psl-followup-plan.h"
#include "psl-format.h"
#include "psl-store-private.h"

/* Weekly follow-ups stop there, whatever the length. */
#define MAX_REPEATS 26

void
psl_planned_followup_free (PslPlannedFollowup *planned)
{
  g_free (planned->label);
  g_free (planned->due_on);
  g_free (planned->step);
  g_free (planned);
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday day = g_date_get_weekday (date);

  return day == G_DATE_SATURDAY || day == G_DATE_SUNDAY;
}

static void
off_the_weekend (GDate    *date,
                 gboolean  earlier)
{
  while (is_weekend (date))
    {
      if (earlier)
        g_date_subtract_days (date, 1);
      else
        g_date_add_days (date, 1);
    }
}

/* The last day of a period of n months from start: the day before the
 * same day n months on, or the last day of that month when it has no such
 * day (from 31 December, two months end on the last day of February). */
static GDate *
months_end (const GDate *start,
            guint        n)
{
  GDate *end = g_date_copy (start);
  guint day = g_date_get_day (start);

  g_date_add_months (end, n);
  if (g_date_get_day (end) == day)
    g_date_subtract_days (end, 1);
  return end;
}

/* The n-th working day (Monday to Friday) counting the start. */
static GDate *
working_days_end (const GDate *start,
                  guint        n)
{
  GDate *end = g_date_copy (start);

  off_the_weekend (end, FALSE);
  for (guint i = 1; i < n; i++)
    {
      g_date_add_days (end, 1);
      off_the_weekend (end, FALSE);
    }
  return end;
}

char *
psl_trial_end (const char *start,
               guint       trial_days)
{
  g_autoptr(GDate) date = psl_date_parse (start);

  if (date == NULL || trial_days == 0)
    return NULL;
  g_date_add_days (date, trial_days - 1);
  return psl_date_to_iso (date);
}

/* A CDD's trial: a day a week of the length first agreed, at most two
 * weeks up to six months; a month beyond (Code du travail, L1242-10). */
static GDate *
fixed_term_trial_end (const GDate *start,
                      const char  *planned_end)
{
  g_autoptr(GDate) end = psl_date_parse (planned_end);
  g_autoptr(GDate) six_months = g_date_copy (start);
  GDate *trial;
  guint weeks;

  if (end == NULL || g_date_compare (end, start) < 0)
    return NULL;
  g_date_add_months (six_months, 6);
  if (g_date_compare (end, six_months) >= 0)
    return months_end (start, 1);
  weeks = MAX (((guint) g_date_days_between (start, end) + 1) / 7, 1);
  trial = g_date_copy (start);
  g_date_add_days (trial, MIN (weeks, 14) - 1);
  return trial;
}

char *
psl_trial_end_default (const char *contract_type,
                       const char *start,
                       const char *planned_end)
{
  static const char *const open_ended[] = { "cdi", NULL };
  static const char *const fixed_term[] = { "cdd", "cddi", "pec", "professionnalisation", NULL };
  static const char *const temporary[] = { "interim", "mission_insertion", NULL };
  g_autoptr(GDate) first = psl_date_parse (start);
  g_autoptr(GDate) end = NULL;

  if (first == NULL || contract_type == NULL)
    return NULL;
  if (g_strv_contains (open_ended, contract_type))
    /* Workers and employees: two months (L1221-19). */
    end = months_end (first, 2);
  else if (g_strv_contains (fixed_term, contract_type))
    {
      end = fixed_term_trial_end (first, planned_end);
      /* With no end agreed, the shortest length it may have: two weeks. */
      if (end == NULL)
        {
          end = g_date_copy (first);
          g_date_add_days (end, 13);
        }
    }
  else if (g_strv_contains (temporary, contract_type))
    {
      /* Temporary work: 2, 3 or 5 days worked for a mission of up to one
       * month, up to two months, longer (L1251-14). */
      g_autoptr(GDate) last = psl_date_parse (planned_end);
      g_autoptr(GDate) one = g_date_copy (first);
      g_autoptr(GDate) two = g_date_copy (first);
      guint n = 2;

      g_date_add_months (one, 1);
      g_date_add_months (two, 2);
      if (last == NULL || g_date_compare (last, two) >= 0)
        n = 5;
      else if (g_date_compare (last, one) >= 0)
        n = 3;
      end = working_days_end (first, n);
    }
  else if (g_strcmp0 (contract_type, "apprentissage") == 0)
    /* The first 45 days of practical training in the firm (L6222-18). */
    end = working_days_end (first, 45);
  else if (g_strcmp0 (contract_type, "be_interim") == 0)
    /* Belgium: the first three days worked of a temporary contract. */
    end = working_days_end (first, 3);
  else
    /* Belgian contracts since 2014, immersions and traineeships: none. */
    return NULL;
  return psl_date_to_iso (end);
}

static gboolean
malformed (GError    **error,
           const char *template_code,
           const char *why)
{
  /* Translators: %1$s is the code of a follow-up template, %2$s what is wrong */
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
               _("The follow-up template “%1$s” cannot be used: %2$s"), template_code, why);
  return FALSE;
}

static void
add_planned (GPtrArray   *plan,
             const char  *label,
             const GDate *date,
             char        *step)
{
  PslPlannedFollowup *planned = g_new0 (PslPlannedFollowup, 1);

  planned->label = g_strdup (label);
  planned->due_on = psl_date_to_iso (date);
  planned->step = step;
  g_ptr_array_add (plan, planned);
}

static gboolean
within (const GDate *date,
        const GDate *start,
        const GDate *end)
{
  return g_date_compare (date, start) >= 0 && (end == NULL || g_date_compare (date, end) <= 0);
}

static int
by_date (gconstpointer a,
         gconstpointer b)
{
  const PslPlannedFollowup *x = *(PslPlannedFollowup **) a;
  const PslPlannedFollowup *y = *(PslPlannedFollowup **) b;

  return strcmp (x->due_on, y->due_on);
}

GPtrArray *
psl_followup_plan_compute (const char  *template_code,
                           const char  *steps_json,
                           const char  *start,
                           const char  *trial_end,
                           const char  *end,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_planned_followup_free);
  g_autoptr(GDate) first = psl_date_parse (start);
  g_autoptr(GDate) trial = psl_date_parse (trial_end);
  g_autoptr(GDate) last = psl_date_parse (end);
  JsonNode *root;
  JsonArray *steps;

  if (first == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("A follow-up plan needs the date the placement starts."));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, steps_json != NULL ? steps_json : "", -1, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      malformed (error, template_code, _("its steps are not a list."));
      return NULL;
    }
  steps = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonNode *node = json_array_get_element (steps, i);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *label = step != NULL ? json_object_get_string_member_with_default (step, "label", NULL) : NULL;
      const char *anchor = step != NULL ? json_object_get_string_member_with_default (step, "anchor", NULL) : NULL;
      gint64 days = step != NULL ? json_object_get_int_member_with_default (step, "days", 0) : 0;
      gint64 months = step != NULL ? json_object_get_int_member_with_default (step, "months", 0) : 0;
      gboolean weekly = step != NULL && json_object_get_boolean_member_with_default (step, "weekly", FALSE);
      const GDate *base;
      g_autoptr(GDate) date = NULL;
      gboolean deadline;

      if (label == NULL || *label == '\0')
        {
          malformed (error, template_code, _("a step has no name."));
          return NULL;
        }
      if (g_strcmp0 (anchor, "start") == 0)
        base = first;
      else if (g_strcmp0 (anchor, "trial_end") == 0)
        base = trial;
      else if (g_strcmp0 (anchor, "end") == 0)
        base = last;
      else
        {
          malformed (error, template_code, _("a step is dated from neither the start, the end of the trial "
                                             "period nor the end."));
          return NULL;
        }
      if (ABS (days) > 3660 || ABS (months) > 120)
        {
          malformed (error, template_code, _("a step is more than ten years away."));
          return NULL;
        }
      /* No trial period, or no end known: the step has no date. */
      if (base == NULL)
        continue;

      date = g_date_copy (base);
      if (months > 0)
        g_date_add_months (date, (guint) months);
      else if (months < 0)
        g_date_subtract_months (date, (guint) -months);
      if (days > 0)
        g_date_add_days (date, (guint) days);
      else if (days < 0)
        g_date_subtract_days (date, (guint) -days);
      deadline = base != first || days < 0 || months < 0;

      for (guint k = 0; k < (weekly ? MAX_REPEATS : 1); k++)
        {
          g_autoptr(GDate) when = g_date_copy (date);

          if (k > 0)
            g_date_add_days (when, 7 * k);
          /* A weekly step stops before the end, which has its own review. */
          if (weekly && (last == NULL ? k > 0 : g_date_compare (when, last) >= 0))
            break;
          off_the_weekend (when, deadline);
          if (!within (when, first, last))
            continue;
          add_planned (plan, label, when, weekly ? g_strdup_printf ("%s:%u:%u", template_code, i, k)
                                                 : g_strdup_printf ("%s:%u", template_code, i));
        }
    }
  g_ptr_array_sort (plan, by_date);
  return g_steal_pointer (&plan);
}

/* What a plan needs to know of a placement. */
typedef struct
{
  char *person_id;
  char *staff_id;
  char *stage;
  char *kind;
  char *immersion_type;
  char *contract_type;
  char *start;
  char *end;            /* the actual end, else the planned one */
  char *planned_end;
  int   trial_days;     /* 0: none agreed */
} PslPlacementDates;

static void
placement_dates_clear (PslPlacementDates *p)
{
  g_free (p->person_id);
  g_free (p->staff_id);
  g_free (p->stage);
  g_free (p->kind);
  g_free (p->immersion_type);
  g_free (p->contract_type);
  g_free (p->start);
  g_free (p->end);
  g_free (p->planned_end);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PslPlacementDates, placement_dates_clear)

static gboolean
read_placement (PslStore          *store,
                const char        *placement_id,
                PslPlacementDates *p,
                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT pl.person_id, coalesce(pl.staff_id, pe.referent_id), pl.stage, pl.kind, pl.immersion_type,"
    "       pl.contract_type, pl.start_date, coalesce(pl.end_date, pl.planned_end), pl.planned_end,"
    "       coalesce(pl.trial_days, 0)"
    "  FROM placement pl JOIN person pe ON pe.id = pl.person_id"
    " WHERE pl.id = ?1 AND pl.deleted_at IS NULL;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This placement is no longer in the database."));
      return FALSE;
    }
  p->person_id = psl_column_dup (stmt, 0);
  p->staff_id = psl_column_dup (stmt, 1);
  p->stage = psl_column_dup (stmt, 2);
  p->kind = psl_column_dup (stmt, 3);
  p->immersion_type = psl_column_dup (stmt, 4);
  p->contract_type = psl_column_dup (stmt, 5);
  p->start = psl_column_dup (stmt, 6);
  p->end = psl_column_dup (stmt, 7);
  p->planned_end = psl_column_dup (stmt, 8);
  p->trial_days = sqlite3_column_int (stmt, 9);
  return TRUE;
}

static gboolean
has_started (const PslPlacementDates *p)
{
  return p->start != NULL && p->kind != NULL
         && (g_strcmp0 (p->stage, "immersion") == 0 || g_strcmp0 (p->stage, "contract") == 0);
}

static char *
template_for (PslStore                *store,
              const PslPlacementDates *p,
              GError                 **error)
{
  /* The most particular template first: for this purpose or these
   * contract types, before one for any. */
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT code FROM followup_template"
    " WHERE deleted_at IS NULL AND kind = ?1"
    "   AND (immersion_type IS NULL OR immersion_type = ?2)"
    "   AND (contract_types IS NULL OR EXISTS (SELECT 1 FROM json_each(contract_types) WHERE value = ?3))"
    " ORDER BY immersion_type IS NULL, contract_types IS NULL, position LIMIT 1;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, p->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, p->immersion_type, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, p->contract_type, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("No follow-up template fits this placement: add one in the preferences."));
      return NULL;
    }
  return psl_column_dup (stmt, 0);
}

char *
psl_followup_plan_template_for (PslStore   *store,
                                const char *placement_id,
                                GError    **error)
{
  g_auto(PslPlacementDates) p = { NULL };

  if (!read_placement (store, placement_id, &p, error))
    return NULL;
  if (!has_started (&p))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The placement has not started: its follow-up plan is made when the immersion "
                             "or the contract starts."));
      return NULL;
    }
  return template_for (store, &p, error);
}

static gint64
plan_size (PslStore   *store,
           const char *placement_id,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT count(*) FROM followup WHERE placement_id = ?1 AND plan_step IS NOT NULL AND deleted_at IS NULL;",
    error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

static char *
template_steps (PslStore   *store,
                const char *code,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT steps FROM followup_template WHERE code = ?1 AND deleted_at IS NULL;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      /* Translators: %s is the code of a follow-up template */
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND, _("There is no follow-up template “%s”."), code);
      return NULL;
    }
  return psl_column_dup (stmt, 0);
}

static gboolean
insert_plan (PslStore                *store,
             const char              *placement_id,
             const PslPlacementDates *p,
             GPtrArray               *plan,
             const char              *today,
             guint                   *n_made,
             GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, planned_on, plan_step,"
    "                      created_by, updated_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, psl_actor (), psl_actor ());", error);

  *n_made = 0;
  if (stmt == NULL || !psl_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < plan->len; i++)
    {
      PslPlannedFollowup *planned = g_ptr_array_index (plan, i);
      g_autofree char *id = NULL;

      if (strcmp (planned->due_on, today) < 0)
        continue;
      id = psl_new_id ();
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, p->person_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, placement_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, p->staff_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, planned->label, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, planned->due_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, planned->step, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, stmt, error))
        {
          psl_store_rollback (store);
          return FALSE;
        }
      (*n_made)++;
    }
  return psl_store_commit (store, error);
}

int
psl_followup_plan_create (PslStore   *store,
                          const char *placement_id,
                          const char *template_code,
                          GError    **error)
{
  g_auto(PslPlacementDates) p = { NULL };
  g_autofree char *today = psl_today_iso ();
  g_autofree char *code = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *trial_end = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  gint64 existing;
  guint made;

  if (!read_placement (store, placement_id, &p, error))
    return -1;
  if (g_strcmp0 (p.stage, "ended") == 0 || (p.end != NULL && strcmp (p.end, today) < 0))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("This placement has ended: there is nothing left to follow."));
      return -1;
    }
  if (!has_started (&p))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The placement has not started: its follow-up plan is made when the immersion "
                             "or the contract starts."));
      return -1;
    }
  if ((existing = plan_size (store, placement_id, error)) < 0)
    return -1;
  if (existing > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                           _("This placement has its follow-up plan already: move or add follow-ups one by one."));
      return -1;
    }
  code = template_code != NULL ? g_strdup (template_code) : template_for (store, &p, error);
  if (code == NULL || (steps = template_steps (store, code, error)) == NULL)
    return -1;
  if (p.trial_days > 0)
    trial_end = psl_trial_end (p.start, (guint) p.trial_days);
  else if (g_strcmp0 (p.kind, "contract") == 0)
    trial_end = psl_trial_end_default (p.contract_type, p.start, p.planned_end);
  plan = psl_followup_plan_compute (code, steps, p.start, trial_end, p.end, error);
  if (plan == NULL || !insert_plan (store, placement_id, &p, plan, today, &made, error))
    return -1;
  return (int) made;
}

int
psl_followup_plan_ensure (PslStore   *store,
                          const char *placement_id,
                          GError    **error)
{
  g_auto(PslPlacementDates) p = { NULL };
  g_autofree char *today = psl_today_iso ();
  gint64 existing;

  if (!read_placement (store, placement_id, &p, error))
    return -1;
  if (!has_started (&p) || (p.end != NULL && strcmp (p.end, today) < 0))
    return 0;
  if ((existing = plan_size (store, placement_id, error)) != 0)
    return existing < 0 ? -1 : 0;
  return psl_followup_plan_create (store, placement_id, NULL, error);
}
