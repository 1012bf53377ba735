/* psl-sensitive.h — what is confidential about a person (health, disability, justice, benefits), kept apart */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_sensitive_fields[];

char      *psl_sensitive_create_from_form (PslStore           *store,
                                           const char         *person_id,
                                           const char * const *columns,
                                           const char * const *values,
                                           GError            **error);
GPtrArray *psl_sensitive_lines            (PslStore           *store,
                                           const char         *person_id,
                                           GError            **error);
const char *psl_sensitive_category_label  (const char         *category);

G_END_DECLS
