/* psl-search-page.h — results of the global search, grouped by kind */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_SEARCH_PAGE (psl_search_page_get_type ())
G_DECLARE_FINAL_TYPE (PslSearchPage, psl_search_page, PSL, SEARCH_PAGE, PslPage)

PslSearchPage *psl_search_page_new            (PslStore *store);
void           psl_search_page_set_query      (PslSearchPage *self,
                                               const char    *text);
void           psl_search_page_activate_first (PslSearchPage *self);
guint          psl_search_page_get_n_results  (PslSearchPage *self);
gboolean       psl_search_page_is_busy        (PslSearchPage *self);

G_END_DECLS
