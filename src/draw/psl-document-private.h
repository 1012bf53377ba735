/* psl-document-private.h — the blocks of a document and where pagination put them */
#pragma once

#include "psl-document.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_BLOCK_HEADING,
  PSL_BLOCK_PARAGRAPH,
  PSL_BLOCK_NOTE,
  PSL_BLOCK_FIELDS,
  PSL_BLOCK_FIGURES,
  PSL_BLOCK_TABLE,
  PSL_BLOCK_CHART,
  PSL_BLOCK_PAGE_BREAK,
} PslBlockKind;

/* A table is a block; so are fields (two columns, no header) and a row
 * of figures (values as the one row, labels as the header). */
struct _PslDocumentTable
{
  PslBlockKind  kind;
  char         *text;
  guint         n_columns;
  GStrv         headers;
  double       *widths;           /* fractions of the width, summing to 1 */
  double       *asked;            /* the widths the report asked for, before
                                   * pagination fits the words in */
  GPtrArray    *rows;             /* GStrv */
  gboolean      has_total;        /* the last row is a total */
  gboolean      compact;          /* set smaller, its words fitting no other way */
  double        chart_height;
  PslDocumentChartFunc draw;
  gpointer      data;
  GDestroyNotify destroy;
};

typedef struct _PslDocumentTable PslBlock;

/* A part of a block on a page: lines or rows from..to (exclusive); for
 * lines, the bytes of the text they hold, so that a page lays out its own
 * lines only, not the whole text again. */
typedef struct
{
  guint  page;
  guint  block;
  double y;
  double height;
  int    from;
  int    to;
  int    first_byte;
  int    end_byte;
} PslPiece;

struct _PslDocument
{
  grefcount  ref_count;
  char      *title;
  char      *subtitle;
  char      *header;
  char      *footer;
  char      *generated;
  cairo_surface_t *logo;          /* beside the header, or NULL */
  GPtrArray *blocks;              /* PslBlock */

  /* Set by psl_document_paginate(). */
  double     page_width;
  double     page_height;
  GArray    *pieces;              /* PslPiece, in page order */
  guint      n_pages;
  double     body_top;            /* of the first page, below the title block */
};

G_END_DECLS
