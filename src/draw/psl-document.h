/* psl-document.h — a document to print: title block, sections, paragraphs, key figures, tables, charts
 *
 * Built once from the data, then laid out on pages of any size and drawn
 * page by page on any cairo surface: the preview on screen, the printer,
 * a PDF file.  Lengths are in points (1/72 inch).
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PSL_A4_WIDTH  595.276
#define PSL_A4_HEIGHT 841.890

typedef struct _PslDocument PslDocument;
typedef struct _PslDocumentTable PslDocumentTable;

/* Draws a chart in a width × height box at the origin, in units of 1/96
 * inch like the screen: the document scales it to paper. */
typedef void (*PslDocumentChartFunc) (cairo_t *cr,
                                      double   width,
                                      double   height,
                                      gpointer data);

PslDocument      *psl_document_new            (const char       *title);
PslDocument      *psl_document_ref            (PslDocument      *doc);
void              psl_document_unref          (PslDocument      *doc);
const char       *psl_document_get_title      (PslDocument      *doc);
const char       *psl_document_get_subtitle   (PslDocument      *doc);
/* Above the title: whose figures these are (the structure, its antenna). */
const char       *psl_document_get_header     (PslDocument      *doc);
/* Under the title: whom or what the document is about, the period… */
void              psl_document_set_subtitle   (PslDocument      *doc,
                                               const char       *subtitle);
/* The structure's name, at the top of every page. */
void              psl_document_set_header     (PslDocument      *doc,
                                               const char       *header);
/* The structure's logo, an image surface, left of the header on every
 * page, scaled to the header's height (NULL: none). */
void              psl_document_set_logo       (PslDocument      *doc,
                                               cairo_surface_t  *logo);
cairo_surface_t  *psl_document_get_logo       (PslDocument      *doc);
/* The funders' mentions, at the foot of every page. */
void              psl_document_set_footer     (PslDocument      *doc,
                                               const char       *footer);
/* "Generated on 22 November 2026", at the foot of every page. */
void              psl_document_set_generated  (PslDocument      *doc,
                                               const char       *generated);

void              psl_document_add_heading    (PslDocument      *doc,
                                               const char       *text);
void              psl_document_add_paragraph  (PslDocument      *doc,
                                               const char       *text);
/* A smaller, greyer paragraph: a caveat, a source. */
void              psl_document_add_note       (PslDocument      *doc,
                                               const char       *text);
/* Labels and values side by side, as on a form. */
void              psl_document_add_field      (PslDocument      *doc,
                                               const char       *label,
                                               const char       *value);
/* A question and its answer (boxes to tick, a line to fill): the question
 * takes most of the width, so that a survey reads in one line a question. */
void              psl_document_add_question   (PslDocument      *doc,
                                               const char       *question,
                                               const char       *answer);
/* A key figure in a box; figures added in a row share the width. */
void              psl_document_add_figure     (PslDocument      *doc,
                                               const char       *value,
                                               const char       *label);
/* widths: n_columns relative widths, or NULL for equal columns. */
PslDocumentTable *psl_document_add_table      (PslDocument      *doc,
                                               guint             n_columns,
                                               const char * const *headers,
                                               const double     *widths);
/* cells: n_columns strings, NULL for an empty cell. */
void              psl_document_table_add_row  (PslDocumentTable *table,
                                               const char * const *cells);
/* The last row of a table, in bold: a total. */
void              psl_document_table_add_total (PslDocumentTable *table,
                                                const char * const *cells);
/* What follows starts on a new page (one letter per firm). */
void              psl_document_add_page_break (PslDocument    *doc);
/* height: in points on the paper. */
void              psl_document_add_chart      (PslDocument      *doc,
                                               double            height,
                                               PslDocumentChartFunc draw,
                                               gpointer          data,
                                               GDestroyNotify    destroy);

/* What a spreadsheet takes of a document: its tables, its rows of key
 * figures and its fields, each with the heading it stands under (NULL
 * before the first).  Figures come as one row of values under their
 * labels; fields as rows of a label and a value, with no headers. */
typedef enum
{
  PSL_DOCUMENT_PART_TABLE,
  PSL_DOCUMENT_PART_FIGURES,
  PSL_DOCUMENT_PART_FIELDS,
} PslDocumentPart;

typedef void (*PslDocumentTableFunc) (PslDocumentPart     part,
                                      const char         *heading,
                                      const char * const *headers,
                                      GPtrArray          *rows,
                                      gpointer            data);
void              psl_document_foreach_table  (PslDocument      *doc,
                                               PslDocumentTableFunc func,
                                               gpointer          data);

/* Lays the document out on pages of this size (points), measuring text
 * with cr; returns the number of pages. */
guint             psl_document_paginate       (PslDocument      *doc,
                                               cairo_t          *cr,
                                               double            page_width,
                                               double            page_height);
guint             psl_document_get_n_pages    (PslDocument      *doc);
/* Draws one page, laid out before, with its origin at the page's corner. */
void              psl_document_draw_page      (PslDocument      *doc,
                                               cairo_t          *cr,
                                               guint             page);
/* Writes the whole document as an A4 PDF, replacing the file only once
 * it is complete. */
gboolean          psl_document_write_pdf      (PslDocument      *doc,
                                               const char       *path,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslDocument, psl_document_unref)

G_END_DECLS
