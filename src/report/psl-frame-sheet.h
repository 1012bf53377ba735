/* psl-frame-sheet.h — a confidentiality frame with a partner structure, printed to be signed */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

PslDocument *psl_frame_sheet_new (PslStore   *store,
                                  const char *frame_id,
                                  GError    **error);

G_END_DECLS
