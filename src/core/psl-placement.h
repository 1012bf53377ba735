/* psl-placement.h — placements (mises en relation): a person introduced to a firm */
#pragma once

#include "psl-store.h"

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
} PslPlacementLine;

void        psl_placement_line_free      (PslPlacementLine *line);
GPtrArray  *psl_placement_list_for_company (PslStore   *store,
                                            const char *company_id,
                                            GError    **error);
const char *psl_placement_stage_label    (const char *stage);

G_END_DECLS
