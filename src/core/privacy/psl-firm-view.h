/* psl-firm-view.h — what a firm may be told about a person it is introduced to
 *
 * Professional secrecy (seed 001: "respecter la confidentialité des
 * informations échangées avec la personne suivie", "éviter de stigmatiser
 * les personnes en insertion") keeps from a firm everything but what serves
 * the job: the person's name, project, qualification, strengths, languages,
 * mobility and availability, and whom at the structure to call.  Never the
 * barriers, the confidential part, the situation or benefits, the date of
 * birth, the address or the notes: none of them is even read here. */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *label;   /* what it is, in the user's language */
  char *value;
} PslFirmViewLine;

void       psl_firm_view_line_free   (PslFirmViewLine *line);
/* PslFirmViewLine, in the order of a presentation; what is not known is
 * left out.  NULL and error when the person is not in the database. */
GPtrArray *psl_firm_view_for_person  (PslStore        *store,
                                      const char      *person_id,
                                      GError         **error);

G_END_DECLS
