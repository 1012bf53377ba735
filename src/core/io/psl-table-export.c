/* psl-table-export.c — tables written as the files spreadsheets open: CSV and XLSX
 *
 * The quoting of CSV is libcsv's and the XLSX format libxlsxwriter's.
 * CSV is written the way French Excel reads it without an import
 * dialogue: ";" between fields and a byte order mark so that accents
 * survive.  In XLSX the figures are numbers, so that a funder's
 * spreadsheet can add them up; the text stays as the report printed it.
 *
 * Both are written beside the file and renamed over it once complete:
 * a failed export never leaves half a file where a good one was.
 */

#define G_LOG_DOMAIN "psl-table-export"

#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "psl-format.h"
#include "psl-table-export.h"

#define SHEET_NAME_MAX 31   /* Excel's limit */

PslExportTable *
psl_export_table_new (const char         *name,
                      const char * const *headers)
{
  PslExportTable *table = g_new0 (PslExportTable, 1);

  table->name = g_strdup (name);
  table->headers = g_strdupv ((char **) headers);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
psl_export_table_free (PslExportTable *table)
{
  g_free (table->name);
  g_strfreev (table->headers);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
psl_export_table_add_row (PslExportTable     *table,
                          const char * const *cells)
{
  guint n = g_strv_length (table->headers);
  GStrv row = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

gboolean
psl_export_parse_number (const char *text,
                         double     *value,
                         gboolean   *percent)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *p = text;
  char *end = NULL;
  gboolean digits = FALSE;

  *percent = FALSE;
  if (text == NULL)
    return FALSE;
  if (*p == '-')
    g_string_append_c (plain, *p++);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (plain, *p);
          digits = TRUE;
        }
      else if (c == ',' && digits && strchr (plain->str, '.') == NULL)
        g_string_append_c (plain, '.');
      /* Thousands are grouped by a space, a no-break or a narrow no-break one. */
      else if ((c == ' ' || c == 0x00A0 || c == 0x202F) && digits)
        {
          const char *next = g_utf8_next_char (p);

          if (g_utf8_get_char (next) == '%' && next[1] == '\0')
            {
              *percent = TRUE;
              break;
            }
        }
      else
        return FALSE;
    }
  if (!digits)
    return FALSE;
  *value = g_ascii_strtod (plain->str, &end);
  if (end == NULL || *end != '\0')
    return FALSE;
  if (*percent)
    *value /= 100;
  return TRUE;
}

/* A spreadsheet runs a cell that begins with =, +, - or @ as a formula
 * (and one that begins with a tab or a carriage return after stripping
 * it), so a firm named "=HYPERLINK(…)" or "-2+3+cmd|…" in a list would act
 * when the list is opened.  Such a cell gets an apostrophe first, the
 * OWASP rule, which spreadsheets read as "text follows".  A phone number
 * "+33 5 65…" is text a person typed and gets one too: a spreadsheet
 * would otherwise read it as a sum.  The one exception is a plain number
 * ("-3", "-12,5", "-4 %") in a table whose figures the program computed
 * (figures is set): it cannot hold a formula, and a funder's spreadsheet
 * must be able to add it up.  A cell a person typed is never exempt, even
 * when it reads as a number: only the program's own figures are. */
static gboolean
needs_quote_mark (const char *text,
                  gboolean    figures)
{
  double value;
  gboolean percent;

  if (text[0] == '\0' || strchr ("=+-@\t\r", text[0]) == NULL)
    return FALSE;
  return !(figures && psl_export_parse_number (text, &value, &percent));
}

static void
append_field (GString    *out,
              const char *raw,
              gboolean    figures)
{
  g_autofree char *marked = needs_quote_mark (raw, figures) ? g_strconcat ("'", raw, NULL) : NULL;
  const char *text = marked != NULL ? marked : raw;
  gsize length = strlen (text);
  g_autofree char *quoted = g_malloc (length * 2 + 3);
  /* Always quoted: a cell that looks like a date or a number stays as written. */
  gsize n = csv_write2 (quoted, length * 2 + 3, text, length, '"');

  g_string_append_len (out, quoted, n);
}

static void
append_row (GString           *out,
            const char * const *cells,
            gboolean           figures)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_field (out, cells[i], figures);
    }
  g_string_append (out, "\r\n");
}

static GBytes *
to_csv (GPtrArray *tables)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  for (guint t = 0; t < tables->len; t++)
    {
      PslExportTable *table = g_ptr_array_index (tables, t);

      if (tables->len > 1)
        {
          if (t > 0)
            g_string_append (out, "\r\n");
          append_row (out, (const char *[]) { table->name, NULL }, FALSE);
        }
      append_row (out, (const char * const *) table->headers, FALSE);
      for (guint r = 0; r < table->rows->len; r++)
        append_row (out, g_ptr_array_index (table->rows, r), table->figures);
    }
  return g_string_free_to_bytes (out);
}

/* text in at most room characters, cut after a word and ended by "…". */
static char *
shorten (const char *text,
         glong       room)
{
  g_autofree char *cut = NULL;
  char *space;

  if (g_utf8_strlen (text, -1) <= room)
    return g_strdup (text);
  cut = g_utf8_substring (text, 0, room - 1);
  if ((space = strrchr (cut, ' ')) != NULL && space > cut)
    *space = '\0';
  g_strchomp (cut);
  return g_strconcat (cut, "…", NULL);
}

/* A name Excel accepts, unique in the workbook: no []:*?/\, at most 31
 * characters, a number added when taken. */
static char *
sheet_name (GHashTable *taken,
            const char *name,
            guint       index)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *candidate = NULL;

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (clean, strchr ("[]:*?/\\'", c) != NULL && c < 128 ? '-' : c);
    }
  if (clean->len == 0)
    g_string_printf (clean, "%u", index + 1);
  for (guint n = 1; candidate == NULL || g_hash_table_contains (taken, candidate); n++)
    {
      g_autofree char *suffix = n > 1 ? g_strdup_printf (" (%u)", n) : g_strdup ("");
      glong room = SHEET_NAME_MAX - g_utf8_strlen (suffix, -1);
      g_autofree char *cut = shorten (clean->str, room);

      g_free (candidate);
      candidate = g_strconcat (cut, suffix, NULL);
    }
  g_hash_table_add (taken, g_strdup (candidate));
  return g_steal_pointer (&candidate);
}

static gboolean
write_xlsx (GPtrArray   *tables,
            const char  *path,
            GError     **error)
{
  lxw_workbook *book = workbook_new (path);
  lxw_format *bold, *percent;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_error status;

  if (book == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, g_strerror (errno));
      return FALSE;
    }
  bold = workbook_add_format (book);
  format_set_bold (bold);
  percent = workbook_add_format (book);
  format_set_num_format (percent, "0%");
  for (guint t = 0; t < tables->len; t++)
    {
      PslExportTable *table = g_ptr_array_index (tables, t);
      g_autofree char *name = sheet_name (taken, table->name, t);
      lxw_worksheet *sheet = workbook_add_worksheet (book, name);

      for (guint c = 0; table->headers[c] != NULL; c++)
        {
          worksheet_write_string (sheet, 0, c, table->headers[c], bold);
          worksheet_set_column (sheet, c, c, c == 0 ? 40 : 16, NULL);
        }
      worksheet_freeze_panes (sheet, 1, 0);
      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);

          for (guint c = 0; row[c] != NULL; c++)
            {
              double value;
              gboolean is_percent;

              if (c > 0 && psl_export_parse_number (row[c], &value, &is_percent))
                worksheet_write_number (sheet, r + 1, c, value, is_percent ? percent : NULL);
              else if (row[c][0] != '\0')
                worksheet_write_string (sheet, r + 1, c, row[c], NULL);
            }
        }
    }
  if ((status = workbook_close (book)) != LXW_NO_ERROR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

void
psl_export_cell_text (GPtrArray  *cells,
                      const char *text)
{
  g_ptr_array_add (cells, g_strdup (text != NULL ? text : ""));
}

void
psl_export_cell_count (GPtrArray *cells,
                       guint      count)
{
  g_ptr_array_add (cells, g_strdup_printf ("%u", count));
}

void
psl_export_cell_date (GPtrArray  *cells,
                      const char *iso)
{
  g_ptr_array_add (cells, iso != NULL && *iso != '\0' ? psl_format_date_short (iso) : g_strdup (""));
}

PslExportTable *
psl_export_table_of (const char         *name,
                     const char * const *headers,
                     GPtrArray          *lines,
                     PslExportCells      cells)
{
  PslExportTable *table;
  guint n_headers = g_strv_length ((GStrv) headers);

  if (lines == NULL)
    return NULL;
  table = psl_export_table_new (name, headers);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      cells (g_ptr_array_index (lines, i), row);
      g_return_val_if_fail (row->len == n_headers, table);
      g_ptr_array_add (row, NULL);
      psl_export_table_add_row (table, (const char * const *) row->pdata);
    }
  return table;
}

/* An empty file of mode 0600 where the partial file goes: the library
 * that writes XLSX keeps an existing file's mode. */
static gboolean
make_private (const char *path,
              GError    **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gboolean ok;

  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
      return FALSE;
    }
  ok = fchmod (fd, 0600) == 0;
  if (!ok)
    g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
  close (fd);
  return ok;
}

static gboolean
write_tables (GPtrArray   *tables,
              const char  *path,
              gboolean     private,
              GError     **error)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) local = NULL;
  gboolean xlsx = g_str_has_suffix (path, ".xlsx");

  if (!xlsx && !g_str_has_suffix (path, ".csv"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is neither a .csv nor an .xlsx file name."), path);
      return FALSE;
    }
  if (private && !make_private (partial, &local))
    ;
  else if (xlsx)
    write_xlsx (tables, partial, &local);
  else
    {
      g_autoptr(GBytes) bytes = to_csv (tables);

      g_file_set_contents_full (partial, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                private ? 0600 : 0666, &local);
    }
  if (local == NULL && g_rename (partial, path) != 0)
    g_set_error_literal (&local, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
  if (local != NULL)
    {
      g_unlink (partial);
      g_set_error (error, local->domain, local->code, _("The file could not be written to “%s”: %s"),
                   path, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_export_tables_write (GPtrArray   *tables,
                         const char  *path,
                         GError     **error)
{
  return write_tables (tables, path, FALSE, error);
}

gboolean
psl_export_tables_write_private (GPtrArray   *tables,
                                 const char  *path,
                                 GError     **error)
{
  return write_tables (tables, path, TRUE, error);
}
