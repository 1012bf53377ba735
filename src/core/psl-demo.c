/* psl-demo.c — realistic, deterministic demo data for a rural territory
 *
 * A fictional mission locale in the Pays de Figeac (Lot) with three years
 * of history, written relative to "today" so that the demo always has
 * reminders due, follow-ups late, alerts open and contracts running.
 * Everything comes from one seeded GRand, ids included, so that the same
 * seed and the same day give the same file.
 *
 * The same code writes the large benchmark file (two million interactions)
 * in a couple of minutes: it is meant for a new file, so durability is
 * traded for speed while it runs (rollback journal in memory, no sync),
 * the secondary indexes are dropped and built again once at the end, the
 * statements are prepared once and every row is stamped here (site_id,
 * created_at, updated_at) so that the stamping triggers stay idle.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-demo.h"
#include "psl-demo-names.h"
#include "psl-demo-network.h"
#include "psl-demo-service.h"
#include "psl-clause-demo.h"
#include "psl-format.h"
#include "psl-ident.h"
#include "psl-immersion-review.h"
#include "psl-store-private.h"
#include "psl-summaries.h"

/* Dates are days from today, negative in the past, written from a table
 * made once; the oldest are the birth dates of the oldest people. */
#define PAST_DAYS   (366 * 70)
#define FUTURE_DAYS 1500
#define NO_DAY      G_MININT
#define OPEN_ENDED  G_MAXINT

#define N_ANTENNAS  3
#define MAX_PATHWAY 24      /* placements of one person, at the most */

typedef char Id[37];

/* ---- what the rows are written with ---- */

typedef enum
{
  INSERT_SITE, INSERT_STAFF, INSERT_PARTNER, INSERT_COMPANY, INSERT_TRADE, INSERT_LEVEL,
  INSERT_CONTACT, INSERT_SURVEY, INSERT_OPPORTUNITY, INSERT_PERSON, INSERT_REFERENT,
  INSERT_REFERRAL, INSERT_BARRIER, INSERT_SENSITIVE, INSERT_CONSENT, INSERT_COMPETENCE,
  INSERT_RATING, INSERT_COMMITMENT, INSERT_STEP, INSERT_PLACEMENT, INSERT_FOLLOWUP,
  INSERT_ALERT, INSERT_EVENT, INSERT_PARTICIPANT, INSERT_INTERACTION, INSERT_PARTNERSHIP,
  INSERT_REVIEW, INSERT_EVALUATION, INSERT_NOTE, INSERT_EXIT_SURVEY, N_INSERTS
} Insert;

/* Each statement is "INSERT INTO table (site_id, created_at, updated_at,
 * columns…) VALUES (?1, ?2, …)": the columns below are given to put() in
 * this order.  Where a record keeps who wrote it, author names the column
 * of the staff member who did (the referent, who recorded it), so that the
 * sheets of the demonstration say who created them; dated names the day
 * the record came in (a firm's first relationship, a person's entry), so
 * that they say when, not the day the file was made. */
static const struct
{
  const char *table;
  const char *columns;
  const char *author;
  const char *dated;
} inserts[N_INSERTS] = {
  [INSERT_SITE] = { "site", "id, structure_id, name, commune" },
  [INSERT_STAFF] = { "staff", "id, antenna_id, first_name, last_name, role, email, phone, active, left_on" },
  [INSERT_PARTNER] = { "partner", "id, name, kind, address, postcode, commune, phone, email" },
  [INSERT_COMPANY] = { "company",
                       "id, parent_id, legal_name, identifier, identifier_kind, naf_code, sector, size_band,"
                       " headcount, address, postcode, commune, latitude, longitude, website, phone, email,"
                       " seasonality, hiring_needs, csr_commitments, referent_id, first_contact_origin,"
                       " network_personal, network_professional, relationship_start, status, dormant_reason,"
                       " partnership_level", "referent_id", "relationship_start" },
  [INSERT_TRADE] = { "company_trade", "id, company_id, rome_code, label, hiring" },
  [INSERT_LEVEL] = { "partnership_level_history", "id, company_id, level, suggested, set_by, set_on, reason" },
  [INSERT_CONTACT] = { "contact",
                       "id, company_id, partner_id, civility, first_name, last_name, role, job_title, phone,"
                       " mobile, email, preferred_channel, is_tutor, active" },
  [INSERT_SURVEY] = { "questionnaire_response",
                      "id, template_id, subject_kind, subject_id, respondent, answered_on, answers" },
  [INSERT_OPPORTUNITY] = { "opportunity",
                           "id, company_id, phase, subtype, title, trade, rome_code, proposed_on, start_date,"
                           " end_date, places, contract_type, weekly_hours, status, refusal_reason, origin,"
                           " staff_id" },
  [INSERT_PERSON] = { "person",
                      "id, antenna_id, first_name, last_name, sex, birth_date, phone, email, address, postcode,"
                      " commune, referent_id, prescriber_id, accompaniment, situation, qualification, project,"
                      " strengths, languages, driving_licence, vehicle, mobility_km, available_from,"
                      " entered_on, exited_on, exit_outcome, phase, project_rome", "referent_id", "entered_on" },
  [INSERT_REFERENT] = { "person_referent", "id, person_id, staff_id, from_date, to_date" },
  [INSERT_REFERRAL] = { "referral", "id, partner_id, person_id, received_on, notes" },
  [INSERT_BARRIER] = { "barrier", "id, person_id, code, status, partner_id, identified_on, lifted_on", NULL,
                       "identified_on" },
  [INSERT_SENSITIVE] = { "person_sensitive", "id, person_id, category, detail, recorded_on, recorded_by",
                         "recorded_by", "recorded_on" },
  [INSERT_CONSENT] = { "consent",
                       "id, person_id, scope, partner_id, given_on, expires_on, withdrawn_on, recorded_by",
                       "recorded_by", "given_on" },
  [INSERT_COMPETENCE] = { "competence_evaluation",
                          "id, person_id, opportunity_id, evaluated_on, staff_id, context" },
  [INSERT_RATING] = { "competence_rating", "id, evaluation_id, item_code, level" },
  [INSERT_COMMITMENT] = { "commitment",
                          "id, person_id, signed_on, revision, objectives, review_on, review_outcome, staff_id" },
  [INSERT_STEP] = { "commitment_step", "id, commitment_id, side, label, due_on, done_on" },
  [INSERT_PLACEMENT] = { "placement",
                         "id, person_id, company_id, opportunity_id, staff_id, stage, kind, immersion_type,"
                         " objectives, contract_type, proposed_on, start_date, planned_end, end_date,"
                         " weekly_hours, trial_days, tutor_id, employer_contact_id, refusal_reason,"
                         " end_reason, ended_by, evaluation", "staff_id", "proposed_on" },
  [INSERT_FOLLOWUP] = { "followup",
                        "id, person_id, placement_id, staff_id, label, due_on, done_on, mode, tripartite,"
                        " participants, factors, responses, notes", "staff_id" },
  [INSERT_ALERT] = { "alert",
                     "id, person_id, placement_id, company_id, raised_by, risk_level, opened_on, factors,"
                     " actions, resolved_on, resolution, staff_id" },
  [INSERT_EVENT] = { "event", "id, kind, title, held_on, place, staff_id, outcomes" },
  [INSERT_PARTICIPANT] = { "event_participant", "id, event_id, company_id, partner_id, person_id, outcome" },
  [INSERT_INTERACTION] = { "interaction",
                           "id, company_id, partner_id, contact_id, staff_id, event_id, kind, occurred_at,"
                           " duration_min, purpose, outcome, next_step, next_due, next_done_on" },
  [INSERT_PARTNERSHIP] = { "partnership",
                           "id, company_id, partner_id, cooperation_type, instrument, start_date, end_date,"
                           " review_on, our_staff_id, their_contact_id, roadmap" },
  [INSERT_REVIEW] = { "partnership_review", "id, partnership_id, reviewed_on, summary" },
  [INSERT_EVALUATION] = { "evaluation",
                          "id, company_id, contact_id, staff_id, evaluated_on, scores, overall, comments" },
  [INSERT_NOTE] = { "note", "id, subject_kind, subject_id, staff_id, title, body", "staff_id" },
  [INSERT_EXIT_SURVEY] = { "exit_survey", "id, person_id, months, due_on, done_on, outcome, staff_id" },
};

/* ---- the shares of the territory's life ---- */

typedef struct
{
  const char *code;
  guint       weight;
} Choice;

static const Choice first_contact_origins[] = {
  { "prospection", 25 }, { "forum", 10 }, { "visite", 15 }, { "offre", 35 }, { "reseau", 15 },
};
static const Choice opportunity_origins[] = {
  { "relation", 50 }, { "action_negociee", 20 }, { "accord_local", 10 }, { "evenement", 15 }, { "autre", 5 },
};
static const Choice firm_kinds_of_exchange[] = {
  { "appel", 40 }, { "courriel", 26 }, { "visite", 16 }, { "rencontre", 6 }, { "courrier", 4 },
};
static const Choice partner_kinds_of_exchange[] = {
  { "appel", 40 }, { "courriel", 40 }, { "rencontre", 15 }, { "visite", 5 },
};
static const Choice contact_roles[] = {
  { "rh", 20 }, { "chef_site", 30 }, { "tuteur", 35 }, { "administratif", 15 },
};
static const Choice channels[] = {
  { "phone", 40 }, { "mobile", 25 }, { "email", 30 }, { "visit", 5 },
};
static const Choice situations[] = {
  { "jeune_sans_emploi", 45 }, { "demandeur_emploi", 38 }, { "formation", 7 }, { "autre", 10 },
};
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
static const Choice exit_without_work[] = {
  { "formation_qualifiante", 22 }, { "sortie_positive", 10 }, { "poursuite_parcours", 13 },
  { "demandeur_emploi", 30 }, { "autre", 25 },
};
static const Choice firm_refusals[] = {
  { "profil", 45 }, { "entreprise_refuse", 25 }, { "poste_pourvu", 30 },
};
static const Choice person_refusals[] = {
  { "personne_refuse", 40 }, { "mobilite", 30 }, { "horaires", 25 }, { "autre", 5 },
};

/* Barriers, with how often they are met; the last column says which
 * ones are sensitive data, recorded apart when the person agrees. */
static const struct
{
  const char *code;
  guint       weight;
  const char *sensitive;
} barriers[] = {
  { "mobilite", 30, NULL }, { "logement", 12, NULL }, { "sante", 6, "health" },
  { "garde_enfants", 8, NULL }, { "finances", 10, NULL }, { "justice", 3, "justice" },
  { "langue", 5, NULL }, { "qualification", 20, NULL }, { "confiance", 15, NULL },
  { "acces_droits", 6, NULL }, { "handicap", 3, "disability" }, { "administratif", 5, NULL },
};
#define N_BARRIERS G_N_ELEMENTS (barriers)

static const char *const competences[] = {
  "pictogrammes", "lire_ecrire_compter", "gestes_techniques", "memorisation", "outils_numeriques",
  "travail_seul", "travail_equipe", "transmettre_information", "imprevu", "horaires",
  "temps_production", "precision", "consignes", "resistance_physique", "resistance_morale",
  "relation_clientele", "qualite_prestation", "image_soi", "disponibilite", "mobilite",
};

/* Contracts, with how long they run (0: open-ended). */
typedef struct
{
  const char *code;
  guint       weight;
  int         min_days;
  int         max_days;
  double      hours[3];
} ContractKind;

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

/* ---- the generator's state ---- */

typedef enum { ROLE_DIRECTION, ROLE_RELATIONS, ROLE_CIP, ROLE_ACCUEIL } Role;
static const char *const role_codes[] = { "direction", "relations_entreprises", "cip", "accueil" };

typedef struct
{
  Id    id;
  Role  role;
  guint antenna;
  int   left_on;        /* NO_DAY while in post */
} Staff;

typedef struct
{
  Id          id;
  const char *kind;
  const char *cooperation;
  guint       first_contact;
  guint       n_contacts;
} Partner;

typedef struct
{
  Id       id;
  char     name[96];
  char     domain[48];
  guint    kind;
  guint    commune;
  guint    referent;
  guint    level;         /* index in psl_demo_level_steps */
  guint    headcount;
  int      start;         /* relationship start */
  int      parent;        /* head office, or -1 */
  guint    first_contact;
  guint    n_contacts;
  int      boss;          /* contacts, or -1 */
  int      tutor;
  guint32  siren;
  guint16  nic;
  guint8   branches;
  gboolean dormant;
} Company;

typedef struct
{
  Id          id;
  guint       company;
  guint       trade;
  guint8      phase;
  int         proposed;
  int         start;
  const char *contract_type;
  const char *status;
} Opportunity;

typedef struct
{
  Id    id;
  guint referent;
  int   entered;
  int   end;            /* the exit, or today while accompanied */
} Person;

typedef struct
{
  Id    id;
  guint which;          /* in psl_demo_events */
  int   held;
} Event;

typedef struct
{
  PslStore        *store;
  sqlite3         *db;
  GRand           *rand;
  GError          *error;
  const char      *site;
  char             stamp[32];
  Id               structure;
  Id               survey;         /* the Annexe 5 template, or "" */
  char            *dates;          /* PAST_DAYS + 1 + FUTURE_DAYS dates of 11 bytes */
  guint            first_weekday;  /* of dates[0], 1 (Monday) to 7 */
  sqlite3_stmt    *inserts[N_INSERTS];
  GPtrArray       *indexes;        /* CREATE INDEX statements to run again at the end */

  PslDemoProgress  progress;
  gpointer         user_data;
  double           phase_start;
  double           phase_share;
  double           reported;

  guint            n_communes;
  guint            n_kinds;
  guint           *kind_weights;
  char           **female_slugs;
  char           **male_slugs;
  char           **last_slugs;

  Id               antennas[N_ANTENNAS];
  Staff           *staff;
  guint            n_staff;
  int              departed;       /* a counsellor who left, or -1 */
  GArray          *cips[N_ANTENNAS];  /* active counsellors, by antenna */
  GArray          *relations;      /* employer-relations officers */

  Partner         *partners;
  guint            n_partners;
  GArray          *prescribers;
  GArray          *helpers[N_BARRIERS];

  Company         *companies;
  guint            n_companies;
  GHashTable      *firm_names;     /* "name|postcode" already taken */
  guint           *kind_first;     /* companies_by_kind[kind_first[k] .. kind_first[k + 1]] */
  guint           *companies_by_kind;

  Id              *contacts;
  guint            n_contacts;

  Opportunity     *opportunities;
  guint            n_opportunities;
  guint           *opportunity_first;
  guint           *opportunities_by_kind;

  Person          *people;
  guint            n_people;
  guint8          *pathway_length;

  Event           *events;
  guint            n_events;
  guint            n_interactions;
  guint            interactions_done;
} Gen;

/* ---- small tools ---- */

/* MIN, MAX and CLAMP evaluate their arguments twice: these take the
 * random draws once. */
static inline int
min_int (int a,
         int b)
{
  return a < b ? a : b;
}

static inline int
max_int (int a,
         int b)
{
  return a > b ? a : b;
}

static inline int
clamp_int (int v,
           int lo,
           int hi)
{
  return v < lo ? lo : v > hi ? hi : v;
}

static guint
pick (Gen   *g,
      guint  n)
{
  return n > 1 ? (guint) g_rand_int_range (g->rand, 0, (gint32) n) : 0;
}

/* from lo to hi, both included */
static int
between (Gen *g,
         int  lo,
         int  hi)
{
  return hi > lo ? g_rand_int_range (g->rand, lo, hi + 1) : lo;
}

static gboolean
chance (Gen    *g,
        double  p)
{
  return g_rand_double (g->rand) < p;
}

static const char *
pick_str (Gen               *g,
          const char *const *list)
{
  return list[pick (g, psl_demo_count (list, sizeof (char *)))];
}

static guint
choose_index (Gen          *g,
              const Choice *choices,
              guint         n)
{
  guint total = 0, r, i;

  for (i = 0; i < n; i++)
    total += choices[i].weight;
  r = pick (g, total);
  for (i = 0; r >= choices[i].weight; i++)
    r -= choices[i].weight;
  return i;
}

#define CHOOSE(g, table) ((table)[choose_index ((g), (table), G_N_ELEMENTS (table))].code)

/* A random UUID (version 4) made from the seeded generator, so that ids
 * follow the seed like everything else. */
static void
make_id (Gen *g,
         Id   out)
{
  static const char hex[] = "0123456789abcdef";
  guint32 words[4];
  guint d = 0;

  for (guint i = 0; i < 4; i++)
    words[i] = g_rand_int (g->rand);
  words[1] = (words[1] & 0xffff0fff) | 0x00004000;
  words[2] = (words[2] & 0x3fffffff) | 0x80000000;

  for (guint i = 0; i < 32; i++)
    {
      if (i == 8 || i == 12 || i == 16 || i == 20)
        out[d++] = '-';
      out[d++] = hex[(words[i / 8] >> (28 - 4 * (i % 8))) & 0xf];
    }
  out[d] = '\0';
}

static const char *
on (Gen *g,
    int  offset)
{
  g_assert (offset >= -PAST_DAYS && offset <= FUTURE_DAYS);
  return g->dates + (gsize) (offset + PAST_DAYS) * 11;
}

static guint
weekday (Gen *g,
         int  offset)
{
  return (g->first_weekday - 1 + (guint) (offset + PAST_DAYS)) % 7 + 1;
}

/* Work happens on weekdays: a Saturday or Sunday moves to the Friday
 * before (nothing moves into the future) or to the Monday after. */
static int
workday_before (Gen *g,
                int  offset)
{
  guint w = weekday (g, offset);
  return w >= G_DATE_SATURDAY ? offset - (int) (w - G_DATE_FRIDAY) : offset;
}

static int
workday_after (Gen *g,
               int  offset)
{
  guint w = weekday (g, offset);
  return w >= G_DATE_SATURDAY ? offset + (int) (8 - w) : offset;
}

/* a working day in [lo, hi], never after hi when hi is in the past */
static int
workday_between (Gen *g,
                 int  lo,
                 int  hi)
{
  int day = workday_before (g, between (g, lo, MAX (lo, hi)));
  return day < lo ? MIN (workday_after (g, lo), MAX (lo, hi)) : day;
}

static void
progress_to (Gen    *g,
             double  share_of_phase)
{
  double fraction = MIN (1.0, g->phase_start + g->phase_share * share_of_phase);

  if (g->progress != NULL && fraction - g->reported >= 0.01)
    {
      g->reported = fraction;
      g->progress (fraction, g->user_data);
    }
}

static void
begin_phase (Gen    *g,
             double  share)
{
  progress_to (g, 1.0);
  g->phase_start += g->phase_share;
  g->phase_share = share;
}

/* Runs the INSERT `which` with site_id, created_at and updated_at, then
 * the values its columns take, given by types: 's' text (NULL is NULL),
 * 'i' int, 'I' int or NULL when negative, 'd' double, 'D' double or NULL
 * when negative, 'o' a day from today (NO_DAY is NULL).  Texts are bound
 * without a copy: they live until the step is done. */
static gboolean
put (Gen        *g,
     Insert      which,
     const char *types,
     ...)
{
  sqlite3_stmt *stmt = g->inserts[which];
  va_list args;
  int n = 4;

  sqlite3_bind_text (stmt, 1, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g->stamp, -1, SQLITE_STATIC);

  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, n++)
    {
      switch (*t)
        {
        case 's':
          sqlite3_bind_text (stmt, n, va_arg (args, const char *), -1, SQLITE_STATIC);
          break;
        case 'i':
        case 'I':
          {
            int v = va_arg (args, int);
            if (*t == 'i' || v >= 0)
              sqlite3_bind_int (stmt, n, v);
          }
          break;
        case 'd':
        case 'D':
          {
            double v = va_arg (args, double);
            if (*t == 'd' || v >= 0)
              sqlite3_bind_double (stmt, n, v);
          }
          break;
        case 'o':
          {
            int v = va_arg (args, int);
            if (v != NO_DAY)
              sqlite3_bind_text (stmt, n, on (g, v), 10, SQLITE_STATIC);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (n - 1 != sqlite3_bind_parameter_count (stmt))
    g_error ("demo: %d values for %s", n - 1, sqlite3_sql (stmt));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

static gboolean
exec (Gen        *g,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (g->db, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;

  g_set_error (&g->error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL, "%s", message);
  sqlite3_free (message);
  return FALSE;
}

/* The targets the board set for the whole structure, each of the last
 * three years and this one: about what the year gave, as a board that
 * knows its territory sets them, so that they are met at 85 to 115 %
 * (this year's on the whole year's pace), and two exits in five to
 * lasting employment. */
static gboolean
gen_targets (Gen *g)
{
  static const struct { const char *indicator, *actual; } targets[] = {
    { "people_new", "SELECT count(*) FROM person WHERE substr(entered_on, 1, 4) = ?1" },
    { "firms_visited", "SELECT count(DISTINCT company_id) FROM interaction"
                       " WHERE kind = 'visite' AND substr(occurred_at, 1, 4) = ?1" },
    { "immersions", "SELECT count(*) FROM placement WHERE kind = 'immersion' AND substr(start_date, 1, 4) = ?1"
                    " AND stage NOT IN ('refused', 'withdrawn')" },
    { "contracts", "SELECT count(*) FROM placement WHERE kind = 'contract' AND substr(start_date, 1, 4) = ?1"
                   " AND stage NOT IN ('refused', 'withdrawn')" },
    { "durable_rate", "SELECT 40 WHERE ?1 IS NOT NULL" },
  };
  g_autoptr(sqlite3_stmt) insert = NULL;
  int year = atoi (on (g, 0));
  g_autoptr(GDate) today = psl_date_parse (on (g, 0));
  double elapsed = g_date_get_day_of_year (today) / (g_date_is_leap_year (year) ? 366.0 : 365.0);

  if (sqlite3_prepare_v2 (g->db, "INSERT INTO target (id, indicator, year, value) VALUES (?1, ?2, ?3, ?4);",
                          -1, &insert, NULL) != SQLITE_OK)
    goto failed;

  /* the first year people came in full, to this one */
  for (int y = atoi (on (g, -1096)) + 1; y <= year; y++)
    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        g_autoptr(sqlite3_stmt) count = NULL;
        g_autofree char *which = g_strdup_printf ("%d", y);
        double actual, value;
        Id id;

        if (sqlite3_prepare_v2 (g->db, targets[i].actual, -1, &count, NULL) != SQLITE_OK)
          goto failed;
        sqlite3_bind_text (count, 1, which, -1, SQLITE_STATIC);
        if (sqlite3_step (count) != SQLITE_ROW)
          goto failed;
        actual = sqlite3_column_double (count, 0);
        if (strcmp (targets[i].indicator, "durable_rate") == 0)
          value = actual;
        else
          value = MAX (1, round (actual / (y == year ? MAX (0.1, elapsed) : 1.0) / (0.85 + 0.3 * g_rand_double (g->rand))));

        make_id (g, id);
        sqlite3_bind_text (insert, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text (insert, 2, targets[i].indicator, -1, SQLITE_STATIC);
        sqlite3_bind_int (insert, 3, y);
        sqlite3_bind_double (insert, 4, value);
        if (sqlite3_step (insert) != SQLITE_DONE)
          goto failed;
        sqlite3_reset (insert);
        sqlite3_clear_bindings (insert);
      }
  return TRUE;

failed:
  psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
  return FALSE;
}

/* "Boulangerie Delmas" → "boulangerie-delmas", for e-mail addresses */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* A firm's web domain as firms choose them: its name when short, else
 * the initials of its words and the last one ("aad-figeac" for the
 * Association d’aide à domicile de Figeac), which an address can hold. */
static char *
domain_of (const char *name)
{
  static const char *const small[] = { "d", "de", "du", "des", "l", "la", "le", "les", "a", "au", "aux", "et",
                                       "en", "sur", NULL };
  g_autofree char *whole = slug (name);
  g_auto(GStrv) words = NULL;
  GString *out;
  guint n;

  if (strlen (whole) <= 20)
    return g_steal_pointer (&whole);
  words = g_strsplit (whole, "-", -1);
  n = g_strv_length (words);
  out = g_string_new (NULL);
  for (guint i = 0; i + 1 < n; i++)
    if (!g_strv_contains (small, words[i]))
      g_string_append_c (out, words[i][0]);
  g_string_append_printf (out, "%s%s", out->len > 0 ? "-" : "", words[n - 1]);
  return g_string_free (out, FALSE);
}

static char **
slugs_of (const char *const *names)
{
  guint n = psl_demo_count (names, sizeof (char *));
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = slug (names[i]);
  return out;
}

/* The name of someone of the territory, with the slugs of an e-mail. */
typedef struct
{
  gboolean    female;
  const char *first;
  const char *last;
  const char *first_slug;
  const char *last_slug;
} Name;

static void
make_name (Gen      *g,
           gboolean  female,
           Name     *name)
{
  const char *const *firsts = female ? psl_demo_female_names : psl_demo_male_names;
  guint f = pick (g, psl_demo_count (firsts, sizeof (char *)));
  guint l = pick (g, psl_demo_count (psl_demo_last_names, sizeof (char *)));

  name->female = female;
  name->first = firsts[f];
  name->last = psl_demo_last_names[l];
  name->first_slug = (female ? g->female_slugs : g->male_slugs)[f];
  name->last_slug = g->last_slugs[l];
}

static void
landline (Gen  *g,
          char  out[16])
{
  g_snprintf (out, 16, "05 65 %02u %02u %02u", pick (g, 100), pick (g, 100), pick (g, 100));
}

static void
mobile (Gen  *g,
        char  out[16])
{
  g_snprintf (out, 16, "0%c %02u %02u %02u %02u", chance (g, 0.6) ? '6' : '7',
              pick (g, 100), pick (g, 100), pick (g, 100), pick (g, 100));
}

/* "de Figeac", "d'Assier" */
static void
of_place (const char *place,
          char       *out,
          gsize       size)
{
  gboolean vowel = strchr ("AEIOUY", place[0]) != NULL || g_str_has_prefix (place, "É");

  g_snprintf (out, size, "%s%s", vowel ? "d’" : "de ", place);
}

static void
address (Gen                  *g,
         const PslDemoCommune *place,
         gboolean              town,
         char                 *out,
         gsize                 size)
{
  if (town || chance (g, 0.5))
    g_snprintf (out, size, "%u %s", 1 + pick (g, 60), pick_str (g, psl_demo_streets));
  else
    g_strlcpy (out, pick_str (g, psl_demo_localities), size);
}

/* Fills a firm or partner name pattern (see psl-demo-names.h). */
static void
expand_name (Gen                  *g,
             const char           *pattern,
             const char           *family,
             const PslDemoCommune *place,
             char                 *out,
             gsize                 size)
{
  out[0] = '\0';
  for (const char *p = pattern; *p != '\0';)
    {
      char piece[64] = { 0 };

      if (g_str_has_prefix (p, "{n}"))
        g_strlcpy (piece, family, sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{p}"))
        g_strlcpy (piece, place->name, sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{dp}"))
        of_place (place->name, piece, sizeof piece), p += 4;
      else if (g_str_has_prefix (p, "{l}"))
        g_strlcpy (piece, pick_str (g, psl_demo_places), sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{r}"))
        g_strlcpy (piece, pick_str (g, psl_demo_residences), sizeof piece), p += 3;
      else
        piece[0] = *p++;
      g_strlcat (out, piece, size);
    }
}

/* ["a","b"] from one to `most` distinct codes of a table */
static void
json_codes (Gen          *g,
            const Choice *choices,
            guint         n_choices,
            guint         most,
            char         *out,
            gsize         size)
{
  guint n = 1 + pick (g, most), taken = 0;

  g_strlcpy (out, "[", size);
  for (guint i = 0; i < n; i++)
    {
      guint k = choose_index (g, choices, n_choices);

      if (taken & (1u << k))
        continue;
      taken |= 1u << k;
      if (out[1] != '\0')
        g_strlcat (out, ",", size);
      g_strlcat (out, "\"", size);
      g_strlcat (out, choices[k].code, size);
      g_strlcat (out, "\"", size);
    }
  g_strlcat (out, "]", size);
}

static const char *
contact_id (Gen *g,
            int  contact)
{
  return contact >= 0 ? g->contacts[contact] : NULL;
}

static int
company_contact (Gen   *g,
                 guint  c)
{
  const Company *company = &g->companies[c];

  return company->n_contacts > 0 ? (int) (company->first_contact + pick (g, company->n_contacts)) : -1;
}

static int
partner_contact (Gen   *g,
                 guint  p)
{
  const Partner *partner = &g->partners[p];

  return partner->n_contacts > 0 ? (int) (partner->first_contact + pick (g, partner->n_contacts)) : -1;
}

static guint
active_cip (Gen   *g,
            guint  antenna)
{
  GArray *here = g->cips[antenna];

  if (here->len == 0)
    here = g->cips[0];
  return g_array_index (here, guint, pick (g, here->len));
}

/* ---- the structure, its antennas and staff ---- */

static gboolean
gen_structure (Gen *g)
{
  static const char *const antenna_names[N_ANTENNAS][2] = {
    { "Antenne de Figeac", "Figeac" },
    { "Antenne de Saint-Céré", "Saint-Céré" },
    { "Permanence de Cajarc", "Cajarc" },
  };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* The structure and the local site exist: they are renamed, and
   * stamped here so that the update trigger stays idle. */
  stmt = psl_store_prepare (g->store,
                            "UPDATE structure SET updated_at = ?1, site_id = ?2,"
                            " name = 'Mission locale du Pays de Figeac', kind = 'mission_locale',"
                            " address = '4 place Vival', postcode = '46100', commune = 'Figeac',"
                            " phone = '05 65 34 00 00', email = 'accueil@ml-figeac.example',"
                            " funders_footer = 'Avec le soutien de l’État, de la Région Occitanie,"
                            " du Département du Lot, du Grand Figeac et du Fonds social européen.'"
                            " WHERE id = ?3;", &g->error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g->structure, -1, SQLITE_STATIC);
  if (!psl_store_step_done (g->store, stmt, &g->error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = psl_store_prepare (g->store,
                            "UPDATE site SET updated_at = ?1, site_id = ?2, name = ?3, commune = ?4"
                            " WHERE id = ?2;", &g->error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, antenna_names[0][0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, antenna_names[0][1], -1, SQLITE_STATIC);
  if (!psl_store_step_done (g->store, stmt, &g->error))
    return FALSE;

  g_strlcpy (g->antennas[0], g->site, sizeof (Id));
  for (guint i = 1; i < N_ANTENNAS; i++)
    {
      make_id (g, g->antennas[i]);
      if (!put (g, INSERT_SITE, "ssss", g->antennas[i], g->structure,
                antenna_names[i][0], antenna_names[i][1]))
        return FALSE;
    }

  return TRUE;
}

static Role
staff_role (guint i,
            guint n)
{
  guint n_relations = MAX (1, (n + 2) / 5);

  if (i == 0)
    return ROLE_DIRECTION;
  if (i <= n_relations)
    return ROLE_RELATIONS;
  /* Large structures have a reception desk. */
  return n >= 10 && i % 10 == 9 ? ROLE_ACCUEIL : ROLE_CIP;
}

static gboolean
gen_staff (Gen *g)
{
  /* counsellors are spread over the antennas, most in Figeac */
  static const guint spread[] = { 0, 1, 0, 2, 0, 1 };
  guint n_cips = 0;

  g->departed = -1;
  for (guint i = 0; i < g->n_staff; i++)
    {
      Staff *s = &g->staff[i];
      Name name;
      char mail[96], phone[16];

      s->role = staff_role (i, g->n_staff);
      s->antenna = s->role == ROLE_CIP ? spread[n_cips++ % G_N_ELEMENTS (spread)]
                 : s->role == ROLE_RELATIONS ? spread[i % G_N_ELEMENTS (spread)] : 0;
      /* A counsellor left some months ago: her firms and people went to
       * colleagues, her history stays (seed 003: the network must not
       * leave with the worker). */
      s->left_on = NO_DAY;
      if (s->role == ROLE_CIP && g->n_staff >= 6 && (i == g->n_staff - 1 || (g->n_staff >= 24 && i % 12 == 5)))
        s->left_on = workday_before (g, -between (g, 150, 330));
      if (s->left_on != NO_DAY && g->departed < 0)
        g->departed = (int) i;

      make_name (g, chance (g, 0.7), &name);
      g_snprintf (mail, sizeof mail, "%c.%s@ml-figeac.example", name.first_slug[0], name.last_slug);
      g_snprintf (phone, sizeof phone, "05 65 34 %02u %02u", 10 + i / 100, i % 100);
      make_id (g, s->id);
      if (!put (g, INSERT_STAFF, "sssssssio", s->id, g->antennas[s->antenna], name.first, name.last,
                role_codes[s->role], mail, phone, s->left_on == NO_DAY, s->left_on))
        return FALSE;

      if (s->role == ROLE_CIP && s->left_on == NO_DAY)
        g_array_append_val (g->cips[s->antenna], i);
      if (s->role == ROLE_RELATIONS)
        g_array_append_val (g->relations, i);
    }

  /* Small sizes may leave Figeac or the whole structure without a
   * counsellor: then the others, or the director, follow its people. */
  for (guint a = 1; a < N_ANTENNAS && g->cips[0]->len == 0; a++)
    g_array_append_vals (g->cips[0], g->cips[a]->data, g->cips[a]->len);
  if (g->cips[0]->len == 0)
    {
      guint director = 0;
      g_array_append_val (g->cips[0], director);
    }

  return TRUE;
}

/* ---- partners and their staff ---- */

/* A job title for a role, in the firm's sector when it has its own;
 * partners' staff have the role "autre". */
static const char *
job_title (Gen        *g,
           const char *role,
           const char *sector,
           gboolean    female)
{
  const PslDemoJobTitle *fits[16];
  guint n = 0;

  for (const PslDemoJobTitle *t = psl_demo_job_titles; t->role != NULL && n < G_N_ELEMENTS (fits); t++)
    if (strcmp (t->role, role) == 0 && (t->sector == NULL || g_strcmp0 (t->sector, sector) == 0))
      fits[n++] = t;
  if (n == 0)
    return NULL;
  n = pick (g, n);
  return female ? fits[n]->female : fits[n]->male;
}

static gboolean
gen_partner_contacts (Gen      *g,
                      Partner  *p,
                      guint     n,
                      guint    *next)
{
  p->first_contact = *next;
  p->n_contacts = n;

  for (guint i = 0; i < n; i++, (*next)++)
    {
      Name name;
      char phone[16], mail[128];

      make_name (g, chance (g, 0.65), &name);
      landline (g, phone);
      g_snprintf (mail, sizeof mail, "%s.%s@partenaire-%u.example", name.first_slug, name.last_slug,
                  (guint) (p - g->partners) + 1);
      make_id (g, g->contacts[*next]);
      if (!put (g, INSERT_CONTACT, "ssssssssssssii", g->contacts[*next], NULL, p->id,
                name.female ? "Mme" : "M.", name.first, name.last, "autre",
                job_title (g, "autre", NULL, name.female), phone, NULL, mail,
                chance (g, 0.5) ? "email" : "phone", 0, 1))
        return FALSE;
    }

  return TRUE;
}

static gboolean
gen_partners (Gen   *g,
              guint  n_contacts)
{
  guint n_known = psl_demo_count (psl_demo_partners, sizeof (PslDemoPartner));
  guint n_patterns = psl_demo_count (psl_demo_partner_patterns, sizeof (PslDemoPartnerPattern));
  guint next = 0;

  for (guint i = 0; i < g->n_partners; i++)
    {
      Partner *p = &g->partners[i];
      const PslDemoCommune *place = &psl_demo_communes[0];
      const char *commune, *postcode;
      char name[128], street[96], phone[16], mail[96];
      g_autofree char *s = NULL;

      if (i < n_known)
        {
          const PslDemoPartner *known = &psl_demo_partners[i];

          g_strlcpy (name, known->name, sizeof name);
          p->kind = known->kind;
          p->cooperation = known->cooperation;
          commune = known->commune;
          postcode = known->postcode;
          if (known->prescribes)
            g_array_append_val (g->prescribers, i);
          for (guint b = 0; b < N_BARRIERS; b++)
            if (known->helps != NULL && strstr (known->helps, barriers[b].code) != NULL)
              g_array_append_val (g->helpers[b], i);
        }
      else
        {
          /* More partners than the territory's known ones: local
           * services of each commune, in turn. */
          guint k = i - n_known;
          const PslDemoPartnerPattern *pattern = &psl_demo_partner_patterns[k % n_patterns];
          guint round = k / n_patterns / g->n_communes;

          place = &psl_demo_communes[(k / n_patterns) % g->n_communes];
          expand_name (g, pattern->pattern, "", place, name, sizeof name);
          if (round > 0)
            {
              char suffix[16];
              g_snprintf (suffix, sizeof suffix, " (%u)", round + 1);
              g_strlcat (name, suffix, sizeof name);
            }
          p->kind = pattern->kind;
          p->cooperation = pattern->cooperation;
          commune = place->name;
          postcode = place->postcode;
          if (strcmp (p->kind, "ccas") == 0)
            g_array_append_val (g->prescribers, i);
        }

      s = slug (name);
      g_snprintf (mail, sizeof mail, "contact@%s.example", s);
      address (g, place, TRUE, street, sizeof street);
      landline (g, phone);
      make_id (g, p->id);
      if (!put (g, INSERT_PARTNER, "ssssssss", p->id, name, p->kind, street, postcode, commune, phone, mail))
        return FALSE;

      /* Partners' staff take a share of the contacts: one or two each. */
      if (!gen_partner_contacts (g, p, (guint) ((guint64) (i + 1) * n_contacts / g->n_partners) - next, &next))
        return FALSE;
    }

  /* Without a known prescriber, every partner may send people. */
  if (g->prescribers->len == 0)
    for (guint i = 0; i < g->n_partners; i++)
      g_array_append_val (g->prescribers, i);

  return TRUE;
}

/* ---- firms, their trades, contacts and engagement ---- */

static guint
pick_kind (Gen *g)
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
          of_place (psl_demo_communes[company->commune].name, of, sizeof of);
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
          company->kind = pick_kind (g);
          company->commune = chance (g, 0.4) ? 0 : chance (g, 0.15) ? 1 : pick (g, g->n_communes);
          kind = &psl_demo_firm_kinds[company->kind];
          place = &psl_demo_communes[company->commune];
          make_name (g, FALSE, &family);
          expand_name (g, kind->patterns[kind->patterns[1] != NULL && chance (g, 0.4)], family.last, place,
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
      domain = domain_of (company->name);
      g_strlcpy (company->domain, domain, sizeof company->domain);
    }

  kind = &psl_demo_firm_kinds[company->kind];
  /* Most firms of a kind are small ones. */
  company->headcount = kind->headcount_min +
    (guint) ((kind->headcount_max - kind->headcount_min) * g_rand_double (g->rand) * g_rand_double (g->rand));
  /* A few firms joined the network these last weeks; the first one is
   * the oldest and busiest partner (the benchmarks open it). */
  company->start = c == 0 ? -3200 : chance (g, 0.04) ? -between (g, 1, 20) : -between (g, 30, 3650);
  company->start = workday_before (g, company->start);
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
  return active_cip (g, antenna);
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

      make_name (g, chance (g, 0.5), &name);
      if (strcmp (role, "tuteur") != 0)
        title = job_title (g, role, kind->sector, name.female);
      mobile (g, cell);
      g_snprintf (mail, sizeof mail, "%s.%s@%s.example", name.first_slug, name.last_slug, company->domain);
      make_id (g, g->contacts[*next]);
      if (!put (g, INSERT_CONTACT, "ssssssssssssii", g->contacts[*next], company->id, NULL,
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

      make_id (g, id);
      if (!put (g, INSERT_LEVEL, "sssss" "o" "s", id, company->id, psl_demo_level_steps[step].level,
                psl_demo_level_steps[step].level, g->staff[company->referent].id,
                min_int (0, workday_after (g, day)), psl_demo_level_steps[step].reason))
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

  make_id (g, id);
  return put (g, INSERT_SURVEY, "ssssso" "s", id, g->survey, "company", company->id, "Direction",
              workday_between (g, MAX (company->start, -700), -1), answers);
}

static gboolean
gen_companies (Gen   *g,
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

      address (g, place, TRUE, street, sizeof street);
      landline (g, phone);
      g_snprintf (mail, sizeof mail, "contact@%s.example", company->domain);
      g_snprintf (web, sizeof web, "https://www.%s.example", company->domain);
      company->referent = company_referent (g, company->commune);
      make_id (g, company->id);

      if (!put (g, INSERT_COMPANY, "ssssssss" "i" "sss" "dd" "ssssssss" "ii" "o" "sss",
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

          make_id (g, id);
          if (!put (g, INSERT_TRADE, "ssssi", id, company->id, kind->trades[t].rome, kind->trades[t].label,
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
        progress_to (g, (double) c / g->n_companies);
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

/* ---- opportunities, with a competence profile for some jobs ---- */

static const ContractKind *
contract_kind (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (contract_kinds); i++)
    if (g_strcmp0 (contract_kinds[i].code, code) == 0)
      return &contract_kinds[i];
  return &contract_kinds[0];
}

static gboolean
gen_competences (Gen        *g,
                 const char *person,
                 const char *opportunity,
                 int         day,
                 guint       staff,
                 const char *context,
                 int         base)
{
  Id evaluation, id;

  make_id (g, evaluation);
  if (!put (g, INSERT_COMPETENCE, "sssoss", evaluation, person, opportunity, day, g->staff[staff].id, context))
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (competences); k++)
    {
      /* A job profile names only what the job asks for. */
      if (opportunity != NULL && chance (g, 0.45))
        continue;
      make_id (g, id);
      if (!put (g, INSERT_RATING, "sssi", id, evaluation, competences[k], clamp_int (base - 1 + (int) pick (g, 3), 0, 4)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
gen_opportunities (Gen *g)
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
      opp->proposed = workday_between (g, MAX (company->start, -730), 0);
      opp->start = workday_after (g, opp->proposed + between (g, 7, 40));
      opp->contract_type = opp->phase >= 3 ? subtype : opp->phase == 2 && variant < 2 ? "pmsmp" : NULL;
      contract = contract_kind (opp->contract_type);
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
        refusal = CHOOSE (g, firm_refusals);
      opp->status = status;

      g_snprintf (title, sizeof title, title_patterns[opp->phase][variant], kind->trades[opp->trade].label);
      make_id (g, opp->id);
      if (!put (g, INSERT_OPPORTUNITY, "ssisssso" "ooisDssss", opp->id, company->id, (int) opp->phase, subtype,
                title, kind->trades[opp->trade].label, kind->trades[opp->trade].rome, opp->proposed,
                opp->start, end, opp->phase == 1 ? between (g, 4, 12) : 1 + (int) (pick (g, 10) / 8),
                opp->contract_type, opp->phase >= 2 ? contract->hours[pick (g, 3)] : -1.0,
                status, refusal, CHOOSE (g, opportunity_origins), g->staff[company->referent].id))
        return FALSE;

      /* What some jobs require, on the same grid as the people. */
      if (opp->phase >= 2 && chance (g, 0.1) &&
          !gen_competences (g, NULL, opp->id, opp->proposed, company->referent, "Profil du poste", 2 + (int) pick (g, 2)))
        return FALSE;

      if ((o & 255) == 0)
        progress_to (g, (double) o / g->n_opportunities);
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

/* ---- people and their pathways ---- */

/* One placement of a pathway, planned before the person is written so
 * that the person's situation and exit outcome agree with it. */
typedef struct
{
  guint       company;
  int         opportunity;      /* or -1 */
  guint       trade;
  const char *stage;
  gboolean    started;
  gboolean    immersion;
  const char *immersion_type;
  const ContractKind *contract;
  int         proposed;
  int         start;
  int         planned_end;      /* NO_DAY when open-ended */
  int         end;              /* NO_DAY while it runs */
  int         trial;            /* -1 when none */
  double      hours;
  const char *refusal;
  const char *end_reason;
  const char *ended_by;
} Step;

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
  s->start = workday_after (g, s->proposed + (s->immersion ? between (g, 7, 20) : between (g, 5, 30)));
  s->start = MIN (s->start, latest_start);

  if (s->immersion)
    {
      /* one to three weeks, Monday to Friday */
      length = 7 * between (g, 1, 3) - 3;
      s->immersion_type = chance (g, 0.55) ? "discovery" : "skills";
      s->contract = contract_kind ("pmsmp");
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
      s->contract = opp->phase >= 3 ? contract_kind (opp->contract_type) : pick_contract (g);
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
      s->refusal = CHOOSE (g, firm_refusals);
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
static guint
plan_pathway (Gen          *g,
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
      int d = workday_between (g, lo, hi), j = (int) i - 1;

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
        day = workday_between (g, busy_until + 3, min_int (busy_until + 30, hi));
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
static const char *
exit_outcome (Gen        *g,
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

static const char *
current_situation (Gen        *g,
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
static int
pathway_phase (const Step *steps,
               guint       n)
{
  int phase = n > 0 ? 2 : 1;

  for (guint i = 0; i < n; i++)
    if (steps[i].started)
      phase = MAX (phase, steps[i].immersion ? 3 : 4);
  return phase;
}

static const char *
qualification (Gen *g,
               int  age)
{
  static const Choice young[] = { { "infra3", 70 }, { "3", 30 } };
  static const Choice middle[] = { { "infra3", 35 }, { "3", 35 }, { "4", 25 }, { "5", 5 } };
  static const Choice older[] = { { "infra3", 25 }, { "3", 30 }, { "4", 30 }, { "5", 10 }, { "6", 5 } };

  return age < 18 ? CHOOSE (g, young) : age < 22 ? CHOOSE (g, middle) : CHOOSE (g, older);
}

/* The referents of a person: one, or the counsellor who left and the
 * colleague who took over. */
static gboolean
gen_referents (Gen      *g,
               Person   *person,
               gboolean  handed_over)
{
  const Staff *d = g->departed >= 0 ? &g->staff[g->departed] : NULL;
  Id id;

  make_id (g, id);
  if (!handed_over)
    return put (g, INSERT_REFERENT, "sssoo", id, person->id, g->staff[person->referent].id,
                person->entered, NO_DAY);

  if (!put (g, INSERT_REFERENT, "sssoo", id, person->id, d->id, person->entered, d->left_on))
    return FALSE;
  make_id (g, id);
  return put (g, INSERT_REFERENT, "sssoo", id, person->id, g->staff[person->referent].id, d->left_on, NO_DAY);
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
        total += barriers[b].weight;
      r = pick (g, total);
      for (b = 0; r >= barriers[b].weight; b++)
        r -= barriers[b].weight;
      if (taken & (1u << b))
        continue;
      taken |= 1u << b;

      status = r2 < (exited ? 55u : 25u) ? "lifted" : r2 < (exited ? 75u : 65u) ? "in_progress" : "identified";
      if (strcmp (status, "lifted") == 0)
        lifted = between (g, identified, last);
      if (strcmp (status, "identified") != 0 && g->helpers[b]->len > 0 && chance (g, 0.6))
        partner = g->partners[g_array_index (g->helpers[b], guint, pick (g, g->helpers[b]->len))].id;

      make_id (g, id);
      if (!put (g, INSERT_BARRIER, "ssssso" "o", id, person->id, barriers[b].code, status, partner,
                identified, lifted))
        return FALSE;

      /* Health, justice and disability are recorded apart, and only
       * with the person's agreement. */
      if (barriers[b].sensitive != NULL && chance (g, 0.7))
        {
          make_id (g, id);
          if (!put (g, INSERT_SENSITIVE, "ssssos", id, person->id, barriers[b].sensitive,
                    sensitive_detail (g, barriers[b].sensitive), identified, staff))
            return FALSE;
          sensitive = TRUE;
        }
    }

  if (strcmp (situation, "rsa") == 0 || chance (g, 0.04))
    {
      make_id (g, id);
      if (!put (g, INSERT_SENSITIVE, "ssss" "o" "s", id, person->id, "benefit",
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

      make_id (g, id);
      if (!put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "cv_entreprise", NULL, given, expires,
                withdrawn ? between (g, given, MIN (expires, 0)) : NO_DAY, staff))
        return FALSE;
    }
  if (prescriber != NULL && chance (g, 0.6))
    {
      make_id (g, id);
      if (!put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "partage_partenaire", prescriber,
                person->entered, MIN (person->entered + 730, FUTURE_DAYS), NO_DAY, staff))
        return FALSE;
    }
  if (sensitive)
    {
      make_id (g, id);
      if (!put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "donnees_sensibles", NULL,
                person->entered, NO_DAY, NO_DAY, staff))
        return FALSE;
    }
  if (exited && chance (g, 0.5))
    {
      make_id (g, id);
      if (!put (g, INSERT_CONSENT, "sssso" "oos", id, person->id, "enquete_sortie", NULL,
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
  int signed_on = min_int (workday_after (g, person->entered + between (g, 7, 30)), last);
  int review = workday_after (g, signed_on + 180);
  const char *outcome = NULL;
  char objectives[256];
  Id id, step;

  if (review <= 0)
    outcome = exited ? (chance (g, 0.6) ? "achieved" : "ended") : (chance (g, 0.7) ? "adjusted" : "achieved");
  g_snprintf (objectives, sizeof objectives,
              "Projet professionnel : %s. Lever les freins repérés, confirmer le projet en entreprise"
              " et accéder à un emploi.", project);

  make_id (g, id);
  if (!put (g, INSERT_COMMITMENT, "sso" "isos" "s", id, person->id, signed_on,
            g_strcmp0 (outcome, "adjusted") == 0 ? 2 : 1, objectives, review, outcome,
            g->staff[person->referent].id))
    return FALSE;

  for (guint i = 0; i < 2 + pick (g, 3); i++)
    {
      gboolean structure_side = i % 2 == 1;
      int due = workday_after (g, signed_on + between (g, 14, 150));
      int done = due < 0 && chance (g, 0.75) ? clamp_int (due + between (g, -10, 5), signed_on, 0) : NO_DAY;

      make_id (g, step);
      if (!put (g, INSERT_STEP, "ssssoo", step, id, structure_side ? "structure" : "person",
                pick_str (g, structure_side ? psl_demo_structure_steps : psl_demo_person_steps), due, done))
        return FALSE;
    }

  return TRUE;
}

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
      int due = workday_after (g, s->start + plan[i].offset);
      int next_due = i + 1 < n && plan[i + 1].offset <= last ? workday_after (g, s->start + plan[i + 1].offset)
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
          json_codes (g, weakening_factors, G_N_ELEMENTS (weakening_factors), 2, factors, sizeof factors);
          json_codes (g, responses, G_N_ELEMENTS (responses), 2, answers, sizeof answers);
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
      make_id (g, id);
      if (!put (g, INSERT_FOLLOWUP, "sssss" "oo" "si" "ssss", id, person->id, placement,
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

      opened = workday_between (g, s->start + 1, until);
      resolved = s->end == NO_DAY && opened > -30 && chance (g, 0.7) ? NO_DAY
               : min_int (until, opened + between (g, 3, 20));
    }

  json_codes (g, weakening_factors, G_N_ELEMENTS (weakening_factors), 3, factors, sizeof factors);
  make_id (g, id);
  return put (g, INSERT_ALERT, "sssss" "io" "ss" "o" "ss", id, person->id, placement,
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

  review->evaluated_on = g_strndup (on (g, day), 10);
  for (guint i = 0; skills[i] != NULL; i++)
    psl_immersion_review_add (review, skills[i], levels[(hash >> (2 * i)) % G_N_ELEMENTS (levels)]);
  review->host_comment = g_strdup (psl_demo_immersion_host_views[hash % count_strv (psl_demo_immersion_host_views)]);
  review->person_comment = g_strdup (psl_demo_immersion_person_views[(hash / 7) %
                                     count_strv (psl_demo_immersion_person_views)]);
  return psl_immersion_review_to_json (review);
}

static gboolean
gen_placements (Gen        *g,
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

      make_id (g, id);
      if (s->immersion && s->started && s->end != NO_DAY && s->end <= 0)
        review = immersion_review_json (g, id, objectives, s->end);
      if (!put (g, INSERT_PLACEMENT, "ssssssssss" "oooo" "DI" "ssssss",
                id, person->id, company->id, s->opportunity >= 0 ? g->opportunities[s->opportunity].id : NULL,
                g->staff[person->referent].id, s->stage,
                s->started ? (s->immersion ? "immersion" : "contract") : NULL,
                s->started ? s->immersion_type : NULL, s->immersion && s->started ? objectives : NULL,
                s->started ? s->contract->code : NULL,
                s->proposed, s->start, s->planned_end, s->end, s->hours, s->trial,
                s->started ? contact_id (g, company->tutor) : NULL,
                s->started ? contact_id (g, company->boss) : NULL,
                s->refusal, s->end_reason, s->ended_by, review))
        return FALSE;

      if (s->started && (!gen_followups (g, person, id, s) || !gen_alert (g, person, id, s)))
        return FALSE;

      if (s->started && chance (g, 0.04))
        {
          Id note;

          make_id (g, note);
          if (!put (g, INSERT_NOTE, "ssssss", note, "placement", id, g->staff[person->referent].id, NULL,
                    pick_str (g, psl_demo_placement_notes)))
            return FALSE;
        }
    }

  return TRUE;
}

/* How many placements each person had: the longer the pathway, the more. */
static gboolean
share_placements (Gen   *g,
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

      person->entered = workday_before (g, -ago);
      person->end = person->entered + length < -1 ? workday_before (g, person->entered + length) : 0;
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
  guint project = pick_kind (g);
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

  person->referent = active_cip (g, place->antenna);
  if (g->departed >= 0 && person->entered < g->staff[g->departed].left_on &&
      chance (g, 1.0 / (g->cips[place->antenna]->len + 1)))
    {
      /* followed by the counsellor who left: handed over if still here */
      if (person->end > g->staff[g->departed].left_on)
        handed_over = TRUE;
      else
        person->referent = (guint) g->departed;
    }

  n_steps = plan_pathway (g, person, project, g->pathway_length[p], exited, steps);
  situation = current_situation (g, steps, n_steps, age);

  make_name (g, chance (g, 0.48), &name);
  mobile (g, phone);
  g_snprintf (mail, sizeof mail, "%s.%s%02u@courriel.example", name.first_slug, name.last_slug, pick (g, 100));
  address (g, place, commune <= 1, street, sizeof street);
  make_id (g, person->id);

  if (!put (g, INSERT_PERSON, "ssssso" "sssss" "sss" "ssss" "s" "iii" "ooo" "s" "is",
            person->id, g->antennas[place->antenna], name.first, name.last, name.female ? "F" : "M", birth,
            phone, chance (g, 0.85) ? mail : NULL, street, place->postcode, place->name,
            g->staff[person->referent].id, prescriber, prescriber != NULL ? "prescribed" : "chosen",
            situation, qualification (g, age), project_label,
            chance (g, 0.4) ? pick_str (g, name.female ? psl_demo_strengths_female : psl_demo_strengths_male) : NULL,
            chance (g, 0.3) ? pick_str (g, psl_demo_languages) : NULL,
            licence, licence && chance (g, 0.6), licence ? between (g, 25, 60) : between (g, 5, 15),
            !exited && strcmp (situation, "salarie") != 0 && chance (g, 0.5) ? between (g, 0, 30) : NO_DAY,
            person->entered, exited ? person->end : NO_DAY,
            exited ? exit_outcome (g, steps, n_steps, person->end) : NULL,
            pathway_phase (steps, n_steps), psl_demo_firm_kinds[project].trades[0].rome))
    return FALSE;

  if (!gen_referents (g, person, handed_over) ||
      !gen_barriers_and_consents (g, person, prescriber, situation, exited))
    return FALSE;

  if (prescriber != NULL)
    {
      make_id (g, id);
      if (!put (g, INSERT_REFERRAL, "sssos", id, prescriber, person->id,
                workday_before (g, person->entered - (int) pick (g, 20)),
                chance (g, 0.5) ? pick_str (g, psl_demo_referral_notes) : NULL))
        return FALSE;
    }

  /* The competence grid at entry, and again after a first immersion. */
  if (chance (g, 0.3))
    {
      int base = 1 + (int) pick (g, 3);
      int first = min_int (workday_after (g, person->entered + between (g, 7, 45)), last);

      if (!gen_competences (g, person->id, NULL, first, person->referent, "Évaluation à l’entrée", base))
        return FALSE;
      for (guint i = 0; i < n_steps && chance (g, 0.4); i++)
        if (steps[i].immersion && steps[i].end != NO_DAY && steps[i].end > first)
          {
            if (!gen_competences (g, person->id, NULL, steps[i].end, person->referent,
                                  "Évaluation en fin d’immersion", MIN (4, base + 1)))
              return FALSE;
            break;
          }
    }

  if (chance (g, 0.6) && !gen_commitment (g, person, project_label, exited))
    return FALSE;

  if (chance (g, 0.06))
    {
      make_id (g, id);
      if (!put (g, INSERT_NOTE, "ssssss", id, "person", person->id, g->staff[person->referent].id, NULL,
                pick_str (g, psl_demo_person_notes)))
        return FALSE;
    }

  return gen_placements (g, person, steps, n_steps);
}

static gboolean
gen_people (Gen   *g,
            guint  n_placements)
{
  plan_people (g);
  if (!share_placements (g, n_placements))
    return FALSE;

  for (guint p = 0; p < g->n_people; p++)
    {
      if (!gen_person (g, p))
        return FALSE;
      if ((p & 63) == 0)
        progress_to (g, (double) p / g->n_people);
    }

  return TRUE;
}

/* ---- events, and the journal of exchanges ---- */

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

      make_id (g, id);
      if (!put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, g->companies[c].id, NULL, NULL, outcome))
        return FALSE;

      /* A firm met at an event is an exchange of the journal. */
      if (!past || g->interactions_done >= g->n_interactions)
        continue;
      g_snprintf (at, sizeof at, "%sT09:00", on (g, e->held));
      make_id (g, id);
      if (!put (g, INSERT_INTERACTION, "sssssss" "s" "I" "sss" "oo", id, g->companies[c].id, NULL,
                contact_id (g, g->companies[c].boss), g->staff[g->companies[c].referent].id, e->id,
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
      make_id (g, id);
      if (!put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, NULL, NULL, person->id,
                past ? pick_str (g, psl_demo_event_person_outcomes) : NULL))
        return FALSE;
    }

  for (guint i = 0; i < 1 + pick (g, 2); i++)
    {
      make_id (g, id);
      if (!put (g, INSERT_PARTICIPANT, "ssssss", id, e->id, NULL, g->partners[pick (g, MIN (g->n_partners, 12))].id,
                NULL, NULL))
        return FALSE;
    }

  return TRUE;
}

static gboolean
gen_events (Gen *g)
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
      event->held = e < n_past ? workday_before (g, -(int) (730 * (e + 1) / n_past) + (int) pick (g, 20))
                               : workday_after (g, between (g, 4, 45));
      kind = &psl_demo_events[event->which];
      make_id (g, event->id);
      if (!put (g, INSERT_EVENT, "sssosss", event->id, kind->kind, kind->title, event->held, kind->place,
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
  const char *date = on (g, offset);
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
  int day = workday_between (g, lo, hi);

  for (guint tries = 0; tries < 6 && !chance (g, season (g, day)); tries++)
    day = workday_between (g, lo, hi);
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
      staff = exchange_staff (g, active_cip (g, 0), day);
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
      due = min_int (workday_after (g, day + between (g, 2, 30)), FUTURE_DAYS);
      if (due < 0 && chance (g, due < -30 ? 0.97 : 0.7))
        done = clamp_int (due + between (g, -2, 3), day, 0);
    }

  g_snprintf (at, sizeof at, "%sT%02u:%02u", on (g, day),
              strcmp (kind, "visite") == 0 ? 9 + pick (g, 8) : 8 + pick (g, 10), 15 * pick (g, 4));
  make_id (g, id);
  if (!put (g, INSERT_INTERACTION, "sssssss" "s" "I" "sss" "oo", id,
            with_partner ? NULL : company->id, with_partner ? g->partners[partner].id : NULL,
            contact_id (g, with_partner ? partner_contact (g, partner) : company_contact (g, c)),
            g->staff[staff].id, NULL, kind, at, duration, exchange->purpose, exchange->outcome,
            due != NO_DAY ? exchange->next_step : NULL, due, done))
    return FALSE;

  g->interactions_done++;
  return TRUE;
}

static gboolean
gen_interactions (Gen *g)
{
  guint first = g->interactions_done;

  while (g->interactions_done < g->n_interactions)
    {
      if (!gen_interaction (g))
        return FALSE;
      if ((g->interactions_done & 1023) == 0)
        progress_to (g, (double) (g->interactions_done - first) / MAX (1, g->n_interactions - first));
    }

  return TRUE;
}

/* ---- partnerships, evaluations, notes ---- */

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
  int end = start < -400 && chance (g, 0.08) ? workday_between (g, start + 365, -1) : NO_DAY;
  int review = end == NO_DAY ? MIN (workday_after (g, start + 365 * years), FUTURE_DAYS) : NO_DAY;
  Id id, rid;

  make_id (g, id);
  if (!put (g, INSERT_PARTNERSHIP, "sssss" "ooo" "sss", id, company, partner, cooperation, instrument,
            start, end, review, g->staff[staff].id, contact_id (g, contact), pick_str (g, psl_demo_roadmaps)))
    return FALSE;

  for (int y = MAX (1, years - 3); y < years; y++)
    {
      int day = workday_after (g, start + 365 * y);

      if (day >= 0 || (end != NO_DAY && day > end))
        break;
      make_id (g, rid);
      if (!put (g, INSERT_REVIEW, "ssos", rid, id, day, pick_str (g, psl_demo_review_summaries)))
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

  make_id (g, id);
  return put (g, INSERT_EVALUATION, "ssss" "o" "s" "i" "s", id, company->id, contact_id (g, company->boss),
              g->staff[company->referent].id, day, scores, quality, pick_str (g, psl_demo_evaluation_comments));
}

/* Each placement's record last changed when it last moved: a proposal on
 * its day, a presentation and a meeting some days on, a start on its
 * first day, an end on its last.  One proposal in four still waiting is
 * made three weeks older, as firms slow to answer are in any network;
 * which ones is read from the id, so that the rest of the demo stays as
 * it was. */
static gboolean
date_placement_moves (Gen *g)
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
  sqlite3_bind_text (moved, 1, on (g, 0), -1, SQLITE_STATIC);
  return psl_store_step_done (g->store, older, &g->error) && psl_store_step_done (g->store, moved, &g->error);
}

/* The calls made six and twelve months after exit: most are made within
 * a fortnight; one in eight waits still, as in any team.  Which ones is
 * read from the person's id, so that the rest of the demo stays as it was. */
static gboolean
gen_exit_surveys (Gen *g)
{
  g_autoptr(sqlite3_stmt) people = NULL;
  const char *fortnight_ago = on (g, -14);
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
          make_id (g, id);
          if (!put (g, INSERT_EXIT_SURVEY, "ssisss" "s", id, person, (int) months, due_on, done_on,
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

static gboolean
gen_network (Gen *g)
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
                                instruments[company->level - 3][pick (g, 2)], min_int (workday_after (g, partner_day), -1),
                                company->referent, company->boss))
            return FALSE;

      /* Partners are evaluated with their tutors every year or so; firms
       * lower on the ladder now and then. */
      if (company->start < -60 &&
          chance (g, company->level >= 3 ? 1.0 : company->level == 2 ? 0.5 : company->level == 1 ? 0.1 : 0.0))
        {
          int day = workday_between (g, MAX (company->start + 30, -700), -1);

          if (!gen_evaluation (g, c, day) ||
              (day < -400 && (company->level >= 3 || chance (g, 0.5)) && !gen_evaluation (g, c, day + 365)))
            return FALSE;
        }

      if (chance (g, 0.08))
        {
          make_id (g, id);
          if (!put (g, INSERT_NOTE, "ssssss", id, "company", company->id, g->staff[company->referent].id,
                    chance (g, 0.5) ? "À savoir" : NULL, pick_str (g, psl_demo_company_notes)))
            return FALSE;
        }

      if ((c & 255) == 0)
        progress_to (g, (double) c / g->n_companies);
    }

  for (guint i = 0; i < g->n_partners; i++)
    {
      const Partner *partner = &g->partners[i];

      if (chance (g, 0.6) &&
          !gen_partnership (g, NULL, partner->id, partner->cooperation,
                            chance (g, 0.5) ? "convention" : chance (g, 0.6) ? "charte" : "aucun",
                            workday_before (g, -between (g, 200, 2500)), 0, partner_contact (g, i)))
        return FALSE;

      if (chance (g, 0.3))
        {
          make_id (g, id);
          if (!put (g, INSERT_NOTE, "ssssss", id, "partner", partner->id, g->staff[0].id, NULL,
                    pick_str (g, psl_demo_partner_notes)))
            return FALSE;
        }
    }

  return TRUE;
}

/* ---- making the file fast to write ---- */

static gboolean
prepare_inserts (Gen *g)
{
  for (guint i = 0; i < N_INSERTS; i++)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      guint n = 4;

      g_auto(GStrv) columns = g_strsplit (inserts[i].columns, ",", -1);
      g_autofree char *stamp = NULL;
      guint author = 0, dated = 0;

      for (guint c = 0; columns[c] != NULL; c++)
        {
          g_strstrip (columns[c]);
          if (g_strcmp0 (columns[c], inserts[i].author) == 0)
            author = n + c;
          if (g_strcmp0 (columns[c], inserts[i].dated) == 0)
            dated = n + c;
        }
      /* That day's morning, never later than the making of the file. */
      stamp = dated > 0 ? g_strdup_printf ("coalesce(min(?%u || 'T09:00:00.000Z', ?2), ?2)", dated) : g_strdup ("?2");
      g_string_printf (sql, "INSERT INTO %s (site_id, created_at, updated_at, %s%s) VALUES (?1, %s, %s",
                       inserts[i].table, inserts[i].columns,
                       inserts[i].author != NULL ? ", created_by, updated_by" : "", stamp,
                       dated > 0 ? stamp : "?3");
      for (guint c = 0; columns[c] != NULL; c++)
        g_string_append_printf (sql, ", ?%u", n++);
      if (inserts[i].author != NULL)
        {
          g_assert (author > 0);
          g_string_append_printf (sql, ", ?%u, ?%u", author, author);
        }
      g_string_append (sql, ");");

      g->inserts[i] = psl_store_prepare (g->store, sql->str, &g->error);
      if (g->inserts[i] == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Secondary indexes are built once at the end, from sorted data, rather
 * than kept up to date through millions of random inserts.  They are
 * dropped in the transaction, so a failure brings them back.  So are the
 * triggers that keep the map's links (0027-map-links.sql) and the starts
 * of the activity report (0028-activity-summaries.sql): without the
 * indexes each of their searches would read a whole table per row
 * inserted; their tables are counted again at the end. */
static gboolean
drop_indexes (Gen *g)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (g->store,
    "SELECT type, name, sql FROM sqlite_master"
    " WHERE (type = 'index' AND sql IS NOT NULL)"
    "    OR (type = 'trigger' AND (name GLOB 'map_links_*' OR name GLOB 'activity_start_*'))"
    " ORDER BY type, name;", &g->error);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean index = g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "index");

      g_ptr_array_add (drops, g_strdup_printf ("DROP %s \"%s\";", index ? "INDEX" : "TRIGGER",
                                               (const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (g->indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }

  for (guint i = 0; i < drops->len; i++)
    if (!exec (g, drops->pdata[i]))
      return FALSE;

  return TRUE;
}

static gboolean
restore_indexes (Gen *g)
{
  for (guint i = 0; i < g->indexes->len; i++)
    {
      if (!exec (g, g->indexes->pdata[i]))
        return FALSE;
      progress_to (g, (double) (i + 1) / g->indexes->len);
    }

  return psl_summaries_rebuild (g->store, &g->error);
}

/* The structure and template the generator refers to. */
static gboolean
read_ids (Gen *g)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (g->store,
    "SELECT (SELECT structure_id FROM site WHERE id = ?1),"
    " (SELECT id FROM questionnaire_template WHERE code = 'annexe5_engagement');", &g->error);
  const char *structure, *survey;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g->site, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      return FALSE;
    }

  structure = (const char *) sqlite3_column_text (stmt, 0);
  survey = (const char *) sqlite3_column_text (stmt, 1);
  if (structure == NULL)
    {
      g_set_error (&g->error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The database has no structure to fill."));
      return FALSE;
    }
  g_strlcpy (g->structure, structure, sizeof (Id));
  g_strlcpy (g->survey, survey != NULL ? survey : "", sizeof (Id));
  return TRUE;
}

/* ---- entry points ---- */

void
psl_demo_size_default (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 8, .partners = 25, .companies = 300, .contacts = 750, .people = 600,
    .interactions = 9000, .opportunities = 700, .placements = 900, .seed = 20261122,
  };
}

void
psl_demo_size_large (PslDemoSize *size)
{
  *size = (PslDemoSize) {
    .staff = 60, .partners = 300, .companies = 20000, .contacts = 60000, .people = 100000,
    .interactions = 2000000, .opportunities = 100000, .placements = 200000, .seed = 42,
  };
}

static void
gen_init (Gen               *g,
          PslStore          *store,
          const PslDemoSize *size,
          const GDate       *today)
{
  GDate date = *today;

  g->store = store;
  g->db = psl_store_get_db (store);
  g->site = psl_store_get_site_id (store);
  g->rand = g_rand_new_with_seed (size->seed);
  g->indexes = g_ptr_array_new_with_free_func (g_free);

  /* One date string per day, from seventy years ago to four years on. */
  g->dates = g_malloc ((gsize) (PAST_DAYS + 1 + FUTURE_DAYS) * 11);
  g_date_subtract_days (&date, PAST_DAYS);
  g->first_weekday = g_date_get_weekday (&date);
  for (int i = 0; i <= PAST_DAYS + FUTURE_DAYS; i++)
    {
      g_snprintf (g->dates + (gsize) i * 11, 11, "%04u-%02u-%02u", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date));
      g_date_add_days (&date, 1);
    }
  g_snprintf (g->stamp, sizeof g->stamp, "%sT08:00:00.000Z", on (g, 0));

  g->n_communes = psl_demo_count (psl_demo_communes, sizeof (PslDemoCommune));
  g->n_kinds = psl_demo_count (psl_demo_firm_kinds, sizeof (PslDemoFirmKind));
  g->kind_weights = g_new0 (guint, g->n_kinds + 1);
  for (guint k = 0; k < g->n_kinds; k++)
    g->kind_weights[k + 1] = g->kind_weights[k] + psl_demo_firm_kinds[k].weight;
  g->female_slugs = slugs_of (psl_demo_female_names);
  g->male_slugs = slugs_of (psl_demo_male_names);
  g->last_slugs = slugs_of (psl_demo_last_names);

  g->n_staff = size->staff;
  g->staff = g_new0 (Staff, g->n_staff);
  for (guint a = 0; a < N_ANTENNAS; a++)
    g->cips[a] = g_array_new (FALSE, FALSE, sizeof (guint));
  g->n_partners = size->partners;
  g->partners = g_new0 (Partner, g->n_partners);
  g->prescribers = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint b = 0; b < N_BARRIERS; b++)
    g->helpers[b] = g_array_new (FALSE, FALSE, sizeof (guint));
  g->relations = g_array_new (FALSE, FALSE, sizeof (guint));
  g->n_companies = size->companies;
  g->companies = g_new0 (Company, g->n_companies);
  g->firm_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->kind_first = g_new0 (guint, g->n_kinds + 1);
  g->companies_by_kind = g_new0 (guint, g->n_companies);
  g->n_contacts = size->contacts;
  g->contacts = g_new0 (Id, MAX (1, g->n_contacts));
  g->n_opportunities = size->opportunities;
  g->opportunities = g_new0 (Opportunity, MAX (1, g->n_opportunities));
  g->opportunity_first = g_new0 (guint, g->n_kinds + 1);
  g->opportunities_by_kind = g_new0 (guint, MAX (1, g->n_opportunities));
  g->n_people = size->people;
  g->people = g_new0 (Person, MAX (1, g->n_people));
  g->pathway_length = g_new0 (guint8, MAX (1, g->n_people));
  g->n_events = 3 + 24 * MAX (1, g->n_staff / 8);
  g->events = g_new0 (Event, g->n_events);
  g->n_interactions = size->interactions;
}

static void
gen_clear (Gen *g)
{
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&g->inserts[i], sqlite3_finalize);
  g_clear_pointer (&g->rand, g_rand_free);
  g_clear_pointer (&g->indexes, g_ptr_array_unref);
  g_clear_pointer (&g->dates, g_free);
  g_clear_pointer (&g->kind_weights, g_free);
  g_clear_pointer (&g->female_slugs, g_strfreev);
  g_clear_pointer (&g->male_slugs, g_strfreev);
  g_clear_pointer (&g->last_slugs, g_strfreev);
  g_clear_pointer (&g->staff, g_free);
  for (guint a = 0; a < N_ANTENNAS; a++)
    g_clear_pointer (&g->cips[a], g_array_unref);
  g_clear_pointer (&g->relations, g_array_unref);
  g_clear_pointer (&g->partners, g_free);
  g_clear_pointer (&g->prescribers, g_array_unref);
  for (guint b = 0; b < N_BARRIERS; b++)
    g_clear_pointer (&g->helpers[b], g_array_unref);
  g_clear_pointer (&g->companies, g_free);
  g_clear_pointer (&g->firm_names, g_hash_table_unref);
  g_clear_pointer (&g->kind_first, g_free);
  g_clear_pointer (&g->companies_by_kind, g_free);
  g_clear_pointer (&g->contacts, g_free);
  g_clear_pointer (&g->opportunities, g_free);
  g_clear_pointer (&g->opportunity_first, g_free);
  g_clear_pointer (&g->opportunities_by_kind, g_free);
  g_clear_pointer (&g->people, g_free);
  g_clear_pointer (&g->pathway_length, g_free);
  g_clear_pointer (&g->events, g_free);
  g_clear_error (&g->error);
}

/* Demo data can be made again: while it is written, durability is traded
 * for speed.  The rollback journal stays in memory (a transaction can
 * still be rolled back) instead of writing everything twice through the
 * WAL; this needs the only connection to the file, else WAL stays. */
static gboolean
begin_bulk (Gen *g)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean in_memory = FALSE;

  stmt = psl_store_prepare (g->store, "PRAGMA journal_mode = MEMORY;", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    in_memory = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "memory") == 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  sqlite3_exec (g->db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", NULL, NULL, NULL);
  return in_memory;
}

static void
end_bulk (Gen      *g,
          gboolean  in_memory)
{
  if (in_memory)
    sqlite3_exec (g->db, "PRAGMA journal_mode = WAL;", NULL, NULL, NULL);
  sqlite3_exec (g->db, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000;", NULL, NULL, NULL);
}

gboolean
psl_demo_generate (PslStore          *store,
                   const PslDemoSize *size,
                   const char        *today,
                   PslDemoProgress    progress,
                   gpointer           user_data,
                   GError           **error)
{
  g_autoptr(GDate) date = NULL;
  Gen g = { 0 };
  guint partner_contacts;
  double weights[9], total = 0;
  gboolean in_memory, ok;

  g_return_val_if_fail (PSL_IS_STORE (store), FALSE);
  g_return_val_if_fail (size != NULL, FALSE);

  if (size->staff < 4 || size->partners < 1 || size->companies < 1 || size->people < 1 ||
      size->contacts < size->companies)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The demonstration needs at least 4 staff members, 1 partner, 1 firm, 1 person"
                     " and a contact for each firm."));
      return FALSE;
    }

  date = today != NULL ? psl_date_parse (today) : NULL;
  if (date == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("“%s” is not a date."), today);
      return FALSE;
    }

  gen_init (&g, store, size, date);
  g.progress = progress;
  g.user_data = user_data;
  /* Partners' staff take a small share of the contacts. */
  partner_contacts = MIN ((size->contacts - size->companies) / 10, 2 * size->partners);

  /* The share of the work each phase takes, roughly as measured. */
  weights[0] = size->staff + size->partners + partner_contacts;
  weights[1] = 6.0 * size->companies + size->contacts;
  weights[2] = 1.3 * size->opportunities;
  weights[3] = 14.0 * size->people + 5.0 * size->placements;
  weights[4] = 20.0 * g.n_events;
  weights[5] = size->interactions;
  weights[6] = 0.6 * size->companies + size->partners;
  weights[7] = 0.35 * size->interactions + 3.0 * size->people;
  weights[8] = 0;
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    total += weights[i];
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    weights[i] /= total;

  in_memory = begin_bulk (&g);
  ok = psl_store_begin (store, &g.error) &&
       read_ids (&g) &&
       drop_indexes (&g) &&
       prepare_inserts (&g) &&
       (begin_phase (&g, weights[0]), gen_structure (&g) && gen_staff (&g) && gen_partners (&g, partner_contacts)) &&
       (begin_phase (&g, weights[1]), gen_companies (&g, size->contacts)) &&
       (begin_phase (&g, weights[2]), gen_opportunities (&g)) &&
       (begin_phase (&g, weights[3]), gen_people (&g, size->placements)) &&
       (begin_phase (&g, weights[4]), gen_events (&g)) &&
       (begin_phase (&g, weights[5]), gen_interactions (&g)) &&
       (begin_phase (&g, weights[6]), gen_network (&g) && gen_exit_surveys (&g) && gen_targets (&g)
                                        && date_placement_moves (&g)) &&
       (begin_phase (&g, weights[7]), restore_indexes (&g)) &&
       /* The mark by which demo --force knows a file it may replace. */
       psl_store_set_meta (store, "demo", "1", &g.error) &&
       psl_store_commit (store, &g.error);

  if (!ok)
    psl_store_rollback (store);
  for (guint i = 0; i < N_INSERTS; i++)
    g_clear_pointer (&g.inserts[i], sqlite3_finalize);
  end_bulk (&g, in_memory);

  /* The team's review of its service, written as a user would write it. */
  if (ok)
    {
      g_autoptr(GPtrArray) reviewers = g_ptr_array_new ();

      static const Role roles[] = { ROLE_RELATIONS, ROLE_DIRECTION, ROLE_CIP };

      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        for (guint i = 0; i < g.n_staff && reviewers->len < 3; i++)
          if (g.staff[i].role == roles[r] && g.staff[i].left_on == NO_DAY)
            g_ptr_array_add (reviewers, g.staff[i].id);
      g_ptr_array_add (reviewers, NULL);
      ok = psl_demo_service_review (store, g.rand, (const char * const *) reviewers->pdata, on (&g, 0), &g.error)
           && psl_clause_demo_fill (store, on (&g, 0), &g.error);
    }
  /* Volunteer mentors and the local watch, through core's own functions. */
  if (ok)
    ok = psl_demo_network (store, on (&g, 0), &g.error);

  /* Statistics for the query planner, sampled so that it stays quick. */
  if (ok)
    sqlite3_exec (g.db, "PRAGMA analysis_limit = 1000; ANALYZE;", NULL, NULL, NULL);

  if (ok && progress != NULL)
    progress (1.0, user_data);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&g.error));
  gen_clear (&g);
  return ok;
}
