/* psl-store-open.h — opening a Passerelle file with care: inspected, locked, checked, migrated */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* NULL path: the default file of this account (psl_store_default_path ()). */
PslStore *psl_store_open            (const char        *path,
                                     PslStoreOpenFlags  flags,
                                     GError           **error);
/* Begins the check of a large file opened for writing, which otherwise
 * begins at its first write: the window calls it once its first frame is
 * painted, so that the check (a thread reading the whole file) takes no
 * processor from it.  Does nothing for a file already checked. */
void      psl_store_begin_check     (PslStore          *self);
/* For tests of migrations: a file left at an older schema version. */
PslStore *psl_store_open_at_version (const char        *path,
                                     guint              version,
                                     GError           **error);

G_END_DECLS
