/* psl-opportunity.c — what a firm opens, on the four phases of a pathway
 *
 * "Realised" means the same everywhere (form A, the firm's page, reports):
 * the opportunity was filled, or a person started an immersion or a
 * contract on it.
 */

#define G_LOG_DOMAIN "psl-opportunity"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-opportunity.h"
#include "psl-store-private.h"

static const char *statuses[] = { "open", "filled", "cancelled", "refused", NULL };
static const char *phases[] = { "1", "2", "3", "4", NULL };

const PslField psl_opportunity_fields[] = {
  { "phase",          PSL_FIELD_CHOICE,   N_("Phase"), NULL, phases },
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

/* A new opportunity from the values of a form (a PslRecordCreateFunc):
 * its phase and title, proposed today unless the form says otherwise. */
char *
psl_opportunity_create_from_form (PslStore           *store,
                                  const char         *company_id,
                                  const char * const *columns,
                                  const char * const *values,
                                  GError            **error)
{
  const char *phase = psl_record_value_of (columns, values, "phase");
  const char *proposed_on = psl_record_value_of (columns, values, "proposed_on");
  g_autofree char *today = psl_today_iso ();

  return psl_opportunity_create (store, company_id, phase != NULL ? (PslPhase) atoi (phase) : 0,
                                 psl_record_value_of (columns, values, "title"),
                                 proposed_on != NULL ? proposed_on : today, error);
}

/* The rules between the fields of a whole form, values by column: a
 * refusal needs its reason.  FALSE with refused_column and error. */
gboolean
psl_opportunity_check_form (GHashTable  *values,
                            const char **refused_column,
                            GError     **error)
{
  const char *reason = g_hash_table_lookup (values, "refusal_reason");

  if (g_strcmp0 (g_hash_table_lookup (values, "status"), "refused") == 0 &&
      (reason == NULL || reason[strspn (reason, " \t\r\n")] == '\0'))
    {
      *refused_column = "refusal_reason";
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Say why the structure refused this opportunity."));
      return FALSE;
    }
  return TRUE;
}

void
psl_opportunity_free (PslOpportunity *opportunity)
{
  if (opportunity == NULL)
    return;
  g_free (opportunity->id);
  g_free (opportunity->title);
  g_free (opportunity->kind);
  g_free (opportunity->status);
  g_free (opportunity->proposed_on);
  g_free (opportunity->start_date);
  g_free (opportunity->end_date);
  g_free (opportunity->contract);
  g_free (opportunity->refusal_reason);
  g_free (opportunity);
}

static gpointer
read_opportunity (sqlite3_stmt *stmt)
{
  PslOpportunity *o = g_new0 (PslOpportunity, 1);

  o->id = psl_column_dup (stmt, 0);
  o->phase = sqlite3_column_int (stmt, 1);
  o->title = psl_column_dup (stmt, 2);
  o->kind = psl_column_dup (stmt, 3);
  o->status = psl_column_dup (stmt, 4);
  o->proposed_on = psl_column_dup (stmt, 5);
  o->start_date = psl_column_dup (stmt, 6);
  o->end_date = psl_column_dup (stmt, 7);
  o->places = (guint) sqlite3_column_int (stmt, 8);
  o->contract = psl_column_dup (stmt, 9);
  o->weekly_hours = sqlite3_column_double (stmt, 10);
  o->refusal_reason = psl_column_dup (stmt, 11);
  o->started = (guint) sqlite3_column_int (stmt, 12);
  return o;
}

/* The live opportunities of a firm, the newest first, with the labels of
 * their kind and contract, and how many people started on each. */
GPtrArray *
psl_opportunity_list_for_company (PslStore   *store,
                                  const char *company_id,
                                  GError    **error)
{
  return psl_store_collect (store,
    "SELECT o.id, o.phase, o.title, k.label, o.status, o.proposed_on, o.start_date, o.end_date,"
    "       o.places, c.label, o.weekly_hours, o.refusal_reason,"
    "       (SELECT count(*) FROM placement p WHERE p.opportunity_id = o.id AND p.deleted_at IS NULL"
    "           AND p.start_date IS NOT NULL)"
    "  FROM opportunity o"
    "  LEFT JOIN ref_item k ON k.list_code = 'opportunity_subtype' AND k.code = o.subtype"
    "  LEFT JOIN ref_item c ON c.list_code = 'contract_type' AND c.code = o.contract_type"
    " WHERE o.company_id = ?1 AND o.deleted_at IS NULL"
    " ORDER BY o.proposed_on DESC, o.title;",
    company_id, read_opportunity, (GDestroyNotify) psl_opportunity_free, _("Reading the opportunities"), error);
}

const char *
psl_opportunity_status_label (const char *status)
{
  if (g_strcmp0 (status, "open") == 0)
    return _("Open");
  if (g_strcmp0 (status, "filled") == 0)
    return _("Filled");
  if (g_strcmp0 (status, "cancelled") == 0)
    return _("Cancelled");
  if (g_strcmp0 (status, "refused") == 0)
    return _("Refused by the structure");
  return "";
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

/* How many immersions in 90 days make a firm over-solicited, as typed. */
gboolean
psl_host_load_set_limit (PslStore    *store,
                         const char  *text,
                         GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 limit = 0;

  if (!g_ascii_string_to_unsigned (copy, 10, 1, 100, &limit, NULL))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The limit is a whole number of immersions from 1 to 100."));
      return FALSE;
    }
  g_free (copy);
  copy = g_strdup_printf ("%" G_GUINT64_FORMAT, limit);
  return psl_store_set_meta (store, "host_load.limit", copy, error);
}
