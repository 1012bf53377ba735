/* psl-demo-firms.c — firms, their contacts and the opportunities they offer
 *
 * The employer network as the structure knows it: firms by kind and
 * commune, their trades, contacts, level of partnership and its history,
 * the engagement survey, and the opportunities (immersions and jobs)
 * they offer, some with a competence profile.  Apart because the people's
 * pathways draw on these firms and opportunities, made once beforehand.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <string.h>

#include "psl-demo-private.h"
#include "psl-ident.h"

static const Choice first_contact_origins[] = {
  { "prospection", 25 }, { "forum", 10 }, { "visite", 15 }, { "offre", 35 }, { "reseau", 15 },
};

static const Choice opportunity_origins[] = {
  { "relation", 50 }, { "action_negociee", 20 }, { "accord_local", 10 }, { "evenement", 15 }, { "autre", 5 },
};

static const Choice contact_roles[] = {
  { "rh", 20 }, { "chef_site", 30 }, { "tuteur", 35 }, { "administratif", 15 },
};

static const Choice channels[] = {
  { "phone", 40 }, { "mobile", 25 }, { "email", 30 }, { "visit", 5 },
};

static const Choice firm_refusals[] = {
  { "profil", 45 }, { "entreprise_refuse", 25 }, { "poste_pourvu", 30 },
};

/* Why a firm turned a candidate down: drawn for an opportunity and for a
 * step of a pathway alike. */
const char *
psl_demo_firm_refusal (Gen *g)
{
  return CHOOSE (g, firm_refusals);
}

static const char *const competences[] = {
  "pictogrammes", "lire_ecrire_compter", "gestes_techniques", "memorisation", "outils_numeriques",
  "travail_seul", "travail_equipe", "transmettre_information", "imprevu", "horaires",
  "temps_production", "precision", "consignes", "resistance_physique", "resistance_morale",
  "relation_clientele", "qualite_prestation", "image_soi", "disponibilite", "mobilite",
};

guint
psl_demo_pick_kind (Gen *g)
{
  guint r = pick (g, g->kind_weights[g->n_kinds]);
  guint k = 0;

  while (r >= g->kind_weights[k + 1])
    k++;
  return k;
}

static const char *
size_band (const PslDemoFirmKind *kind,
           guint                  headcount)
{
  if (kind->size_band != NULL)
    return kind->size_band;
  if (headcount < 10)
    return "tpe";
  return headcount > 200 ? "grande" : "pme";
}

static guint
pick_level (Gen *g,
            int  start)
{
  static const guint weights[] = { 28, 24, 22, 14, 8, 4 };
  /* A firm climbs the ladder over time, not on its first day. */
  guint most = MIN (G_N_ELEMENTS (weights) - 1, 1 + (guint) (-start / 150));
  guint total = 0, r, level;

  for (level = 0; level <= most; level++)
    total += weights[level];
  r = pick (g, total);
  for (level = 0; r >= weights[level]; level++)
    r -= weights[level];
  return level;
}

/* TRUE when no firm has this name in this postcode yet, and takes it;
 * names compare as the importer compares them, whatever their case. */
static gboolean
claim_firm_name (Gen        *g,
                 const char *name,
                 const char *postcode)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  char *key = g_strdup_printf ("%s|%s", folded, postcode);

  if (g_hash_table_contains (g->firm_names, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (g->firm_names, key);
  return TRUE;
}

/* The firm as a head office or, now and then, an establishment of an
 * earlier one: same SIREN, its own NIC. */
static void
plan_company (Gen   *g,
              guint  c)
{
  Company *company = &g->companies[c];
  const PslDemoFirmKind *kind;
  const PslDemoCommune *place;
  Name family;

  company->parent = -1;
  if (c >= 20 && chance (g, 0.02))
    {
      guint p = pick (g, c);
      if (g->companies[p].parent < 0 && psl_demo_firm_kinds[g->companies[p].kind].headcount_max >= 15 &&
          g->companies[p].branches < 9)
        company->parent = (int) p;
    }

  if (company->parent >= 0)
    {
      Company *parent = &g->companies[company->parent];
      char of[64];

      company->kind = parent->kind;
      company->siren = parent->siren;
      company->nic = 10 * (2 + parent->branches++) + pick (g, 10);
      /* one establishment of a firm in each commune */
      for (guint tries = 0; ; tries++)
        {
          company->commune = (parent->commune + 1 + pick (g, g->n_communes - 1)) % g->n_communes;
          psl_demo_of_place (psl_demo_communes[company->commune].name, of, sizeof of);
          g_snprintf (company->name, sizeof company->name, "%s, établissement %s", parent->name, of);
          if (tries >= 24 || claim_firm_name (g, company->name, psl_demo_communes[company->commune].postcode))
            break;
        }
      g_strlcpy (company->domain, parent->domain, sizeof company->domain);
    }
  else
    {
      g_autofree char *domain = NULL;

      company->siren = 40000000 + c * 389 + pick (g, 389);
      company->nic = 1 + pick (g, 3);
      /* Two firms of the same name in the same postcode would be one
       * firm to the importer: the name is drawn again, and in the large
       * file, where the territory runs out of names, a locality tells
       * them apart. */
      for (guint tries = 0; ; tries++)
        {
          company->kind = psl_demo_pick_kind (g);
          company->commune = chance (g, 0.4) ? 0 : chance (g, 0.15) ? 1 : pick (g, g->n_communes);
          kind = &psl_demo_firm_kinds[company->kind];
          place = &psl_demo_communes[company->commune];
          psl_demo_make_name (g, FALSE, &family);
          psl_demo_expand_name (g, kind->patterns[kind->patterns[1] != NULL && chance (g, 0.4)], family.last, place,
                                company->name, sizeof company->name);
          if (tries >= 12)
            {
              char where[128];

              g_snprintf (where, sizeof where, " (%s)", pick_str (g, psl_demo_localities));
              g_strlcat (company->name, where, sizeof company->name);
            }
          if (tries >= 24 || claim_firm_name (g, company->name, place->postcode))
            break;
        }
      domain = psl_demo_domain_of (company->name);
      g_strlcpy (company->domain, domain, sizeof company->domain);
    }

  kind = &psl_demo_firm_kinds[company->kind];
  /* Most firms of a kind are small ones. */
  company->headcount = kind->headcount_min +
    (guint) ((kind->headcount_max - kind->headcount_min) * g_rand_double (g->rand) * g_rand_double (g->rand));
  /* A few firms joined the network these last weeks; the first one is
   * the oldest and busiest partner (the benchmarks open it). */
  company->start = c == 0 ? -3200 : chance (g, 0.04) ? -between (g, 1, 20) : -between (g, 30, 3650);
  company->start = psl_demo_workday_before (g, company->start);
  company->dormant = c > 0 && company->start < -400 && chance (g, 0.14);
  company->level = c == 0 ? 5 : pick_level (g, company->start);
}

static guint
company_referent (Gen   *g,
                  guint  commune)
{
  guint antenna = psl_demo_communes[commune].antenna;

  if (g->relations->len > 0 && chance (g, 0.75))
    {
      for (guint tries = 0; tries < 4; tries++)
        {
          guint s = g_array_index (g->relations, guint, pick (g, g->relations->len));
          if (g->staff[s].antenna == antenna || tries == 3)
            return s;
        }
    }
  return psl_demo_active_cip (g, antenna);
}

static gboolean
gen_company_contacts (Gen     *g,
                      guint    c,
                      guint    n,
                      guint   *next,
                      const char *phone)
{
  Company *company = &g->companies[c];
  const PslDemoFirmKind *kind = &psl_demo_firm_kinds[company->kind];

  company->first_contact = *next;
  company->n_contacts = n;
  company->boss = company->tutor = -1;

  for (guint i = 0; i < n; i++, (*next)++)
    {
      /* The first contact runs the firm; the others are in the field. */
      const char *role = i == 0 ? "direction" : CHOOSE (g, contact_roles);
      const char *title = kind->trades[0].label;
      gboolean tutor = strcmp (role, "tuteur") == 0 || (strcmp (role, "chef_site") == 0 && chance (g, 0.5));
      gboolean active = i == 0 || chance (g, 0.92);
      Name name;
      char cell[16], mail[128];

      psl_demo_make_name (g, chance (g, 0.5), &name);
      if (strcmp (role, "tuteur") != 0)
        title = psl_demo_job_title (g, role, kind->sector, name.female);
      psl_demo_mobile (g, cell);
      g_snprintf (mail, sizeof mail, "%s.%s@%s.example", name.first_slug, name.last_slug, company->domain);
      psl_demo_make_id (g, g->contacts[*next]);
      if (!psl_demo_put (g, INSERT_CONTACT, "ssssssssssssii", g->contacts[*next], company->id, NULL,
                         name.female ? "Mme" : "M.", name.first, name.last, role, title, phone,
                         chance (g, 0.7) ? cell : NULL, mail, CHOOSE (g, channels), tutor, active))
        return FALSE;

      if (i == 0)
        company->boss = (int) *next;
      if (tutor && active && company->tutor < 0)
        company->tutor = (int) *next;
    }

  if (company->tutor < 0)
    company->tutor = company->boss;
  return TRUE;
}

/* The partnership ladder climbed step by step since the first contact. */
static gboolean
gen_level_history (Gen   *g,
                   guint  c)
{
  Company *company = &g->companies[c];
  int span = MAX (0, -company->start - 5);
  Id id;

  for (guint step = 0; step <= company->level; step++)
    {
      int day = company->start + (int) ((gint64) span * step / (company->level + 1));

      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_LEVEL, "sssss" "o" "s", id, company->id, psl_demo_level_steps[step].level,
                         psl_demo_level_steps[step].level, g->staff[company->referent].id,
                         min_int (0, psl_demo_workday_after (g, day)), psl_demo_level_steps[step].reason))
        return FALSE;
    }

  return TRUE;
}

/* Annexe 5: the engagement survey, answered by some firms. */
static gboolean
gen_survey (Gen   *g,
            guint  c)
{
  Company *company = &g->companies[c];
  const PslDemoFirmKind *kind = &psl_demo_firm_kinds[company->kind];
  gboolean keen = company->level >= 2;
  char answers[768];
  Id id;

#define YES(p) (chance (g, (p)) ? "yes" : "no")
  g_snprintf (answers, sizeof answers,
              "{\"contact_person\":\"%s\",\"recruits\":\"%s\",\"recruits_posts\":\"%s\","
              "\"alternance\":\"%s\",\"mixed_hiring\":\"%s\",\"knows_aids\":\"%s\","
              "\"short_stages\":\"%s\",\"mixed_stages\":\"%s\",\"stage_period\":\"%s\","
              "\"visits\":\"%s\",\"talks\":\"%s\"}",
              "Direction", YES (0.5), kind->trades[0].label, YES (keen ? 0.4 : 0.15), YES (0.6), YES (0.5),
              YES (keen ? 0.8 : 0.4), YES (0.5), kind->seasonality != NULL ? "Hors saison" : "Toute l’année",
              YES (keen ? 0.6 : 0.2), YES (keen ? 0.4 : 0.1));
#undef YES

  psl_demo_make_id (g, id);
  return psl_demo_put (g, INSERT_SURVEY, "ssssso" "s", id, g->survey, "company", company->id, "Direction",
                       psl_demo_workday_between (g, MAX (company->start, -700), -1), answers);
}

gboolean
psl_demo_gen_companies (Gen   *g,
                        guint  n_contacts)
{
  guint next = g->partners[g->n_partners - 1].first_contact + g->partners[g->n_partners - 1].n_contacts;
  guint budget = n_contacts - next;
  guint64 total_weight = 0, weight_so_far = 0;
  guint *kind_fill;

  /* Firms first, then their contacts shared by size: a big firm has
   * more interlocutors than a farm. */
  for (guint c = 0; c < g->n_companies; c++)
    {
      plan_company (g, c);
      total_weight += 4 + MIN (g->companies[c].headcount, 60) / 10;
    }

  for (guint c = 0; c < g->n_companies; c++)
    {
      Company *company = &g->companies[c];
      const PslDemoFirmKind *kind = &psl_demo_firm_kinds[company->kind];
      const PslDemoCommune *place = &psl_demo_communes[company->commune];
      char siret[16], street[96], phone[16], mail[96], web[96];
      guint n_here;

      /* Eight digits and the Luhn key make the SIREN; then the NIC and
       * the key of the whole SIRET. */
      g_snprintf (siret, sizeof siret, "%08u", company->siren);
      siret[8] = psl_ident_luhn_digit (siret);
      g_snprintf (siret + 9, sizeof siret - 9, "%04u", company->nic);
      siret[13] = psl_ident_luhn_digit (siret);
      siret[14] = '\0';

      psl_demo_address (g, place, TRUE, street, sizeof street);
      psl_demo_landline (g, phone);
      g_snprintf (mail, sizeof mail, "contact@%s.example", company->domain);
      g_snprintf (web, sizeof web, "https://www.%s.example", company->domain);
      company->referent = company_referent (g, company->commune);
      psl_demo_make_id (g, company->id);

      if (!psl_demo_put (g, INSERT_COMPANY, "ssssssss" "i" "sss" "dd" "ssssssss" "ii" "o" "sss",
                         company->id, company->parent >= 0 ? g->companies[company->parent].id : NULL, company->name,
                         siret, "siret", kind->naf, kind->sector, size_band (kind, company->headcount),
                         company->headcount, street, place->postcode, place->name,
                         place->latitude + (g_rand_double (g->rand) - 0.5) * 0.01,
                         place->longitude + (g_rand_double (g->rand) - 0.5) * 0.014,
                         company->headcount >= 10 && chance (g, 0.6) ? web : NULL, phone, mail,
                         kind->seasonality, chance (g, 0.35) ? pick_str (g, psl_demo_hiring_needs) : NULL,
                         company->headcount >= 10 && chance (g, 0.15) ? pick_str (g, psl_demo_csr_commitments) : NULL,
                         g->staff[company->referent].id, CHOOSE (g, first_contact_origins),
                         chance (g, 0.2), chance (g, 0.5), company->start,
                         company->dormant ? "dormant" : "active",
                         company->dormant ? pick_str (g, psl_demo_dormant_reasons) : NULL,
                         psl_demo_level_steps[company->level].level))
        return FALSE;

      for (guint t = 0; t < G_N_ELEMENTS (kind->trades) && kind->trades[t].label != NULL; t++)
        {
          Id id;

          psl_demo_make_id (g, id);
          if (!psl_demo_put (g, INSERT_TRADE, "ssssi", id, company->id, kind->trades[t].rome, kind->trades[t].label,
                             chance (g, t == 0 ? 0.4 : 0.15)))
            return FALSE;
        }

      weight_so_far += 4 + MIN (company->headcount, 60) / 10;
      n_here = (guint) (weight_so_far * budget / total_weight) - (next - (n_contacts - budget));
      if (!gen_level_history (g, c) ||
          !gen_company_contacts (g, c, n_here, &next, phone) ||
          (g->survey[0] != '\0' && chance (g, company->level >= 2 ? 0.25 : 0.05) && !gen_survey (g, c)))
        return FALSE;

      if ((c & 63) == 0)
        psl_demo_progress_to (g, (double) c / g->n_companies);
    }

  /* Firms by kind, to find one that hires for a person's project. */
  kind_fill = g_new0 (guint, g->n_kinds + 1);
  for (guint c = 0; c < g->n_companies; c++)
    g->kind_first[g->companies[c].kind + 1]++;
  for (guint k = 0; k < g->n_kinds; k++)
    g->kind_first[k + 1] += g->kind_first[k];
  for (guint c = 0; c < g->n_companies; c++)
    {
      guint k = g->companies[c].kind;
      g->companies_by_kind[g->kind_first[k] + kind_fill[k]++] = c;
    }
  g_free (kind_fill);

  return TRUE;
}

gboolean
psl_demo_gen_competences (Gen        *g,
                          const char *person,
                          const char *opportunity,
                          int         day,
                          guint       staff,
                          const char *context,
                          int         base)
{
  Id evaluation, id;

  psl_demo_make_id (g, evaluation);
  if (!psl_demo_put (g, INSERT_COMPETENCE, "sssoss", evaluation, person, opportunity, day, g->staff[staff].id, context))
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (competences); k++)
    {
      /* A job profile names only what the job asks for. */
      if (opportunity != NULL && chance (g, 0.45))
        continue;
      psl_demo_make_id (g, id);
      if (!psl_demo_put (g, INSERT_RATING, "sssi", id, evaluation, competences[k], clamp_int (base - 1 + (int) pick (g, 3), 0, 4)))
        return FALSE;
    }

  return TRUE;
}

gboolean
psl_demo_gen_opportunities (Gen *g)
{
  static const char *const subtypes[5][3] = {
    { NULL }, { "visite", "rencontre_pro", "info" }, { "pmsmp", "pmsmp", "stage" },
    { "apprentissage", "professionnalisation", "apprentissage" }, { "cdd", "cdi", "interim" },
  };
  static const char *const title_patterns[5][3] = {
    { NULL },
    { "Visite de l’entreprise : %s", "Rencontre avec un professionnel : %s", "Réunion d’information : %s" },
    { "Immersion : %s", "Immersion : %s", "Stage : %s" },
    { "Apprentissage : %s", "Contrat de professionnalisation : %s", "Apprentissage : %s" },
    { "%s (CDD)", "%s (CDI)", "%s (intérim)" },
  };
  guint *fill = g_new0 (guint, g->n_kinds + 1);

  for (guint o = 0; o < g->n_opportunities; o++)
    {
      Opportunity *opp = &g->opportunities[o];
      guint c = pick (g, g->n_companies);
      Company *company;
      const PslDemoFirmKind *kind;
      guint r = pick (g, 100), variant = pick (g, 3), n_trades = 0;
      const char *status, *subtype, *refusal = NULL;
      const ContractKind *contract;
      int end;
      char title[160];

      /* Dormant firms open less. */
      if (g->companies[c].dormant && chance (g, 0.7))
        c = pick (g, g->n_companies);
      company = &g->companies[c];
      kind = &psl_demo_firm_kinds[company->kind];
      while (n_trades < G_N_ELEMENTS (kind->trades) && kind->trades[n_trades].label != NULL)
        n_trades++;

      opp->company = c;
      opp->trade = pick (g, n_trades);
      opp->phase = r < 18 ? 1 : r < 55 ? 2 : r < 66 ? 3 : 4;
      subtype = subtypes[opp->phase][variant];
      opp->proposed = psl_demo_workday_between (g, MAX (company->start, -730), 0);
      opp->start = psl_demo_workday_after (g, opp->proposed + between (g, 7, 40));
      opp->contract_type = opp->phase >= 3 ? subtype : opp->phase == 2 && variant < 2 ? "pmsmp" : NULL;
      contract = psl_demo_contract_kind (opp->contract_type);
      end = opp->phase == 1 ? opp->start
          : opp->phase == 2 ? opp->start + between (g, 4, 20)
          : contract->max_days == 0 ? NO_DAY : opp->start + between (g, contract->min_days, contract->max_days);
      if (end != NO_DAY && end > FUTURE_DAYS)
        end = FUTURE_DAYS;

      if (opp->proposed > -60)
        status = chance (g, 0.8) ? "open" : "filled";
      else
        {
          guint s = pick (g, 100);
          status = s < 65 ? "filled" : s < 80 ? "cancelled" : s < 90 ? "refused" : "open";
        }
      if (strcmp (status, "refused") == 0)
        refusal = psl_demo_firm_refusal (g);
      opp->status = status;

      g_snprintf (title, sizeof title, title_patterns[opp->phase][variant], kind->trades[opp->trade].label);
      psl_demo_make_id (g, opp->id);
      if (!psl_demo_put (g, INSERT_OPPORTUNITY, "ssisssso" "ooisDssss", opp->id, company->id, (int) opp->phase, subtype,
                         title, kind->trades[opp->trade].label, kind->trades[opp->trade].rome, opp->proposed,
                         opp->start, end, opp->phase == 1 ? between (g, 4, 12) : 1 + (int) (pick (g, 10) / 8),
                         opp->contract_type, opp->phase >= 2 ? contract->hours[pick (g, 3)] : -1.0,
                         status, refusal, CHOOSE (g, opportunity_origins), g->staff[company->referent].id))
        return FALSE;

      /* What some jobs require, on the same grid as the people. */
      if (opp->phase >= 2 && chance (g, 0.1) &&
          !psl_demo_gen_competences (g, NULL, opp->id, opp->proposed, company->referent, "Profil du poste", 2 + (int) pick (g, 2)))
        return FALSE;

      if ((o & 255) == 0)
        psl_demo_progress_to (g, (double) o / g->n_opportunities);
    }

  /* Opportunities by kind of firm, to match a person's project. */
  for (guint o = 0; o < g->n_opportunities; o++)
    g->opportunity_first[g->companies[g->opportunities[o].company].kind + 1]++;
  for (guint k = 0; k < g->n_kinds; k++)
    g->opportunity_first[k + 1] += g->opportunity_first[k];
  for (guint o = 0; o < g->n_opportunities; o++)
    {
      guint k = g->companies[g->opportunities[o].company].kind;
      g->opportunities_by_kind[g->opportunity_first[k] + fill[k]++] = o;
    }
  g_free (fill);

  return TRUE;
}
