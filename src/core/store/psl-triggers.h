/* psl-triggers.h — triggers made again only when their text changed */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Runs script as sqlite3_exec () does, except that a "DROP TRIGGER IF
 * EXISTS name" followed by a "CREATE TRIGGER name …" that the file already
 * holds word for word are both left out.  Returns an SQLite result code;
 * errmsg as for sqlite3_exec (). */
int psl_triggers_install (sqlite3     *db,
                          const char  *script,
                          char       **errmsg);

G_END_DECLS
