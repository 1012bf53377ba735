/* psl-migrations.h — numbered schema migrations shipped in the resources */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

guint    psl_migrations_latest  (void);
gboolean psl_migrations_apply   (sqlite3  *db,
                                 guint     from_version,
                                 guint     to_version,
                                 GError  **error);

G_END_DECLS
