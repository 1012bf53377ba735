/* psl-staff-choice.h — a drop-down of the team: the whole team first, then each counsellor */
#pragma once

#include <gtk/gtk.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Fills dropdown and selects the whole team, without calling the
 * handlers owner connected; returns the staff ids in the order shown,
 * NULL first for the team. */
GPtrArray  *psl_staff_choice_fill     (GtkDropDown *dropdown,
                                       PslStore    *store,
                                       gpointer     owner);
/* The id chosen, NULL for the whole team. */
const char *psl_staff_choice_selected (GtkDropDown *dropdown,
                                       GPtrArray   *ids);
/* Selects staff_id when it is listed. */
void        psl_staff_choice_select   (GtkDropDown *dropdown,
                                       GPtrArray   *ids,
                                       const char  *staff_id);

G_END_DECLS
