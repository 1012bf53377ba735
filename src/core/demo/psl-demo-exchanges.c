/* psl-demo-exchanges.c — events, exchanges, partnerships and evaluations
 *
 * The life of the employer network once it exists: events and who came,
 * the journal of exchanges (calls, e-mails, visits, by season), the
 * partnerships with their reviews, firms' evaluations and notes.  Apart
 * because it is most of the large file's rows: two million exchanges.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "psl-demo-private.h"

static const Choice firm_kinds_of_exchange[] = {
  { "appel", 40 }, { "courriel", 26 }, { "visite", 16 }, { "rencontre", 6 }, { "courrier", 4 },
};

static const Choice partner_kinds_of_exchange[] = {
  { "appel", 40 }, { "courriel", 40 }, { "rencontre", 15 }, { "visite", 5 },
};

static gboolean
gen_event_participants (Gen   *g,
                        Event *e)
{
  const PslDemoEvent *kind = &psl_demo_events[e->which];
  gboolean past = e->held < 0;
  guint chosen[12], n = 4 + pick (g, 8);
  char purpose[160];
  Id id;

  g_snprintf (purpose, sizeof purpose, "Participation : %s", kind->title);
  for (guint i = 0; i < n; i++)
    {
      guint c = pick (g, g->n_companies);
      const char *outcome;
      char at[24];
      gboolean seen = FALSE;

      /* a firm comes once, and only once it knows the structure */
      for (guint j = 0; j < i; j++)
        seen |= chosen[j] == c;
      chosen[i] = c;
      if (seen || g->companies[c].start > e->held)
        continue;
      outcome = past ? pick_str (g, psl_demo_event_firm_outcomes) : NULL;

      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, g->companies[c].id, NULL, NULL, outcome))
        return FALSE;

      /* A firm met at an event is an exchange of the journal. */
      if (!past || g->interactions_done >= g->n_interactions)
        continue;
      g_snprintf (at, sizeof at, "%sT09:00", psl_demo_on (g, e->held));
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_INTERACTION, "sssssss" "s" "I" "sss" "oo", id, g->companies[c].id, NULL,
                         psl_demo_contact_id (g, g->companies[c].boss), g->staff[g->companies[c].referent].id, e->id,
                         "evenement", at, 120, purpose, outcome, NULL, NO_DAY, NO_DAY))
        return FALSE;
      g->interactions_done++;
    }

  for (guint i = 0; i < 6 + pick (g, 10) && g->n_people > 0; i++)
    {
      /* people who were accompanied on that day */
      const Person *person = &g->people[pick (g, g->n_people)];

      if (person->entered > e->held || (person->end < 0 && person->end < e->held))
        continue;
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, NULL, NULL, person->id,
                         past ? pick_str (g, psl_demo_event_person_outcomes) : NULL))
        return FALSE;
    }

  for (guint i = 0; i < 1 + pick (g, 2); i++)
    {
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, NULL, g->partners[pick (g, MIN (g->n_partners, 12))].id,
                         NULL, NULL))
        return FALSE;
    }

  return TRUE;
}

gboolean
psl_demo_gen_events (Gen *g)
{
  guint n_kinds = psl_demo_count (psl_demo_events, sizeof (PslDemoEvent));
  guint n_past = g->n_events - 3;

  for (guint e = 0; e < g->n_events; e++)
    {
      Event *event = &g->events[e];
      const PslDemoEvent *kind;
      guint organiser = g->relations->len > 0 ? g_array_index (g->relations, guint, pick (g, g->relations->len)) : 0;

      /* about one a month over two years, and three to come */
      event->which = e % n_kinds;
      event->held = e < n_past ? psl_demo_workday_before (g, -(int) (730 * (e + 1) / n_past) + (int) pick (g, 20))
                               : psl_demo_workday_after (g, between (g, 4, 45));
      kind = &psl_demo_events[event->which];
      psl_demo_make_id (g, event->id);
      if (!psl_demo_put (g, INSERT_EVENT, "sssosss", event->id, kind->kind, kind->title, event->held, kind->place,
                         g->staff[organiser].id,
                         event->held < 0 ? "Bonne participation ; plusieurs entretiens programmés." : NULL) ||
          !gen_event_participants (g, event))
        return FALSE;
    }

  return TRUE;
}

/* The staff member who had the exchange: mostly the firm's referent; in
 * older days, now and then the counsellor who has left since. */
static guint
exchange_staff (Gen   *g,
                guint  referent,
                int    day)
{
  if (g->departed >= 0 && day < g->staff[g->departed].left_on && chance (g, 0.15))
    return (guint) g->departed;
  if (chance (g, 0.75))
    return referent;
  for (;;)
    {
      guint s = pick (g, g->n_staff);
      if (g->staff[s].left_on == NO_DAY || day < g->staff[s].left_on)
        return s;
    }
}

/* How busy a day of the year is: August and the Christmas fortnight are
 * quiet, the rest of the year about even. */
static double
season (Gen *g,
        int  offset)
{
  const char *date = psl_demo_on (g, offset);
  int month = atoi (date + 5), day = atoi (date + 8);

  if (month == 8)
    return 0.3;
  if ((month == 12 && day >= 22) || (month == 1 && day <= 2))
    return 0.2;
  if (month == 7)
    return 0.75;
  return 1.0;
}

/* A working day in [lo, hi] drawn as the seasons have it: the troughs
 * take fewer draws (a few tries, then whatever came). */
static int
seasonal_day (Gen *g,
              int  lo,
              int  hi)
{
  int day = psl_demo_workday_between (g, lo, hi);

  for (guint tries = 0; tries < 6 && !chance (g, season (g, day)); tries++)
    day = psl_demo_workday_between (g, lo, hi);
  return day;
}

/* The firm an exchange is with: the higher a firm stands on the ladder
 * and the longer it has been in relation, the more often it is called
 * (levels, evaluations and contacts go together, as in life). */
static guint
exchange_company (Gen *g)
{
  static const double by_level[] = { 1.0, 1.6, 2.6, 4.0, 6.0, 8.0 };

  for (guint tries = 0; tries < 64; tries++)
    {
      guint c = pick (g, g->n_companies);
      const Company *company = &g->companies[c];
      double years = MIN (3.0, (-company->start + 60) / 365.0) / 3.0;

      if (chance (g, by_level[company->level] / by_level[G_N_ELEMENTS (by_level) - 1] * years))
        return c;
    }
  return pick (g, g->n_companies);
}

static gboolean
gen_interaction (Gen *g)
{
  gboolean with_partner = g->n_partners > 0 && chance (g, 0.1);
  guint c = with_partner ? 0 : exchange_company (g);
  guint partner = chance (g, 0.6) ? pick (g, MIN (g->n_partners, 8)) : pick (g, g->n_partners);
  const Company *company;
  const PslDemoExchange *exchange;
  const char *kind;
  int day, duration = -1, due = NO_DAY, done = NO_DAY;
  guint staff;
  char at[24];
  Id id;

  /* One big historical partner gathers a long history (1,000 exchanges
   * in the large file): the firm page must stay quick on it. */
  if (chance (g, 0.0005))
    c = 0;
  company = &g->companies[c];

  if (with_partner)
    {
      exchange = &psl_demo_partner_exchanges[pick (g, psl_demo_count (psl_demo_partner_exchanges, sizeof *exchange))];
      kind = CHOOSE (g, partner_kinds_of_exchange);
      /* partners are worked with over the three years people are followed */
      day = seasonal_day (g, -1095, 0);
      staff = exchange_staff (g, psl_demo_active_cip (g, 0), day);
    }
  else
    {
      exchange = &psl_demo_firm_exchanges[pick (g, psl_demo_count (psl_demo_firm_exchanges, sizeof *exchange))];
      kind = CHOOSE (g, firm_kinds_of_exchange);
      /* The whole relationship, from its first day: a firm in relation
       * for years has years of history.  Dormant firms have not been
       * seen for months. */
      day = seasonal_day (g, company->start, company->dormant ? -180 : 0);
      staff = exchange_staff (g, company->referent, day);
    }

  if (strcmp (kind, "visite") == 0)
    duration = between (g, 45, 60);
  else if (strcmp (kind, "appel") == 0)
    duration = between (g, 5, 25);
  else if (strcmp (kind, "rencontre") == 0)
    duration = 30 + 15 * (int) pick (g, 5);

  /* About one exchange in seven sets a reminder; the old ones were
   * dealt with, the last weeks' are due, overdue or to come. */
  if (exchange->next_step != NULL && chance (g, 0.15))
    {
      due = min_int (psl_demo_workday_after (g, day + between (g, 2, 30)), FUTURE_DAYS);
      if (due < 0 && chance (g, due < -30 ? 0.97 : 0.7))
        done = clamp_int (due + between (g, -2, 3), day, 0);
    }

  g_snprintf (at, sizeof at, "%sT%02u:%02u", psl_demo_on (g, day),
              strcmp (kind, "visite") == 0 ? 9 + pick (g, 8) : 8 + pick (g, 10), 15 * pick (g, 4));
  psl_demo_make_id (g, id);
  if (!psl_demo_put (g, INSERT_INTERACTION, "sssssss" "s" "I" "sss" "oo", id,
                     with_partner ? NULL : company->id, with_partner ? g->partners[partner].id : NULL,
                     psl_demo_contact_id (g, with_partner ? psl_demo_partner_contact (g, partner) : psl_demo_company_contact (g, c)),
                     g->staff[staff].id, NULL, kind, at, duration, exchange->purpose, exchange->outcome,
                     due != NO_DAY ? exchange->next_step : NULL, due, done))
    return FALSE;

  g->interactions_done++;
  return TRUE;
}

gboolean
psl_demo_gen_interactions (Gen *g)
{
  guint first = g->interactions_done;

  while (g->interactions_done < g->n_interactions)
    {
      if (!gen_interaction (g))
        return FALSE;
      if ((g->interactions_done & 1023) == 0)
        psl_demo_progress_to (g, (double) (g->interactions_done - first) / MAX (1, g->n_interactions - first));
    }

  return TRUE;
}

static gboolean
gen_partnership (Gen        *g,
                 const char *company,
                 const char *partner,
                 const char *cooperation,
                 const char *instrument,
                 int         start,
                 guint       staff,
                 int         contact)
{
  /* reviewed every year: the last reviews are written, the next is due */
  int years = MAX (0, (-start - 30) / 365 + 1);
  int end = start < -400 && chance (g, 0.08) ? psl_demo_workday_between (g, start + 365, -1) : NO_DAY;
  int review = end == NO_DAY ? MIN (psl_demo_workday_after (g, start + 365 * years), FUTURE_DAYS) : NO_DAY;
  Id id, rid;

  psl_demo_make_id (g, id);
  if (!psl_demo_put (g, INSERT_PARTNERSHIP, "sssss" "ooo" "sss", id, company, partner, cooperation, instrument,
                     start, end, review, g->staff[staff].id, psl_demo_contact_id (g, contact), pick_str (g, psl_demo_roadmaps)))
    return FALSE;

  for (int y = MAX (1, years - 3); y < years; y++)
    {
      int day = psl_demo_workday_after (g, start + 365 * y);

      if (day >= 0 || (end != NO_DAY && day > end))
        break;
      psl_demo_make_id (g, rid);
      if (!psl_demo_put (g, INSERT_REVIEW, "ssos", rid, id, day, pick_str (g, psl_demo_review_summaries)))
        return FALSE;
    }

  return TRUE;
}

/* Annexe 4, form B: twelve criteria from 1 to 5; the twelfth is a
 * negative one, so it goes against the others. */
static gboolean
gen_evaluation (Gen   *g,
                guint  c,
                int    day)
{
  const Company *company = &g->companies[c];
  int quality = clamp_int ((int) company->level + between (g, -1, 1), 1, 5);
  char scores[160];
  gsize len = 0;
  Id id;

  scores[len++] = '{';
  for (int k = 1; k <= 12; k++)
    {
      int score = k == 12 ? 6 - quality + between (g, -1, 1) : quality + between (g, -1, 1);
      len += g_snprintf (scores + len, sizeof scores - len, "%s\"%d\":%d", k > 1 ? "," : "", k, CLAMP (score, 1, 5));
    }
  g_strlcpy (scores + len, "}", sizeof scores - len);

  psl_demo_make_id (g, id);
  return psl_demo_put (g, INSERT_EVALUATION, "ssss" "o" "s" "i" "s", id, company->id, psl_demo_contact_id (g, company->boss),
                       g->staff[company->referent].id, day, scores, quality, pick_str (g, psl_demo_evaluation_comments));
}

gboolean
psl_demo_gen_network (Gen *g)
{
  static const Choice firm_cooperations[] = {
    { "immersion", 30 }, { "decouverte", 20 }, { "intermediation", 15 }, { "tutorat", 15 },
    { "certification", 5 }, { "clauses_sociales", 5 }, { "mecenat", 5 }, { "achats_responsables", 5 },
  };
  static const char *const instruments[][2] = {
    { "aucun", "charte" }, { "convention", "charte" }, { "accord_pluriannuel", "convention" },
  };
  Id id;

  for (guint c = 0; c < g->n_companies; c++)
    {
      const Company *company = &g->companies[c];
      /* the day the firm became a partner on the ladder */
      int partner_day = company->start + (int) ((gint64) MAX (0, -company->start - 5) * 3 / (company->level + 1));

      if (company->level >= 3)
        for (guint k = 0; k < 1 + (company->level >= 4); k++)
          if (!gen_partnership (g, company->id, NULL, CHOOSE (g, firm_cooperations),
                                instruments[company->level - 3][pick (g, 2)], min_int (psl_demo_workday_after (g, partner_day), -1),
                                company->referent, company->boss))
            return FALSE;

      /* Partners are evaluated with their tutors every year or so; firms
       * lower on the ladder now and then. */
      if (company->start < -60 &&
          chance (g, company->level >= 3 ? 1.0 : company->level == 2 ? 0.5 : company->level == 1 ? 0.1 : 0.0))
        {
          int day = psl_demo_workday_between (g, MAX (company->start + 30, -700), -1);

          if (!gen_evaluation (g, c, day) ||
              (day < -400 && (company->level >= 3 || chance (g, 0.5)) && !gen_evaluation (g, c, day + 365)))
            return FALSE;
        }

      if (chance (g, 0.08))
        {
          psl_demo_make_id (g, id);
          if (!psl_demo_put (g, INSERT_NOTE, "ssssss", id, "company", company->id, g->staff[company->referent].id,
                             chance (g, 0.5) ? "À savoir" : NULL, pick_str (g, psl_demo_company_notes)))
            return FALSE;
        }

      if ((c & 255) == 0)
        psl_demo_progress_to (g, (double) c / g->n_companies);
    }

  for (guint i = 0; i < g->n_partners; i++)
    {
      const Partner *partner = &g->partners[i];

      if (chance (g, 0.6) &&
          !gen_partnership (g, NULL, partner->id, partner->cooperation,
                            chance (g, 0.5) ? "convention" : chance (g, 0.6) ? "charte" : "aucun",
                            psl_demo_workday_before (g, -between (g, 200, 2500)), 0, psl_demo_partner_contact (g, i)))
        return FALSE;

      if (chance (g, 0.3))
        {
          psl_demo_make_id (g, id);
          if (!psl_demo_put (g, INSERT_NOTE, "ssssss", id, "partner", partner->id, g->staff[0].id, NULL,
                             pick_str (g, psl_demo_partner_notes)))
            return FALSE;
        }
    }

  return TRUE;
}
