/* psl-match-group.h — who fits what, best first, each with its reasons: the open opportunities
 * for a person, or the people followed for an opportunity */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_MATCH_GROUP (psl_match_group_get_type ())
G_DECLARE_FINAL_TYPE (PslMatchGroup, psl_match_group, PSL, MATCH_GROUP, AdwPreferencesGroup)

PslMatchGroup *psl_match_group_new  (void);
PslMatchGroup *psl_match_group_new_for_opportunity (void);
void           psl_match_group_show (PslMatchGroup *self,
                                     PslStore      *store,
                                     const char    *owner_id);
gboolean       psl_match_group_is_loading (PslMatchGroup *self);

G_END_DECLS
