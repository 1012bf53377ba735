/* psl-partnership-sheet.c — the partnership's file: the seven steps of the method, what is done and what is left
 *
 * The file a team brings to a meeting with the partner or to its board:
 * each step of the FNARS method with its stake in the guide's words, what
 * the team wrote and what the records show (the diagnostic answered, the
 * exchanges, the roadmap, the reviews), and what is still to do.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-installation.h"
#include "psl-partnership-method.h"
#include "psl-partnership-sheet.h"
#include "psl-report.h"

static void
add_text (PslDocument *doc,
          const char  *label,
          const char  *text)
{
  psl_document_add_field (doc, label, psl_report_or_dash (text));
}

static void
add_entries (PslDocument *doc,
             GPtrArray   *entries,
             const char  *what_header,
             gboolean     dated)
{
  static const double dated_widths[] = { 1.2, 1.6, 4 };
  static const double numbered_widths[] = { 0.4, 2.6, 4 };
  const char *headers[] = { dated ? _("Date") : _("No."), what_header, _("What was said"), NULL };
  PslDocumentTable *table = psl_document_add_table (doc, 3, headers, dated ? dated_widths : numbered_widths);

  /* The newest dozen exchanges tell the story; the page for each firm
   * or partner keeps them all. */
  for (guint i = 0; i < entries->len && i < 12; i++)
    {
      const PslMethodEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *day = dated ? psl_format_date_short (entry->day) : g_strdup (entry->day);

      psl_document_table_add_row (table, (const char *[]) { day, psl_report_or_dash (entry->what),
                                                            psl_report_or_dash (entry->text) });
    }
}

static void
add_step_body (PslDocument                *doc,
               const PslPartnershipMethod *m,
               guint                       number)
{
  switch (number)
    {
    case 1:
      add_text (doc, _("Needs and stakes of the territory"), m->territory_needs);
      {
        /* Translators: over the answers of the team to part I.B of the Annexe 3 diagnostic */
        g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "Annexe 3 diagnostic, watch on the local economy "
                                                               "(part I.B): %u member of staff answered",
                                                               "Annexe 3 diagnostic, watch on the local economy "
                                                               "(part I.B): %u members of staff answered",
                                                               m->respondents), m->respondents);
        psl_document_add_paragraph (doc, title);
        add_entries (doc, m->territory_answers, _("Diagnostic item"), FALSE);
      }
      break;
    case 2:
      add_text (doc, _("Strengths and weaknesses of the structure"), m->structure_analysis);
      {
        g_autofree char *answered = g_strdup_printf (_("%1$u items of %2$u answered, by %3$u members of staff"),
                                                     m->questions_answered, m->questions, m->respondents);
        psl_document_add_field (doc, _("Annexe 3 diagnostic of the service"), answered);
      }
      break;
    case 3:
      add_text (doc, _("Strategy"), m->strategy);
      add_text (doc, _("Kind of partnership sought"),
                psl_method_choice_label (psl_method_cooperation_kinds, m->cooperation_kind));
      add_text (doc, _("Logic of the agreement"),
                psl_method_choice_label (psl_method_cooperation_logics, m->cooperation_logic));
      break;
    case 4:
      if (m->contacts->len > 0)
        add_entries (doc, m->contacts, _("Exchange"), TRUE);
      add_text (doc, _("What the meetings brought out"), m->exchanges);
      break;
    case 5:
      add_text (doc, _("Roadmap"), m->roadmap);
      break;
    case 6:
      add_text (doc, _("Pilot"), m->pilot_name);
      add_text (doc, _("Formal instrument"), m->instrument_label);
      add_text (doc, _("Coordination and follow-up"), m->coordination);
      {
        g_autofree char *launched = psl_format_date (m->launched_on);
        add_text (doc, _("Launched on"), m->launched_on != NULL ? launched : NULL);
      }
      break;
    default:
      if (m->reviews->len > 0)
        add_entries (doc, m->reviews, _("Review"), TRUE);
      add_text (doc, _("New ambitions, communication, spreading"), m->spreading);
      break;
    }
}

static void
add_method (PslDocument                *doc,
            const PslPartnershipMethod *m)
{
  g_autofree char *start = psl_format_date (m->start_date);
  g_autofree char *progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step of 7 done",
                                                                           "%u steps of 7 done", m->steps_done),
                                               m->steps_done);
  const char *phase = NULL;

  psl_document_add_field (doc, m->with_partner ? _("Partner structure") : _("Firm"), m->with_name);
  psl_document_add_field (doc, _("Kind of cooperation"), psl_report_or_dash (m->type_label));
  psl_document_add_field (doc, _("Since"), start);
  psl_document_add_field (doc, _("Progress"), progress);
  {
    static const double widths[] = { 0.5, 5, 1.2 };
    const char *headers[] = { _("Step"), _("Method"), _("State"), NULL };
    PslDocumentTable *table = psl_document_add_table (doc, 3, headers, widths);

    for (guint i = 0; i < PSL_METHOD_STEPS; i++)
      {
        g_autofree char *number = g_strdup_printf ("%u", m->steps[i].number);

        psl_document_table_add_row (table, (const char *[]) { number, m->steps[i].title,
                                                              m->steps[i].done ? _("Done") : _("To do") });
      }
  }
  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    {
      const PslMethodStep *step = &m->steps[i];
      /* Translators: a step of the partnership method, "Étape 3 : Établir votre stratégie…" */
      g_autofree char *heading = g_strdup_printf (_("Step %1$u: %2$s"), step->number, step->title);

      if (g_strcmp0 (phase, step->phase) != 0)
        {
          phase = step->phase;
          psl_document_add_paragraph (doc, phase);
        }
      psl_document_add_heading (doc, heading);
      psl_document_add_note (doc, step->stake);
      add_step_body (doc, m, step->number);
      if (step->done)
        psl_document_add_paragraph (doc, _("Step done."));
      else
        {
          g_autoptr(GString) todo = g_string_new (_("Left to do:"));

          for (guint j = 0; j < step->left->len; j++)
            g_string_append_printf (todo, "\n– %s", (const char *) g_ptr_array_index (step->left, j));
          psl_document_add_paragraph (doc, todo->str);
        }
    }
}

PslDocument *
psl_partnership_sheet_new (PslStore          *store,
                           GPtrArray         *partnership_ids,
                           GError           **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(PslDocument) doc = NULL;

  g_return_val_if_fail (partnership_ids != NULL && partnership_ids->len > 0, NULL);

  if ((inst = psl_installation_load (store, error)) == NULL
      || (doc = psl_report_document_new (store, _("Partnership File"), error)) == NULL)
    return NULL;
  for (guint i = 0; i < partnership_ids->len; i++)
    {
      g_autoptr(PslPartnershipMethod) m = psl_partnership_method_load (store, g_ptr_array_index (partnership_ids, i),
                                                                       error);

      if (m == NULL)
        return NULL;
      if (i == 0)
        {
          /* Translators: under the title of the partnership's file: "Between Chantier X and Mission locale Y" */
          g_autofree char *subtitle = g_strdup_printf (_("Between %1$s and %2$s"), inst->structure_name, m->with_name);

          psl_document_set_subtitle (doc, subtitle);
          psl_document_add_paragraph (doc, _("The seven key steps of the method of the FNARS guide for building "
                                             "partnerships, from the analysis of the territory to keeping the "
                                             "partnership alive and spreading it: for each, what was done and "
                                             "what is left."));
        }
      else
        psl_document_add_page_break (doc);
      add_method (doc, m);
    }
  return g_steal_pointer (&doc);
}
