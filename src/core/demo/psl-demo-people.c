/* psl-demo-people.c — people, their barriers, consents and commitments
 *
 * Each person with their referents, the partner who sent them, their
 * barriers (the sensitive ones recorded apart, with consent), their
 * competences and the commitment they signed, then their placements
 * through psl-demo-placements.c.  Apart from the firms because the
 * pathway side is the other half of the territory's life.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <string.h>

#include "psl-demo-private.h"

/* The referents of a person: one, or the counsellor who left and the
 * colleague who took over. */
static gboolean
gen_referents (Gen      *g,
               Person   *person,
               gboolean  handed_over)
{
  const Staff *d = g->departed >= 0 ? &g->staff[g->departed] : NULL;
  Id id;

  psl_demo_make_id (g, id);
  if (!handed_over)
    return psl_demo_put (g, INSERT_REFERENT, "sssoo", id, person->id, g->staff[person->referent].id,
                         person->entered, NO_DAY);

  if (!psl_demo_put (g, INSERT_REFERENT, "sssoo", id, person->id, d->id, person->entered, d->left_on))
    return FALSE;
  psl_demo_make_id (g, id);
  return psl_demo_put (g, INSERT_REFERENT, "sssoo", id, person->id, g->staff[person->referent].id, d->left_on, NO_DAY);
}

static const char *
sensitive_detail (Gen        *g,
                  const char *category)
{
  guint n = psl_demo_count (psl_demo_sensitive, sizeof (PslDemoSensitive));

  for (;;)
    {
      const PslDemoSensitive *s = &psl_demo_sensitive[pick (g, n)];
      if (strcmp (s->category, category) == 0)
        return s->detail;
    }
}

/* Barriers, the sensitive data some of them are, and the consents. */
static gboolean
gen_barriers_and_consents (Gen        *g,
                           Person     *person,
                           const char *prescriber,
                           const char *situation,
                           gboolean    exited)
{
  const char *staff = g->staff[person->referent].id;
  int last = MIN (person->end, 0);
  guint n = 1 + pick (g, 3), taken = 0;
  gboolean sensitive = FALSE;
  Id id;

  for (guint i = 0; i < n; i++)
    {
      guint total = 0, r, b;
      const char *status;
      int identified = min_int (person->entered + (int) pick (g, 30), last);
      int lifted = NO_DAY;
      guint r2 = pick (g, 100);
      const char *partner = NULL;

      for (b = 0; b < N_BARRIERS; b++)
        total += psl_demo_barriers[b].weight;
      r = pick (g, total);
      for (b = 0; r >= psl_demo_barriers[b].weight; b++)
        r -= psl_demo_barriers[b].weight;
      if (taken & (1u << b))
        continue;
      taken |= 1u << b;

      status = r2 < (exited ? 55u : 25u) ? "lifted" : r2 < (exited ? 75u : 65u) ? "in_progress" : "identified";
      if (strcmp (status, "lifted") == 0)
        lifted = between (g, identified, last);
      if (strcmp (status, "identified") != 0 && g->helpers[b]->len > 0 && chance (g, 0.6))
        partner = g->partners[g_array_index (g->helpers[b], guint, pick (g, g->helpers[b]->len))].id;

      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_BARRIER, "ssssso" "o", id, person->id, psl_demo_barriers[b].code, status, partner,
                         identified, lifted))
        return FALSE;

      /* Health, justice and disability are recorded apart, and only
       * with the person's agreement. */
      if (psl_demo_barriers[b].sensitive != NULL && chance (g, 0.7))
        {
          psl_demo_make_id (g, id);
          if (!psl_demo_put (g, INSERT_SENSITIVE, "ssssos", id, person->id, psl_demo_barriers[b].sensitive,
                             sensitive_detail (g, psl_demo_barriers[b].sensitive), identified, staff))
            return FALSE;
          sensitive = TRUE;
        }
    }

  if (strcmp (situation, "rsa") == 0 || chance (g, 0.04))
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_SENSITIVE, "ssss" "o" "s", id, person->id, "benefit",
                         strcmp (situation, "rsa") == 0 ? "Allocataire du RSA." : sensitive_detail (g, "benefit"),
                         person->entered, staff))
        return FALSE;
      sensitive = TRUE;
    }

  if (chance (g, 0.75))
    {
      int given = min_int (person->entered + (int) pick (g, 14), last);
      int expires = MIN (given + 365, FUTURE_DAYS);
      gboolean withdrawn = chance (g, 0.03);

      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "cv_entreprise", NULL, given, expires,
                         withdrawn ? between (g, given, MIN (expires, 0)) : NO_DAY, staff))
        return FALSE;
    }
  if (prescriber != NULL && chance (g, 0.6))
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "partage_partenaire", prescriber,
                         person->entered, MIN (person->entered + 730, FUTURE_DAYS), NO_DAY, staff))
        return FALSE;
    }
  if (sensitive)
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "donnees_sensibles", NULL,
                         person->entered, NO_DAY, NO_DAY, staff))
        return FALSE;
    }
  if (exited && chance (g, 0.5))
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "enquete_sortie", NULL,
                         person->end, MIN (person->end + 730, FUTURE_DAYS), NO_DAY, staff))
        return FALSE;
    }

  return TRUE;
}

/* Contrat d'engagements réciproques: objectives, steps on both sides,
 * a review after six months. */
static gboolean
gen_commitment (Gen        *g,
                Person     *person,
                const char *project,
                gboolean    exited)
{
  int last = MIN (person->end, 0);
  int signed_on = min_int (psl_demo_workday_after (g, person->entered + between (g, 7, 30)), last);
  int review = psl_demo_workday_after (g, signed_on + 180);
  const char *outcome = NULL;
  char objectives[256];
  Id id, step;

  if (review <= 0)
    outcome = exited ? (chance (g, 0.6) ? "achieved" : "ended") : (chance (g, 0.7) ? "adjusted" : "achieved");
  g_snprintf (objectives, sizeof objectives,
              "Projet professionnel : %s. Lever les freins repérés, confirmer le projet en entreprise"
              " et accéder à un emploi.", project);

  psl_demo_make_id (g, id);
  if (!psl_demo_put (g, INSERT_COMMITMENT, "sso" "isos" "s", id, person->id, signed_on,
                     g_strcmp0 (outcome, "adjusted") == 0 ? 2 : 1, objectives, review, outcome,
                     g->staff[person->referent].id))
    return FALSE;

  for (guint i = 0; i < 2 + pick (g, 3); i++)
    {
      gboolean structure_side = i % 2 == 1;
      int due = psl_demo_workday_after (g, signed_on + between (g, 14, 150));
      int done = due < 0 && chance (g, 0.75) ? clamp_int (due + between (g, -10, 5), signed_on, 0) : NO_DAY;

      psl_demo_make_id (g, step);
      if (!psl_demo_put (g, INSERT_STEP, "ssssoo", step, id, structure_side ? "structure" : "person",
                         pick_str (g, structure_side ? psl_demo_structure_steps : psl_demo_person_steps), due, done))
        return FALSE;
    }

  return TRUE;
}

/* When each person came, and left: the first pass, so that placements
 * can be shared before anyone is written. */
static void
plan_people (Gen *g)
{
  for (guint p = 0; p < g->n_people; p++)
    {
      Person *person = &g->people[p];
      int ago = (int) pick (g, 1096);

      /* A pathway lasts from three months to a year and a half, a year
       * as a rule: so the people accompanied on any day of the last two
       * years are about as many, and each year's figures alike. */
      int length = 90 + (int) pick (g, 240) + (int) pick (g, 240);

      person->entered = psl_demo_workday_before (g, -ago);
      person->end = person->entered + length < -1 ? psl_demo_workday_before (g, person->entered + length) : 0;
    }
}

/* One person and all of their pathway. */
static gboolean
gen_person (Gen   *g,
            guint  p)
{
  Person *person = &g->people[p];
  gboolean exited = person->end < 0;
  int last = MIN (person->end, 0);
  guint r = pick (g, 100);
  /* a mission locale accompanies people of 16 to 25: mostly 18 to 22 */
  int age = r < 6 ? between (g, 16, 17) : r < 92 ? 18 + (int) pick (g, 3) + (int) pick (g, 3) : between (g, 23, 25);
  int birth = person->entered - (int) (365.25 * age) - (int) pick (g, 365);
  guint commune = chance (g, 0.35) ? 0 : pick (g, g->n_communes);
  const PslDemoCommune *place = &psl_demo_communes[commune];
  guint project = psl_demo_pick_kind (g);
  const char *project_label = psl_demo_firm_kinds[project].trades[0].label;
  const char *prescriber = NULL;
  gboolean licence = age >= 18 && chance (g, 0.45);
  gboolean handed_over = FALSE;
  Step steps[MAX_PATHWAY];
  guint n_steps;
  const char *situation;
  Name name;
  char phone[16], mail[128], street[96];
  Id id;

  if (chance (g, 0.65))
    {
      /* France Travail sends the most */
      guint k = chance (g, 0.45) ? 0 : pick (g, g->prescribers->len);
      prescriber = g->partners[g_array_index (g->prescribers, guint, k)].id;
    }

  person->referent = psl_demo_active_cip (g, place->antenna);
  if (g->departed >= 0 && person->entered < g->staff[g->departed].left_on &&
      chance (g, 1.0 / (g->cips[place->antenna]->len + 1)))
    {
      /* followed by the counsellor who left: handed over if still here */
      if (person->end > g->staff[g->departed].left_on)
        handed_over = TRUE;
      else
        person->referent = (guint) g->departed;
    }

  n_steps = psl_demo_plan_pathway (g, person, project, g->pathway_length[p], exited, steps);
  situation = psl_demo_current_situation (g, steps, n_steps, age);

  psl_demo_make_name (g, chance (g, 0.48), &name);
  psl_demo_mobile (g, phone);
  g_snprintf (mail, sizeof mail, "%s.%s%02u@courriel.example", name.first_slug, name.last_slug, pick (g, 100));
  psl_demo_address (g, place, commune <= 1, street, sizeof street);
  psl_demo_make_id (g, person->id);

  if (!psl_demo_put (g, INSERT_PERSON, "ssssso" "sssss" "sss" "ssss" "s" "iii" "ooo" "s" "is",
                     person->id, g->antennas[place->antenna], name.first, name.last, name.female ? "F" : "M", birth,
                     phone, chance (g, 0.85) ? mail : NULL, street, place->postcode, place->name,
                     g->staff[person->referent].id, prescriber, prescriber != NULL ? "prescribed" : "chosen",
                     situation, psl_demo_qualification (g, age), project_label,
                     chance (g, 0.4) ? pick_str (g, name.female ? psl_demo_strengths_female : psl_demo_strengths_male) : NULL,
                     chance (g, 0.3) ? pick_str (g, psl_demo_languages) : NULL,
                     licence, licence && chance (g, 0.6), licence ? between (g, 25, 60) : between (g, 5, 15),
                     !exited && strcmp (situation, "salarie") != 0 && chance (g, 0.5) ? between (g, 0, 30) : NO_DAY,
                     person->entered, exited ? person->end : NO_DAY,
                     exited ? psl_demo_exit_outcome (g, steps, n_steps, person->end) : NULL,
                     psl_demo_pathway_phase (steps, n_steps), psl_demo_firm_kinds[project].trades[0].rome))
    return FALSE;

  if (!gen_referents (g, person, handed_over) ||
      !gen_barriers_and_consents (g, person, prescriber, situation, exited))
    return FALSE;

  if (prescriber != NULL)
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_REFERRAL, "sssos", id, prescriber, person->id,
                         psl_demo_workday_before (g, person->entered - (int) pick (g, 20)),
                         chance (g, 0.5) ? pick_str (g, psl_demo_referral_notes) : NULL))
        return FALSE;
    }

  /* The competence grid at entry, and again after a first immersion. */
  if (chance (g, 0.3))
    {
      int base = 1 + (int) pick (g, 3);
      int first = min_int (psl_demo_workday_after (g, person->entered + between (g, 7, 45)), last);

      if (!psl_demo_gen_competences (g, person->id, NULL, first, person->referent, "Évaluation à l’entrée", base))
        return FALSE;
      for (guint i = 0; i < n_steps && chance (g, 0.4); i++)
        if (steps[i].immersion && steps[i].end != NO_DAY && steps[i].end > first)
          {
            if (!psl_demo_gen_competences (g, person->id, NULL, steps[i].end, person->referent,
                                           "Évaluation en fin d’immersion", MIN (4, base + 1)))
              return FALSE;
            break;
          }
    }

  if (chance (g, 0.6) && !gen_commitment (g, person, project_label, exited))
    return FALSE;

  if (chance (g, 0.06))
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_NOTE, "ssssss", id, "person", person->id, g->staff[person->referent].id, NULL,
                         pick_str (g, psl_demo_person_notes)))
        return FALSE;
    }

  return psl_demo_gen_placements (g, person, steps, n_steps);
}

gboolean
psl_demo_gen_people (Gen   *g,
                     guint  n_placements)
{
  plan_people (g);
  if (!psl_demo_share_placements (g, n_placements))
    return FALSE;

  for (guint p = 0; p < g->n_people; p++)
    {
      if (!gen_person (g, p))
        return FALSE;
      if ((p & 63) == 0)
        psl_demo_progress_to (g, (double) p / g->n_people);
    }

  return TRUE;
}
