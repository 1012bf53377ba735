/* psl-sync-changes.h — changesets read column by column: the clock that
 * decides concurrent edits, and another site's changes applied by it
 *
 * The rule, the same at every site whatever the order files arrive in:
 *  - each column of a row keeps the time (the change's updated_at) and the
 *    site of its last write; a change to a column wins when its time is
 *    later, the site's id breaking a tie, so that two sites editing
 *    different fields of one firm both keep their edit;
 *  - an insert's values are older than any edit of the row (an edit can
 *    only be made on a row already received);
 *  - a row deleted for good stays deleted; a deletion by deleted_at is a
 *    column like the others, so a deletion wins over an older edit;
 *  - the same firm created at two sites (same SIRET/BCE, or same name and
 *    postcode) becomes one: the smaller id is kept, the other is marked
 *    deleted and everything that pointed to it points to the one kept;
 *  - when two sites wrote the same column without having seen each other's
 *    write, and the values differ, the pair is kept as a conflict for the
 *    user to see, whichever won. */
#pragma once

struct sqlite3;

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *name;
  GPtrArray  *columns;      /* names, in the table's order */
  GHashTable *positions;    /* name → position + 1 */
  GPtrArray  *company_keys; /* columns that point to a firm */
} PslSyncTable;

typedef struct
{
  const char *site_id;      /* the site that wrote the file */
  gint64      seq;          /* its number */
  GHashTable *known;        /* site id → last number the writer had applied */
  GHashTable *columns;      /* table → GPtrArray of its column names in the file */
} PslSyncOrigin;

typedef struct
{
  guint changes;
  guint applied;      /* changes that altered at least one column */
  guint conflicts;
  guint merged;       /* firms merged */
  char *latest;       /* the latest updated_at met */
} PslSyncCounts;

PslSyncTable *psl_sync_table_read           (struct sqlite3     *db,
                                             const char         *name);
void          psl_sync_table_free           (PslSyncTable       *table);
GHashTable   *psl_sync_tables_read          (struct sqlite3     *db);

gint64        psl_sync_next_file_seq        (struct sqlite3     *db);

gboolean      psl_sync_changes_note_local   (struct sqlite3     *db,
                                             GHashTable         *tables,
                                             const void         *changeset,
                                             int                 size,
                                             const char         *site_id,
                                             gint64              file_seq,
                                             GError            **error);
/* Applies one changeset of another site in the transaction under way. */
gboolean      psl_sync_changes_apply        (PslStore           *store,
                                             GHashTable         *tables,
                                             const void         *changeset,
                                             int                 size,
                                             const PslSyncOrigin*origin,
                                             PslSyncCounts      *counts,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncTable, psl_sync_table_free)

G_END_DECLS
