/* psl-diagnostic-report.h — the diagnostic of the employer-relations service: the team's answers and other structures', side by side */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* Every question of the newest grid, this structure's consolidated
 * answers first, then each structure imported, with the program's own
 * data beside the questions they answer. */
PslDocument *psl_diagnostic_report_new (PslStore  *store,
                                        GError   **error);

G_END_DECLS
