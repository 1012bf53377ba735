/* psl-consent.c — what a person agreed to share, with whom, from when to when
 *
 * Nothing leaves the structure about a person without a consent recorded
 * for that use (scope), valid on the day, and naming the firm when it is
 * given for one firm only.  When sharing is not allowed, the reason is
 * said in plain words, so that the counsellor knows what to ask.
 */

#define G_LOG_DOMAIN "psl-consent"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-consent.h"
#include "psl-format.h"
#include "psl-store-private.h"

const PslField psl_consent_fields[] = {
  { "scope",        PSL_FIELD_REF,  N_("Agreed to"), "consent_scope" },
  { "company_id",   PSL_FIELD_ID,   N_("Only with the firm") },
  { "partner_id",   PSL_FIELD_ID,   N_("Only with the partner") },
  { "given_on",     PSL_FIELD_DATE, N_("Given on") },
  { "expires_on",   PSL_FIELD_DATE, N_("Until") },
  { "withdrawn_on", PSL_FIELD_DATE, N_("Withdrawn on") },
  { "recorded_by",  PSL_FIELD_ID,   N_("Recorded by") },
  { NULL }
};

char *
psl_consent_create_from_form (PslStore           *store,
                              const char         *person_id,
                              const char * const *columns,
                              const char * const *values,
                              GError            **error)
{
  return psl_record_insert (store, "consent", psl_consent_fields, "person_id", person_id, columns, values, error);
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  g_autofree char *given = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autofree char *expires = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 4));
  g_autofree char *withdrawn = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 5));
  g_autofree char *since = g_strdup_printf (_("given on %s"), given);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  gboolean ended = sqlite3_column_int (stmt, 6);

  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 2));
  psl_append_part (subtitle, since);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      g_autofree char *text = g_strdup_printf (_("withdrawn on %s"), withdrawn);
      psl_append_part (subtitle, text);
    }
  else if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_autofree char *text = g_strdup_printf (_("until %s"), expires);
      psl_append_part (subtitle, text);
    }
  return psl_record_line_new (psl_column_dup (stmt, 0), psl_column_dup (stmt, 1),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), ended);
}

/* Those in force first.  Today is the user's day, not UTC's. */
GPtrArray *
psl_consent_lines (PslStore   *store,
                   const char *person_id,
                   GError    **error)
{
  return psl_store_collect (store,
    "SELECT c.id, coalesce(r.label, c.scope),"
    "       coalesce(co.trade_name, co.legal_name, pa.name), c.given_on, c.expires_on, c.withdrawn_on,"
    "       c.withdrawn_on IS NOT NULL OR coalesce(c.expires_on < date('now', 'localtime'), 0) AS ended"
    "  FROM consent c"
    "  LEFT JOIN ref_item r ON r.list_code = 'consent_scope' AND r.code = c.scope"
    "  LEFT JOIN company co ON co.id = c.company_id"
    "  LEFT JOIN partner pa ON pa.id = c.partner_id"
    " WHERE c.person_id = ?1"
    " ORDER BY ended, c.given_on DESC;",
    person_id, read_line, (GDestroyNotify) psl_record_line_free, _("Reading the consents"), error);
}

void
psl_consent_free (PslConsent *consent)
{
  if (consent == NULL)
    return;
  g_free (consent->id);
  g_free (consent->scope);
  g_free (consent->scope_label);
  g_free (consent->company_id);
  g_free (consent->company_name);
  g_free (consent->partner_id);
  g_free (consent->partner_name);
  g_free (consent->given_on);
  g_free (consent->expires_on);
  g_free (consent->withdrawn_on);
  g_free (consent);
}

static gpointer
read_consent (sqlite3_stmt *stmt)
{
  PslConsent *consent = g_new0 (PslConsent, 1);

  consent->id = psl_column_dup (stmt, 0);
  consent->scope = psl_column_dup (stmt, 1);
  consent->scope_label = psl_column_dup (stmt, 2);
  consent->company_id = psl_column_dup (stmt, 3);
  consent->company_name = psl_column_dup (stmt, 4);
  consent->partner_id = psl_column_dup (stmt, 5);
  consent->partner_name = psl_column_dup (stmt, 6);
  consent->given_on = psl_column_dup (stmt, 7);
  consent->expires_on = psl_column_dup (stmt, 8);
  consent->withdrawn_on = psl_column_dup (stmt, 9);
  return consent;
}

/* Those in force first, then the latest given first. */
GPtrArray *
psl_consent_list (PslStore   *store,
                  const char *person_id,
                  GError    **error)
{
  return psl_store_collect (store,
    "SELECT c.id, c.scope, coalesce(r.label, c.scope), c.company_id, coalesce(co.trade_name, co.legal_name),"
    "       c.partner_id, pa.name, c.given_on, c.expires_on, c.withdrawn_on"
    "  FROM consent c"
    "  LEFT JOIN ref_item r ON r.list_code = 'consent_scope' AND r.code = c.scope"
    "  LEFT JOIN company co ON co.id = c.company_id"
    "  LEFT JOIN partner pa ON pa.id = c.partner_id"
    " WHERE c.person_id = ?1"
    " ORDER BY c.withdrawn_on IS NOT NULL OR coalesce(c.expires_on < date('now', 'localtime'), 0), c.given_on DESC, c.id;",
    person_id, read_consent, (GDestroyNotify) psl_consent_free, _("Reading the consents"), error);
}

static gboolean
check_date (const char *date,
            GError    **error)
{
  if (psl_date_is_iso (date))
    return TRUE;
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
               _("“%s” is not a date written YYYY-MM-DD."), date != NULL ? date : "");
  return FALSE;
}

/* Marks the consent withdrawn from on_date.  A withdrawal is kept as it
 * was recorded: it says from when sharing stopped, which a later one
 * must not move. */
gboolean
psl_consent_withdraw (PslStore   *store,
                      const char *id,
                      const char *on_date,
                      GError    **error)
{
  g_autofree char *today = psl_today_iso ();
  const char *on = on_date != NULL ? on_date : today;
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  const char *given;
  const char *withdrawn;
  int rc;

  if (!check_date (on, error))
    return FALSE;
  if ((read = psl_store_prepare (store, "SELECT given_on, withdrawn_on FROM consent WHERE id = ?1;", error)) == NULL)
    return FALSE;
  sqlite3_bind_text (read, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (read);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This record is no longer in the database."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the consents"));
      return FALSE;
    }
  given = (const char *) sqlite3_column_text (read, 0);
  withdrawn = (const char *) sqlite3_column_text (read, 1);
  if (withdrawn != NULL)
    {
      g_autofree char *date = psl_format_date_short (withdrawn);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The consent was withdrawn on %s."), date);
      return FALSE;
    }
  if (strcmp (on, given) < 0)
    {
      g_autofree char *date = psl_format_date_short (given);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("A consent cannot be withdrawn before it was given, on %s."), date);
      return FALSE;
    }

  update = psl_store_prepare (store, "UPDATE consent SET withdrawn_on = ?2 WHERE id = ?1;", error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 2, on, -1, SQLITE_STATIC);
  return psl_store_step_done (store, update, error);
}

/* Whether the person agreed to scope (with the firm company_id, when
 * given) on on_date; when not, why_not says what is missing. */
gboolean
psl_consent_allows (PslStore   *store,
                    const char *person_id,
                    const char *scope,
                    const char *company_id,
                    const char *on_date,
                    char      **why_not,
                    GError    **error)
{
  g_autofree char *today = psl_today_iso ();
  const char *on = on_date != NULL ? on_date : today;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *not_yet = NULL;
  int rc;

  if (why_not != NULL)
    *why_not = NULL;
  if (!check_date (on, error))
    return FALSE;
  stmt = psl_store_prepare (store,
    "SELECT c.company_id, c.given_on, c.expires_on, c.withdrawn_on, coalesce(co.trade_name, co.legal_name)"
    "  FROM consent c LEFT JOIN company co ON co.id = c.company_id"
    " WHERE c.person_id = ?1 AND c.scope = ?2"
    " ORDER BY c.given_on DESC, c.id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, scope, -1, SQLITE_STATIC);

  /* The first consent that allows it wins.  Otherwise the reason is that
   * of the latest consent given by on_date, which is the one that would
   * hold; with none given by then, the earliest to come says from when. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *firm = (const char *) sqlite3_column_text (stmt, 0);
      const char *given = (const char *) sqlite3_column_text (stmt, 1);
      const char *expires = (const char *) sqlite3_column_text (stmt, 2);
      const char *withdrawn = (const char *) sqlite3_column_text (stmt, 3);
      const char *firm_name = (const char *) sqlite3_column_text (stmt, 4);
      g_autofree char *why = NULL;

      if (strcmp (given, on) > 0)
        {
          g_autofree char *date = psl_format_date_short (given);

          g_free (not_yet);
          not_yet = g_strdup_printf (_("The consent was given only from %s."), date);
          continue;
        }
      if (withdrawn != NULL && strcmp (withdrawn, on) <= 0)
        {
          g_autofree char *date = psl_format_date_short (withdrawn);
          why = g_strdup_printf (_("The consent was withdrawn on %s."), date);
        }
      else if (expires != NULL && strcmp (expires, on) < 0)
        {
          g_autofree char *date = psl_format_date_short (expires);
          why = g_strdup_printf (_("The consent expired on %s."), date);
        }
      else if (firm != NULL && company_id == NULL)
        why = g_strdup_printf (_("The consent covers one firm only (%s)."), firm_name != NULL ? firm_name : firm);
      else if (firm != NULL && strcmp (firm, company_id) != 0)
        why = g_strdup_printf (_("The consent covers another firm only (%s)."),
                               firm_name != NULL ? firm_name : firm);
      else
        return TRUE;
      if (reason == NULL)
        reason = g_steal_pointer (&why);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the consents"));
      return FALSE;
    }

  if (reason == NULL)
    reason = g_steal_pointer (&not_yet);
  if (why_not != NULL)
    *why_not = reason != NULL ? g_steal_pointer (&reason)
                              : g_strdup (_("No consent to share is recorded for this person."));
  return FALSE;
}
