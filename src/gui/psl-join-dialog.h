/* psl-join-dialog.h — this computer joins its structure's exchange */
#pragma once

#include "psl-sheet.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_JOIN_DIALOG (psl_join_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslJoinDialog, psl_join_dialog, PSL, JOIN_DIALOG, PslSheet)

/* store is this computer's base, which the structure's will replace.
 * "joined" (joined_path, passphrase, remember) once the new base is made
 * beside it. */
PslJoinDialog *psl_join_dialog_new        (GtkWindow     *parent,
                                           PslStore      *store);
/* The folder, as if chosen (tests, or a folder already known). */
void           psl_join_dialog_set_folder (PslJoinDialog *self,
                                           const char    *folder);

/* The exchange folder asked in a folder chooser above parent; chosen gets
 * its path (never NULL), then data is unreffed. */
typedef void (*PslFolderChosen) (GObject *data, const char *folder);
void           psl_exchange_folder_choose (GtkWindow       *parent,
                                           PslFolderChosen  chosen,
                                           GObject         *data);

G_END_DECLS
