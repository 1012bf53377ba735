/* psl-sync-status.h — what a site knows of the exchange: the sites, what
 * came from each and when, what waits, and the concurrent edits */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char    *id;
  char    *name;
  gboolean is_local;
  char    *joined_at;
  char    *retired_at;
  gint64   last_seq;        /* the last of its files applied here (0: none) */
  char    *last_applied_at; /* when it was applied here */
  char    *last_written_at; /* when that site wrote it */
} PslSyncSite;

typedef struct
{
  char      *folder;          /* NULL: this base exchanges with nobody */
  char      *structure_id;
  GPtrArray *sites;           /* PslSyncSite, this site first */
  gint64     changes_waiting; /* recorded here and not yet in a file */
  gint64     files_written;
  gint64     conflicts_open;
} PslSyncStatus;

typedef struct
{
  gint64 id;
  char  *detected_at;
  char  *table;
  char  *row_id;
  char  *record;          /* what the row is, as a user names it */
  char  *column;
  char  *kept_value;      /* as a user reads it: a name for an id */
  char  *kept_site;       /* a site's name */
  char  *kept_at;
  char  *other_value;
  char  *other_site;
  char  *other_at;
  char  *resolved_at;
  gboolean confidential;  /* sealed values: never shown */
} PslSyncConflict;

void           psl_sync_site_free        (PslSyncSite     *site);
void           psl_sync_status_free      (PslSyncStatus   *status);
PslSyncStatus *psl_sync_status_load      (PslStore        *store,
                                          GError         **error);
/* Sites that exchange and have sent nothing for days (none retired). */
GPtrArray     *psl_sync_silent_sites     (PslSyncStatus   *status,
                                          guint            days);

void           psl_sync_conflict_free    (PslSyncConflict *conflict);
GPtrArray     *psl_sync_conflicts_load   (PslStore        *store,
                                          gboolean         open_only,
                                          GError         **error);
/* Writes the value that lost, as a new edit of this site: it then wins
 * everywhere. */
gboolean       psl_sync_conflict_take_other (PslStore     *store,
                                             gint64        id,
                                             GError      **error);
gboolean       psl_sync_conflict_dismiss (PslStore        *store,
                                          gint64           id,
                                          GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncStatus, psl_sync_status_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSyncConflict, psl_sync_conflict_free)

G_END_DECLS
