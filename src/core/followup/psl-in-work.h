/* psl-in-work.h — the people in work now: how their follow-up goes, and the alerts still open */
#pragma once

#include "psl-store.h"
#include "psl-table-export.h"

G_BEGIN_DECLS

/* An immersion or a contract under way, with its follow-up. */
typedef struct
{
  char  *placement_id;
  char  *person_id;
  char  *person_name;
  char  *firm;
  char  *what;          /* the contract type, or "Immersion" */
  char  *start_date;
  char  *planned_end;   /* or NULL */
  char  *last_done;     /* the last follow-up done, or NULL */
  char  *last_done_by;  /* who wrote it down, or NULL (before the roles) */
  char  *next_due;      /* the next follow-up to do, or NULL */
  guint  overdue;       /* follow-ups left undone past their date */
  int    risk;          /* the most serious alert still open, 0 for none */
} PslInWorkLine;

void       psl_in_work_line_free (PslInWorkLine *line);

/* The immersions and contracts under way on today that started in the
 * last six months — when most break (seed 000) — for staff_id or the
 * team: those with an alert open first, the most serious first, then the
 * latest started; at most limit, *total set to how many. */
GPtrArray *psl_in_work_load      (PslStore    *store,
                                  const char  *today,
                                  const char  *staff_id,
                                  guint        limit,
                                  guint       *total,
                                  GError     **error);

/* An alert still open, for the lists of the team. */
typedef struct
{
  char *alert_id;
  char *person_id;
  char *person_name;
  char *firm;           /* or NULL */
  int   risk;
  char *opened_on;
  char *raised_by;
  char *actions;        /* or NULL */
} PslOpenAlert;

void       psl_open_alert_free   (PslOpenAlert *alert);

/* The open alerts of staff_id or the team, most serious first, then the
 * oldest; at most limit, *total set to how many. */
GPtrArray *psl_open_alerts_load  (PslStore    *store,
                                  const char  *staff_id,
                                  guint        limit,
                                  guint       *total,
                                  GError     **error);
/* The same for a period (from, to: YYYY-MM-DD, or NULL for no bound):
 * the alerts opened in it and still open on its last day. */
GPtrArray *psl_open_alerts_load_in (PslStore    *store,
                                    const char  *staff_id,
                                    const char  *from,
                                    const char  *to,
                                    guint        limit,
                                    guint       *total,
                                    GError     **error);

/* "Risque élevé — Boulangerie Vidal · ouverte le 02/11/2026 · signalée par le tuteur". */
char      *psl_open_alert_subtitle (const PslOpenAlert *alert);

/* The lines as the lists show them, for a spreadsheet; NULL for NULL. */
PslExportTable *psl_open_alerts_table (GPtrArray   *alerts);
PslExportTable *psl_in_work_table     (GPtrArray   *lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslInWorkLine, psl_in_work_line_free)

G_END_DECLS
