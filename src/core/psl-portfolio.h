/* psl-portfolio.h — who follows which firm: the team, and a departing colleague's firms handed over */
#pragma once

#include "psl-ref.h"

G_BEGIN_DECLS

GPtrArray *psl_portfolio_team      (PslStore   *store,
                                    GError    **error);
int        psl_portfolio_hand_over (PslStore   *store,
                                    const char *from_staff_id,
                                    const char *to_staff_id,
                                    const char *note,
                                    GError    **error);

G_END_DECLS
