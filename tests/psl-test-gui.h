/* psl-test-gui.h — finding widgets as a person would, for the tests with a display */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* In French, with a display and libadwaita, and the application the
 * windows belong to, registered once for the whole program. */
GApplication *psl_test_gui_init   (int        *argc,
                                   char     ***argv);
void       psl_test_spin_ms       (guint       ms);
GtkWidget *psl_test_find_row      (GtkWidget  *root,
                                   const char *title);
/* The preferences group of type titled so, under root. */
GtkWidget *psl_test_find_group    (GtkWidget  *root,
                                   GType       type,
                                   const char *title);
GtkWidget *psl_test_find_widget   (GtkWidget  *root,
                                   GType       type);
gpointer   psl_test_find_toplevel (GType       type);
GtkWidget *psl_test_present       (GtkWidget  *child);
void       psl_test_close         (GtkWidget  *window);

G_END_DECLS
