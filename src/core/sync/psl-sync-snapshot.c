/* psl-sync-snapshot.c — the whole base, sealed, for a site that joins
 *
 * Each site keeps in its folder one snapshot of its base (refreshed weekly)
 * with, in its header, the files it holds of every site; a site that joins
 * starts from the latest snapshot of any site and applies the files after
 * it.  A snapshot is a copy made by VACUUM INTO, so it is a sound SQLite
 * file at a single moment, never a file copied while written. */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>

#include "psl-sync-changes.h"
#include "psl-sync-private.h"
#include "psl-store-private.h"

#define PIECE (1024 * 1024)
#define REFRESH_DAYS 7

void
psl_snapshot_info_free (PslSnapshotInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->site_id);
  g_free (info->written_at);
  g_clear_pointer (&info->known, g_hash_table_unref);
  g_free (info);
}

/* The numbers of this site's snapshots in its folder. */
static GArray *
own_snapshots (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GArray *seqs = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "instantane-") && g_str_has_suffix (name, ".psls"))
      g_array_append_val (seqs, (gint64) { g_ascii_strtoll (name + strlen ("instantane-"), NULL, 10) });
  return seqs;
}

static char *
snapshot_path (const char *dir,
               gint64      seq)
{
  g_autofree char *name = g_strdup_printf ("instantane-%08" G_GINT64_FORMAT ".psls", seq);

  return g_build_filename (dir, name, NULL);
}

static gboolean
is_recent (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 &&
         (g_get_real_time () / G_USEC_PER_SEC) - st.st_mtime < REFRESH_DAYS * 24 * 3600;
}

static char *
snapshot_header (PslStore *store,
                 gint64    seq)
{
  g_autoptr(GHashTable) known = psl_sync_load_known (store);
  g_autofree char *known_json = NULL;
  g_autofree char *now = psl_now_timestamp ();

  g_hash_table_insert (known, g_strdup (psl_store_get_site_id (store)), g_memdup2 (&seq, sizeof seq));
  known_json = psl_sync_known_to_json (known);
  return g_strdup_printf ("{\"format\":1,\"schema\":%u,\"site\":\"%s\",\"written_at\":\"%s\",\"known\":%s}",
                          psl_store_get_schema_version (store), psl_store_get_site_id (store), now,
                          known_json);
}

static gboolean
seal_copy (const PslSyncKey *key,
           const char       *copy,
           const char       *path,
           const char       *site_id,
           gint64            seq,
           const char       *header,
           GError          **error)
{
  g_autoptr(PslSealWriter) writer = psl_seal_writer_new (key, path, PSL_SEAL_SNAPSHOT, site_id, seq, error);
  g_autofree guint8 *buf = g_malloc (PIECE);
  FILE *in;
  size_t n;
  gboolean ok;

  if (writer == NULL || !psl_seal_writer_add (writer, header, strlen (header), error))
    return FALSE;
  in = g_fopen (copy, "rb");
  if (in == NULL)
    {
      g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_INVALID,
                   _("The copy of the base for the snapshot cannot be read: %s."), g_strerror (errno));
      return FALSE;
    }
  ok = TRUE;
  while (ok && (n = fread (buf, 1, PIECE, in)) > 0)
    ok = psl_seal_writer_add (writer, buf, n, error);
  fclose (in);
  return ok && psl_seal_writer_finish (writer, error);
}

/* Every snapshot of the folder: (path, site, seq). */
typedef struct
{
  char  *path;
  char  *site_id;
  gint64 seq;
} Found;

static void
found_free (Found *f)
{
  g_free (f->path);
  g_free (f->site_id);
  g_free (f);
}

static GPtrArray *
find_snapshots (const char *folder)
{
  g_autofree char *sites = g_build_filename (folder, "sites", NULL);
  g_autoptr(GDir) dir = g_dir_open (sites, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *sub = NULL;
      g_autoptr(GArray) seqs = NULL;

      if (!g_uuid_string_is_valid (name))
        continue;
      sub = g_build_filename (sites, name, NULL);
      seqs = own_snapshots (sub);
      for (guint i = 0; i < seqs->len; i++)
        {
          Found *f = g_new0 (Found, 1);

          f->seq = g_array_index (seqs, gint64, i);
          f->site_id = g_strdup (name);
          f->path = snapshot_path (sub, f->seq);
          g_ptr_array_add (found, f);
        }
    }
  return found;
}

static gboolean
other_recent_snapshot (const char *folder)
{
  g_autoptr(GPtrArray) found = find_snapshots (folder);

  for (guint i = 0; i < found->len; i++)
    if (is_recent (((Found *) g_ptr_array_index (found, i))->path))
      return TRUE;
  return FALSE;
}

gboolean
psl_sync_snapshot_refresh (PslStore         *store,
                           const char       *folder,
                           const PslSyncKey *key,
                           gboolean          force,
                           GError          **error)
{
  const char *site = psl_store_get_site_id (store);
  g_autofree char *dir = g_build_filename (folder, "sites", site, NULL);
  g_autoptr(GArray) existing = own_snapshots (dir);
  g_autofree char *db_dir = g_path_get_dirname (psl_store_get_path (store));
  g_autofree char *copy = NULL;
  g_autofree char *path = NULL;
  g_autofree char *header = NULL;
  char *sql = NULL;
  sqlite3_mutex *mutex = sqlite3_db_mutex (psl_store_get_db (store));
  gint64 latest = -1, seq;
  gboolean ok;

  for (guint i = 0; i < existing->len; i++)
    latest = MAX (latest, g_array_index (existing, gint64, i));
  if (!force && latest >= 0)
    {
      g_autofree char *last = snapshot_path (dir, latest);

      if (is_recent (last))
        return TRUE;
    }
  /* A site that has none of its own yet (one that just joined) leaves it
   * to the week's turn while another site's is recent: a snapshot of a
   * large base takes as long to write as to read. */
  if (!force && latest < 0 && other_recent_snapshot (folder))
    return TRUE;

  /* The copy is taken beside the base, not in the exchange folder: it is
   * in clear until sealed. */
  copy = g_strdup_printf ("%s/.instantane-%08x.tmp", db_dir, g_random_int ());
  sql = sqlite3_mprintf ("VACUUM INTO %Q;", copy);

  /* Numbered, then copied with nothing written in between: the copy holds
   * exactly this site's files up to seq. */
  sqlite3_mutex_enter (mutex);
  ok = psl_store_flush_changes (store, error) && psl_sync_number_outbox (store, error);
  seq = psl_sync_next_file_seq (psl_store_get_db (store)) - 1;
  header = snapshot_header (store, seq);
  ok = ok && psl_store_exec (store, sql, error);
  sqlite3_mutex_leave (mutex);

  if (ok)
    {
      g_chmod (copy, 0600);
      path = snapshot_path (dir, seq);
      ok = seal_copy (key, copy, path, site, seq, header, error);
    }
  g_unlink (copy);
  sqlite3_free (sql);
  if (!ok)
    return FALSE;

  for (guint i = 0; i < existing->len; i++)
    if (g_array_index (existing, gint64, i) != seq)
      {
        g_autofree char *old = snapshot_path (dir, g_array_index (existing, gint64, i));
        g_unlink (old);
      }
  return TRUE;
}

/* ---- Restoring ---------------------------------------------------------- */

static PslSnapshotInfo *
read_header (GBytes *head)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  PslSnapshotInfo *info;
  JsonObject *obj;
  gsize size;
  const char *text = g_bytes_get_data (head, &size);

  if (!json_parser_load_from_data (parser, text, size, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  obj = json_node_get_object (json_parser_get_root (parser));
  info = g_new0 (PslSnapshotInfo, 1);
  info->site_id = g_strdup (json_object_get_string_member_with_default (obj, "site", ""));
  info->schema = json_object_get_int_member_with_default (obj, "schema", 0);
  info->written_at = g_strdup (json_object_get_string_member_with_default (obj, "written_at", ""));
  info->known = psl_sync_known_from_json (json_object_get_member (obj, "known"));
  return info;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size,
           GError      **error)
{
  while (size > 0)
    {
      gssize n = write (fd, data, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                       _("The new base cannot be written: %s."), g_strerror (errno));
          return FALSE;
        }
      data += n;
      size -= n;
    }
  return TRUE;
}

static gboolean
decrypt_to (PslSealReader *reader,
            const char    *dest,
            GError       **error)
{
  GBytes *chunk;
  g_autoptr(GError) local = NULL;
  int fd = g_open (dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gboolean ok = fd >= 0;

  if (!ok)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("The new base cannot be written: %s."), g_strerror (errno));
      return FALSE;
    }
  while (ok && (chunk = psl_seal_reader_next (reader, &local)) != NULL)
    {
      gsize size;
      const guint8 *data = g_bytes_get_data (chunk, &size);

      ok = write_all (fd, data, size, error);
      g_bytes_unref (chunk);
    }
  if (ok && local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      ok = FALSE;
    }
  ok = ok && fsync (fd) == 0;
  close (fd);
  return ok;
}

PslSnapshotInfo *
psl_sync_snapshot_restore (const char       *folder,
                           const PslSyncKey *key,
                           const char       *dest,
                           GError          **error)
{
  g_autoptr(GPtrArray) found = find_snapshots (folder);
  g_autoptr(PslSnapshotInfo) best = NULL;
  g_autoptr(PslSealReader) best_reader = NULL;
  g_autoptr(GError) last_error = NULL;

  /* The latest whole snapshot: one cut short or altered is passed over. */
  for (guint i = 0; i < found->len; i++)
    {
      Found *f = g_ptr_array_index (found, i);
      g_autoptr(PslSealReader) reader = psl_seal_reader_new (key, f->path, PSL_SEAL_SNAPSHOT, f->site_id,
                                                             f->seq, &last_error);
      g_autoptr(GBytes) head = NULL;
      g_autoptr(PslSnapshotInfo) info = NULL;

      if (reader == NULL)
        continue;
      g_clear_error (&last_error);
      head = psl_seal_reader_next (reader, &last_error);
      if (head == NULL || (info = read_header (head)) == NULL || g_strcmp0 (info->site_id, f->site_id) != 0)
        continue;
      if (best == NULL || g_strcmp0 (info->written_at, best->written_at) > 0)
        {
          g_clear_pointer (&best, psl_snapshot_info_free);
          g_clear_pointer (&best_reader, psl_seal_reader_free);
          best = g_steal_pointer (&info);
          best_reader = g_steal_pointer (&reader);
        }
    }

  if (best == NULL)
    {
      if (last_error != NULL)
        g_propagate_error (error, g_steal_pointer (&last_error));
      else
        g_set_error (error, PSL_SYNC_ERROR, PSL_SYNC_ERROR_FOLDER,
                     _("The exchange folder “%s” holds no snapshot of the base yet: "
                       "exchange once from a site of the structure first."), folder);
      return NULL;
    }

  if (!decrypt_to (best_reader, dest, error))
    {
      g_unlink (dest);
      return NULL;
    }
  return g_steal_pointer (&best);
}
