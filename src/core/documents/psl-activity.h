/* psl-activity.h — the figures of an activity report for a period and an antenna, as funders count them */
#pragma once

#include "psl-compliance.h"

G_BEGIN_DECLS

/* One row of a table of counts: what it counts and up to four counts,
 * whose meaning the table gives. */
typedef struct
{
  char   *code;       /* the reference code, NULL for "not given" */
  char   *label;
  gint64  values[4];
} PslTally;

/* Columns of the tables below. */
enum { PSL_PEOPLE_FOLLOWED, PSL_PEOPLE_NEW };
enum { PSL_FIRMS_CONTACTED, PSL_FIRMS_NEW, PSL_FIRMS_VISITED };
enum { PSL_INTERACTIONS_COUNT, PSL_INTERACTIONS_MINUTES };
enum { PSL_OPPORTUNITIES_PROPOSED, PSL_OPPORTUNITIES_REALISED };
enum { PSL_PLACEMENTS_STARTED, PSL_PLACEMENTS_ENDED_EARLY, PSL_PLACEMENTS_UNDER_WAY };
enum { PSL_IMMERSIONS_DISCOVERY, PSL_IMMERSIONS_SKILLS, PSL_IMMERSIONS_TOTAL };
enum { PSL_TARGET_VALUE, PSL_TARGET_ACTUAL };

typedef struct
{
  char          *from;
  char          *to;
  char          *antenna_id;       /* NULL: the whole structure */

  gint64         people_followed;  /* in accompaniment on at least one day of the period */
  gint64         people_new;       /* entered in the period */
  gint64         people_exited;    /* left in the period */
  GPtrArray     *people_by_sex;    /* PslTally: followed, new */
  GPtrArray     *people_by_age;    /* age at entry */
  GPtrArray     *people_by_referent;

  gint64         firms_contacted;  /* with an interaction in the period */
  gint64         firms_new;        /* relationship started in the period */
  gint64         firms_visited;
  GPtrArray     *firms_by_sector;  /* contacted, new, visited */

  gint64         interactions;
  gint64         interaction_minutes;
  GPtrArray     *interactions_by_kind; /* count, minutes */

  GPtrArray     *opportunities_by_phase; /* proposed, realised */

  GPtrArray     *placements_by_type;     /* started, ended early, under way */
  GPtrArray     *immersions_by_sector;   /* discovery, skills, total */

  GPtrArray     *outcomes;               /* exits by outcome category: count */
  gint64         exits_durable;

  PslCompliance *followup;               /* follow-ups, alerts, early ends by cause */
  GPtrArray     *targets;                /* target, actual: only indicators with a target */
} PslActivity;

void         psl_tally_free        (PslTally    *tally);
void         psl_activity_free     (PslActivity *activity);
/* from, to: YYYY-MM-DD, both days in; today: what is missed is judged on
 * it; antenna_id: NULL for the whole structure.  People, placements,
 * exits and follow-ups count for their person's antenna; interactions and
 * opportunities for their counsellor's; a new firm for its referent's. */
PslActivity *psl_activity_load     (PslStore    *store,
                                    const char  *from,
                                    const char  *to,
                                    const char  *today,
                                    const char  *antenna_id,
                                    GError     **error);
/* The share of exits in lasting employment, 0 … 1, or -1 with no exit. */
double       psl_activity_durable_rate (const PslActivity *activity);

/* The indicators a target can be set for, in the order they are shown. */
typedef enum
{
  PSL_INDICATOR_PEOPLE_FOLLOWED,
  PSL_INDICATOR_PEOPLE_NEW,
  PSL_INDICATOR_FIRMS_NEW,
  PSL_INDICATOR_FIRMS_VISITED,
  PSL_INDICATOR_IMMERSIONS,
  PSL_INDICATOR_CONTRACTS,
  PSL_INDICATOR_EXITS_DURABLE,
  PSL_INDICATOR_DURABLE_RATE,
  PSL_N_INDICATORS
} PslIndicator;

const char  *psl_indicator_code    (PslIndicator indicator);
const char  *psl_indicator_label   (PslIndicator indicator);
/* The yearly target set for an indicator, for an antenna or (NULL) the
 * whole structure; -1 when none is set. */
double       psl_target_get        (PslStore    *store,
                                    PslIndicator indicator,
                                    int          year,
                                    const char  *antenna_id,
                                    GError     **error);
/* value < 0 removes the target. */
gboolean     psl_target_set        (PslStore    *store,
                                    PslIndicator indicator,
                                    int          year,
                                    const char  *antenna_id,
                                    double       value,
                                    GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslActivity, psl_activity_free)

G_END_DECLS
