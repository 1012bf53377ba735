/* psl-demo-private.h — the generator's state and small tools, for the demo's own files
 *
 * The demonstration is written by several files, one for each kind of
 * thing it makes; they share one state (Gen: the seeded generator, the
 * prepared statements, the rows made so far that later rows refer to) and
 * the tools below.  Only the files of src/core/demo include this header;
 * the rest of the program knows the demonstration through psl-demo.h.
 */
#pragma once

#include "psl-demo.h"
#include "psl-demo-names.h"
#include "psl-store-private.h"

G_BEGIN_DECLS

/* Dates are days from today, negative in the past, written from a table
 * made once; the oldest are the birth dates of the oldest people. */
#define PAST_DAYS   (366 * 70)
#define FUTURE_DAYS 1500
#define NO_DAY      G_MININT
#define OPEN_ENDED  G_MAXINT

#define N_ANTENNAS  3
#define MAX_PATHWAY 24      /* placements of one person, at the most */

typedef char Id[37];

/* The tables the rows go to, one prepared INSERT each (psl-demo-rows.c). */
typedef enum
{
  INSERT_SITE, INSERT_STAFF, INSERT_PARTNER, INSERT_COMPANY, INSERT_TRADE, INSERT_LEVEL,
  INSERT_CONTACT, INSERT_SURVEY, INSERT_OPPORTUNITY, INSERT_PERSON, INSERT_REFERENT,
  INSERT_REFERRAL, INSERT_BARRIER, INSERT_SENSITIVE, INSERT_CONSENT, INSERT_COMPETENCE,
  INSERT_RATING, INSERT_COMMITMENT, INSERT_STEP, INSERT_PLACEMENT, INSERT_FOLLOWUP,
  INSERT_ALERT, INSERT_EVENT, INSERT_PARTICIPANT, INSERT_INTERACTION, INSERT_PARTNERSHIP,
  INSERT_REVIEW, INSERT_EVALUATION, INSERT_NOTE, INSERT_EXIT_SURVEY, N_INSERTS
} Insert;

/* A code drawn with its weight among others (CHOOSE). */
typedef struct
{
  const char *code;
  guint       weight;
} Choice;

/* Barriers, with how often they are met; the last column says which
 * ones are sensitive data, recorded apart when the person agrees. */
typedef struct
{
  const char *code;
  guint       weight;
  const char *sensitive;
} Barrier;

#define N_BARRIERS 12
extern const Barrier psl_demo_barriers[N_BARRIERS];

/* Contracts, with how long they run (0: open-ended). */
typedef struct
{
  const char *code;
  guint       weight;
  int         min_days;
  int         max_days;
  double      hours[3];
} ContractKind;

/* The rows made so far that later rows refer to, by index. */
typedef enum { ROLE_DIRECTION, ROLE_RELATIONS, ROLE_CIP, ROLE_ACCUEIL } Role;

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

/* The generator's state, one for the whole file. */
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

static inline guint
pick (Gen   *g,
      guint  n)
{
  return n > 1 ? (guint) g_rand_int_range (g->rand, 0, (gint32) n) : 0;
}

/* from lo to hi, both included */
static inline int
between (Gen *g,
         int  lo,
         int  hi)
{
  return hi > lo ? g_rand_int_range (g->rand, lo, hi + 1) : lo;
}

static inline gboolean
chance (Gen    *g,
        double  p)
{
  return g_rand_double (g->rand) < p;
}

static inline const char *
pick_str (Gen               *g,
          const char *const *list)
{
  return list[pick (g, psl_demo_count (list, sizeof (char *)))];
}

static inline guint
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

/* The name of someone of the territory, with the slugs of an e-mail. */
typedef struct
{
  gboolean    female;
  const char *first;
  const char *last;
  const char *first_slug;
  const char *last_slug;
} Name;

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

/* psl-demo-tools.c */
void         psl_demo_make_id         (Gen                  *g,
                                       Id                    out);
const char  *psl_demo_on              (Gen                  *g,
                                       int                   offset);
int          psl_demo_workday_before  (Gen                  *g,
                                       int                   offset);
int          psl_demo_workday_after   (Gen                  *g,
                                       int                   offset);
int          psl_demo_workday_between (Gen                  *g,
                                       int                   lo,
                                       int                   hi);
void         psl_demo_progress_to     (Gen                  *g,
                                       double                share_of_phase);
void         psl_demo_begin_phase     (Gen                  *g,
                                       double                share);
char        *psl_demo_slug            (const char           *name);
char        *psl_demo_domain_of       (const char           *name);
char       **psl_demo_slugs_of        (const char *const    *names);
void         psl_demo_make_name       (Gen                  *g,
                                       gboolean              female,
                                       Name                 *name);
void         psl_demo_landline        (Gen                  *g,
                                       char                  out[16]);
void         psl_demo_mobile          (Gen                  *g,
                                       char                  out[16]);
void         psl_demo_of_place        (const char           *place,
                                       char                 *out,
                                       gsize                 size);
void         psl_demo_address         (Gen                  *g,
                                       const PslDemoCommune *place,
                                       gboolean              town,
                                       char                 *out,
                                       gsize                 size);
void         psl_demo_expand_name     (Gen                  *g,
                                       const char           *pattern,
                                       const char           *family,
                                       const PslDemoCommune *place,
                                       char                 *out,
                                       gsize                 size);
void         psl_demo_json_codes      (Gen                  *g,
                                       const Choice         *choices,
                                       guint                 n_choices,
                                       guint                 most,
                                       char                 *out,
                                       gsize                 size);
const char  *psl_demo_contact_id      (Gen                  *g,
                                       int                   contact);
int          psl_demo_company_contact (Gen                  *g,
                                       guint                 c);
int          psl_demo_partner_contact (Gen                  *g,
                                       guint                 p);
guint        psl_demo_active_cip      (Gen                  *g,
                                       guint                 antenna);
const char  *psl_demo_job_title       (Gen                  *g,
                                       const char           *role,
                                       const char           *sector,
                                       gboolean              female);

/* psl-demo-rows.c */
gboolean psl_demo_put             (Gen        *g,
                                   Insert      which,
                                   const char *types,
                                   ...);
gboolean psl_demo_exec            (Gen        *g,
                                   const char *sql);
gboolean psl_demo_prepare_inserts (Gen        *g);

/* psl-demo-bulk.c */
gboolean psl_demo_drop_indexes    (Gen      *g);
gboolean psl_demo_restore_indexes (Gen      *g);
gboolean psl_demo_begin_bulk      (Gen      *g);
void     psl_demo_end_bulk        (Gen      *g,
                                   gboolean  in_memory);

/* psl-demo-structure.c */
gboolean psl_demo_gen_targets   (Gen   *g);
gboolean psl_demo_gen_structure (Gen   *g);
gboolean psl_demo_gen_staff     (Gen   *g);
gboolean psl_demo_gen_partners  (Gen   *g,
                                 guint  n_contacts);
gboolean psl_demo_read_ids      (Gen   *g);

/* psl-demo-firms.c */
const char *psl_demo_firm_refusal      (Gen        *g);
guint       psl_demo_pick_kind         (Gen        *g);
gboolean    psl_demo_gen_companies     (Gen        *g,
                                        guint       n_contacts);
gboolean    psl_demo_gen_competences   (Gen        *g,
                                        const char *person,
                                        const char *opportunity,
                                        int         day,
                                        guint       staff,
                                        const char *context,
                                        int         base);
gboolean    psl_demo_gen_opportunities (Gen        *g);

/* psl-demo-pathways.c */
const ContractKind *psl_demo_contract_kind     (const char   *code);
guint               psl_demo_plan_pathway      (Gen          *g,
                                                const Person *person,
                                                guint         project,
                                                guint         n,
                                                gboolean      exited,
                                                Step         *steps);
const char         *psl_demo_exit_outcome      (Gen          *g,
                                                const Step   *steps,
                                                guint         n,
                                                int           exit);
const char         *psl_demo_current_situation (Gen          *g,
                                                const Step   *steps,
                                                guint         n,
                                                int           age);
int                 psl_demo_pathway_phase     (const Step   *steps,
                                                guint         n);
const char         *psl_demo_qualification     (Gen          *g,
                                                int           age);

/* psl-demo-people.c */
gboolean psl_demo_gen_people (Gen   *g,
                              guint  n_placements);

/* psl-demo-placements.c */
gboolean psl_demo_gen_placements       (Gen        *g,
                                        Person     *person,
                                        const Step *steps,
                                        guint       n);
gboolean psl_demo_share_placements     (Gen        *g,
                                        guint       n);
gboolean psl_demo_date_placement_moves (Gen        *g);
gboolean psl_demo_gen_exit_surveys     (Gen        *g);

/* psl-demo-exchanges.c */
gboolean psl_demo_gen_events       (Gen *g);
gboolean psl_demo_gen_interactions (Gen *g);
gboolean psl_demo_gen_network      (Gen *g);

G_END_DECLS
