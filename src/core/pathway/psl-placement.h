/* psl-placement.h — placements (mises en relation): a person introduced to a firm */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *person_id;
  char *person_name;
  char *stage;          /* proposed … ended, refused, withdrawn */
  char *kind;           /* immersion, contract, or NULL */
  char *what;           /* the opportunity's title or the contract type, or NULL */
  char *proposed_on;
  char *start_date;
  char *end_date;       /* the actual end, else the planned one, or NULL */
  char *tutor_name;
  char *reason;         /* why refused, withdrawn or ended early, or NULL */
  char *company_id;
  char *company_name;
} PslPlacementLine;

void        psl_placement_line_free      (PslPlacementLine *line);
GPtrArray  *psl_placement_list_for_company (PslStore   *store,
                                            const char *company_id,
                                            GError    **error);
const char *psl_placement_stage_label    (const char *stage);
/* code, N_(label) pairs, NULL-ended, for forms and documents. */
extern const char *const psl_placement_stage_choices[];
extern const char *const psl_placement_kind_choices[];
extern const char *const psl_placement_immersion_type_choices[];
extern const char *const psl_placement_ender_choices[];

extern const PslField psl_placement_fields[];

GPtrArray  *psl_placement_lines_for_person (PslStore   *store,
                                            const char *person_id,
                                            GError    **error);
char       *psl_placement_propose        (PslStore   *store,
                                          const char *person_id,
                                          const char *opportunity_id,
                                          const char *staff_id,
                                          GError    **error);
char       *psl_placement_overlap        (PslStore   *store,
                                          const char *person_id);

G_END_DECLS
