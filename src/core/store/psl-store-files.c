/* psl-store-files.c — the files SQLite keeps beside a database
 *
 * A WAL database has a log (FILE-wal) and an index of it (FILE-shm) while
 * it is open.  A writer removes both when it closes; a reader cannot, since
 * it may not checkpoint, so a report read from a closed file would leave
 * them behind, as if something were still open there.
 */

#define G_LOG_DOMAIN "psl-store"

#include "config.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "psl-store-files.h"

gboolean
psl_store_wal_exists (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS);
}

/* Removes the -wal and -shm files a reader made, once closed: only when
 * the log is empty (it holds nothing then) and no writer has the file,
 * which the writer's flock() on it tells.  The caller makes sure that no
 * other connection of this process has the file open, since closing the
 * descriptor opened here drops every POSIX lock the process holds on it. */
void
psl_store_remove_reader_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  GStatBuf st;
  int fd;

  if (g_stat (wal, &st) != 0 || st.st_size != 0)
    return;
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    {
      g_unlink (wal);
      g_unlink (shm);
      flock (fd, LOCK_UN);
    }
  close (fd);
}
