/* psl-commitment.h — the contrat d'engagements réciproques: objectives, steps on both sides, reviews */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_commitment_fields[];
extern const PslField psl_commitment_step_fields[];

char      *psl_commitment_create_from_form (PslStore           *store,
                                            const char         *person_id,
                                            const char * const *columns,
                                            const char * const *values,
                                            GError            **error);
char      *psl_commitment_step_from_form   (PslStore           *store,
                                            const char         *commitment_id,
                                            const char * const *columns,
                                            const char * const *values,
                                            GError            **error);
GPtrArray *psl_commitment_lines            (PslStore           *store,
                                            const char         *person_id,
                                            GError            **error);
GPtrArray *psl_commitment_step_lines       (PslStore           *store,
                                            const char         *commitment_id,
                                            GError            **error);
char      *psl_commitment_current          (PslStore           *store,
                                            const char         *person_id);
const char *psl_commitment_outcome_label   (const char         *outcome);

G_END_DECLS
