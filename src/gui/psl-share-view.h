/* psl-share-view.h — what partner structures shared with this one, read-only */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_SHARE_VIEW (psl_share_view_get_type ())
G_DECLARE_FINAL_TYPE (PslShareView, psl_share_view, PSL, SHARE_VIEW, GtkBox)

void psl_share_view_set_store (PslShareView *self,
                               PslStore     *store);
/* Reads a partner's pack (as "Lire un paquet…" does once a file is chosen). */
void psl_share_view_import    (PslShareView *self,
                               const char   *path);

G_END_DECLS
