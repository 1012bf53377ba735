/* psl-frame-sheet.c — a confidentiality frame with a partner structure, printed to be signed
 *
 * Seed 003 asks partner structures to define "le cadre" of what they tell
 * each other before they share anything.  The paper both sign says what the
 * frame recorded lets go (and what it does not), what never goes whatever
 * the frame, for how long, and how the packs are protected; it is the
 * frame's own record, so that what is signed is what the program enforces.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-frame-sheet.h"
#include "psl-installation.h"
#include "psl-report.h"
#include "share/psl-share.h"

static void
add_scope (PslDocumentTable *table,
           gboolean          shared,
           const char       *what)
{
  psl_document_table_add_row (table, (const char *[]) { what, shared ? _("Yes") : _("No") });
}

PslDocument *
psl_frame_sheet_new (PslStore   *store,
                     const char *frame_id,
                     GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslShareFrame) frame = psl_share_frame_load (store, frame_id, error);
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *period = NULL;

  if (frame == NULL || (inst = psl_installation_load (store, error)) == NULL
      || (doc = psl_report_document_new (store, _("Confidentiality Frame"), error)) == NULL)
    return NULL;

  starts = psl_format_date (frame->starts_on);
  ends = psl_format_date (frame->ends_on);
  recorded = psl_format_date (frame->recorded_on);
  /* Translators: under the title of the frame: "Between Mission locale X and Chantier Y" */
  subtitle = g_strdup_printf (_("Between %1$s and %2$s"), inst->structure_name, frame->partner_name);
  psl_document_set_subtitle (doc, subtitle);

  psl_document_add_paragraph (doc, _("Before any information about firms or candidates goes from one structure to "
                                     "the other, both agree on this frame: what may be shared, for how long, and "
                                     "how it is protected. Nothing outside it is ever sent: the program that "
                                     "makes the packs keeps to it."));
  psl_document_add_field (doc, _("Our structure"), inst->structure_name);
  psl_document_add_field (doc, _("Partner structure"), frame->partner_name);
  /* Translators: the period of a frame, "from 1 January 2027 to 31 December 2027" */
  period = g_strdup_printf (_("from %1$s to %2$s"), starts, ends);
  psl_document_add_field (doc, _("In force"), period);
  psl_document_add_field (doc, _("Recorded on"), recorded);
  if (frame->withdrawn_on != NULL)
    {
      g_autofree char *withdrawn = psl_format_date (frame->withdrawn_on);

      psl_document_add_field (doc, _("Withdrawn on"), withdrawn);
    }

  psl_document_add_heading (doc, _("What May Be Shared"));
  {
    static const double widths[] = { 5, 1 };
    const char *headers[] = { _("Information"), _("Shared"), NULL };
    PslDocumentTable *table = psl_document_add_table (doc, 2, headers, widths);

    add_scope (table, frame->firms, _("The firms of the network: name, town, sector, SIRET or BCE number"));
    add_scope (table, frame->contacts, _("Their contacts: name, position, telephone, email"));
    add_scope (table, frame->opportunities, _("The opportunities open to the partner’s candidates"));
    add_scope (table, frame->profiles, _("Anonymous candidate profiles: project, competences, availability, "
                                         "how far they can travel"));
    add_scope (table, frame->named_profiles, _("Named profiles, only of the people who agreed in writing to be "
                                               "presented to this partner"));
  }

  psl_document_add_heading (doc, _("What Is Never Shared"));
  psl_document_add_paragraph (doc, _("Whatever this frame says: the confidential part of a person (health, "
                                     "disability, justice, benefits, debts, addictions, housing), their barriers "
                                     "and what is written about them, their follow-up in work, and the name, "
                                     "birth date or address of anyone who has not agreed to be presented to this "
                                     "partner."));

  psl_document_add_heading (doc, _("How It Is Shared"));
  psl_document_add_paragraph (doc, _("Each pack is sealed for the partner alone and signed by the structure that "
                                     "made it; the partner’s program refuses a pack that was altered, that is "
                                     "older than the last one read, or that comes outside this frame. A pack "
                                     "replaces the one before; when the frame is withdrawn or ends, the next pack "
                                     "tells the partner to drop what it had."));
  psl_document_add_paragraph (doc, _("Each structure uses what it receives only to bring the people it "
                                     "accompanies into work, keeps it no longer than this frame, passes it on to "
                                     "no one, and tells the other at once of any loss or disclosure."));

  psl_document_add_heading (doc, _("Signatures"));
  /* Translators: above the signatures of a frame, to be filled in by hand */
  psl_document_add_paragraph (doc, _("Made in …………………………, on …………………………"));
  {
    static const double widths[] = { 1, 1 };
    const char *headers[] = { inst->structure_name, frame->partner_name, NULL };
    PslDocumentTable *table = psl_document_add_table (doc, 2, headers, widths);
    /* Who signs, and room to sign under the name: one row, never cut. */
    g_autofree char *ours = g_strconcat (psl_report_or_dash (frame->signed_by), "\n\n\n\n", NULL);
    g_autofree char *theirs = g_strconcat (psl_report_or_dash (frame->partner_signed_by), "\n\n\n\n", NULL);

    psl_document_table_add_row (table, (const char *[]) { ours, theirs });
  }
  return g_steal_pointer (&doc);
}
