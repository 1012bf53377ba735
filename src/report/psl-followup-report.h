/* psl-followup-report.h — the report on follow-up in work for a period: kept or not, alerts, ruptures */
#pragma once

#include "psl-compliance.h"
#include "psl-document.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* Who reads it: funders get figures only, the team also the people with
 * an alert open, by name. */
typedef enum
{
  PSL_FOLLOWUP_FOR_FUNDERS,
  PSL_FOLLOWUP_FOR_TEAM,
} PslFollowupAudience;

/* from, to: YYYY-MM-DD, both in; staff_id NULL for the whole team. */
PslDocument *psl_followup_report_new (PslStore            *store,
                                      const char          *from,
                                      const char          *to,
                                      const char          *staff_id,
                                      PslFollowupAudience  audience,
                                      GError             **error);
/* The sections this report shares with the activity report. */
void         psl_followup_report_add_keeping  (PslDocument         *doc,
                                               const PslCompliance *c);
/* small_hidden: a sensitive cause counted 1 to 4 shows "< 5" (a report
 * for funders of a part of the structure, where so few point at someone). */
void         psl_followup_report_add_ruptures (PslDocument         *doc,
                                               const PslCompliance *c,
                                               gboolean             small_hidden);

G_END_DECLS
