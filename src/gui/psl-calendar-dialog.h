/* psl-calendar-dialog.h — the Échéancier of a counsellor or of the team, for a period, to a diary (iCalendar) */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_CALENDAR_DIALOG (psl_calendar_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslCalendarDialog, psl_calendar_dialog, PSL, CALENDAR_DIALOG, PslSheet)

/* staff_id: the counsellor chosen first, NULL for the whole team. */
PslCalendarDialog *psl_calendar_dialog_new      (GtkWindow         *parent,
                                                 PslStore          *store,
                                                 const char        *staff_id);
/* Made over from's window and shown. */
PslCalendarDialog *psl_calendar_dialog_open     (GtkWidget         *from,
                                                 PslStore          *store,
                                                 const char        *staff_id);
/* The period as typed (DD/MM/YYYY), the counsellor (NULL: the team). */
void               psl_calendar_dialog_set      (PslCalendarDialog *self,
                                                 const char        *staff_id,
                                                 const char        *from,
                                                 const char        *to);
/* The file to write, instead of asking for one on Export. */
void               psl_calendar_dialog_set_path (PslCalendarDialog *self,
                                                 const char        *path);

G_END_DECLS
