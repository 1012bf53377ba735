/* psl-candidate-sheet.c — the présentation de candidat a firm receives: skills, experience, project
 *
 * What leaves the structure is what a CV would say and no more.  The
 * queries below read the person's project, strengths, languages, latest
 * competence grid, and the immersions and contracts they held: never the
 * barriers, the situation (a benefit is a social fact), the date of birth,
 * the address, the notes, nor anything from the confidential tables.
 * Nothing is produced without a consent in force for this firm.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-candidate-sheet.h"
#include "psl-competence.h"
#include "psl-competence-radar.h"
#include "psl-consent.h"
#include "psl-document-rows.h"
#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-ref.h"
#include "psl-report.h"
#include "privacy/psl-audit.h"

typedef struct
{
  PslCompetenceGrid grid;
  char             *label;
} PslRadarData;

static void
radar_data_free (PslRadarData *data)
{
  g_free (data->label);
  g_free (data);
}

static void
draw_radar_cb (cairo_t *cr,
               double   width,
               double   height,
               gpointer user_data)
{
  PslRadarData *data = user_data;

  psl_competence_radar_draw (cr, width, height, data->grid.n_items, PSL_COMPETENCE_TOP,
                             data->grid.levels, data->label, NULL, NULL);
}

/* NULL and not_found when the loader found nothing: a document says what
 * is missing in its own words. */
static gboolean
found (gboolean     ok,
       GError     **error,
       GError      *local_error,
       const char  *not_found)
{
  if (ok)
    return TRUE;
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error_literal (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NOT_FOUND, not_found);
  return FALSE;
}

static char *
company_name (PslStore   *store,
              const char *company_id,
              GError    **error)
{
  GError *local_error = NULL;
  char *name = psl_candidate_firm_name (store, company_id, &local_error);

  found (name != NULL, error, local_error, _("This firm no longer exists."));
  return name;
}

/* Asked before the consent: a person who is not there has agreed to
 * nothing, and the message must say that they are not there. */
static gboolean
person_exists (PslStore   *store,
               const char *person_id,
               GError    **error)
{
  GError *local_error = NULL;
  /* Translators: %s is the identifier given */
  g_autofree char *not_found = g_strdup_printf (_("There is no person with the identifier “%s” in this database."),
                                                person_id);

  return found (psl_candidate_person_exists (store, person_id, &local_error), error, local_error, not_found);
}

static gboolean
add_identity (PslDocument *doc,
              PslStore    *store,
              const char  *person_id,
              const char  *firm,
              GError     **error)
{
  GError *local_error = NULL;
  g_autoptr(PslCandidateProfile) profile = psl_candidate_profile_load (store, person_id, &local_error);
  g_autofree char *subtitle = NULL;
  g_autofree char *available = NULL;
  g_autofree char *contact = NULL;
  const char *licence = NULL;

  if (!found (profile != NULL, error, local_error, _("This person no longer exists.")))
    return FALSE;

  /* Translators: under the title of a candidate sheet: the person, for the firm */
  subtitle = g_strdup_printf (_("%1$s, for %2$s"), profile->name, firm);
  psl_document_set_subtitle (doc, subtitle);

  if (profile->driving_licence >= 0)
    licence = profile->driving_licence ? _("Yes") : _("No");
  if (profile->available_from != NULL)
    available = psl_format_date (profile->available_from);
  if (profile->referent != NULL)
    {
      GString *text = g_string_new (profile->referent);

      psl_append_part (text, profile->referent_phone);
      psl_append_part (text, profile->referent_email);
      contact = g_string_free (text, FALSE);
    }

  psl_document_add_heading (doc, _("Professional Project"));
  psl_document_add_paragraph (doc, psl_report_or_dash (profile->project));
  psl_document_add_field (doc, _("Available from"), psl_report_or_dash (available));
  psl_document_add_field (doc, _("Qualification"), psl_report_or_dash (profile->qualification));
  psl_document_add_field (doc, _("Languages"), psl_report_or_dash (profile->languages));
  psl_document_add_field (doc, _("Driving licence"), psl_report_or_dash (licence));
  psl_document_add_field (doc, _("Strengths"), psl_report_or_dash (profile->strengths));
  psl_document_add_field (doc, _("Counsellor to contact"), psl_report_or_dash (contact));
  return TRUE;
}

static gboolean
add_competences (PslDocument *doc,
                 PslStore    *store,
                 const char  *person_id,
                 GError     **error)
{
  static const double widths[] = { 0.5, 4, 2 };
  const char *headers[] = { C_("item number", "No."), _("Competence"), _("Level") };
  g_autoptr(GPtrArray) items = psl_competence_items (store, error);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *evaluated_on = NULL;
  g_autofree char *date = NULL;
  g_autofree char *intro = NULL;
  PslRadarData *radar;
  PslDocumentTable *table;
  const char *group = NULL;

  if (items == NULL)
    return FALSE;
  radar = g_new0 (PslRadarData, 1);
  psl_competence_grid_init (&radar->grid, items->len);
  /* FALSE with no error: never rated. */
  if (!psl_competence_latest (store, "person_id", person_id, &radar->grid, &evaluated_on, &local_error)
      && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      radar_data_free (radar);
      return FALSE;
    }

  psl_document_add_heading (doc, _("Competences"));
  if (evaluated_on == NULL)
    {
      psl_document_add_paragraph (doc, _("The competences have not been assessed yet."));
      radar_data_free (radar);
      return TRUE;
    }
  date = psl_format_date (evaluated_on);
  /* Translators: %s is a date */
  intro = g_strdup_printf (_("Assessed on %s, on the grid of technical, organisational and workplace "
                             "competences, from 0 (not yet) to 4 (can pass it on)."), date);
  psl_document_add_paragraph (doc, intro);
  radar->label = g_strdup (_("Levels"));
  psl_document_add_chart (doc, 230, draw_radar_cb, radar, (GDestroyNotify) radar_data_free);

  table = psl_document_add_table (doc, 3, headers, widths);
  for (guint i = 0; i < items->len && i < PSL_COMPETENCE_MAX_ITEMS; i++)
    {
      PslCompetenceItem *item = g_ptr_array_index (items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *label = NULL;

      /* The group's name on the first item of each group, as a form would. */
      if (item->group_label != NULL && g_strcmp0 (item->group_label, group) != 0)
        {
          group = item->group_label;
          label = g_strdup_printf ("%s — %s", group, item->label);
        }
      psl_document_table_add_row (table, (const char *[]) {
        number, label != NULL ? label : item->label, psl_competence_level_label (radar->grid.levels[i]) });
    }
  return TRUE;
}

static char *
acquired_skills (const char *evaluation)
{
  g_autoptr(PslImmersionReview) review = psl_immersion_review_parse (evaluation, NULL);
  GString *text;

  if (review == NULL)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < review->skills->len; i++)
    {
      PslSkillReview *skill = g_ptr_array_index (review->skills, i);

      if (skill->level == PSL_SKILL_FULLY_ACQUIRED)
        psl_append_part (text, skill->skill);
    }
  if (text->len == 0)
    return g_string_free (text, TRUE);
  return g_string_free (text, FALSE);
}

/* The rows of experience that started (future == FALSE) or that are
 * still to start (future == TRUE); the number added. */
static guint
add_experience_rows (PslDocument *doc,
                     GPtrArray   *experience,
                     const char  *today,
                     gboolean     future)
{
  static const double widths[] = { 1.6, 2, 3.4 };
  const char *headers[] = { _("Period"), _("Firm"), _("Position") };
  PslDocumentTable *table = NULL;
  guint n = 0;

  for (guint i = 0; i < experience->len; i++)
    {
      const PslCandidateExperience *held = g_ptr_array_index (experience, i);
      g_autofree char *period = NULL;
      gboolean immersion = g_strcmp0 (held->kind, "immersion") == 0;
      g_autofree char *skills = NULL;
      GString *position;

      if ((g_strcmp0 (held->start_date, today) > 0) != future)
        continue;
      period = psl_report_period (held->start_date, held->end_date);
      skills = immersion ? acquired_skills (held->evaluation) : NULL;
      position = g_string_new (NULL);
      if (immersion)
        /* Translators: an immersion (PMSMP) in a list of experience, "Immersion: kitchen assistant" */
        g_string_append_printf (position, _("Immersion: %s"), psl_report_or_dash (held->title));
      else
        g_string_append (position, psl_report_or_dash (held->title));
      if (skills != NULL)
        /* Translators: the skills an immersion validated, after its title */
        g_string_append_printf (position, "\n%s %s", _("Skills acquired:"), skills);
      if (table == NULL)
        table = psl_document_add_table (doc, 3, headers, widths);
      psl_document_table_add_row (table, (const char *[]) { period, held->firm, position->str });
      g_string_free (position, TRUE);
      n++;
    }
  return n;
}

/* What the person has done, then what is agreed and still to start: an
 * apprenticeship beginning next month is part of the plan, not yet of
 * the experience. */
static gboolean
add_experience (PslDocument *doc,
                PslStore    *store,
                const char  *person_id,
                GError     **error)
{
  g_autoptr(GPtrArray) experience = psl_candidate_experience (store, person_id, error);
  g_autofree char *today = psl_today_iso ();
  gboolean planned = FALSE;

  if (experience == NULL)
    return FALSE;
  psl_document_add_heading (doc, _("Experience"));
  if (add_experience_rows (doc, experience, today, FALSE) == 0)
    psl_document_add_paragraph (doc, _("No immersion or contract recorded yet."));
  for (guint i = 0; i < experience->len && !planned; i++)
    planned = g_strcmp0 (((PslCandidateExperience *) g_ptr_array_index (experience, i))->start_date, today) > 0;
  if (planned)
    {
      psl_document_add_heading (doc, _("Coming Up"));
      add_experience_rows (doc, experience, today, TRUE);
    }
  return TRUE;
}

PslDocument *
psl_candidate_sheet_new (PslStore   *store,
                         const char *person_id,
                         const char *company_id,
                         GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *firm = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (person_id != NULL && company_id != NULL, NULL);

  if ((firm = company_name (store, company_id, error)) == NULL || !person_exists (store, person_id, error))
    return NULL;
  if (!psl_consent_allows (store, person_id, "cv_entreprise", company_id, NULL, &why_not, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* Translators: %1$s is the firm, %2$s why the consent does not allow it */
        g_set_error (error, PSL_REPORT_ERROR, PSL_REPORT_ERROR_NO_CONSENT,
                     _("The person has not agreed to their profile being sent to %1$s. %2$s"), firm,
                     why_not != NULL ? why_not : "");
      return NULL;
    }

  doc = psl_report_document_new (store, _("Candidate Presentation"), error);
  if (doc == NULL
      || !add_identity (doc, store, person_id, firm, error)
      || !add_competences (doc, store, person_id, error)
      || !add_experience (doc, store, person_id, error))
    return NULL;
  psl_document_add_note (doc, _("Sent with the person’s consent. Please do not pass it on to anyone else."));
  /* A person's data on paper: the journal keeps who made it. */
  if (!psl_audit_add (store, PSL_AUDIT_PRINT, person_id, _("Candidate Presentation"), error))
    return NULL;
  return g_steal_pointer (&doc);
}

static gboolean
placement_parties (PslStore    *store,
                   const char  *placement_id,
                   char       **person_id,
                   char       **company_id,
                   GError     **error)
{
  GError *local_error = NULL;

  return found (psl_candidate_placement_parties (store, placement_id, person_id, company_id, &local_error),
                error, local_error, _("This placement no longer exists."));
}

PslDocument *
psl_candidate_sheet_for_placement (PslStore   *store,
                                   const char *placement_id,
                                   GError    **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autofree char *person_id = NULL;
  g_autofree char *company_id = NULL;

  if (!placement_parties (store, placement_id, &person_id, &company_id, error))
    return NULL;
  return psl_candidate_sheet_new (store, person_id, company_id, error);
}

char *
psl_candidate_sheet_why_not (PslStore   *store,
                             const char *placement_id)
{
  g_autofree char *person_id = NULL;
  g_autofree char *company_id = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(GError) error = NULL;

  if (!placement_parties (store, placement_id, &person_id, &company_id, &error))
    return g_strdup (error->message);
  if (!psl_consent_allows (store, person_id, "cv_entreprise", company_id, NULL, &why_not, &error))
    return g_strdup (error != NULL ? error->message : why_not);
  return NULL;
}
