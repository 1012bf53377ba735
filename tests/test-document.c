/* test-document.c — documents laid out on A4: page breaks, repeated headers, whole rows, PDF files */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "psl-document-private.h"
#include "psl-format.h"

static cairo_t *
scratch_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

static char *
run (const char *command_line)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_command_line_sync (command_line, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* 120 numbered rows, with a heading and paragraphs around them. */
static PslDocument *
long_document (void)
{
  PslDocument *doc = psl_document_new ("Bilan de test");
  const char *headers[] = { "Numéro", "Libellé" };
  PslDocumentTable *table;

  psl_document_set_header (doc, "Mission locale du Lot");
  psl_document_set_footer (doc, "Avec le soutien du Fonds social européen");
  psl_document_set_generated (doc, "Imprimé le 22 novembre 2026");
  psl_document_add_heading (doc, "Introduction");
  psl_document_add_paragraph (doc, "Un paragraphe d'ouverture.");
  psl_document_add_figure (doc, "120", "lignes");
  psl_document_add_figure (doc, "3", "pages au moins");
  psl_document_add_heading (doc, "Le tableau");
  table = psl_document_add_table (doc, 2, headers, NULL);
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *number = g_strdup_printf ("Ligne %03u", i);
      /* Every tenth row on three lines: rows of unequal heights. */
      const char *label = i % 10 == 0 ? "première ligne\ndeuxième ligne\ntroisième ligne" : "une ligne";

      psl_document_table_add_row (table, (const char *[]) { number, label });
    }
  psl_document_table_add_total (table, (const char *[]) { "Total", "120" });
  psl_document_add_heading (doc, "Conclusion");
  psl_document_add_paragraph (doc, "Fin du document.");
  return doc;
}

static void
test_pagination (void)
{
  g_autoptr(PslDocument) doc = long_document ();
  cairo_t *cr = scratch_context ();
  guint n_pages = psl_document_paginate (doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT);
  int next_row = 0;
  guint table_pieces = 0;

  /* 120 rows of at least 9 pt text with padding are more than two pages. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, ==, psl_document_get_n_pages (doc));

  for (guint i = 0; i < doc->pieces->len; i++)
    {
      PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);
      PslBlock *block = g_ptr_array_index (doc->blocks, piece->block);

      /* Inside the page, never over its foot. */
      g_assert_cmpfloat (piece->y, >=, 40);
      g_assert_cmpfloat (piece->y + piece->height, <=, PSL_A4_HEIGHT - 60);
      if (i > 0)
        g_assert_cmpuint (piece->page, >=, g_array_index (doc->pieces, PslPiece, i - 1).page);
      if (block->kind == PSL_BLOCK_TABLE)
        {
          /* Every row once, in order, none left out or cut. */
          g_assert_cmpint (piece->from, ==, next_row);
          g_assert_cmpint (piece->to, >, piece->from);
          next_row = piece->to;
          table_pieces++;
        }
      /* A heading is followed by its block on the same page. */
      if (block->kind == PSL_BLOCK_HEADING)
        {
          g_assert_cmpuint (i + 1, <, doc->pieces->len);
          g_assert_cmpuint (g_array_index (doc->pieces, PslPiece, i + 1).page, ==, piece->page);
        }
    }
  g_assert_cmpint (next_row, ==, 121);
  g_assert_cmpuint (table_pieces, >=, 3);
  cairo_destroy (cr);
}

static void
draw_nothing (cairo_t *cr,
              double   width,
              double   height,
              gpointer data)
{
}

/* A section with a chart stays on one page when it fits on one: its table
 * is not left at the foot of a page and its chart at the top of the next.
 * A long list with no chart still runs on from where it starts. */
static void
test_chart_kept_with_table (void)
{
  const char *headers[] = { "Type", "Nombre", NULL };
  g_autoptr(PslDocument) doc = psl_document_new ("Bilan");
  cairo_t *cr = scratch_context ();
  PslDocumentTable *table;
  guint chart_page = 0, table_page = G_MAXUINT, heading_page = G_MAXUINT, list_first = G_MAXUINT;

  /* The first section fills most of page 1. */
  psl_document_add_heading (doc, "Liste");
  table = psl_document_add_table (doc, 2, headers, NULL);
  for (guint i = 0; i < 30; i++)
    psl_document_table_add_row (table, (const char *[]) { "Ligne", "1", NULL });
  /* The second: a table and its chart of 200 pt, together more than the
   * room left. */
  psl_document_add_heading (doc, "Avec son graphique");
  table = psl_document_add_table (doc, 2, headers, NULL);
  for (guint i = 0; i < 8; i++)
    psl_document_table_add_row (table, (const char *[]) { "Type", "2", NULL });
  psl_document_add_chart (doc, 200, draw_nothing, NULL, NULL);
  /* The third, a long list with no chart, starts on the same page. */
  psl_document_add_heading (doc, "Longue liste");
  table = psl_document_add_table (doc, 2, headers, NULL);
  for (guint i = 0; i < 80; i++)
    psl_document_table_add_row (table, (const char *[]) { "Ligne", "3", NULL });

  psl_document_paginate (doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT);
  for (guint i = 0; i < doc->pieces->len; i++)
    {
      PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);
      PslBlock *block = g_ptr_array_index (doc->blocks, piece->block);

      if (piece->block == 2)
        heading_page = piece->page;
      else if (piece->block == 3)
        table_page = MIN (table_page, piece->page);
      else if (block->kind == PSL_BLOCK_CHART)
        chart_page = piece->page;
      else if (piece->block == 6)
        list_first = MIN (list_first, piece->page);
    }
  g_assert_cmpuint (heading_page, ==, 1);
  g_assert_cmpuint (table_page, ==, 1);
  g_assert_cmpuint (chart_page, ==, 1);
  g_assert_cmpuint (list_first, ==, 1);
  cairo_destroy (cr);
}

static void
test_pdf (void)
{
  g_autoptr(PslDocument) doc = long_document ();
  g_autofree char *dir = g_dir_make_tmp ("psl-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bilan.pdf", NULL);
  g_autofree char *command = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *pages_line;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages;

  g_assert_true (psl_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  n_pages = psl_document_get_n_pages (doc);

  command = g_strdup_printf ("pdfinfo %s", path);
  info = run (command);
  g_assert_nonnull (strstr (info, "(A4)"));
  g_assert_nonnull (strstr (info, "Bilan de test"));
  pages_line = strstr (info, "Pages:");
  g_assert_nonnull (pages_line);
  g_assert_cmpuint (g_ascii_strtoull (pages_line + strlen ("Pages:"), NULL, 10), ==, n_pages);

  g_free (command);
  command = g_strdup_printf ("pdftotext -layout %s -", path);
  text = run (command);
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends the last page with a form feed too. */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u / %u", i + 1, n_pages);

      g_test_message ("page %u", i + 1);
      g_assert_nonnull (strstr (pages[i], number));
      g_assert_nonnull (strstr (pages[i], "Mission locale du Lot"));
      g_assert_nonnull (strstr (pages[i], "Fonds social européen"));
      g_assert_nonnull (strstr (pages[i], "Imprimé le 22 novembre 2026"));
      /* Every page the table runs onto starts with its header again. */
      if (strstr (pages[i], "Ligne") != NULL)
        g_assert_nonnull (strstr (pages[i], "Numéro"));
    }
  g_assert_nonnull (strstr (pages[0], "Bilan de test"));
  g_assert_nonnull (strstr (pages[0], "Ligne 001"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "Fin du document."));
  /* Each row once: not lost at a break, not printed twice. */
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *row = g_strdup_printf ("Ligne %03u", i);
      const char *first = strstr (text, row);

      g_assert_nonnull (first);
      g_assert_null (strstr (first + 1, row));
    }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unwritable (void)
{
  g_autoptr(PslDocument) doc = long_document ();
  g_autoptr(GError) error = NULL;

  g_assert_false (psl_document_write_pdf (doc, "/nonexistent-folder/bilan.pdf", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/bilan.pdf"));
  g_assert_false (g_file_test ("/nonexistent-folder/bilan.pdf", G_FILE_TEST_EXISTS));
}

static void
test_empty (void)
{
  g_autoptr(PslDocument) doc = psl_document_new ("Vide");
  cairo_t *cr = scratch_context ();

  /* A title and nothing else still makes one page, drawn without fault. */
  g_assert_cmpuint (psl_document_paginate (doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT), ==, 1);
  psl_document_draw_page (doc, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static void
test_huge_paragraph (void)
{
  g_autoptr(PslDocument) doc = psl_document_new ("Long texte");
  GString *text = g_string_new (NULL);
  cairo_t *cr = scratch_context ();
  guint lines = 0;
  g_autofree char *typeset = NULL;

  /* " ;" is typeset with a no-break space, longer than the space: the
   * pages are cut in the typeset text, never inside a character. */
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (text, "Phrase numéro %u ; d’un très long compte rendu.\n", i);
  psl_document_add_paragraph (doc, text->str);
  typeset = psl_format_typography (text->str);
  g_assert_cmpuint (strlen (typeset), >, text->len);
  /* 400 lines of 10 pt: several pages, broken between lines. */
  g_assert_cmpuint (psl_document_paginate (doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT), >=, 6);
  for (guint i = 0; i < doc->pieces->len; i++)
    {
      PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);

      g_autofree char *plain = g_strdup_printf ("Phrase numéro %u ;", piece->from);
      g_autofree char *starts = psl_format_typography (plain);

      g_assert_cmpint (piece->from, ==, (int) lines);
      lines = piece->to;
      g_assert_cmpfloat (piece->y + piece->height, <=, PSL_A4_HEIGHT - 60);
      /* Each page holds the bytes of its own lines, one after the other. */
      g_assert_cmpint (piece->first_byte, ==, i == 0 ? 0 : g_array_index (doc->pieces, PslPiece, i - 1).end_byte);
      g_assert_true (strncmp (typeset + piece->first_byte, starts, strlen (starts)) == 0);
    }
  /* The 400 lines and the empty one after the last new line. */
  g_assert_cmpuint (lines, ==, 401);
  g_assert_cmpint (g_array_index (doc->pieces, PslPiece, doc->pieces->len - 1).end_byte, ==, strlen (typeset));

  /* Printed, each sentence once, in order: none lost or doubled at a break. */
  {
    g_autofree char *dir = g_dir_make_tmp ("psl-document-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
    g_autofree char *command = g_strdup_printf ("pdftotext %s -", path);
    g_autofree char *printed = NULL;
    const char *after = NULL;

    g_assert_true (psl_document_write_pdf (doc, path, NULL));
    printed = run (command);
    after = printed;
    for (guint i = 0; i < 400; i++)
      {
        /* Up to the no-break space, which pdftotext may give as any space. */
        g_autofree char *sentence = g_strdup_printf ("Phrase numéro %u", i);
        const char *found = strstr (after, sentence);

        /* "numéro 1" is not "numéro 10". */
        while (found != NULL && g_ascii_isdigit (found[strlen (sentence)]))
          found = strstr (found + 1, sentence);
        if (found == NULL)
          g_error ("“%s” is not printed after the one before", sentence);
        g_assert_nonnull (strstr (found, "; d’un très long compte rendu."));
        after = found + strlen (sentence);
      }
    g_unlink (path);
    g_rmdir (dir);
  }
  g_string_free (text, TRUE);
  cairo_destroy (cr);
}

/* Narrow columns under long header words: the columns take room from the
 * wide ones so that no word is broken in the middle; a table whose words
 * fit keeps the widths it asked for; one that cannot fit still sums to
 * the page's width. */
static void
test_header_words (void)
{
  static const double widths[] = { 4, 2.4, 2.4, 1.1, 1.1, 1.1, 1.1, 1.1 };
  const char *headers[] = { "Nom", "Secteur ou type", "Anneau", "Interlocuteurs", "Opportunités réalisées",
                            "Personnes entrées", "Personnes orientées", "Tient le réseau ensemble" };
  const char *cells[] = { "Maison des solidarités départementales", "Hôtellerie-restauration", "Transactionnelle",
                          "59", "166", "0", "121", "100 %" };
  const char *plain[] = { "Nom", "Ville" };
  const char *plain_row[] = { "Dupont", "Figeac" };
  g_autofree char *dir = g_dir_make_tmp ("psl-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "words.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("pdftotext %s -", path);
  g_autofree char *printed = NULL;
  g_autoptr(PslDocument) doc = psl_document_new ("Mots entiers");
  g_autoptr(GString) many = g_string_new (NULL);
  const char *wide[20];
  PslDocumentTable *table, *simple, *impossible;
  double sum = 0;

  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  psl_document_table_add_row (table, cells);
  simple = psl_document_add_table (doc, 2, plain, (const double[]) { 1, 3 });
  psl_document_table_add_row (simple, plain_row);
  for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
    wide[i] = "Anticonstitutionnellement";
  impossible = psl_document_add_table (doc, G_N_ELEMENTS (wide), wide, NULL);
  psl_document_table_add_row (impossible, wide);

  g_assert_true (psl_document_write_pdf (doc, path, NULL));
  printed = run (command);
  for (guint i = 3; i < G_N_ELEMENTS (headers); i++)
    {
      g_auto(GStrv) words = g_strsplit (headers[i], " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (strstr (printed, words[w]) == NULL)
          g_error ("“%s” is broken in the middle:\n%s", words[w], printed);
    }
  g_assert_nonnull (strstr (printed, "départementales"));
  g_assert_nonnull (strstr (printed, "Transactionnelle"));
  /* The wide name column gave room to the narrow ones. */
  g_assert_cmpfloat (table->widths[0], <, table->asked[0]);
  g_assert_cmpfloat (table->widths[3], >, table->asked[3]);
  g_assert_cmpfloat (simple->widths[0], ==, simple->asked[0]);
  g_assert_false (simple->compact);
  g_assert_true (impossible->compact);
  for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
    sum += impossible->widths[i];
  g_assert_cmpfloat (fabs (sum - 1), <, 1e-9);
  g_unlink (path);
  g_rmdir (dir);
}

/* An e-mail address wider than its column is set smaller and stays
 * whole, on one line and without a hyphen put in; the rest of the table
 * keeps its size. */
static void
test_address_whole (void)
{
  static const char *const addresses[] = {
    "benjamin.lavayssiere@nettoyage-fernandes.example",
    "contact@association-d-aide-a-domicile.example",
  };
  const char *headers[] = { "Nom", "Fonction", "Téléphone", "Courriel" };
  g_autofree char *dir = g_dir_make_tmp ("psl-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "addresses.pdf", NULL);
  g_autofree char *command = g_strdup_printf ("pdftotext -raw %s -", path);
  g_autofree char *printed = NULL;
  g_autoptr(PslDocument) doc = psl_document_new ("Adresses");
  PslDocumentTable *table = psl_document_add_table (doc, 4, headers, (const double[]) { 3, 3, 2, 3 });

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    psl_document_table_add_row (table, (const char *[]) { "Benjamin Lavayssière", "Tuteur", "05 65 38 14 32",
                                                          addresses[i] });
  psl_document_add_field (doc, "Courriel", addresses[1]);
  g_assert_true (psl_document_write_pdf (doc, path, NULL));
  printed = run (command);
  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    if (strstr (printed, addresses[i]) == NULL)
      g_error ("“%s” is not whole:\n%s", addresses[i], printed);
  g_assert_null (strstr (printed, "-\n"));
  g_unlink (path);
  g_rmdir (dir);
}

/* A table cell of 20,000 characters (a note pasted at length) cannot fit
 * on a page: its row stays within the page body, cut with "…", in portrait
 * and landscape, and the rows after it are still placed and printed. */
static void
test_huge_cell (void)
{
  static const double page[][2] = { { PSL_A4_WIDTH, PSL_A4_HEIGHT }, { PSL_A4_HEIGHT, PSL_A4_WIDTH } };
  const char *headers[] = { "Champ", "Valeur" };
  static const double widths[] = { 1, 3 };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 2000; i++)
    g_string_append (text, "besoins ");
  g_string_append (text, "FIN-DU-TEXTE");
  for (guint p = 0; p < G_N_ELEMENTS (page); p++)
    {
      g_autoptr(PslDocument) doc = psl_document_new ("Fiche");
      PslDocumentTable *table = psl_document_add_table (doc, 2, headers, widths);
      cairo_t *cr = scratch_context ();
      guint last_row = 0;

      psl_document_table_add_row (table, (const char *[]) { "Avant", "court" });
      psl_document_table_add_row (table, (const char *[]) { "Besoins", text->str });
      psl_document_table_add_row (table, (const char *[]) { "Après", "court" });
      psl_document_paginate (doc, cr, page[p][0], page[p][1]);
      for (guint i = 0; i < doc->pieces->len; i++)
        {
          PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);

          g_assert_cmpfloat (piece->y + piece->height, <=, page[p][1] - 60);
          last_row = MAX (last_row, (guint) piece->to);
        }
      g_assert_cmpuint (last_row, ==, 3);
      {
        g_autofree char *dir = g_dir_make_tmp ("psl-document-XXXXXX", NULL);
        g_autofree char *path = g_build_filename (dir, "cell.pdf", NULL);
        g_autofree char *command = g_strdup_printf ("pdftotext %s -", path);
        g_autofree char *printed = NULL;

        g_assert_true (psl_document_write_pdf (doc, path, NULL));
        printed = run (command);
        g_assert_nonnull (strstr (printed, "Après"));
        g_assert_null (strstr (printed, "FIN-DU-TEXTE"));
        g_assert_nonnull (strstr (printed, "besoins …"));
        g_unlink (path);
        g_rmdir (dir);
      }
      cairo_destroy (cr);
    }
  g_string_free (text, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/pagination", test_pagination);
  g_test_add_func ("/document/chart-kept-with-table", test_chart_kept_with_table);
  g_test_add_func ("/document/pdf", test_pdf);
  g_test_add_func ("/document/unwritable", test_unwritable);
  g_test_add_func ("/document/empty", test_empty);
  g_test_add_func ("/document/huge-paragraph", test_huge_paragraph);
  g_test_add_func ("/document/header-words", test_header_words);
  g_test_add_func ("/document/address-whole", test_address_whole);
  g_test_add_func ("/document/huge-cell", test_huge_cell);
  return g_test_run ();
}
