/* psl-demo-service.c — the demo team's own review of its employer-relations service
 *
 * What a mission locale that has used the seed's tools for a while has
 * written: the diagnostic grid answered by the people who deal with the
 * firms, the service placed beside the temping agencies and France
 * Travail, and an action plan over this year and the next.  Written
 * through core's own functions, so that the demo keeps their rules.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "psl-action-plan.h"
#include "psl-demo-service.h"
#include "psl-diagnostic.h"
#include "psl-diagnostic-grid.h"
#include "psl-partnership-method.h"
#include "psl-positioning.h"
#include "psl-store-private.h"

/* The words of the first respondent, by question and text field. */
static const struct { const char *question, *field, *text; } texts[] = {
  { "q3", "criteria", "Le secteur, la taille, l’ancienneté de la relation et le nombre de jeunes accueillis "
                      "ces deux dernières années." },
  { "q4", "which", "Les données de l’Insee et de la CCI sur le bassin de Figeac, le diagnostic emploi du "
                   "Grand Figeac." },
  { "q6", "text", "Cibler l’industrie aéronautique et l’aide à domicile, qui recrutent, et relancer les "
                  "entreprises en sommeil depuis plus de six mois." },
  { "q7", "criteria", "Les métiers visés par les jeunes accompagnés et les entreprises qui ont déjà "
                      "accueilli une immersion." },
  { "q7", "organisation", "Une demi-journée par semaine de prospection par antenne, avec la fiche entreprise "
                          "et l’argumentaire des aides à l’embauche." },
  { "q10", "why", "Quand le poste ne correspond pas au droit du travail (horaires, rémunération) ou quand "
                  "l’entreprise n’a pas de tuteur disponible." },
  { "q12", "text", "Un tableau partagé des opportunités, relu chaque semaine en réunion d’équipe." },
  { "q13", "process", "Le conseiller référent fait remonter les besoins au chargé de relations entreprises "
                      "à la réunion d’équipe du lundi." },
  { "q15", "how", "Une visite sur place avant toute mise en relation, avec la fiche de poste." },
  { "q18", "text", "Tout est noté dans Passerelle : historique des contacts, interlocuteurs, opportunités." },
  { "q19", "text", "En rapprochant le projet et les compétences évaluées du jeune des exigences du poste, "
                   "puis par une immersion." },
  { "q21", "text", "Par téléphone puis par une rencontre sur le poste, en présence du conseiller quand le "
                   "jeune le souhaite." },
  { "q22", "how", "Un appel dans la première semaine, une visite à un mois, un point à trois et six mois." },
  { "q25", "how", "Un bilan à trois, jeune, tuteur et conseiller, le dernier jour de l’immersion." },
  { "q26", "text", "Le bilan confirme ou réoriente le projet ; il est repris au rendez-vous suivant." },
  { "q27", "text", "L’entreprise est invitée à dire ce qui manque au jeune pour être recruté, et à "
                   "proposer une suite (contrat, formation)." },
  { "q35", "text", "Des candidatures présentées sur les compétences, sans photo ni adresse quand "
                   "l’entreprise l’accepte." },
  { "q37", "text", "En invitant les employeurs aux jobdatings et aux visites d’entreprise avec les jeunes." },
  { "q39", "text", "Par les petits-déjeuners d’entreprises et la lettre d’information semestrielle." },
  { "q40", "text", "La proximité, la réactivité et le suivi dans la durée." },
  { "q42", "text", "Faire témoigner des tuteurs et des jeunes recrutés lors des rencontres du réseau." },
  { "q47", "which", "Un suivi régulier des entreprises partenaires et une invitation aux événements de "
                    "l’année." },
  { "q49", "text", "Formaliser une charte d’accueil avec les entreprises les plus engagées." },
  { "q53", "text", "Par la plaquette de l’offre de service et les visites des chargés de relations "
                   "entreprises." },
  { "q58", "text", "Une soirée annuelle des entreprises partenaires, avec la presse locale." },
};

/* How the team sees itself beside the agencies and France Travail, item
 * by item, out of 5. */
static const int ratings[PSL_POSITIONING_N_ITEMS][PSL_N_PROVIDERS] = {
  { 2, 5, 4 }, { 3, 5, 3 }, { 5, 2, 3 }, { 3, 4, 2 }, { 4, 3, 4 }, { 4, 2, 3 }, { 5, 1, 5 }, { 3, 4, 3 },
  { 3, 5, 2 }, { 5, 2, 3 }, { 4, 3, 2 }, { 4, 4, 2 }, { 3, 3, 4 }, { 5, 3, 3 }, { 4, 1, 4 }, { 3, 4, 3 },
  { 5, 2, 2 },
};

static const struct { guint item; const char *notes; } lines_of_work[] = {
  { 0, "Les agences d’intérim répondent plus vite aux demandes en nombre : se concentrer sur les "
       "recrutements suivis." },
  { 8, "Un jeune disponible en moins d’une semaine pour les remplacements : tenir une liste à jour." },
  { 16, "Le suivi après l’embauche est notre atout : le faire savoir aux entreprises." },
};

typedef struct
{
  const char *activity, *lead, *objective, *tasks, *indicators;
  int         start, end;      /* months from January of this year */
  int         parent;          /* -1 for an activity */
} PlanLine;

static const PlanLine plan[] = {
  { "Prospecter les entreprises qui recrutent", "Chargés de relations entreprises",
    "Élargir le réseau dans l’industrie et l’aide à domicile", "Cibler, visiter, présenter l’offre de service",
    "Nombre d’entreprises visitées", 0, 11, -1 },
  { "Visites des entreprises de l’aéronautique", "Antenne de Figeac", NULL, "Deux visites par semaine",
    "Entreprises visitées", 0, 5, 0 },
  { "Rencontres avec les services d’aide à domicile", "Antenne de Saint-Céré", NULL,
    "Une réunion par structure", "Structures rencontrées", 3, 8, 0 },
  { "Fidéliser les entreprises partenaires", "Direction",
    "Passer du contact ponctuel au partenariat", "Évaluer chaque partenariat, inviter aux événements",
    "Entreprises au niveau partenaire ou plus", 2, 14, -1 },
  { "Charte d’accueil des jeunes", "Direction", NULL, "Rédiger et signer la charte avec dix entreprises",
    "Chartes signées", 4, 10, 3 },
  { "Soirée des entreprises partenaires", "Chargés de relations entreprises", NULL,
    "Organiser, inviter la presse locale", "Entreprises présentes", 9, 10, 3 },
  { "Sécuriser les premiers mois en emploi", "Conseillers en insertion",
    "Moins de ruptures dans les trois premiers mois", "Suivis à une semaine, un mois, trois mois",
    "Part des contrats tenus à trois mois", 0, 23, -1 },
  { "Former l’équipe au suivi en entreprise", "Direction", NULL, "Deux demi-journées de formation",
    "Conseillers formés", 5, 6, 6 },
};

static const char *
text_for (const char *question,
          const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (strcmp (texts[i].question, question) == 0 && strcmp (texts[i].field, field) == 0)
      return texts[i].text;
  return NULL;
}

/* An option of a scale as a team that works at it answers: "yes" three
 * times in four, else the upper half of the scale. */
static const char *
pick_option (GRand     *rand,
             GPtrArray *options)
{
  const PslDiagnosticOption *first;
  guint n;

  if (options == NULL || options->len == 0)
    return NULL;
  first = g_ptr_array_index (options, 0);
  n = options->len;
  if (strcmp (first->code, "yes") == 0)
    return g_rand_double (rand) < 0.75 ? "yes" : "no";
  return ((PslDiagnosticOption *) g_ptr_array_index (options, g_rand_int_range (rand, n / 2, n)))->code;
}

static gboolean
answer_question (PslStore                    *store,
                 GRand                       *rand,
                 const PslDiagnosticGrid     *grid,
                 const PslDiagnosticQuestion *q,
                 const char                  *staff_id,
                 gboolean                     writes,
                 GError                     **error)
{
  const char *option = NULL;

  switch (q->kind)
    {
    case PSL_DIAGNOSTIC_CHOICE:
      option = pick_option (rand, q->options);
      if (option != NULL && !psl_diagnostic_set_choice (store, grid, staff_id, q->code, option, error))
        return FALSE;
      if (q->checks != NULL && g_strcmp0 (option, "yes") == 0)
        for (guint i = 0; i < q->checks->len; i++)
          {
            const PslDiagnosticOption *check = g_ptr_array_index (q->checks, i);

            if (g_rand_double (rand) < 0.5
                && !psl_diagnostic_set_check (store, grid, staff_id, q->code, check->code, TRUE, error))
              return FALSE;
          }
      break;
    case PSL_DIAGNOSTIC_ROWS:
      for (guint i = 0; q->rows != NULL && i < q->rows->len; i++)
        {
          const PslDiagnosticOption *row = g_ptr_array_index (q->rows, i);

          option = pick_option (rand, q->options);
          if (option != NULL && !psl_diagnostic_set_row (store, grid, staff_id, q->code, row->code, option, error))
            return FALSE;
        }
      break;
    case PSL_DIAGNOSTIC_GRID:
      for (guint r = 0; !q->cell_text && q->rows != NULL && r < q->rows->len; r++)
        for (guint c = 0; q->columns != NULL && c < q->columns->len; c++)
          if (g_rand_double (rand) < 0.35
              && !psl_diagnostic_set_cell (store, grid, staff_id, q->code,
                                           ((PslDiagnosticOption *) g_ptr_array_index (q->rows, r))->code,
                                           ((PslDiagnosticOption *) g_ptr_array_index (q->columns, c))->code,
                                           "x", error))
            return FALSE;
      break;
    case PSL_DIAGNOSTIC_TEXT:
    case PSL_DIAGNOSTIC_TOOL:
      break;
    }

  /* Words where the answer calls for them: not after a "no". */
  for (guint i = 0; writes && q->texts != NULL && i < q->texts->len && g_strcmp0 (option, "no") != 0; i++)
    {
      const PslDiagnosticOption *field = g_ptr_array_index (q->texts, i);
      const char *text = text_for (q->code, field->code);

      if (text != NULL && !psl_diagnostic_set_text (store, grid, staff_id, q->code, field->code, text, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_diagnostic (PslStore           *store,
                 GRand              *rand,
                 const char * const *staff_ids,
                 GError            **error)
{
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (store, PSL_DIAGNOSTIC_GRID_CODE, error);

  if (grid == NULL)
    return FALSE;
  for (guint s = 0; staff_ids[s] != NULL; s++)
    for (guint i = 0; i < grid->questions->len; i++)
      if (!answer_question (store, rand, grid, g_ptr_array_index (grid->questions, i), staff_ids[s],
                            s == 0 || g_rand_double (rand) < 0.3, error))
        return FALSE;
  return TRUE;
}

static gboolean
fill_positioning (PslStore *store,
                  GError  **error)
{
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    for (guint p = 0; p < PSL_N_PROVIDERS; p++)
      if (!psl_positioning_set_rating (store, i, p, ratings[i][p], error))
        return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (lines_of_work); i++)
    if (!psl_positioning_set_notes (store, lines_of_work[i].item, lines_of_work[i].notes, error))
      return FALSE;
  return TRUE;
}

static char *
month (int year,
       int months)
{
  return g_strdup_printf ("%04d-%02d", year + months / 12, months % 12 + 1);
}

static gboolean
fill_plan (PslStore   *store,
           const char *today,
           GError    **error)
{
  char *ids[G_N_ELEMENTS (plan)] = { NULL };
  int year = atoi (today);
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (plan); i++)
    {
      g_autofree char *start = month (year, plan[i].start);
      g_autofree char *end = month (year, plan[i].end);
      PslPlanItem item = {
        .activity = (char *) plan[i].activity, .lead = (char *) plan[i].lead,
        .objective = (char *) plan[i].objective, .tasks = (char *) plan[i].tasks,
        .indicators = (char *) plan[i].indicators, .start_month = start, .end_month = end,
      };

      ids[i] = psl_action_plan_add (store, plan[i].parent >= 0 ? ids[plan[i].parent] : NULL, &item, error);
      ok = ids[i] != NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    g_free (ids[i]);
  return ok;
}

/* One partnership with a partner structure followed with the FNARS
 * method: the three steps of preparation written, the launch given, the
 * coordination still to write.  The live one the team met most among
 * those not reviewed yet, so that the last step is still to do. */
static gboolean
fill_method (PslStore  *store,
             GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    psl_store_prepare (store,
                       "SELECT s.id, s.start_date FROM partnership s"
                       " WHERE s.partner_id IS NOT NULL AND s.deleted_at IS NULL AND s.end_date IS NULL"
                       " ORDER BY EXISTS (SELECT 1 FROM partnership_review v WHERE v.partnership_id = s.id),"
                       "          (SELECT count(*) FROM interaction x WHERE x.partner_id = s.partner_id) DESC,"
                       "          s.start_date LIMIT 1;", error);
  g_autofree char *id = NULL;
  g_autofree char *start = NULL;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;
  id = psl_column_dup (stmt, 0);
  start = psl_column_dup (stmt, 1);
  return psl_partnership_method_set_text (store, id, "territory_needs",
                                          "Bassin de Figeac : l’aéronautique et la mécanique recrutent (soudeurs, "
                                          "usineurs, opérateurs), l’aide à domicile et l’hôtellerie-restauration "
                                          "peinent à pourvoir leurs postes. Beaucoup de jeunes sans permis ni "
                                          "véhicule, loin des zones d’activités.", error)
         && psl_partnership_method_set_text (store, id, "structure_analysis",
                                             "Forces : une connaissance fine des jeunes et de leurs compétences, "
                                             "des relations suivies avec une trentaine d’entreprises. Faiblesses : "
                                             "peu de temps pour le démarchage, une veille économique irrégulière, "
                                             "des contacts qui reposent sur deux personnes.", error)
         && psl_partnership_method_set_text (store, id, "strategy",
                                             "Construire avec le partenaire des parcours vers les métiers en "
                                             "tension : découverte des métiers, immersions, puis recrutement "
                                             "accompagné. Commencer par la mécanique, élargir à l’aide à domicile "
                                             "la deuxième année.", error)
         && psl_partnership_method_set_cooperation (store, id, "parcours", "reciprocite", error)
         && psl_partnership_method_set_launched (store, id, start, error);
}

gboolean
psl_demo_service_review (PslStore           *store,
                         GRand              *rand,
                         const char * const *staff_ids,
                         const char         *today,
                         GError            **error)
{
  g_return_val_if_fail (staff_ids != NULL && today != NULL, FALSE);

  return fill_diagnostic (store, rand, staff_ids, error) && fill_positioning (store, error)
         && fill_plan (store, today, error) && fill_method (store, error);
}
