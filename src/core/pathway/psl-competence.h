/* psl-competence.h — the seed-000 competence grid, for a person or required by a job, and the gap between them */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

/* Technicité, organisation, environnement professionnel: 20 items. */
#define PSL_COMPETENCE_MAX_ITEMS 64
/* Levels 0 to 4; -1 when the item was not rated. */
#define PSL_COMPETENCE_UNRATED (-1)
#define PSL_COMPETENCE_TOP      4

/* One rated grid: levels in the order of the reference list "competence". */
typedef struct
{
  guint n_items;
  int   levels[PSL_COMPETENCE_MAX_ITEMS];
} PslCompetenceGrid;

/* How far a person is from what a job asks, item by item. */
typedef struct
{
  guint n_required;     /* items the job rates above 0 */
  guint n_compared;     /* of those, items the person was rated on */
  guint n_short;        /* items where the person is below the job */
  int   missing;        /* the sum of the levels missing */
  int   required;       /* the sum of the levels the job asks, on the compared items */
  int   worst_item;     /* the index of the largest shortfall, or -1 */
} PslCompetenceGap;

/* An item of the grid, in its group. */
typedef struct
{
  char *code;
  char *label;
  char *group_code;     /* NULL when the item has no group */
  char *group_label;
} PslCompetenceItem;

/* One dated evaluation of a person's grid. */
typedef struct
{
  char  *id;
  char  *evaluated_on;  /* YYYY-MM-DD */
  char  *staff_name;    /* who evaluated, or NULL */
  char  *context;       /* where it was made (interview, immersion…), or NULL */
  double average;       /* the mean level of the items rated, or -1.0 with none */
  guint  n_rated;
} PslCompetenceEvaluation;

void       psl_competence_item_free  (PslCompetenceItem *item);
GPtrArray *psl_competence_items      (PslStore          *store,
                                      GError           **error);
/* owner_column: "person_id", "opportunity_id" or "company_trade_id". */
gboolean   psl_competence_latest     (PslStore          *store,
                                      const char        *owner_column,
                                      const char        *owner_id,
                                      PslCompetenceGrid *grid,
                                      char             **evaluated_on,
                                      GError           **error);
char      *psl_competence_save       (PslStore          *store,
                                      const char        *owner_column,
                                      const char        *owner_id,
                                      const char        *evaluated_on,
                                      const char        *staff_id,
                                      const char        *context,
                                      const PslCompetenceGrid *grid,
                                      GError           **error);
/* The opportunity's own grid, else its firm's trade of the same label or
 * ROME code; source_label says which. */
gboolean   psl_competence_job_for_opportunity (PslStore          *store,
                                               const char        *opportunity_id,
                                               PslCompetenceGrid *grid,
                                               char             **source_label,
                                               GError           **error);
/* The same as psl_competence_job_for_opportunity(). */
gboolean   psl_competence_for_job    (PslStore          *store,
                                      const char        *opportunity_id,
                                      PslCompetenceGrid *grid,
                                      char             **source,
                                      GError           **error);

void       psl_competence_evaluation_free (PslCompetenceEvaluation *evaluation);
/* PslCompetenceEvaluation, newest first. */
GPtrArray *psl_competence_history    (PslStore          *store,
                                      const char        *person_id,
                                      GError           **error);
/* The same, as PslRecordLine for a list of records. */
GPtrArray *psl_competence_history_lines (PslStore       *store,
                                         const char     *person_id,
                                         GError        **error);
const char *psl_competence_level_label (int              level);
/* PslRefItem: the opportunities to compare a person's grid with. */
GPtrArray  *psl_competence_jobs_for_person (PslStore     *store,
                                            const char   *person_id,
                                            GError      **error);

void psl_competence_grid_init (PslCompetenceGrid       *grid,
                               guint                    n_items);
void psl_competence_gap       (const PslCompetenceGrid *person,
                               const PslCompetenceGrid *job,
                               PslCompetenceGap        *gap);
/* 1.0 when the person meets every level the job asks, 0.0 when they meet
 * none; -1.0 when nothing can be compared. */
double psl_competence_fit     (const PslCompetenceGap  *gap);

G_END_DECLS
