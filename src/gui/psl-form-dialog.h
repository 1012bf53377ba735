/* psl-form-dialog.h — a short form in a message dialog, shown again with the reason when refused */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Gets the values typed, in the order of the labels; returns NULL when
 * they are accepted, or the reason to show the form again. */
typedef char *(*PslFormSubmit) (const char * const *values,
                                gpointer            user_data);

void psl_form_dialog_show (GtkWindow          *parent,
                           const char         *title,
                           const char * const *labels,
                           const char * const *values,
                           const char         *problem,
                           const char         *accept_label,
                           PslFormSubmit       submit,
                           gpointer            user_data);

G_END_DECLS
