/* psl-calendar-export.h — a counsellor's coming follow-ups and appointments as an iCalendar file */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

/* Everything due from today to until (YYYY-MM-DD) for staff_id, or the
 * whole team when NULL, as iCalendar text (RFC 5545): one all-day event
 * an item, named by the kind of appointment and the firm's name or the
 * person's initials, with no description — their full name and what is
 * due (the label, the firm) only when full_names is asked for. */
char     *psl_calendar_export      (PslStore   *store,
                                    const char *staff_id,
                                    const char *today,
                                    const char *until,
                                    gboolean    full_names,
                                    guint      *n_events,
                                    GError    **error);
/* "Léa Puech-Martin" → "L. P.-M.": whom a diary names by default. */
char     *psl_calendar_initials    (const char *name);
/* The same, written to path; the old file is replaced only once the new
 * one is complete. */
gboolean  psl_calendar_export_file (PslStore   *store,
                                    const char *staff_id,
                                    const char *today,
                                    const char *until,
                                    gboolean    full_names,
                                    const char *path,
                                    guint      *n_events,
                                    GError    **error);

G_END_DECLS
