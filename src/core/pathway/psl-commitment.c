/* psl-commitment.c — the contrat d'engagements réciproques: objectives, steps on both sides, reviews
 *
 * A contract binds both sides: the person's steps and the structure's.
 * A revision is a new contract with the next number, so that what was
 * agreed before stays as it was signed.  Its review ends in one of the
 * three outcomes of the accompaniment: the step achieved, the contract
 * adjusted, or the accompaniment ended.
 */

#define G_LOG_DOMAIN "psl-commitment"

#include "config.h"

#include "psl-i18n.h"

#include "psl-commitment.h"
#include "psl-format.h"
#include "psl-store-private.h"

static const char *outcomes[] = { "achieved", "adjusted", "ended", NULL };
static const char *sides[] = { "person", "structure", NULL };

const PslField psl_commitment_fields[] = {
  { "signed_on",      PSL_FIELD_DATE,    N_("Signed on") },
  { "revision",       PSL_FIELD_INTEGER, N_("Revision") },
  { "objectives",     PSL_FIELD_TEXT,    N_("Objectives") },
  { "staff_id",       PSL_FIELD_ID,      N_("Counsellor") },
  { "review_on",      PSL_FIELD_DATE,    N_("Review on") },
  { "review_outcome", PSL_FIELD_CHOICE,  N_("Outcome of the review"), NULL, outcomes },
  { NULL }
};

const PslField psl_commitment_step_fields[] = {
  { "side",    PSL_FIELD_CHOICE,   N_("Who commits"), NULL, sides },
  { "label",   PSL_FIELD_REQUIRED, N_("Step") },
  { "due_on",  PSL_FIELD_DATE,     N_("Due on") },
  { "done_on", PSL_FIELD_DATE,     N_("Done on") },
  { NULL }
};

static gboolean
dates_in_order (const char * const *columns,
                const char * const *values,
                const char         *first,
                const char         *then,
                GError            **error)
{
  g_autoptr(GDate) a = psl_date_parse_user (psl_record_value_of (columns, values, first));
  g_autoptr(GDate) b = psl_date_parse_user (psl_record_value_of (columns, values, then));

  if (a != NULL && b != NULL && g_date_compare (b, a) < 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The review cannot come before the signature."));
      return FALSE;
    }
  return TRUE;
}

char *
psl_commitment_create_from_form (PslStore           *store,
                                 const char         *person_id,
                                 const char * const *columns,
                                 const char * const *values,
                                 GError            **error)
{
  if (!dates_in_order (columns, values, "signed_on", "review_on", error))
    return NULL;
  return psl_record_insert (store, "commitment", psl_commitment_fields, "person_id", person_id,
                            columns, values, error);
}

char *
psl_commitment_step_from_form (PslStore           *store,
                               const char         *commitment_id,
                               const char * const *columns,
                               const char * const *values,
                               GError            **error)
{
  return psl_record_insert (store, "commitment_step", psl_commitment_step_fields, "commitment_id", commitment_id,
                            columns, values, error);
}

const char *
psl_commitment_outcome_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "achieved") == 0)
    return _("Step achieved");
  if (g_strcmp0 (outcome, "adjusted") == 0)
    return _("Contract adjusted");
  if (g_strcmp0 (outcome, "ended") == 0)
    return _("Accompaniment ended");
  return NULL;
}

static gpointer
read_commitment (sqlite3_stmt *stmt)
{
  g_autofree char *signed_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
  g_autofree char *review_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 4));
  const char *outcome = (const char *) sqlite3_column_text (stmt, 5);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  char *title;

  /* TRANSLATORS: a contract of commitments, its date and its revision number */
  title = g_strdup_printf (_("Contract of %s, revision %d"), signed_on, sqlite3_column_int (stmt, 2));
  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 3));
  if (outcome != NULL)
    {
      g_autofree char *reviewed = g_strdup_printf (_("reviewed on %s: %s"), review_on,
                                                   psl_commitment_outcome_label (outcome));
      psl_append_part (subtitle, reviewed);
    }
  else if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_autofree char *review = g_strdup_printf (_("review on %s"), review_on);
      psl_append_part (subtitle, review);
    }
  return psl_record_line_new (psl_column_dup (stmt, 0), title, g_string_free (g_steal_pointer (&subtitle), FALSE),
                              outcome != NULL);
}

GPtrArray *
psl_commitment_lines (PslStore   *store,
                      const char *person_id,
                      GError    **error)
{
  return psl_store_collect (store,
    "SELECT id, signed_on, revision, objectives, review_on, review_outcome FROM commitment"
    " WHERE person_id = ?1 AND deleted_at IS NULL ORDER BY signed_on DESC, revision DESC;",
    person_id, read_commitment, (GDestroyNotify) psl_record_line_free, _("Reading the commitments"), error);
}

static gpointer
read_step (sqlite3_stmt *stmt)
{
  gboolean person = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "person") == 0;
  g_autofree char *due = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
  g_autofree char *done = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 4));
  g_autoptr(GString) subtitle = g_string_new (person ? _("The person commits") : _("The structure commits"));

  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_autofree char *text = g_strdup_printf (_("done on %s"), done);
      psl_append_part (subtitle, text);
    }
  else if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    {
      g_autofree char *text = g_strdup_printf (_("due on %s"), due);
      psl_append_part (subtitle, text);
    }
  return psl_record_line_new (psl_column_dup (stmt, 0), psl_column_dup (stmt, 2),
                              g_string_free (g_steal_pointer (&subtitle), FALSE),
                              sqlite3_column_type (stmt, 4) != SQLITE_NULL);
}

/* The steps still to do first, the person's before the structure's. */
GPtrArray *
psl_commitment_step_lines (PslStore   *store,
                           const char *commitment_id,
                           GError    **error)
{
  return psl_store_collect (store,
    "SELECT id, side, label, due_on, done_on FROM commitment_step WHERE commitment_id = ?1 AND deleted_at IS NULL"
    " ORDER BY done_on IS NOT NULL, side = 'structure', due_on;",
    commitment_id, read_step, (GDestroyNotify) psl_record_line_free, _("Reading the steps"), error);
}

/* The contract in force: the latest signed. */
char *
psl_commitment_current (PslStore   *store,
                        const char *person_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id FROM commitment WHERE person_id = ?1 AND deleted_at IS NULL"
    " ORDER BY signed_on DESC, revision DESC LIMIT 1;", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
}
