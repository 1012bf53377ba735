/* psl-sync-capture.h — this site's writes recorded for the other sites
 *
 * An SQLite session (the session extension) watches every table that
 * travels.  At each commit the store asks for a flush: the changes the
 * session recorded go into the outbox as one changeset, and the time and
 * site of each column written go into the clock that decides concurrent
 * edits.  The store holds it as its recorder (psl-store-private.h), known
 * only through three functions, so that the store includes nothing of
 * sync. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct _PslSyncCapture PslSyncCapture;

/* The tables that travel between sites: every table with an id, an
 * updated_at and a site_id, i.e. every table of user data. */
GPtrArray      *psl_sync_travelling_tables (sqlite3        *db);

PslSyncCapture *psl_sync_capture_new       (sqlite3        *db,
                                            const char     *site_id,
                                            GError        **error);
void            psl_sync_capture_free      (PslSyncCapture *capture);
/* This site's writes recorded from now on, until the file closes (once
 * the file exchanges with other sites); nothing when they are already. */
gboolean        psl_sync_capture_start     (PslStore       *store,
                                            GError        **error);
/* The store's capture, or NULL when the file exchanges with no site. */
PslSyncCapture *psl_sync_capture_get       (PslStore       *store);

/* Writes what was recorded since the last flush into the outbox, in the
 * transaction under way or, outside one, in a transaction of its own. */
/* How many changesets went into the outbox since the capture began. */
guint64         psl_sync_capture_get_recorded (PslSyncCapture *capture);
gboolean        psl_sync_capture_flush     (PslSyncCapture *capture,
                                            GError        **error);
/* While another site's changes are applied nothing is recorded. */
void            psl_sync_capture_set_paused(PslSyncCapture *capture,
                                            gboolean        paused);
gboolean        psl_sync_capture_is_empty  (PslSyncCapture *capture);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncCapture, psl_sync_capture_free)

G_END_DECLS
