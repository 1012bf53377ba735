/* psl-matching.h — who fits an opportunity, and which opportunities fit a person, with the reasons */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* The parts of a score, out of 100 in all. */
#define PSL_MATCH_PHASE_SAME        30   /* ready for this phase */
#define PSL_MATCH_PHASE_NEAR        10   /* one phase before or after */
#define PSL_MATCH_PROJECT_SAME      30   /* the project's ROME code is the job's */
#define PSL_MATCH_PROJECT_DOMAIN    15   /* same ROME domain (letter and two digits) */
#define PSL_MATCH_PROJECT_WORDS     10   /* the project's words name the job */
#define PSL_MATCH_COMPETENCE        25   /* times the share of the levels asked that are met */
#define PSL_MATCH_AVAILABLE         15   /* free on the start date */
#define PSL_MATCH_BARRIER_EACH       3   /* taken off for each barrier still open… */
#define PSL_MATCH_BARRIER_MAX       15   /* …up to this */

typedef struct
{
  char      *id;         /* the person's, or the opportunity's */
  char      *label;      /* "Puech Léa", or "Vendeur — Boulangerie Vidal" */
  char      *company_id; /* the opportunity's firm, for the reverse ranking */
  int        score;      /* 0 to 100 */
  gboolean   blocked;    /* a barrier rules it out for now: listed last */
  GPtrArray *reasons;    /* char *, plain sentences, the strongest first */
} PslMatch;

void       psl_match_free               (PslMatch   *match);
GPtrArray *psl_matching_for_opportunity (PslStore   *store,
                                         const char *opportunity_id,
                                         const char *today,
                                         guint       limit,
                                         GError    **error);
GPtrArray *psl_matching_for_person      (PslStore   *store,
                                         const char *person_id,
                                         const char *today,
                                         guint       limit,
                                         GError    **error);

G_END_DECLS
