/* psl-pathway-report.c — a person's pathway on paper, for the team: the
 * timeline, the barriers and every dated fact
 *
 * An internal document: it shows barriers, which the candidate
 * presentation never does.  Even here, a barrier the reference list marks
 * as sensitive (health, disability, justice…) is printed only as
 * "personal, confidential": the detail stays in the file, behind the
 * Confidentiel tab.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-fact-charts.h"
#include "psl-format.h"
#include "psl-pathway-report.h"
#include "psl-report.h"

#define TIMELINE_HEIGHT 250

#define PERSON_SQL \
  "SELECT p.first_name || ' ' || p.last_name, p.entered_on, p.exited_on," \
  "       (SELECT label FROM ref_item WHERE list_code = 'outcome' AND code = p.exit_outcome)," \
  "       (SELECT first_name || ' ' || last_name FROM staff WHERE id = p.referent_id)," \
  "       (SELECT label FROM ref_item WHERE list_code = 'situation' AND code = p.situation)," \
  "       p.project, p.commune" \
  "  FROM person p WHERE p.id = ?1 AND p.deleted_at IS NULL AND p.merged_into IS NULL;"

#define BARRIERS_SQL \
  "SELECT b.identified_on, b.lifted_on, b.status, coalesce(r.label, b.code), coalesce(r.sensitive, 0)" \
  "  FROM barrier b LEFT JOIN ref_item r ON r.list_code = 'barrier' AND r.code = b.code" \
  " WHERE b.person_id = ?1 AND b.deleted_at IS NULL ORDER BY b.identified_on;"

static gboolean
is_barrier (const PslTimelineFact *fact)
{
  return fact->kind == PSL_TIMELINE_BARRIER_IDENTIFIED || fact->kind == PSL_TIMELINE_BARRIER_LIFTED;
}

static const char *
barrier_status_label (const char *status)
{
  if (g_strcmp0 (status, "lifted") == 0)
    return _("Lifted");
  if (g_strcmp0 (status, "in_progress") == 0)
    return _("Being lifted");
  return _("Identified");
}

static gboolean
add_barriers (PslDocument  *doc,
              PslStore     *store,
              const char   *person_id,
              GError      **error)
{
  static const double widths[] = { 3, 1.6, 1.6, 1.6 };
  const char *headers[] = { _("Barrier"), _("Identified"), _("Status"), _("Lifted") };
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, BARRIERS_SQL, error);
  PslDocumentTable *table = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  psl_document_add_heading (doc, _("Barriers"));
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *identified = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *lifted = sqlite3_column_type (stmt, 1) != SQLITE_NULL
                                ? psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1)) : NULL;
      const char *cells[] = {
        sqlite3_column_int (stmt, 4) ? _("Personal (confidential)") : (const char *) sqlite3_column_text (stmt, 3),
        identified, barrier_status_label ((const char *) sqlite3_column_text (stmt, 2)), psl_report_or_dash (lifted),
      };

      if (table == NULL)
        table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
      psl_document_table_add_row (table, cells);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the barriers"));
      return FALSE;
    }
  if (table == NULL)
    psl_document_add_note (doc, _("No barrier recorded."));
  return TRUE;
}

PslDocument *
psl_pathway_report_new (PslStore    *store,
                        const char  *person_id,
                        GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(sqlite3_stmt) person = psl_store_prepare (store, PERSON_SQL, error);
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);

  if (person == NULL)
    return NULL;
  sqlite3_bind_text (person, 1, person_id, -1, SQLITE_STATIC);
  if (sqlite3_step (person) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND,
                           _("This person is not in the file (deleted or merged with another)."));
      return NULL;
    }
  if ((facts = psl_timeline_for_person (store, person_id, error)) == NULL
      || (doc = psl_report_document_new (store, (const char *) sqlite3_column_text (person, 0), error)) == NULL)
    return NULL;

  psl_document_set_subtitle (doc, _("Pathway — internal document"));
  psl_document_add_note (doc, _("For the team only: it shows barriers. To a firm, give the candidate "
                                "presentation, which never does."));
  {
    g_autofree char *entered = psl_format_date ((const char *) sqlite3_column_text (person, 1));
    g_autofree char *exited = sqlite3_column_type (person, 2) != SQLITE_NULL
                              ? psl_format_date ((const char *) sqlite3_column_text (person, 2)) : NULL;

    psl_document_add_field (doc, _("In pathway since"), entered);
    psl_document_add_field (doc, _("Left on"), psl_report_or_dash (exited));
    psl_document_add_field (doc, _("Outcome"), psl_report_or_dash ((const char *) sqlite3_column_text (person, 3)));
    psl_document_add_field (doc, _("Referent"), psl_report_or_dash ((const char *) sqlite3_column_text (person, 4)));
    psl_document_add_field (doc, _("Situation"), psl_report_or_dash ((const char *) sqlite3_column_text (person, 5)));
    psl_document_add_field (doc, _("Career plan"), psl_report_or_dash ((const char *) sqlite3_column_text (person, 6)));
    psl_document_add_field (doc, _("Town"), psl_report_or_dash ((const char *) sqlite3_column_text (person, 7)));
  }

  /* Barriers are listed below with their confidentiality; the chart and
   * the facts leave them out. */
  for (guint i = 0; i < facts->len; i++)
    if (!is_barrier (g_ptr_array_index (facts, i)))
      g_ptr_array_add (shown, g_ptr_array_index (facts, i));

  psl_document_add_heading (doc, _("Timeline"));
  psl_timeline_chart_add_to_document (psl_pathway_chart_new (shown), doc, TIMELINE_HEIGHT, g_date_get_julian (date));

  if (!add_barriers (doc, store, person_id, error))
    return NULL;

  psl_document_add_heading (doc, _("Every Dated Fact"));
  {
    static const double widths[] = { 1.3, 5 };
    const char *headers[] = { _("Date"), _("What") };
    PslDocumentTable *table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);

    for (guint i = 0; i < shown->len; i++)
      {
        const PslTimelineFact *fact = g_ptr_array_index (shown, i);
        g_autofree char *when = psl_format_date_short (fact->date);
        const char *cells[] = { when, fact->label != NULL ? fact->label : psl_timeline_kind_label (fact->kind) };

        psl_document_table_add_row (table, cells);
      }
  }
  return g_steal_pointer (&doc);
}
