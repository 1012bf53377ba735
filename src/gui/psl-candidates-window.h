/* psl-candidates-window.h — the people who fit an opportunity, seen from the firm's page */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_CANDIDATES_WINDOW (psl_candidates_window_get_type ())
G_DECLARE_FINAL_TYPE (PslCandidatesWindow, psl_candidates_window, PSL, CANDIDATES_WINDOW, AdwWindow)

PslCandidatesWindow *psl_candidates_window_new       (GtkWindow           *parent,
                                                      PslStore            *store,
                                                      const char          *opportunity_id,
                                                      const char          *title);
GtkWidget           *psl_candidates_window_get_group (PslCandidatesWindow *self);

G_END_DECLS
