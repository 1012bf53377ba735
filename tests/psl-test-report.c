/* psl-test-report.c — what report tests read of a document */

#include <glib/gstdio.h>

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

/* The document printed to a PDF in dir and read back with pdftotext
 * -layout, the file removed. */
char *
psl_test_pdf_text (PslDocument *doc,
                   const char  *dir)
{
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("pdftotext -layout %s -", path);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_assert_true (psl_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  return text;
}
