/* psl-report-export.c — a report as the file asked for: PDF to print, CSV or XLSX to count
 *
 * A funder's spreadsheet wants the report's figures, not its pages: every
 * table becomes a sheet (or a block of the CSV file) named by its heading,
 * and the key figures and fields scattered between them are gathered in a
 * first one, each with its section.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-report-export.h"
#include "psl-table-export.h"

typedef struct
{
  GPtrArray      *tables;
  PslExportTable *figures;
  GHashTable     *per_heading;   /* heading → tables under it, from a first pass */
  gboolean        counting;
} Gathering;

static void
gather (PslDocumentPart     part,
        const char         *heading,
        const char * const *headers,
        GPtrArray          *rows,
        gpointer            data)
{
  Gathering *g = data;
  const char *section = heading != NULL ? heading : "";
  g_autofree char *name = NULL;
  PslExportTable *table;

  if (g->counting)
    {
      if (part == PSL_DOCUMENT_PART_TABLE)
        g_hash_table_insert (g->per_heading, (gpointer) section,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (g->per_heading, section)) + 1));
      return;
    }
  if (part != PSL_DOCUMENT_PART_TABLE)
    {
      for (guint r = 0; r < rows->len; r++)
        {
          const char * const *cells = g_ptr_array_index (rows, r);

          for (guint c = 0; cells[c] != NULL; c++)
            if (part == PSL_DOCUMENT_PART_FIGURES)
              psl_export_table_add_row (g->figures, (const char *[]) { section, headers[c], cells[c] });
            else if (c % 2 == 0)
              psl_export_table_add_row (g->figures, (const char *[]) { section, cells[c], cells[c + 1] });
        }
      return;
    }
  /* Several tables under one heading are told apart by their first column. */
  if (GPOINTER_TO_UINT (g_hash_table_lookup (g->per_heading, section)) > 1 && headers != NULL)
    /* Translators: the name of a table in a spreadsheet: the section, then what its rows are */
    name = g_strdup_printf (_("%1$s — %2$s"), section, headers[0]);
  else
    name = g_strdup (section);
  if (headers != NULL)
    table = psl_export_table_new (name, headers);
  else
    {
      guint n = rows->len > 0 ? g_strv_length (g_ptr_array_index (rows, 0)) : 0;
      g_auto(GStrv) blank = g_new0 (char *, n + 1);

      for (guint c = 0; c < n; c++)
        blank[c] = g_strdup ("");
      table = psl_export_table_new (name, (const char * const *) blank);
    }
  for (guint r = 0; r < rows->len; r++)
    psl_export_table_add_row (table, g_ptr_array_index (rows, r));
  /* A report's numbers are counted by the program. */
  table->figures = TRUE;
  g_ptr_array_add (g->tables, table);
}

GPtrArray *
psl_report_tables (PslDocument *doc)
{
  const char *headers[] = { _("Section"), _("Figure"), _("Value"), NULL };
  g_autoptr(GHashTable) per_heading = g_hash_table_new (g_str_hash, g_str_equal);
  Gathering g = { NULL, NULL, per_heading, TRUE };

  g.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_export_table_free);
  g.figures = psl_export_table_new (_("Key Figures"), headers);
  g.figures->figures = TRUE;
  g_ptr_array_add (g.tables, g.figures);
  psl_document_foreach_table (doc, gather, &g);
  g.counting = FALSE;
  psl_document_foreach_table (doc, gather, &g);
  if (g.figures->rows->len == 0)
    g_ptr_array_remove_index (g.tables, 0);
  return g.tables;
}

gboolean
psl_report_write (PslDocument  *doc,
                  const char   *path,
                  GError      **error)
{
  g_autoptr(GPtrArray) tables = NULL;

  if (g_str_has_suffix (path, ".pdf"))
    return psl_document_write_pdf (doc, path, error);
  tables = psl_report_tables (doc);
  return psl_export_tables_write (tables, path, error);
}
