/* psl-first-start-view.h — the first start of a new file: "Bienvenue dans Passerelle" */
#pragma once

#include <adwaita.h>

#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_FIRST_START_VIEW (psl_first_start_view_get_type ())
G_DECLARE_FINAL_TYPE (PslFirstStartView, psl_first_start_view, PSL, FIRST_START_VIEW, AdwBin)

PslFirstStartView *psl_first_start_view_new       (PslStore          *store);
/* The step shown, by its code ("welcome", "structure", … "ways-on"). */
const char        *psl_first_start_view_get_step  (PslFirstStartView *self);

G_END_DECLS
