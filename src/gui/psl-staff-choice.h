/* psl-staff-choice.h — drop-downs of the team and of the antennas: all first, then each one */
#pragma once

#include <adwaita.h>

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

/* The same in a combo row of a preferences group. */
GPtrArray  *psl_staff_choice_fill_row (AdwComboRow *row,
                                       PslStore    *store);
/* Fills row with the whole structure, then the sites by name, and
 * selects the first; returns their ids in that order, NULL first. */
GPtrArray  *psl_antenna_choice_fill   (AdwComboRow *row,
                                       PslStore    *store);

G_END_DECLS
