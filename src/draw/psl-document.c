/* psl-document.c — a document to print: the blocks, in the order they are added
 *
 * Building a document does not measure anything: the data is turned into
 * blocks once, and psl-document-pages.c lays them out for the size of the
 * paper at hand.
 */

#define G_LOG_DOMAIN "psl-document"

#include "config.h"

#include "psl-document-private.h"

static void
block_free (PslBlock *block)
{
  g_free (block->text);
  g_strfreev (block->headers);
  g_free (block->widths);
  g_free (block->asked);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

static PslBlock *
add_block (PslDocument  *doc,
           PslBlockKind  kind,
           const char   *text)
{
  PslBlock *block = g_new0 (PslBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (doc->blocks, block);
  return block;
}

static PslBlock *
last_block_of_kind (PslDocument  *doc,
                    PslBlockKind  kind)
{
  PslBlock *last;

  if (doc->blocks->len == 0)
    return NULL;
  last = g_ptr_array_index (doc->blocks, doc->blocks->len - 1);
  return last->kind == kind ? last : NULL;
}

static GStrv
copy_cells (guint               n,
            const char * const *cells)
{
  GStrv copy = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (cells != NULL && cells[i] != NULL ? cells[i] : "");
  return copy;
}

PslDocument *
psl_document_new (const char *title)
{
  PslDocument *doc = g_new0 (PslDocument, 1);

  g_ref_count_init (&doc->ref_count);
  doc->title = g_strdup (title);
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  doc->pieces = g_array_new (FALSE, TRUE, sizeof (PslPiece));
  return doc;
}

PslDocument *
psl_document_ref (PslDocument *doc)
{
  g_ref_count_inc (&doc->ref_count);
  return doc;
}

void
psl_document_unref (PslDocument *doc)
{
  if (!g_ref_count_dec (&doc->ref_count))
    return;
  g_free (doc->title);
  g_free (doc->subtitle);
  g_free (doc->header);
  g_free (doc->footer);
  g_free (doc->generated);
  g_clear_pointer (&doc->logo, cairo_surface_destroy);
  g_ptr_array_unref (doc->blocks);
  g_array_unref (doc->pieces);
  g_free (doc);
}

const char *
psl_document_get_title (PslDocument *doc)
{
  return doc->title;
}

const char *
psl_document_get_subtitle (PslDocument *doc)
{
  return doc->subtitle;
}

const char *
psl_document_get_header (PslDocument *doc)
{
  return doc->header;
}

void
psl_document_set_subtitle (PslDocument *doc,
                           const char  *subtitle)
{
  g_free (doc->subtitle);
  doc->subtitle = g_strdup (subtitle);
}

void
psl_document_set_header (PslDocument *doc,
                         const char  *header)
{
  g_free (doc->header);
  doc->header = g_strdup (header);
}

void
psl_document_set_logo (PslDocument     *doc,
                       cairo_surface_t *logo)
{
  g_clear_pointer (&doc->logo, cairo_surface_destroy);
  doc->logo = logo != NULL ? cairo_surface_reference (logo) : NULL;
}

cairo_surface_t *
psl_document_get_logo (PslDocument *doc)
{
  return doc->logo;
}

void
psl_document_set_footer (PslDocument *doc,
                         const char  *footer)
{
  g_free (doc->footer);
  doc->footer = g_strdup (footer);
}

void
psl_document_set_generated (PslDocument *doc,
                            const char  *generated)
{
  g_free (doc->generated);
  doc->generated = g_strdup (generated);
}

void
psl_document_add_heading (PslDocument *doc,
                          const char  *text)
{
  add_block (doc, PSL_BLOCK_HEADING, text);
}

void
psl_document_add_paragraph (PslDocument *doc,
                            const char  *text)
{
  add_block (doc, PSL_BLOCK_PARAGRAPH, text);
}

void
psl_document_add_note (PslDocument *doc,
                       const char  *text)
{
  add_block (doc, PSL_BLOCK_NOTE, text);
}

/* Rows of a label and a value follow each other in one block as long as
 * the label takes the same share of the width. */
static void
add_field_row (PslDocument *doc,
               const char  *label,
               const char  *value,
               double       label_share)
{
  PslBlock *block = last_block_of_kind (doc, PSL_BLOCK_FIELDS);
  const char *cells[] = { label, value };

  if (block == NULL || block->widths[0] != label_share)
    {
      const double widths[] = { label_share, 1.0 - label_share };

      block = add_block (doc, PSL_BLOCK_FIELDS, NULL);
      block->n_columns = 2;
      block->widths = g_memdup2 (widths, sizeof widths);
    }
  g_ptr_array_add (block->rows, copy_cells (2, cells));
}

void
psl_document_add_field (PslDocument *doc,
                        const char  *label,
                        const char  *value)
{
  add_field_row (doc, label, value, 0.32);
}

void
psl_document_add_question (PslDocument *doc,
                           const char  *question,
                           const char  *answer)
{
  add_field_row (doc, question, answer, 0.62);
}

void
psl_document_add_figure (PslDocument *doc,
                         const char  *value,
                         const char  *label)
{
  PslBlock *block = last_block_of_kind (doc, PSL_BLOCK_FIGURES);
  GStrv values;

  if (block == NULL)
    {
      block = add_block (doc, PSL_BLOCK_FIGURES, NULL);
      block->headers = g_new0 (char *, 1);
      g_ptr_array_add (block->rows, g_new0 (char *, 1));
    }
  values = g_ptr_array_index (block->rows, 0);
  block->n_columns++;
  block->headers = g_renew (char *, block->headers, block->n_columns + 1);
  block->headers[block->n_columns - 1] = g_strdup (label);
  block->headers[block->n_columns] = NULL;
  values = g_renew (char *, values, block->n_columns + 1);
  values[block->n_columns - 1] = g_strdup (value);
  values[block->n_columns] = NULL;
  block->rows->pdata[0] = values;
}

PslDocumentTable *
psl_document_add_table (PslDocument        *doc,
                        guint               n_columns,
                        const char * const *headers,
                        const double       *widths)
{
  PslBlock *block;
  double sum = 0;

  g_return_val_if_fail (n_columns > 0, NULL);

  block = add_block (doc, PSL_BLOCK_TABLE, NULL);
  block->n_columns = n_columns;
  block->headers = headers != NULL ? copy_cells (n_columns, headers) : NULL;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    sum += widths != NULL && widths[i] > 0 ? widths[i] : 1;
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = (widths != NULL && widths[i] > 0 ? widths[i] : 1) / sum;
  block->asked = g_memdup2 (block->widths, n_columns * sizeof (double));
  return block;
}

void
psl_document_table_add_row (PslDocumentTable   *table,
                            const char * const *cells)
{
  g_return_if_fail (!table->has_total);
  g_ptr_array_add (table->rows, copy_cells (table->n_columns, cells));
}

void
psl_document_table_add_total (PslDocumentTable   *table,
                              const char * const *cells)
{
  psl_document_table_add_row (table, cells);
  table->has_total = TRUE;
}

void
psl_document_add_chart (PslDocument          *doc,
                        double                height,
                        PslDocumentChartFunc  draw,
                        gpointer              data,
                        GDestroyNotify        destroy)
{
  PslBlock *block = add_block (doc, PSL_BLOCK_CHART, NULL);

  block->chart_height = height;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
}

void
psl_document_add_page_break (PslDocument *doc)
{
  add_block (doc, PSL_BLOCK_PAGE_BREAK, NULL);
}

void
psl_document_foreach_table (PslDocument          *doc,
                            PslDocumentTableFunc  func,
                            gpointer              data)
{
  const char *heading = NULL;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      PslBlock *block = g_ptr_array_index (doc->blocks, i);

      switch (block->kind)
        {
        case PSL_BLOCK_HEADING:
          heading = block->text;
          break;
        case PSL_BLOCK_TABLE:
          func (PSL_DOCUMENT_PART_TABLE, heading, (const char * const *) block->headers, block->rows, data);
          break;
        case PSL_BLOCK_FIGURES:
          func (PSL_DOCUMENT_PART_FIGURES, heading, (const char * const *) block->headers, block->rows, data);
          break;
        case PSL_BLOCK_FIELDS:
          func (PSL_DOCUMENT_PART_FIELDS, heading, NULL, block->rows, data);
          break;
        case PSL_BLOCK_PARAGRAPH:
        case PSL_BLOCK_NOTE:
        case PSL_BLOCK_CHART:
        default:
          break;
        }
    }
}
