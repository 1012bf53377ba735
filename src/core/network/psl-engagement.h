/* psl-engagement.h — a firm's engagement (Annexe 5 survey) and its partnership level */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_ENGAGEMENT_TEMPLATE "annexe5_engagement"

typedef struct
{
  char *block;          /* the title of its block */
  char *code;
  char *kind;           /* "yes_no" or "text" */
  char *label;
  int   phase;          /* the phase a "yes" opens, or 0 */
} PslQuestion;

typedef struct
{
  char *set_on;
  char *level;          /* labels, not codes */
  char *suggested;
  char *staff_name;
  char *reason;
} PslLevelChange;

void        psl_question_free                (PslQuestion *question);
GPtrArray  *psl_engagement_questions         (PslStore   *store);
void        psl_level_change_free            (PslLevelChange *change);
GPtrArray  *psl_company_level_history        (PslStore   *store,
                                              const char *company_id,
                                              GError    **error);
GPtrArray  *psl_engagement_yes_no_codes      (PslStore   *store);
char       *psl_engagement_save              (PslStore   *store,
                                              const char *company_id,
                                              const char *answered_on,
                                              GHashTable *answers,
                                              gboolean    open_opportunities,
                                              guint      *n_opened,
                                              GError    **error);
GHashTable *psl_engagement_latest            (PslStore   *store,
                                              const char *company_id,
                                              char      **answered_on);

const char *psl_company_suggest_level        (PslStore   *store,
                                              const char *company_id,
                                              const char *today,
                                              GError    **error);
gboolean    psl_company_set_level            (PslStore   *store,
                                              const char *company_id,
                                              const char *level,
                                              const char *staff_id,
                                              const char *reason,
                                              const char *today,
                                              GError    **error);

G_END_DECLS
