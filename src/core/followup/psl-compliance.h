/* psl-compliance.h — how well follow-up in work is kept: the figures a period gives, for a counsellor or all */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* A count by a code of a reference list (a rupture cause…). */
typedef struct
{
  char  *code;
  char  *label;
  guint  count;
} PslCodeCount;

typedef struct
{
  guint      planned;          /* follow-ups first due in the period */
  guint      on_time;          /* done by the date first planned, give or take the tolerance */
  guint      late;             /* done after it and the tolerance */
  guint      missed;           /* not done, and the period is over for them */
  guint      pending;          /* not done, still to come */
  guint      tolerance;        /* the days of tolerance "on time" was judged with */
  guint      tripartite;       /* done with the person, the firm and the counsellor */
  double     first_days;       /* the median days from a start to its first follow-up done, -1 with none */
  guint      starts;           /* immersions and contracts started in the period */
  guint      alerts_opened;
  guint      alerts_resolved;  /* of those opened in the period, resolved by its end */
  guint      ruptures;         /* contracts ended early in the period */
  GPtrArray *by_cause;         /* PslCodeCount, most first */
  guint      by_month[13];     /* ruptures by month of contract they happened in: 1 … 12, then 0 for later */
} PslCompliance;

void           psl_compliance_free (PslCompliance *compliance);
/* from, to: YYYY-MM-DD, both days in; today: what is missed is judged on it;
 * staff_id, antenna_id: NULL for all.  An antenna counts its people's follow-ups. */
PslCompliance *psl_compliance_load (PslStore      *store,
                                    const char    *from,
                                    const char    *to,
                                    const char    *today,
                                    const char    *staff_id,
                                    const char    *antenna_id,
                                    GError       **error);

/* How many days after its date a follow-up still counts as done on
 * time: a preference of the structure, a week unless set. */
#define PSL_FOLLOWUP_TOLERANCE_DEFAULT 7
#define PSL_FOLLOWUP_TOLERANCE_MAX     60

guint          psl_followup_tolerance_get (PslStore  *store);
gboolean       psl_followup_tolerance_set (PslStore  *store,
                                           guint      days,
                                           GError   **error);

/* The periods a page offers, each ending on the last day of today's month. */
typedef enum
{
  PSL_PERIOD_MONTH,        /* this month */
  PSL_PERIOD_QUARTER,      /* this month and the two before */
  PSL_PERIOD_YEAR,         /* since the first of January */
} PslPeriod;

/* The first and last day of period around today (YYYY-MM-DD), to be freed. */
void           psl_period_bounds   (PslPeriod      period,
                                    const char    *today,
                                    char         **from,
                                    char         **to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslCompliance, psl_compliance_free)

G_END_DECLS
