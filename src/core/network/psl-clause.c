/* psl-clause.c — social clauses of public contracts: the contract, the hours it owes, the people placed on it
 *
 * A public buyer writes into a contract that the firm winning it will
 * give so many hours of work to people in insertion (seed 002: "une
 * clause stipulant le recours à trois postes en insertion").  The firm is
 * one of the network; the structure places its people there, usually
 * through a placement at that firm, and counts their hours.  The balance
 * is what the buyer asks for: hours done against hours owed, by person,
 * and whether the contract keeps pace.
 *
 * The pace is reckoned by month, as hours are reported: by the end of the
 * month before today, the hours done should be at least the share of the
 * hours owed that the time elapsed since the start is of the whole
 * contract.  A contract ended short is late whatever its pace was.
 */

#define G_LOG_DOMAIN "psl-clause"

#include "config.h"

#include <math.h>

#include "psl-i18n.h"

#include "psl-calendar-export.h"
#include "psl-clause.h"
#include "psl-format.h"
#include "psl-store-private.h"

void
psl_clause_contract_clear (PslClauseContract *contract)
{
  g_clear_pointer (&contract->id, g_free);
  g_clear_pointer (&contract->company_id, g_free);
  g_clear_pointer (&contract->title, g_free);
  g_clear_pointer (&contract->lot, g_free);
  g_clear_pointer (&contract->buyer, g_free);
  g_clear_pointer (&contract->reference, g_free);
  g_clear_pointer (&contract->starts_on, g_free);
  g_clear_pointer (&contract->ends_on, g_free);
}

static void
person_free (PslClausePerson *person)
{
  g_free (person->person_id);
  g_free (person->person_name);
  g_free (person->initials);
  g_free (person->first_on);
  g_free (person->last_on);
  g_free (person);
}

static void
hours_free (PslClauseHours *line)
{
  g_free (line->id);
  g_free (line->person_id);
  g_free (line->person_name);
  g_free (line->initials);
  g_free (line->placement_id);
  g_free (line->from_on);
  g_free (line->to_on);
  g_free (line);
}

void
psl_clause_balance_free (PslClauseBalance *balance)
{
  if (balance == NULL)
    return;
  psl_clause_contract_clear (&balance->contract);
  g_free (balance->company_name);
  g_free (balance->today);
  g_free (balance->reckoned_to);
  g_clear_pointer (&balance->people, g_ptr_array_unref);
  g_clear_pointer (&balance->lines, g_ptr_array_unref);
  g_free (balance);
}

void
psl_clause_candidate_free (PslClauseCandidate *candidate)
{
  g_free (candidate->person_id);
  g_free (candidate->placement_id);
  g_free (candidate->label);
  g_free (candidate);
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
too_long (const char *text,
          glong       max)
{
  return text != NULL && g_utf8_strlen (text, -1) > max;
}

/* The days from start to end, both counted. */
static int
days_between (const char *start,
              const char *end)
{
  g_autoptr(GDate) a = psl_date_parse (start);
  g_autoptr(GDate) b = psl_date_parse (end);

  return g_date_days_between (a, b) + 1;
}

char *
psl_clause_format_hours (double hours)
{
  double whole = floor (hours + 0.05);
  g_autofree char *count = psl_format_count ((gint64) whole);
  int tenth = (int) lround ((hours - whole) * 10);

  if (tenth <= 0 || tenth >= 10)
    return g_strdup_printf ("%s h", count);
  /* Translators: hours with a tenth, "1 234,5 h": %1$s the whole hours, %2$d the tenth */
  return g_strdup_printf (_("%1$s.%2$d h"), count, tenth);
}

gboolean
psl_clause_contract_check (const PslClauseContract *c,
                           GError                 **error)
{
  if (blank (c->title))
    return refuse (error, _("Give the contract’s title, as the buyer wrote it."));
  if (too_long (c->title, PSL_CLAUSE_TITLE_MAX))
    return refuse (error, _("The contract’s title is longer than 200 characters: shorten it (the lot and the "
                            "reference have their own fields)."));
  if (blank (c->buyer))
    return refuse (error, _("Give the public buyer (the town, the council, the social landlord…)."));
  if (too_long (c->buyer, PSL_CLAUSE_TITLE_MAX))
    return refuse (error, _("The buyer’s name is longer than 200 characters: shorten it."));
  if (too_long (c->lot, PSL_CLAUSE_LOT_MAX) || too_long (c->reference, PSL_CLAUSE_LOT_MAX))
    return refuse (error, _("The lot and the reference are 100 characters at most: shorten them."));
  if (c->starts_on == NULL || !psl_date_is_iso (c->starts_on) || c->ends_on == NULL || !psl_date_is_iso (c->ends_on))
    return refuse (error, _("Give the day the contract starts and the day it ends, for example 01/03/2027."));
  if (strcmp (c->ends_on, c->starts_on) < 0)
    return refuse (error, _("The contract ends before it starts: check its dates."));
  if (!(c->hours_owed > 0))
    return refuse (error, _("Give the number of insertion hours the contract owes: more than zero."));
  if (c->hours_owed > PSL_CLAUSE_HOURS_MAX)
    return refuse (error, _("A contract owes 100,000 insertion hours at most: check the number typed."));
  return TRUE;
}

/* 0 the firm is there, 1 deleted, -1 unknown. */
static int
company_state (PslStore    *store,
               const char  *company_id,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store, "SELECT deleted_at IS NOT NULL FROM company WHERE id = ?1;",
                                                    company_id, _("Reading the firm"), error);

  if (stmt == NULL)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

static gboolean
check_company (PslStore    *store,
               const char  *company_id,
               GError     **error)
{
  g_autoptr(GError) local = NULL;
  int state = company_id != NULL ? company_state (store, company_id, &local) : -1;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (state < 0)
    return refuse (error, _("Choose the firm of the network that won the contract."));
  if (state > 0)
    return refuse (error, _("This firm has been deleted: restore it before recording its contracts or their hours."));
  return TRUE;
}

char *
psl_clause_contract_save (PslStore                *store,
                          const PslClauseContract *c,
                          GError                 **error)
{
  g_autofree char *id = c->id != NULL ? g_strdup (c->id) : psl_new_id ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!psl_clause_contract_check (c, error) || !check_company (store, c->company_id, error))
    return NULL;
  if (c->id != NULL)
    {
      g_autoptr(sqlite3_stmt) outside = psl_store_prepare (store,
        "SELECT count(*) FROM clause_hours WHERE contract_id = ?1 AND deleted_at IS NULL"
        "   AND (from_on < ?2 OR to_on > ?3);", error);

      if (outside == NULL)
        return NULL;
      sqlite3_bind_text (outside, 1, c->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (outside, 2, c->starts_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (outside, 3, c->ends_on, -1, SQLITE_STATIC);
      if (sqlite3_step (outside) == SQLITE_ROW && sqlite3_column_int (outside, 0) > 0)
        {
          /* Translators: %d lines of hours, already recorded, fall outside the new dates */
          g_autofree char *message = g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%d line of hours already recorded falls outside these dates: "
                                          "correct or delete it first.",
                                          "%d lines of hours already recorded fall outside these dates: "
                                          "correct or delete them first.", sqlite3_column_int (outside, 0)),
            sqlite3_column_int (outside, 0));

          return refuse (error, message), NULL;
        }
      stmt = psl_store_prepare (store,
        "UPDATE clause_contract SET company_id = :company, title = :title, lot = :lot, buyer = :buyer,"
        "       reference = :reference, starts_on = :starts, ends_on = :ends, hours_owed = :hours,"
        "       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
        " WHERE id = :id AND deleted_at IS NULL;", error);
    }
  else
    stmt = psl_store_prepare (store,
      "INSERT INTO clause_contract (id, site_id, company_id, title, lot, buyer, reference, starts_on, ends_on,"
      "                             hours_owed)"
      " VALUES (:id, :site, :company, :title, :lot, :buyer, :reference, :starts, :ends, :hours);", error);
  if (stmt == NULL)
    return NULL;
  {
    g_autofree char *title = g_strstrip (g_strdup (c->title));
    g_autofree char *buyer = g_strstrip (g_strdup (c->buyer));
    g_autofree char *lot = blank (c->lot) ? NULL : g_strstrip (g_strdup (c->lot));
    g_autofree char *reference = blank (c->reference) ? NULL : g_strstrip (g_strdup (c->reference));

    psl_bind_named (stmt, ":id", id);
    psl_bind_named (stmt, ":site", psl_store_get_site_id (store));
    psl_bind_named (stmt, ":company", c->company_id);
    psl_bind_named (stmt, ":title", title);
    psl_bind_named (stmt, ":lot", lot);
    psl_bind_named (stmt, ":buyer", buyer);
    psl_bind_named (stmt, ":reference", reference);
    psl_bind_named (stmt, ":starts", c->starts_on);
    psl_bind_named (stmt, ":ends", c->ends_on);
    sqlite3_bind_double (stmt, sqlite3_bind_parameter_index (stmt, ":hours"), c->hours_owed);
    if (!psl_store_step_done (store, stmt, error))
      return NULL;
  }
  if (c->id != NULL && sqlite3_changes (psl_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This contract is no longer in the database."));
      return NULL;
    }
  return g_steal_pointer (&id);
}

static gboolean
soft_delete (PslStore    *store,
             const char  *sql,
             const char  *id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_clause_contract_delete (PslStore    *store,
                            const char  *contract_id,
                            GError     **error)
{
  if (!psl_store_begin (store, error))
    return FALSE;
  if (!soft_delete (store,
                    "UPDATE clause_hours SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
                    "       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
                    " WHERE contract_id = ?1 AND deleted_at IS NULL;", contract_id, error)
      || !soft_delete (store,
                       "UPDATE clause_contract SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
                       "       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
                       " WHERE id = ?1 AND deleted_at IS NULL;", contract_id, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  return psl_store_commit (store, error);
}

gboolean
psl_clause_hours_delete (PslStore    *store,
                         const char  *hours_id,
                         GError     **error)
{
  return soft_delete (store,
                      "UPDATE clause_hours SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
                      "       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
                      " WHERE id = ?1 AND deleted_at IS NULL;", hours_id, error);
}

/* The contract's dates and firm, and whether it and its firm are there. */
static gboolean
check_hours (PslStore    *store,
             const char  *contract_id,
             const char  *person_id,
             const char  *placement_id,
             const char  *from_on,
             const char  *to_on,
             double       hours,
             const char  *today_iso,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) contract = psl_store_prepare (store,
    "SELECT k.starts_on, k.ends_on, c.deleted_at IS NOT NULL,"
    "       (SELECT count(*) FROM person p WHERE p.id = ?2 AND p.deleted_at IS NULL),"
    "       (SELECT count(*) FROM placement pl WHERE pl.id = ?3 AND pl.deleted_at IS NULL"
    "          AND pl.person_id = ?2 AND pl.company_id = k.company_id)"
    "  FROM clause_contract k JOIN company c ON c.id = k.company_id"
    " WHERE k.id = ?1 AND k.deleted_at IS NULL;", error);
  const char *starts_on, *ends_on;
  int rc;

  if (contract == NULL)
    return FALSE;
  sqlite3_bind_text (contract, 1, contract_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (contract, 2, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (contract, 3, placement_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (contract);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the contract"));
      return FALSE;
    }
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This contract is no longer in the database."));
      return FALSE;
    }
  if (sqlite3_column_int (contract, 2))
    return refuse (error, _("This firm has been deleted: restore it before recording its contracts or their hours."));
  if (person_id == NULL || sqlite3_column_int (contract, 3) == 0)
    return refuse (error, _("Choose a person followed by the structure: this one is not (or no longer) in the "
                            "database."));
  if (placement_id != NULL && sqlite3_column_int (contract, 4) == 0)
    return refuse (error, _("This placement is not the person’s at the firm that won the contract: choose one of "
                            "theirs at that firm, or none."));
  if (from_on == NULL || !psl_date_is_iso (from_on) || to_on == NULL || !psl_date_is_iso (to_on))
    return refuse (error, _("Give the first and the last day of the hours, for example 01/03/2027 and 31/03/2027."));
  if (strcmp (to_on, from_on) < 0)
    return refuse (error, _("The hours’ last day comes before their first: check the dates."));
  starts_on = (const char *) sqlite3_column_text (contract, 0);
  ends_on = (const char *) sqlite3_column_text (contract, 1);
  if (strcmp (from_on, starts_on) < 0 || strcmp (to_on, ends_on) > 0)
    {
      g_autofree char *start = psl_format_date (starts_on);
      g_autofree char *end = psl_format_date (ends_on);
      /* Translators: %1$s and %2$s are the contract's first and last days */
      g_autofree char *message = g_strdup_printf (_("Only hours worked while the contract runs count, from %1$s to "
                                                    "%2$s: correct the dates."), start, end);

      return refuse (error, message);
    }
  if (today_iso != NULL && strcmp (to_on, today_iso) > 0)
    return refuse (error, _("Hours are recorded once worked: the last day cannot be after today."));
  if (!(hours > 0))
    return refuse (error, _("Give the hours worked: more than zero."));
  if (hours > PSL_CLAUSE_HOURS_A_DAY * days_between (from_on, to_on))
    {
      g_autofree char *most = psl_clause_format_hours (PSL_CLAUSE_HOURS_A_DAY * days_between (from_on, to_on));
      /* Translators: %s is the most hours the period can hold, "310 h" */
      g_autofree char *message = g_strdup_printf (_("Nobody works more than ten hours a day (Code du travail, "
                                                    "L. 3121-18): these days hold %s at most. Check the hours or "
                                                    "the dates."), most);

      return refuse (error, message);
    }
  return TRUE;
}

char *
psl_clause_hours_add (PslStore   *store,
                      const char *contract_id,
                      const char *person_id,
                      const char *placement_id,
                      const char *from_on,
                      const char *to_on,
                      double      hours,
                      const char *today_iso,
                      GError    **error)
{
  g_autofree char *id = psl_new_id ();
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (!check_hours (store, contract_id, person_id, placement_id, from_on, to_on, hours, today_iso, error))
    return NULL;
  insert = psl_store_prepare (store,
    "INSERT INTO clause_hours (id, site_id, contract_id, person_id, placement_id, from_on, to_on, hours)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);", error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, contract_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, placement_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, from_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 7, to_on, -1, SQLITE_STATIC);
  sqlite3_bind_double (insert, 8, hours);
  if (!psl_store_step_done (store, insert, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* The last day of the month before today's, or NULL. */
static char *
end_of_previous_month (const char *today_iso)
{
  g_autoptr(GDate) day = psl_date_parse (today_iso);

  if (day == NULL)
    return NULL;
  g_date_set_day (day, 1);
  g_date_subtract_days (day, 1);
  return psl_date_to_iso (day);
}

static void
reckon (PslClauseBalance *b)
{
  const PslClauseContract *c = &b->contract;
  g_autofree char *month_end = end_of_previous_month (b->today);

  b->hours_left = MAX (0.0, c->hours_owed - b->hours_done);
  b->hours_expected = 0;
  if (month_end != NULL && strcmp (month_end, c->starts_on) >= 0)
    {
      b->reckoned_to = g_strdup (strcmp (month_end, c->ends_on) < 0 ? month_end : c->ends_on);
      b->hours_expected = c->hours_owed * days_between (c->starts_on, b->reckoned_to)
                          / days_between (c->starts_on, c->ends_on);
    }
  /* A tenth of an hour is the finest anyone types. */
  if (b->hours_done + 0.05 >= c->hours_owed)
    b->state = PSL_CLAUSE_DONE;
  else if (strcmp (b->today, c->starts_on) < 0)
    b->state = PSL_CLAUSE_UPCOMING;
  else if (strcmp (b->today, c->ends_on) > 0 || b->hours_done + 0.05 < b->hours_expected)
    b->state = PSL_CLAUSE_LATE;
  else
    b->state = PSL_CLAUSE_ON_TRACK;
}

#define CONTRACT_SELECT \
  "SELECT k.id, k.company_id, k.title, k.lot, k.buyer, k.reference, k.starts_on, k.ends_on, k.hours_owed," \
  "       coalesce(nullif(c.trade_name, ''), c.legal_name), c.deleted_at IS NOT NULL" \
  "  FROM clause_contract k JOIN company c ON c.id = k.company_id"

static gpointer
read_contract (sqlite3_stmt *stmt)
{
  PslClauseBalance *b = g_new0 (PslClauseBalance, 1);

  b->contract.id = psl_column_dup (stmt, 0);
  b->contract.company_id = psl_column_dup (stmt, 1);
  b->contract.title = psl_column_dup (stmt, 2);
  b->contract.lot = psl_column_dup (stmt, 3);
  b->contract.buyer = psl_column_dup (stmt, 4);
  b->contract.reference = psl_column_dup (stmt, 5);
  b->contract.starts_on = psl_column_dup (stmt, 6);
  b->contract.ends_on = psl_column_dup (stmt, 7);
  b->contract.hours_owed = sqlite3_column_double (stmt, 8);
  b->company_name = psl_column_dup (stmt, 9);
  b->company_deleted = sqlite3_column_int (stmt, 10);
  return b;
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  PslClauseHours *line = g_new0 (PslClauseHours, 1);

  line->id = psl_column_dup (stmt, 0);
  line->person_id = psl_column_dup (stmt, 1);
  line->person_name = psl_column_dup (stmt, 2);
  line->initials = psl_calendar_initials (line->person_name);
  line->placement_id = psl_column_dup (stmt, 3);
  line->from_on = psl_column_dup (stmt, 4);
  line->to_on = psl_column_dup (stmt, 5);
  line->hours = sqlite3_column_double (stmt, 6);
  return line;
}

static gint
by_hours (gconstpointer a,
          gconstpointer b)
{
  const PslClausePerson *x = *(PslClausePerson *const *) a;
  const PslClausePerson *y = *(PslClausePerson *const *) b;

  if (x->hours != y->hours)
    return x->hours > y->hours ? -1 : 1;
  return g_utf8_collate (x->person_name, y->person_name);
}

/* The lines, then the people and the figures from them. */
static gboolean
fill_balance (PslStore          *store,
              PslClauseBalance  *b,
              const char        *today_iso,
              GError           **error)
{
  g_autoptr(GHashTable) by_person = g_hash_table_new (g_str_hash, g_str_equal);

  b->today = g_strdup (today_iso);
  b->lines = psl_store_collect (store,
    "SELECT h.id, h.person_id, p.first_name || ' ' || p.last_name, h.placement_id, h.from_on, h.to_on, h.hours"
    "  FROM clause_hours h JOIN person p ON p.id = h.person_id"
    " WHERE h.contract_id = ?1 AND h.deleted_at IS NULL"
    " ORDER BY h.from_on, h.to_on, p.last_name, p.first_name;",
    b->contract.id, read_line, (GDestroyNotify) hours_free, _("Reading the hours of the contract"), error);
  if (b->lines == NULL)
    return FALSE;
  b->people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  for (guint i = 0; i < b->lines->len; i++)
    {
      PslClauseHours *line = g_ptr_array_index (b->lines, i);
      PslClausePerson *person = g_hash_table_lookup (by_person, line->person_id);

      if (person == NULL)
        {
          person = g_new0 (PslClausePerson, 1);
          person->person_id = g_strdup (line->person_id);
          person->person_name = g_strdup (line->person_name);
          person->initials = g_strdup (line->initials);
          person->first_on = g_strdup (line->from_on);
          g_ptr_array_add (b->people, person);
          g_hash_table_insert (by_person, person->person_id, person);
        }
      if (person->last_on == NULL || strcmp (line->to_on, person->last_on) > 0)
        {
          g_free (person->last_on);
          person->last_on = g_strdup (line->to_on);
        }
      person->hours += line->hours;
      b->hours_done += line->hours;
    }
  g_ptr_array_sort (b->people, by_hours);
  reckon (b);
  return TRUE;
}

PslClauseBalance *
psl_clause_balance_load (PslStore   *store,
                         const char *contract_id,
                         const char *today_iso,
                         GError    **error)
{
  g_autoptr(PslClauseBalance) b = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local = NULL;

  if (today_iso == NULL || !psl_date_is_iso (today_iso))
    return refuse (error, _("The day the balance is reckoned on is not a date.")), NULL;
  stmt = psl_store_row_for (store, CONTRACT_SELECT " WHERE k.id = ?1 AND k.deleted_at IS NULL;",
                            contract_id, _("Reading the contract"), &local);
  if (stmt == NULL)
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                             _("There is no contract with this identifier: check it (the firm’s Social Clauses tab "
                               "shows it)."));
      return NULL;
    }
  b = read_contract (stmt);
  if (!fill_balance (store, b, today_iso, error))
    return NULL;
  return g_steal_pointer (&b);
}

GPtrArray *
psl_clause_balances_for_company (PslStore   *store,
                                 const char *company_id,
                                 const char *today_iso,
                                 GError    **error)
{
  g_autoptr(GPtrArray) all = psl_store_collect (store,
    CONTRACT_SELECT " WHERE k.company_id = ?1 AND k.deleted_at IS NULL ORDER BY k.starts_on DESC, k.title;",
    company_id, read_contract, (GDestroyNotify) psl_clause_balance_free, _("Reading the firm’s contracts"), error);

  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    if (!fill_balance (store, g_ptr_array_index (all, i), today_iso, error))
      return NULL;
  return g_steal_pointer (&all);
}

static gpointer
read_candidate (sqlite3_stmt *stmt)
{
  PslClauseCandidate *c = g_new0 (PslClauseCandidate, 1);
  g_autofree char *start = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 4));
  g_autofree char *end = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 5));
  gboolean immersion = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "immersion") == 0;

  c->person_id = psl_column_dup (stmt, 0);
  c->placement_id = psl_column_dup (stmt, 1);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    /* Translators: a person placed at a firm: %1$s the name, %2$s and %3$s dates */
    c->label = g_strdup_printf (immersion ? _("%1$s — immersion from %2$s to %3$s")
                                          : _("%1$s — contract from %2$s to %3$s"),
                                sqlite3_column_text (stmt, 2), start, end);
  else
    /* Translators: a person placed at a firm: %1$s the name, %2$s the start */
    c->label = g_strdup_printf (immersion ? _("%1$s — immersion from %2$s") : _("%1$s — contract from %2$s"),
                                sqlite3_column_text (stmt, 2), start);
  return c;
}

GPtrArray *
psl_clause_candidates (PslStore   *store,
                       const char *company_id,
                       GError    **error)
{
  return psl_store_collect (store,
    "SELECT p.id, pl.id, p.first_name || ' ' || p.last_name, coalesce(pl.kind, pl.stage), pl.start_date,"
    "       coalesce(pl.end_date, pl.planned_end)"
    "  FROM placement pl JOIN person p ON p.id = pl.person_id"
    " WHERE pl.company_id = ?1 AND pl.deleted_at IS NULL AND p.deleted_at IS NULL"
    "   AND pl.start_date IS NOT NULL AND pl.stage IN ('immersion', 'contract', 'ended')"
    " ORDER BY p.last_name, p.first_name, pl.start_date DESC;",
    company_id, read_candidate, (GDestroyNotify) psl_clause_candidate_free, _("Reading the people placed at the firm"),
    error);
}

const char *
psl_clause_state_label (PslClauseState state)
{
  switch (state)
    {
    case PSL_CLAUSE_UPCOMING:
      /* Translators: the state of a contract's insertion hours */
      return _("Not started");
    case PSL_CLAUSE_ON_TRACK:
      /* Translators: the state of a contract's insertion hours */
      return _("On track");
    case PSL_CLAUSE_LATE:
      /* Translators: the state of a contract's insertion hours */
      return _("Late");
    case PSL_CLAUSE_DONE:
    default:
      /* Translators: the state of a contract's insertion hours */
      return _("Done");
    }
}

const char *
psl_clause_state_rule (void)
{
  return _("Done when the hours done reach the hours owed. Otherwise late when, at the end of the previous month, "
           "they are below the share of the hours owed that the time elapsed since the start is of the whole "
           "contract, or when the contract has ended; on track if not.");
}

char *
psl_clause_state_explain (const PslClauseBalance *b)
{
  g_autofree char *done = psl_clause_format_hours (b->hours_done);
  g_autofree char *owed = psl_clause_format_hours (b->contract.hours_owed);
  g_autofree char *left = psl_clause_format_hours (b->hours_left);
  g_autofree char *expected = psl_clause_format_hours (b->hours_expected);
  g_autofree char *until = b->reckoned_to != NULL ? psl_format_date (b->reckoned_to) : NULL;
  g_autofree char *start = psl_format_date (b->contract.starts_on);

  switch (b->state)
    {
    case PSL_CLAUSE_DONE:
      /* Translators: %1$s hours done, %2$s hours owed */
      return g_strdup_printf (_("%1$s done of the %2$s owed: the clause is fulfilled."), done, owed);
    case PSL_CLAUSE_UPCOMING:
      /* Translators: %1$s a date, %2$s hours owed */
      return g_strdup_printf (_("The contract starts on %1$s; it owes %2$s."), start, owed);
    case PSL_CLAUSE_LATE:
      if (strcmp (b->today, b->contract.ends_on) > 0)
        /* Translators: %1$s hours done, %2$s hours owed, %3$s hours missing */
        return g_strdup_printf (_("The contract has ended with %1$s done of the %2$s owed: %3$s are missing."),
                                done, owed, left);
      /* Translators: %1$s hours done, %2$s the hours due by the date %3$s, %4$s hours left */
      return g_strdup_printf (_("%1$s done, where %2$s were due by %3$s at an even pace; %4$s left to do."),
                              done, expected, until, left);
    case PSL_CLAUSE_ON_TRACK:
    default:
      if (until == NULL)
        /* Translators: %1$s hours done, %2$s hours left */
        return g_strdup_printf (_("%1$s done in the contract’s first month; %2$s left to do."), done, left);
      /* Translators: %1$s hours done, %2$s the hours due by the date %3$s, %4$s hours left */
      return g_strdup_printf (_("%1$s done, at least the %2$s due by %3$s at an even pace; %4$s left to do."),
                              done, expected, until, left);
    }
}
