/* psl-evaluation.h — Annexe 4: evaluating the relationship with a firm
 *
 * Form A describes the relationship and is computed from the data for a
 * year; form B rates the contact on twelve criteria.  The seed gives no
 * formula: the score and the quadrant below are Passerelle's documented,
 * configurable choice (see psl-evaluation.c).
 */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_FORM_B_CRITERIA 12

typedef enum
{
  PSL_CONTRACT_CDD,
  PSL_CONTRACT_CDI,
  PSL_CONTRACT_INTERIM,
  PSL_CONTRACT_AIDED,
  PSL_CONTRACT_PROFESSIONALISATION,
  PSL_CONTRACT_APPRENTICESHIP,
  PSL_CONTRACT_OTHER,
  PSL_N_CONTRACT_GROUPS
} PslContractGroup;

typedef enum
{
  PSL_RELATIONSHIP_UNKNOWN,
  PSL_RELATIONSHIP_UNDER_6_MONTHS,
  PSL_RELATIONSHIP_UNDER_1_YEAR,
  PSL_RELATIONSHIP_OVER_1_YEAR,
} PslRelationshipBand;

/* The yes-or-no items of form A that a person may set by hand. */
typedef enum
{
  PSL_FORM_A_NETWORK_PERSONAL,
  PSL_FORM_A_NETWORK_PROFESSIONAL,
  PSL_FORM_A_OUTBOUND,
  PSL_FORM_A_INBOUND,
  PSL_FORM_A_REGULAR,
  PSL_FORM_A_OCCASIONAL,
  PSL_FORM_A_SEASONAL,
  PSL_FORM_A_STILL_ACTIVE,
  PSL_FORM_A_N_ITEMS
} PslFormAItem;

typedef struct
{
  char                *sector;
  char                *size_band;
  int                  network_personal;       /* 1, 0, or -1 when unknown */
  int                  network_professional;
  gboolean             outbound;               /* first contact: prospection, forum, visit */
  gboolean             inbound;                /* first contact: a job offer */
  PslRelationshipBand  relationship;
  guint                proposed[4];            /* opportunities of year N-1, by phase */
  guint                realised[4];
  gboolean             regular;
  gboolean             occasional;
  gboolean             seasonal;
  guint                contracts[PSL_N_CONTRACT_GROUPS];
  gboolean             still_active;
  guint                overridden;             /* bits of PslFormAItem set by hand */
  int                  computed[PSL_FORM_A_N_ITEMS];  /* what the data say, -1 unknown */
} PslFormA;

typedef enum
{
  PSL_QUADRANT_TO_BUILD,        /* low quality, few opportunities */
  PSL_QUADRANT_TO_DEVELOP,      /* good quality, few opportunities */
  PSL_QUADRANT_TO_SECURE,       /* many opportunities, fragile relation */
  PSL_QUADRANT_PILLAR,          /* both */
} PslQuadrant;

typedef struct
{
  double quality_threshold;     /* 0-100, default 60 */
  double opportunity_threshold; /* weighted realised opportunities, default 4 */
  double phase_weights[4];      /* default 1, 2, 3, 3 */
} PslScoreSettings;

extern const char *const psl_form_b_criteria[PSL_FORM_B_CRITERIA];
extern const char *const psl_form_a_item_codes[PSL_FORM_A_N_ITEMS];
extern const char *const psl_form_a_item_labels[PSL_FORM_A_N_ITEMS];

void        psl_form_a_clear          (PslFormA          *form);
gboolean    psl_form_a_compute        (PslStore          *store,
                                       const char        *company_id,
                                       int                year,
                                       PslFormA          *form,
                                       GError           **error);
int         psl_form_a_get_item       (const PslFormA    *form,
                                       PslFormAItem       item);
gboolean    psl_form_a_override       (PslStore          *store,
                                       const char        *company_id,
                                       int                year,
                                       PslFormAItem       item,
                                       int                value,
                                       GError           **error);
const char *psl_contract_group_label  (PslContractGroup   group);
const char *psl_relationship_band_label (PslRelationshipBand band);

void        psl_score_settings_load   (PslStore          *store,
                                       PslScoreSettings  *settings);
gboolean    psl_score_settings_set    (PslStore          *store,
                                       const char        *setting,
                                       const char        *text,
                                       GError           **error);
double      psl_form_b_quality        (const int          scores[PSL_FORM_B_CRITERIA]);
double      psl_form_a_weighted_realised (const PslFormA         *form,
                                          const PslScoreSettings *settings);
PslQuadrant psl_evaluation_quadrant   (double             quality,
                                       double             weighted_realised,
                                       const PslScoreSettings *settings);
const char *psl_quadrant_label        (PslQuadrant        quadrant);

char       *psl_evaluation_add        (PslStore          *store,
                                       const char        *company_id,
                                       const char        *contact_id,
                                       const char        *evaluated_on,
                                       const int          scores[PSL_FORM_B_CRITERIA],
                                       int                overall,
                                       const char        *comments,
                                       GError           **error);
gboolean    psl_evaluation_latest     (PslStore          *store,
                                       const char        *company_id,
                                       int                scores[PSL_FORM_B_CRITERIA],
                                       char             **evaluated_on);

gboolean    psl_evaluation_parse_scores (const char *json,
                                         int         scores[PSL_FORM_B_CRITERIA]);
gboolean    psl_evaluation_nth        (PslStore          *store,
                                       const char        *company_id,
                                       guint              n,
                                       int                scores[PSL_FORM_B_CRITERIA],
                                       char             **evaluated_on);

G_END_DECLS
