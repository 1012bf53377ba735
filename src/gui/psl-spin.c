/* psl-spin.c — a spin button in a page that scrolls: the wheel scrolls the page
 *
 * A GtkSpinButton takes every wheel turn over it, so that a person
 * scrolling a long page of settings changes a number without seeing it
 * (a retention period, a target).  A controller in the capture phase sees
 * the turn first: while the spin button is not being edited, the turn
 * goes to the page's scrolled window instead, and never to the value.
 */

#define G_LOG_DOMAIN "psl-spin"

#include "config.h"

#include <math.h>

#include "psl-spin.h"

static gboolean
is_edited (GtkWidget *spin)
{
  GtkRoot *root = gtk_widget_get_root (spin);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == spin || gtk_widget_is_ancestor (focus, spin));
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              gpointer                  data)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;
  double page, value;

  if (is_edited (spin))
    return GDK_EVENT_PROPAGATE;
  scrolled = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return GDK_EVENT_STOP;
  /* The step a scrolled window takes for a turn of the wheel. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment) + dy * pow (page, 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, CLAMP (value, gtk_adjustment_get_lower (adjustment),
                                               gtk_adjustment_get_upper (adjustment) - page));
  return GDK_EVENT_STOP;
}

void
psl_spin_keep_wheel_for_page (GtkSpinButton *spin)
{
  GtkEventController *controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (spin), controller);
}
