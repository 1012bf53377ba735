/* psl-id-table.h — records' ids numbered in the order they are met
 *
 * A reading that joins rows to the records they name (200,000 placements
 * to their person, firm and opportunity) looks each id up.  In a GLib hash
 * table of strings a lookup touches four places in memory (hash, key,
 * value, and the key's text to compare); on tables of 100,000 ids and
 * more these outgrow the processor's caches, and the lookups cost more
 * than twice as much for twice as many.  Here an id of a UUID's length, as
 * Passerelle makes them, is kept in its slot: a lookup reads one slot.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PslIdTable PslIdTable;

#define PSL_ID_NONE G_MAXUINT

PslIdTable *psl_id_table_new     (void);
void        psl_id_table_free    (PslIdTable *table);
/* The number of id: 0 for the first id added, 1 for the next…; ids
 * not met before are numbered when add, else PSL_ID_NONE.  NULL is
 * PSL_ID_NONE. */
guint       psl_id_table_number  (PslIdTable *table,
                                  const char *id,
                                  gboolean    add);
guint       psl_id_table_size    (PslIdTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslIdTable, psl_id_table_free)

G_END_DECLS
