/* psl-demo-pathways.c — the plan of each person’s pathway
 *
 * Before a person is written, their pathway is planned: which
 * opportunities they are put forward for, immersions then contracts,
 * when each starts, whether it ends early and why, and what the person
 * became.  Apart because the plan is arithmetic on days and draws, with
 * no row written, and people and placements both read it.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <string.h>

#include "psl-demo-private.h"

static const Choice situations[] = {
  { "jeune_sans_emploi", 45 }, { "demandeur_emploi", 38 }, { "formation", 7 }, { "autre", 10 },
};

static const Choice exit_without_work[] = {
  { "formation_qualifiante", 22 }, { "sortie_positive", 10 }, { "poursuite_parcours", 13 },
  { "demandeur_emploi", 30 }, { "autre", 25 },
};

static const Choice person_refusals[] = {
  { "personne_refuse", 40 }, { "mobilite", 30 }, { "horaires", 25 }, { "autre", 5 },
};

static const ContractKind contract_kinds[] = {
  { "cdd", 30, 30, 270, { 35, 28, 24 } },
  { "cdi", 12, 0, 0, { 35, 35, 28 } },
  { "interim", 15, 5, 60, { 35, 35, 39 } },
  { "cddi", 12, 120, 720, { 26, 26, 24 } },
  { "pec", 6, 180, 365, { 20, 26, 26 } },
  { "apprentissage", 8, 365, 730, { 35, 35, 35 } },
  { "professionnalisation", 5, 180, 365, { 35, 35, 35 } },
  { "mission_insertion", 5, 5, 30, { 35, 24, 20 } },
  /* an immersion (PMSMP) is no contract: never drawn, named only */
  { "pmsmp", 0, 4, 20, { 35, 35, 24 } },
};

/* Ruptures, and who ends the contract for each cause. */
static const struct
{
  const char *cause;
  guint       weight;
  const char *by;
} ruptures[] = {
  { "fin_periode_essai_employeur", 20, "employer" }, { "comportement", 12, "employer" },
  { "integration_equipe", 8, "person" }, { "sante_handicap", 8, "person" },
  { "trop_apprendre", 6, "employer" }, { "lenteur", 6, "employer" }, { "rejet_collegues", 4, "person" },
  { "abandon_formation", 6, "person" }, { "demission", 20, "person" },
  { "fin_non_preparee", 3, "structure" }, { "autre", 5, "person" },
};

const ContractKind *
psl_demo_contract_kind (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (contract_kinds); i++)
    if (g_strcmp0 (contract_kinds[i].code, code) == 0)
      return &contract_kinds[i];
  return &contract_kinds[0];
}

static int
trial_days (const ContractKind *contract,
            int                 length)
{
  const char *code = contract->code;

  if (strcmp (code, "cdi") == 0)
    return 60;
  if (strcmp (code, "apprentissage") == 0)
    return 45;
  if (strcmp (code, "interim") == 0 || strcmp (code, "mission_insertion") == 0)
    return length <= 30 ? 2 : 3;
  /* a CDD: one day a week, two weeks at most, a month beyond six months */
  return length > 180 ? 30 : CLAMP (length / 7, 1, 14);
}

static const ContractKind *
pick_contract (Gen *g)
{
  guint total = 0, r, i;

  for (i = 0; i < G_N_ELEMENTS (contract_kinds); i++)
    total += contract_kinds[i].weight;
  r = pick (g, total);
  for (i = 0; r >= contract_kinds[i].weight; i++)
    r -= contract_kinds[i].weight;
  return &contract_kinds[i];
}

/* An opportunity the person could have been put forward for on that day:
 * of the project's kind of firm if one fits, else any. */
static int
find_opportunity (Gen   *g,
                  guint  project,
                  int    day)
{
  guint first = g->opportunity_first[project], n = g->opportunity_first[project + 1] - first;

  for (guint tries = 0; tries < 12 && g->n_opportunities > 0; tries++)
    {
      guint o = tries < 6 && n > 0 ? g->opportunities_by_kind[first + pick (g, n)] : pick (g, g->n_opportunities);
      const Opportunity *opp = &g->opportunities[o];

      if (opp->phase >= 2 && opp->proposed <= day && day <= opp->proposed + 150)
        return (int) o;
    }
  return -1;
}

static void
end_early (Gen  *g,
           Step *s,
           int   last_day)
{
  int length = MAX (1, last_day - s->start);
  guint r;

  s->end = s->start + 1 + (int) pick (g, (guint) length);
  s->end = MIN (s->end, last_day);
  do
    {
      guint total = 0;
      for (guint i = 0; i < G_N_ELEMENTS (ruptures); i++)
        total += ruptures[i].weight;
      r = pick (g, total);
      for (guint i = 0; i < G_N_ELEMENTS (ruptures); i++)
        {
          if (r < ruptures[i].weight)
            {
              r = i;
              break;
            }
          r -= ruptures[i].weight;
        }
    }
  /* the employer ends a trial only within it; training is left only in alternance */
  while ((strcmp (ruptures[r].cause, "fin_periode_essai_employeur") == 0 &&
          (s->trial < 0 || s->end - s->start > s->trial)) ||
         (strcmp (ruptures[r].cause, "abandon_formation") == 0 &&
          strcmp (s->contract->code, "apprentissage") != 0 && strcmp (s->contract->code, "professionnalisation") != 0));

  s->end_reason = ruptures[r].cause;
  s->ended_by = ruptures[r].by;
}

static void
plan_start (Gen      *g,
            Step     *s,
            int       latest_start)
{
  int length;

  s->started = TRUE;
  s->start = psl_demo_workday_after (g, s->proposed + (s->immersion ? between (g, 7, 20) : between (g, 5, 30)));
  s->start = MIN (s->start, latest_start);

  if (s->immersion)
    {
      /* one to three weeks, Monday to Friday */
      length = 7 * between (g, 1, 3) - 3;
      s->immersion_type = chance (g, 0.55) ? "discovery" : "skills";
      s->contract = psl_demo_contract_kind ("pmsmp");
      s->hours = chance (g, 0.7) ? 35 : 24;
      s->trial = -1;
    }
  else
    {
      length = s->contract->max_days == 0 ? 0 : between (g, s->contract->min_days, s->contract->max_days);
      s->trial = trial_days (s->contract, length);
      s->hours = s->contract->hours[pick (g, 3)];
    }
  s->planned_end = length > 0 ? MIN (s->start + length, FUTURE_DAYS) : NO_DAY;
  s->end = NO_DAY;

  if (s->start < -3 && chance (g, s->immersion ? 0.06 : 0.2))
    end_early (g, s, MIN (-1, s->planned_end != NO_DAY ? s->planned_end - 1 : 0));  /* an early end is before the term */
  else if (s->planned_end != NO_DAY && s->planned_end < 0)
    {
      s->end = s->planned_end;
      s->end_reason = s->immersion ? NULL : "fin_contrat";
      s->ended_by = "term";
    }

  s->stage = s->end != NO_DAY ? "ended" : s->immersion ? "immersion" : "contract";
}

static void
plan_step (Gen          *g,
           guint         project,
           Step         *s,
           int           proposed,
           int           busy_until,
           gboolean      must_work,
           int           latest_start)
{
  guint r = pick (g, 100);

  memset (s, 0, sizeof *s);
  s->proposed = proposed;
  s->opportunity = find_opportunity (g, project, proposed);
  s->start = s->planned_end = s->end = NO_DAY;
  s->trial = -1;
  s->hours = -1;

  if (s->opportunity >= 0)
    {
      const Opportunity *opp = &g->opportunities[s->opportunity];

      s->company = opp->company;
      s->trade = opp->trade;
      s->immersion = opp->phase == 2;
      s->contract = opp->phase >= 3 ? psl_demo_contract_kind (opp->contract_type) : pick_contract (g);
    }
  else
    {
      guint first = g->kind_first[project], n = g->kind_first[project + 1] - first;

      s->company = n > 0 && chance (g, 0.6) ? g->companies_by_kind[first + pick (g, n)] : pick (g, g->n_companies);
      s->trade = 0;
      s->immersion = chance (g, 0.45);
      s->contract = pick_contract (g);
    }

  if (must_work)
    {
      s->immersion = FALSE;
      plan_start (g, s, latest_start);
    }
  else if (proposed < busy_until)
    {
      /* already at work: the person lets it go */
      s->stage = "withdrawn";
      s->refusal = "personne_refuse";
    }
  else if (proposed > -21)
    {
      /* the last weeks' proposals are still on their way */
      if (r < 30)
        s->stage = "proposed";
      else if (r < 55)
        s->stage = "presented";
      else if (r < 75)
        s->stage = "meeting";
      else
        plan_start (g, s, latest_start);
    }
  else if (r < 18)
    {
      s->stage = "refused";
      s->refusal = psl_demo_firm_refusal (g);
    }
  else if (r < 26)
    {
      s->stage = "withdrawn";
      s->refusal = CHOOSE (g, person_refusals);
    }
  else
    plan_start (g, s, latest_start);

  /* The opportunity must allow what happened on it, as the program
   * itself checks: a proposal still on its way needs it open, a start
   * needs it open or filled, and an immersion opportunity is never a
   * contract.  Otherwise the placement was made with the firm directly. */
  if (s->opportunity >= 0)
    {
      const Opportunity *opp = &g->opportunities[s->opportunity];
      gboolean pending = !s->started && g_strcmp0 (s->stage, "refused") != 0 && g_strcmp0 (s->stage, "withdrawn") != 0;

      if ((pending && strcmp (opp->status, "open") != 0) ||
          (s->started && strcmp (opp->status, "open") != 0 && strcmp (opp->status, "filled") != 0) ||
          (s->started && s->immersion != (opp->phase == 2)))
        s->opportunity = -1;
    }
}

/* The placements of one person, in order, none while a contract runs. */
guint
psl_demo_plan_pathway (Gen          *g,
                       const Person *person,
                       guint         project,
                       guint         n,
                       gboolean      exited,
                       Step         *steps)
{
  int lo = MIN (person->entered + 3, person->end), hi = exited ? person->end - 1 : 0;
  int days[MAX_PATHWAY];
  int busy_until = G_MININT;
  /* Most people who leave do it for a job found on the way. */
  gboolean find_work = exited && n > 0 && chance (g, 0.55);

  hi = MAX (lo, hi);
  for (guint i = 0; i < n; i++)
    {
      int d = psl_demo_workday_between (g, lo, hi), j = (int) i - 1;

      while (j >= 0 && days[j] > d)
        {
          days[j + 1] = days[j];
          j--;
        }
      days[j + 1] = d;
    }

  for (guint i = 0; i < n; i++)
    {
      Step *s = &steps[i];
      int day = i > 0 ? max_int (days[i], steps[i - 1].proposed) : days[i];

      /* After a contract or an immersion, the next proposal waits for its
       * end when the pathway leaves room for it. */
      if (day < busy_until && busy_until != OPEN_ENDED && busy_until + 3 <= hi)
        day = psl_demo_workday_between (g, busy_until + 3, min_int (busy_until + 30, hi));
      /* the job found on the way is taken once the last one is over */
      plan_step (g, project, s, day, busy_until, find_work && i == n - 1 && day >= busy_until,
                 exited ? person->end : FUTURE_DAYS - 400);
      /* nobody is put forward twice for the same opportunity */
      for (guint j = 0; j < i && s->opportunity >= 0; j++)
        if (steps[j].opportunity == s->opportunity)
          s->opportunity = -1;
      if (s->started)
        busy_until = s->end != NO_DAY ? s->end : s->planned_end != NO_DAY ? s->planned_end : OPEN_ENDED;
    }

  return n;
}

/* Emploi durable: a CDI or a contract of six months and more; any other
 * contract is an emploi de transition. */
const char *
psl_demo_exit_outcome (Gen        *g,
                       const Step *steps,
                       guint       n,
                       int         exit)
{
  for (int i = (int) n - 1; i >= 0; i--)
    {
      const Step *s = &steps[i];

      if (!s->started || s->immersion || s->start > exit + 10 || (s->end != NO_DAY && s->end < exit))
        continue;
      if (s->planned_end == NO_DAY)
        return "emploi_durable";
      if (s->planned_end - s->start >= 180 && strcmp (s->contract->code, "cddi") != 0 &&
          strcmp (s->contract->code, "pec") != 0)
        return "emploi_durable";
      return "emploi_transition";
    }
  return CHOOSE (g, exit_without_work);
}

const char *
psl_demo_current_situation (Gen        *g,
                            const Step *steps,
                            guint       n,
                            int         age)
{
  for (guint i = 0; i < n; i++)
    {
      const Step *s = &steps[i];

      if (s->started && !s->immersion && s->start <= 0 && s->end == NO_DAY)
        return strcmp (s->contract->code, "cddi") == 0 ? "cddi" : "salarie";
    }
  if (age >= 25 && chance (g, 0.3))
    return "rsa";
  return CHOOSE (g, situations);
}

/* The phase a person is ready for: discovery until a first step, then
 * confirming the project, then work-study or work once an immersion or a
 * contract has begun. */
int
psl_demo_pathway_phase (const Step *steps,
                        guint       n)
{
  int phase = n > 0 ? 2 : 1;

  for (guint i = 0; i < n; i++)
    if (steps[i].started)
      phase = MAX (phase, steps[i].immersion ? 3 : 4);
  return phase;
}

const char *
psl_demo_qualification (Gen *g,
                        int  age)
{
  static const Choice young[] = { { "infra3", 70 }, { "3", 30 } };
  static const Choice middle[] = { { "infra3", 35 }, { "3", 35 }, { "4", 25 }, { "5", 5 } };
  static const Choice older[] = { { "infra3", 25 }, { "3", 30 }, { "4", 30 }, { "5", 10 }, { "6", 5 } };

  return age < 18 ? CHOOSE (g, young) : age < 22 ? CHOOSE (g, middle) : CHOOSE (g, older);
}
