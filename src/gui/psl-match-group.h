/* psl-match-group.h — the open opportunities that fit a person, best first, each with its reasons */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_MATCH_GROUP (psl_match_group_get_type ())
G_DECLARE_FINAL_TYPE (PslMatchGroup, psl_match_group, PSL, MATCH_GROUP, AdwPreferencesGroup)

PslMatchGroup *psl_match_group_new  (void);
void           psl_match_group_show (PslMatchGroup *self,
                                     PslStore      *store,
                                     const char    *person_id);
gboolean       psl_match_group_is_loading (PslMatchGroup *self);

G_END_DECLS
