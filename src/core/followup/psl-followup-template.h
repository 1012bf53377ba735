/* psl-followup-template.h — the templates follow-up plans are made from, as the preferences edit them */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* A step of a plan: a follow-up dated from an anchor. */
typedef struct
{
  char     *label;
  char     *anchor;    /* "start", "trial_end" or "end" */
  int       days;      /* from the anchor, negative before it */
  int       months;
  gboolean  weekly;    /* repeated every week up to the end */
} PslPlanStep;

typedef struct
{
  char      *code;
  char      *label;
  char      *applies_to;   /* what placements it is for, in words */
  GPtrArray *steps;        /* PslPlanStep, in order */
} PslFollowupTemplate;

PslPlanStep *psl_plan_step_new            (const char *label,
                                           const char *anchor,
                                           int         days,
                                           int         months,
                                           gboolean    weekly);
PslPlanStep *psl_plan_step_copy           (const PslPlanStep *step);
void         psl_plan_step_free           (PslPlanStep *step);
/* "2 days after the start", "4 weeks before the end, then every week"… */
char        *psl_plan_step_describe       (const PslPlanStep *step);
const char  *psl_plan_anchor_label        (const char *anchor);
extern const char *const psl_plan_anchors[];

void         psl_followup_template_free   (PslFollowupTemplate *template);
/* The templates in the order they are tried. */
GPtrArray   *psl_followup_template_list   (PslStore   *store,
                                           GError    **error);
/* Replaces the steps of the template code.  Refused: no step, a step
 * without a name, with an anchor not known, more than ten years away;
 * plans made already keep their follow-ups. */
gboolean     psl_followup_template_set_steps (PslStore   *store,
                                              const char *code,
                                              GPtrArray  *steps,
                                              GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslPlanStep, psl_plan_step_free)

G_END_DECLS
