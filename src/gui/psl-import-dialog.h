/* psl-import-dialog.h — importing a list (firms, contacts, people, journal): columns, values, preview, report */
#pragma once

#include <adwaita.h>

#include "psl-import-kinds.h"
#include "psl-store.h"

G_BEGIN_DECLS

#define PSL_TYPE_IMPORT_DIALOG (psl_import_dialog_get_type ())
/* What F1 opens from the import window. */
#define PSL_IMPORT_DIALOG_HELP_URI "help:passerelle/import"

G_DECLARE_FINAL_TYPE (PslImportDialog, psl_import_dialog, PSL, IMPORT_DIALOG, AdwWindow)

PslImportDialog *psl_import_dialog_new       (GtkWindow       *parent,
                                              PslStore        *store);
gboolean         psl_import_dialog_load_file (PslImportDialog *self,
                                              const char      *path,
                                              GError         **error);
gboolean         psl_import_dialog_can_import (PslImportDialog *self);
void             psl_import_dialog_import     (PslImportDialog *self);
void             psl_import_dialog_set_kind   (PslImportDialog *self,
                                               PslImportKind    kind);
void             psl_import_dialog_refresh_last (PslImportDialog *self);

G_END_DECLS
