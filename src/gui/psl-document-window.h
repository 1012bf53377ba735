/* psl-document-window.h — a printed document seen before it is printed or saved as PDF */
#pragma once

#include <adwaita.h>

#include "psl-document.h"

G_BEGIN_DECLS

#define PSL_TYPE_DOCUMENT_WINDOW (psl_document_window_get_type ())
G_DECLARE_FINAL_TYPE (PslDocumentWindow, psl_document_window, PSL, DOCUMENT_WINDOW, AdwWindow)

PslDocumentWindow *psl_document_window_new         (GtkWindow         *parent,
                                                    PslDocument       *doc);
guint              psl_document_window_get_n_pages (PslDocumentWindow *self);
/* What "Save as PDF…" does once a file is chosen. */
gboolean           psl_document_window_save_pdf    (PslDocumentWindow *self,
                                                    const char        *path,
                                                    GError           **error);
/* What "Export the Tables…" does once a file is chosen: .csv or .xlsx. */
gboolean           psl_document_window_export      (PslDocumentWindow *self,
                                                    const char        *path,
                                                    GError           **error);

G_END_DECLS
