/* psl-sync-watch.h — the exchange kept going while the program is open:
 * the structure's key, the folder watched, exchanges by themselves */
#pragma once

#include <gio/gio.h>

#include "psl-store.h"
#include "sync/psl-sync-seal.h"

G_BEGIN_DECLS

#define PSL_TYPE_SYNC_WATCH (psl_sync_watch_get_type ())
G_DECLARE_FINAL_TYPE (PslSyncWatch, psl_sync_watch, PSL, SYNC_WATCH, GObject)

/* The one watch of a base, made on first use and kept as long as the base. */
PslSyncWatch *psl_sync_watch_get      (PslStore     *store);
/* Reads whether the base exchanges; with its key in the desktop's keyring,
 * watches the folder and exchanges at once. */
void          psl_sync_watch_start    (PslSyncWatch *self);
gboolean      psl_sync_watch_has_key  (PslSyncWatch *self);
gboolean      psl_sync_watch_get_busy (PslSyncWatch *self);
/* What waits or was refused at the last exchange, each with why (strings). */
GPtrArray    *psl_sync_watch_get_notes (PslSyncWatch *self);
/* Why the last exchange failed, or NULL once one went through. */
const char   *psl_sync_watch_get_problem (PslSyncWatch *self);
/* Derives the key from the passphrase on the worker, keeps it (and in the
 * keyring when remember is set), then exchanges. */
void          psl_sync_watch_unlock   (PslSyncWatch *self,
                                       const char   *passphrase,
                                       gboolean      remember);
/* A key just made (the exchange started from this base). */
void          psl_sync_watch_take_key (PslSyncWatch *self,
                                       PslSyncKey   *key,
                                       gboolean      remember);
void          psl_sync_watch_exchange (PslSyncWatch *self);
/* How long after this site's last write its changes are sent. */
void          psl_sync_watch_set_quiet_seconds (PslSyncWatch *self,
                                                guint         seconds);
/* Forgets the key, here and in the keyring: the passphrase is asked again. */
void          psl_sync_watch_forget   (PslSyncWatch *self);

G_END_DECLS
