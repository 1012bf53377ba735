/* psl-opportunity-dialog.c — the window to add or edit one opportunity of a firm
 *
 * The rows follow the order a counsellor thinks in: what the firm opens,
 * when, the job's terms when it is a job, then where it stands.
 */

#define G_LOG_DOMAIN "psl-opportunity-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-opportunity-dialog.h"

static const char *phases[] = {
  "1", N_("Orientation, job discovery"),
  "2", N_("Project confirmation (stage, immersion)"),
  "3", N_("Work-study training"),
  "4", N_("Employment"),
  NULL
};

static const char *statuses[] = {
  "open",      N_("Open"),
  "filled",    N_("Filled"),
  "cancelled", N_("Cancelled"),
  "refused",   N_("Refused by the structure"),
  NULL
};

#define WHAT  N_("What the Firm Opens")
#define WHEN  N_("Dates")
#define JOB   N_("When It Is a Job")
#define WHERE N_("Where It Stands")

static const PslFormRow rows[] = {
  { WHAT,  "phase",          PSL_FORM_CHOICE, phases },
  { WHAT,  "title",          PSL_FORM_ENTRY },
  { WHAT,  "subtype",        PSL_FORM_COMBO },
  { WHAT,  "trade",          PSL_FORM_ENTRY },
  { WHAT,  "places",         PSL_FORM_ENTRY },
  { WHAT,  "origin",         PSL_FORM_COMBO },
  { WHEN,  "proposed_on",    PSL_FORM_ENTRY },
  { WHEN,  "start_date",     PSL_FORM_ENTRY },
  { WHEN,  "end_date",       PSL_FORM_ENTRY },
  { JOB,   "contract_type",  PSL_FORM_COMBO },
  { JOB,   "weekly_hours",   PSL_FORM_ENTRY },
  { WHERE, "status",         PSL_FORM_CHOICE, statuses },
  { WHERE, "refusal_reason", PSL_FORM_ENTRY },
  { WHERE, "staff_id",       PSL_FORM_COMBO },
  { WHERE, "notes",          PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm opportunity_form = {
  "opportunity", psl_opportunity_fields, rows, psl_opportunity_create_from_form, psl_opportunity_check_form
};

/* opportunity_id NULL adds one to the firm company_id, in phase. */
PslRecordDialog *
psl_opportunity_dialog_new (GtkWindow   *parent,
                            PslStore    *store,
                            const char  *company_id,
                            const char  *opportunity_id,
                            PslPhase     phase,
                            GError     **error)
{
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  PslRecordDialog *self;

  g_hash_table_insert (defaults, "phase", g_strdup_printf ("%d", phase));
  g_hash_table_insert (defaults, "proposed_on", psl_today_iso ());
  g_hash_table_insert (defaults, "places", g_strdup ("1"));
  g_hash_table_insert (defaults, "status", g_strdup ("open"));
  self = psl_record_dialog_new (parent, store, &opportunity_form, company_id, opportunity_id, defaults, error);
  if (self == NULL)
    return NULL;

  if (opportunity_id != NULL)
    {
      g_autofree char *title = psl_record_dialog_get_value (self, "title");

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Opportunity"));
  return self;
}
