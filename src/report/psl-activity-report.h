/* psl-activity-report.h — the activity report (bilan d'activité) for a period and an antenna */
#pragma once

#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* from, to: YYYY-MM-DD, both in; antenna_id NULL for the whole structure. */
PslDocument *psl_activity_report_new (PslStore    *store,
                                      const char  *from,
                                      const char  *to,
                                      const char  *antenna_id,
                                      GError     **error);

G_END_DECLS
