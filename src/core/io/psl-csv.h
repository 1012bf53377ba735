/* psl-csv.h — reading the CSV files people export from Excel or LibreOffice */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray  *rows;          /* of GStrv; rows[0] is the header line */
  GArray     *lines;         /* guint: the physical line where each row starts */
  char        delimiter;
  const char *encoding;      /* "UTF-8", "WINDOWS-1252", "UTF-16"…, or "XLSX", "ODS" */
  char      **sheets;        /* a workbook's sheets, NULL for a CSV file */
  char       *sheet;         /* the sheet read */
  guint       skipped_above; /* rows above the header (a title) left out */
} PslCsvTable;

void         psl_csv_table_free (PslCsvTable *table);
PslCsvTable *psl_csv_parse      (const char  *data,
                                 gsize        length,
                                 GError     **error);
PslCsvTable *psl_csv_read_file  (const char  *path,
                                 GError     **error);
char         psl_csv_guess_delimiter (const char *text);
gboolean     psl_csv_load_bytes (const char  *path,
                                 char       **data,
                                 gsize       *length,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCsvTable, psl_csv_table_free)

G_END_DECLS
