/* psl-toast.c — a short message at the bottom of the window, from any widget in it
 *
 * The window's toast overlay is found from the widget, so that pages and
 * tabs need no pointer to the window.  A widget not (yet) in a window
 * drops the message.
 */

#define G_LOG_DOMAIN "psl-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-toast.h"

/* Takes the toast's floating reference. */
void
psl_toast_show (GtkWidget *widget,
                AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
psl_toast_message (GtkWidget  *widget,
                   const char *message)
{
  psl_toast_show (widget, adw_toast_new (message));
}

/* A read of core that failed says why (core's message, in French) and
 * the error is cleared for the next call; nothing when *error is unset,
 * so that a read that found nothing stays silent. */
void
psl_toast_error (GtkWidget  *widget,
                 GError    **error)
{
  g_return_if_fail (error != NULL);

  if (*error == NULL)
    return;
  psl_toast_message (widget, (*error)->message);
  g_clear_error (error);
}

static GtkWidget *
find_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* From a dialog that closes: the message goes to the window below it. */
void
psl_toast_window_message (GtkWindow  *window,
                          const char *message)
{
  GtkWidget *overlay = find_overlay (GTK_WIDGET (window));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
on_undo_clicked_cb (AdwToast  *toast,
                    GtkWidget *widget)
{
  gtk_widget_activate_action_variant (widget, g_object_get_data (G_OBJECT (toast), "undo-action"),
                                      g_object_get_data (G_OBJECT (toast), "undo-target"));
}

/* A toast whose Undo button activates action_name (with target) on
 * widget: the toast's own action would be looked up from the window, where
 * a page's actions are not seen. */
void
psl_toast_undo (GtkWidget  *widget,
                const char *title,
                const char *action_name,
                GVariant   *target)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "undo-action", g_strdup (action_name), g_free);
  g_object_set_data_full (G_OBJECT (toast), "undo-target", g_variant_ref_sink (target),
                          (GDestroyNotify) g_variant_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), widget, 0);
  psl_toast_show (widget, toast);
}
