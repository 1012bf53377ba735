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
#include <glib/gi18n.h>

#include "psl-consent.h"
#include "psl-format.h"

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

/* Those in force first. */
GPtrArray *
psl_consent_lines (PslStore   *store,
                   const char *person_id,
                   GError    **error)
{
  return psl_store_collect (store,
    "SELECT c.id, coalesce(r.label, c.scope),"
    "       coalesce(co.trade_name, co.legal_name, pa.name), c.given_on, c.expires_on, c.withdrawn_on,"
    "       c.withdrawn_on IS NOT NULL OR c.expires_on < date('now') AS ended"
    "  FROM consent c"
    "  LEFT JOIN ref_item r ON r.list_code = 'consent_scope' AND r.code = c.scope"
    "  LEFT JOIN company co ON co.id = c.company_id"
    "  LEFT JOIN partner pa ON pa.id = c.partner_id"
    " WHERE c.person_id = ?1"
    " ORDER BY ended, c.given_on DESC;",
    person_id, read_line, (GDestroyNotify) psl_record_line_free, _("Reading the consents"), error);
}

/* Whether the person agreed to scope (with the firm company_id, when
 * given) on on_date; when not, why_not says what is missing. */
gboolean
psl_consent_allows (PslStore   *store,
                    const char *person_id,
                    const char *scope,
                    const char *company_id,
                    const char *on_date,
                    char      **why_not)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT c.company_id, c.given_on, c.expires_on, c.withdrawn_on, coalesce(co.trade_name, co.legal_name)"
    "  FROM consent c LEFT JOIN company co ON co.id = c.company_id"
    " WHERE c.person_id = ?1 AND c.scope = ?2"
    " ORDER BY c.given_on DESC;", NULL);
  g_autofree char *reason = NULL;

  if (why_not != NULL)
    *why_not = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, scope, -1, SQLITE_STATIC);

  /* The first consent that allows it wins; otherwise the reason given is
   * that of the latest one. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *firm = (const char *) sqlite3_column_text (stmt, 0);
      const char *given = (const char *) sqlite3_column_text (stmt, 1);
      const char *expires = (const char *) sqlite3_column_text (stmt, 2);
      const char *withdrawn = (const char *) sqlite3_column_text (stmt, 3);
      g_autofree char *why = NULL;

      if (strcmp (given, on_date) > 0)
        {
          g_autofree char *date = psl_format_date_short (given);
          why = g_strdup_printf (_("The consent was given only from %s."), date);
        }
      else if (withdrawn != NULL && strcmp (withdrawn, on_date) <= 0)
        {
          g_autofree char *date = psl_format_date_short (withdrawn);
          why = g_strdup_printf (_("The consent was withdrawn on %s."), date);
        }
      else if (expires != NULL && strcmp (expires, on_date) < 0)
        {
          g_autofree char *date = psl_format_date_short (expires);
          why = g_strdup_printf (_("The consent expired on %s."), date);
        }
      else if (firm != NULL && g_strcmp0 (firm, company_id) != 0)
        why = g_strdup_printf (_("The consent covers another firm only (%s)."), sqlite3_column_text (stmt, 4));
      else
        return TRUE;
      if (reason == NULL)
        reason = g_steal_pointer (&why);
    }

  if (why_not != NULL)
    *why_not = reason != NULL ? g_steal_pointer (&reason)
                              : g_strdup (_("No consent to share is recorded for this person."));
  return FALSE;
}
