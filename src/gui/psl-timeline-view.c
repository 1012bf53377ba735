/* psl-timeline-view.c — a timeline chart on screen: zoom from days to
 * years, drag to move in time, hover for what a bar or a mark is, click or
 * Enter to open it, arrows to go from one to the next
 *
 * The buttons above choose a span (a week, a month, a year, everything);
 * Ctrl and the wheel zoom around the pointer.  The list beside each timeline (the
 * pathway's facts, the firm's journal) says the same for a screen reader.
 */

#define G_LOG_DOMAIN "psl-timeline-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-timeline-view.h"

#define MIN_DAYS 7
#define MAX_DAYS (365 * 30)

struct _PslTimelineView
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkDrawingArea    *area;
  PslTimelineChart  *chart;
  PslTimelineLayout *layout;       /* of the last drawing */
  guint32            first, last, today;
  double             drag_first;   /* the view's first day when the drag began */
  double             pointer_x;
  int                selected;
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PslTimelineView, psl_timeline_view, GTK_TYPE_WIDGET)

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  PslTimelineView *self = user_data;
  int needed;

  g_clear_pointer (&self->layout, psl_timeline_layout_free);
  if (self->chart == NULL)
    return;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  self->layout = psl_timeline_layout_new (self->chart, cr, width, height, self->first, self->last, self->today);
  psl_timeline_chart_draw (self->chart, self->layout, cr, self->selected);

  /* As tall as the lanes need at this zoom. */
  needed = (int) ceil (psl_timeline_layout_needed_height (self->layout));
  if (needed != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, needed);
}

static void
set_range (PslTimelineView *self,
           double           first,
           double           days)
{
  days = CLAMP (days, MIN_DAYS, MAX_DAYS);
  self->first = (guint32) MAX (first, 1);
  self->last = self->first + (guint32) days - 1;
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
zoom_at (PslTimelineView *self,
         double           factor,
         double           x)
{
  double days = self->last - self->first + 1;
  double day_at = self->first + days * 0.5;

  if (self->layout != NULL && self->layout->day_width > 0)
    day_at = self->first + (x - self->layout->plot.x) / self->layout->day_width;
  /* The day under the pointer stays under it. */
  set_range (self, day_at - (day_at - self->first) * factor, days * factor);
}

static void
show_span_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PslTimelineView *self = PSL_TIMELINE_VIEW (widget);
  int days = g_variant_get_int32 (param);

  if (self->chart == NULL)
    return;
  if (days <= 0)
    {
      guint32 first, last;

      psl_timeline_chart_whole_span (self->chart, self->today, &first, &last);
      set_range (self, first, last - first + 1);
      return;
    }
  /* Today near the right, with what is just ahead. */
  set_range (self, self->today - days * 0.8, days);
}

/* Ctrl and the wheel zoom; the wheel alone scrolls the page the chart is
 * in, as a reader of the pathway or the Échéancier expects. */
static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll,
              double                    dx,
              double                    dy,
              PslTimelineView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  zoom_at (self, pow (1.25, dy), self->pointer_x);
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              PslTimelineView          *self)
{
  self->pointer_x = x;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area),
                                   self->layout != NULL && psl_timeline_layout_hit (self->layout, x, y) >= 0
                                   ? "pointer" : "default");
}

static void
on_drag_begin_cb (GtkGestureDrag  *drag,
                  double           x,
                  double           y,
                  PslTimelineView *self)
{
  self->drag_first = self->first;
}

static void
on_drag_update_cb (GtkGestureDrag  *drag,
                   double           dx,
                   double           dy,
                   PslTimelineView *self)
{
  if (self->layout == NULL || self->layout->day_width <= 0)
    return;
  set_range (self, self->drag_first - dx / self->layout->day_width, self->last - self->first + 1);
}

static void
activate_item (PslTimelineView *self,
               int              index)
{
  const PslTimelineItem *item;

  if (self->chart == NULL || index < 0)
    return;
  item = psl_timeline_chart_get_item (self->chart, index);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item->kind, item->ref_id);
}

static void
on_click_released_cb (GtkGestureClick *click,
                      int              n_press,
                      double           x,
                      double           y,
                      PslTimelineView *self)
{
  int index = self->layout != NULL ? psl_timeline_layout_hit (self->layout, x, y) : -1;

  gtk_widget_grab_focus (GTK_WIDGET (self->area));
  if (index < 0)
    return;
  psl_timeline_view_select (self, index);
  activate_item (self, index);
}

static char *
describe (PslTimelineView *self,
          int              index)
{
  const PslTimelineItem *item = psl_timeline_chart_get_item (self->chart, index);
  GDate date;
  g_autofree char *first = NULL;
  g_autofree char *iso = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, item->first);
  iso = psl_date_to_iso (&date);
  first = psl_format_date (iso);
  if (!item->is_bar)
    return g_strdup_printf ("%s\n%s", item->label != NULL ? item->label : "", first);
  if (item->open)
    /* Translators: a span still running, %s its start */
    return g_strdup_printf (_("%s\nsince %s"), item->label != NULL ? item->label : "", first);
  {
    g_autofree char *last_iso = NULL;
    g_autofree char *last = NULL;

    g_date_set_julian (&date, item->last);
    last_iso = psl_date_to_iso (&date);
    last = psl_format_date (last_iso);
    /* Translators: what, then from when to when */
    return g_strdup_printf (_("%s\n%s to %s"), item->label != NULL ? item->label : "", first, last);
  }
}

static gboolean
on_query_tooltip_cb (GtkWidget       *widget,
                     int              x,
                     int              y,
                     gboolean         keyboard,
                     GtkTooltip      *tooltip,
                     PslTimelineView *self)
{
  int index = keyboard ? self->selected : (self->layout != NULL ? psl_timeline_layout_hit (self->layout, x, y) : -1);
  g_autofree char *text = NULL;

  if (index < 0 || self->chart == NULL)
    return FALSE;
  text = describe (self, index);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The next item in time, and the view moved to show it. */
static void
step (PslTimelineView *self,
      int              direction)
{
  guint n = self->chart != NULL ? psl_timeline_chart_get_n_items (self->chart) : 0;
  int best = -1;

  for (guint i = 0; i < n; i++)
    {
      const PslTimelineItem *item = psl_timeline_chart_get_item (self->chart, i);
      const PslTimelineItem *current = self->selected >= 0 ? psl_timeline_chart_get_item (self->chart, self->selected) : NULL;
      const PslTimelineItem *candidate = best >= 0 ? psl_timeline_chart_get_item (self->chart, best) : NULL;
#define KEY(it, idx) ((double) (it)->first * 1e4 + (idx))
      if (current != NULL && (direction > 0 ? KEY (item, i) <= KEY (current, self->selected)
                                            : KEY (item, i) >= KEY (current, self->selected)))
        continue;
      if (candidate == NULL || (direction > 0 ? KEY (item, i) < KEY (candidate, best)
                                              : KEY (item, i) > KEY (candidate, best)))
        best = i;
#undef KEY
    }
  if (best < 0)
    return;
  psl_timeline_view_select (self, best);
  {
    const PslTimelineItem *item = psl_timeline_chart_get_item (self->chart, best);
    double days = self->last - self->first + 1;

    if (item->first < self->first || item->first > self->last)
      set_range (self, item->first - days / 2, days);
  }
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PslTimelineView       *self)
{
  double middle = self->layout != NULL ? self->layout->plot.x + self->layout->plot.width / 2 : 0;

  switch (keyval)
    {
    case GDK_KEY_Right:
      step (self, +1);
      return TRUE;
    case GDK_KEY_Left:
      step (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_item (self, self->selected);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_at (self, 0.8, middle);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_at (self, 1.25, middle);
      return TRUE;
    case GDK_KEY_Home:
      set_range (self, self->today - (self->last - self->first + 1) * 0.8, self->last - self->first + 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static GtkWidget *
span_button (const char *label,
             int         days)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "timeline.show-span");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int32 (days));
  return button;
}

static void
psl_timeline_view_dispose (GObject *object)
{
  PslTimelineView *self = (PslTimelineView *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->layout, psl_timeline_layout_free);
  g_clear_pointer (&self->chart, psl_timeline_chart_free);

  G_OBJECT_CLASS (psl_timeline_view_parent_class)->dispose (object);
}

static void
psl_timeline_view_class_init (PslTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_timeline_view_dispose;

  /* A bar or a mark was clicked or chosen with Enter: its kind
   * ("placement", "interaction", …) and the id of its row. */
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  gtk_widget_class_install_action (widget_class, "timeline.show-span", "i", show_span_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
psl_timeline_view_init (PslTimelineView *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *controller;
  GtkGesture *gesture;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);

  self->selected = -1;
  self->today = g_date_get_julian (date);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), span_button (_("_Week"), 7));
  gtk_box_append (GTK_BOX (buttons), span_button (_("_Month"), 31));
  gtk_box_append (GTK_BOX (buttons), span_button (_("_Year"), 365));
  gtk_box_append (GTK_BOX (buttons), span_button (_("_All"), 0));
  gtk_box_append (GTK_BOX (self->box), buttons);

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->area, 120);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->area), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline; the list below gives the same, in order"), -1);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->area));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), controller);
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), controller);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), controller);
  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (gesture));
  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
psl_timeline_view_new (void)
{
  return g_object_new (PSL_TYPE_TIMELINE_VIEW, NULL);
}

void
psl_timeline_view_set_chart (PslTimelineView  *self,
                             PslTimelineChart *chart)
{
  guint32 first, last;

  g_return_if_fail (PSL_IS_TIMELINE_VIEW (self));

  g_clear_pointer (&self->layout, psl_timeline_layout_free);
  g_clear_pointer (&self->chart, psl_timeline_chart_free);
  self->chart = chart;
  self->selected = -1;
  if (chart != NULL)
    {
      psl_timeline_chart_whole_span (chart, self->today, &first, &last);
      set_range (self, first, last - first + 1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

void
psl_timeline_view_show_days (PslTimelineView *self,
                             const char      *first,
                             guint            days)
{
  g_autoptr(GDate) date = psl_date_parse (first);

  g_return_if_fail (PSL_IS_TIMELINE_VIEW (self) && date != NULL);
  set_range (self, g_date_get_julian (date), days);
}

void
psl_timeline_view_select (PslTimelineView *self,
                          int              index)
{
  g_return_if_fail (PSL_IS_TIMELINE_VIEW (self));
  self->selected = index;
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

void
psl_timeline_view_get_range (PslTimelineView *self,
                             guint32         *first,
                             guint32         *last)
{
  *first = self->first;
  *last = self->last;
}

PslTimelineChart *
psl_timeline_view_get_chart (PslTimelineView *self)
{
  return self->chart;
}

PslTimelineLayout *
psl_timeline_view_get_layout (PslTimelineView *self)
{
  return self->layout;
}
