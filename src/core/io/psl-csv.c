/* psl-csv.c — reading the CSV files people export from Excel or LibreOffice
 *
 * The parsing itself is libcsv's (quoted fields, doubled quotes, line breaks
 * inside quotes).  Around it: the encodings French spreadsheets really use
 * (UTF-8 with or without BOM, or Windows-1252 from Excel), the delimiter
 * (";" in France, "," elsewhere, tabs), and line numbers for the report.
 */

#define G_LOG_DOMAIN "psl-csv"

#include "config.h"

#include <csv.h>
#include <string.h>
#include "psl-i18n.h"
#include <glib/gstdio.h>

#include "psl-csv.h"
#include "psl-store.h"

/* A file larger than this is not a list of firms. */
#define MAX_FILE_SIZE (64 * 1024 * 1024)

typedef struct
{
  PslCsvTable *table;
  GPtrArray   *fields;
  guint        line;        /* the physical line being fed to the parser */
  guint        row_start;   /* where the current row began; 0 before its first field */
  guint        line_start;  /* the line where the parser last was between rows */
} ParseState;

void
psl_csv_table_free (PslCsvTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_strfreev (table->sheets);
  g_free (table->sheet);
  g_free (table);
}

static void
on_field (void  *data,
          gsize  length,
          void  *user_data)
{
  ParseState *st = user_data;
  char *field = g_strndup (data != NULL ? data : "", length);

  if (st->row_start == 0)
    st->row_start = st->line_start;
  g_ptr_array_add (st->fields, g_strstrip (field));
}

static void
on_row (int   terminator,
        void *user_data)
{
  ParseState *st = user_data;
  gboolean empty = TRUE;

  g_ptr_array_add (st->fields, NULL);
  for (guint i = 0; st->fields->pdata[i] != NULL; i++)
    if (*(char *) st->fields->pdata[i] != '\0')
      empty = FALSE;

  /* Blank lines (often at the end of an export) are not rows. */
  if (!empty)
    {
      g_ptr_array_add (st->table->rows, g_ptr_array_steal (st->fields, NULL));
      g_array_append_val (st->table->lines, st->row_start);
    }
  else
    g_ptr_array_set_size (st->fields, 0);

  st->row_start = 0;
}

/* The delimiter that appears most in the first line, outside quotes. */
char
psl_csv_guess_delimiter (const char *text)
{
  const char candidates[] = { ';', ',', '\t', '|' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

static char *
to_utf8 (const char  *data,
         gsize        length,
         const char **encoding,
         GError     **error)
{
  /* Excel's "Unicode text" is UTF-16 with a byte order mark. */
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      const char *from = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";

      *encoding = "UTF-16";
      return g_convert (data + 2, length - 2, "UTF-8", from, NULL, NULL, error);
    }

  /* A UTF-8 byte order mark, written by Excel's "CSV UTF-8". */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("This file is not a text file (is it a spreadsheet? Save it as CSV first)."));
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, length);
    }

  /* Not UTF-8: the other encoding French Windows users have is CP1252,
   * in which every byte but five is a character.  ISO-8859-15 (older Unix
   * tools) differs where CP1252 has its own signs (€ ’ œ in 0x80–0x9F) and
   * ISO-8859-15 puts € œ Œ Š in 0xA4–0xBE: a file with the latter and none
   * of the former is read as ISO-8859-15. */
  *encoding = "WINDOWS-1252";
  {
    gboolean cp1252_signs = FALSE, latin9_signs = FALSE;

    for (gsize i = 0; i < length; i++)
      {
        guchar b = (guchar) data[i];

        cp1252_signs |= b >= 0x80 && b <= 0x9F;
        latin9_signs |= b == 0xA4 || b == 0xA6 || b == 0xA8 || b == 0xB4 || b == 0xB8 ||
                        (b >= 0xBC && b <= 0xBE);
      }
    if (latin9_signs && !cp1252_signs)
      *encoding = "ISO-8859-15";
  }
  return g_convert (data, length, "UTF-8", *encoding, NULL, NULL, error);
}

PslCsvTable *
psl_csv_parse (const char *data,
               gsize       length,
               GError    **error)
{
  g_autoptr(PslCsvTable) table = g_new0 (PslCsvTable, 1);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  struct csv_parser parser;
  ParseState st = { 0 };
  const char *encoding = NULL;
  gsize text_length;

  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));

  text = to_utf8 (data, length, &encoding, error);
  if (text == NULL)
    return NULL;
  table->encoding = encoding;
  text_length = strlen (text);

  if (strspn (text, " \t\r\n") == text_length)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }

  table->delimiter = psl_csv_guess_delimiter (text);

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Not enough memory to read the file."));
      return NULL;
    }
  csv_set_delim (&parser, (unsigned char) table->delimiter);

  st.table = table;
  st.fields = fields;

  /* Fed one physical line at a time, so that every row knows its line. */
  for (const char *p = text; *p != '\0';)
    {
      const char *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize) (end - p + 1) : strlen (p);

      st.line++;
      /* libcsv's state 0 is "no row begun": a row starting on this line. */
      if (parser.pstate == 0)
        st.line_start = st.line;
      if (csv_parse (&parser, p, len, on_field, on_row, &st) != len)
        break;
      p += len;
    }

  if (csv_error (&parser) != CSV_SUCCESS || csv_fini (&parser, on_field, on_row, &st) != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Line %u: a quoted field is not closed, or a quote stands in the middle "
                     "of a field. Check the quotes (\") on this line."),
                   st.row_start != 0 ? st.row_start : st.line_start);
      csv_free (&parser);
      return NULL;
    }
  csv_free (&parser);

  if (table->rows->len == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }

  return g_steal_pointer (&table);
}

/* The whole file, refused when it is too large to be a list. */
gboolean
psl_csv_load_bytes (const char *path,
                    char      **data,
                    gsize      *length,
                    GError    **error)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && st.st_size > MAX_FILE_SIZE)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is too large for a list to import (more than 64 MB)."), path);
      return FALSE;
    }

  return g_file_get_contents (path, data, length, error);
}

PslCsvTable *
psl_csv_read_file (const char *path,
                   GError    **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!psl_csv_load_bytes (path, &data, &length, error))
    return NULL;

  return psl_csv_parse (data, length, error);
}
