/* psl-pathway-tab.h — a person's pathway as dated facts, and the outcome at exit */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PATHWAY_TAB (psl_pathway_tab_get_type ())
G_DECLARE_FINAL_TYPE (PslPathwayTab, psl_pathway_tab, PSL, PATHWAY_TAB, AdwBin)

PslPathwayTab *psl_pathway_tab_new            (void);
void           psl_pathway_tab_show           (PslPathwayTab *self,
                                               PslStore      *store,
                                               const char    *person_id);
/* Records outcome (a code of the list "outcome", NULL: none) with reason;
 * FALSE with the message shown when refused. */
gboolean       psl_pathway_tab_set_outcome    (PslPathwayTab *self,
                                               const char    *outcome,
                                               const char    *reason);
/* For tests: what the tab says the contracts give, and the facts listed. */
const char    *psl_pathway_tab_get_computed   (PslPathwayTab *self);
guint          psl_pathway_tab_get_n_facts    (PslPathwayTab *self);

G_END_DECLS
