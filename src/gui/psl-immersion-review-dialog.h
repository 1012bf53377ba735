/* psl-immersion-review-dialog.h — the window for an immersion's end evaluation */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_IMMERSION_REVIEW_DIALOG (psl_immersion_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslImmersionReviewDialog, psl_immersion_review_dialog, PSL, IMMERSION_REVIEW_DIALOG, PslSheet)

PslImmersionReviewDialog *psl_immersion_review_dialog_new       (GtkWindow                *parent,
                                                                 PslStore                 *store,
                                                                 const char               *placement_id);
/* For tests and keyboard users alike: adds a skill to the grid. */
void                      psl_immersion_review_dialog_add_skill (PslImmersionReviewDialog *self,
                                                                 const char               *skill,
                                                                 int                       level);
guint                     psl_immersion_review_dialog_get_n_skills (PslImmersionReviewDialog *self);
void                      psl_immersion_review_dialog_set_level (PslImmersionReviewDialog *self,
                                                                 guint                     skill,
                                                                 int                       level);
void                      psl_immersion_review_dialog_set_comments (PslImmersionReviewDialog *self,
                                                                    const char               *host,
                                                                    const char               *person);

G_END_DECLS
