/* psl-followup-report.h — the report on follow-up in work for a period: kept or not, alerts, ruptures */
#pragma once

#include "psl-compliance.h"
#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* from, to: YYYY-MM-DD, both in; staff_id NULL for the whole team. */
PslDocument *psl_followup_report_new (PslStore    *store,
                                      const char  *from,
                                      const char  *to,
                                      const char  *staff_id,
                                      GError     **error);
/* The sections this report shares with the activity report. */
void         psl_followup_report_add_keeping  (PslDocument         *doc,
                                               const PslCompliance *c);
void         psl_followup_report_add_ruptures (PslDocument         *doc,
                                               const PslCompliance *c);

G_END_DECLS
