/* psl-placement.c — placements (mises en relation): a person introduced to a firm
 *
 * A placement goes proposed → presented → meeting at the workstation →
 * immersion or contract → ended, or stops as refused or withdrawn.
 */

#define G_LOG_DOMAIN "psl-placement"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-placement.h"
#include "psl-store-private.h"

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
  g_free (line->company_id);
  g_free (line->company_name);
  g_free (line);
}

typedef PslPlacementLine PslPlacementLineAuto;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPlacementLineAuto, psl_placement_line_free)

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
  line->company_id = psl_column_dup (stmt, 11);
  line->company_name = psl_column_dup (stmt, 12);
  return line;
}

#define PLACEMENT_SELECT \
  "SELECT p.id, p.person_id, pe.first_name || ' ' || pe.last_name, p.stage, p.kind," \
  "       coalesce(o.title, ct.label), p.proposed_on, p.start_date, coalesce(p.end_date, p.planned_end)," \
  "       nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, '')), '')," \
  "       coalesce(rr.label, p.refusal_reason, rc.label), p.company_id," \
  "       coalesce(c.trade_name, c.legal_name), p.evaluation" \
  "  FROM placement p JOIN person pe ON pe.id = p.person_id" \
  "  JOIN company c ON c.id = p.company_id" \
  "  LEFT JOIN opportunity o ON o.id = p.opportunity_id" \
  "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = p.contract_type" \
  "  LEFT JOIN ref_item rc ON rc.list_code = 'rupture_cause' AND rc.code = p.end_reason" \
  "  LEFT JOIN ref_item rr ON rr.list_code = 'refusal_reason' AND rr.code = p.refusal_reason" \
  "  LEFT JOIN contact t ON t.id = p.tutor_id"

#define PLACEMENT_ORDER \
  " ORDER BY p.stage IN ('ended', 'refused', 'withdrawn'), coalesce(p.start_date, p.proposed_on) DESC;"

/* The live placements with a firm, those under way first, then the
 * newest; never anything from the person's sensitive record. */
GPtrArray *
psl_placement_list_for_company (PslStore   *store,
                                const char *company_id,
                                GError    **error)
{
  return psl_store_collect (store,
    PLACEMENT_SELECT " WHERE p.company_id = ?1 AND p.deleted_at IS NULL" PLACEMENT_ORDER,
    company_id, read_line, (GDestroyNotify) psl_placement_line_free, _("Reading the placements"), error);
}

const char *const psl_placement_stage_choices[] = {
  "proposed",  N_("Proposed"),
  "presented", N_("Presented to the firm"),
  "meeting",   N_("Meeting at the workstation"),
  "immersion", N_("In immersion"),
  "contract",  N_("Under contract"),
  "ended",     N_("Ended"),
  "refused",   N_("Refused"),
  "withdrawn", N_("Withdrawn"),
  NULL
};

const char *const psl_placement_kind_choices[] = {
  "immersion", N_("Immersion (PMSMP)"),
  "contract",  N_("Contract"),
  NULL
};

const char *const psl_placement_immersion_type_choices[] = {
  "discovery", N_("Discovering a trade"),
  "skills",    N_("Confirming skills"),
  NULL
};

const char *const psl_placement_ender_choices[] = {
  "term",      N_("Came to its term"),
  "employer",  N_("The employer"),
  "person",    N_("The person"),
  "structure", N_("The structure"),
  NULL
};

const char *
psl_placement_stage_label (const char *stage)
{
  const char *label = psl_choice_label (psl_placement_stage_choices, stage);

  return label != NULL ? label : "";
}

static const char *stages[] = {
  "proposed", "presented", "meeting", "immersion", "contract", "ended", "refused", "withdrawn", NULL
};
static const char *kinds[] = { "immersion", "contract", NULL };
static const char *immersion_types[] = { "discovery", "skills", NULL };
static const char *enders[] = { "employer", "person", "structure", "term", NULL };

const PslField psl_placement_fields[] = {
  { "company_id",          PSL_FIELD_ID,      N_("Firm") },
  { "stage",               PSL_FIELD_CHOICE,  N_("Stage"), NULL, stages, psl_placement_stage_choices },
  { "kind",                PSL_FIELD_CHOICE,  N_("Kind"), NULL, kinds, psl_placement_kind_choices },
  { "proposed_on",         PSL_FIELD_DATE,    N_("Proposed on") },
  { "immersion_type",      PSL_FIELD_CHOICE,  N_("Purpose of the immersion"), NULL, immersion_types,
                                                  psl_placement_immersion_type_choices },
  { "objectives",          PSL_FIELD_TEXT,    N_("Objectives") },
  { "contract_type",       PSL_FIELD_REF,     N_("Contract type"), "contract_type" },
  { "start_date",          PSL_FIELD_DATE,    N_("Start") },
  { "planned_end",         PSL_FIELD_DATE,    N_("Planned end") },
  { "renewed_until",       PSL_FIELD_DATE,    N_("Renewed until") },
  { "end_date",            PSL_FIELD_DATE,    N_("Actual end") },
  { "weekly_hours",        PSL_FIELD_NUMBER,  N_("Hours a week") },
  { "trial_days",          PSL_FIELD_INTEGER, N_("Trial period (days)") },
  { "tutor_id",            PSL_FIELD_ID,      N_("Tutor") },
  { "employer_contact_id", PSL_FIELD_ID,      N_("Employer contact") },
  { "refusal_reason",      PSL_FIELD_REF,     N_("Reason for the refusal or withdrawal"), "refusal_reason" },
  { "end_reason",          PSL_FIELD_REF,     N_("Cause of an early end"), "rupture_cause" },
  { "ended_by",            PSL_FIELD_CHOICE,  N_("Ended by"), NULL, enders, psl_placement_ender_choices },
  { NULL }
};

static gpointer
read_person_line (sqlite3_stmt *stmt)
{
  g_autoptr(PslPlacementLineAuto) line = read_line (stmt);
  g_autoptr(GString) title = g_string_new (line->company_name);
  g_autoptr(GString) subtitle = g_string_new (psl_placement_stage_label (line->stage));
  g_autofree char *start = psl_format_date_short (line->start_date);
  g_autofree char *end = psl_format_date_short (line->end_date);
  gboolean closed = g_strv_contains ((const char *[]) { "ended", "refused", "withdrawn", NULL }, line->stage);

  if (line->what != NULL)
    g_string_append_printf (title, " — %s", line->what);
  if (line->start_date != NULL)
    {
      g_autofree char *span = line->end_date != NULL ? g_strdup_printf (_("from %s to %s"), start, end)
                                                     : g_strdup_printf (_("since %s"), start);
      psl_append_part (subtitle, span);
    }
  if (line->tutor_name != NULL)
    {
      g_autofree char *tutor = g_strdup_printf (_("tutor %s"), line->tutor_name);
      psl_append_part (subtitle, tutor);
    }
  psl_append_part (subtitle, line->reason);
  if (sqlite3_column_type (stmt, 13) != SQLITE_NULL)
    {
      g_autoptr(PslImmersionReview) review = psl_immersion_review_parse ((const char *) sqlite3_column_text (stmt, 13), NULL);
      g_autofree char *summary = review != NULL ? psl_immersion_review_summary (review) : NULL;

      psl_append_part (subtitle, summary);
    }
  return psl_record_line_new (g_strdup (line->id), g_string_free (g_steal_pointer (&title), FALSE),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), closed);
}

/* A person's placements as a list shows them: the firm and what, the
 * stage and the dates. */
GPtrArray *
psl_placement_lines_for_person (PslStore   *store,
                                const char *person_id,
                                GError    **error)
{
  return psl_store_collect (store,
    PLACEMENT_SELECT " WHERE p.person_id = ?1 AND p.deleted_at IS NULL" PLACEMENT_ORDER,
    person_id, read_person_line, (GDestroyNotify) psl_record_line_free, _("Reading the placements"), error);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Proposes the person for an opportunity: a new placement at its first
 * stage, with the opportunity's firm.  Refused for an opportunity that is
 * no longer open, and for a person already proposed for it. */
char *
psl_placement_propose (PslStore   *store,
                       const char *person_id,
                       const char *opportunity_id,
                       const char *staff_id,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) find = psl_store_prepare (store,
    "SELECT o.company_id, o.status, o.deleted_at IS NOT NULL,"
    "       (SELECT count(*) FROM placement p WHERE p.person_id = ?2 AND p.opportunity_id = o.id"
    "          AND p.deleted_at IS NULL AND p.stage NOT IN ('refused', 'withdrawn'))"
    "  FROM opportunity o WHERE o.id = ?1;", error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *id = psl_new_id ();
  g_autofree char *today = psl_today_iso ();
  const char *status;

  if (find == NULL)
    return NULL;
  sqlite3_bind_text (find, 1, opportunity_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (find, 2, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (find) != SQLITE_ROW || sqlite3_column_int (find, 2))
    return invalid (error, _("This opportunity is no longer in the database.")), NULL;
  status = (const char *) sqlite3_column_text (find, 1);
  if (g_strcmp0 (status, "cancelled") == 0)
    return invalid (error, _("This opportunity was cancelled: nobody can be proposed for it.")), NULL;
  if (g_strcmp0 (status, "open") != 0)
    return invalid (error, _("This opportunity is no longer open: it was filled or refused.")), NULL;
  if (sqlite3_column_int (find, 3) > 0)
    return invalid (error, _("This person is already proposed for this opportunity.")), NULL;

  insert = psl_store_prepare (store,
    "INSERT INTO placement (id, site_id, person_id, company_id, opportunity_id, staff_id, stage, proposed_on,"
    "                       created_by, updated_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'proposed', ?7, psl_actor (), psl_actor ());", error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, (const char *) sqlite3_column_text (find, 0), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 5, opportunity_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 7, today, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, insert, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* Two contracts of the same person at the same time are usually a date
 * typed wrong: said, not refused (part-time work happens).  NULL when
 * none overlap, else the sentence. */
char *
psl_placement_overlap (PslStore   *store,
                       const char *person_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT coalesce(ca.trade_name, ca.legal_name), a.start_date, coalesce(cb.trade_name, cb.legal_name), b.start_date"
    "  FROM placement a JOIN placement b ON b.person_id = a.person_id AND b.id > a.id"
    "  JOIN company ca ON ca.id = a.company_id JOIN company cb ON cb.id = b.company_id"
    " WHERE a.person_id = ?1 AND a.kind = 'contract' AND b.kind = 'contract'"
    "   AND a.deleted_at IS NULL AND b.deleted_at IS NULL"
    "   AND a.stage NOT IN ('refused', 'withdrawn') AND b.stage NOT IN ('refused', 'withdrawn')"
    "   AND a.start_date IS NOT NULL AND b.start_date IS NOT NULL"
    "   AND a.start_date <= coalesce(b.end_date, b.planned_end, '9999')"
    "   AND b.start_date <= coalesce(a.end_date, a.planned_end, '9999')"
    " LIMIT 1;", NULL);
  g_autofree char *first = NULL, *second = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  first = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
  second = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  return g_strdup_printf (_("The contract at %s from %s overlaps the one at %s from %s: check their dates."),
                          sqlite3_column_text (stmt, 0), first, sqlite3_column_text (stmt, 2), second);
}
