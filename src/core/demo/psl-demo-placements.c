/* psl-demo-placements.c — placements and their follow-up
 *
 * The placements of each planned pathway, and what follows them: the
 * follow-up plan in work, alerts, ruptures with their causes, the
 * immersion reviews, and the exit surveys months after.  Apart because
 * it is the follow-up side, read by the schedule and the alerts.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-demo-private.h"
#include "psl-format.h"
#include "psl-immersion-review.h"

static const Choice followup_modes[] = {
  { "phone", 40 }, { "on_site", 35 }, { "office", 15 }, { "mail", 5 }, { "video", 5 },
};

static const Choice raisers[] = {
  { "tutor", 35 }, { "person", 30 }, { "company", 20 }, { "counsellor", 15 },
};

static const Choice weakening_factors[] = {
  { "vie_personnelle", 20 }, { "perte_reperes", 10 }, { "usure_physique", 12 }, { "usure_morale", 8 },
  { "integration_tronquee", 8 }, { "equipe_non_preparee", 8 }, { "non_dits", 12 },
  { "horaires_penibilite", 12 }, { "temps_salaire", 6 }, { "lire_ecrire", 4 },
};

static const Choice responses[] = {
  { "lever_freins", 25 }, { "interface", 30 }, { "securiser_recrutement", 10 }, { "pratiques_rh", 10 },
  { "intervention_entreprise", 15 }, { "alerter_entreprise", 10 },
};

/* The follow-up planned after a start: first days, end of the first
 * week and of the trial, one, three and six months; every week of a
 * skills immersion and its review at the end. */
static gboolean
gen_followups (Gen        *g,
               Person     *person,
               const char *placement,
               const Step *s)
{
  struct { int offset; char label[48]; } plan[8];
  guint n = 0;
  int last = s->end != NO_DAY ? s->end - s->start : s->planned_end != NO_DAY ? s->planned_end - s->start : G_MAXINT;

  if (s->immersion)
    {
      if (strcmp (s->immersion_type, "skills") == 0)
        for (int week = 1; 7 * week < s->planned_end - s->start && n < 4; week++)
          {
            plan[n].offset = 7 * week - 3;
            g_snprintf (plan[n++].label, sizeof plan[0].label, "Point d’étape, semaine %d", week);
          }
      plan[n].offset = s->planned_end - s->start;
      g_strlcpy (plan[n++].label, "Bilan de l’immersion", sizeof plan[0].label);
    }
  else
    {
      static const struct { int offset; const char *label; } contract_plan[] = {
        { 3, "Premiers jours" }, { 7, "Fin de la première semaine" }, { 30, "Un mois" },
        { 90, "Trois mois" }, { 180, "Six mois" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (contract_plan); i++)
        {
          if (s->trial > 7 && s->trial < contract_plan[i].offset &&
              (i == 0 || s->trial > contract_plan[i - 1].offset))
            {
              plan[n].offset = s->trial;
              g_strlcpy (plan[n++].label, "Fin de la période d’essai", sizeof plan[0].label);
            }
          plan[n].offset = contract_plan[i].offset;
          g_strlcpy (plan[n++].label, contract_plan[i].label, sizeof plan[0].label);
        }
    }

  /* As a team keeps its plan: every follow-up of more than three weeks
   * ago was made, one of the last three weeks' now and then still waits
   * (and those after it with it), and each was made before the next one
   * fell due, so that a placement's next follow-up is never before its
   * last. */
  gboolean waiting = FALSE;
  int previous_done = s->start;

  for (guint i = 0; i < n && plan[i].offset <= last; i++)
    {
      int due = psl_demo_workday_after (g, s->start + plan[i].offset);
      int next_due = i + 1 < n && plan[i + 1].offset <= last ? psl_demo_workday_after (g, s->start + plan[i + 1].offset)
                                                              : G_MAXINT;
      gboolean done = due < 0 && !waiting && (due < -21 || chance (g, 0.88));
      const char *mode = done ? CHOOSE (g, followup_modes) : NULL;
      gboolean tripartite = done && strcmp (mode, "on_site") == 0 && chance (g, 0.5);
      gboolean difficult = done && chance (g, 0.12);
      char factors[160], answers[160];
      int done_on = NO_DAY;
      Id id;

      if (due > FUTURE_DAYS)
        break;
      if (difficult)
        {
          psl_demo_json_codes (g, weakening_factors, G_N_ELEMENTS (weakening_factors), 2, factors, sizeof factors);
          psl_demo_json_codes (g, responses, G_N_ELEMENTS (responses), 2, answers, sizeof answers);
        }
      /* Most are made within a few days of their date; one in ten slips
       * by one to three weeks, as in any busy team.  Never before the
       * start, never ahead of today. */
      if (done)
        {
          int r = (int) pick (g, 100);

          done_on = due + (r < 88 ? between (g, -3, 3) : between (g, 8, 24));
          done_on = clamp_int (done_on, previous_done, MIN (0, next_due - 1));
          previous_done = done_on;
        }
      else if (due < 0)
        waiting = TRUE;
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_FOLLOWUP, "sssss" "oo" "si" "ssss", id, person->id, placement,
                         g->staff[person->referent].id, plan[i].label, due,
                         done ? done_on : NO_DAY, mode, tripartite,
                         tripartite ? "La personne, son tuteur et sa conseillère" : NULL,
                         difficult ? factors : NULL, difficult ? answers : NULL,
                         done && chance (g, 0.6) ? pick_str (g, psl_demo_followup_notes) : NULL))
        return FALSE;
    }

  return TRUE;
}

/* An alert before every rupture, and now and then on a contract that
 * holds; the last weeks' are still open. */
static gboolean
gen_alert (Gen        *g,
           Person     *person,
           const char *placement,
           const Step *s)
{
  gboolean rupture = s->end != NO_DAY && g_strcmp0 (s->ended_by, "term") != 0;
  int opened, resolved;
  char factors[160];
  Id id;

  if (s->immersion || !s->started || s->start > -7 || !(rupture || chance (g, 0.05)))
    return TRUE;

  if (rupture)
    {
      opened = max_int (s->start, s->end - between (g, 2, 15));
      resolved = s->end;
    }
  else
    {
      int until = s->end != NO_DAY ? s->end : 0;

      opened = psl_demo_workday_between (g, s->start + 1, until);
      resolved = s->end == NO_DAY && opened > -30 && chance (g, 0.7) ? NO_DAY
               : min_int (until, opened + between (g, 3, 20));
    }

  psl_demo_json_codes (g, weakening_factors, G_N_ELEMENTS (weakening_factors), 3, factors, sizeof factors);
  psl_demo_make_id (g, id);
  return psl_demo_put (g, INSERT_ALERT, "sssss" "io" "ss" "o" "ss", id, person->id, placement,
                       g->companies[s->company].id, CHOOSE (g, raisers), rupture ? between (g, 2, 3) : between (g, 1, 3),
                       opened, factors, pick_str (g, psl_demo_alert_actions), resolved,
                       resolved == NO_DAY ? NULL : rupture ? "Rupture malgré la médiation"
                                                  : pick_str (g, psl_demo_alert_resolutions),
                       g->staff[person->referent].id);
}

static guint
count_strv (const char *const *strv)
{
  guint n = 0;

  while (strv[n] != NULL)
    n++;
  return n;
}

/* The end evaluation of an immersion that is over: each objective rated,
 * from the placement's id rather than the generator, so that adding it
 * left the rest of the demo as it was. */
static char *
immersion_review_json (Gen        *g,
                       const char *id,
                       const char *objectives,
                       int         day)
{
  static const PslSkillLevel levels[] = {
    PSL_SKILL_FULLY_ACQUIRED, PSL_SKILL_FULLY_ACQUIRED, PSL_SKILL_PARTLY_ACQUIRED, PSL_SKILL_NOT_ACQUIRED,
  };
  g_autoptr(PslImmersionReview) review = psl_immersion_review_new ();
  g_auto(GStrv) skills = psl_immersion_review_skills_from_objectives (objectives);
  guint hash = g_str_hash (id);

  review->evaluated_on = g_strndup (psl_demo_on (g, day), 10);
  for (guint i = 0; skills[i] != NULL; i++)
    psl_immersion_review_add (review, skills[i], levels[(hash >> (2 * i)) % G_N_ELEMENTS (levels)]);
  review->host_comment = g_strdup (psl_demo_immersion_host_views[hash % count_strv (psl_demo_immersion_host_views)]);
  review->person_comment = g_strdup (psl_demo_immersion_person_views[(hash / 7) %
                                     count_strv (psl_demo_immersion_person_views)]);
  return psl_immersion_review_to_json (review);
}

gboolean
psl_demo_gen_placements (Gen        *g,
                         Person     *person,
                         const Step *steps,
                         guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      const Step *s = &steps[i];
      const Company *company = &g->companies[s->company];
      const char *trade = psl_demo_firm_kinds[company->kind].trades[s->trade].label;
      char objectives[256];
      g_autofree char *review = NULL;
      Id id;

      if (s->immersion && s->started)
        g_snprintf (objectives, sizeof objectives, strcmp (s->immersion_type, "discovery") == 0
                    ? "Découvrir le métier : %s\nVérifier l’intérêt pour le poste"
                    : "Confirmer le projet (%s)\nRéaliser les gestes de base du métier\n"
                      "Respecter les consignes et les horaires\nTravailler en équipe",
                    trade);

      psl_demo_make_id (g, id);
      if (s->immersion && s->started && s->end != NO_DAY && s->end <= 0)
        review = immersion_review_json (g, id, objectives, s->end);
      if (!psl_demo_put (g, INSERT_PLACEMENT, "ssssssssss" "oooo" "DI" "ssssss",
                         id, person->id, company->id, s->opportunity >= 0 ? g->opportunities[s->opportunity].id : NULL,
                         g->staff[person->referent].id, s->stage,
                         s->started ? (s->immersion ? "immersion" : "contract") : NULL,
                         s->started ? s->immersion_type : NULL, s->immersion && s->started ? objectives : NULL,
                         s->started ? s->contract->code : NULL,
                         s->proposed, s->start, s->planned_end, s->end, s->hours, s->trial,
                         s->started ? psl_demo_contact_id (g, company->tutor) : NULL,
                         s->started ? psl_demo_contact_id (g, company->boss) : NULL,
                         s->refusal, s->end_reason, s->ended_by, review))
        return FALSE;

      if (s->started && (!gen_followups (g, person, id, s) || !gen_alert (g, person, id, s)))
        return FALSE;

      if (s->started && chance (g, 0.04))
        {
          Id note;

          psl_demo_make_id (g, note);
          if (!psl_demo_put (g, INSERT_NOTE, "ssssss", note, "placement", id, g->staff[person->referent].id, NULL,
                             pick_str (g, psl_demo_placement_notes)))
            return FALSE;
        }
    }

  return TRUE;
}

/* How many placements each person had: the longer the pathway, the more. */
gboolean
psl_demo_share_placements (Gen   *g,
                           guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      guint p = 0;
      gboolean found = FALSE;

      for (guint tries = 0; tries < 20 && !found; tries++)
        {
          const Person *person;

          p = pick (g, g->n_people);
          person = &g->people[p];
          found = g->pathway_length[p] < MIN (MAX_PATHWAY, 1 + (person->end - person->entered) / 75);
        }
      for (guint k = 0; k < g->n_people && !found; k++)
        {
          p = (p + 1) % g->n_people;
          found = g->pathway_length[p] < MAX_PATHWAY;
        }
      if (!found)
        {
          g_set_error (&g->error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                       _("The demonstration cannot give %u placements to %u people."), n, g->n_people);
          return FALSE;
        }
      g->pathway_length[p]++;
    }

  return TRUE;
}

/* Each placement's record last changed when it last moved: a proposal on
 * its day, a presentation and a meeting some days on, a start on its
 * first day, an end on its last.  One proposal in four still waiting is
 * made three weeks older, as firms slow to answer are in any network;
 * which ones is read from the id, so that the rest of the demo stays as
 * it was. */
gboolean
psl_demo_date_placement_moves (Gen *g)
{
  g_autoptr(sqlite3_stmt) older = NULL;
  g_autoptr(sqlite3_stmt) moved = NULL;

  older = psl_store_prepare (g->store,
    "UPDATE placement SET proposed_on = date(proposed_on, '-21 days')"
    " WHERE stage IN ('proposed', 'presented', 'meeting') AND substr(id, 1, 1) IN ('0', '1', '2', '3')"
    "   AND date(proposed_on, '-21 days') >= (SELECT date(entered_on, '+3 days') FROM person"
    "                                          WHERE person.id = placement.person_id);", &g->error);
  moved = psl_store_prepare (g->store,
    "UPDATE placement SET updated_at = min(?1, CASE stage"
    "   WHEN 'proposed' THEN proposed_on"
    "   WHEN 'presented' THEN date(proposed_on, '+4 days')"
    "   WHEN 'meeting' THEN date(proposed_on, '+9 days')"
    "   WHEN 'immersion' THEN start_date"
    "   WHEN 'contract' THEN start_date"
    "   ELSE coalesce(end_date, date(proposed_on, '+12 days')) END) || 'T09:00:00.000Z';", &g->error);
  if (older == NULL || moved == NULL)
    return FALSE;
  sqlite3_bind_text (moved, 1, psl_demo_on (g, 0), -1, SQLITE_STATIC);
  return psl_store_step_done (g->store, older, &g->error) && psl_store_step_done (g->store, moved, &g->error);
}

/* The calls made six and twelve months after exit: most are made within
 * a fortnight; one in eight waits still, as in any team.  Which ones is
 * read from the person's id, so that the rest of the demo stays as it was. */
gboolean
psl_demo_gen_exit_surveys (Gen *g)
{
  g_autoptr(sqlite3_stmt) people = NULL;
  const char *fortnight_ago = psl_demo_on (g, -14);
  int rc;

  if (sqlite3_prepare_v2 (g->db, "SELECT id, exited_on, exit_outcome, referent_id FROM person"
                                 " WHERE exited_on IS NOT NULL ORDER BY id;", -1, &people, NULL) != SQLITE_OK)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      return FALSE;
    }
  while ((rc = sqlite3_step (people)) == SQLITE_ROW)
    {
      const char *person = (const char *) sqlite3_column_text (people, 0);
      guint hash = g_str_hash (person);

      for (guint months = 6; months <= 12; months += 6)
        {
          g_autoptr(GDate) due = psl_date_parse ((const char *) sqlite3_column_text (people, 1));
          g_autoptr(GDate) done = NULL;
          g_autofree char *due_on = NULL;
          g_autofree char *done_on = NULL;
          Id id;

          if (due == NULL)
            break;
          g_date_add_months (due, months);
          due_on = psl_date_to_iso (due);
          if (strncmp (due_on, fortnight_ago, 10) > 0 || (hash >> months) % 8 == 0)
            continue;
          done = g_date_copy (due);
          g_date_add_days (done, (hash >> (months + 3)) % 12);
          done_on = psl_date_to_iso (done);
          psl_demo_make_id (g, id);
          if (!psl_demo_put (g, INSERT_EXIT_SURVEY, "ssisss" "s", id, person, (int) months, due_on, done_on,
                             (const char *) sqlite3_column_text (people, 2), (const char *) sqlite3_column_text (people, 3)))
            return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      return FALSE;
    }
  return TRUE;
}
