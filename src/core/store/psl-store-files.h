/* psl-store-files.h — the files SQLite keeps beside a database */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean psl_store_wal_exists          (const char *path);
void     psl_store_remove_reader_files (const char *path);

G_END_DECLS
