/* psl-immersion-review.h — the end evaluation of an immersion: each skill aimed at, how far acquired, both views */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_SKILL_NOT_ACQUIRED,
  PSL_SKILL_PARTLY_ACQUIRED,
  PSL_SKILL_FULLY_ACQUIRED,
  PSL_SKILL_N_LEVELS
} PslSkillLevel;

typedef struct
{
  char          *skill;
  PslSkillLevel  level;
} PslSkillReview;

typedef struct
{
  char      *evaluated_on;      /* YYYY-MM-DD */
  GPtrArray *skills;            /* PslSkillReview, in the order given */
  char      *host_comment;      /* the host firm's view, or NULL */
  char      *person_comment;    /* the person's own words, or NULL */
} PslImmersionReview;

PslImmersionReview *psl_immersion_review_new     (void);
void                psl_immersion_review_free    (PslImmersionReview       *review);
void                psl_immersion_review_add     (PslImmersionReview       *review,
                                                  const char               *skill,
                                                  PslSkillLevel             level);
const char         *psl_skill_level_label        (PslSkillLevel             level);
/* NULL and no error for NULL json (no evaluation yet). */
PslImmersionReview *psl_immersion_review_parse    (const char               *json,
                                                  GError                  **error);
/* NULL and no error when the immersion has no evaluation yet. */
PslImmersionReview *psl_immersion_review_load    (PslStore                 *store,
                                                  const char               *placement_id,
                                                  GError                  **error);
gboolean            psl_immersion_review_save    (PslStore                 *store,
                                                  const char               *placement_id,
                                                  const PslImmersionReview *review,
                                                  GError                  **error);
/* An immersion that has started: it can be evaluated. */
gboolean            psl_immersion_review_applies (PslStore                 *store,
                                                  const char               *placement_id);
/* As stored in placement.evaluation; NULL when no skill has a name. */
char               *psl_immersion_review_to_json (const PslImmersionReview *review);
/* What a first evaluation starts from: the skills of the objectives, and
 * the immersion's last day (today if it is still to come). */
gboolean            psl_immersion_review_draft   (PslStore                 *store,
                                                  const char               *placement_id,
                                                  GStrv                    *skills,
                                                  char                    **evaluated_on,
                                                  GError                  **error);
/* The skills aimed at, one a line, from the immersion's objectives. */
GStrv               psl_immersion_review_skills_from_objectives (const char *objectives);
/* The whole evaluation as text to read, a skill a line. */
char               *psl_immersion_review_to_text (const PslImmersionReview *review);
/* "2 of 3 skills fully acquired, 1 partly". */
char               *psl_immersion_review_summary (const PslImmersionReview *review);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImmersionReview, psl_immersion_review_free)

G_END_DECLS
