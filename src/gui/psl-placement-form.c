/* psl-placement-form.c — the window that follows a placement through its stages
 *
 * One form from proposal to end: the stage, then what the stage needs —
 * an immersion its purpose, dates and objectives (PMSMP), a contract its
 * type, dates, hours and trial period, a refusal or a withdrawal its
 * reason, an early end its cause and who ended it.  The rules between
 * fields are checked before anything is saved.
 */

#define G_LOG_DOMAIN "psl-placement-form"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-followup-plan.h"
#include "psl-format.h"
#include "psl-immersion-convention.h"
#include "psl-rupture.h"
#include "psl-placement.h"
#include "psl-placement-form.h"

#define STAGE     N_("Stage")
#define IMMERSION N_("Immersion (PMSMP)")
#define CONTRACT  N_("Contract")
#define DATES     N_("Dates")
#define END       N_("Refusal or End")

static const PslFormRow rows[] = {
  { STAGE,     "stage",               PSL_FORM_CHOICE, psl_placement_stage_choices },
  { STAGE,     "proposed_on",         PSL_FORM_ENTRY },
  { STAGE,     "employer_contact_id", PSL_FORM_CONTACT },
  { STAGE,     "tutor_id",            PSL_FORM_CONTACT },
  { DATES,     "start_date",          PSL_FORM_ENTRY },
  { DATES,     "planned_end",         PSL_FORM_ENTRY },
  { DATES,     "end_date",            PSL_FORM_ENTRY },
  { DATES,     "weekly_hours",        PSL_FORM_ENTRY },
  { IMMERSION, "immersion_type",      PSL_FORM_COMBO, psl_placement_immersion_type_choices },
  { IMMERSION, "objectives",          PSL_FORM_TEXT },
  { IMMERSION, "renewed_until",       PSL_FORM_ENTRY },
  { CONTRACT,  "contract_type",       PSL_FORM_COMBO },
  { CONTRACT,  "trial_days",          PSL_FORM_ENTRY },
  { END,       "refusal_reason",      PSL_FORM_COMBO },
  { END,       "end_reason",          PSL_FORM_COMBO },
  { END,       "ended_by",            PSL_FORM_COMBO, psl_placement_ender_choices },
  { NULL }
};

static gboolean
is_empty (GHashTable *values,
          const char *column)
{
  const char *value = g_hash_table_lookup (values, column);

  return value == NULL || *value == '\0';
}

static gboolean
refuse (const char  *column,
        const char  *message,
        const char **refused_column,
        GError     **error)
{
  *refused_column = column;
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* A date as typed (DD/MM/YYYY or ISO), in ISO; NULL when empty or not
 * a date, which the field's own check reports. */
static char *
typed_date (GHashTable *values,
            const char *column)
{
  g_autoptr(GDate) date = is_empty (values, column) ? NULL : psl_date_parse_user (g_hash_table_lookup (values, column));

  return date != NULL ? psl_date_to_iso (date) : NULL;
}

static gboolean
check (GHashTable  *values,
       const char **refused_column,
       GError     **error)
{
  const char *stage = g_hash_table_lookup (values, "stage");

  if (g_strcmp0 (stage, "immersion") == 0 && is_empty (values, "immersion_type"))
    return refuse ("immersion_type", _("An immersion is to discover a trade or to confirm skills: say which."),
                   refused_column, error);
  /* A PMSMP: one month at most, renewed once (D. 5135-2). */
  if (g_strcmp0 (stage, "immersion") == 0 || g_strcmp0 (g_hash_table_lookup (values, "kind"), "immersion") == 0)
    {
      g_autofree char *start = typed_date (values, "start_date");
      g_autofree char *end = typed_date (values, "planned_end");
      g_autofree char *renewed = typed_date (values, "renewed_until");

      if (start != NULL && end != NULL && !psl_immersion_check_period (start, end, renewed, error))
        {
          *refused_column = renewed != NULL ? "renewed_until" : "planned_end";
          return FALSE;
        }
    }
  if (g_strcmp0 (stage, "contract") == 0 && is_empty (values, "contract_type"))
    return refuse ("contract_type", _("Give the type of the contract."), refused_column, error);
  if ((g_strcmp0 (stage, "immersion") == 0 || g_strcmp0 (stage, "contract") == 0) && is_empty (values, "start_date"))
    return refuse ("start_date", _("Give the date it starts."), refused_column, error);
  if ((g_strcmp0 (stage, "refused") == 0 || g_strcmp0 (stage, "withdrawn") == 0) && is_empty (values, "refusal_reason"))
    return refuse ("refusal_reason", _("Say why it stopped: the reasons help to understand what fails."),
                   refused_column, error);
  if (g_strcmp0 (stage, "ended") == 0 && is_empty (values, "end_date"))
    return refuse ("end_date", _("Give the date it ended."), refused_column, error);
  return TRUE;
}

/* An immersion or a contract that starts gets its follow-up plan, once;
 * one that ends gives back the follow-ups planned after its end. */
static char *
make_plan (PslStore   *store,
           const char *id)
{
  g_autoptr(GError) error = NULL;
  int withdrawn = psl_followup_plan_withdraw (store, id, &error);
  int made = withdrawn < 0 ? -1 : psl_followup_plan_ensure (store, id, &error);

  if (made < 0)
    return g_strdup (error->message);
  if (withdrawn > 0)
    /* Translators: said once a placement ended before the follow-ups its plan had */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d follow-up planned after the end withdrawn from the Échéancier.",
                                         "%d follow-ups planned after the end withdrawn from the Échéancier.", withdrawn),
                            withdrawn);
  if (made == 0)
    return NULL;
  /* Translators: said once a placement that starts has its follow-up plan */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Follow-up plan made: %d follow-up in the Échéancier.",
                                       "Follow-up plan made: %d follow-ups in the Échéancier.", made), made);
}

const PslRecordForm psl_placement_form = {
  "placement", psl_placement_fields, rows, NULL, check, make_plan
};
