/* psl-spin.h — a spin button in a page that scrolls: the wheel scrolls the page */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The mouse wheel over spin changes its value only once the user has
 * gone into it (it has the focus); otherwise the wheel scrolls the page
 * it is in, as everywhere else in the page. */
void psl_spin_keep_wheel_for_page (GtkSpinButton *spin);

G_END_DECLS
