/* psl-method-sheet.h — a partnership followed with the seven steps of the FNARS method */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_METHOD_SHEET (psl_method_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PslMethodSheet, psl_method_sheet, PSL, METHOD_SHEET, PslSheet)

PslMethodSheet *psl_method_sheet_new (GtkWindow   *parent,
                                      PslStore    *store,
                                      const char  *partnership_id,
                                      GError     **error);
GtkWidget      *psl_method_sheet_get_row (PslMethodSheet *self,
                                          const char     *column);

G_END_DECLS
