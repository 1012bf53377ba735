/* psl-commitment-sheet.c — a contrat d'engagements réciproques, printed to be signed
 *
 * The paper the person and the counsellor sign: the objectives, then each
 * side's steps with their dates, the review planned and, for a revision,
 * the contracts it follows.  It is for the person and the structure, so it
 * may name the steps that lift a barrier; it says nothing of the
 * confidential items all the same.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-commitment.h"
#include "psl-commitment-sheet.h"
#include "psl-document-rows.h"
#include "psl-format.h"
#include "psl-report.h"
#include "privacy/psl-audit.h"

static void
add_steps (PslDocument *doc,
           GPtrArray   *steps,
           const char  *side,
           const char  *heading)
{
  static const double widths[] = { 5, 1.5, 1.5 };
  const char *headers[] = { _("Step"), _("Due on"), _("Done on") };
  PslDocumentTable *table = NULL;

  psl_document_add_heading (doc, heading);
  for (guint i = 0; i < steps->len; i++)
    {
      const PslCommitmentPaperStep *step = g_ptr_array_index (steps, i);
      g_autofree char *due = NULL;
      g_autofree char *done = NULL;

      if (g_strcmp0 (step->side, side) != 0)
        continue;
      due = psl_format_date_short (step->due_on);
      done = psl_format_date_short (step->done_on);
      if (table == NULL)
        table = psl_document_add_table (doc, 3, headers, widths);
      psl_document_table_add_row (table, (const char *[]) {
        step->label, psl_report_or_dash (due), psl_report_or_dash (done) });
    }
  if (table == NULL)
    psl_document_add_paragraph (doc, _("No step agreed yet."));
}

static void
add_history (PslDocument *doc,
             GPtrArray   *history)
{
  static const double widths[] = { 1, 1.5, 1.5, 2.5 };
  const char *headers[] = { _("Revision"), _("Signed on"), _("Review on"), _("Outcome of the review") };
  PslDocumentTable *table = NULL;

  for (guint i = 0; i < history->len; i++)
    {
      const PslCommitmentRevision *earlier = g_ptr_array_index (history, i);
      g_autofree char *signed_on = psl_format_date_short (earlier->signed_on);
      g_autofree char *review_on = psl_format_date_short (earlier->review_on);

      if (table == NULL)
        {
          psl_document_add_heading (doc, _("Earlier Contracts"));
          table = psl_document_add_table (doc, 4, headers, widths);
        }
      psl_document_table_add_row (table, (const char *[]) {
        earlier->revision, signed_on, psl_report_or_dash (review_on),
        psl_report_or_dash (psl_commitment_outcome_label (earlier->review_outcome)) });
    }
}

PslDocument *
psl_commitment_sheet_new (PslStore   *store,
                          const char *commitment_id,
                          GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PslCommitmentPaper) paper = psl_commitment_paper_load (store, commitment_id, &local_error);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *signed_on = NULL;
  g_autofree char *review_on = NULL;

  if (paper == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND, _("This contract no longer exists."));
      return NULL;
    }
  signed_on = psl_format_date (paper->signed_on);
  review_on = psl_format_date (paper->review_on);

  doc = psl_report_document_new (store, _("Contract of Mutual Commitments"), error);
  if (doc == NULL)
    return NULL;
  /* Translators: under the title of a printed contract: the person and the revision number */
  subtitle = g_strdup_printf (_("%1$s — revision %2$d"), paper->person, paper->revision);
  psl_document_set_subtitle (doc, subtitle);
  psl_document_add_field (doc, _("Person"), paper->person);
  psl_document_add_field (doc, _("Counsellor"), psl_report_or_dash (paper->counsellor));
  psl_document_add_field (doc, _("Signed on"), signed_on);
  psl_document_add_field (doc, _("Review on"), psl_report_or_dash (review_on));
  if (paper->review_outcome != NULL)
    psl_document_add_field (doc, _("Outcome of the review"),
                            psl_report_or_dash (psl_commitment_outcome_label (paper->review_outcome)));
  psl_document_add_heading (doc, _("Objectives"));
  psl_document_add_paragraph (doc, psl_report_or_dash (paper->objectives));

  if ((steps = psl_commitment_paper_steps (store, commitment_id, error)) == NULL
      || (history = psl_commitment_paper_history (store, paper->person_id, commitment_id, error)) == NULL)
    return NULL;
  add_steps (doc, steps, "person", _("The Person Commits to"));
  add_steps (doc, steps, "structure", _("The Structure Commits to"));
  add_history (doc, history);

  psl_document_add_heading (doc, _("Signatures"));
  {
    const char *place = paper->place;
    /* Translators: above the signatures, the town and the day the contract was signed */
    g_autofree char *made = g_strdup_printf (_("Made in %1$s, on %2$s"),
                                             place != NULL && *place != '\0' ? place : "…………………………", signed_on);

    psl_document_add_paragraph (doc, made);
  }
  {
    static const double widths[] = { 1, 1 };
    const char *headers[] = { _("The person"), _("The counsellor") };
    PslDocumentTable *table = psl_document_add_table (doc, 2, headers, widths);

    /* Room to sign: a tall empty row. */
    psl_document_table_add_row (table, (const char *[]) { "\n\n\n\n", "\n\n\n\n" });
  }
  /* A person's data on paper: the journal keeps who made it. */
  if (!psl_audit_add (store, PSL_AUDIT_PRINT, paper->person_id, _("Contract of Mutual Commitments"), error))
    return NULL;
  return g_steal_pointer (&doc);
}
