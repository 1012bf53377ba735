/* psl-portfolio.h — who follows which firm: the team, and a departing colleague's firms handed over */
#pragma once

#include "psl-ref.h"

G_BEGIN_DECLS

GPtrArray *psl_portfolio_team      (PslStore   *store,
                                    GError    **error);
/* The colleague named by text: an id, "First Last" or "Last First",
 * whatever the case; NULL with an error saying who there is otherwise. */
char      *psl_portfolio_find_member (PslStore   *store,
                                      const char *text,
                                      GError    **error);
int        psl_portfolio_hand_over (PslStore   *store,
                                    const char *from_staff_id,
                                    const char *to_staff_id,
                                    const char *note,
                                    GError    **error);

G_END_DECLS
