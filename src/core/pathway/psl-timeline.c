/* psl-timeline.c — every dated fact of a person's pathway, in order
 *
 * A pathway is spread over a dozen tables: the start and the exit on the
 * person, referents, contracts of commitments and their steps, grids,
 * barriers, placements, follow-ups, alerts.  One query gathers them, so
 * that the order (by date, then by kind for facts of the same day) is
 * SQLite's and the list is read in one pass.  The query returns the
 * words of each row (names, reference labels); the sentence is made here
 * so that it can be translated.
 */

#define G_LOG_DOMAIN "psl-timeline"

#include "config.h"

#include "psl-i18n.h"

#include "psl-commitment.h"
#include "psl-format.h"
#include "psl-timeline.h"
#include "psl-store-private.h"

/* The query writes each kind as its number in the enum. */
G_STATIC_ASSERT (PSL_TIMELINE_ENTRY == 0);
G_STATIC_ASSERT (PSL_TIMELINE_REFERENT == 1);
G_STATIC_ASSERT (PSL_TIMELINE_COMMITMENT_SIGNED == 2);
G_STATIC_ASSERT (PSL_TIMELINE_COMPETENCE == 3);
G_STATIC_ASSERT (PSL_TIMELINE_BARRIER_IDENTIFIED == 4);
G_STATIC_ASSERT (PSL_TIMELINE_PLACEMENT_PROPOSED == 5);
G_STATIC_ASSERT (PSL_TIMELINE_IMMERSION == 6);
G_STATIC_ASSERT (PSL_TIMELINE_CONTRACT == 7);
G_STATIC_ASSERT (PSL_TIMELINE_STEP_DUE == 8);
G_STATIC_ASSERT (PSL_TIMELINE_STEP_DONE == 9);
G_STATIC_ASSERT (PSL_TIMELINE_FOLLOWUP_DUE == 10);
G_STATIC_ASSERT (PSL_TIMELINE_FOLLOWUP_DONE == 11);
G_STATIC_ASSERT (PSL_TIMELINE_ALERT_RAISED == 12);
G_STATIC_ASSERT (PSL_TIMELINE_ALERT_RESOLVED == 13);
G_STATIC_ASSERT (PSL_TIMELINE_BARRIER_LIFTED == 14);
G_STATIC_ASSERT (PSL_TIMELINE_COMMITMENT_REVIEW == 15);
G_STATIC_ASSERT (PSL_TIMELINE_EXIT == 16);

#define FIRM_NAME "coalesce(co.trade_name, co.legal_name)"

/* Columns: date, end date, kind, row id, then up to three words the
 * label is made of.  A deleted person has no pathway left to show. */
#define TIMELINE_SQL \
  "WITH who (id) AS (SELECT id FROM person WHERE id = ?1 AND deleted_at IS NULL) " \
  "SELECT entered_on, NULL, 0, id, NULL, NULL, NULL FROM person WHERE id IN who" \
  " UNION ALL " \
  "SELECT r.from_date, NULL, 1, r.id," \
  "       nullif(trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')), ''), NULL, NULL" \
  "  FROM person_referent r LEFT JOIN staff s ON s.id = r.staff_id" \
  " WHERE r.person_id IN who" \
  " UNION ALL " \
  "SELECT signed_on, NULL, 2, id, revision, NULL, NULL FROM commitment" \
  " WHERE person_id IN who AND deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT review_on, NULL, 15, id, review_outcome, NULL, NULL FROM commitment" \
  " WHERE person_id IN who AND deleted_at IS NULL AND review_on IS NOT NULL" \
  " UNION ALL " \
  "SELECT coalesce(st.done_on, st.due_on), NULL, CASE WHEN st.done_on IS NULL THEN 8 ELSE 9 END, st.id," \
  "       st.label, NULL, NULL" \
  "  FROM commitment_step st JOIN commitment c ON c.id = st.commitment_id" \
  " WHERE c.person_id IN who AND c.deleted_at IS NULL AND st.deleted_at IS NULL" \
  "   AND coalesce(st.done_on, st.due_on) IS NOT NULL" \
  " UNION ALL " \
  "SELECT evaluated_on, NULL, 3, id, context, NULL, NULL FROM competence_evaluation" \
  " WHERE person_id IN who AND deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT b.identified_on, NULL, 4, b.id, coalesce(ri.label, b.code), NULL, NULL" \
  "  FROM barrier b LEFT JOIN ref_item ri ON ri.list_code = 'barrier' AND ri.code = b.code" \
  " WHERE b.person_id IN who AND b.deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT b.lifted_on, NULL, 14, b.id, coalesce(ri.label, b.code), NULL, NULL" \
  "  FROM barrier b LEFT JOIN ref_item ri ON ri.list_code = 'barrier' AND ri.code = b.code" \
  " WHERE b.person_id IN who AND b.deleted_at IS NULL AND b.lifted_on IS NOT NULL" \
  " UNION ALL " \
  "SELECT p.proposed_on, NULL, 5, p.id, " FIRM_NAME ", o.title, (SELECT sex FROM person WHERE id = ?1)" \
  "  FROM placement p LEFT JOIN company co ON co.id = p.company_id" \
  "  LEFT JOIN opportunity o ON o.id = p.opportunity_id" \
  " WHERE p.person_id IN who AND p.deleted_at IS NULL" \
  " UNION ALL " \
  /* A placement refused or withdrawn never ran, whatever dates it was given. */ \
  "SELECT p.start_date, coalesce(p.end_date, p.planned_end), CASE p.kind WHEN 'immersion' THEN 6 ELSE 7 END, p.id," \
  "       " FIRM_NAME ", coalesce(ct.label, p.contract_type), NULL" \
  "  FROM placement p LEFT JOIN company co ON co.id = p.company_id" \
  "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = p.contract_type" \
  " WHERE p.person_id IN who AND p.deleted_at IS NULL AND p.kind IS NOT NULL AND p.start_date IS NOT NULL" \
  "   AND p.stage NOT IN ('refused', 'withdrawn')" \
  " UNION ALL " \
  "SELECT coalesce(f.done_on, f.due_on), NULL, CASE WHEN f.done_on IS NULL THEN 10 ELSE 11 END, f.id," \
  "       f.label, NULL, NULL" \
  "  FROM followup f WHERE f.person_id IN who AND f.deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT opened_on, NULL, 12, id, raised_by, NULL, NULL FROM alert" \
  " WHERE person_id IN who AND deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT resolved_on, NULL, 13, id, resolution, NULL, NULL FROM alert" \
  " WHERE person_id IN who AND deleted_at IS NULL AND resolved_on IS NOT NULL" \
  " UNION ALL " \
  "SELECT p.exited_on, NULL, 16, p.id, ro.label, NULL, NULL" \
  "  FROM person p LEFT JOIN ref_item ro ON ro.list_code = 'outcome' AND ro.code = p.exit_outcome" \
  " WHERE p.id IN who AND p.exited_on IS NOT NULL" \
  " ORDER BY 1, 3, 4;"

void
psl_timeline_fact_free (PslTimelineFact *fact)
{
  if (fact == NULL)
    return;
  g_free (fact->date);
  g_free (fact->end_date);
  g_free (fact->label);
  g_free (fact->ref_id);
  g_free (fact);
}

static const char *
raised_by_label (const char *by)
{
  if (g_strcmp0 (by, "person") == 0)
    return _("Alert raised by the person");
  if (g_strcmp0 (by, "tutor") == 0)
    return _("Alert raised by the tutor");
  if (g_strcmp0 (by, "company") == 0)
    return _("Alert raised by the firm");
  return _("Alert raised by the counsellor");
}

/* The sentence of a fact, from the words its row gave. */
static char *
make_label (PslTimelineKind  kind,
            const char      *a,
            const char      *b,
            const char      *c,
            int              number)
{
  switch (kind)
    {
    case PSL_TIMELINE_ENTRY:
      return g_strdup (_("Accompaniment started"));
    case PSL_TIMELINE_REFERENT:
      return a != NULL ? g_strdup_printf (_("Referent: %s"), a) : g_strdup (_("Referent changed"));
    case PSL_TIMELINE_COMMITMENT_SIGNED:
      if (number > 1)
        /* TRANSLATORS: %d is the revision number of the contract of commitments */
        return g_strdup_printf (_("Contract of commitments revised (revision %d)"), number);
      return g_strdup (_("Contract of commitments signed"));
    case PSL_TIMELINE_COMMITMENT_REVIEW:
      if (a != NULL)
        return g_strdup_printf (_("Review of the contract of commitments: %s"), psl_commitment_outcome_label (a));
      return g_strdup (_("Review of the contract of commitments due"));
    case PSL_TIMELINE_STEP_DUE:
      return g_strdup_printf (_("Step due: %s"), a);
    case PSL_TIMELINE_STEP_DONE:
      return g_strdup_printf (_("Step done: %s"), a);
    case PSL_TIMELINE_COMPETENCE:
      /* TRANSLATORS: %s says where the evaluation was made (interview, immersion…) */
      return a != NULL ? g_strdup_printf (_("Competence evaluation (%s)"), a) : g_strdup (_("Competence evaluation"));
    case PSL_TIMELINE_BARRIER_IDENTIFIED:
      return g_strdup_printf (_("Barrier identified: %s"), a);
    case PSL_TIMELINE_BARRIER_LIFTED:
      return g_strdup_printf (_("Barrier lifted: %s"), a);
    case PSL_TIMELINE_PLACEMENT_PROPOSED:
      if (b != NULL)
        /* TRANSLATORS: %1$s is a firm, %2$s the title of its opportunity */
        return g_strdup_printf (psl_by_sex (c, C_("a woman", "Proposed to %1$s for “%2$s”"),
                                            C_("a man", "Proposed to %1$s for “%2$s”"),
                                            _("Proposed to %1$s for “%2$s”")), a, b);
      /* TRANSLATORS: the person was proposed to a firm; c is her or his sex */
      return g_strdup_printf (psl_by_sex (c, C_("a woman", "Proposed to %s"), C_("a man", "Proposed to %s"),
                                          _("Proposed to %s")), a);
    case PSL_TIMELINE_IMMERSION:
      return g_strdup_printf (_("Immersion at %s"), a);
    case PSL_TIMELINE_CONTRACT:
      if (b != NULL)
        /* TRANSLATORS: %1$s is a contract type, %2$s a firm: “CDD at Boulangerie Vidal” */
        return g_strdup_printf (_("%1$s at %2$s"), b, a);
      return g_strdup_printf (_("Contract at %s"), a);
    case PSL_TIMELINE_FOLLOWUP_DUE:
      return g_strdup_printf (_("Follow-up due: %s"), a);
    case PSL_TIMELINE_FOLLOWUP_DONE:
      return g_strdup_printf (_("Follow-up: %s"), a);
    case PSL_TIMELINE_ALERT_RAISED:
      return g_strdup (raised_by_label (a));
    case PSL_TIMELINE_ALERT_RESOLVED:
      return a != NULL ? g_strdup_printf (_("Alert resolved: %s"), a) : g_strdup (_("Alert resolved"));
    case PSL_TIMELINE_EXIT:
      return a != NULL ? g_strdup_printf (_("Exit: %s"), a) : g_strdup (_("Exit"));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static gpointer
read_fact (sqlite3_stmt *stmt)
{
  PslTimelineFact *fact = g_new0 (PslTimelineFact, 1);

  fact->date = psl_column_dup (stmt, 0);
  fact->end_date = psl_column_dup (stmt, 1);
  fact->kind = (PslTimelineKind) sqlite3_column_int (stmt, 2);
  fact->ref_id = psl_column_dup (stmt, 3);
  fact->label = make_label (fact->kind, (const char *) sqlite3_column_text (stmt, 4),
                            (const char *) sqlite3_column_text (stmt, 5), (const char *) sqlite3_column_text (stmt, 6),
                            sqlite3_column_int (stmt, 4));
  return fact;
}

/* Every dated fact of the person's pathway, oldest first; facts of the
 * same day in the order of PslTimelineKind. */
GPtrArray *
psl_timeline_for_person (PslStore   *store,
                         const char *person_id,
                         GError    **error)
{
  g_return_val_if_fail (person_id != NULL, NULL);

  return psl_store_collect (store, TIMELINE_SQL, person_id, read_fact, (GDestroyNotify) psl_timeline_fact_free,
                            _("Reading the pathway"), error);
}

const char *
psl_timeline_kind_label (PslTimelineKind kind)
{
  switch (kind)
    {
    case PSL_TIMELINE_ENTRY:               return _("Start of the accompaniment");
    case PSL_TIMELINE_REFERENT:            return _("Referent");
    case PSL_TIMELINE_COMMITMENT_SIGNED:   return _("Contract of commitments");
    case PSL_TIMELINE_COMPETENCE:          return _("Competence evaluation");
    case PSL_TIMELINE_BARRIER_IDENTIFIED:  return _("Barrier identified");
    case PSL_TIMELINE_PLACEMENT_PROPOSED:  return _("Proposal to a firm");
    case PSL_TIMELINE_IMMERSION:           return _("Immersion");
    case PSL_TIMELINE_CONTRACT:            return _("Employment contract");
    case PSL_TIMELINE_STEP_DUE:            return _("Step due");
    case PSL_TIMELINE_STEP_DONE:           return _("Step done");
    case PSL_TIMELINE_FOLLOWUP_DUE:        return _("Follow-up due");
    case PSL_TIMELINE_FOLLOWUP_DONE:       return _("Follow-up");
    case PSL_TIMELINE_ALERT_RAISED:        return _("Alert");
    case PSL_TIMELINE_ALERT_RESOLVED:      return _("Alert resolved");
    case PSL_TIMELINE_BARRIER_LIFTED:      return _("Barrier lifted");
    case PSL_TIMELINE_COMMITMENT_REVIEW:   return _("Review of the contract of commitments");
    case PSL_TIMELINE_EXIT:                return _("Exit");
    default:                               return "";
    }
}
