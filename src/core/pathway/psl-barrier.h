/* psl-barrier.h — a person's barriers (freins périphériques): identified, being lifted, lifted */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_barrier_fields[];
/* code, N_(label) pairs, NULL-ended. */
extern const char *const psl_barrier_status_choices[];

char      *psl_barrier_create_from_form (PslStore           *store,
                                         const char         *person_id,
                                         const char * const *columns,
                                         const char * const *values,
                                         GError            **error);
GPtrArray *psl_barrier_lines            (PslStore           *store,
                                         const char         *person_id,
                                         GError            **error);

G_END_DECLS
