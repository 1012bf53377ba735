/* psl-opportunity.c — what a firm opens, on the four phases of a pathway
 *
 * "Realised" means the same everywhere (form A, the firm's page, reports):
 * the opportunity was filled, or a person started an immersion or a
 * contract on it.
 */

#define G_LOG_DOMAIN "psl-opportunity"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-opportunity.h"

static const char *statuses[] = { "open", "filled", "cancelled", "refused", NULL };

const PslField psl_opportunity_fields[] = {
  { "title",          PSL_FIELD_REQUIRED, N_("Title") },
  { "subtype",        PSL_FIELD_REF,      N_("Kind"), "opportunity_subtype" },
  { "trade",          PSL_FIELD_TEXT,     N_("Trade") },
  { "proposed_on",    PSL_FIELD_DATE,     N_("Proposed on") },
  { "start_date",     PSL_FIELD_DATE,     N_("Start") },
  { "end_date",       PSL_FIELD_DATE,     N_("End") },
  { "places",         PSL_FIELD_INTEGER,  N_("Places") },
  { "contract_type",  PSL_FIELD_REF,      N_("Contract type"), "contract_type" },
  { "weekly_hours",   PSL_FIELD_NUMBER,   N_("Hours per week") },
  { "status",         PSL_FIELD_CHOICE,   N_("Status"), NULL, statuses },
  { "refusal_reason", PSL_FIELD_TEXT,     N_("Reason for refusing") },
  { "origin",         PSL_FIELD_REF,      N_("How it came"), "opportunity_origin" },
  { "staff_id",       PSL_FIELD_ID,       N_("Staff member") },
  { "notes",          PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

const char *
psl_phase_label (PslPhase phase)
{
  switch (phase)
    {
    case PSL_PHASE_ORIENTATION:  return _("Orientation, job discovery");
    case PSL_PHASE_CONFIRMATION: return _("Project confirmation (stage, immersion)");
    case PSL_PHASE_ALTERNANCE:   return _("Work-study training");
    case PSL_PHASE_EMPLOYMENT:   return _("Employment");
    default:                     return "";
    }
}

char *
psl_opportunity_create (PslStore   *store,
                        const char *company_id,
                        PslPhase    phase,
                        const char *title,
                        const char *proposed_on,
                        GError    **error)
{
  const PslField *title_field = psl_record_find_field (psl_opportunity_fields, "title");
  const PslField *date_field = psl_record_find_field (psl_opportunity_fields, "proposed_on");
  g_autofree char *checked_title = psl_record_check (store, title_field, title, error);
  g_autofree char *checked_date = NULL;
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GError *local_error = NULL;

  if (checked_title == NULL)
    return NULL;
  if (phase < PSL_PHASE_ORIENTATION || phase > PSL_PHASE_EMPLOYMENT)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("An opportunity belongs to one of the four phases of a pathway."));
      return NULL;
    }
  checked_date = psl_record_check (store, date_field, proposed_on, &local_error);
  if (local_error != NULL || checked_date == NULL)
    {
      if (local_error == NULL)
        g_set_error (&local_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                     _("Give the date the opportunity was proposed."));
      g_propagate_error (error, local_error);
      return NULL;
    }

  id = psl_new_id ();
  stmt = psl_store_prepare (store,
                            "INSERT INTO opportunity (id, company_id, phase, title, proposed_on)"
                            " VALUES (?1, ?2, ?3, ?4, ?5);", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, phase);
  sqlite3_bind_text (stmt, 4, checked_title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, checked_date, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
psl_opportunity_set (PslStore   *store,
                    const char *id,
                    const char *column,
                    const char *value,
                    GError    **error)
{
  return psl_record_set (store, "opportunity", psl_opportunity_fields, id, column, value, error);
}

/* Proposed and realised opportunities of a firm, by year and phase,
 * most recent year first. */
GArray *
psl_opportunity_phase_years (PslStore   *store,
                             const char *company_id,
                             GError    **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (PslPhaseYear));
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT CAST(substr(o.proposed_on, 1, 4) AS INTEGER) AS y, o.phase, count(*),"
    "       sum(o.status = 'filled' OR EXISTS (SELECT 1 FROM placement p WHERE p.opportunity_id = o.id"
    "           AND p.deleted_at IS NULL AND p.start_date IS NOT NULL))"
    "  FROM opportunity o WHERE o.company_id = ?1 AND o.deleted_at IS NULL"
    " GROUP BY y, o.phase ORDER BY y DESC, o.phase;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      int phase = sqlite3_column_int (stmt, 1);
      PslPhaseYear *row;

      if (years->len == 0 || g_array_index (years, PslPhaseYear, years->len - 1).year != year)
        {
          PslPhaseYear fresh = { .year = year };
          g_array_append_val (years, fresh);
        }
      row = &g_array_index (years, PslPhaseYear, years->len - 1);
      if (phase >= 1 && phase <= 4)
        {
          row->proposed[phase - 1] = (guint) sqlite3_column_int (stmt, 2);
          row->realised[phase - 1] = (guint) sqlite3_column_int (stmt, 3);
        }
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the opportunities"));
      return NULL;
    }

  return g_steal_pointer (&years);
}

gboolean
psl_company_host_load (PslStore    *store,
                       const char  *company_id,
                       const char  *today,
                       PslHostLoad *load,
                       GError     **error)
{
  g_autofree char *window = g_strdup_printf ("-%d days", PSL_HOST_LOAD_WINDOW_DAYS);
  g_autofree char *limit = psl_store_get_meta (store, "host_load.limit");
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT count(*) FILTER (WHERE kind = 'immersion' AND start_date BETWEEN date(?2, ?3) AND ?2),"
    "       count(*) FILTER (WHERE proposed_on BETWEEN date(?2, ?3) AND ?2)"
    "  FROM placement WHERE company_id = ?1 AND deleted_at IS NULL;",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, window, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the placements"));
      return FALSE;
    }

  load->immersions = (guint) sqlite3_column_int (stmt, 0);
  load->requests = (guint) sqlite3_column_int (stmt, 1);
  load->limit = limit != NULL ? (guint) g_ascii_strtoull (limit, NULL, 10) : PSL_HOST_LOAD_DEFAULT_LIMIT;
  /* Requests count too: a firm asked eight times in a quarter is tired of
   * it, even if it said yes only twice. */
  load->over = load->immersions >= load->limit || load->requests >= 2 * load->limit;
  return TRUE;
}
