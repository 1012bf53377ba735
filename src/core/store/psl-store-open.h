/* psl-store-open.h — opening a Passerelle file with care: inspected, locked, checked, migrated */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* NULL path: the default file of this account (psl_store_default_path ()). */
PslStore *psl_store_open            (const char        *path,
                                     PslStoreOpenFlags  flags,
                                     GError           **error);
/* For tests of migrations: a file left at an older schema version. */
PslStore *psl_store_open_at_version (const char        *path,
                                     guint              version,
                                     GError           **error);

G_END_DECLS
