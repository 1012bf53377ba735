/* psl-map-list.h — the partnership map as a table: the same firms and
 * partners, for reading with a screen reader or sorting by a figure */
#pragma once

#include <gtk/gtk.h>

#include "psl-partner-map.h"
#include "psl-table-export.h"

G_BEGIN_DECLS

#define PSL_TYPE_MAP_LIST (psl_map_list_get_type ())
G_DECLARE_FINAL_TYPE (PslMapList, psl_map_list, PSL, MAP_LIST, GtkWidget)

GtkWidget *psl_map_list_new     (void);
void       psl_map_list_set_map (PslMapList    *self,
                                 PslPartnerMap *map);
guint      psl_map_list_get_n_rows (PslMapList *self);
/* The rows in the order shown, to .csv or .xlsx by the file's ending. */
/* The rows as shown, sorted as chosen; NULL with no map. */
PslExportTable *psl_map_list_table (PslMapList *self);
gboolean   psl_map_list_export  (PslMapList    *self,
                                 const char    *path,
                                 GError       **error);

G_END_DECLS
