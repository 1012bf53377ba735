/* psl-clause-statement.c — the statement of a public contract's insertion hours, for its buyer
 *
 * The buyer (or the facilitator of its clauses) asks the firm and the
 * structure how many hours were done, by whom and when.  It leaves the
 * structure: people are named by their initials, with their dates and
 * hours, and nothing else of their file — no barrier, no health, no
 * benefit, no confidential note.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-clause.h"
#include "psl-clause-statement.h"
#include "psl-document-language.h"
#include "psl-format.h"
#include "psl-report.h"

static void
add_contract (PslDocument            *doc,
              const PslClauseBalance *b)
{
  g_autofree char *period = psl_report_period (b->contract.starts_on, b->contract.ends_on);
  g_autofree char *owed = psl_clause_format_hours (b->contract.hours_owed);

  psl_document_add_heading (doc, _("The Public Contract"));
  psl_document_add_field (doc, _("Title"), b->contract.title);
  psl_document_add_field (doc, _("Contract lot"), psl_report_or_dash (b->contract.lot));
  psl_document_add_field (doc, _("Contract number"), psl_report_or_dash (b->contract.reference));
  psl_document_add_field (doc, _("Public buyer"), b->contract.buyer);
  psl_document_add_field (doc, _("Firm holding the contract"), b->company_name);
  psl_document_add_field (doc, _("Period"), period);
  psl_document_add_field (doc, _("Insertion hours owed"), owed);
}

static void
add_balance (PslDocument            *doc,
             const PslClauseBalance *b)
{
  g_autofree char *today = psl_format_date (b->today);
  /* Translators: a heading of the statement; %s is the day it was reckoned on */
  g_autofree char *heading = g_strdup_printf (_("Balance on %s"), today);
  g_autofree char *owed = psl_clause_format_hours (b->contract.hours_owed);
  g_autofree char *done = psl_clause_format_hours (b->hours_done);
  g_autofree char *left = psl_clause_format_hours (b->hours_left);
  g_autofree char *why = psl_clause_state_explain (b);

  psl_document_add_heading (doc, heading);
  psl_document_add_figure (doc, owed, _("Hours owed"));
  psl_document_add_figure (doc, done, _("Hours done"));
  psl_document_add_figure (doc, left, _("Hours left to do"));
  psl_document_add_field (doc, _("State"), psl_clause_state_label (b->state));
  psl_document_add_paragraph (doc, why);
  psl_document_add_note (doc, psl_clause_state_rule ());
}

static void
add_people (PslDocument            *doc,
            const PslClauseBalance *b)
{
  static const double widths[] = { 2, 2, 2, 1.5 };
  const char *headers[] = { _("Person (initials)"), _("First day"), _("Last day"), _("Hours done") };
  PslDocumentTable *table;
  g_autofree char *sum = psl_clause_format_hours (b->hours_done);

  psl_document_add_heading (doc, _("Hours by Person"));
  if (b->people->len == 0)
    {
      psl_document_add_paragraph (doc, _("Nobody has worked on this contract yet."));
      return;
    }
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < b->people->len; i++)
    {
      const PslClausePerson *p = g_ptr_array_index (b->people, i);
      g_autofree char *first = psl_format_date_short (p->first_on);
      g_autofree char *last = psl_format_date_short (p->last_on);
      g_autofree char *hours = psl_clause_format_hours (p->hours);

      psl_document_table_add_row (table, (const char *[]) { p->initials, first, last, hours });
    }
  {
    /* Translators: the last row of the table of hours by person */
    g_autofree char *everyone = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                                              b->people->len), b->people->len);

    psl_document_table_add_total (table, (const char *[]) { everyone, NULL, NULL, sum });
  }
}

static void
add_periods (PslDocument            *doc,
             const PslClauseBalance *b)
{
  static const double widths[] = { 2, 2, 2, 1.5 };
  const char *headers[] = { _("From"), _("To"), _("Person (initials)"), _("Hours done") };
  PslDocumentTable *table;

  if (b->lines->len == 0)
    return;
  psl_document_add_heading (doc, _("Hours by Period"));
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < b->lines->len; i++)
    {
      const PslClauseHours *line = g_ptr_array_index (b->lines, i);
      g_autofree char *from = psl_format_date_short (line->from_on);
      g_autofree char *to = psl_format_date_short (line->to_on);
      g_autofree char *hours = psl_clause_format_hours (line->hours);

      psl_document_table_add_row (table, (const char *[]) { from, to, line->initials, hours });
    }
}

PslDocument *
psl_clause_statement_new (PslStore   *store,
                          const char *contract_id,
                          const char *today_iso,
                          GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslClauseBalance) b = psl_clause_balance_load (store, contract_id, today_iso, error);
  g_autoptr(PslDocument) doc = NULL;

  if (b == NULL || (doc = psl_report_document_new (store, _("Statement of Insertion Hours"), error)) == NULL)
    return NULL;
  psl_document_set_subtitle (doc, b->contract.title);
  add_contract (doc, b);
  add_balance (doc, b);
  add_people (doc, b);
  add_periods (doc, b);
  psl_document_add_note (doc, _("People are named by their initials; nothing else of their file is given here. "
                                "The structure keeps the details for the checks the contract provides for."));
  return g_steal_pointer (&doc);
}
