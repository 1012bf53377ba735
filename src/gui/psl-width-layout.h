/* psl-width-layout.h — a bin whose width never hangs on the height it is given */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PSL_TYPE_WIDTH_LAYOUT (psl_width_layout_get_type ())

G_DECLARE_FINAL_TYPE (PslWidthLayout, psl_width_layout, PSL, WIDTH_LAYOUT, GtkLayoutManager)

G_END_DECLS
