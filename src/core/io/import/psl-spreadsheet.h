/* psl-spreadsheet.h — reading a table from a CSV file or a workbook (XLSX, ODS) */
#pragma once

#include "psl-csv.h"

G_BEGIN_DECLS

/* sheet NULL: the workbook's first sheet. */
PslCsvTable *psl_spreadsheet_read_file   (const char  *path,
                                    const char  *sheet,
                                    GError     **error);
void         psl_spreadsheet_find_header (PslCsvTable *table);

G_END_DECLS
