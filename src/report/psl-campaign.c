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
#include "psl-i18n.h"

#include "psl-campaign.h"
#include "psl-engagement.h"
#include "psl-format.h"
#include "psl-report.h"

/* The firms written to: active, not deleted, chosen by sector, level,
 * referent or antenna, or one by one. */
#define FIRMS_SQL \
  "SELECT c.id, c.legal_name, c.address, c.postcode, c.commune, c.phone, c.email," \
  "       (SELECT label FROM ref_item WHERE list_code = 'sector' AND code = c.sector)," \
  "       (SELECT trim(coalesce(k.civility || ' ', '') || coalesce(k.first_name || ' ', '') || k.last_name)" \
  "          FROM contact k WHERE k.company_id = c.id AND k.deleted_at IS NULL AND k.active = 1" \
  "         ORDER BY k.role = 'direction' DESC, k.created_at LIMIT 1)" \
  "  FROM company c" \
  " WHERE c.deleted_at IS NULL AND c.status = 'active'" \
  "   AND (:company IS NULL OR c.id = :company)" \
  "   AND (:sector IS NULL OR c.sector = :sector)" \
  "   AND (:level IS NULL OR c.partnership_level = :level)" \
  "   AND (:referent IS NULL OR c.referent_id = :referent)" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = c.referent_id) = :antenna)" \
  " ORDER BY c.postcode, c.legal_name COLLATE NOCASE;"

typedef struct
{
  char *name;
  char *address;
  char *postcode;
  char *commune;
  char *phone;
  char *email;
} Structure;

static void
structure_clear (Structure *s)
{
  g_free (s->name);
  g_free (s->address);
  g_free (s->postcode);
  g_free (s->commune);
  g_free (s->phone);
  g_free (s->email);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Structure, structure_clear)

static gboolean
read_structure (PslStore   *store,
                Structure  *s,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT name, address, postcode, commune, phone, email FROM structure ORDER BY created_at LIMIT 1;", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      s->name = psl_column_dup (stmt, 0);
      s->address = psl_column_dup (stmt, 1);
      s->postcode = psl_column_dup (stmt, 2);
      s->commune = psl_column_dup (stmt, 3);
      s->phone = psl_column_dup (stmt, 4);
      s->email = psl_column_dup (stmt, 5);
    }
  return TRUE;
}

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
            const Structure            *structure,
            const PslCampaignOptions   *options,
            sqlite3_stmt               *firm,
            gint64                      n_firms,
            gint64                      n_hired,
            int                         last_year)
{
  const char *contact = (const char *) sqlite3_column_text (firm, 8);
  g_autofree char *where = postal_lines ((const char *) sqlite3_column_text (firm, 2),
                                         (const char *) sqlite3_column_text (firm, 3),
                                         (const char *) sqlite3_column_text (firm, 4));
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
              ? g_strdup_printf (_("%s\nFor the attention of %s\n%s"), (const char *) sqlite3_column_text (firm, 1),
                                 contact, where)
              : g_strdup_printf ("%s\n%s", (const char *) sqlite3_column_text (firm, 1), where);
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

static const char *
answer_or_blank (GHashTable *answers,
                 const char *code)
{
  const char *answer = answers != NULL ? g_hash_table_lookup (answers, code) : NULL;

  return answer != NULL && *answer != '\0' ? answer : "……………………………………";
}

static void
add_survey (PslDocument     *doc,
            const Structure *structure,
            PslStore        *store,
            GPtrArray       *questions,
            sqlite3_stmt    *firm)
{
  const char *id = (const char *) sqlite3_column_text (firm, 0);
  g_autoptr(GHashTable) answers = psl_engagement_latest (store, id, NULL);
  const char *contact = (const char *) sqlite3_column_text (firm, 8);
  g_autofree char *heading = g_strdup_printf (_("Engagement Survey — %s"), (const char *) sqlite3_column_text (firm, 1));
  g_autofree char *back = NULL;
  const char *block = NULL;

  psl_document_add_page_break (doc);
  psl_document_add_heading (doc, heading);
  psl_document_add_note (doc, _("What we already know of your firm is written in; correct it where needed, "
                                "and tick or fill in the rest."));

  psl_document_add_heading (doc, _("Getting to Know You"));
  psl_document_add_field (doc, _("Company name"), (const char *) sqlite3_column_text (firm, 1));
  psl_document_add_field (doc, _("Manager"), psl_report_or_dash (contact));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 2)));
  psl_document_add_field (doc, _("Postcode"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 3)));
  psl_document_add_field (doc, _("Town"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 4)));
  psl_document_add_field (doc, _("Telephone"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 5)));
  psl_document_add_field (doc, _("Email"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 6)));
  psl_document_add_field (doc, _("Sector of activity"), psl_report_or_dash ((const char *) sqlite3_column_text (firm, 7)));

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
      if (g_strcmp0 (q->kind, "yes_no") == 0)
        psl_document_add_field (doc, q->label, g_strcmp0 (answer, "yes") == 0 ? _("☒ Yes   ☐ No")
                                               : g_strcmp0 (answer, "no") == 0 ? _("☐ Yes   ☒ No")
                                               : _("☐ Yes   ☐ No"));
      else
        psl_document_add_field (doc, q->label, answer_or_blank (answers, q->code));
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
  g_auto(Structure) structure = { NULL };
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(sqlite3_stmt) firms = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *hired_sql = NULL;
  g_autofree char *reply_by = NULL;
  PslDocumentTable *list;
  int last_year;
  gint64 n_firms, n_hired;
  guint n = 0;
  int rc;

  if (!psl_date_is_iso (options->today) || !psl_date_is_iso (options->reply_by))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the day by which the survey should come back, for example 31/01/2027."));
      return NULL;
    }
  if (!read_structure (store, &structure, error)
      || (doc = psl_report_document_new_for_antenna (store, _("New Pact Campaign"), options->antenna_id,
                                                      error)) == NULL
      || (firms = psl_store_prepare (store, FIRMS_SQL, error)) == NULL)
    return NULL;
  if (structure.name == NULL)
    structure.name = g_strdup (_("Our structure"));
  last_year = atoi (options->today) - 1;

  /* The letter's two figures: the firms of the network, and the people
   * who started a contract last year. */
  n_firms = psl_store_count (store, "SELECT count(*) FROM company WHERE deleted_at IS NULL AND status = 'active';", error);
  hired_sql = g_strdup_printf ("SELECT count(DISTINCT person_id) FROM placement WHERE deleted_at IS NULL"
                               " AND kind = 'contract' AND stage NOT IN ('refused', 'withdrawn')"
                               " AND start_date BETWEEN '%04d-01-01' AND '%04d-12-31';", last_year, last_year);
  n_hired = n_firms < 0 ? -1 : psl_store_count (store, hired_sql, error);
  /* A letter never says "-1 firms". */
  if (n_hired < 0)
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
  psl_bind_named (firms, ":company", options->company_id);
  psl_bind_named (firms, ":sector", options->sector);
  psl_bind_named (firms, ":level", options->level);
  psl_bind_named (firms, ":referent", options->referent_id);
  psl_bind_named (firms, ":antenna", options->antenna_id);
  while ((rc = sqlite3_step (firms)) == SQLITE_ROW)
    {
      const char *cells[] = { (const char *) sqlite3_column_text (firms, 1),
                              psl_report_or_dash ((const char *) sqlite3_column_text (firms, 4)),
                              psl_report_or_dash ((const char *) sqlite3_column_text (firms, 8)) };

      psl_document_table_add_row (list, cells);
      /* Each firm from a new page. */
      psl_document_add_page_break (doc);
      add_letter (doc, &structure, options, firms, n_firms, n_hired, last_year);
      add_survey (doc, &structure, store, questions, firms);
      n++;
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the firms"));
      return NULL;
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
