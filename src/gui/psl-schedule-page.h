/* psl-schedule-page.h — Échéancier: everything due, overdue first, for a counsellor or the team */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_SCHEDULE_PAGE (psl_schedule_page_get_type ())
G_DECLARE_FINAL_TYPE (PslSchedulePage, psl_schedule_page, PSL, SCHEDULE_PAGE, PslPage)

PslSchedulePage *psl_schedule_page_new        (PslStore *store);
void             psl_schedule_page_reload     (PslSchedulePage *self);
/* staff_id NULL: the whole team. */
void             psl_schedule_page_set_staff  (PslSchedulePage *self,
                                               const char      *staff_id);
/* A read is under way, or the rows of the last one are still being made. */
gboolean         psl_schedule_page_is_loading (PslSchedulePage *self);
/* For tests: the items shown, and how many in a period. */
guint            psl_schedule_page_get_n_items (PslSchedulePage *self);
guint            psl_schedule_page_count       (PslSchedulePage *self,
                                                int              when);

G_END_DECLS
