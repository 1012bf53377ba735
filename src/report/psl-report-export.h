/* psl-report-export.h — a report as the file asked for: PDF to print, CSV or XLSX to count */
#pragma once

#include "psl-document.h"

G_BEGIN_DECLS

/* The report's tables for a spreadsheet (PslExportTable): its key figures
 * and fields first, then each table named by the heading it stands under. */
GPtrArray *psl_report_tables (PslDocument  *doc);
/* Writes doc to path as its ending says: .pdf, .csv or .xlsx. */
gboolean   psl_report_write  (PslDocument  *doc,
                              const char   *path,
                              GError      **error);

G_END_DECLS
