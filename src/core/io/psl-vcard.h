/* psl-vcard.h — contacts as vCard 4.0 (RFC 6350), for address books */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

char     *psl_vcard_escape          (const char          *text);
char     *psl_vcard_fold            (const char          *line);
char     *psl_vcard_for_contacts    (PslStore            *store,
                                     const char * const  *contact_ids,
                                     GError             **error);
gboolean  psl_vcard_write_contacts  (PslStore            *store,
                                     const char * const  *contact_ids,
                                     const char          *path,
                                     GError             **error);

G_END_DECLS
