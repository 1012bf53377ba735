/* psl-convention-sheet.c — the PMSMP (immersion) convention, printed from the placement to be signed
 *
 * The three parties (the person, the host firm, the prescribing
 * structure), the object and the period with its one-month limit, the
 * tutor and the hours, then room for the three signatures: what must be
 * agreed and signed before the immersion starts.  It names the person
 * but carries nothing of their confidential file: no barrier, no
 * benefit, no health.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-convention-sheet.h"
#include "psl-format.h"
#include "psl-immersion-convention.h"
#include "psl-report.h"
#include "privacy/psl-audit.h"

static char *
date_or_dash (const char *iso)
{
  return iso != NULL ? psl_format_date (iso) : g_strdup ("—");
}

static void
add_signatures (PslDocument *doc)
{
  static const double widths[] = { 1, 1, 1 };
  const char *headers[] = { _("The person"), _("The host firm"), _("The prescribing structure") };
  PslDocumentTable *table;
  /* Room to sign: the empty lines are kept in the cell. */
  g_autofree char *sign = g_strconcat (_("Date:"), "\n", _("Signature:"), "\n\n\n", NULL);
  g_autofree char *stamp = g_strconcat (_("Date:"), "\n", _("Signature and stamp:"), "\n\n\n", NULL);

  psl_document_add_heading (doc, _("Signatures"));
  psl_document_add_note (doc, _("Signed before the immersion starts, each party keeping a copy."));
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  psl_document_table_add_row (table, (const char *[]) { sign, stamp, stamp });
}

PslDocument *
psl_convention_sheet_new (PslStore    *store,
                          const char  *placement_id,
                          GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslImmersionConvention) c = psl_immersion_convention_load (store, placement_id, error);
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *last = NULL;
  g_autofree char *renewal = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *period = NULL;

  if (c == NULL || (doc = psl_report_document_new (store, _("Convention of an Immersion (PMSMP)"), error)) == NULL)
    return NULL;
  start = date_or_dash (c->start_date);
  end = date_or_dash (c->planned_end);
  last = psl_immersion_last_day (c->start_date);
  renewal = c->renewed_until != NULL ? psl_format_date (c->renewed_until) : NULL;
  birth = c->birth_date != NULL ? psl_format_date (c->birth_date) : NULL;
  /* Translators: the period of an immersion: two dates */
  period = g_strdup_printf (_("From %s to %s"), start, end);
  psl_document_set_subtitle (doc, _("Period of Professional Immersion"));

  psl_document_add_heading (doc, _("The Person"));
  psl_document_add_field (doc, _("Name"), c->person_name);
  psl_document_add_field (doc, _("Born on"), psl_report_or_dash (birth));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash (c->person_address));

  psl_document_add_heading (doc, _("The Host Firm"));
  psl_document_add_field (doc, _("Firm"), c->company_name);
  psl_document_add_field (doc, _("SIRET or BCE number"), psl_report_or_dash (c->company_identifier));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash (c->company_address));
  psl_document_add_field (doc, _("Tutor"), psl_report_or_dash (c->tutor_name));
  psl_document_add_field (doc, _("Tutor’s position"), psl_report_or_dash (c->tutor_role));

  psl_document_add_heading (doc, _("The Prescribing Structure"));
  psl_document_add_field (doc, _("Structure"), psl_report_or_dash (c->structure_name));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash (c->structure_address));
  psl_document_add_field (doc, _("Referent"), psl_report_or_dash (c->referent_name));

  psl_document_add_heading (doc, _("Object and Period"));
  psl_document_add_field (doc, _("Object"), g_strcmp0 (c->immersion_type, "skills") == 0
                                            ? _("Confirming a professional project")
                                            : _("Discovering a trade or a sector of activity"));
  psl_document_add_field (doc, _("Trade"), psl_report_or_dash (c->trade));
  psl_document_add_field (doc, _("Objectives"), psl_report_or_dash (c->objectives));
  psl_document_add_field (doc, _("Period"), period);
  if (renewal != NULL)
    psl_document_add_field (doc, _("Renewed until"), renewal);
  if (c->weekly_hours > 0)
    {
      hours = g_strdup_printf ("%g h", c->weekly_hours);
      psl_document_add_field (doc, _("Hours a week"), hours);
    }
  {
    g_autofree char *until = psl_format_date (last);
    /* Translators: %s is the last day the immersion may reach */
    g_autofree char *rule = g_strdup_printf (_("One month at most, continuous or not, that is until %s at the latest; "
                                               "renewable once for the same object (Code du travail, D. 5135-2)."),
                                             until);

    psl_document_add_note (doc, rule);
    psl_document_add_note (doc, _("The person keeps their status and is not paid by the firm; they are not counted in "
                                  "its staff."));
  }
  add_signatures (doc);
  /* A person's data on paper: the journal keeps who made it. */
  if (!psl_audit_add (store, PSL_AUDIT_PRINT, c->person_id, _("Convention of an Immersion (PMSMP)"), error))
    return NULL;
  return g_steal_pointer (&doc);
}
