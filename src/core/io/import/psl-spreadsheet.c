/* psl-spreadsheet.c — reading a table from a CSV file or a workbook (XLSX, ODS)
 *
 * What a file is comes from its first bytes, not its name: a workbook
 * renamed .csv is read as the workbook it is.  XLSX and ODS are zip
 * archives of XML, read with libzip and libxml2's streaming reader so that
 * a sheet of 100,000 rows is never held whole as a tree.  Every format
 * gives the same table as the CSV reader, header first, each row with its
 * line (its row number in a spreadsheet).
 */

#define G_LOG_DOMAIN "psl-spreadsheet"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <libxml/xmlreader.h>

#include "psl-spreadsheet.h"
#include "psl-spreadsheet-private.h"
#include "psl-store.h"

#define HEADER_SEARCH_ROWS 15

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

void
psl_spreadsheet_builder_init (PslSpreadsheetBuilder *b,
                        const char      *format)
{
  memset (b, 0, sizeof *b);
  b->table = g_new0 (PslCsvTable, 1);
  b->table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  b->table->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  b->table->encoding = format;
  b->row = g_ptr_array_new_with_free_func (g_free);
  b->row_number = 1;
}

/* Takes text; cells left between two set ones are empty. */
void
psl_spreadsheet_builder_set_cell (PslSpreadsheetBuilder *b,
                            guint            column,
                            char            *text)
{
  g_strstrip (text);
  if (*text == '\0' || column >= PSL_SPREADSHEET_MAX_COLUMNS)
    {
      b->too_large |= *text != '\0';
      g_free (text);
      return;
    }
  if (b->cells + column + 1 > PSL_SPREADSHEET_MAX_CELLS)
    {
      b->too_large = TRUE;
      g_free (text);
      return;
    }
  while (b->row->len < column)
    g_ptr_array_add (b->row, g_strdup (""));
  if (b->row->len == column)
    g_ptr_array_add (b->row, text);
  else
    {
      g_free (b->row->pdata[column]);
      b->row->pdata[column] = text;
    }
}

/* Empty rows (a spreadsheet's trailing ones above all) are not rows. */
void
psl_spreadsheet_builder_end_row (PslSpreadsheetBuilder *b)
{
  if (b->row->len > 0)
    {
      b->cells += b->row->len;
      g_ptr_array_add (b->row, NULL);
      g_ptr_array_add (b->table->rows, g_ptr_array_steal (b->row, NULL));
      g_array_append_val (b->table->lines, b->row_number);
    }
  g_ptr_array_set_size (b->row, 0);
  b->row_number++;
}

PslCsvTable *
psl_spreadsheet_builder_finish (PslSpreadsheetBuilder *b,
                          GError         **error)
{
  g_autoptr(PslCsvTable) table = g_steal_pointer (&b->table);

  g_clear_pointer (&b->row, g_ptr_array_unref);
  if (table == NULL)
    return NULL;
  if (b->too_large)
    {
      refuse (error, _("This sheet is too large to import (more than 16,384 columns or 40 million cells)."));
      return NULL;
    }
  if (table->rows->len == 0)
    {
      refuse (error, _("This sheet is empty."));
      return NULL;
    }
  return g_steal_pointer (&table);
}

/* Spreadsheets count days from 30 December 1899 (Excel's and Calc's own
 * convention, its false 29 February 1900 included). */
char *
psl_spreadsheet_serial_to_date (double serial)
{
  g_autoptr(GDate) date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

  if (serial < 1 || serial > 2958465)
    return NULL;
  g_date_add_days (date, (guint) serial);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

typedef struct
{
  zip_file_t *file;
  guint64     read;
} MemberStream;

/* An archive member inflating to more than this is not a list of firms
 * but a zip bomb. */
#define MAX_MEMBER_SIZE (G_GUINT64_CONSTANT (2) * 1024 * 1024 * 1024)

static int
member_read_cb (void *context,
                char *buffer,
                int   len)
{
  MemberStream *s = context;
  zip_int64_t n = zip_fread (s->file, buffer, (zip_uint64_t) len);

  if (n < 0 || (s->read += (guint64) n) > MAX_MEMBER_SIZE)
    return -1;
  return (int) n;
}

static int
member_close_cb (void *context)
{
  MemberStream *s = context;

  zip_fclose (s->file);
  g_free (s);
  return 0;
}

xmlTextReaderPtr
psl_spreadsheet_open_member (zip_t      *archive,
                       const char *name,
                       GError    **error)
{
  zip_file_t *file = zip_fopen (archive, name, 0);
  MemberStream *s;
  xmlTextReaderPtr reader;

  if (file == NULL)
    {
      refuse (error, _("This workbook is damaged: a part of it is missing or cannot be read."));
      return NULL;
    }
  s = g_new0 (MemberStream, 1);
  s->file = file;
  /* No network, no external entities, no huge text nodes refused. */
  reader = xmlReaderForIO (member_read_cb, member_close_cb, s, name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_HUGE);
  if (reader == NULL)
    refuse (error, _("This workbook is damaged: a part of it is missing or cannot be read."));
  return reader;
}

static gboolean
is_ods (zip_t *archive)
{
  zip_file_t *file = zip_fopen (archive, "mimetype", 0);
  char buffer[64] = { 0 };
  zip_int64_t n;

  if (file == NULL)
    return zip_name_locate (archive, "content.xml", 0) >= 0;
  n = zip_fread (file, buffer, sizeof buffer - 1);
  zip_fclose (file);
  return n > 0 && g_str_has_prefix (buffer, "application/vnd.oasis.opendocument.spreadsheet");
}

static PslCsvTable *
read_workbook (const char *path,
               const char *sheet,
               GError    **error)
{
  int code = 0;
  zip_t *archive = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
  PslCsvTable *table = NULL;

  if (archive == NULL)
    {
      refuse (error, _("This workbook is damaged and cannot be read. Open it in LibreOffice or Excel "
                       "and save it again."));
      return NULL;
    }

  if (zip_name_locate (archive, "xl/workbook.xml", 0) >= 0)
    table = psl_spreadsheet_read_xlsx (archive, sheet, error);
  else if (is_ods (archive))
    table = psl_spreadsheet_read_ods (archive, sheet, error);
  else
    refuse (error, _("This file is an archive, but neither an Excel (XLSX) nor a LibreOffice (ODS) workbook."));

  zip_discard (archive);
  return table;
}

/* A title above the column titles ("Liste des entreprises au 1er mars")
 * has one or two cells where the header has many: the header is the first
 * of the first rows with at least half as many cells as the widest. */
void
psl_spreadsheet_find_header (PslCsvTable *table)
{
  guint widest = 0, header = 0;
  guint n = MIN (table->rows->len, HEADER_SEARCH_ROWS);
  g_autofree guint *filled = g_new0 (guint, n + 1);

  for (guint r = 0; r < n; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; row[c] != NULL; c++)
        filled[r] += *row[c] != '\0';
      widest = MAX (widest, filled[r]);
    }

  while (header < n && filled[header] < MAX (2, (widest + 1) / 2))
    header++;
  if (header == n || header == 0)
    return;

  g_ptr_array_remove_range (table->rows, 0, header);
  g_array_remove_range (table->lines, 0, header);
  table->skipped_above = header;
}

PslCsvTable *
psl_spreadsheet_read_file (const char *path,
                     const char *sheet,
                     GError    **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  PslCsvTable *table;

  if (!psl_csv_load_bytes (path, &data, &length, error))
    return NULL;

  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      g_clear_pointer (&data, g_free);
      table = read_workbook (path, sheet, error);
    }
  else if (length >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      /* Excel keeps a workbook with a password, and the old .xls, in this format. */
      refuse (error, _("This workbook is protected by a password, or is an old Excel file (.xls). "
                       "Open it in LibreOffice or Excel, remove the password and save it as XLSX or ODS."));
      return NULL;
    }
  else
    table = psl_csv_parse (data, length, error);

  if (table != NULL)
    psl_spreadsheet_find_header (table);
  return table;
}
