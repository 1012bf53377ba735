/* psl-outcome.h — what a person's exit counts as, and their age band, as funders count them */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* A contract of this many months or more is lasting employment. */
#define PSL_OUTCOME_DURABLE_MONTHS 6

typedef enum
{
  PSL_AGE_UNKNOWN,
  PSL_AGE_UNDER_25,
  PSL_AGE_25_TO_54,
  PSL_AGE_55_AND_OVER,
} PslAgeBand;

const char *psl_outcome_classify   (const char  *contract_type,
                                    const char  *start_date,
                                    const char  *end_date);
char       *psl_outcome_computed   (PslStore    *store,
                                    const char  *person_id,
                                    GError     **error);
/* What was recorded at the person's exit; FALSE with no error when the
 * person is not in the file.  Each out text is NULL when not recorded. */
gboolean    psl_outcome_recorded   (PslStore    *store,
                                    const char  *person_id,
                                    char       **outcome,
                                    char       **reason,
                                    char       **exited_on,
                                    GError     **error);
gboolean    psl_outcome_set        (PslStore    *store,
                                    const char  *person_id,
                                    const char  *outcome,
                                    const char  *reason,
                                    GError     **error);
PslAgeBand  psl_age_band           (const char  *birth_date,
                                    const char  *on_date);
const char *psl_age_band_label     (PslAgeBand   band);

G_END_DECLS
