/* psl-spreadsheet-ods.c — one sheet of a LibreOffice Calc workbook (OpenDocument)
 *
 * content.xml holds every sheet in turn.  A cell's text is in its
 * paragraphs (one per line), a number or a date in its value attributes
 * (office:value, office:date-value), so that "1 234,50" or "12/03/2024"
 * as shown never has to be read back.  Rows and cells repeat: the empty
 * ones at the end of a sheet claim a million rows and are never expanded.
 */

#define G_LOG_DOMAIN "psl-spreadsheet-ods"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"
#include <libxml/xmlreader.h>

#include "psl-spreadsheet-private.h"
#include "psl-store.h"

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TABLE_NS  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define TEXT_NS   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

static gboolean
is_in (xmlTextReaderPtr reader,
       int              type,
       const char      *ns,
       const char      *name)
{
  return xmlTextReaderNodeType (reader) == type &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0 &&
         g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (reader), ns) == 0;
}

#define STARTS(r, ns, n) is_in ((r), XML_READER_TYPE_ELEMENT, (ns), (n))
#define ENDS(r, ns, n)   is_in ((r), XML_READER_TYPE_END_ELEMENT, (ns), (n))

static char *
attribute (xmlTextReaderPtr reader,
           const char      *ns,
           const char      *name)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) name, (const xmlChar *) ns);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static guint
repeat (xmlTextReaderPtr reader,
        const char      *name)
{
  g_autofree char *text = attribute (reader, TABLE_NS, name);
  gulong n = text != NULL ? strtoul (text, NULL, 10) : 1;

  return n < 1 ? 1 : n > 1100000 ? 1100000 : (guint) n;
}

typedef struct
{
  PslSpreadsheetBuilder b;
  GPtrArray      *sheets;       /* names of every sheet */
  const char     *wanted;
  gboolean        reading;      /* inside the sheet to read */
  gboolean        done;
  GPtrArray      *row_cells;    /* of char *, the current row before repeats */
  guint           row_repeat;
  guint           pending_empty;/* empty cells not yet placed */
  GString        *text;         /* the current cell's paragraphs */
  char           *value;        /* the current cell's value attribute */
  guint           cell_repeat;
  guint           paragraphs;
  gboolean        in_cell;
  gboolean        in_note;
} Reader;

static void
end_cell (Reader *r)
{
  char *text = r->value != NULL ? g_steal_pointer (&r->value) : g_strdup (r->text->str);

  if (*text == '\0')
    {
      r->pending_empty += r->cell_repeat;
      g_free (text);
      return;
    }
  /* Cells before a filled one are placed: repeats of empty cells only
   * count until then. */
  for (guint i = 0; i < r->pending_empty && r->row_cells->len < PSL_SPREADSHEET_MAX_COLUMNS; i++)
    g_ptr_array_add (r->row_cells, g_strdup (""));
  r->pending_empty = 0;
  for (guint i = 0; i < r->cell_repeat && r->row_cells->len < PSL_SPREADSHEET_MAX_COLUMNS; i++)
    g_ptr_array_add (r->row_cells, g_strdup (text));
  if (r->row_cells->len >= PSL_SPREADSHEET_MAX_COLUMNS)
    r->b.too_large = TRUE;
  g_free (text);
}

static void
end_row (Reader *r)
{
  guint times = r->row_cells->len > 0 ? r->row_repeat : 1;

  /* A run of empty rows only moves the row number on. */
  if (r->row_cells->len == 0)
    {
      r->b.row_number += r->row_repeat - 1;
      psl_spreadsheet_builder_end_row (&r->b);
    }
  for (guint t = 0; r->row_cells->len > 0 && t < times && !r->b.too_large; t++)
    {
      for (guint c = 0; c < r->row_cells->len; c++)
        psl_spreadsheet_builder_set_cell (&r->b, c, g_strdup (r->row_cells->pdata[c]));
      psl_spreadsheet_builder_end_row (&r->b);
    }
  g_ptr_array_set_size (r->row_cells, 0);
  r->pending_empty = 0;
}

static void
start_cell (Reader          *r,
            xmlTextReaderPtr reader)
{
  g_autofree char *type = attribute (reader, OFFICE_NS, "value-type");

  g_string_truncate (r->text, 0);
  g_clear_pointer (&r->value, g_free);
  r->paragraphs = 0;
  r->cell_repeat = repeat (reader, "number-columns-repeated");

  if (g_strcmp0 (type, "date") == 0)
    {
      g_autofree char *date = attribute (reader, OFFICE_NS, "date-value");

      /* 2024-03-12 or 2024-03-12T10:30:00: the day is what the lists need. */
      if (date != NULL && strlen (date) >= 10)
        r->value = g_strndup (date, 10);
    }
  else if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0 ||
           g_strcmp0 (type, "currency") == 0)
    r->value = attribute (reader, OFFICE_NS, "value");
  else if (g_strcmp0 (type, "boolean") == 0)
    {
      g_autofree char *b = attribute (reader, OFFICE_NS, "boolean-value");

      r->value = g_strdup (g_strcmp0 (b, "true") == 0 ? "1" : "0");
    }

  r->in_cell = !xmlTextReaderIsEmptyElement (reader);
  if (!r->in_cell)
    end_cell (r);
}

static void
step (Reader          *r,
      xmlTextReaderPtr reader)
{
  int node = xmlTextReaderNodeType (reader);

  if (STARTS (reader, TABLE_NS, "table"))
    {
      char *name = attribute (reader, TABLE_NS, "name");

      g_ptr_array_add (r->sheets, name != NULL ? name : g_strdup (""));
      r->reading = !r->done && (r->wanted == NULL || g_strcmp0 (r->wanted, name) == 0);
    }
  else if (ENDS (reader, TABLE_NS, "table"))
    {
      r->done |= r->reading;
      r->reading = FALSE;
    }
  else if (!r->reading)
    return;
  else if (STARTS (reader, OFFICE_NS, "annotation"))
    r->in_note = !xmlTextReaderIsEmptyElement (reader);
  else if (ENDS (reader, OFFICE_NS, "annotation"))
    r->in_note = FALSE;
  else if (r->in_note)
    return;
  else if (STARTS (reader, TABLE_NS, "table-row"))
    {
      r->row_repeat = repeat (reader, "number-rows-repeated");
      if (xmlTextReaderIsEmptyElement (reader))
        end_row (r);
    }
  else if (ENDS (reader, TABLE_NS, "table-row"))
    end_row (r);
  else if (STARTS (reader, TABLE_NS, "table-cell") || STARTS (reader, TABLE_NS, "covered-table-cell"))
    start_cell (r, reader);
  else if (ENDS (reader, TABLE_NS, "table-cell") || ENDS (reader, TABLE_NS, "covered-table-cell"))
    {
      if (r->in_cell)
        end_cell (r);
      r->in_cell = FALSE;
    }
  else if (!r->in_cell)
    return;
  else if (STARTS (reader, TEXT_NS, "p"))
    {
      if (r->paragraphs++ > 0)
        g_string_append_c (r->text, '\n');
    }
  else if (STARTS (reader, TEXT_NS, "s"))
    {
      g_autofree char *c = attribute (reader, TEXT_NS, "c");
      guint n = c != NULL ? (guint) CLAMP (atoi (c), 1, 1000) : 1;

      for (guint i = 0; i < n; i++)
        g_string_append_c (r->text, ' ');
    }
  else if (STARTS (reader, TEXT_NS, "tab"))
    g_string_append_c (r->text, '\t');
  else if (STARTS (reader, TEXT_NS, "line-break"))
    g_string_append_c (r->text, '\n');
  else if ((node == XML_READER_TYPE_TEXT || node == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
           r->text->len < 1000000)
    g_string_append (r->text, (const char *) xmlTextReaderConstValue (reader));
}

PslCsvTable *
psl_spreadsheet_read_ods (zip_t      *archive,
                    const char *sheet,
                    GError    **error)
{
  Reader r = { 0 };
  xmlTextReaderPtr reader = psl_spreadsheet_open_member (archive, "content.xml", error);
  PslCsvTable *table;
  int rc;

  if (reader == NULL)
    return NULL;

  psl_spreadsheet_builder_init (&r.b, "ODS");
  r.sheets = g_ptr_array_new_with_free_func (g_free);
  r.row_cells = g_ptr_array_new_with_free_func (g_free);
  r.text = g_string_new (NULL);
  r.wanted = sheet;

  while ((rc = xmlTextReaderRead (reader)) == 1 && !r.b.too_large)
    step (&r, reader);
  xmlFreeTextReader (reader);

  if (rc < 0)
    {
      g_clear_pointer (&r.b.table, psl_csv_table_free);
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("This workbook is damaged and cannot be read. Open it in LibreOffice or Excel "
                             "and save it again."));
    }
  else if (!r.done && r.b.table != NULL)
    {
      g_clear_pointer (&r.b.table, psl_csv_table_free);
      if (sheet != NULL)
        g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                     _("This workbook has no sheet named “%s”."), sheet);
      else
        g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("This workbook has no sheet."));
    }

  table = psl_spreadsheet_builder_finish (&r.b, r.b.table != NULL ? error : NULL);
  if (table != NULL)
    {
      guint chosen = 0;

      if (sheet != NULL)
        g_ptr_array_find_with_equal_func (r.sheets, sheet, g_str_equal, &chosen);
      table->sheet = g_strdup (r.sheets->pdata[chosen]);
      g_ptr_array_add (r.sheets, NULL);
      table->sheets = (char **) g_ptr_array_steal (r.sheets, NULL);
    }

  g_ptr_array_unref (r.sheets);
  g_ptr_array_unref (r.row_cells);
  g_string_free (r.text, TRUE);
  g_free (r.value);
  return table;
}
