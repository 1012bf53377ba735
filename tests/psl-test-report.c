/* psl-test-report.c — what report tests read of a document */

#include "psl-test-report.h"

static void
on_part (PslDocumentPart     part,
         const char         *heading,
         const char * const *headers,
         GPtrArray          *rows,
         gpointer            data)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *cells = g_ptr_array_index (rows, i);

      if (cells[0] != NULL && cells[1] != NULL)
        g_hash_table_insert (data, g_strdup_printf ("%s|%s", heading != NULL ? heading : "", cells[0]),
                             g_strdup (cells[1]));
    }
}

GHashTable *
psl_test_document_cells (PslDocument *doc)
{
  GHashTable *cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  psl_document_foreach_table (doc, on_part, cells);
  return cells;
}
