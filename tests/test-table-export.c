/* test-table-export.c — CSV that a spreadsheet opens without running anything in it */

#include "config.h"

#include <string.h>
#include <glib.h>

#include "psl-table-export.h"
#include "psl-test.h"

#define BOM "\xEF\xBB\xBF"

/* What a table of one column becomes in CSV, the byte order mark cut off. */
static char *
written (const char * const *cells,
         gboolean            figures)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-table-export");
  g_autofree char *path = g_build_filename (dir, "t.csv", NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_export_table_free);
  PslExportTable *table = psl_export_table_new ("Liste", (const char *[]) { "=Nom", NULL });
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  char *text;

  table->figures = figures;
  for (guint i = 0; cells[i] != NULL; i++)
    psl_export_table_add_row (table, (const char *[]) { cells[i], NULL });
  g_ptr_array_add (tables, table);
  g_assert_true (psl_export_tables_write (tables, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  psl_test_rm_rf (dir);
  g_assert_true (g_str_has_prefix (data, BOM));
  text = g_strdup (data + strlen (BOM));
  return text;
}

static const char *const cells[] = {
  "=HYPERLINK(\"http://x\")", "+33 5 65 34 12 00", "-3", "-12,5", "-4 %", "@SUM(A1:A9)",
  "\tTab", "\rRetour", "-2+3+cmd|' /C calc'!A0", "Dupont", "", "3", "l'=ok", NULL,
};

/* The file expected, by hand: numbers is how "-3", "-12,5" and "-4 %" are
 * written. */
static char *
expected (const char *mark)
{
  return g_strdup_printf ("\"'=Nom\"\r\n"
                          "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                          "\"'+33 5 65 34 12 00\"\r\n"
                          "\"%1$s-3\"\r\n"
                          "\"%1$s-12,5\"\r\n"
                          "\"%1$s-4 %%\"\r\n"
                          "\"'@SUM(A1:A9)\"\r\n"
                          "\"'\tTab\"\r\n"
                          "\"'\rRetour\"\r\n"
                          "\"'-2+3+cmd|' /C calc'!A0\"\r\n"
                          "\"Dupont\"\r\n"
                          "\"\"\r\n"
                          "\"3\"\r\n"
                          "\"l'=ok\"\r\n", mark);
}

/* A list of records typed by people: every cell that would run is marked,
 * numbers included, since a person typed them. */
static void
test_typed_cells_all_marked (void)
{
  g_autofree char *csv = written (cells, FALSE);
  g_autofree char *want = expected ("'");

  g_assert_cmpstr (csv, ==, want);
}

/* The program's own figures: plain numbers stay numbers, the rest is marked. */
static void
test_figures_keep_numbers (void)
{
  g_autofree char *csv = written (cells, TRUE);
  g_autofree char *want = expected ("");

  g_assert_cmpstr (csv, ==, want);
}

int
main (int    argc,
      char **argv)
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/table-export/typed-cells-all-marked", test_typed_cells_all_marked);
  g_test_add_func ("/table-export/figures-keep-numbers", test_figures_keep_numbers);
  return g_test_run ();
}
