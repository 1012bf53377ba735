/* psl-schedule.h — the Échéancier: everything due, for a counsellor or the whole team */
#pragma once

#include "psl-store.h"
#include "psl-table-export.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_DUE_FOLLOWUP,          /* a follow-up in work */
  PSL_DUE_FIRM_REMINDER,     /* the next step agreed with a firm */
  PSL_DUE_PARTNER_REMINDER,  /* the next step agreed with a partner */
  PSL_DUE_CONTRACT_END,      /* a contract comes to its planned end */
  PSL_DUE_REVIEW,            /* a contract of commitments to review */
  PSL_DUE_SURVEY,            /* a person to call back after exit */
} PslDueKind;

typedef enum
{
  PSL_DUE_OVERDUE,
  PSL_DUE_TODAY,
  PSL_DUE_THIS_WEEK,
  PSL_DUE_THIS_MONTH,
  PSL_DUE_LATER,
} PslDueWhen;

#define PSL_DUE_N_WHEN (PSL_DUE_LATER + 1)

typedef struct
{
  PslDueKind  kind;
  char       *ref_id;       /* the follow-up, interaction, placement, commitment or person */
  char       *owner_id;     /* what to open: the person, the firm or the partner */
  char       *due_on;       /* YYYY-MM-DD */
  char       *title;        /* whom it is about */
  char       *label;        /* what is due */
  char       *staff_name;   /* who is to do it, or NULL */
} PslScheduleItem;

void        psl_schedule_item_free (PslScheduleItem *item);
const char *psl_due_kind_label     (PslDueKind       kind);
/* today: YYYY-MM-DD; the week ends on Sunday, the month on its last day. */
PslDueWhen  psl_due_when           (const char      *due_on,
                                    const char      *today);
const char *psl_due_when_label     (PslDueWhen       when);

/* What is due up to until, the overdue counted a year back. */
typedef struct
{
  guint      counts[PSL_DUE_N_WHEN];  /* all of each period */
  GPtrArray *items;                   /* PslScheduleItem: the first per_period of each, in date order */
} PslSchedule;

void         psl_schedule_free      (PslSchedule     *schedule);
/* For staff_id, or the whole team when NULL. */
PslSchedule *psl_schedule_load      (PslStore        *store,
                                     const char      *today,
                                     const char      *until,
                                     const char      *staff_id,
                                     guint            per_period,
                                     GError         **error);
/* Every item due from from to until (YYYY-MM-DD), at most limit, in
 * date order, without counting: the diary's export. */
GPtrArray   *psl_schedule_load_range (PslStore       *store,
                                      const char     *from,
                                      const char     *until,
                                      const char     *staff_id,
                                      guint           limit,
                                      GError        **error);
/* Everything due up to until, the overdue a year back, written to path as
 * .csv or .xlsx (by its ending): the day, late or not, what, about whom,
 * who is to do it.  @n_items: how many rows. */
/* items (PslScheduleItem) as a table: due on, late, what, about, detail, who. */
PslExportTable *psl_schedule_table  (GPtrArray      *items,
                                     const char     *today);
gboolean     psl_schedule_export     (PslStore       *store,
                                      const char     *today,
                                      const char     *until,
                                      const char     *staff_id,
                                      const char     *path,
                                      guint          *n_items,
                                      GError        **error);
/* The first and last day of each period (first > last: none), to be freed. */
gboolean     psl_schedule_period_bounds (const char  *today,
                                         const char  *until,
                                         char        *first[PSL_DUE_N_WHEN],
                                         char        *last[PSL_DUE_N_WHEN]);
/* The statements psl_schedule_load() runs, with named parameters: the
 * benchmark's floor runs them bare. */
char        *psl_schedule_sql       (gboolean         for_one,
                                     gboolean         counting);
/* Done on on_date (NULL: today); a date in the future is refused. */
gboolean    psl_schedule_mark_done (PslStore        *store,
                                    PslDueKind       kind,
                                    const char      *ref_id,
                                    const char      *on_date,
                                    GError         **error);
/* Moved to new_date, which may not be before today; the follow-up keeps
 * the date first planned, so that lateness is still counted from it. */
gboolean    psl_schedule_reschedule (PslStore       *store,
                                     PslDueKind      kind,
                                     const char     *ref_id,
                                     const char     *new_date,
                                     GError        **error);

/* The call made after exit (ref_id: "person:months", as the item's):
 * on done_on, where the person stands then (a code of the list
 * "outcome"), and a note. */
gboolean    psl_schedule_record_survey (PslStore       *store,
                                        const char     *ref_id,
                                        const char     *done_on,
                                        const char     *outcome,
                                        const char     *notes,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSchedule, psl_schedule_free)

G_END_DECLS
