/* psl-retention.c — how long people's data are kept, and erasure on request
 *
 * The age at entry is the one figure of identity the reports compute from
 * a date of birth: an anonymised person is given a date of birth exactly
 * 20, 40 or 60 years before their entry, which falls in the same band at
 * entry (under 25, 25 to 54, 55 and over) and says nothing more.
 */

#define G_LOG_DOMAIN "psl-retention"

#include "config.h"

#include "psl-i18n.h"

#include "psl-audit.h"
#include "psl-format.h"
#include "psl-outcome.h"
#include "psl-privacy.h"
#include "psl-retention.h"
#include "psl-store-private.h"

#define LAST_RUN_META "retention_last_run"

/* The day a person left: their exit, or for a person deleted from the
 * file without one, the day of the deletion.  A deleted person is still
 * in the base, and the rules reach them as anyone else. */
#define LEFT_ON "coalesce(p.exited_on, date(p.deleted_at))"

/* The people the rules may reach: gone since :today minus the shorter
 * rule, each with the day they were last active (exit, placements,
 * follow-ups, surveys), whether a contract still runs, whether a
 * confidential part is left, and the day before which the longer rule
 * anonymises.  The caller keeps those either rule reaches: filtered in
 * SQL, the subqueries would run twice for each person. */
#define PREVIEW_SQL \
  "SELECT p.id, p.first_name || ' ' || p.last_name, " LEFT_ON "," \
  "       max(" LEFT_ON "," \
  "           coalesce((SELECT max(max(pl.proposed_on, coalesce(pl.start_date, ''), coalesce(pl.end_date, '')))" \
  "                       FROM placement pl WHERE pl.person_id = p.id AND pl.deleted_at IS NULL), '')," \
  "           coalesce((SELECT max(f.done_on) FROM followup f" \
  "                      WHERE f.person_id = p.id AND f.deleted_at IS NULL), '')," \
  "           coalesce((SELECT max(s.done_on) FROM exit_survey s WHERE s.person_id = p.id), ''))," \
  "       EXISTS (SELECT 1 FROM placement pl WHERE pl.person_id = p.id AND pl.deleted_at IS NULL" \
  "                  AND pl.stage = 'contract' AND (pl.end_date IS NULL OR pl.end_date >= :today))," \
  "       p.confidential_erased_on IS NULL" \
  "       AND (EXISTS (SELECT 1 FROM person_sensitive s WHERE s.person_id = p.id)" \
  "            OR EXISTS (SELECT 1 FROM barrier b INDEXED BY barrier_person_notes" \
  "                        WHERE b.person_id = p.id AND b.notes IS NOT NULL))," \
  "       date(:today, '-' || :inactive || ' months'), p.exited_on IS NULL" \
  "  FROM person p" \
  " WHERE p.anonymised_on IS NULL AND p.merged_into IS NULL" \
  "   AND ((p.deleted_at IS NULL AND p.exited_on IS NOT NULL" \
  "         AND p.exited_on < date(:today, '-' || :confidential || ' months'))" \
  "        OR (p.deleted_at IS NOT NULL AND " LEFT_ON " < date(:today, '-' || :confidential || ' months')))" \
  " ORDER BY " LEFT_ON ", p.id;"

#define CONTRACT_SQL \
  "SELECT coalesce(c.trade_name, c.legal_name), pl.start_date FROM placement pl JOIN company c ON c.id = pl.company_id" \
  " WHERE pl.person_id = ?1 AND pl.deleted_at IS NULL AND pl.stage = 'contract'" \
  "   AND (pl.end_date IS NULL OR pl.end_date >= ?2) LIMIT 1;"

/* The people to erase are first listed in a temporary table, then each
 * kind of data goes in one statement for all of them: the run costs a few
 * statements, not a dozen per person.  kind is PSL_RETENTION_ANONYMISE or
 * PSL_RETENTION_CONFIDENTIAL; ?1 is today, ?2 the staff member at work. */
#define TARGETS "(SELECT id FROM temp.erase_target)"
/* PSL_RETENTION_ANONYMISE, as the SQL writes it. */
#define ANONYMISE_CODE "0"
G_STATIC_ASSERT (PSL_RETENTION_ANONYMISE == 0);
#define ANONYMISED "(SELECT id FROM temp.erase_target WHERE kind = " ANONYMISE_CODE ")"
/* Those whose confidential part only goes: the anonymised are written once, below. */
#define KEPT "(SELECT id FROM temp.erase_target WHERE kind <> " ANONYMISE_CODE ")"

/* The age in whole years at entry, as psl_age_band() counts it; NULL for
 * a date of birth unknown, unreadable or after the entry. */
#define AGE_AT_ENTRY \
  "CASE WHEN strftime('%Y', birth_date) IS NULL OR strftime('%Y', entered_on) IS NULL" \
  "          OR birth_date > entered_on THEN NULL" \
  "     ELSE CAST(strftime('%Y', entered_on) AS INTEGER) - CAST(strftime('%Y', birth_date) AS INTEGER)" \
  "          - (strftime('%m-%d', entered_on) < strftime('%m-%d', birth_date)) END"

/* What the tables' stamp trigger would write after each row changed (see
 * psl-migrations.c), written by the statement itself: the trigger then
 * lets the row be, and each row is written once rather than twice. */
#define STAMP \
  ", updated_at = max(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')," \
  "                   coalesce((SELECT value FROM meta WHERE key = 'sync_clock'), '')," \
  "                   strftime('%Y-%m-%dT%H:%M:%fZ', julianday(updated_at) + 1.5 / 86400000.0))," \
  "  site_id = (SELECT value FROM meta WHERE key = 'site_id')"

static const char *const erase_sql[] = {
  /* The confidential part, for everyone listed. */
  "DELETE FROM person_sensitive WHERE person_id IN " TARGETS ";",
  "UPDATE barrier SET notes = NULL" STAMP " WHERE notes IS NOT NULL AND person_id IN " TARGETS ";",
  "UPDATE person SET confidential_erased_on = ?1" STAMP
  " WHERE confidential_erased_on IS NULL AND id IN " KEPT ";",
  /* The identity, for those anonymised: a date of birth exactly 20, 40 or
   * 60 years before the entry keeps the band of age at entry, no more. */
  "UPDATE person SET first_name = 'Anonyme', last_name = upper(substr(id, 1, 8)),"
  "  birth_date = (SELECT CASE WHEN a IS NULL THEN NULL"
  "                            ELSE date(entered_on, '-' || CASE WHEN a < 25 THEN 20 WHEN a < 55 THEN 40 ELSE 60 END"
  "                                                      || ' years') END"
  "                  FROM (SELECT " AGE_AT_ENTRY " AS a)),"
  "  phone = NULL, email = NULL, address = NULL, postcode = NULL, commune = NULL, project = NULL,"
  "  strengths = NULL, languages = NULL, notes = NULL, exit_outcome_reason = NULL, situation_end = NULL,"
  "  anonymised_on = ?1, confidential_erased_on = coalesce(confidential_erased_on, ?1), updated_by = ?2" STAMP
  " WHERE id IN " ANONYMISED ";",
  "DELETE FROM note WHERE subject_kind = 'person' AND subject_id IN " ANONYMISED ";",
  "DELETE FROM consent WHERE person_id IN " ANONYMISED ";",
  "UPDATE followup SET notes = NULL, participants = NULL" STAMP " WHERE person_id IN " ANONYMISED
  "   AND (notes IS NOT NULL OR participants IS NOT NULL);",
  "UPDATE placement SET objectives = NULL" STAMP " WHERE objectives IS NOT NULL AND person_id IN " ANONYMISED ";",
  "UPDATE alert SET actions = NULL, resolution = NULL" STAMP " WHERE person_id IN " ANONYMISED
  "   AND (actions IS NOT NULL OR resolution IS NOT NULL);",
  "UPDATE commitment SET objectives = NULL" STAMP " WHERE objectives IS NOT NULL AND person_id IN " ANONYMISED ";",
  "UPDATE exit_survey SET notes = NULL" STAMP " WHERE notes IS NOT NULL AND person_id IN " ANONYMISED ";",
  "UPDATE referral SET notes = NULL" STAMP " WHERE notes IS NOT NULL AND person_id IN " ANONYMISED ";",
  "UPDATE mentor_meeting SET note = NULL" STAMP " WHERE note IS NOT NULL"
  "   AND mentorship_id IN (SELECT id FROM mentorship WHERE person_id IN " ANONYMISED ");",
  "UPDATE questionnaire_response SET respondent = NULL" STAMP " WHERE subject_kind = 'person'"
  "   AND respondent IS NOT NULL AND subject_id IN " ANONYMISED ";",
};

/* One journal entry for each person listed, with its reason. */
#define JOURNAL_SQL \
  "INSERT INTO audit_entry (id, site_id, at, staff_id, account, action, person_id, detail)" \
  " SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'" \
  "        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)" \
  "        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))," \
  "        ?1, ?2, ?3, ?4, CASE WHEN ?5 IS NOT NULL THEN ?5" \
  "                             WHEN kind = " ANONYMISE_CODE " THEN 'anonymise'" \
  "                             ELSE 'retention' END," \
  "        id, reason FROM temp.erase_target;"

void
psl_retention_item_free (PslRetentionItem *item)
{
  if (item == NULL)
    return;
  g_free (item->person_id);
  g_free (item->name);
  g_free (item->exited_on);
  g_free (item->reason);
  g_free (item);
}

int
psl_retention_months (PslStore   *store,
                      const char *kind)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT months FROM retention_rule WHERE kind = ?1;", NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return sqlite3_column_int (stmt, 0);
    }
  return g_strcmp0 (kind, "confidential") == 0 ? PSL_RETENTION_CONFIDENTIAL_DEFAULT : PSL_RETENTION_INACTIVE_DEFAULT;
}

/* A retention run's line in the audit journal: "Rules applied: 1 person
 * anonymised, 2 confidential parts erased". */
static char *
retention_summary (guint anonymised,
                   guint erased)
{
  g_autofree char *people = g_strdup_printf (psl_ngettext ("%u person anonymised", "%u people anonymised",
                                                           anonymised), anonymised);
  g_autofree char *parts = g_strdup_printf (psl_ngettext ("%u confidential part erased",
                                                          "%u confidential parts erased", erased), erased);

  /* Translators: a retention run's summary in the audit journal, %1$s and %2$s what it did */
  return g_strdup_printf (_("Rules applied: %1$s, %2$s"), people, parts);
}

gboolean
psl_retention_set_months (PslStore   *store,
                          const char *kind,
                          int         months,
                          GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *detail = NULL;
  int was;

  if (g_strcmp0 (kind, "inactive_person") != 0 && g_strcmp0 (kind, "confidential") != 0)
    g_return_val_if_reached (FALSE);
  if (months <= 0 || months > 600)
    {
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                   _("A retention period is from 1 to 600 months, not %d."), months);
      return FALSE;
    }
  if (psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED,
                           _("Only direction sets how long data are kept."));
      return FALSE;
    }
  was = psl_retention_months (store, kind);
  if (was == months)
    return TRUE;
  /* The rule and the journal's line saying who changed it, from what to
   * what: both or neither. */
  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store,
                            "UPDATE retention_rule SET months = ?2, site_id = ?3,"
                            " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE kind = ?1;", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, months);
      sqlite3_bind_text (stmt, 3, psl_store_get_site_id (store), -1, SQLITE_STATIC);
    }
  /* Translators: a change of a retention rule in the audit journal, "Anonymise after exit: from 24 to 36 months" */
  detail = g_strdup_printf (psl_ngettext ("%1$s: from %2$d to %3$d month", "%1$s: from %2$d to %3$d months", months),
                            g_strcmp0 (kind, "confidential") == 0 ? _("Erase the confidential part after exit")
                                                                  : _("Anonymise after exit"),
                            was, months);
  if (stmt == NULL || !psl_store_step_done (store, stmt, error) ||
      !psl_audit_add (store, PSL_AUDIT_RETENTION, NULL, detail, error) || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static PslRetentionItem *
read_item (sqlite3_stmt    *stmt,
           PslRetentionKind kind)
{
  PslRetentionItem *item = g_new0 (PslRetentionItem, 1);
  g_autofree char *exited = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 2));
  g_autofree char *active = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));

  item->person_id = psl_column_dup (stmt, 0);
  item->name = psl_column_dup (stmt, 1);
  item->exited_on = psl_column_dup (stmt, 2);
  item->kind = kind;
  if (sqlite3_column_int (stmt, 7) && item->kind == PSL_RETENTION_ANONYMISE)
    /* Translators: %1$s is the date the person was deleted, %2$s the date of the last activity */
    item->reason = g_strdup_printf (_("deleted on %1$s, nothing since %2$s: anonymised"), exited, active);
  else if (sqlite3_column_int (stmt, 7))
    /* Translators: %s is the date the person was deleted */
    item->reason = g_strdup_printf (_("deleted on %s: confidential part erased"), exited);
  else if (item->kind == PSL_RETENTION_ANONYMISE)
    /* Translators: %1$s is the date of exit, %2$s the date of the last activity */
    item->reason = g_strdup_printf (_("exited on %1$s, nothing since %2$s: anonymised"), exited, active);
  else
    /* Translators: %s is the date of exit */
    item->reason = g_strdup_printf (_("exited on %s: confidential part erased"), exited);
  return item;
}

GPtrArray *
psl_retention_preview (PslStore   *store,
                       const char *today,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, PREVIEW_SQL, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_retention_item_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":today", today);
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":inactive"),
                    psl_retention_months (store, "inactive_person"));
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":confidential"),
                    psl_retention_months (store, "confidential"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Dates compare as the text they are, as SQL compares them. */
      gboolean anonymise = !sqlite3_column_int (stmt, 4) &&
                           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3),
                                      (const char *) sqlite3_column_text (stmt, 6)) < 0;

      if (anonymise || sqlite3_column_int (stmt, 5))
        g_ptr_array_add (items, read_item (stmt, anonymise ? PSL_RETENTION_ANONYMISE : PSL_RETENTION_CONFIDENTIAL));
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Looking for the data past their time"));
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* Empties, or makes, the temporary list of the people to erase. */
static gboolean
targets_reset (PslStore *store,
               GError  **error)
{
  return psl_store_exec (store,
                         "CREATE TEMP TABLE IF NOT EXISTS erase_target (id TEXT PRIMARY KEY, kind INTEGER NOT NULL,"
                         "                                              reason TEXT);"
                         "DELETE FROM temp.erase_target;", error);
}

static gboolean
targets_add (PslStore        *store,
             const char      *person_id,
             PslRetentionKind kind,
             const char      *reason,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT OR REPLACE INTO temp.erase_target (id, kind, reason) VALUES (?1, ?2, ?3);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* Erases what goes for everyone listed and journals each, in the caller's
 * transaction; action is the journal's code, or NULL for the rule's own. */
static gboolean
erase_targets (PslStore   *store,
               const char *today,
               const char *action,
               GError    **error)
{
  g_autofree char *actor = psl_privacy_get_actor (store);
  g_autofree char *now = psl_now_timestamp ();
  g_autoptr(sqlite3_stmt) journal = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (erase_sql); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, erase_sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, stmt, error))
        return FALSE;
    }
  if ((journal = psl_store_prepare (store, JOURNAL_SQL, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (journal, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (journal, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (journal, 3, actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (journal, 4, psl_privacy_get_account (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (journal, 5, action, -1, SQLITE_STATIC);
  return psl_store_step_done (store, journal, error);
}

gboolean
psl_retention_due (PslStore   *store,
                   const char *today)
{
  g_autofree char *last = psl_store_get_meta (store, LAST_RUN_META);
  g_autoptr(GDate) then = last != NULL ? psl_date_parse (last) : NULL;
  g_autoptr(GDate) now = psl_date_parse (today);

  return then == NULL || now == NULL || g_date_days_between (then, now) >= PSL_RETENTION_EVERY_DAYS;
}

gboolean
psl_retention_run (PslStore   *store,
                   const char *today,
                   guint      *n_anonymised,
                   guint      *n_erased,
                   GError    **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *detail = NULL;
  guint anonymised = 0, erased = 0;
  gboolean ok;

  if (psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED,
                           _("Only direction runs the retention rules."));
      return FALSE;
    }
  if (!psl_store_begin (store, error))
    return FALSE;
  ok = (items = psl_retention_preview (store, today, error)) != NULL && targets_reset (store, error);
  for (guint i = 0; ok && i < items->len; i++)
    {
      PslRetentionItem *item = g_ptr_array_index (items, i);

      ok = targets_add (store, item->person_id, item->kind, item->reason, error);
      if (item->kind == PSL_RETENTION_ANONYMISE)
        anonymised++;
      else
        erased++;
    }
  ok = ok && erase_targets (store, today, NULL, error);
  detail = retention_summary (anonymised, erased);
  ok = ok && psl_audit_add (store, PSL_AUDIT_RETENTION, NULL, detail, error) &&
       psl_store_set_meta (store, LAST_RUN_META, today, error) && psl_store_commit (store, error);
  if (!ok)
    {
      psl_store_rollback (store);
      return FALSE;
    }
  if (n_anonymised != NULL)
    *n_anonymised = anonymised;
  if (n_erased != NULL)
    *n_erased = erased;
  return TRUE;
}

static gboolean
refuse_if_working (PslStore   *store,
                   const char *person_id,
                   const char *today,
                   GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, CONTRACT_SQL, error);
  g_autofree char *since = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;
  since = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
  /* Translators: %1$s is a firm, %2$s the start date of the contract */
  g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_REFUSED,
               _("Not erased: a contract with %1$s is in progress (since %2$s), and its follow-up needs the "
                 "person's file. Erase it once the contract has ended."),
               sqlite3_column_text (stmt, 0), since != NULL ? since : "—");
  return FALSE;
}

/* A person deleted from the file is still in the base, and may be erased. */
static gboolean
person_exists (PslStore   *store,
               const char *person_id,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT anonymised_on FROM person WHERE id = ?1;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("There is no such person in the database."));
      return FALSE;
    }
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_REFUSED,
                           _("This person was already anonymised."));
      return FALSE;
    }
  return TRUE;
}

char *
psl_erasure_summary (PslStore   *store,
                     const char *person_id,
                     const char *today,
                     GError    **error)
{
  if (!person_exists (store, person_id, error) || !refuse_if_working (store, person_id, today, error))
    return NULL;
  return g_strdup (_("Will go: the name, date of birth (kept as an age band at entry), contact details, address, "
                     "project, notes, consents, the confidential part and the free texts of follow-ups and "
                     "placements.\n"
                     "Will stay, without a name: sex, age band at entry, antenna, referent, dates, phases, "
                     "outcomes, placements with their firm and follow-ups with their dates, so that the reports "
                     "keep their figures.\n"
                     "This cannot be undone."));
}

gboolean
psl_erasure_run (PslStore   *store,
                 const char *person_id,
                 const char *today,
                 GError    **error)
{
  gboolean ok;

  if (!person_exists (store, person_id, error) || !psl_privacy_may_read (store, person_id, error) ||
      !refuse_if_working (store, person_id, today, error))
    return FALSE;
  if (!psl_store_begin (store, error))
    return FALSE;
  ok = targets_reset (store, error) &&
       targets_add (store, person_id, PSL_RETENTION_ANONYMISE, _("anonymised on the person's request"), error) &&
       erase_targets (store, today, "erase", error);
  if (!ok || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}
