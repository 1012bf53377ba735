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

#include "psl-document-rows.h"
#include "psl-fact-charts.h"
#include "psl-format.h"
#include "psl-pathway-report.h"
#include "psl-report.h"
#include "privacy/psl-audit.h"

#define TIMELINE_HEIGHT 250

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
  g_autoptr(GPtrArray) barriers = psl_pathway_barriers (store, person_id, error);
  PslDocumentTable *table = NULL;

  if (barriers == NULL)
    return FALSE;
  psl_document_add_heading (doc, _("Barriers"));
  for (guint i = 0; i < barriers->len; i++)
    {
      const PslPathwayBarrier *barrier = g_ptr_array_index (barriers, i);
      g_autofree char *identified = psl_format_date_short (barrier->identified_on);
      g_autofree char *lifted = barrier->lifted_on != NULL ? psl_format_date_short (barrier->lifted_on) : NULL;
      const char *cells[] = {
        barrier->sensitive ? _("Personal (confidential)") : barrier->label,
        identified, barrier_status_label (barrier->status), psl_report_or_dash (lifted),
      };

      if (table == NULL)
        table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
      psl_document_table_add_row (table, cells);
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
  g_autoptr(PslPathwaySummary) person = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);

  if ((person = psl_pathway_summary_load (store, person_id, &local_error)) == NULL)
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND,
                           _("This person is not in the file (deleted or merged with another)."));
      return NULL;
    }
  if ((facts = psl_timeline_for_person (store, person_id, error)) == NULL
      || (doc = psl_report_document_new (store, person->name, error)) == NULL)
    return NULL;

  psl_document_set_subtitle (doc, _("Pathway — internal document"));
  psl_document_add_note (doc, _("For the team only: it shows barriers. To a firm, give the candidate "
                                "presentation, which never does."));
  {
    g_autofree char *entered = psl_format_date (person->entered_on);
    g_autofree char *exited = person->exited_on != NULL ? psl_format_date (person->exited_on) : NULL;

    psl_document_add_field (doc, _("In pathway since"), entered);
    psl_document_add_field (doc, _("Left on"), psl_report_or_dash (exited));
    psl_document_add_field (doc, _("Outcome"), psl_report_or_dash (person->outcome));
    psl_document_add_field (doc, _("Referent"), psl_report_or_dash (person->referent));
    psl_document_add_field (doc, _("Situation"), psl_report_or_dash (person->situation));
    psl_document_add_field (doc, _("Career plan"), psl_report_or_dash (person->project));
    psl_document_add_field (doc, _("Town"), psl_report_or_dash (person->commune));
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
  /* A person's data on paper: the journal keeps who made it. */
  if (!psl_audit_add (store, PSL_AUDIT_PRINT, person_id, _("Pathway — internal document"), error))
    return NULL;
  return g_steal_pointer (&doc);
}
