/* psl-document-pdf.c — a document written as an A4 PDF file
 *
 * The file is written beside the old one and put in its place once
 * complete: a full disk or a crash never leaves half a report where the
 * previous one was.
 */

#define G_LOG_DOMAIN "psl-document"

#include "config.h"

#include <cairo-pdf.h>
#include "psl-i18n.h"

#include "psl-document-private.h"

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} PslPdfSink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  PslPdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
psl_document_write_pdf (PslDocument  *doc,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  g_autoptr(GFileOutputStream) stream = NULL;
  PslPdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (doc != NULL, FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The PDF file could not be written to “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  sink.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, PSL_A4_WIDTH, PSL_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Passerelle");
  cr = cairo_create (surface);
  psl_document_paginate (doc, cr, PSL_A4_WIDTH, PSL_A4_HEIGHT);
  for (guint page = 0; page < doc->n_pages; page++)
    {
      psl_document_draw_page (doc, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error_literal (&sink.error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
  if (sink.error != NULL)
    {
      /* Closing a cancelled stream leaves the old file where it was. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      g_set_error (error, sink.error->domain, sink.error->code,
                   _("The PDF file could not be written to “%s”: %s"), path, sink.error->message);
      g_error_free (sink.error);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("The PDF file could not be written to “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
