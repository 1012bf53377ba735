/* psl-sync-exchange.h — one structure's sites converging through a folder
 *
 * The folder (a USB stick, a share, or a folder Syncthing keeps in step)
 * holds the exchange's descriptor and, for each site, its numbered change
 * files and its latest snapshot:
 *
 *   passerelle-echange.json
 *   sites/SITE-ID/00000001.pslc  00000002.pslc …  instantane-00000002.psls
 *
 * A site writes only under its own folder, atomically (temporary name, then
 * rename), and never deletes another site's file.  It applies the files of
 * the others in their order, each in one transaction with its entry in the
 * ledger, and only once it has applied what their writer had applied (so a
 * change never arrives before the rows it refers to).  A file that is cut
 * short, altered, of another structure or of a newer Passerelle applies
 * nothing and is said; the next exchange takes it again. */
#pragma once

#include "psl-store.h"
#include "psl-sync-seal.h"

G_BEGIN_DECLS

typedef struct
{
  guint      files_sent;
  guint      changes_sent;
  guint      files_applied;
  guint      changes_applied;
  guint      conflicts;
  guint      merged;
  GPtrArray *waiting;   /* sentences: a file that waits, and why */
  GPtrArray *refused;   /* sentences: a file refused, and why */
} PslSyncReport;

void           psl_sync_report_free   (PslSyncReport  *report);

/* This base starts the structure's exchange in folder (empty or new). */
gboolean       psl_sync_init          (PslStore       *store,
                                       const char     *folder,
                                       const char     *passphrase,
                                       GError        **error);
/* A new base at database, made from the folder's latest snapshot and the
 * changes after it, as the new site site_name.  The store is returned
 * open. */
PslStore      *psl_sync_join          (const char     *folder,
                                       const char     *passphrase,
                                       const char     *site_name,
                                       const char     *database,
                                       GError        **error);
/* Whether a base may give way to the structure's (joined from the
 * window): it holds no firm, person, contact or exchange of its own, only
 * what a first start writes (the structure's name, its team). */
gboolean       psl_sync_base_is_blank (PslStore       *store,
                                       GError        **error);
/* Removes a base made by psl_sync_join() that is not wanted, with its
 * companion files. */
void           psl_sync_discard_joined (const char    *database);
/* Puts the base joined at joined in the place of database, whose store
 * must be closed: the old file is kept beside it, named in *kept_aside. */
gboolean       psl_sync_adopt_joined  (const char     *database,
                                       const char     *joined,
                                       char          **kept_aside,
                                       GError        **error);
/* The key of the base's exchange folder (folder, or the one recorded). */
PslSyncKey    *psl_sync_unlock        (PslStore       *store,
                                       const char     *folder,
                                       const char     *passphrase,
                                       GError        **error);
/* Sends this site's changes and applies the others'. */
PslSyncReport *psl_sync_run           (PslStore       *store,
                                       const char     *folder,
                                       const PslSyncKey *key,
                                       GCancellable   *cancellable,
                                       GError        **error);
/* Retires a site: it is no longer waited for; its records stay. */
gboolean       psl_sync_retire_site   (PslStore       *store,
                                       const char     *site_name,
                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncReport, psl_sync_report_free)

G_END_DECLS
