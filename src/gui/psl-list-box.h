/* psl-list-box.h — the boxed lists of the pages: a dim sentence when empty, emptied in one call */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void psl_list_box_set_placeholder_text (GtkListBox *list,
                                        const char *text);
void psl_list_box_remove_all           (GtkListBox *list);

/* A row of list for one of the items given to psl_list_box_fill (). */
typedef GtkWidget *(*PslListBoxMakeRow) (gpointer item,
                                         gpointer data);

/* Appends to list a row made of each item, a few at each turn of the main
 * loop below the drawing's priority (a libadwaita row is built from a
 * template: forty at once hold a frame for a tenth of a second), then
 * closing when not NULL.  psl_list_box_remove_all () and the next fill
 * drop the rows still to make. */
void     psl_list_box_fill       (GtkListBox        *list,
                                  GPtrArray         *items,
                                  PslListBoxMakeRow  make_row,
                                  gpointer           data,
                                  GtkWidget         *closing);
/* Rows of a fill are still to make. */
gboolean psl_list_box_is_filling (GtkListBox        *list);

/* The row closing a list cut short: how many more there are, and a
 * "Show More" button calling show_more (swapped: its argument is data). */
GtkWidget *psl_more_row_new (guint     more,
                             GCallback show_more,
                             gpointer  data);

/* A record's details as rows of group, title over value, those given
 * and not empty; the rows shown before (kept in rows) go first.  Returns
 * how many are shown. */
guint psl_group_show_properties (AdwPreferencesGroup *group,
                                 GPtrArray           *rows,
                                 const char * const  *titles,
                                 const char * const  *values,
                                 guint                n);

G_END_DECLS
