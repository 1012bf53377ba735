/* psl-list-export.h — every list on screen exported as it shows, to XLSX or CSV
 *
 * A widget that shows lists installs "list.export" on its class with the
 * function that gives a list's rows as they show (filtered, in the order
 * on screen, dates written the French way).  The export button, the same
 * on every list, stands at the top right of the list, in its header; it
 * asks for a file and writes it.  The action's parameter is (list, path):
 * the list's name within its widget ("" when it shows only one) and the
 * file, or "" to ask for one.  Every export of a list goes through
 * psl_list_export_write(): the one place to check or record it.
 */
#pragma once

#include <adwaita.h>

#include "psl-table-export.h"

G_BEGIN_DECLS

/* The rows of the list named list (or the only one) that widget shows,
 * or NULL with nothing to export. */
typedef PslExportTable *(*PslListExportCollect) (GtkWidget  *widget,
                                                 const char *list);

/* A table named name (translated) of headers (N_(), NULL-ended) with a
 * row for each of lines, NULL when lines is. */
PslExportTable *psl_list_export_table (const char          *name,
                                       const char * const  *headers,
                                       GPtrArray           *lines,
                                       PslExportCells       cells);

/* table, marked as naming the people followed: its export is journaled. */
PslExportTable *psl_list_export_personal (PslExportTable *table);

void      psl_list_export_install (GtkWidgetClass       *widget_class,
                                   PslListExportCollect  collect);
/* Writes what widget's list shows to path, .xlsx or .csv by its ending. */
gboolean  psl_list_export_write   (GtkWidget            *widget,
                                   const char           *list,
                                   const char           *path,
                                   GError              **error);

#define PSL_TYPE_EXPORT_BUTTON (psl_export_button_get_type ())
G_DECLARE_FINAL_TYPE (PslExportButton, psl_export_button, PSL, EXPORT_BUTTON, GtkButton)

GtkWidget *psl_export_button_new      (const char          *list);
/* The export button first in the group's header, before what is there. */
void       psl_export_button_add_to   (AdwPreferencesGroup *group,
                                       const char          *list);

G_END_DECLS
