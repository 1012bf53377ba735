/* psl-partnership-sheet.h — the partnership's file: the seven steps of the method, what is done and what is left */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* partnership_ids: one or more partnerships (of one partner), each its
 * own part of the file, the first giving the subtitle. */
PslDocument *psl_partnership_sheet_new (PslStore   *store,
                                        GPtrArray  *partnership_ids,
                                        GError    **error);

G_END_DECLS
