/* psl-record-dialog.h — a window to add or edit one record, built from the description of its form */
#pragma once

#include <adwaita.h>

#include "psl-field-row.h"
#include "psl-record.h"
#include "psl-sheet.h"

G_BEGIN_DECLS

/* The rules between the fields of the whole form (values by column, as
 * typed): FALSE with the column to blame and a message. */
typedef gboolean (*PslRecordCheckFunc) (GHashTable  *values,
                                        const char **refused_column,
                                        GError     **error);

/* What follows a save (the follow-up plan of a placement that starts):
 * a sentence for the window the dialog was opened from, or NULL. */
typedef char *(*PslRecordAfterSaveFunc) (PslStore   *store,
                                         const char *id);

/* What a form edits: the rows, in order, grouped by consecutive group
 * titles; rows ends with a row whose column is NULL.  check and
 * after_save may be NULL. */
typedef struct
{
  const char            *table;
  const PslField        *fields;
  const PslFormRow      *rows;
  PslRecordCreateFunc    create;
  PslRecordCheckFunc     check;
  PslRecordAfterSaveFunc after_save;
} PslRecordForm;

#define PSL_TYPE_RECORD_DIALOG (psl_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PslRecordDialog, psl_record_dialog, PSL, RECORD_DIALOG, PslSheet)

PslRecordDialog *psl_record_dialog_new     (GtkWindow           *parent,
                                            PslStore            *store,
                                            const PslRecordForm *form,
                                            const char          *parent_id,
                                            const char          *id,
                                            GHashTable          *defaults,
                                            GError             **error);
GtkWidget       *psl_record_dialog_get_row (PslRecordDialog     *self,
                                            const char          *column);
char            *psl_record_dialog_get_value (PslRecordDialog   *self,
                                            const char          *column);
gboolean         psl_record_dialog_save    (PslRecordDialog     *self);

G_END_DECLS
