/* psl-list-row.h — a row of a long list: title and subtitle between prefixes and suffixes, measured once per width */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PSL_TYPE_LIST_ROW (psl_list_row_get_type ())

G_DECLARE_FINAL_TYPE (PslListRow, psl_list_row, PSL, LIST_ROW, AdwPreferencesRow)

GtkWidget  *psl_list_row_new          (const char *title,
                                       const char *subtitle);
const char *psl_list_row_get_subtitle (PslListRow *self);
void        psl_list_row_add_prefix   (PslListRow *self,
                                       GtkWidget  *widget);
void        psl_list_row_add_suffix   (PslListRow *self,
                                       GtkWidget  *widget);
void        psl_list_row_set_subtitle_lines (PslListRow *self,
                                             int         n);
void        psl_list_row_set_activatable_widget (PslListRow *self,
                                                 GtkWidget  *widget);

G_END_DECLS
