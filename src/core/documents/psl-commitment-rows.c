/* psl-commitment-rows.c — what a printed contract of mutual commitments reads */

#define G_LOG_DOMAIN "psl-documents"

#include "config.h"

#include "psl-i18n.h"

#include "psl-document-rows.h"
#include "psl-store-private.h"

void
psl_commitment_paper_free (PslCommitmentPaper *paper)
{
  if (paper == NULL)
    return;
  g_free (paper->person_id);
  g_free (paper->person);
  g_free (paper->signed_on);
  g_free (paper->objectives);
  g_free (paper->review_on);
  g_free (paper->review_outcome);
  g_free (paper->counsellor);
  g_free (paper->place);
  g_free (paper);
}

PslCommitmentPaper *
psl_commitment_paper_load (PslStore    *store,
                           const char  *commitment_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT c.person_id, p.first_name || ' ' || p.last_name, c.revision, c.signed_on, c.objectives,"
    "       c.review_on, c.review_outcome, s.first_name || ' ' || s.last_name,"
    "       coalesce(nullif((SELECT commune FROM site WHERE id = p.antenna_id), ''),"
    "                (SELECT commune FROM structure LIMIT 1))"
    "  FROM commitment c JOIN person p ON p.id = c.person_id"
    "  LEFT JOIN staff s ON s.id = c.staff_id"
    " WHERE c.id = ?1 AND c.deleted_at IS NULL;", commitment_id, _("Reading the commitments"), error);
  PslCommitmentPaper *paper;

  if (stmt == NULL)
    return NULL;
  paper = g_new0 (PslCommitmentPaper, 1);
  paper->person_id = psl_column_dup (stmt, 0);
  paper->person = psl_column_dup (stmt, 1);
  paper->revision = sqlite3_column_int (stmt, 2);
  paper->signed_on = psl_column_dup (stmt, 3);
  paper->objectives = psl_column_dup (stmt, 4);
  paper->review_on = psl_column_dup (stmt, 5);
  paper->review_outcome = psl_column_dup (stmt, 6);
  paper->counsellor = psl_column_dup (stmt, 7);
  paper->place = psl_column_dup (stmt, 8);
  return paper;
}

static void
step_free (PslCommitmentPaperStep *step)
{
  g_free (step->side);
  g_free (step->label);
  g_free (step->due_on);
  g_free (step->done_on);
  g_free (step);
}

static gpointer
read_step (sqlite3_stmt *stmt)
{
  PslCommitmentPaperStep *step = g_new0 (PslCommitmentPaperStep, 1);

  step->side = psl_column_dup (stmt, 0);
  step->label = psl_column_dup (stmt, 1);
  step->due_on = psl_column_dup (stmt, 2);
  step->done_on = psl_column_dup (stmt, 3);
  return step;
}

GPtrArray *
psl_commitment_paper_steps (PslStore    *store,
                            const char  *commitment_id,
                            GError     **error)
{
  return psl_store_collect (store,
    "SELECT side, label, due_on, done_on FROM commitment_step WHERE commitment_id = ?1"
    " ORDER BY due_on IS NULL, due_on, label;",
    commitment_id, read_step, (GDestroyNotify) step_free, _("Reading the commitments"), error);
}

static void
revision_free (PslCommitmentRevision *revision)
{
  g_free (revision->revision);
  g_free (revision->signed_on);
  g_free (revision->review_on);
  g_free (revision->review_outcome);
  g_free (revision);
}

GPtrArray *
psl_commitment_paper_history (PslStore    *store,
                              const char  *person_id,
                              const char  *except_id,
                              GError     **error)
{
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) revision_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT revision, signed_on, review_on, review_outcome FROM commitment"
    " WHERE person_id = ?1 AND id <> ?2 AND deleted_at IS NULL ORDER BY signed_on, revision;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, except_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslCommitmentRevision *revision = g_new0 (PslCommitmentRevision, 1);

      revision->revision = psl_column_dup (stmt, 0);
      revision->signed_on = psl_column_dup (stmt, 1);
      revision->review_on = psl_column_dup (stmt, 2);
      revision->review_outcome = psl_column_dup (stmt, 3);
      g_ptr_array_add (revisions, revision);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the commitments"));
      return NULL;
    }
  return g_steal_pointer (&revisions);
}
