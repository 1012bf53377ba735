/* psl-spreadsheet-private.h — what the XLSX and ODS readers share */
#pragma once

#include <zip.h>

#include "psl-csv.h"

G_BEGIN_DECLS

/* Far more than a list of firms or people has, but bounded: a damaged or
 * hostile workbook may claim a million columns on every row. */
#define PSL_SPREADSHEET_MAX_CELLS  (40u * 1000u * 1000u)
#define PSL_SPREADSHEET_MAX_COLUMNS 16384u

typedef struct
{
  PslCsvTable *table;
  GPtrArray   *row;           /* of char *, the row being read */
  guint        row_number;    /* 1-based, as the spreadsheet shows it */
  guint64      cells;
  gboolean     too_large;
} PslSpreadsheetBuilder;

void         psl_spreadsheet_builder_init      (PslSpreadsheetBuilder *b,
                                          const char      *format);
void         psl_spreadsheet_builder_set_cell  (PslSpreadsheetBuilder *b,
                                          guint            column,
                                          char            *text);
void         psl_spreadsheet_builder_end_row   (PslSpreadsheetBuilder *b);
PslCsvTable *psl_spreadsheet_builder_finish    (PslSpreadsheetBuilder *b,
                                          GError         **error);
char        *psl_spreadsheet_serial_to_date    (double           serial);

/* The streaming XML reader over one member of the archive. */
struct _xmlTextReader *psl_spreadsheet_open_member (zip_t       *archive,
                                              const char  *name,
                                              GError     **error);

PslCsvTable *psl_spreadsheet_read_xlsx (zip_t       *archive,
                                  const char  *sheet,
                                  GError     **error);
PslCsvTable *psl_spreadsheet_read_ods  (zip_t       *archive,
                                  const char  *sheet,
                                  GError     **error);

G_END_DECLS
