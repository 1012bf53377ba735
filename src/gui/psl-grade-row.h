/* psl-grade-row.h — a row that rates one item with a few linked buttons, or leaves it unrated */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_GRADE_ROW (psl_grade_row_get_type ())
G_DECLARE_FINAL_TYPE (PslGradeRow, psl_grade_row, PSL, GRADE_ROW, AdwActionRow)

#define PSL_GRADE_ROW_UNRATED (-1)

/* Buttons first … last; tooltips (may be NULL) names each grade, in order. */
PslGradeRow *psl_grade_row_new       (const char         *title,
                                      int                 first,
                                      int                 last,
                                      const char * const *tooltips);
PslGradeRow *psl_grade_row_new_labelled (const char         *title,
                                         const char * const *labels);
int          psl_grade_row_get_grade (PslGradeRow        *self);
void         psl_grade_row_set_grade (PslGradeRow        *self,
                                      int                 grade);

G_END_DECLS
