/* psl-toast.h — a short message at the bottom of the window, from any widget in it */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void psl_toast_show    (GtkWidget  *widget,
                        AdwToast   *toast);
void psl_toast_message (GtkWidget  *widget,
                        const char *message);
void psl_toast_error   (GtkWidget  *widget,
                        GError    **error);

void psl_toast_window_message (GtkWindow  *window,
                               const char *message);

void psl_toast_undo    (GtkWidget  *widget,
                        const char *title,
                        const char *action_name,
                        GVariant   *target);

G_END_DECLS
