/* psl-person-list-view.h — Personnes: everyone accompanied in a sortable, filterable table */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PERSON_LIST_VIEW (psl_person_list_view_get_type ())
G_DECLARE_FINAL_TYPE (PslPersonListView, psl_person_list_view, PSL, PERSON_LIST_VIEW, GtkWidget)

PslPersonListView *psl_person_list_view_new             (void);
void               psl_person_list_view_set_store       (PslPersonListView *self,
                                                         PslStore          *store);
void               psl_person_list_view_reload          (PslPersonListView *self);
gboolean           psl_person_list_view_is_loading      (PslPersonListView *self);
void               psl_person_list_view_set_filter_text (PslPersonListView *self,
                                                         const char        *text);
guint              psl_person_list_view_get_n_shown     (PslPersonListView *self);
guint              psl_person_list_view_get_n_total     (PslPersonListView *self);

G_END_DECLS
