/* psl-timeline.h — every dated fact of a person's pathway, in order */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Facts of the same day come in this order. */
typedef enum
{
  PSL_TIMELINE_ENTRY,                /* person.entered_on */
  PSL_TIMELINE_REFERENT,             /* person_referent.from_date */
  PSL_TIMELINE_COMMITMENT_SIGNED,    /* commitment.signed_on */
  PSL_TIMELINE_COMPETENCE,           /* competence_evaluation.evaluated_on */
  PSL_TIMELINE_BARRIER_IDENTIFIED,   /* barrier.identified_on */
  PSL_TIMELINE_PLACEMENT_PROPOSED,   /* placement.proposed_on */
  PSL_TIMELINE_IMMERSION,            /* placement start_date .. end: a span */
  PSL_TIMELINE_CONTRACT,             /* placement start_date .. end: a span */
  PSL_TIMELINE_STEP_DUE,             /* commitment_step.due_on, not done */
  PSL_TIMELINE_STEP_DONE,            /* commitment_step.done_on */
  PSL_TIMELINE_FOLLOWUP_DUE,         /* followup.due_on, not done */
  PSL_TIMELINE_FOLLOWUP_DONE,        /* followup.done_on */
  PSL_TIMELINE_ALERT_RAISED,         /* alert.opened_on */
  PSL_TIMELINE_ALERT_RESOLVED,       /* alert.resolved_on */
  PSL_TIMELINE_BARRIER_LIFTED,       /* barrier.lifted_on */
  PSL_TIMELINE_COMMITMENT_REVIEW,    /* commitment.review_on, held or planned */
  PSL_TIMELINE_EXIT,                 /* person.exited_on */
} PslTimelineKind;

typedef struct
{
  char            *date;       /* YYYY-MM-DD */
  char            *end_date;   /* spans only: the actual end, else the planned one; NULL when open */
  PslTimelineKind  kind;
  char            *label;      /* what happened, in the user's language */
  char            *ref_id;     /* the row the fact comes from */
} PslTimelineFact;

void        psl_timeline_fact_free   (PslTimelineFact *fact);
/* PslTimelineFact, oldest first; deleted rows left out. */
GPtrArray  *psl_timeline_for_person  (PslStore        *store,
                                      const char      *person_id,
                                      GError         **error);
const char *psl_timeline_kind_label  (PslTimelineKind  kind);

G_END_DECLS
