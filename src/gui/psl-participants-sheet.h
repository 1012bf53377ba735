/* psl-participants-sheet.h — the window listing who took part in an event, to add firms and partners */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_PARTICIPANTS_SHEET (psl_participants_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PslParticipantsSheet, psl_participants_sheet, PSL, PARTICIPANTS_SHEET, PslSheet)

PslParticipantsSheet *psl_participants_sheet_new    (GtkWindow            *parent,
                                                     PslStore             *store,
                                                     const char           *event_id);
gboolean              psl_participants_sheet_add    (PslParticipantsSheet *self,
                                                     guint                 candidate);
guint                 psl_participants_sheet_find   (PslParticipantsSheet *self,
                                                     const char           *name);

G_END_DECLS
