/* psl-triggers.c — triggers made again only when their text changed
 *
 * Every migration makes again the triggers that stamp rows for the sync
 * and keep the search index, so that a table a migration adds gets them
 * and a trigger whose text changed is replaced.  Dropping and creating a
 * hundred triggers rewrites and parses the whole schema two hundred times:
 * on an upgrade of twenty migrations, most of its time.  A trigger the file
 * already holds as it would be made is left alone.
 */

#define G_LOG_DOMAIN "psl-triggers"

#include "config.h"

#include <string.h>

#include "psl-triggers.h"

#define DROP_PREFIX   "DROP TRIGGER IF EXISTS "
#define CREATE_PREFIX "CREATE TRIGGER "

/* The trigger's name after prefix, unquoted. */
static char *
name_after (const char *statement,
            const char *prefix)
{
  const char *start = statement + strlen (prefix);
  const char *end;

  if (*start == '"')
    {
      start++;
      end = strchr (start, '"');
    }
  else
    end = start + strcspn (start, " \t\n(;");
  return end != NULL ? g_strndup (start, end - start) : NULL;
}

/* Whether the file holds the trigger name made by create, word for word. */
static gboolean
already_made (sqlite3    *db,
              const char *name,
              const char *create)
{
  sqlite3_stmt *stmt = NULL;
  gboolean same = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?;", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    same = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), create) == 0;
  sqlite3_finalize (stmt);
  return same;
}

static int
run (sqlite3     *db,
     const char  *statement,
     char       **errmsg)
{
  return statement != NULL ? sqlite3_exec (db, statement, NULL, NULL, errmsg) : SQLITE_OK;
}

int
psl_triggers_install (sqlite3     *db,
                      const char  *script,
                      char       **errmsg)
{
  g_autofree char *pending_drop = NULL;
  g_autofree char *dropped = NULL;
  const char *start = script;
  int rc = SQLITE_OK;

  while (rc == SQLITE_OK && *start != '\0')
    {
      const char *end = start;
      g_autofree char *statement = NULL;

      /* A statement ends at the semicolon after which it is complete: a
       * trigger's body holds semicolons of its own. */
      do
        {
          end = strchr (end, ';');
          end = end != NULL ? end + 1 : start + strlen (start);
          g_free (statement);
          statement = g_strndup (start, end - start);
        }
      while (*end != '\0' && !sqlite3_complete (statement));
      start = end;
      g_strstrip (statement);
      if (*statement == '\0')
        continue;

      if (g_str_has_prefix (statement, DROP_PREFIX))
        {
          rc = run (db, pending_drop, errmsg);
          g_free (pending_drop);
          pending_drop = g_steal_pointer (&statement);
          g_free (dropped);
          dropped = name_after (pending_drop, DROP_PREFIX);
        }
      else if (g_str_has_prefix (statement, CREATE_PREFIX))
        {
          g_autofree char *name = name_after (statement, CREATE_PREFIX);
          g_autofree char *create = g_strndup (statement, strlen (statement) - (g_str_has_suffix (statement, ";") ? 1 : 0));

          if (pending_drop != NULL && g_strcmp0 (name, dropped) == 0 && already_made (db, name, create))
            g_clear_pointer (&pending_drop, g_free);
          else
            {
              rc = run (db, pending_drop, errmsg);
              g_clear_pointer (&pending_drop, g_free);
              if (rc == SQLITE_OK)
                rc = run (db, statement, errmsg);
            }
        }
      else
        {
          rc = run (db, pending_drop, errmsg);
          g_clear_pointer (&pending_drop, g_free);
          if (rc == SQLITE_OK)
            rc = run (db, statement, errmsg);
        }
    }
  if (rc == SQLITE_OK)
    rc = run (db, pending_drop, errmsg);
  return rc;
}
