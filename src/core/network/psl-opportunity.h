/* psl-opportunity.h — what a firm opens, on the four phases of a pathway */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_PHASE_ORIENTATION = 1,   /* job discovery: visit, meeting a professional */
  PSL_PHASE_CONFIRMATION,      /* project confirmation: stage, immersion (PMSMP) */
  PSL_PHASE_ALTERNANCE,        /* work-study: apprenticeship, professionalisation */
  PSL_PHASE_EMPLOYMENT,
} PslPhase;

typedef struct
{
  int   year;
  guint proposed[4];
  guint realised[4];
} PslPhaseYear;

/* A firm hosting more immersions than this in 90 days is over-solicited. */
#define PSL_HOST_LOAD_WINDOW_DAYS 90
#define PSL_HOST_LOAD_DEFAULT_LIMIT 4

typedef struct
{
  guint immersions;     /* immersions started in the window */
  guint requests;       /* placements proposed to the firm in the window */
  guint limit;
  gboolean over;
} PslHostLoad;

typedef struct
{
  char    *id;
  PslPhase phase;
  char    *title;
  char    *kind;            /* label of the sub-type, or NULL */
  char    *status;          /* open, filled, cancelled, refused */
  char    *proposed_on;
  char    *start_date;
  char    *end_date;
  guint    places;
  char    *contract;        /* label of the contract type, or NULL */
  double   weekly_hours;    /* 0 when not said */
  char    *refusal_reason;
  guint    started;         /* people who started an immersion or a contract on it */
} PslOpportunity;

extern const PslField psl_opportunity_fields[];

const char *psl_phase_label               (PslPhase    phase);
char       *psl_opportunity_create        (PslStore   *store,
                                           const char *company_id,
                                           PslPhase    phase,
                                           const char *title,
                                           const char *proposed_on,
                                           GError    **error);
char       *psl_opportunity_create_from_form (PslStore          *store,
                                              const char        *company_id,
                                              const char * const *columns,
                                              const char * const *values,
                                              GError           **error);
gboolean    psl_opportunity_check_form    (GHashTable *values,
                                           const char **refused_column,
                                           GError    **error);
void        psl_opportunity_free          (PslOpportunity *opportunity);
GPtrArray  *psl_opportunity_list_for_company (PslStore *store,
                                              const char *company_id,
                                              GError   **error);
const char *psl_opportunity_status_label  (const char *status);
gboolean    psl_opportunity_set           (PslStore   *store,
                                           const char *id,
                                           const char *column,
                                           const char *value,
                                           GError    **error);
GArray     *psl_opportunity_phase_years   (PslStore   *store,
                                           const char *company_id,
                                           GError    **error);
gboolean    psl_company_host_load         (PslStore   *store,
                                           const char *company_id,
                                           const char *today,
                                           PslHostLoad *load,
                                           GError    **error);

gboolean    psl_host_load_set_limit       (PslStore   *store,
                                           const char *text,
                                           GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslOpportunity, psl_opportunity_free)

G_END_DECLS
