/* psl-choices.h — the lists a form offers for a column that names another record
 *
 * A form's combo lists partners, firms or a person's placements: each list
 * is named here, so that the window asks for "the partners" and never holds
 * the query that reads them.
 */
#pragma once

#include "psl-ref.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_CHOICES_NONE,                /* the column's reference list, or the team */
  PSL_CHOICES_PARTNERS,            /* the partners, by name */
  PSL_CHOICES_FIRMS,               /* the firms, by the name they trade under */
  PSL_CHOICES_PERSON_PLACEMENTS,   /* a person's immersions and contracts, latest first */
  PSL_CHOICES_MENTORS,             /* the volunteer mentors, by name */
  PSL_CHOICES_MENTOR_FOLLOWED,     /* whom a mentor follows and followed, the current first */
} PslChoiceSource;

/* PslRefItem (code = the record's id, label = its name).  parent_id is the
 * person for PSL_CHOICES_PERSON_PLACEMENTS, the mentor for
 * PSL_CHOICES_MENTOR_FOLLOWED, and is ignored otherwise. */
GPtrArray *psl_choices_load (PslStore        *store,
                             PslChoiceSource  source,
                             const char      *parent_id,
                             GError         **error);

G_END_DECLS
