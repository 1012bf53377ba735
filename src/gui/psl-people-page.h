/* psl-people-page.h — Personnes: the list of people and one person's page, in one place */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PEOPLE_PAGE (psl_people_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPeoplePage, psl_people_page, PSL, PEOPLE_PAGE, PslPage)

PslPeoplePage *psl_people_page_new         (PslStore *store);
void           psl_people_page_reload      (PslPeoplePage *self);
gboolean       psl_people_page_open_person (PslPeoplePage *self,
                                            const char    *person_id);
void           psl_people_page_show_list   (PslPeoplePage *self);
GtkWidget     *psl_people_page_get_list    (PslPeoplePage *self);
GtkWidget     *psl_people_page_get_person  (PslPeoplePage *self);

G_END_DECLS
