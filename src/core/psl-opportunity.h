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

extern const PslField psl_opportunity_fields[];

const char *psl_phase_label               (PslPhase    phase);
char       *psl_opportunity_create        (PslStore   *store,
                                           const char *company_id,
                                           PslPhase    phase,
                                           const char *title,
                                           const char *proposed_on,
                                           GError    **error);
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

G_END_DECLS
