/* psl-test-gui.h — finding widgets as a person would, for the tests with a display */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       psl_test_spin_ms       (guint       ms);
GtkWidget *psl_test_find_row      (GtkWidget  *root,
                                   const char *title);
/* The preferences group of type titled so, under root. */
GtkWidget *psl_test_find_group    (GtkWidget  *root,
                                   GType       type,
                                   const char *title);
GtkWidget *psl_test_find_widget   (GtkWidget  *root,
                                   GType       type);
GtkWidget *psl_test_find_button   (GtkWidget  *root,
                                   const char *label);
gpointer   psl_test_find_toplevel (GType       type);
GtkWidget *psl_test_present       (GtkWidget  *child);
void       psl_test_close         (GtkWidget  *window);

G_END_DECLS
