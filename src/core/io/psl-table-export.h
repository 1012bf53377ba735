/* psl-table-export.h — tables written as the files spreadsheets open: CSV and XLSX */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char      *name;       /* the sheet's name, or the title above it in CSV */
  GStrv      headers;
  GPtrArray *rows;       /* GStrv, as many cells as headers */
  gboolean   figures;    /* its numbers are the program's own, not typed:
                          * a negative one stays a number in CSV */
  gboolean   personal;   /* its rows name the people followed: exporting
                          * it from the window is journaled */
} PslExportTable;

PslExportTable *psl_export_table_new     (const char         *name,
                                          const char * const *headers);
void            psl_export_table_free    (PslExportTable     *table);
void            psl_export_table_add_row (PslExportTable     *table,
                                          const char * const *cells);

/* A line's cells, appended to cells (freed with g_free), as many as the
 * table has headers. */
typedef void (*PslExportCells) (gconstpointer  line,
                                GPtrArray     *cells);

/* A table of a row for each of lines, NULL when lines is; headers translated. */
PslExportTable *psl_export_table_of      (const char         *name,
                                          const char * const *headers,
                                          GPtrArray          *lines,
                                          PslExportCells      cells);
/* The cells as the lists show them: text (NULL as empty), a count, an
 * ISO date written the French way. */
void            psl_export_cell_text     (GPtrArray          *cells,
                                          const char         *text);
void            psl_export_cell_count    (GPtrArray          *cells,
                                          guint               count);
void            psl_export_cell_date     (GPtrArray          *cells,
                                          const char         *iso);

/* Writes tables to path, as CSV or XLSX by its ending (.csv, .xlsx),
 * replacing the file only once complete.  In CSV (";" and UTF-8 with a
 * byte order mark, as French Excel reads it) a lone table is written
 * bare, several one after the other under their names.  In XLSX each
 * table is a sheet, and cells that read as numbers ("1 234", "12,5",
 * "42 %") are numbers.  A CSV cell that a spreadsheet would run as a
 * formula (it begins with =, +, -, @, a tab or a carriage return) begins
 * with an apostrophe, but for the plain numbers of a figures table. */
gboolean        psl_export_tables_write  (GPtrArray          *tables,
                                          const char         *path,
                                          GError            **error);
/* The same, for personal data: the file is its owner's only (0600) from
 * the first byte, as the database is. */
gboolean        psl_export_tables_write_private (GPtrArray   *tables,
                                                 const char  *path,
                                                 GError     **error);
/* "1 234" → 1234, "12,5" → 12.5, "42 %" → 0.42; FALSE for any other text. */
gboolean        psl_export_parse_number  (const char         *text,
                                          double             *value,
                                          gboolean           *percent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslExportTable, psl_export_table_free)

G_END_DECLS
