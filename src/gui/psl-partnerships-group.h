/* psl-partnerships-group.h — the partnerships of a firm or of a partner, with their reviews */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PARTNERSHIPS_GROUP (psl_partnerships_group_get_type ())
G_DECLARE_FINAL_TYPE (PslPartnershipsGroup, psl_partnerships_group, PSL, PARTNERSHIPS_GROUP, AdwPreferencesGroup)

void        psl_partnerships_group_set_owner (PslPartnershipsGroup *self,
                                              PslStore             *store,
                                              gboolean              of_partner,
                                              const char           *owner_id);
void        psl_partnerships_group_reload    (PslPartnershipsGroup *self);
GtkListBox *psl_partnerships_group_get_list  (PslPartnershipsGroup *self);

G_END_DECLS
