/* psl-backup.c — the copies of a database taken before its schema changes
 *
 * A copy is named FILE.avant-vN-STAMP.bak beside FILE (N the version it is
 * taken for, STAMP the local time as YYYYMMDD-HHMMSS).  It holds the same
 * personal data as the file, so it is made readable by its owner only, as
 * the database is, before a byte is written to it.
 */

#define G_LOG_DOMAIN "psl-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>

#include "psl-backup.h"
#include "psl-store.h"
#include "psl-store-private.h"

/* An empty file of mode 0600: SQLite keeps an existing file's mode, and
 * gives its journal the same. */
static gboolean
create_private (const char *path)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fchmod (fd, 0600) == 0;
  close (fd);
  return ok;
}

/* A copy of db's main database beside path; NULL and error when none
 * could be written (nothing is left behind then). */
char *
psl_backup_write (sqlite3     *db,
                  const char  *path,
                  guint        version,
                  GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = g_strdup_printf ("%s.avant-v%u-%s.bak", path, version, stamp);
  sqlite3 *dest = NULL;
  int rc = SQLITE_CANTOPEN;

  if (create_private (backup_path))
    rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_backup *backup = sqlite3_backup_init (dest, "main", db, "main");

      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_BACKUP,
                   _("No backup copy of the database could be written before updating it "
                     "(%s); the database was left as it was."), sqlite3_errstr (rc));
      g_unlink (backup_path);
      return NULL;
    }
  return g_steal_pointer (&backup_path);
}

/* The STAMP of a copy's name, or NULL when name is not one of path's copies. */
static const char *
stamp_of (const char *name,
          const char *base)
{
  gsize len = strlen (base);
  const char *p;

  if (strncmp (name, base, len) != 0 || !g_str_has_prefix (name + len, ".avant-v")
      || !g_str_has_suffix (name, ".bak"))
    return NULL;
  p = name + len + strlen (".avant-v");
  if (!g_ascii_isdigit (*p))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p != '-' || strlen (p + 1) != strlen ("YYYYMMDD-HHMMSS.bak"))
    return NULL;
  return p + 1;
}

static int
by_stamp (gconstpointer a,
          gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  /* The stamp is the last 19 characters of the name. */
  int order = strcmp (x + strlen (x) - 19, y + strlen (y) - 19);

  return order != 0 ? order : strcmp (x, y);
}

/* path's copies, oldest first, as full paths. */
GPtrArray *
psl_backup_list (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (stamp_of (name, base) != NULL)
      g_ptr_array_add (found, g_build_filename (dir_path, name, NULL));
  if (dir != NULL)
    g_dir_close (dir);
  g_ptr_array_sort (found, by_stamp);
  return found;
}

char *
psl_backup_latest (const char *path)
{
  g_autoptr(GPtrArray) found = psl_backup_list (path);

  return found->len > 0 ? g_strdup (g_ptr_array_index (found, found->len - 1)) : NULL;
}

/* Removes all but the newest keep copies of path. */
void
psl_backup_prune (const char *path,
                  guint       keep)
{
  g_autoptr(GPtrArray) found = psl_backup_list (path);

  for (guint i = 0; i + keep < found->len; i++)
    if (g_unlink (g_ptr_array_index (found, i)) != 0)
      g_warning ("%s cannot be removed: %s", (const char *) g_ptr_array_index (found, i), g_strerror (errno));
}
