/* psl-diagnostic-window.h — the Annexe 3 diagnostic grid, answered by one member of staff at a time */
#pragma once

#include "psl-chart-window.h"

G_BEGIN_DECLS

#define PSL_TYPE_DIAGNOSTIC_WINDOW (psl_diagnostic_window_get_type ())
G_DECLARE_FINAL_TYPE (PslDiagnosticWindow, psl_diagnostic_window, PSL, DIAGNOSTIC_WINDOW, PslChartWindow)

PslDiagnosticWindow *psl_diagnostic_window_new          (GtkWindow           *parent,
                                                         PslStore            *store);
/* The member of staff answering, or NULL when the team is empty. */
const char          *psl_diagnostic_window_get_staff    (PslDiagnosticWindow *self);
void                 psl_diagnostic_window_set_staff    (PslDiagnosticWindow *self,
                                                         const char          *staff_id);
/* The widget answering one part of a question: the question's code,
 * then the text, box, row or "row/column" cell, or NULL for its choice. */
GtkWidget           *psl_diagnostic_window_get_widget   (PslDiagnosticWindow *self,
                                                         const char          *question,
                                                         const char          *part);
/* How many questions the member answered. */
guint                psl_diagnostic_window_get_answered (PslDiagnosticWindow *self);

G_END_DECLS
