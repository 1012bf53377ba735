/* psl-test-report.h — what report tests read of a document */
#pragma once

#include "psl-document.h"

G_BEGIN_DECLS

/* Every row of the document's fields and tables as "heading|first cell"
 * → second cell (heading "" before the first), for a test to look up. */
GHashTable *psl_test_document_cells (PslDocument *doc);
char       *psl_test_pdf_text       (PslDocument *doc,
                                     const char  *dir);

G_END_DECLS
