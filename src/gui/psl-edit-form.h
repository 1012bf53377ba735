/* psl-edit-form.h — a record's fields edited in place, each saved as soon as the typing pauses */
#pragma once

#include <adwaita.h>

#include "psl-field-row.h"

G_BEGIN_DECLS

/* Saves one column of the record id, with its rules; FALSE with a message. */
typedef gboolean (*PslRecordSetFunc) (PslStore   *store,
                                      const char *id,
                                      const char *column,
                                      const char *value,
                                      GError    **error);
/* Told after a column was saved. */
typedef void (*PslEditFormSaved) (const char *column,
                                  gpointer    user_data);

typedef struct _PslEditForm PslEditForm;

PslEditForm *psl_edit_form_new      (PslStore           *store,
                                     const PslField     *fields,
                                     const PslFormRow   *rows,
                                     PslRecordSetFunc    set,
                                     PslEditFormSaved    saved,
                                     gpointer            user_data);
void         psl_edit_form_add_to   (PslEditForm        *self,
                                     AdwPreferencesPage *page);
void         psl_edit_form_fill     (PslEditForm        *self,
                                     const char         *id,
                                     GHashTable         *values);
void         psl_edit_form_flush    (PslEditForm        *self);
GtkWidget   *psl_edit_form_get_row  (PslEditForm        *self,
                                     const char         *column);
void         psl_edit_form_free     (PslEditForm        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslEditForm, psl_edit_form_free)

G_END_DECLS
