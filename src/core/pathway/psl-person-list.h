/* psl-person-list.h — the people accompanied as a list model, with filters */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PERSON_ROW (psl_person_row_get_type ())
G_DECLARE_FINAL_TYPE (PslPersonRow, psl_person_row, PSL, PERSON_ROW, GObject)

typedef enum
{
  PSL_PEOPLE_ALL,
  PSL_PEOPLE_IN_PATHWAY,   /* not yet exited */
  PSL_PEOPLE_EXITED,
} PslPeopleStatus;

typedef struct
{
  PslPeopleStatus  status;
  const char      *referent_id;   /* NULL for any */
  const char      *phase;         /* "1".."4", NULL for any */
  const char      *antenna_id;    /* the site the person belongs to, NULL for any */
  gboolean         no_referent;   /* only those nobody follows */
  gboolean         overdue;       /* only those with something past due */
  gboolean         to_check;      /* only those an import kept values of for checking */
  const char      *today;
} PslPeopleFilter;

const char *psl_person_row_get_id            (PslPersonRow *self);
const char *psl_person_row_get_name          (PslPersonRow *self);
const char *psl_person_row_get_age_band      (PslPersonRow *self);
const char *psl_person_row_get_commune       (PslPersonRow *self);
const char *psl_person_row_get_referent_name (PslPersonRow *self);
const char *psl_person_row_get_situation     (PslPersonRow *self);
const char *psl_person_row_get_phase_label   (PslPersonRow *self);
const char *psl_person_row_get_antenna_name  (PslPersonRow *self);
const char *psl_person_row_get_entered_on    (PslPersonRow *self);
const char *psl_person_row_get_exited_on     (PslPersonRow *self);
const char *psl_person_row_get_next_due      (PslPersonRow *self);
gboolean    psl_person_row_get_to_check      (PslPersonRow *self);
gboolean    psl_person_row_matches           (PslPersonRow          *self,
                                              const PslPeopleFilter *filter,
                                              char * const          *folded_words);

/* The people followed of part (all, those in their pathway, those who
 * left), as PslPersonRow objects in the file's order: the page shows those
 * in their pathway first, and reads the others after. */
GPtrArray  *psl_person_list_load             (PslStore        *store,
                                              PslPeopleStatus  part,
                                              const char      *today,
                                              GError         **error);
/* What the page shows first, read whatever the size of the file: the
 * first n_rows people in their pathway by name, folded. */
#define PSL_PEOPLE_FIRST_ROWS 200
GPtrArray  *psl_person_list_load_first       (PslStore        *store,
                                              guint            n_rows,
                                              const char      *today,
                                              GError         **error);
/* The others in their pathway: all of them but those of earlier. */
GPtrArray  *psl_person_list_load_rest        (PslStore        *store,
                                              GPtrArray       *earlier,
                                              const char      *today,
                                              GError         **error);

/* text (an SQL expression) folded in SQL as psl_fold () folds names:
 * the expression of the index person_name_folded. */
char       *psl_person_folded_name_sql       (const char      *text);

G_END_DECLS
