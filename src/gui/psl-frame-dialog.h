/* psl-frame-dialog.h — the window to record a confidentiality frame agreed with a partner structure */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_FRAME_DIALOG (psl_frame_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslFrameDialog, psl_frame_dialog, PSL, FRAME_DIALOG, PslSheet)

/* Emits "saved" (the new frame's id) once the frame is recorded. */
PslFrameDialog *psl_frame_dialog_new       (GtkWindow      *parent,
                                            PslStore       *store);
/* The rows, for the tests to fill as a person would: "partner", "key",
 * "from", "to", "signed-by", "partner-signed-by" (entries or the partner's
 * combo), "firms", "contacts", "opportunities", "profiles",
 * "named-profiles" (switches). */
GtkWidget      *psl_frame_dialog_get_row   (PslFrameDialog *self,
                                            const char     *name);

G_END_DECLS
