/* psl-campaign.c — the "nouveau pacte" campaign: the Annexe 5 promotion
 * letter for each firm of a selection, followed by the engagement survey
 * filled in from what the file already knows of the firm
 *
 * Each firm starts on a new page: the letter, then its survey, ready to be
 * printed and posted.  The letter speaks of the firm and of the structure
 * only; nothing of any person followed is ever in it.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-campaign.h"
#include "psl-document-rows.h"
#include "psl-engagement.h"
#include "psl-format.h"
#include "psl-report.h"

/* "12 rue …\n46100 Figeac", leaving out what is not known. */
static char *
postal_lines (const char *address,
              const char *postcode,
              const char *commune)
{
  GString *text = g_string_new (NULL);

  if (address != NULL && *address != '\0')
    g_string_append (text, address);
  if ((postcode != NULL && *postcode != '\0') || (commune != NULL && *commune != '\0'))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s %s", postcode != NULL ? postcode : "", commune != NULL ? commune : "");
    }
  return g_strstrip (g_string_free (text, FALSE));
}

static void
add_letter (PslDocument                *doc,
            const PslLetterhead            *structure,
            const PslCampaignOptions   *options,
            const PslCampaignFirm      *firm,
            gint64                      n_firms,
            gint64                      n_hired,
            int                         last_year)
{
  const char *contact = firm->contact;
  g_autofree char *where = postal_lines (firm->address, firm->postcode, firm->commune);
  g_autofree char *addressee = NULL;
  g_autofree char *today = psl_format_date (options->today);
  g_autofree char *reply_by = psl_format_date (options->reply_by);
  g_autofree char *dated = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *firms = psl_format_count (n_firms);
  g_autofree char *hired = psl_format_count (n_hired);
  g_autofree char *reply = NULL;
  g_autofree char *signature = NULL;

  addressee = contact != NULL && *contact != '\0'
              /* Translators: the addressee: the firm, then the person to whom the letter is addressed */
              ? g_strdup_printf (_("%s\nFor the attention of %s\n%s"), firm->legal_name,
                                 contact, where)
              : g_strdup_printf ("%s\n%s", firm->legal_name, where);
  psl_document_add_paragraph (doc, addressee);
  /* Translators: a letter's place and date, "Figeac, le 23 novembre 2026" */
  dated = structure->commune != NULL ? g_strdup_printf (C_("letter", "%s, %s"), structure->commune, today)
                                     : g_strdup (today);
  psl_document_add_note (doc, dated);

  psl_document_add_heading (doc, _("For Lasting Employment, Let Us Strengthen Our Partnership"));
  psl_document_add_paragraph (doc, _("Dear Sir or Madam,"));
  psl_document_add_paragraph (doc, _("As a partner of our network of firms, you stand beside us in bringing the "
                                     "people we accompany into work."));
  figures = g_strdup_printf (_("You are %s firms to trust us, and together we helped %s people into a job in %d."),
                             firms, hired, last_year);
  psl_document_add_paragraph (doc, figures);
  psl_document_add_paragraph (doc, _("Let us go further together and create new solutions. We offer you a new pact "
                                     "that opens more doors to the people we accompany:\n"
                                     "• discovering a trade (visits of your firm, talks with professionals…),\n"
                                     "• checking a career plan through short work placements,\n"
                                     "• qualifying through work-study,\n"
                                     "• direct employment, helped by the subsidised contracts."));
  psl_document_add_paragraph (doc, _("Some firms already take part and gain lasting benefits: motivated candidates "
                                     "spotted early and needs anticipated, an investment in the future by bringing "
                                     "newcomers into the teams, diversity and careers, and a better image."));
  reply = g_strdup_printf (_("Suit your commitment to your situation and tell us of any opportunity in your firm: "
                             "please send back the enclosed survey by %s."), reply_by);
  psl_document_add_paragraph (doc, reply);
  psl_document_add_paragraph (doc, _("Our team will then refine your needs with you, put forward profiles that suit "
                                     "you, advise you on the subsidised contracts and support your relationship with "
                                     "the person you take on, in a climate of trust."));
  signature = options->signatory != NULL && *options->signatory != '\0'
              ? g_strdup_printf ("%s\n%s", options->signatory, structure->name)
              : g_strdup (structure->name);
  psl_document_add_paragraph (doc, signature);
}

/* How much of a written answer the survey shows: the form is one sheet
 * to send back, and its answers stand in a third of the line.  A list
 * (posts separated by commas) shows the posts that hold in two
 * lines, then how many more; a text is cut at a word with an ellipsis.
 * The firm's own record keeps the whole answer. */
#define ANSWER_CHARS 70

static void
append_cut (GString    *shown,
            const char *text)
{
  const char *cut;
  const char *space;

  if (g_utf8_strlen (text, -1) <= ANSWER_CHARS)
    {
      g_string_append (shown, text);
      return;
    }
  cut = g_utf8_offset_to_pointer (text, ANSWER_CHARS);
  space = g_utf8_strrchr (text, cut - text, ' ');
  g_string_append_len (shown, text, (space != NULL ? space : cut) - text);
  g_string_append (shown, "…");
}

static char *
compact_answer (const char *answer)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_auto(GStrv) items = NULL;
  guint more = 0;

  if (strchr (answer, '\n') != NULL)
    {
      g_autofree char *text = g_strdelimit (g_strdup (answer), "\n", ' ');

      append_cut (shown, g_strstrip (text));
      return g_string_free (g_steal_pointer (&shown), FALSE);
    }
  items = g_strsplit_set (answer, ",;", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = g_strstrip (items[i]);

      if (*item == '\0')
        continue;
      if (shown->len == 0)
        append_cut (shown, item);
      else if (more == 0 && g_utf8_strlen (shown->str, -1) + 2 + g_utf8_strlen (item, -1) <= ANSWER_CHARS)
        psl_append_separated (shown, ", ", item);
      else
        more++;
    }
  if (more > 0)
    /* Translators: the first posts a firm gave, then how many more: "Boulanger, vendeuse and 3 more" */
    return g_strdup_printf (ngettext ("%s and %u more", "%s and %u more", more), shown->str, more);
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

/* The answer as the survey shows it, or dots to write on. */
static char *
answer_or_blank (GHashTable *answers,
                 const char *code)
{
  const char *answer = answers != NULL ? g_hash_table_lookup (answers, code) : NULL;

  return answer != NULL && *answer != '\0' ? compact_answer (answer) : g_strdup ("……………………………………");
}

static void
add_survey (PslDocument     *doc,
            const PslLetterhead *structure,
            PslStore        *store,
            GPtrArray       *questions,
            const PslCampaignFirm *firm)
{
  g_autoptr(GHashTable) answers = psl_engagement_latest (store, firm->id, NULL);
  const char *contact = firm->contact;
  g_autofree char *heading = g_strdup_printf (_("Engagement Survey — %s"), firm->legal_name);
  /* One line for both, which the letter writes together too. */
  g_autofree char *town = g_strstrip (g_strdup_printf ("%s %s", firm->postcode != NULL ? firm->postcode : "",
                                                       firm->commune != NULL ? firm->commune : ""));
  g_autofree char *back = NULL;
  const char *block = NULL;
  void (*add) (PslDocument *, const char *, const char *);

  psl_document_add_page_break (doc);
  psl_document_add_heading (doc, heading);
  psl_document_add_note (doc, _("What we already know of your firm is written in; correct it where needed, "
                                "and tick or fill in the rest."));

  psl_document_add_heading (doc, _("Getting to Know You"));
  psl_document_add_field (doc, _("Company name"), firm->legal_name);
  psl_document_add_field (doc, _("Manager"), psl_report_or_dash (contact));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash (firm->address));
  psl_document_add_field (doc, _("Postcode and town"), psl_report_or_dash (town));
  psl_document_add_field (doc, _("Telephone"), psl_report_or_dash (firm->phone));
  psl_document_add_field (doc, _("Email"), psl_report_or_dash (firm->email));
  psl_document_add_field (doc, _("Sector of activity"), psl_report_or_dash (firm->sector));

  for (guint i = 0; i < questions->len; i++)
    {
      const PslQuestion *q = g_ptr_array_index (questions, i);
      const char *answer = answers != NULL ? g_hash_table_lookup (answers, q->code) : NULL;

      if (g_strcmp0 (q->block, block) != 0)
        {
          block = q->block;
          /* The first block's one question, the person to contact, goes
           * with the identity above. */
          if (i > 0)
            psl_document_add_heading (doc, block);
        }
      /* The first block's question reads as one more line of the
       * identity; the others as questions, which take most of the width. */
      add = i == 0 ? psl_document_add_field : psl_document_add_question;
      if (g_strcmp0 (q->kind, "yes_no") == 0)
        add (doc, q->label, g_strcmp0 (answer, "yes") == 0 ? _("☒ Yes   ☐ No")
                            : g_strcmp0 (answer, "no") == 0 ? _("☐ Yes   ☒ No")
                            : _("☐ Yes   ☐ No"));
      else
        {
          g_autofree char *shown = answer_or_blank (answers, q->code);

          add (doc, q->label, shown);
        }
    }

  {
    /* The whole postal address on one line: street, postcode and town. */
    g_autoptr(GString) where = g_string_new (structure->email);
    g_autofree char *town = g_strstrip (g_strdup_printf ("%s %s", structure->postcode != NULL ? structure->postcode : "",
                                                         structure->commune != NULL ? structure->commune : ""));

    psl_append_separated (where, ", ", structure->address);
    psl_append_separated (where, ", ", town);
    back = g_strdup_printf (_("Please send this survey back to %s — %s."), structure->name, where->str);
  }
  psl_document_add_note (doc, back);
}

PslDocument *
psl_campaign_new (PslStore                  *store,
                  const PslCampaignOptions  *options,
                  guint                     *n_letters,
                  GError                   **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  const PslCampaignSelection selection = {
    options->company_id, options->sector, options->level, options->referent_id, options->antenna_id,
  };
  g_auto(PslLetterhead) structure = { NULL };
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GPtrArray) firms = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *reply_by = NULL;
  PslDocumentTable *list;
  int last_year;
  gint64 n_firms, n_hired;
  guint n = 0;

  if (!psl_date_is_iso (options->today) || !psl_date_is_iso (options->reply_by))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the day by which the survey should come back, for example 31/01/2027."));
      return NULL;
    }
  if (!psl_letterhead_load (store, &structure, error)
      || (doc = psl_report_document_new_for_antenna (store, _("New Pact Campaign"), options->antenna_id,
                                                      error)) == NULL
      || (firms = psl_campaign_firms (store, &selection, error)) == NULL)
    return NULL;
  if (structure.name == NULL)
    structure.name = g_strdup (_("Our structure"));
  last_year = atoi (options->today) - 1;

  /* The letter's two figures: the firms of the network, and the people
   * who started a contract last year. */
  /* A letter never says "-1 firms". */
  if (!psl_campaign_figures (store, last_year, &n_firms, &n_hired, error))
    return NULL;
  questions = psl_engagement_questions (store);

  /* A first page to keep: who is written to, and until when. */
  reply_by = psl_format_date (options->reply_by);
  {
    g_autofree char *subtitle = g_strdup_printf (_("Answers expected by %s"), reply_by);
    const char *headers[] = { _("Firm"), _("Town"), _("Addressed to") };
    static const double widths[] = { 3, 2, 2 };

    psl_document_set_subtitle (doc, subtitle);
    psl_document_add_note (doc, _("The Annexe 5 letter, then the engagement survey filled in from each firm's "
                                  "record, one firm after the other from the next page."));
    list = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  }
  for (guint i = 0; i < firms->len; i++)
    {
      const PslCampaignFirm *firm = g_ptr_array_index (firms, i);
      const char *cells[] = { firm->legal_name, psl_report_or_dash (firm->commune), psl_report_or_dash (firm->contact) };

      psl_document_table_add_row (list, cells);
      /* Each firm from a new page. */
      psl_document_add_page_break (doc);
      add_letter (doc, &structure, options, firm, n_firms, n_hired, last_year);
      add_survey (doc, &structure, store, questions, firm);
      n++;
    }
  if (n == 0)
    {
      g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND,
                           _("No active firm matches this choice: there is nobody to write to."));
      return NULL;
    }
  if (n_letters != NULL)
    *n_letters = n;
  return g_steal_pointer (&doc);
}
