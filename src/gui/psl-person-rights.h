/* psl-person-rights.h — a person's rights on their page: their data given to them, their file erased */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

/* Rows that activate person-page.rights-print, -export and -erase. */
AdwPreferencesGroup *psl_person_rights_group_new (void);
void                 psl_person_rights_print     (GtkWidget  *from,
                                                  PslStore   *store,
                                                  const char *person_id);
void                 psl_person_rights_export    (GtkWidget  *from,
                                                  PslStore   *store,
                                                  const char *person_id);
/* Asks first, saying what goes and what stays; reloads the page after. */
void                 psl_person_rights_erase     (GtkWidget  *from,
                                                  PslStore   *store,
                                                  const char *person_id);

G_END_DECLS
