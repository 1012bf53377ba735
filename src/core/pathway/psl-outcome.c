/* psl-outcome.c — what a person's exit counts as, and their age band, as funders count them
 *
 * The outcome at exit follows seed 002: lasting employment is a CDI or a
 * CDD of six months or more; a shorter CDD, temping or a subsidised
 * contract is transitional employment; work-study is qualifying training.
 * An immersion is not an exit.  The computed category can be overridden,
 * but only with a reason, kept beside it.
 *
 * Age bands are those of the European Social Fund indicators: under 25,
 * 25 to 54, 55 and over.
 */

#define G_LOG_DOMAIN "psl-outcome"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-outcome.h"
#include "psl-ref.h"
#include "psl-store-private.h"

static const char *const durable_always[] = { "cdi", "be_cdi", NULL };
static const char *const durable_if_long[] = { "cdd", "be_cdd", NULL };
static const char *const transitional[] = {
  "interim", "be_interim", "mission_insertion", "cddi", "pec",
  "article60", "article61", "activa", "titres_services", NULL
};
static const char *const training[] = { "apprentissage", "professionnalisation", "be_alternance", NULL };

/* The outcome code a contract gives, or NULL when it is not an exit (an
 * immersion, a stage) or nothing is known. */
const char *
psl_outcome_classify (const char *contract_type,
                      const char *start_date,
                      const char *end_date)
{
  if (contract_type == NULL)
    return NULL;
  if (g_strv_contains (durable_always, contract_type))
    return "emploi_durable";
  if (g_strv_contains (durable_if_long, contract_type))
    {
      /* A CDD with no end known is not assumed to be long. */
      int months = end_date != NULL ? psl_whole_months (start_date, end_date, TRUE) : -1;

      return months >= PSL_OUTCOME_DURABLE_MONTHS ? "emploi_durable" : "emploi_transition";
    }
  if (g_strv_contains (transitional, contract_type))
    return "emploi_transition";
  if (g_strv_contains (training, contract_type))
    return "formation_qualifiante";
  return NULL;
}

/* The outcome the person's latest contract gives (started, not
 * withdrawn), or NULL when there is none. */
char *
psl_outcome_computed (PslStore    *store,
                      const char  *person_id,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT contract_type, start_date, coalesce(planned_end, end_date) FROM placement"
    " WHERE person_id = ?1 AND deleted_at IS NULL AND kind = 'contract' AND start_date IS NOT NULL"
    "   AND stage NOT IN ('refused', 'withdrawn')"
    " ORDER BY start_date DESC LIMIT 1;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (psl_outcome_classify ((const char *) sqlite3_column_text (stmt, 0),
                                           (const char *) sqlite3_column_text (stmt, 1),
                                           (const char *) sqlite3_column_text (stmt, 2)));
  if (rc != SQLITE_DONE)
    psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the placements"));
  return NULL;
}

gboolean
psl_outcome_recorded (PslStore    *store,
                      const char  *person_id,
                      char       **outcome,
                      char       **reason,
                      char       **exited_on,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT exit_outcome, exit_outcome_reason, exited_on FROM person WHERE id = ?1;",
    person_id, _("Reading the person"), error);

  *outcome = *reason = *exited_on = NULL;
  if (stmt == NULL)
    return FALSE;
  *outcome = psl_column_dup (stmt, 0);
  *reason = psl_column_dup (stmt, 1);
  *exited_on = psl_column_dup (stmt, 2);
  return TRUE;
}

/* Records the person's outcome at exit.  One that differs from what the
 * data say needs a reason; the computed one clears any former reason. */
gboolean
psl_outcome_set (PslStore    *store,
                 const char  *person_id,
                 const char  *outcome,
                 const char  *reason,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *computed = psl_outcome_computed (store, person_id, &local_error);
  g_autofree char *why = reason != NULL ? g_strstrip (g_strdup (reason)) : NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean overridden;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (outcome != NULL && !psl_ref_has_code (store, "outcome", outcome))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is not an outcome at exit."), outcome);
      return FALSE;
    }
  overridden = outcome != NULL && computed != NULL && g_strcmp0 (outcome, computed) != 0;
  if (overridden && (why == NULL || *why == '\0'))
    {
      g_autofree char *label = psl_ref_label (store, "outcome", computed);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The contracts say “%s”: give the reason for another outcome."), label);
      return FALSE;
    }

  stmt = psl_store_prepare (store, "UPDATE person SET exit_outcome = ?2, exit_outcome_reason = ?3 WHERE id = ?1;",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, outcome, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, overridden ? why : NULL, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* The band of a person born on birth_date, on on_date (both YYYY-MM-DD). */
PslAgeBand
psl_age_band (const char *birth_date,
              const char *on_date)
{
  g_autoptr(GDate) birth = psl_date_parse (birth_date);
  g_autoptr(GDate) on = psl_date_parse (on_date);
  int age;

  if (birth == NULL || on == NULL || g_date_compare (on, birth) < 0)
    return PSL_AGE_UNKNOWN;
  age = g_date_get_year (on) - g_date_get_year (birth);
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) && g_date_get_day (on) < g_date_get_day (birth)))
    age--;
  return age < 25 ? PSL_AGE_UNDER_25 : age < 55 ? PSL_AGE_25_TO_54 : PSL_AGE_55_AND_OVER;
}

const char *
psl_age_band_label (PslAgeBand band)
{
  switch (band)
    {
    case PSL_AGE_UNDER_25:    return _("Under 25");
    case PSL_AGE_25_TO_54:    return _("25 to 54");
    case PSL_AGE_55_AND_OVER: return _("55 and over");
    case PSL_AGE_UNKNOWN:
    default:                  return _("Age not known");
    }
}
