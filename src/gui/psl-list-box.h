/* psl-list-box.h — the boxed lists of the pages: a dim sentence when empty, emptied in one call */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void psl_list_box_set_placeholder_text (GtkListBox *list,
                                        const char *text);
void psl_list_box_remove_all           (GtkListBox *list);

G_END_DECLS
