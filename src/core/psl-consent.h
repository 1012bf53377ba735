/* psl-consent.h — what a person agreed to share, with whom, from when to when */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_consent_fields[];

char      *psl_consent_create_from_form (PslStore           *store,
                                         const char         *person_id,
                                         const char * const *columns,
                                         const char * const *values,
                                         GError            **error);
GPtrArray *psl_consent_lines            (PslStore           *store,
                                         const char         *person_id,
                                         GError            **error);
gboolean   psl_consent_allows           (PslStore           *store,
                                         const char         *person_id,
                                         const char         *scope,
                                         const char         *company_id,
                                         const char         *on_date,
                                         char              **why_not);

G_END_DECLS
