/* psl-placements-page.h — Mises en relation: every introduction to a firm, stage by stage */
#pragma once

#include <adwaita.h>

#include "psl-placement-list.h"
#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PLACEMENTS_PAGE (psl_placements_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPlacementsPage, psl_placements_page, PSL, PLACEMENTS_PAGE, PslPage)

PslPlacementsPage *psl_placements_page_new          (PslStore *store);
void               psl_placements_page_reload       (PslPlacementsPage *self);
gboolean           psl_placements_page_is_loading   (PslPlacementsPage *self);
/* The rows kept by the filters, and the count shown on a stage's button. */
guint              psl_placements_page_get_n_shown  (PslPlacementsPage *self);
guint              psl_placements_page_get_stage_count (PslPlacementsPage *self,
                                                        PslStage           stage);
guint              psl_placements_page_get_n_waiting (PslPlacementsPage *self);
/* As a click on the stage's button does. */
void               psl_placements_page_show_stage   (PslPlacementsPage *self,
                                                     PslStage           stage);
void               psl_placements_page_show_waiting (PslPlacementsPage *self);
void               psl_placements_page_clear_filters (PslPlacementsPage *self);
/* The form of the row at position (as sorted on screen), as activating it opens. */
GtkWidget         *psl_placements_page_edit_row     (PslPlacementsPage *self,
                                                     guint              position);

G_END_DECLS
