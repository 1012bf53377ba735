/* psl-text-bounds.h — every text typed in the window bounded to what a record holds */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void psl_text_bounds_install (void);

G_END_DECLS
