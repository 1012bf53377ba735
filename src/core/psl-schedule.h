/* psl-schedule.h — the Échéancier: everything due, for a counsellor or the whole team */
#pragma once

#include "psl-store.h"

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

/* Everything due up to until (YYYY-MM-DD), the overdue first (at most a
 * year back), for staff_id or the whole team (NULL), in date order. */
GPtrArray  *psl_schedule_load      (PslStore        *store,
                                    const char      *today,
                                    const char      *until,
                                    const char      *staff_id,
                                    GError         **error);
/* The statement psl_schedule_load() runs (?1 the first day, ?2 the last,
 * ?3 the counsellor when for_one): the benchmark's floor runs it bare. */
char       *psl_schedule_sql       (gboolean         for_one);
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

G_END_DECLS
