/* psl-person.h — a person accompanied: identity, referents over time, duplicates and their merge */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

extern const PslField psl_person_fields[];
/* code, N_(label) pairs, NULL-ended. */
extern const char *const psl_person_sex_choices[];
extern const char *const psl_person_accompaniment_choices[];

/* Someone else recorded with the same name and date of birth. */
typedef struct
{
  char *id;
  char *label;          /* "Léa Puech, entrée le 03/02/2025" */
} PslPersonDuplicate;

/* Who followed the person, from when to when (to_date NULL: still). */
typedef struct
{
  char *staff_id;
  char *staff_name;
  char *from_date;
  char *to_date;
} PslReferentPeriod;

char      *psl_person_create             (PslStore           *store,
                                          const char         *first_name,
                                          const char         *last_name,
                                          const char         *birth_date,
                                          const char         *referent_id,
                                          const char         *entered_on,
                                          GError            **error);
char      *psl_person_create_from_form   (PslStore           *store,
                                          const char         *parent_id,
                                          const char * const *columns,
                                          const char * const *values,
                                          GError            **error);
char      *psl_person_insert_whole       (PslStore           *store,
                                          const char * const *columns,
                                          const char * const *values,
                                          GError            **error);
gboolean   psl_person_set                (PslStore           *store,
                                          const char         *id,
                                          const char         *column,
                                          const char         *value,
                                          GError            **error);
char      *psl_person_display_name       (PslStore           *store,
                                          const char         *id);
GPtrArray *psl_person_referents          (PslStore           *store,
                                          const char         *id,
                                          GError            **error);
GPtrArray *psl_person_find_duplicates    (PslStore           *store,
                                          const char         *first_name,
                                          const char         *last_name,
                                          const char         *birth_date,
                                          const char         *except_id,
                                          GError            **error);
gboolean   psl_person_merge              (PslStore           *store,
                                          const char         *keep_id,
                                          const char         *duplicate_id,
                                          GError            **error);
void       psl_person_duplicate_free     (PslPersonDuplicate *duplicate);
void       psl_referent_period_free      (PslReferentPeriod  *period);

G_END_DECLS
