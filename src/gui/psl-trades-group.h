/* psl-trades-group.h — a firm's trades, and whether it hires for them */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_TRADES_GROUP (psl_trades_group_get_type ())
G_DECLARE_FINAL_TYPE (PslTradesGroup, psl_trades_group, PSL, TRADES_GROUP, AdwPreferencesGroup)

void        psl_trades_group_set_company (PslTradesGroup *self,
                                          PslStore       *store,
                                          const char     *company_id);
GtkListBox *psl_trades_group_get_list    (PslTradesGroup *self);

G_END_DECLS
