/* psl-review-group.h — the values of a record an import kept for checking */
#pragma once

#include <adwaita.h>

#include "psl-record.h"

G_BEGIN_DECLS

#define PSL_TYPE_REVIEW_GROUP (psl_review_group_get_type ())
G_DECLARE_FINAL_TYPE (PslReviewGroup, psl_review_group, PSL, REVIEW_GROUP, AdwPreferencesGroup)

void  psl_review_group_set_record (PslReviewGroup *self,
                                   PslStore       *store,
                                   const char     *table,
                                   const PslField *fields,
                                   const char     *record_id);
void  psl_review_group_reload     (PslReviewGroup *self);
guint psl_review_group_get_n_marks(PslReviewGroup *self);

/* Called once the marks of a row are cleared by "Checked". */
typedef void (*PslReviewClearedFunc) (gpointer data);

guint psl_review_mark_row         (AdwActionRow        *row,
                                   PslStore            *store,
                                   const char          *table,
                                   const PslField      *fields,
                                   const char          *record_id,
                                   PslReviewClearedFunc cleared,
                                   gpointer             data);

G_END_DECLS
