/* psl-alert.c — alerts on a job at risk: who raised it, how serious, what was done, how it ended
 *
 * An alert is raised by the person, the tutor, the firm or the counsellor
 * when a job is at risk; mediation follows, and the alert is closed with
 * what came of it.  The firm is that of the placement it is about, so
 * that open alerts are seen on the firm's page as well as the person's.
 */

#define G_LOG_DOMAIN "psl-alert"

#include "config.h"

#include "psl-i18n.h"
#include <string.h>

#include "psl-alert.h"
#include "psl-format.h"
#include "psl-store-private.h"

static const char *raisers[] = { "person", "tutor", "company", "counsellor", NULL };
static const char *risks[] = { "1", "2", "3", NULL };

const PslField psl_alert_fields[] = {
  { "raised_by",    PSL_FIELD_CHOICE, N_("Raised by"), NULL, raisers },
  { "risk_level",   PSL_FIELD_CHOICE, N_("Risk"), NULL, risks },
  { "placement_id", PSL_FIELD_ID,     N_("Placement") },
  { "opened_on",    PSL_FIELD_DATE,   N_("Opened on") },
  { "actions",      PSL_FIELD_TEXT,   N_("Actions and mediation") },
  { "resolved_on",  PSL_FIELD_DATE,   N_("Resolved on") },
  { "resolution",   PSL_FIELD_TEXT,   N_("How it ended") },
  { NULL }
};

const char *
psl_alert_risk_label (int risk_level)
{
  switch (risk_level)
    {
    case 1: return _("Low risk");
    case 2: return _("Real risk");
    case 3: return _("High risk");
    default: return "";
    }
}

static gboolean
blame (const char **refused_column,
       const char  *column,
       GError     **error,
       const char  *message)
{
  *refused_column = column;
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
psl_alert_check (GHashTable  *values,
                 const char **refused_column,
                 GError     **error)
{
  const char *opened_text = g_hash_table_lookup (values, "opened_on");
  const char *resolved_text = g_hash_table_lookup (values, "resolved_on");
  const char *resolution = g_hash_table_lookup (values, "resolution");
  g_autoptr(GDate) opened = psl_date_parse_user (opened_text);
  g_autoptr(GDate) resolved = psl_date_parse_user (resolved_text);
  g_autofree char *today_iso = psl_today_iso ();
  g_autoptr(GDate) today = psl_date_parse (today_iso);

  if (opened != NULL && g_date_compare (opened, today) > 0)
    return blame (refused_column, "opened_on", error, _("An alert cannot be opened in the future."));
  if (resolved != NULL && opened != NULL && g_date_compare (resolved, opened) < 0)
    return blame (refused_column, "resolved_on", error, _("An alert cannot be resolved before it was opened."));
  if (resolved != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (resolution != NULL ? resolution : ""));

      if (*stripped == '\0')
        return blame (refused_column, "resolution", error,
                      _("Say how the alert ended: the job kept, adjusted, or broken off."));
    }
  return TRUE;
}

char *
psl_alert_create_from_form (PslStore           *store,
                            const char         *person_id,
                            const char * const *columns,
                            const char * const *values,
                            GError            **error)
{
  g_autofree char *id = psl_record_insert (store, "alert", psl_alert_fields, "person_id", person_id,
                                           columns, values, error);
  g_autoptr(sqlite3_stmt) link = NULL;

  if (id == NULL)
    return NULL;
  /* The firm of the placement, and the person's counsellor by default. */
  link = psl_store_prepare (store,
    "UPDATE alert SET company_id = (SELECT company_id FROM placement WHERE id = alert.placement_id),"
    "                 staff_id = coalesce(staff_id, (SELECT referent_id FROM person WHERE id = alert.person_id))"
    " WHERE id = ?1;", error);
  if (link == NULL)
    return NULL;
  sqlite3_bind_text (link, 1, id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, link, error))
    return NULL;
  return g_steal_pointer (&id);
}

const char *
psl_alert_raiser_label (const char *code)
{
  if (g_strcmp0 (code, "person") == 0)
    return _("raised by the person");
  if (g_strcmp0 (code, "tutor") == 0)
    return _("raised by the tutor");
  if (g_strcmp0 (code, "company") == 0)
    return _("raised by the firm");
  return _("raised by the counsellor");
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  g_autofree char *opened = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autofree char *since = g_strdup_printf (_("opened on %s"), opened);
  g_autoptr(GString) title = g_string_new (psl_alert_risk_label (sqlite3_column_int (stmt, 1)));
  g_autoptr(GString) subtitle = g_string_new (since);
  gboolean resolved = sqlite3_column_type (stmt, 5) != SQLITE_NULL;

  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    g_string_append_printf (title, " — %s", sqlite3_column_text (stmt, 7));
  psl_append_part (subtitle, psl_alert_raiser_label ((const char *) sqlite3_column_text (stmt, 2)));
  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 4));
  if (resolved)
    {
      g_autofree char *on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 5));
      g_autofree char *ended = g_strdup_printf (_("resolved on %s"), on);

      psl_append_part (subtitle, ended);
      psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 6));
    }
  return psl_record_line_new (psl_column_dup (stmt, 0), g_string_free (g_steal_pointer (&title), FALSE),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), resolved);
}

GPtrArray *
psl_alert_lines (PslStore   *store,
                 const char *person_id,
                 GError    **error)
{
  return psl_store_collect (store,
    "SELECT a.id, a.risk_level, a.raised_by, a.opened_on, a.actions, a.resolved_on, a.resolution,"
    "       coalesce(c.trade_name, c.legal_name)"
    "  FROM alert a LEFT JOIN company c ON c.id = a.company_id"
    " WHERE a.person_id = ?1 AND a.deleted_at IS NULL"
    " ORDER BY a.resolved_on IS NOT NULL, a.risk_level DESC, a.opened_on DESC;",
    person_id, read_line, (GDestroyNotify) psl_record_line_free, _("Reading the alerts"), error);
}

static gpointer
read_company_line (sqlite3_stmt *stmt)
{
  g_autofree char *opened = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autofree char *since = g_strdup_printf (_("opened on %s"), opened);
  /* Translators: an alert on a firm's page: the person and how serious, "Léa Puech — Risque élevé" */
  g_autofree char *title = g_strdup_printf (_("%1$s — %2$s"), sqlite3_column_text (stmt, 7),
                                            psl_alert_risk_label (sqlite3_column_int (stmt, 1)));
  g_autoptr(GString) subtitle = g_string_new (since);

  psl_append_part (subtitle, psl_alert_raiser_label ((const char *) sqlite3_column_text (stmt, 2)));
  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 4));
  return psl_record_line_new (psl_column_dup (stmt, 0), g_strdup (title),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), FALSE);
}

GPtrArray *
psl_alert_open_for_company (PslStore   *store,
                            const char *company_id,
                            GError    **error)
{
  return psl_store_collect (store,
    "SELECT a.id, a.risk_level, a.raised_by, a.opened_on, a.actions, NULL, NULL,"
    "       p.first_name || ' ' || p.last_name"
    "  FROM alert a JOIN person p ON p.id = a.person_id"
    " WHERE a.company_id = ?1 AND a.deleted_at IS NULL AND a.resolved_on IS NULL"
    " ORDER BY a.risk_level DESC, a.opened_on;",
    company_id, read_company_line, (GDestroyNotify) psl_record_line_free, _("Reading the alerts"), error);
}
