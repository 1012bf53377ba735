/* psl-company-sheet.c — "Fiche entreprise": one firm on paper, for a
 * colleague taking over the relationship or for a meeting with the firm
 *
 * Identity, the people to talk to, the engagement (survey and levels),
 * the opportunities, who was introduced and who started, the relationship
 * as rated on form B (radar of the last two ratings) and the recent
 * contacts.  It names people introduced to the firm, which the firm knows;
 * nothing of their pathway, barriers or situation is in it.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company.h"
#include "psl-company-sheet.h"
#include "psl-company-timeline.h"
#include "psl-fact-charts.h"
#include "psl-contact.h"
#include "psl-engagement.h"
#include "psl-evaluation.h"
#include "psl-format.h"
#include "psl-interaction.h"
#include "psl-opportunity.h"
#include "psl-placement.h"
#include "psl-radar.h"
#include "psl-ref.h"
#include "psl-report.h"

#define RECENT_CONTACTS 15
#define RADAR_HEIGHT    330

typedef struct
{
  int      scores[2][PSL_FORM_B_CRITERIA];
  double   values[2][PSL_FORM_B_CRITERIA];
  char    *dates[2];
  guint    n_series;
} RadarData;

static void
radar_data_free (RadarData *data)
{
  g_free (data->dates[0]);
  g_free (data->dates[1]);
  g_free (data);
}

static void
draw_radar (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  RadarData *data = user_data;
  const char *labels[PSL_FORM_B_CRITERIA];
  const double *series[2] = { data->values[0], data->values[1] };
  const char *names[2] = { data->dates[0], data->dates[1] };

  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    labels[i] = _(psl_form_b_criteria[i]);
  psl_radar_draw (cr, width, height, &(PslRadar) { PSL_FORM_B_CRITERIA, labels, 5, data->n_series, series, names });
}

static void
add_identity (PslDocument *doc,
              PslStore    *store,
              PslCompany  *c)
{
  g_autofree char *sector = c->sector != NULL ? psl_ref_label (store, "sector", c->sector) : NULL;
  g_autofree char *size = c->size_band != NULL ? psl_ref_label (store, "company_size", c->size_band) : NULL;
  g_autofree char *origin = c->first_contact_origin != NULL
                            ? psl_ref_label (store, "first_contact_origin", c->first_contact_origin) : NULL;
  g_autofree char *headcount = c->headcount >= 0 ? psl_format_count (c->headcount) : NULL;
  g_autofree char *start = c->relationship_start != NULL ? psl_format_date (c->relationship_start) : NULL;
  g_autofree char *place = g_strdup_printf ("%s %s", c->postcode != NULL ? c->postcode : "",
                                            c->commune != NULL ? c->commune : "");

  psl_document_add_heading (doc, _("Identity"));
  psl_document_add_field (doc, _("Company name"), c->legal_name);
  psl_document_add_field (doc, _("Trade name"), psl_report_or_dash (c->trade_name));
  psl_document_add_field (doc, g_strcmp0 (c->identifier_kind, "bce") == 0 ? _("BCE/KBO number") : _("SIRET"),
                          psl_report_or_dash (c->identifier));
  psl_document_add_field (doc, _("NAF code"), psl_report_or_dash (c->naf_code));
  psl_document_add_field (doc, _("Sector"), psl_report_or_dash (sector));
  psl_document_add_field (doc, _("Size"), psl_report_or_dash (size != NULL ? size : headcount));
  psl_document_add_field (doc, _("Address"), psl_report_or_dash (c->address));
  psl_document_add_field (doc, _("Town"), psl_report_or_dash (g_strstrip (place)));
  psl_document_add_field (doc, _("Telephone"), psl_report_or_dash (c->phone));
  psl_document_add_field (doc, _("Email"), psl_report_or_dash (c->email));
  psl_document_add_field (doc, _("Website"), psl_report_or_dash (c->website));
  psl_document_add_field (doc, _("Seasonality"), psl_report_or_dash (c->seasonality));
  psl_document_add_field (doc, _("Hiring needs"), psl_report_or_dash (c->hiring_needs));
  psl_document_add_field (doc, _("CSR commitments"), psl_report_or_dash (c->csr_commitments));
  psl_document_add_field (doc, _("First contact"), psl_report_or_dash (origin));
  psl_document_add_field (doc, _("Relationship since"), psl_report_or_dash (start));
}

static void
add_contacts (PslDocument *doc,
              GPtrArray   *contacts)
{
  /* The address the widest: it is read whole or not at all. */
  static const double widths[] = { 2.2, 2.0, 2.0, 4.8 };
  const char *headers[] = { _("Name"), _("Role"), _("Telephone"), _("Email") };
  PslDocumentTable *table;
  guint n_active = 0;

  for (guint i = 0; i < contacts->len; i++)
    n_active += ((const PslContact *) g_ptr_array_index (contacts, i))->active;
  psl_document_add_heading (doc, _("People to Talk To"));
  if (n_active == 0)
    {
      psl_document_add_note (doc, _("No contact person recorded."));
      return;
    }
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < contacts->len; i++)
    {
      const PslContact *k = g_ptr_array_index (contacts, i);
      g_autofree char *name = psl_contact_get_name (k);
      /* A tutor by role says it already; another role adds it, as she or he. */
      g_autofree char *role = !k->is_tutor || g_strcmp0 (k->role, "tuteur") == 0
                              ? g_strdup (psl_report_or_dash (k->role_label))
                              : g_strcmp0 (k->civility, "Mme") == 0
                              ? g_strdup_printf (C_("a woman", "%s, tutor"), psl_report_or_dash (k->role_label))
                              : g_strdup_printf (_("%s, tutor"), psl_report_or_dash (k->role_label));
      const char *cells[] = { name, role, psl_report_or_dash (k->phone != NULL ? k->phone : k->mobile),
                              psl_report_or_dash (k->email) };

      if (k->active)
        psl_document_table_add_row (table, cells);
    }
}

static void
add_engagement (PslDocument *doc,
                PslStore    *store,
                const char  *company_id)
{
  g_autofree char *answered_on = NULL;
  g_autoptr(GHashTable) answers = psl_engagement_latest (store, company_id, &answered_on);
  g_autoptr(GPtrArray) history = psl_company_level_history (store, company_id, NULL);
  g_autoptr(GPtrArray) questions = NULL;

  psl_document_add_heading (doc, _("Engagement"));
  if (answers == NULL)
    psl_document_add_note (doc, _("The engagement survey has not been answered yet."));
  else
    {
      g_autofree char *when = psl_format_date (answered_on);
      /* Translators: %s is a date */
      g_autofree char *note = g_strdup_printf (_("Engagement survey answered on %s:"), when);

      psl_document_add_note (doc, note);
      questions = psl_engagement_questions (store);
      for (guint i = 0; i < questions->len; i++)
        {
          const PslQuestion *q = g_ptr_array_index (questions, i);
          const char *answer = g_hash_table_lookup (answers, q->code);

          if (answer == NULL || *answer == '\0')
            continue;
          psl_document_add_field (doc, q->label, g_strcmp0 (answer, "yes") == 0 ? _("Yes")
                                                 : g_strcmp0 (answer, "no") == 0 ? _("No") : answer);
        }
    }

  if (history != NULL && history->len > 0)
    {
      static const double widths[] = { 1.4, 2.4, 2, 3 };
      const char *headers[] = { _("Date"), _("Level"), _("Set by"), _("Why") };
      PslDocumentTable *table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);

      for (guint i = 0; i < history->len; i++)
        {
          const PslLevelChange *change = g_ptr_array_index (history, i);
          g_autofree char *date = psl_format_date_short (change->set_on);
          const char *cells[] = { date, change->level, psl_report_or_dash (change->staff_name),
                                  psl_report_or_dash (change->reason) };

          psl_document_table_add_row (table, cells);
        }
    }
}

static void
add_opportunities (PslDocument *doc,
                   GPtrArray   *opportunities)
{
  static const double widths[] = { 1.4, 2, 4, 1.6, 1, 1 };
  const char *headers[] = { _("Proposed"), _("Phase"), _("Opportunity"), _("Status"), _("Places"), _("Started") };
  PslDocumentTable *table;

  psl_document_add_heading (doc, _("Opportunities"));
  if (opportunities->len == 0)
    {
      psl_document_add_note (doc, _("No opportunity recorded."));
      return;
    }
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < opportunities->len; i++)
    {
      const PslOpportunity *o = g_ptr_array_index (opportunities, i);
      g_autofree char *date = psl_format_date_short (o->proposed_on);
      g_autofree char *places = psl_format_count (o->places);
      /* nobody starts on a cancelled opportunity */
      g_autofree char *started = g_strcmp0 (o->status, "cancelled") == 0 ? g_strdup ("—") : psl_format_count (o->started);
      const char *cells[] = { date, psl_phase_label (o->phase), o->title, psl_opportunity_status_label (o->status),
                              places, started };

      psl_document_table_add_row (table, cells);
    }
}

static void
add_placements (PslDocument *doc,
                GPtrArray   *placements)
{
  static const double widths[] = { 1.4, 2.6, 2.6, 1.8, 1.4, 1.4 };
  const char *headers[] = { _("Proposed"), _("Person"), _("For"), _("Stage"), _("Start"), _("End") };
  PslDocumentTable *table;

  psl_document_add_heading (doc, _("People Introduced"));
  if (placements->len == 0)
    {
      psl_document_add_note (doc, _("Nobody has been introduced to this firm yet."));
      return;
    }
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < placements->len; i++)
    {
      const PslPlacementLine *p = g_ptr_array_index (placements, i);
      g_autofree char *proposed = psl_format_date_short (p->proposed_on);
      g_autofree char *start = p->start_date != NULL ? psl_format_date_short (p->start_date) : NULL;
      g_autofree char *end = p->end_date != NULL ? psl_format_date_short (p->end_date) : NULL;
      const char *cells[] = { proposed, p->person_name, psl_report_or_dash (p->what),
                              psl_placement_stage_label (p->stage), psl_report_or_dash (start), psl_report_or_dash (end) };

      psl_document_table_add_row (table, cells);
    }
}

static void
add_evaluation (PslDocument *doc,
                PslStore    *store,
                const char  *company_id)
{
  RadarData *data = g_new0 (RadarData, 1);

  psl_document_add_heading (doc, _("Quality of the Relationship"));
  for (guint n = 0; n < 2; n++)
    {
      char *date = NULL;

      if (!psl_evaluation_nth (store, company_id, n, data->scores[n], &date))
        break;
      data->dates[n] = psl_format_date_short (date);
      g_free (date);
      for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
        data->values[n][i] = data->scores[n][i];
      data->n_series++;
    }
  if (data->n_series == 0)
    {
      psl_document_add_note (doc, _("The relationship has not been rated yet (form B)."));
      radar_data_free (data);
      return;
    }

  {
    double quality = psl_form_b_quality (data->scores[0]);
    g_autofree char *figure = g_strdup_printf ("%.0f %%", quality);
    /* Translators: %s is a date */
    g_autofree char *label = g_strdup_printf (_("quality of the relationship, rated on %s"), data->dates[0]);

    psl_document_add_figure (doc, figure, label);
  }
  /* The latest rating first, the one before it for comparison. */
  if (data->n_series == 2)
    {
      double scratch[PSL_FORM_B_CRITERIA];
      char *date = data->dates[0];

      memcpy (scratch, data->values[0], sizeof scratch);
      memcpy (data->values[0], data->values[1], sizeof scratch);
      memcpy (data->values[1], scratch, sizeof scratch);
      data->dates[0] = data->dates[1];
      data->dates[1] = date;
    }
  psl_document_add_chart (doc, RADAR_HEIGHT, draw_radar, data, (GDestroyNotify) radar_data_free);
}

#define TIMELINE_HEIGHT 230

static void
add_timeline (PslDocument *doc,
              PslStore    *store,
              const char  *company_id)
{
  g_autoptr(GPtrArray) facts = psl_company_timeline (store, company_id, NULL);
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);

  if (facts == NULL || facts->len == 0)
    return;
  psl_document_add_heading (doc, _("The Relationship over Time"));
  psl_timeline_chart_add_to_document (psl_relationship_chart_new (facts), doc, TIMELINE_HEIGHT,
                                      g_date_get_julian (date));
}

static void
add_recent_contacts (PslDocument *doc,
                     GPtrArray   *interactions)
{
  static const double widths[] = { 1.4, 1.8, 2, 4 };
  const char *headers[] = { _("Date"), _("Kind"), _("By"), _("About") };
  PslDocumentTable *table;

  psl_document_add_heading (doc, _("Recent Contacts"));
  if (interactions->len == 0)
    {
      psl_document_add_note (doc, _("No contact recorded."));
      return;
    }
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < MIN (interactions->len, RECENT_CONTACTS); i++)
    {
      const PslInteraction *x = g_ptr_array_index (interactions, i);
      g_autofree char *date = psl_format_date_short (x->occurred_at);
      const char *cells[] = { date, psl_report_or_dash (x->kind_label), psl_report_or_dash (x->staff_name),
                              psl_report_or_dash (x->purpose != NULL ? x->purpose : x->outcome) };

      psl_document_table_add_row (table, cells);
    }
}

PslDocument *
psl_company_sheet_new (PslStore    *store,
                       const char  *company_id,
                       GError     **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslDocument) doc = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) opportunities = NULL;
  g_autoptr(GPtrArray) placements = NULL;
  g_autoptr(GPtrArray) interactions = NULL;
  PslCompany *c = psl_company_load (store, company_id, error);
  g_autofree char *subtitle = NULL;
  g_autofree char *level = NULL;

  if (c == NULL)
    return NULL;
  if (c->deleted_at != NULL)
    {
      g_set_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND,
                   /* Translators: %s is a firm */
                   _("“%s” has been deleted."), c->legal_name);
      psl_company_free (c);
      return NULL;
    }
  if ((contacts = psl_contact_list_for_company (store, company_id, error)) == NULL
      || (opportunities = psl_opportunity_list_for_company (store, company_id, error)) == NULL
      || (placements = psl_placement_list_for_company (store, company_id, error)) == NULL
      || (interactions = psl_interaction_list_for_company (store, company_id, error)) == NULL
      || (doc = psl_report_document_new (store, c->trade_name != NULL && *c->trade_name != '\0'
                                                ? c->trade_name : c->legal_name, error)) == NULL)
    {
      psl_company_free (c);
      return NULL;
    }

  level = c->partnership_level != NULL ? psl_ref_label (store, "partnership_level", c->partnership_level) : NULL;
  /* Translators: the firm sheet's subtitle, with the partnership level when set */
  subtitle = level != NULL ? g_strdup_printf (_("Firm sheet — %s"), level) : g_strdup (_("Firm sheet"));
  psl_document_set_subtitle (doc, subtitle);
  psl_report_add_count (doc, interactions->len, ngettext ("contact recorded",
                                                          "contacts recorded", interactions->len));
  psl_report_add_count (doc, opportunities->len, ngettext ("opportunity", "opportunities", opportunities->len));
  psl_report_add_count (doc, placements->len, ngettext ("person introduced", "people introduced", placements->len));

  add_identity (doc, store, c);
  add_contacts (doc, contacts);
  add_engagement (doc, store, company_id);
  add_evaluation (doc, store, company_id);
  add_opportunities (doc, opportunities);
  add_placements (doc, placements);
  add_timeline (doc, store, company_id);
  add_recent_contacts (doc, interactions);
  psl_company_free (c);
  return g_steal_pointer (&doc);
}
