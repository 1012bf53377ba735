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
#include "psl-format.h"
#include "psl-report.h"

static gboolean
add_steps (PslDocument *doc,
           PslStore    *store,
           const char  *commitment_id,
           const char  *side,
           const char  *heading,
           GError     **error)
{
  static const double widths[] = { 5, 1.5, 1.5 };
  const char *headers[] = { _("Step"), _("Due on"), _("Done on") };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT label, due_on, done_on FROM commitment_step WHERE commitment_id = ?1 AND side = ?2"
    " ORDER BY due_on IS NULL, due_on, label;", error);
  PslDocumentTable *table = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, side, -1, SQLITE_STATIC);
  psl_document_add_heading (doc, heading);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *due = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *done = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 2));

      if (table == NULL)
        table = psl_document_add_table (doc, 3, headers, widths);
      psl_document_table_add_row (table, (const char *[]) {
        (const char *) sqlite3_column_text (stmt, 0), psl_report_or_dash (due), psl_report_or_dash (done) });
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the commitments"));
      return FALSE;
    }
  if (table == NULL)
    psl_document_add_paragraph (doc, _("No step agreed yet."));
  return TRUE;
}

static gboolean
add_history (PslDocument *doc,
             PslStore    *store,
             const char  *person_id,
             const char  *commitment_id,
             GError     **error)
{
  static const double widths[] = { 1, 1.5, 1.5, 2.5 };
  const char *headers[] = { _("Revision"), _("Signed on"), _("Review on"), _("Outcome of the review") };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT revision, signed_on, review_on, review_outcome FROM commitment"
    " WHERE person_id = ?1 AND id <> ?2 AND deleted_at IS NULL ORDER BY signed_on, revision;", error);
  PslDocumentTable *table = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, commitment_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *signed_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *review_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 2));

      if (table == NULL)
        {
          psl_document_add_heading (doc, _("Earlier Contracts"));
          table = psl_document_add_table (doc, 4, headers, widths);
        }
      psl_document_table_add_row (table, (const char *[]) {
        (const char *) sqlite3_column_text (stmt, 0), signed_on, psl_report_or_dash (review_on),
        psl_report_or_dash (psl_commitment_outcome_label ((const char *) sqlite3_column_text (stmt, 3))) });
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the commitments"));
      return FALSE;
    }
  return TRUE;
}

PslDocument *
psl_commitment_sheet_new (PslStore   *store,
                          const char *commitment_id,
                          GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT c.person_id, p.first_name || ' ' || p.last_name, c.revision, c.signed_on, c.objectives,"
    "       c.review_on, c.review_outcome, s.first_name || ' ' || s.last_name,"
    "       coalesce(nullif((SELECT commune FROM site WHERE id = p.antenna_id), ''),"
    "                (SELECT commune FROM structure LIMIT 1))"
    "  FROM commitment c JOIN person p ON p.id = c.person_id"
    "  LEFT JOIN staff s ON s.id = c.staff_id"
    " WHERE c.id = ?1 AND c.deleted_at IS NULL;", error);
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *signed_on = NULL;
  g_autofree char *review_on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *person_id = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, commitment_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND, _("This contract no longer exists."));
      return NULL;
    }
  person_id = psl_column_dup (stmt, 0);
  person = psl_column_dup (stmt, 1);
  signed_on = psl_format_date ((const char *) sqlite3_column_text (stmt, 3));
  review_on = psl_format_date ((const char *) sqlite3_column_text (stmt, 5));

  doc = psl_report_document_new (store, _("Contract of Mutual Commitments"), error);
  if (doc == NULL)
    return NULL;
  /* Translators: under the title of a printed contract: the person and the revision number */
  subtitle = g_strdup_printf (_("%1$s — revision %2$d"), person, sqlite3_column_int (stmt, 2));
  psl_document_set_subtitle (doc, subtitle);
  psl_document_add_field (doc, _("Person"), person);
  psl_document_add_field (doc, _("Counsellor"), psl_report_or_dash ((const char *) sqlite3_column_text (stmt, 7)));
  psl_document_add_field (doc, _("Signed on"), signed_on);
  psl_document_add_field (doc, _("Review on"), psl_report_or_dash (review_on));
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    psl_document_add_field (doc, _("Outcome of the review"),
                            psl_report_or_dash (psl_commitment_outcome_label ((const char *) sqlite3_column_text (stmt, 6))));
  psl_document_add_heading (doc, _("Objectives"));
  psl_document_add_paragraph (doc, psl_report_or_dash ((const char *) sqlite3_column_text (stmt, 4)));

  if (!add_steps (doc, store, commitment_id, "person", _("The Person Commits to"), error)
      || !add_steps (doc, store, commitment_id, "structure", _("The Structure Commits to"), error)
      || !add_history (doc, store, person_id, commitment_id, error))
    return NULL;

  psl_document_add_heading (doc, _("Signatures"));
  {
    const char *place = (const char *) sqlite3_column_text (stmt, 8);
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
  return g_steal_pointer (&doc);
}
