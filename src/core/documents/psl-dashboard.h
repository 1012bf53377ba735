/* psl-dashboard.h — the figures and the due items shown on the home page */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 companies_active;
  gint64 companies_new_month;
  gint64 companies_dormant;
  gint64 people_followed;
  gint64 people_new_month;
  gint64 placements_running;
  gint64 opportunities_open;
  gint64 followups_overdue;
  gint64 followups_week;
  gint64 reminders_due;
  gint64 alerts_open;
  gint64 placements_waiting;   /* proposed, presented or met, unmoved for three weeks */
} PslDashboardFigures;

typedef struct
{
  char *kind;       /* "followup", "reminder" (a firm) or "partner_reminder" */
  char *ref_id;
  char *due_on;
  char *title;      /* whom it is about */
  char *label;      /* what is due */
} PslDueItem;

void       psl_due_item_free          (PslDueItem *item);
gboolean   psl_dashboard_load_figures (PslStore            *store,
                                       const char          *today,
                                       PslDashboardFigures *figures,
                                       GError             **error);
GPtrArray *psl_dashboard_due_items    (PslStore            *store,
                                       const char          *today,
                                       guint                horizon_days,
                                       guint                limit,
                                       GError             **error);

G_END_DECLS
