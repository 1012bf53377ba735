/* psl-person-page.h — one person accompanied: identity, pathway, barriers, competences, commitment, placements */
#pragma once

#include <adwaita.h>

#include "psl-page.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PERSON_PAGE (psl_person_page_get_type ())
G_DECLARE_FINAL_TYPE (PslPersonPage, psl_person_page, PSL, PERSON_PAGE, PslPage)

/* A tab of the page shows one person; it is told when first shown. */
typedef GtkWidget *(*PslPersonTabMake) (void);
typedef void (*PslPersonTabShow) (GtkWidget  *tab,
                                  PslStore   *store,
                                  const char *person_id);

PslPersonPage *psl_person_page_new           (PslStore *store);
gboolean       psl_person_page_show_person   (PslPersonPage *self,
                                              const char    *person_id,
                                              GError       **error);
const char    *psl_person_page_get_person_id (PslPersonPage *self);
void           psl_person_page_set_tab       (PslPersonPage   *self,
                                              const char      *name,
                                              PslPersonTabMake make,
                                              PslPersonTabShow show);
GtkStack      *psl_person_page_get_tab_stack (PslPersonPage *self);

G_END_DECLS
