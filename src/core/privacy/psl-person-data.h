/* psl-person-data.h — everything held on one person, for their right of access and to portability
 *
 * One JSON document: the person's record, then one section per kind of
 * record that names them (confidential items opened, placements with
 * their firm, follow-ups, notes, consents, the journal of who read their
 * file).  The printed version is made from the same document, so that
 * what is printed and what is exported cannot differ. */
#pragma once

#include <json-glib/json-glib.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Reads it for the actor (referent or direction), journaling action
 * (PSL_AUDIT_EXPORT or PSL_AUDIT_PRINT). */
JsonNode   *psl_person_data_collect     (PslStore    *store,
                                         const char  *person_id,
                                         gboolean     for_print,
                                         GError     **error);
gboolean    psl_person_data_write_json  (JsonNode    *data,
                                         const char  *path,
                                         GError     **error);
/* The label of a section's table and of one of its columns, in the
 * user's language. */
#include "psl-record.h"
const PslField *psl_person_data_field   (const char  *table,
                                         const char  *column);
const char *psl_person_data_column_label(const char  *table,
                                         const char  *column);

G_END_DECLS
