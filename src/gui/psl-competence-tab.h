/* psl-competence-tab.h — a person's competence grid, beside what a job asks, and its history */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_COMPETENCE_TAB (psl_competence_tab_get_type ())
G_DECLARE_FINAL_TYPE (PslCompetenceTab, psl_competence_tab, PSL, COMPETENCE_TAB, AdwBin)

PslCompetenceTab *psl_competence_tab_new          (void);
void              psl_competence_tab_show         (PslCompetenceTab *self,
                                                   PslStore         *store,
                                                   const char       *person_id);
/* Compares with the opportunity opportunity_id (NULL: with none). */
void              psl_competence_tab_compare_with (PslCompetenceTab *self,
                                                   const char       *opportunity_id);
/* For tests: the items where the person is below the job, as shown. */
guint             psl_competence_tab_get_n_short  (PslCompetenceTab *self);

G_END_DECLS
