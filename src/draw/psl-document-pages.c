/* psl-document-pages.c — a document laid out on pages and drawn, page by page
 *
 * Text is measured at 72 dpi with hinting off, so that a page has the
 * same line breaks on screen, on the printer and in a PDF.  Paragraphs
 * break between lines and tables between rows, never inside one; a table
 * cut by a page repeats its header; a heading is never left alone at the
 * foot of a page; figures and charts are kept whole.
 */

#define G_LOG_DOMAIN "psl-document"

#include "config.h"

#include <string.h>

#include "psl-i18n.h"
#include <pango/pangocairo.h>

#include "psl-document-private.h"
#include "psl-draw-theme.h"
#include "psl-format.h"

#define MARGIN_SIDE    52.0
#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  72.0
#define CELL_PAD_X      4.0
/* A compact table's columns sit closer too. */
#define CELL_PAD_X_COMPACT 2.5
#define PAD_X(block)    ((block)->compact ? CELL_PAD_X_COMPACT : CELL_PAD_X)
#define CELL_PAD_Y      3.0
#define FIGURE_GAP      8.0

typedef struct
{
  double size;
  gboolean bold;
  gboolean dim;
  double before;      /* space above the block, unless it starts a page */
  double after;
} PslTextStyle;

static const PslTextStyle title_style     = { 20.0, TRUE,  FALSE, 0, 4 };
static const PslTextStyle subtitle_style  = { 11.0, FALSE, TRUE,  0, 0 };
static const PslTextStyle heading_style   = { 13.0, TRUE,  FALSE, 14, 6 };
static const PslTextStyle paragraph_style = { 10.0, FALSE, FALSE, 0, 6 };
static const PslTextStyle note_style      = { 8.5,  FALSE, TRUE,  0, 6 };
static const PslTextStyle cell_style      = { 9.0,  FALSE, FALSE, 0, 0 };
static const PslTextStyle header_style    = { 9.0,  TRUE,  FALSE, 0, 0 };
/* A table too wide for its words at the usual size. */
static const PslTextStyle compact_cell_style   = { 8.0,  FALSE, FALSE, 0, 0 };
static const PslTextStyle compact_header_style = { 8.0,  TRUE,  FALSE, 0, 0 };
static const PslTextStyle label_style     = { 9.0,  FALSE, TRUE,  0, 0 };
static const PslTextStyle value_style     = { 18.0, TRUE,  FALSE, 0, 0 };
static const PslTextStyle running_style   = { 8.0,  FALSE, TRUE,  0, 0 };

/* The widest e-mail address of text, in points at the layout's size, or
 * 0 when it holds none. */
static double
widest_address (PangoLayout *layout,
                const char  *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (strchr (words[i], '@') != NULL && strchr (strchr (words[i], '@'), '.') != NULL)
      {
        g_autoptr(PangoLayout) word = pango_layout_copy (layout);
        PangoRectangle logical;

        pango_layout_set_width (word, -1);
        pango_layout_set_text (word, words[i], -1);
        pango_layout_get_extents (word, NULL, &logical);
        widest = MAX (widest, (double) logical.width / PANGO_SCALE);
      }
  return widest;
}

/* An e-mail address cut over two lines, a hyphen put in it, is one a
 * reader copies wrong: when one is wider than its column the text is
 * set smaller, down to half its size, so that it stays whole. */
static void
keep_addresses_whole (PangoLayout        *layout,
                      const PslTextStyle *style,
                      const char         *text,
                      double              width)
{
  double widest;
  PangoFontDescription *font;

  if (strchr (text, '@') == NULL || (widest = widest_address (layout, text)) <= width)
    return;
  font = pango_font_description_copy (pango_layout_get_font_description (layout));
  pango_font_description_set_size (font, (int) (MAX (style->size * width / widest * 0.99, style->size / 2)
                                                * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Never a hyphen put into an address that still does not fit. */
  {
    PangoAttrList *attributes = pango_attr_list_new ();

    pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
    pango_layout_set_attributes (layout, attributes);
    pango_attr_list_unref (attributes);
  }
}

static PangoLayout *
make_layout (cairo_t            *cr,
             const PslTextStyle *style,
             const char         *text,
             double              width)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *font = pango_font_description_from_string (theme->font_family);

  /* Points as units, and glyph advances that do not depend on the
   * device: the same breaks everywhere. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_size (font, style->size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* Every word of a document passes here: one place for its typography. */
  {
    g_autofree char *typeset = psl_format_typography (text != NULL ? text : "");
    pango_layout_set_text (layout, typeset, -1);
    if (width > 0)
      keep_addresses_whole (layout, style, typeset, width);
  }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
text_height (cairo_t            *cr,
             const PslTextStyle *style,
             const char         *text,
             double              width)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, width);

  return layout_height (layout);
}

/* A table cell is never taller than most of a page: a row must fit on one
 * page to be drawn whole, and a cell of a thousand lines (a note pasted at
 * length) would run past the page's foot.  What passes the cap ends in
 * "…"; the whole text stays in the file and in the spreadsheet exports. */
static double
cell_cap (const PslDocument *doc)
{
  return (doc->page_height - MARGIN_TOP - MARGIN_BOTTOM) * 0.6;
}

static PangoLayout *
make_cell_layout (cairo_t            *cr,
                  const PslTextStyle *style,
                  const char         *text,
                  double              width,
                  double              cap)
{
  PangoLayout *layout = make_layout (cr, style, text, width);
  PangoLayoutIter *iter;
  int end = 0, before = 0;
  g_autofree char *cut = NULL;

  if (layout_height (layout) <= cap)
    return layout;
  /* Cut after the last line that fits but one, which leaves room for the
   * "…" (the text itself is cut, not only hidden: a PDF would keep it). */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle extents;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      if ((double) (extents.y + extents.height) / PANGO_SCALE > cap)
        break;
      before = end;
      end = line->start_index + line->length;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cut = g_strndup (pango_layout_get_text (layout), before);
  g_strchomp (cut);
  {
    g_autofree char *shown = g_strconcat (cut, " …", NULL);
    pango_layout_set_text (layout, shown, -1);
  }
  return layout;
}

static void
show_layout (cairo_t            *cr,
             const PslTextStyle *style,
             PangoLayout        *layout,
             double              x,
             double              y)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();

  psl_draw_set_colour (cr, style->dim ? theme->dim_text : theme->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
show_text (cairo_t            *cr,
           const PslTextStyle *style,
           const char         *text,
           double              x,
           double              y,
           double              width,
           PangoAlignment      alignment)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, width);

  pango_layout_set_alignment (layout, alignment);
  show_layout (cr, style, layout, x, y);
}

static double
body_width (const PslDocument *doc)
{
  return doc->page_width - 2 * MARGIN_SIDE;
}

static const PslTextStyle *
block_text_style (const PslBlock *block)
{
  switch (block->kind)
    {
    case PSL_BLOCK_HEADING: return &heading_style;
    case PSL_BLOCK_NOTE: return &note_style;
    default: return &paragraph_style;
    }
}

/* The tops of a paragraph's lines, and its height after the last; in
 * starts (when not NULL) the byte where each line starts, then the text's
 * length. */
static GArray *
line_tops (PangoLayout *layout,
           GArray      *starts)
{
  GArray *tops = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double end;
  int length = strlen (pango_layout_get_text (layout));

  do
    {
      PangoRectangle logical;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      g_array_append_val (tops, top);
      if (starts != NULL)
        g_array_append_val (starts, pango_layout_iter_get_line_readonly (iter)->start_index);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  end = layout_height (layout);
  g_array_append_val (tops, end);
  if (starts != NULL)
    g_array_append_val (starts, length);
  return tops;
}

static const PslTextStyle *
table_style (const PslBlock     *block,
             const PslTextStyle *style)
{
  if (!block->compact)
    return style;
  if (style == &cell_style)
    return &compact_cell_style;
  if (style == &header_style)
    return &compact_header_style;
  return style;
}

static double
row_height (cairo_t               *cr,
            const PslDocument     *doc,
            const PslBlock        *block,
            const char * const    *cells,
            const PslTextStyle    *style)
{
  double width = body_width (doc);
  double height = 0;

  style = table_style (block, style);
  for (guint i = 0; i < block->n_columns; i++)
    {
      const PslTextStyle *s = style;
      g_autoptr(PangoLayout) layout = NULL;

      if (block->kind == PSL_BLOCK_FIELDS && i == 0)
        s = &label_style;
      layout = make_cell_layout (cr, s, cells[i], block->widths[i] * width - 2 * PAD_X (block), cell_cap (doc));
      height = MAX (height, layout_height (layout));
    }
  return height + 2 * CELL_PAD_Y;
}

/* The widest word of the cells of a column, in style; words are what a
 * line may not break (the typography's no-break spaces included), and the
 * one with the most characters stands for them all. */
static double
widest_word (cairo_t             *cr,
             const PslTextStyle  *style,
             const char         **cells,
             guint                n_cells)
{
  g_autofree char *longest = NULL;
  glong most = 0;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  for (guint c = 0; c < n_cells; c++)
    {
      g_autofree char *typeset = psl_format_typography (cells[c] != NULL ? cells[c] : "");
      g_auto(GStrv) words = NULL;

      /* A line may break after a hyphen too ("Hôtellerie-|restauration"). */
      g_strdelimit (typeset, "-", '\n');
      words = g_strsplit_set (typeset, " \n", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          glong n = g_utf8_strlen (words[w], -1);

          if (n > most)
            {
              most = n;
              g_free (longest);
              longest = g_strdup (words[w]);
            }
        }
    }
  if (longest == NULL)
    return 0;
  layout = make_layout (cr, style, longest, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* A column narrower than its longest word breaks it in the middle
 * ("Inter-locut-eurs"): such columns take what they lack from the columns
 * wider than their own words, in proportion to what those can spare, so
 * that lines break between words only. */
static gboolean
fit_columns_at (cairo_t  *cr,
                PslBlock *block,
                double    width)
{
  g_autofree double *need = g_new0 (double, block->n_columns);
  double deficit = 0, slack = 0;

  for (guint i = 0; i < block->n_columns; i++)
    {
      g_autofree const char **cells = g_new0 (const char *, block->rows->len);
      guint n_cells = 0;
      double have = block->asked[i] * width;

      for (guint r = 0; r < block->rows->len; r++)
        if (!(block->has_total && r == block->rows->len - 1))
          cells[n_cells++] = ((GStrv) g_ptr_array_index (block->rows, r))[i];
      need[i] = widest_word (cr, table_style (block, &cell_style), cells, n_cells);
      if (block->headers != NULL)
        need[i] = MAX (need[i], widest_word (cr, table_style (block, &header_style),
                                             (const char **) &block->headers[i], 1));
      if (block->has_total)
        need[i] = MAX (need[i], widest_word (cr, table_style (block, &header_style),
                                             (const char **) &((GStrv) g_ptr_array_index (block->rows,
                                                                                          block->rows->len - 1))[i], 1));
      /* The hyphen a word keeps at a break, and a rounding's room. */
      need[i] += 2 * PAD_X (block) + 1;
      if (need[i] > have)
        deficit += need[i] - have;
      else
        slack += have - need[i];
    }
  for (guint i = 0; i < block->n_columns; i++)
    {
      double have = block->asked[i] * width;

      if (deficit <= 0)
        block->widths[i] = block->asked[i];
      else if (need[i] > have)
        block->widths[i] = (have + (need[i] - have) * MIN (1.0, slack / deficit)) / width;
      else
        block->widths[i] = (have - (have - need[i]) * MIN (1.0, deficit / slack)) / width;
    }
  return deficit <= slack;
}

/* Fitted at the usual size if the words allow it, else set smaller. */
static void
fit_columns (cairo_t  *cr,
             PslBlock *block,
             double    width)
{
  block->compact = FALSE;
  if (!fit_columns_at (cr, block, width))
    {
      block->compact = TRUE;
      fit_columns_at (cr, block, width);
    }
}

static const PslTextStyle *
row_style (const PslBlock *block,
           guint           row)
{
  return block->has_total && row == block->rows->len - 1 ? &header_style : &cell_style;
}

static double
figures_height (cairo_t        *cr,
                const PslBlock *block,
                double          width)
{
  double box = (width - FIGURE_GAP * (block->n_columns - 1)) / block->n_columns - 2 * CELL_PAD_X;
  GStrv values = g_ptr_array_index (block->rows, 0);
  double label = 0;

  for (guint i = 0; i < block->n_columns; i++)
    label = MAX (label, text_height (cr, &label_style, block->headers[i], box));
  return text_height (cr, &value_style, values[0], box) + label + 4 * CELL_PAD_Y;
}

typedef struct
{
  PslDocument *doc;
  guint        page;
  double       y;
  double       top;
  double       limit;
} PslCursor;

static void
next_page (PslCursor *cursor)
{
  cursor->page++;
  cursor->y = cursor->top;
}

static gboolean
at_page_top (const PslCursor *cursor)
{
  return cursor->y <= cursor->top + 0.01 || (cursor->page == 0 && cursor->y <= cursor->doc->body_top + 0.01);
}

static void
add_piece (PslCursor *cursor,
           guint      block,
           double     height,
           int        from,
           int        to)
{
  PslPiece piece = { cursor->page, block, cursor->y, height, from, to };

  g_array_append_val (cursor->doc->pieces, piece);
  cursor->y += height;
}

/* How much of a block must fit below a heading for the heading to stay. */
static double
first_unit_height (cairo_t        *cr,
                   PslDocument    *doc,
                   guint           index)
{
  const PslBlock *block;
  double width = body_width (doc);

  if (index >= doc->blocks->len)
    return 0;
  block = g_ptr_array_index (doc->blocks, index);
  switch (block->kind)
    {
    case PSL_BLOCK_HEADING:
      return 0;
    case PSL_BLOCK_PARAGRAPH:
    case PSL_BLOCK_NOTE:
      {
        g_autoptr(PangoLayout) layout = make_layout (cr, block_text_style (block), block->text, width);
        g_autoptr(GArray) tops = line_tops (layout, NULL);

        return g_array_index (tops, double, MIN (tops->len - 1, 2));
      }
    case PSL_BLOCK_FIELDS:
    case PSL_BLOCK_TABLE:
      {
        double height = block->headers != NULL && block->kind == PSL_BLOCK_TABLE
                        ? row_height (cr, doc, block, (const char * const *) block->headers, &header_style) : 0;

        if (block->rows->len > 0)
          height += row_height (cr, doc, block, g_ptr_array_index (block->rows, 0), row_style (block, 0));
        return height;
      }
    case PSL_BLOCK_FIGURES:
      return figures_height (cr, block, width);
    case PSL_BLOCK_CHART:
      return block->chart_height;
    case PSL_BLOCK_PAGE_BREAK:
      return 0;
    default:
      g_assert_not_reached ();
    }
}

/* The height of the section a heading opens (itself and the blocks up to
 * the next heading or page break), as placed on one page; *chart set when
 * the section draws a chart or key figures (which read with their table). */
static double
section_height (cairo_t     *cr,
                PslDocument *doc,
                guint        heading,
                gboolean    *chart)
{
  const PslBlock *block = g_ptr_array_index (doc->blocks, heading);
  double width = body_width (doc);
  double height = text_height (cr, &heading_style, block->text, width) + heading_style.after;

  for (guint i = heading + 1; i < doc->blocks->len; i++)
    {
      block = g_ptr_array_index (doc->blocks, i);
      switch (block->kind)
        {
        case PSL_BLOCK_HEADING:
        case PSL_BLOCK_PAGE_BREAK:
          return height;
        case PSL_BLOCK_PARAGRAPH:
        case PSL_BLOCK_NOTE:
          height += text_height (cr, block_text_style (block), block->text, width) + paragraph_style.after;
          break;
        case PSL_BLOCK_FIELDS:
        case PSL_BLOCK_TABLE:
          if (block->kind == PSL_BLOCK_TABLE && block->headers != NULL)
            height += row_height (cr, doc, block, (const char * const *) block->headers, &header_style);
          for (guint row = 0; row < block->rows->len; row++)
            height += row_height (cr, doc, block, g_ptr_array_index (block->rows, row), row_style (block, row));
          height += 10;
          break;
        case PSL_BLOCK_FIGURES:
          height += figures_height (cr, block, width) + 10;
          *chart = TRUE;
          break;
        case PSL_BLOCK_CHART:
          height += MIN (block->chart_height, doc->page_height - MARGIN_TOP - MARGIN_BOTTOM) + 8;
          *chart = TRUE;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return height;
}

static void
add_lines (PslCursor    *cursor,
           guint         index,
           const GArray *tops,
           const GArray *starts,
           guint         from,
           guint         to)
{
  PslPiece *piece;

  add_piece (cursor, index, g_array_index (tops, double, to) - g_array_index (tops, double, from), from, to);
  piece = &g_array_index (cursor->doc->pieces, PslPiece, cursor->doc->pieces->len - 1);
  piece->first_byte = g_array_index (starts, int, from);
  piece->end_byte = g_array_index (starts, int, to);
}

static void
place_lines (cairo_t   *cr,
             PslCursor *cursor,
             guint      index)
{
  const PslBlock *block = g_ptr_array_index (cursor->doc->blocks, index);
  g_autoptr(PangoLayout) layout = make_layout (cr, block_text_style (block), block->text, body_width (cursor->doc));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) tops = line_tops (layout, starts);
  guint n_lines = tops->len - 1;
  guint from = 0;

  for (guint line = 0; line < n_lines; line++)
    {
      double bottom = g_array_index (tops, double, line + 1) - g_array_index (tops, double, from);

      if (cursor->y + bottom <= cursor->limit)
        continue;
      if (line > from)
        {
          add_lines (cursor, index, tops, starts, from, line);
          next_page (cursor);
          from = line;
        }
      else if (!at_page_top (cursor))
        /* Not even the first line fits: the paragraph starts on the next page. */
        next_page (cursor);
    }
  add_lines (cursor, index, tops, starts, from, n_lines);
}

static void
place_rows (cairo_t   *cr,
            PslCursor *cursor,
            guint      index)
{
  PslDocument *doc = cursor->doc;
  const PslBlock *block = g_ptr_array_index (doc->blocks, index);
  double header = block->kind == PSL_BLOCK_TABLE && block->headers != NULL
                  ? row_height (cr, doc, block, (const char * const *) block->headers, &header_style) : 0;
  double height = header;
  guint from = 0;

  for (guint row = 0; row < block->rows->len; row++)
    {
      double h = row_height (cr, doc, block, g_ptr_array_index (block->rows, row), row_style (block, row));

      if (cursor->y + height + h > cursor->limit && !(row == from && at_page_top (cursor)))
        {
          if (row > from)
            add_piece (cursor, index, height, from, row);
          next_page (cursor);
          from = row;
          height = header;
        }
      height += h;
    }
  add_piece (cursor, index, height, from, block->rows->len);
}

static void
place_whole (PslCursor *cursor,
             guint      index,
             double     height)
{
  if (cursor->y + height > cursor->limit && !at_page_top (cursor))
    next_page (cursor);
  add_piece (cursor, index, height, 0, 0);
}

guint
psl_document_paginate (PslDocument *doc,
                       cairo_t     *cr,
                       double       page_width,
                       double       page_height)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  PslCursor cursor = { doc, 0, 0, MARGIN_TOP, page_height - MARGIN_BOTTOM };
  double width;

  g_return_val_if_fail (doc != NULL, 0);

  doc->page_width = page_width;
  doc->page_height = page_height;
  width = body_width (doc);
  g_array_set_size (doc->pieces, 0);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      PslBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == PSL_BLOCK_TABLE && block->asked != NULL)
        fit_columns (cr, block, width);
    }

  cursor.y = MARGIN_TOP + text_height (cr, &title_style, doc->title, width) + title_style.after;
  if (doc->subtitle != NULL)
    cursor.y += text_height (cr, &subtitle_style, doc->subtitle, width);
  cursor.y += 18;
  doc->body_top = cursor.y;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const PslBlock *block = g_ptr_array_index (doc->blocks, i);

      if (!at_page_top (&cursor))
        cursor.y += block->kind == PSL_BLOCK_HEADING ? heading_style.before : 0;
      switch (block->kind)
        {
        case PSL_BLOCK_HEADING:
          {
            double height = text_height (cr, &heading_style, block->text, width);
            gboolean chart = FALSE;
            double section = section_height (cr, doc, i, &chart);
            double body = cursor.limit - cursor.top;

            /* A section with a chart or key figures that fits on a page is
             * not cut: the table stays with its chart, its figures and the
             * note that reads them.
             * Any other starts where at least its first lines fit and runs
             * on (a list cut by a page repeats its header). */
            if (!at_page_top (&cursor)
                && (cursor.y + height + heading_style.after + first_unit_height (cr, doc, i + 1) > cursor.limit
                    || (chart && cursor.y + section > cursor.limit && section <= body)))
              next_page (&cursor);
            add_piece (&cursor, i, height, 0, 0);
            cursor.y += heading_style.after;
          }
          break;
        case PSL_BLOCK_PARAGRAPH:
        case PSL_BLOCK_NOTE:
          place_lines (cr, &cursor, i);
          cursor.y += paragraph_style.after;
          break;
        case PSL_BLOCK_FIELDS:
        case PSL_BLOCK_TABLE:
          place_rows (cr, &cursor, i);
          cursor.y += 10;
          break;
        case PSL_BLOCK_FIGURES:
          place_whole (&cursor, i, figures_height (cr, block, width));
          cursor.y += 10;
          break;
        case PSL_BLOCK_CHART:
          /* A chart drawn for a portrait page, printed on a landscape
           * one, is drawn again to the height a page has. */
          place_whole (&cursor, i, MIN (block->chart_height, cursor.limit - cursor.top));
          cursor.y += 8;
          break;
        case PSL_BLOCK_PAGE_BREAK:
          if (!at_page_top (&cursor))
            next_page (&cursor);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  doc->n_pages = cursor.page + 1;
  return doc->n_pages;
}

guint
psl_document_get_n_pages (PslDocument *doc)
{
  return doc->n_pages;
}

static void
draw_rule (cairo_t *cr,
           double   x1,
           double   x2,
           double   y,
           double   width)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();

  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
  cairo_stroke (cr);
}

/* The logo sits in the band above the header's rule, as high as the band
 * and as wide as its shape asks, up to a quarter of the page. */
#define LOGO_HEIGHT 28.0
#define LOGO_TOP    (MARGIN_TOP - 14 - 4 - LOGO_HEIGHT)
#define LOGO_GAP    8.0
#define LOGO_MAX_WIDTH 130.0

static double
draw_logo (cairo_surface_t *logo,
           cairo_t         *cr)
{
  int w = cairo_image_surface_get_width (logo);
  int h = cairo_image_surface_get_height (logo);
  double scale;

  if (w <= 0 || h <= 0)
    return 0;
  scale = MIN (LOGO_HEIGHT / h, LOGO_MAX_WIDTH / w);
  cairo_save (cr);
  /* A wide logo is as high as fits its width, centred in the band. */
  cairo_translate (cr, MARGIN_SIDE, LOGO_TOP + (LOGO_HEIGHT - h * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, logo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  return w * scale;
}

static void
draw_running_parts (PslDocument *doc,
                    cairo_t     *cr,
                    guint        page)
{
  double width = body_width (doc);
  double right = MARGIN_SIDE + width;
  double foot = doc->page_height - MARGIN_BOTTOM + 14;
  g_autofree char *number = NULL;

  double header_x = MARGIN_SIDE;
  double header_y = MARGIN_TOP - 30;

  if (doc->logo != NULL)
    {
      double logo_width = draw_logo (doc->logo, cr);

      header_x += logo_width + LOGO_GAP;
      if (doc->header != NULL)
        header_y = LOGO_TOP + (LOGO_HEIGHT - text_height (cr, &running_style, doc->header, width / 2)) / 2;
    }
  if (doc->header != NULL)
    show_text (cr, &running_style, doc->header, header_x, header_y, MARGIN_SIDE + width / 2 - header_x,
               PANGO_ALIGN_LEFT);
  if (page > 0)
    show_text (cr, &running_style, doc->title, MARGIN_SIDE + width / 2, MARGIN_TOP - 30, width / 2,
               PANGO_ALIGN_RIGHT);
  draw_rule (cr, MARGIN_SIDE, right, MARGIN_TOP - 14, 0.6);

  draw_rule (cr, MARGIN_SIDE, right, foot - 6, 0.6);
  if (doc->footer != NULL && *doc->footer != '\0')
    {
      show_text (cr, &running_style, doc->footer, MARGIN_SIDE, foot, width, PANGO_ALIGN_CENTER);
      foot += text_height (cr, &running_style, doc->footer, width) + 2;
    }
  if (doc->generated != NULL)
    show_text (cr, &running_style, doc->generated, MARGIN_SIDE, foot, width * 0.7, PANGO_ALIGN_LEFT);
  /* Translators: the page number at the foot of a printed page, "Page 2 / 5". */
  number = g_strdup_printf (_("Page %u / %u"), page + 1, doc->n_pages);
  show_text (cr, &running_style, number, right - width * 0.3, foot, width * 0.3, PANGO_ALIGN_RIGHT);
}

static void
draw_title_block (PslDocument *doc,
                  cairo_t     *cr)
{
  double width = body_width (doc);
  double y = MARGIN_TOP;

  show_text (cr, &title_style, doc->title, MARGIN_SIDE, y, width, PANGO_ALIGN_LEFT);
  y += text_height (cr, &title_style, doc->title, width) + title_style.after;
  if (doc->subtitle != NULL)
    show_text (cr, &subtitle_style, doc->subtitle, MARGIN_SIDE, y, width, PANGO_ALIGN_LEFT);
}

static void
draw_lines (PslDocument    *doc,
            cairo_t        *cr,
            const PslBlock *block,
            const PslPiece *piece)
{
  double width = body_width (doc);
  /* The piece's own lines only: a text of hundreds of pages is laid out
   * once in all, not once per page.  Lines break the same from a line's
   * start as in the whole text. */
  /* The line starts are offsets in the typeset text (a no-break space is
   * longer than the space it replaces): cut that text, not the raw one.
   * Typesetting it again when shown changes nothing. */
  g_autofree char *text = psl_format_typography (block->text != NULL ? block->text : "");
  g_autofree char *lines = g_strndup (text + piece->first_byte, piece->end_byte - piece->first_byte);

  cairo_save (cr);
  cairo_rectangle (cr, MARGIN_SIDE - 2, piece->y, width + 4, piece->height);
  cairo_clip (cr);
  show_text (cr, block_text_style (block), lines, MARGIN_SIDE, piece->y, width, PANGO_ALIGN_LEFT);
  cairo_restore (cr);
}

static double
draw_row (PslDocument        *doc,
          cairo_t            *cr,
          const PslBlock     *block,
          const char * const *cells,
          const PslTextStyle *style,
          double              y,
          gboolean            shaded)
{
  double width = body_width (doc);
  double height = row_height (cr, doc, block, cells, style);
  double x = MARGIN_SIDE;

  style = table_style (block, style);
  if (shaded)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.93);
      cairo_rectangle (cr, MARGIN_SIDE, y, width, height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < block->n_columns; i++)
    {
      const PslTextStyle *s = block->kind == PSL_BLOCK_FIELDS && i == 0 ? &label_style : style;
      double w = block->widths[i] * width;

      g_autoptr(PangoLayout) layout = make_cell_layout (cr, s, cells[i], w - 2 * PAD_X (block), cell_cap (doc));

      show_layout (cr, s, layout, x + PAD_X (block), y + CELL_PAD_Y);
      x += w;
    }
  draw_rule (cr, MARGIN_SIDE, MARGIN_SIDE + width, y + height, 0.4);
  return height;
}

static void
draw_rows (PslDocument    *doc,
           cairo_t        *cr,
           const PslBlock *block,
           const PslPiece *piece)
{
  double y = piece->y;

  if (block->kind == PSL_BLOCK_TABLE && block->headers != NULL)
    y += draw_row (doc, cr, block, (const char * const *) block->headers, &header_style, y, TRUE);
  for (int row = piece->from; row < piece->to; row++)
    y += draw_row (doc, cr, block, g_ptr_array_index (block->rows, row), row_style (block, row), y, FALSE);
}

static void
draw_figures (PslDocument    *doc,
              cairo_t        *cr,
              const PslBlock *block,
              const PslPiece *piece)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  double width = body_width (doc);
  double box = (width - FIGURE_GAP * (block->n_columns - 1)) / block->n_columns;
  GStrv values = g_ptr_array_index (block->rows, 0);

  for (guint i = 0; i < block->n_columns; i++)
    {
      double x = MARGIN_SIDE + i * (box + FIGURE_GAP);
      double value_h = text_height (cr, &value_style, values[i], box - 2 * CELL_PAD_X);

      psl_draw_set_colour (cr, theme->grid);
      cairo_set_line_width (cr, 0.8);
      cairo_rectangle (cr, x, piece->y, box, piece->height);
      cairo_stroke (cr);
      show_text (cr, &value_style, values[i], x + CELL_PAD_X, piece->y + CELL_PAD_Y, box - 2 * CELL_PAD_X,
                 PANGO_ALIGN_CENTER);
      show_text (cr, &label_style, block->headers[i], x + CELL_PAD_X, piece->y + 2 * CELL_PAD_Y + value_h,
                 box - 2 * CELL_PAD_X, PANGO_ALIGN_CENTER);
    }
}

static void
draw_chart (PslDocument    *doc,
            cairo_t        *cr,
            const PslBlock *block,
            const PslPiece *piece)
{
  /* Charts are drawn in screen units (1/96 inch), the page is in points. */
  const double scale = 72.0 / 96.0;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_SIDE, piece->y);
  cairo_rectangle (cr, 0, 0, body_width (doc), piece->height);
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  block->draw (cr, body_width (doc) / scale, piece->height / scale, block->data);
  cairo_restore (cr);
}

void
psl_document_draw_page (PslDocument *doc,
                        cairo_t     *cr,
                        guint        page)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_return_if_fail (doc != NULL);
  g_return_if_fail (page < doc->n_pages);

  cairo_save (cr);
  draw_running_parts (doc, cr, page);
  if (page == 0)
    draw_title_block (doc, cr);
  for (guint i = 0; i < doc->pieces->len; i++)
    {
      const PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);
      const PslBlock *block;

      if (piece->page != page)
        continue;
      block = g_ptr_array_index (doc->blocks, piece->block);
      switch (block->kind)
        {
        case PSL_BLOCK_HEADING:
          show_text (cr, &heading_style, block->text, MARGIN_SIDE, piece->y, body_width (doc), PANGO_ALIGN_LEFT);
          break;
        case PSL_BLOCK_PARAGRAPH:
        case PSL_BLOCK_NOTE:
          draw_lines (doc, cr, block, piece);
          break;
        case PSL_BLOCK_FIELDS:
        case PSL_BLOCK_TABLE:
          draw_rows (doc, cr, block, piece);
          break;
        case PSL_BLOCK_FIGURES:
          draw_figures (doc, cr, block, piece);
          break;
        case PSL_BLOCK_CHART:
          draw_chart (doc, cr, block, piece);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
}
