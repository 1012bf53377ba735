/* psl-engagement.h — a firm's engagement (Annexe 5 survey) and its partnership level */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_ENGAGEMENT_TEMPLATE "annexe5_engagement"

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
