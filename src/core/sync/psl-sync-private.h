/* psl-sync-private.h — what the parts of the sync share, and nothing
 * outside src/core/sync needs */
#pragma once

#include <json-glib/json-glib.h>

#include "psl-store.h"
#include "psl-sync-seal.h"

G_BEGIN_DECLS

char       *psl_sync_change_path     (const char       *folder,
                                      const char       *site_id,
                                      gint64            seq);
char       *psl_sync_site_name       (PslStore         *store,
                                      const char       *site_id);
/* site id → the last number applied of its files (gint64 *). */
GHashTable *psl_sync_load_known      (PslStore         *store);
char       *psl_sync_known_to_json   (GHashTable       *known);
GHashTable *psl_sync_known_from_json (JsonNode         *node);
gboolean    psl_sync_number_outbox   (PslStore         *store,
                                      GError          **error);

/* Writes this site's snapshot when it has none, when its last is a week
 * old, or when forced; older snapshots of this site are then removed. */
gboolean    psl_sync_snapshot_refresh(PslStore         *store,
                                      const char       *folder,
                                      const PslSyncKey *key,
                                      gboolean          force,
                                      GError          **error);

typedef struct
{
  char       *site_id;    /* the site that wrote it */
  guint       schema;
  char       *written_at;
  GHashTable *known;      /* what it holds: site id → last file number */
} PslSnapshotInfo;

void        psl_snapshot_info_free   (PslSnapshotInfo  *info);
/* The folder's latest snapshot, decrypted into the file dest. */
PslSnapshotInfo *psl_sync_snapshot_restore (const char       *folder,
                                            const PslSyncKey *key,
                                            const char       *dest,
                                            GError          **error);

/* The structure key of the confidential texts, given to the other sites. */
void        psl_sync_share_privacy_key (PslStore         *store,
                                        const char       *folder,
                                        const PslSyncKey *key);
gboolean    psl_sync_take_privacy_key  (PslStore         *store,
                                        const char       *folder,
                                        const PslSyncKey *key,
                                        GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSnapshotInfo, psl_snapshot_info_free)

G_END_DECLS
