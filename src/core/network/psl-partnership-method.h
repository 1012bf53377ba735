/* psl-partnership-method.h — the seven steps of the FNARS partnership method, followed on one partnership */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_METHOD_STEPS 7
/* The longest text a step keeps, in characters. */
#define PSL_METHOD_TEXT_MAX 4000

/* The kinds of partnership of seed 002 (« Identifier les actions
 * partenariales possibles »): code and label, NULL-terminated. */
typedef struct
{
  const char *code;
  const char *label;        /* N_() */
} PslMethodChoice;

extern const PslMethodChoice psl_method_cooperation_kinds[];
extern const PslMethodChoice psl_method_cooperation_logics[];

/* The label of code in choices, translated; NULL when it is not there. */
const char *psl_method_choice_label (const PslMethodChoice *choices,
                                     const char            *code);

typedef struct
{
  char *day;                /* ISO */
  char *what;               /* kind of exchange or the review */
  char *text;               /* purpose, outcome or summary, or NULL */
} PslMethodEntry;

typedef struct
{
  guint      number;        /* 1 to 7 */
  const char *phase;        /* the seed's three phases, translated */
  const char *title;        /* translated */
  const char *stake;        /* « Les enjeux », shortened, translated */
  gboolean   done;
  GPtrArray *left;          /* char *: what is still to do, translated */
} PslMethodStep;

typedef struct
{
  char      *partnership_id;
  char      *with_name;     /* the partner or the firm */
  gboolean   with_partner;  /* FALSE: a firm */
  char      *with_id;
  char      *type_label;    /* the partnership's kind of cooperation (action) */
  char      *instrument;    /* code, or NULL */
  char      *instrument_label;
  char      *start_date;
  char      *end_date;
  char      *review_on;
  char      *pilot_name;    /* our contact, the pilot */
  char      *roadmap;       /* step 5, partnership.roadmap */

  /* What the method adds (NULL while not written). */
  char      *territory_needs;
  char      *structure_analysis;
  char      *strategy;
  char      *cooperation_kind;
  char      *cooperation_logic;
  char      *exchanges;
  char      *coordination;
  char      *launched_on;
  char      *spreading;

  /* The Annexe 3 diagnostic as the team answered it. */
  guint      respondents;           /* staff who answered at least one question */
  guint      questions_answered;    /* questions with at least one answer */
  guint      questions;             /* in the grid */
  GPtrArray *territory_answers;     /* PslMethodEntry: what = question, text = answers; part I.B */

  GPtrArray *contacts;              /* PslMethodEntry: interactions and events, newest first */
  GPtrArray *reviews;               /* PslMethodEntry, newest first */

  PslMethodStep steps[PSL_METHOD_STEPS];
  guint      steps_done;
} PslPartnershipMethod;

void                  psl_partnership_method_free (PslPartnershipMethod *method);

/* The partnership's method with what each step has done and left;
 * NULL with a French error when the partnership is not there. */
PslPartnershipMethod *psl_partnership_method_load (PslStore   *store,
                                                   const char *partnership_id,
                                                   GError    **error);

/* Writes one text of the method: field is one of territory_needs,
 * structure_analysis, strategy, exchanges, coordination, spreading, or
 * roadmap (the partnership's own).  A blank text or one longer than
 * PSL_METHOD_TEXT_MAX is refused; NULL clears it. */
gboolean              psl_partnership_method_set_text (PslStore   *store,
                                                       const char *partnership_id,
                                                       const char *field,
                                                       const char *text,
                                                       GError    **error);
/* kind: a code of psl_method_cooperation_kinds, logic one of
 * psl_method_cooperation_logics; NULL clears it. */
gboolean              psl_partnership_method_set_cooperation (PslStore   *store,
                                                              const char *partnership_id,
                                                              const char *kind,
                                                              const char *logic,
                                                              GError    **error);
/* day: ISO or JJ/MM/AAAA, not before the partnership started; NULL clears it. */
gboolean              psl_partnership_method_set_launched (PslStore   *store,
                                                           const char *partnership_id,
                                                           const char *day,
                                                           GError    **error);

/* The partnerships of a partner, by its id or its name, those in force
 * first: their ids.  NULL with a French error when there is no such
 * partner or it has no partnership. */
GPtrArray            *psl_partnership_method_of_partner (PslStore   *store,
                                                         const char *partner,
                                                         GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPartnershipMethod, psl_partnership_method_free)

G_END_DECLS
