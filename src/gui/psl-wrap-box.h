/* psl-wrap-box.h — a row of tools that wraps onto more lines when narrow
 *
 * Like a horizontal GtkBox, children keep their natural width, and a
 * child that expands takes the room its line has left; but where a box
 * would ask for the width of all its children, and fold the window to
 * its sidebar, this one only asks for the widest and puts the others on
 * the next lines.  GtkFlowBox would align them in columns instead.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PSL_TYPE_WRAP_BOX (psl_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (PslWrapBox, psl_wrap_box, PSL, WRAP_BOX, GtkWidget)

GtkWidget *psl_wrap_box_new    (void);
void       psl_wrap_box_append (PslWrapBox *self,
                                GtkWidget  *child);

G_END_DECLS
