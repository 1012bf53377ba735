/* psl-followup-plan.h — the dated follow-ups made when an immersion or a contract starts */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* A follow-up a plan asks for. */
typedef struct
{
  char *label;
  char *due_on;         /* YYYY-MM-DD, never a Saturday or a Sunday */
  char *step;           /* "template:step" or "template:step:repeat", kept with the follow-up */
} PslPlannedFollowup;

void        psl_planned_followup_free     (PslPlannedFollowup *planned);

/* The last day of the trial period a contract of this type has by law
 * when none was agreed (France: Code du travail; Belgium: none since 2014
 * but three days for temporary work); NULL when it has none. */
char       *psl_trial_end_default         (const char *contract_type,
                                           const char *start,
                                           const char *planned_end);
/* The last day of an agreed trial of trial_days calendar days. */
char       *psl_trial_end                 (const char *start,
                                           guint       trial_days);

/* The follow-ups of a template's steps (JSON, see migration 8) for a
 * placement with these dates (trial_end and end may be NULL), in date
 * order; steps that would fall before the start, or after the end, are
 * left out. */
GPtrArray  *psl_followup_plan_compute     (const char  *template_code,
                                           const char  *steps_json,
                                           const char  *start,
                                           const char  *trial_end,
                                           const char  *end,
                                           GError     **error);

/* The template that fits the placement (its kind, its contract type or
 * the purpose of the immersion); NULL with an error when none does or the
 * placement has not started. */
char       *psl_followup_plan_template_for (PslStore   *store,
                                            const char *placement_id,
                                            GError    **error);
/* Makes the placement's plan from template_code (NULL: the one that
 * fits): the number of follow-ups made, or -1 with error set — for a
 * placement not started, already ended, or that has a plan already. */
int         psl_followup_plan_create      (PslStore   *store,
                                           const char *placement_id,
                                           const char *template_code,
                                           GError    **error);
/* The plan, made once: when the placement has started and has none yet.
 * 0 and no error when there is nothing to do. */
int         psl_followup_plan_ensure      (PslStore   *store,
                                           const char *placement_id,
                                           GError    **error);

G_END_DECLS
