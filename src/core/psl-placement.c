/* psl-placement.c — placements (mises en relation): a person introduced to a firm
 *
 * A placement goes proposed → presented → meeting at the workstation →
 * immersion or contract → ended, or stops as refused or withdrawn.
 */

#define G_LOG_DOMAIN "psl-placement"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-placement.h"

void
psl_placement_line_free (PslPlacementLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->person_id);
  g_free (line->person_name);
  g_free (line->stage);
  g_free (line->kind);
  g_free (line->what);
  g_free (line->proposed_on);
  g_free (line->start_date);
  g_free (line->end_date);
  g_free (line->tutor_name);
  g_free (line->reason);
  g_free (line);
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  PslPlacementLine *line = g_new0 (PslPlacementLine, 1);

  line->id = psl_column_dup (stmt, 0);
  line->person_id = psl_column_dup (stmt, 1);
  line->person_name = psl_column_dup (stmt, 2);
  line->stage = psl_column_dup (stmt, 3);
  line->kind = psl_column_dup (stmt, 4);
  line->what = psl_column_dup (stmt, 5);
  line->proposed_on = psl_column_dup (stmt, 6);
  line->start_date = psl_column_dup (stmt, 7);
  line->end_date = psl_column_dup (stmt, 8);
  line->tutor_name = psl_column_dup (stmt, 9);
  line->reason = psl_column_dup (stmt, 10);
  return line;
}

/* The live placements with a firm, those under way first, then the
 * newest; never anything from the person's sensitive record. */
GPtrArray *
psl_placement_list_for_company (PslStore   *store,
                                const char *company_id,
                                GError    **error)
{
  return psl_store_collect (store,
    "SELECT p.id, p.person_id, pe.first_name || ' ' || pe.last_name, p.stage, p.kind,"
    "       coalesce(o.title, ct.label), p.proposed_on, p.start_date, coalesce(p.end_date, p.planned_end),"
    "       nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, '')), ''),"
    "       coalesce(rr.label, p.refusal_reason, rc.label)"
    "  FROM placement p JOIN person pe ON pe.id = p.person_id"
    "  LEFT JOIN opportunity o ON o.id = p.opportunity_id"
    "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = p.contract_type"
    "  LEFT JOIN ref_item rc ON rc.list_code = 'rupture_cause' AND rc.code = p.end_reason"
    "  LEFT JOIN ref_item rr ON rr.list_code = 'refusal_reason' AND rr.code = p.refusal_reason"
    "  LEFT JOIN contact t ON t.id = p.tutor_id"
    " WHERE p.company_id = ?1 AND p.deleted_at IS NULL"
    " ORDER BY p.stage IN ('ended', 'refused', 'withdrawn'), coalesce(p.start_date, p.proposed_on) DESC;",
    company_id, read_line, (GDestroyNotify) psl_placement_line_free, _("Reading the placements"), error);
}

const char *
psl_placement_stage_label (const char *stage)
{
  static const struct { const char *code; const char *label; } stages[] = {
    { "proposed",  N_("Proposed") },
    { "presented", N_("Presented to the firm") },
    { "meeting",   N_("Meeting at the workstation") },
    { "immersion", N_("In immersion") },
    { "contract",  N_("Under contract") },
    { "ended",     N_("Ended") },
    { "refused",   N_("Refused") },
    { "withdrawn", N_("Withdrawn") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stages[i].code, stage) == 0)
      return _(stages[i].label);
  return "";
}
