/* psl-migrations.c — numbered schema migrations shipped in the resources
 *
 * Migrations are the files data/migrations/NNNN-name.sql, compiled into the
 * program's resources.  Each one runs in its own transaction together with
 * the PRAGMA user_version that records it, so a failure leaves the file at
 * the previous version.  After each one, the triggers derived from the
 * schema (row stamps, search index) are made again, so that a table added
 * by a later migration is stamped and indexed like the others.
 */

#define G_LOG_DOMAIN "psl-migrations"

#include "config.h"

#include <stdlib.h>
#include "psl-i18n.h"
#include <gio/gio.h>

#include "psl-migrations.h"
#include "psl-triggers.h"
#include "psl-search.h"
#include "psl-store.h"
#include "psl-store-private.h"

#define MIGRATIONS_PATH "/io/github/passerelle/Passerelle/migrations/"

static guint
migration_number (const char *name)
{
  return (guint) strtoul (name, NULL, 10);
}

static char *
migration_name (guint version)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (migration_number (names[i]) == version)
      return g_strdup (names[i]);

  return NULL;
}

guint
psl_migrations_latest (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  guint latest = 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    latest = MAX (latest, migration_number (names[i]));

  return latest;
}

/* Always FALSE: msg (SQLite's, freed here) said in error. */
static gboolean
migration_failed (char    *msg,
                  GError **error)
{
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION,
               _("The database could not be updated: %s."), msg != NULL ? msg : "?");
  sqlite3_free (msg);
  return FALSE;
}

static gboolean
exec (sqlite3    *db,
      const char *sql,
      GError    **error)
{
  char *msg = NULL;

  return sqlite3_exec (db, sql, NULL, NULL, &msg) == SQLITE_OK || migration_failed (msg, error);
}

/* Every table with id, updated_at and site_id gets two triggers: an insert
 * without site_id is stamped with the local site; an update that did not
 * set updated_at gets the time and the local site.  Two meta keys written by
 * the sync between sites (src/core/sync) take part: while another site's
 * changes are applied ('sync_applying') rows keep the stamps they came
 * with, and a local edit is never stamped earlier than the latest change
 * received ('sync_clock'), so that an edit made after reading another
 * site's change wins over it even when this machine's clock is behind.
 * Nor is it stamped with the time it already had (two edits in one
 * millisecond): each edit of a row is later than the one before, which the
 * other sites need to apply them in the same order. */
static gboolean
install_stamp_triggers (sqlite3 *db,
                        GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  char *msg = NULL;

  if (sqlite3_prepare_v2 (db,
                          "SELECT m.name FROM sqlite_master m"
                          " WHERE m.type = 'table'"
                          "   AND (SELECT count(*) FROM pragma_table_info(m.name) c"
                          "         WHERE c.name IN ('id', 'updated_at', 'site_id')) = 3"
                          " ORDER BY m.name;",
                          -1, &stmt, NULL) != SQLITE_OK)
    return exec (db, "SELECT RAISE(FAIL, 'schema');", error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *t = (const char *) sqlite3_column_text (stmt, 0);

      g_string_append_printf (sql,
        "DROP TRIGGER IF EXISTS \"%1$s_stamp_insert\";"
        "CREATE TRIGGER \"%1$s_stamp_insert\" AFTER INSERT ON \"%1$s\""
        " FOR EACH ROW WHEN NEW.site_id IS NULL BEGIN"
        "  UPDATE \"%1$s\" SET site_id = (SELECT value FROM meta WHERE key = 'site_id')"
        "   WHERE id = NEW.id;"
        " END;"
        "DROP TRIGGER IF EXISTS \"%1$s_stamp_update\";"
        "CREATE TRIGGER \"%1$s_stamp_update\" AFTER UPDATE ON \"%1$s\""
        " FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at AND OLD.site_id IS NOT NULL"
        "  AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying') BEGIN"
        "  UPDATE \"%1$s\" SET updated_at = max(strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'),"
        "    coalesce((SELECT value FROM meta WHERE key = 'sync_clock'), ''),"
        "    strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', julianday(OLD.updated_at) + 1.5 / 86400000.0)),"
        "   site_id = (SELECT value FROM meta WHERE key = 'site_id') WHERE id = NEW.id;"
        " END;", t);
    }

  return psl_triggers_install (db, sql->str, &msg) == SQLITE_OK || migration_failed (msg, error);
}

static gboolean
apply_one (sqlite3 *db,
           guint    version,
           GError **error)
{
  g_autofree char *name = migration_name (version);
  g_autofree char *path = NULL;
  g_autofree char *tail = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  if (name == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION,
                   _("The database update number %u is missing from this program."), version);
      return FALSE;
    }

  path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  bytes = g_resources_lookup_data (path, 0, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!exec (db, "BEGIN IMMEDIATE;", error))
    return FALSE;

  tail = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                          PSL_STORE_APPLICATION_ID, version);

  if (!exec (db, sql, error) ||
      !install_stamp_triggers (db, error) ||
      !psl_search_install_triggers (db, error) ||
      !exec (db, tail, error) ||
      !exec (db, "COMMIT;", error))
    {
      sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }

  g_debug ("Applied migration %s", name);
  return TRUE;
}

gboolean
psl_migrations_apply (sqlite3  *db,
                      guint     from_version,
                      guint     to_version,
                      GError  **error)
{
  sqlite3_stmt *stats = NULL;
  gboolean analysed;

  for (guint v = from_version + 1; v <= to_version; v++)
    if (!apply_one (db, v, error))
      return FALSE;

  /* A file the planner has statistics for gets them for the new indexes
   * too: with the old ones only, it may keep to an older, slower index.
   * Sampled, so that it stays quick on a large file. */
  analysed = sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1';", -1, &stats,
                                 NULL) == SQLITE_OK && sqlite3_step (stats) == SQLITE_ROW;
  sqlite3_finalize (stats);
  if (analysed && to_version > from_version)
    sqlite3_exec (db, "PRAGMA analysis_limit = 1000; ANALYZE;", NULL, NULL, NULL);
  return TRUE;
}
