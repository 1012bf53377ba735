/* psl-fact-charts.h — a person's pathway and a firm's relationship as
 * timeline charts, the same on screen and on paper */
#pragma once

#include "psl-company-timeline.h"
#include "psl-schedule.h"
#include "psl-timeline.h"
#include "psl-timeline-chart.h"

G_BEGIN_DECLS

/* Lanes: the accompaniment (a bar from entry to exit; commitments,
 * evaluations, barriers), immersions and contracts, follow-up and alerts.
 * Items carry "placement" or "person" as their kind. */
PslTimelineChart *psl_pathway_chart_new      (GPtrArray  *facts);
/* Lanes: contacts, opportunities, immersions and contracts, ratings and
 * levels. */
PslTimelineChart *psl_relationship_chart_new (GPtrArray  *facts);

/* The team's Échéancier: a lane per counsellor, a mark per thing due, its
 * kind "company", "partner" or "person" and its id the one to open. */
PslTimelineChart *psl_schedule_chart_new     (GPtrArray  *items);

G_END_DECLS
