/* psl-spreadsheet-xlsx.c — one sheet of an Excel workbook (Office Open XML)
 *
 * The workbook names its sheets (xl/workbook.xml) and where each lives
 * (xl/_rels/workbook.xml.rels); text cells point into one table of shared
 * strings; a date is a number of days whose cell style has a date format.
 */

#define G_LOG_DOMAIN "psl-spreadsheet-xlsx"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"
#include <libxml/xmlreader.h>

#include "psl-spreadsheet-private.h"
#include "psl-store.h"

typedef struct
{
  GPtrArray *names;     /* of char *, in the workbook's order */
  GPtrArray *targets;   /* the member holding each */
} Sheets;

static gboolean
damaged (GError **error)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                       _("This workbook is damaged and cannot be read. Open it in LibreOffice or Excel "
                         "and save it again."));
  return FALSE;
}

static gboolean
is (xmlTextReaderPtr reader,
    const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
ends (xmlTextReaderPtr reader,
      const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
attribute (xmlTextReaderPtr reader,
           const char      *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* r:id is in the relationships namespace, whatever its prefix. */
static char *
relationship_id (xmlTextReaderPtr reader)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) "id",
    (const xmlChar *) "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static gboolean
read_sheets (zip_t   *archive,
             Sheets  *sheets,
             GError **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader;
  int rc;

  if ((reader = psl_spreadsheet_open_member (archive, "xl/_rels/workbook.xml.rels", error)) == NULL)
    return FALSE;
  while ((rc = xmlTextReaderRead (reader)) == 1)
    if (is (reader, "Relationship"))
      {
        char *id = attribute (reader, "Id");
        char *target = attribute (reader, "Target");

        if (id != NULL && target != NULL)
          g_hash_table_replace (targets, id, target);
        else
          g_free (id), g_free (target);
      }
  xmlFreeTextReader (reader);
  if (rc != 0)
    return damaged (error);

  if ((reader = psl_spreadsheet_open_member (archive, "xl/workbook.xml", error)) == NULL)
    return FALSE;
  while ((rc = xmlTextReaderRead (reader)) == 1)
    if (is (reader, "sheet"))
      {
        g_autofree char *id = relationship_id (reader);
        char *name = attribute (reader, "name");
        const char *target = id != NULL ? g_hash_table_lookup (targets, id) : NULL;

        if (name == NULL || target == NULL)
          {
            g_free (name);
            continue;
          }
        g_ptr_array_add (sheets->names, name);
        /* Targets are relative to xl/, or absolute from the archive's root. */
        g_ptr_array_add (sheets->targets, target[0] == '/' ? g_strdup (target + 1)
                                                           : g_strconcat ("xl/", target, NULL));
      }
  xmlFreeTextReader (reader);
  if (rc != 0 || sheets->names->len == 0)
    return damaged (error);
  return TRUE;
}

/* The shared strings: the runs of text of each <si>, phonetic hints left out. */
static GPtrArray *
read_shared_strings (zip_t   *archive,
                     GError **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = NULL;
  xmlTextReaderPtr reader;
  gboolean phonetic = FALSE, in_t = FALSE;
  int rc;

  if (zip_name_locate (archive, "xl/sharedStrings.xml", 0) < 0)
    return g_steal_pointer (&strings);
  if ((reader = psl_spreadsheet_open_member (archive, "xl/sharedStrings.xml", error)) == NULL)
    return NULL;

  while ((rc = xmlTextReaderRead (reader)) == 1)
    {
      if (is (reader, "si"))
        {
          text = g_string_new (NULL);
          if (xmlTextReaderIsEmptyElement (reader))
            g_ptr_array_add (strings, g_string_free (g_steal_pointer (&text), FALSE));
        }
      else if (is (reader, "rPh"))
        phonetic = !xmlTextReaderIsEmptyElement (reader);
      else if (ends (reader, "rPh"))
        phonetic = FALSE;
      else if (is (reader, "t"))
        in_t = !xmlTextReaderIsEmptyElement (reader);
      else if (ends (reader, "t"))
        in_t = FALSE;
      else if (in_t && !phonetic && text != NULL &&
               (xmlTextReaderNodeType (reader) == XML_READER_TYPE_TEXT ||
                xmlTextReaderNodeType (reader) == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
      else if (ends (reader, "si") && text != NULL)
        g_ptr_array_add (strings, g_string_free (g_steal_pointer (&text), FALSE));
    }
  xmlFreeTextReader (reader);
  if (rc != 0)
    {
      damaged (error);
      return NULL;
    }
  return g_steal_pointer (&strings);
}

/* A custom number format shows a date when it has d, m or y outside
 * quotes and brackets ("[Red]", "[$-40C]") and no 0 or # of a number. */
static gboolean
format_is_date (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE, date = FALSE;

  for (const char *p = code; p != NULL && *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '[')
        bracket = TRUE;
      else if (*p == ']')
        bracket = FALSE;
      else if (bracket)
        continue;
      else if (*p == '\\')
        p += p[1] != '\0';
      else if (strchr ("dDmMyYjJaA", *p) != NULL)
        date = TRUE;
      else if (*p == '0' || *p == '#')
        return FALSE;
    }
  return date;
}

/* For each cell style (its index), whether it shows a date. */
static GArray *
read_date_styles (zip_t   *archive,
                  GError **error)
{
  g_autoptr(GArray) dates = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(GHashTable) custom = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  xmlTextReaderPtr reader;
  gboolean in_xfs = FALSE;
  int rc;

  if (zip_name_locate (archive, "xl/styles.xml", 0) < 0)
    return g_steal_pointer (&dates);
  if ((reader = psl_spreadsheet_open_member (archive, "xl/styles.xml", error)) == NULL)
    return NULL;

  while ((rc = xmlTextReaderRead (reader)) == 1)
    {
      if (is (reader, "numFmt"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");

          if (id != NULL)
            g_hash_table_replace (custom, GUINT_TO_POINTER (atoi (id)), attribute (reader, "formatCode"));
        }
      else if (is (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (ends (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is (reader, "xf"))
        {
          g_autofree char *id_text = attribute (reader, "numFmtId");
          int id = id_text != NULL ? atoi (id_text) : 0;
          /* The formats Excel builds in for dates: 14–22, 45–47, and the
           * localised ones 27–36 and 50–58 of East Asian versions. */
          gboolean date = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) ||
                          (id >= 27 && id <= 36) || (id >= 50 && id <= 58) ||
                          format_is_date (g_hash_table_lookup (custom, GUINT_TO_POINTER (id)));

          g_array_append_val (dates, date);
        }
    }
  xmlFreeTextReader (reader);
  if (rc != 0)
    {
      damaged (error);
      return NULL;
    }
  return g_steal_pointer (&dates);
}

/* "AB12" → column 27 (0-based) and row 12. */
static gboolean
parse_reference (const char *ref,
                 guint      *column,
                 guint      *row)
{
  guint c = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
      if (c > PSL_SPREADSHEET_MAX_COLUMNS)
        return FALSE;
    }
  if (c == 0 || !g_ascii_isdigit (*p))
    return FALSE;
  *column = c - 1;
  *row = (guint) strtoul (p, NULL, 10);
  return TRUE;
}

/* A number as a person would type it: 12345678901234 rather than 1.23E+13. */
static char *
number_text (const char *raw)
{
  char *end = NULL;
  double value = g_ascii_strtod (raw, &end);

  if (end == raw || *end != '\0')
    return g_strdup (raw);
  if (value == (double) (gint64) value && value > -1e15 && value < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  {
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];

    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
  }
}

typedef struct
{
  GPtrArray *strings;
  GArray    *date_styles;
} Context;

static char *
cell_text (Context    *ctx,
           const char *type,
           const char *style,
           const char *raw)
{
  guint s = style != NULL ? (guint) atoi (style) : 0;

  if (g_strcmp0 (type, "s") == 0)
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (raw, &end, 10);

      return end != raw && index < ctx->strings->len ? g_strdup (ctx->strings->pdata[index]) : g_strdup ("");
    }
  if (g_strcmp0 (type, "e") == 0)   /* #N/A, #DIV/0! … are no values */
    return g_strdup ("");
  if (type == NULL || g_strcmp0 (type, "n") == 0)
    {
      if (s < ctx->date_styles->len && g_array_index (ctx->date_styles, gboolean, s))
        {
          char *date = psl_spreadsheet_serial_to_date (g_ascii_strtod (raw, NULL));

          if (date != NULL)
            return date;
        }
      return number_text (raw);
    }
  /* str (a formula's text), inlineStr, b (0 or 1), d (ISO date) */
  return g_strdup (raw);
}

static PslCsvTable *
read_rows (zip_t      *archive,
           const char *member,
           Context    *ctx,
           GError    **error)
{
  PslSpreadsheetBuilder b;
  xmlTextReaderPtr reader = psl_spreadsheet_open_member (archive, member, error);
  g_autofree char *type = NULL, *style = NULL;
  g_autoptr(GString) value = g_string_new (NULL);
  guint column = 0, next_column = 0;
  gboolean in_cell = FALSE, in_value = FALSE, in_row = FALSE;
  int rc;

  if (reader == NULL)
    return NULL;
  psl_spreadsheet_builder_init (&b, "XLSX");

  while ((rc = xmlTextReaderRead (reader)) == 1 && !b.too_large)
    {
      int node = xmlTextReaderNodeType (reader);

      if (is (reader, "row"))
        {
          g_autofree char *r = attribute (reader, "r");
          guint number = r != NULL ? (guint) strtoul (r, NULL, 10) : b.row_number;

          /* Rows are written in order; the ones left out are empty. */
          while (b.row_number < number && b.row_number < 1100000)
            psl_spreadsheet_builder_end_row (&b);
          in_row = TRUE;
          next_column = 0;
          if (xmlTextReaderIsEmptyElement (reader))
            psl_spreadsheet_builder_end_row (&b), in_row = FALSE;
        }
      else if (ends (reader, "row") && in_row)
        {
          psl_spreadsheet_builder_end_row (&b);
          in_row = FALSE;
        }
      else if (is (reader, "c") && in_row)
        {
          g_autofree char *ref = attribute (reader, "r");
          guint row_of_ref;

          g_clear_pointer (&type, g_free);
          g_clear_pointer (&style, g_free);
          type = attribute (reader, "t");
          style = attribute (reader, "s");
          if (ref == NULL || !parse_reference (ref, &column, &row_of_ref))
            column = next_column;
          next_column = column + 1;
          g_string_truncate (value, 0);
          in_cell = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (in_cell && (is (reader, "v") || is (reader, "t")))
        in_value = !xmlTextReaderIsEmptyElement (reader);
      else if (in_cell && (ends (reader, "v") || ends (reader, "t")))
        in_value = FALSE;
      else if (in_value && (node == XML_READER_TYPE_TEXT || node == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        g_string_append (value, (const char *) xmlTextReaderConstValue (reader));
      else if (ends (reader, "c") && in_cell)
        {
          if (value->len > 0)
            psl_spreadsheet_builder_set_cell (&b, column, cell_text (ctx, type, style, value->str));
          in_cell = FALSE;
        }
    }
  xmlFreeTextReader (reader);
  if (rc < 0)
    {
      g_clear_pointer (&b.table, psl_csv_table_free);
      psl_spreadsheet_builder_finish (&b, NULL);
      damaged (error);
      return NULL;
    }
  return psl_spreadsheet_builder_finish (&b, error);
}

PslCsvTable *
psl_spreadsheet_read_xlsx (zip_t      *archive,
                     const char *sheet,
                     GError    **error)
{
  Sheets sheets = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  Context ctx = { NULL, NULL };
  PslCsvTable *table = NULL;
  guint chosen = 0;

  if (!read_sheets (archive, &sheets, error))
    goto out;
  if (sheet != NULL && !g_ptr_array_find_with_equal_func (sheets.names, sheet, g_str_equal, &chosen))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("This workbook has no sheet named “%s”."), sheet);
      goto out;
    }
  if ((ctx.strings = read_shared_strings (archive, error)) == NULL)
    goto out;
  /* Styles only tell dates from numbers, and the importer reads a date
   * field's serial itself: damaged styles lose nothing worth refusing for. */
  if ((ctx.date_styles = read_date_styles (archive, NULL)) == NULL)
    ctx.date_styles = g_array_new (FALSE, TRUE, sizeof (gboolean));

  table = read_rows (archive, sheets.targets->pdata[chosen], &ctx, error);
  if (table != NULL)
    {
      g_ptr_array_add (sheets.names, NULL);
      table->sheet = g_strdup (sheets.names->pdata[chosen]);
      table->sheets = (char **) g_ptr_array_steal (sheets.names, NULL);
    }

out:
  g_clear_pointer (&sheets.names, g_ptr_array_unref);
  g_ptr_array_unref (sheets.targets);
  g_clear_pointer (&ctx.strings, g_ptr_array_unref);
  g_clear_pointer (&ctx.date_styles, g_array_unref);
  return table;
}
