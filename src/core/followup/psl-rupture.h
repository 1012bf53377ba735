/* psl-rupture.h — an immersion or a contract that ends before its term */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Ends the placement on end_date (not in the future, before its planned
 * end), by ended_by ("employer", "person" or "structure"), for cause, a
 * code of the list "rupture_cause".  The follow-ups its plan still had
 * after that day are withdrawn, and a meeting with the person is planned
 * a week on: the id of that follow-up, or NULL with error set. */
char  *psl_rupture_record          (PslStore   *store,
                                    const char *placement_id,
                                    const char *end_date,
                                    const char *ended_by,
                                    const char *cause,
                                    GError    **error);

/* What psl_rupture_record() would refuse, without recording anything:
 * for a window that saves it with something else. */
gboolean psl_rupture_check         (PslStore   *store,
                                    const char *placement_id,
                                    const char *end_date,
                                    const char *ended_by,
                                    const char *cause,
                                    GError    **error);

/* The plan's follow-ups still to do after the placement's end, withdrawn
 * (deleted, kept in the file): how many, or -1 with error set.  Nothing
 * when it has not ended. */
int    psl_followup_plan_withdraw  (PslStore   *store,
                                    const char *placement_id,
                                    GError    **error);

/* Whether a cause of the list "rupture_cause" says something of a
 * person's health, disability, justice or benefits: counted, never shown
 * small enough to point at someone. */
gboolean psl_rupture_cause_is_sensitive (const char *code);

G_END_DECLS
