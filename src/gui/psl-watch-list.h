/* psl-watch-list.h — the local economic watch: news of firms, and what each became */
#pragma once

#include <adwaita.h>

#include "psl-page.h"

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_WATCH_LIST (psl_watch_list_get_type ())
G_DECLARE_FINAL_TYPE (PslWatchList, psl_watch_list, PSL, WATCH_LIST, PslPage)

void        psl_watch_list_set_store   (PslWatchList *self,
                                         PslStore      *store);
void        psl_watch_list_reload      (PslWatchList *self);
GtkListBox *psl_watch_list_get_list    (PslWatchList *self);

G_END_DECLS
