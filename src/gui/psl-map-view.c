/* psl-map-view.c — the partnership map on screen: zoom, pan, hover, click, keyboard
 *
 * The picture is laid out for the zoomed size, and the part in sight (with
 * half a screen around it) painted once into an image; panning only moves
 * the image, so that a drag redraws at once even with two thousand
 * nodes, and paints again only when it reaches the image's edge.  Zooming lays the picture out again:
 * the nodes spread while the text keeps its size, and more names show.
 */

#define G_LOG_DOMAIN "psl-map-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "psl-map-view.h"

#define MAX_ZOOM    16.0
#define ZOOM_STEP   1.25

struct _PslMapView
{
  GtkWidget       parent_instance;

  PslMapKind      kind;
  PslPartnerMap  *map;
  PslMapPicture  *picture;
  cairo_surface_t *painting;        /* the part of the picture in sight and around */
  PslRect         painted;          /* where it is in the picture */
  double          zoom;
  double          pan_x, pan_y;      /* where the picture's origin is on the widget */
  double          drag_pan_x, drag_pan_y;
  double          pointer_x, pointer_y;
  int             selected;
};

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PslMapView, psl_map_view, GTK_TYPE_WIDGET)

static void
forget_picture (PslMapView *self)
{
  g_clear_pointer (&self->painting, cairo_surface_destroy);
  g_clear_pointer (&self->picture, psl_map_picture_free);
}

static void
forget_painting (PslMapView *self)
{
  g_clear_pointer (&self->painting, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The picture keeps at least the widget's size: panning can bring any
 * edge in but never leaves the widget half empty. */
static void
clamp_pan (PslMapView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  self->pan_x = CLAMP (self->pan_x, w - w * self->zoom, 0);
  self->pan_y = CLAMP (self->pan_y, h - h * self->zoom, 0);
}

static PslMapPicture *
ensure_picture (PslMapView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)) * self->zoom;
  double h = gtk_widget_get_height (GTK_WIDGET (self)) * self->zoom;

  if (self->map == NULL || w < 1 || h < 1)
    return NULL;
  if (self->picture == NULL || self->picture->width != w || self->picture->height != h)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (surface);

      forget_picture (self);
      self->picture = psl_map_picture_new (self->map, self->kind, cr, w, h);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return self->picture;
}

static gboolean
inside (const PslRect *painted,
        double         x,
        double         y,
        double         w,
        double         h)
{
  return x >= painted->x && y >= painted->y
         && x + w <= painted->x + painted->width && y + h <= painted->y + painted->height;
}

/* The part of the picture in sight and half a screen around it, at the
 * screen's scale. */
static void
paint_around (PslMapView    *self,
               PslMapPicture *picture,
               double         w,
               double         h)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double x0 = MAX (-self->pan_x - w / 2, 0);
  double y0 = MAX (-self->pan_y - h / 2, 0);
  double x1 = MIN (-self->pan_x + 1.5 * w, picture->width);
  double y1 = MIN (-self->pan_y + 1.5 * h, picture->height);
  int pw = (int) ceil (x1 - x0) * scale;
  int ph = (int) ceil (y1 - y0) * scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -x0, -y0);
  psl_map_picture_draw (picture, self->map, cr, self->selected);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_set_device_scale (surface, scale, scale);

  g_clear_pointer (&self->painting, cairo_surface_destroy);
  self->painting = surface;
  self->painted = (PslRect) { x0, y0, (x1 - x0), (y1 - y0) };
}

static void
psl_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PslMapView *self = PSL_MAP_VIEW (widget);
  double w = gtk_widget_get_width (widget);
  double h = gtk_widget_get_height (widget);
  PslMapPicture *picture = ensure_picture (self);
  cairo_t *cr;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (picture == NULL)
    return;

  if (self->painting == NULL || !inside (&self->painted, -self->pan_x, -self->pan_y, w, h))
    paint_around (self, picture, w, h);

  /* The painting moved: one copy of the pixels in sight, with no
   * conversion on the way. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_set_source_surface (cr, self->painting, self->painted.x + self->pan_x, self->painted.y + self->pan_y);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
psl_map_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PslMapView *self = PSL_MAP_VIEW (widget);

  clamp_pan (self);
}

static int
node_at (PslMapView *self,
         double      x,
         double      y)
{
  if (self->picture == NULL)
    return -1;
  return psl_map_picture_hit (self->picture, x - self->pan_x, y - self->pan_y);
}

static char *
describe_node (PslMapView *self,
               guint       index)
{
  const PslMapNode *node = g_ptr_array_index (self->map->nodes, index);
  GString *text = g_string_new (node->name);
  const char *sector = node->sector < self->map->sectors->len
                       ? ((PslMapSector *) g_ptr_array_index (self->map->sectors, node->sector))->label : NULL;

  if (node->kind == PSL_MAP_NODE_STRUCTURE)
    return g_string_free (text, FALSE);
  g_string_append_printf (text, "\n%s", psl_map_node_kind_label (node->kind));
  if (node->detail != NULL)
    g_string_append_printf (text, " · %s", node->detail);
  else if (sector != NULL && node->kind == PSL_MAP_NODE_COMPANY)
    g_string_append_printf (text, " · %s", sector);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", node->interactions),
                          node->interactions);
  g_string_append (text, ", ");
  if (node->kind == PSL_MAP_NODE_COMPANY)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u opportunity realised", "%u opportunities realised",
                                               node->realised), node->realised);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person referred", "%u people referred",
                                               node->referrals), node->referrals);
  if (node->placements > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person started", "%u people started",
                                                 node->placements), node->placements);
    }
  if (self->kind == PSL_MAP_NETWORK && node->centrality >= 0.05)
    {
      g_string_append_c (text, '\n');
      /* Translators: betweenness centrality, as a percentage of the highest */
      g_string_append_printf (text, _("Holds the network together: %.0f %%"), 100 * node->centrality);
    }
  return g_string_free (text, FALSE);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     PslMapView *self)
{
  int index = keyboard ? self->selected : node_at (self, x, y);
  g_autofree char *text = NULL;

  if (index < 0 || self->map == NULL)
    return FALSE;
  text = describe_node (self, index);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              PslMapView               *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), node_at (self, x, y) > 0 ? "pointer" : "default");
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *scroll,
              double                    dx,
              double                    dy,
              PslMapView               *self)
{
  psl_map_view_zoom_at (self, pow (ZOOM_STEP, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_drag_begin_cb (GtkGestureDrag *drag,
                  double          x,
                  double          y,
                  PslMapView     *self)
{
  self->drag_pan_x = self->pan_x;
  self->drag_pan_y = self->pan_y;
}

static void
on_drag_update_cb (GtkGestureDrag *drag,
                   double          dx,
                   double          dy,
                   PslMapView     *self)
{
  self->pan_x = self->drag_pan_x + dx;
  self->pan_y = self->drag_pan_y + dy;
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_node (PslMapView *self,
               int         index)
{
  if (index > 0)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, (guint) index);
}

static void
on_click_released_cb (GtkGestureClick *click,
                      int              n_press,
                      double           x,
                      double           y,
                      PslMapView      *self)
{
  int index = node_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index < 0)
    return;
  psl_map_view_select (self, index);
  activate_node (self, index);
}

/* The chosen node brought into sight when the keyboard moves to it. */
static void
reveal_selected (PslMapView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  const PslMapSpot *spot;

  if (self->picture == NULL || self->selected < 0)
    return;
  spot = &g_array_index (self->picture->spots, PslMapSpot, self->selected);
  if (spot->x + self->pan_x < 20 || spot->x + self->pan_x > w - 20)
    self->pan_x = w / 2 - spot->x;
  if (spot->y + self->pan_y < 20 || spot->y + self->pan_y > h - 20)
    self->pan_y = h / 2 - spot->y;
  clamp_pan (self);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PslMapView            *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->picture == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      psl_map_view_select (self, psl_map_picture_next (self->picture, self->selected, +1));
      reveal_selected (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      psl_map_view_select (self, psl_map_picture_next (self->picture, self->selected, -1));
      reveal_selected (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_node (self, self->selected);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      psl_map_view_zoom_at (self, ZOOM_STEP, w / 2, h / 2);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      psl_map_view_zoom_at (self, 1 / ZOOM_STEP, w / 2, h / 2);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      psl_map_view_zoom_at (self, 1 / self->zoom, w / 2, h / 2);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
psl_map_view_dispose (GObject *object)
{
  PslMapView *self = (PslMapView *) object;

  forget_picture (self);
  g_clear_pointer (&self->map, psl_partner_map_unref);

  G_OBJECT_CLASS (psl_map_view_parent_class)->dispose (object);
}

static void
psl_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PslMapView *self = PSL_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PslMapView *self = PSL_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_map_view_class_init (PslMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_map_view_dispose;
  object_class->get_property = psl_map_view_get_property;
  object_class->set_property = psl_map_view_set_property;
  widget_class->snapshot = psl_map_view_snapshot;
  widget_class->size_allocate = psl_map_view_size_allocate;

  /* 0 the target, 1 the network (PslMapKind). */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, PSL_MAP_TARGET, PSL_MAP_NETWORK, PSL_MAP_TARGET,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A firm or a partner was clicked or chosen with Enter. */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "mapview");
}

static void
psl_map_view_init (PslMapView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->zoom = 1;
  self->selected = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  /* A click is a press and a release with the pointer still; a drag that
   * ends on a node does not open it. */
  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
psl_map_view_new (PslMapKind kind)
{
  return g_object_new (PSL_TYPE_MAP_VIEW, "kind", kind, NULL);
}

void
psl_map_view_set_map (PslMapView    *self,
                      PslPartnerMap *map)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PSL_IS_MAP_VIEW (self));

  forget_picture (self);
  g_clear_pointer (&self->map, psl_partner_map_unref);
  self->map = map != NULL ? psl_partner_map_ref (map) : NULL;
  self->selected = -1;
  self->zoom = 1;
  self->pan_x = self->pan_y = 0;
  if (map != NULL)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Partnership map of %u firm or partner; the list beside gives the same",
                                                "Partnership map of %u firms and partners; the list beside gives the same",
                                                map->nodes->len - 1),
                                   map->nodes->len - 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description != NULL ? description : _("Partnership map"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
psl_map_view_get_selected (PslMapView *self)
{
  g_return_val_if_fail (PSL_IS_MAP_VIEW (self), -1);
  return self->selected;
}

void
psl_map_view_select (PslMapView *self,
                     int         index)
{
  g_return_if_fail (PSL_IS_MAP_VIEW (self));

  if (self->map == NULL || index >= (int) self->map->nodes->len || index == self->selected)
    return;
  self->selected = index;
  forget_painting (self);
}

double
psl_map_view_get_zoom (PslMapView *self)
{
  g_return_val_if_fail (PSL_IS_MAP_VIEW (self), 1);
  return self->zoom;
}

void
psl_map_view_zoom_at (PslMapView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  double zoom = CLAMP (self->zoom * factor, 1, MAX_ZOOM);

  g_return_if_fail (PSL_IS_MAP_VIEW (self));

  if (zoom == self->zoom)
    return;
  /* The point under the pointer stays under it. */
  self->pan_x = x - (x - self->pan_x) * zoom / self->zoom;
  self->pan_y = y - (y - self->pan_y) * zoom / self->zoom;
  self->zoom = zoom;
  clamp_pan (self);
  forget_painting (self);
}

void
psl_map_view_pan (PslMapView *self,
                  double      dx,
                  double      dy)
{
  g_return_if_fail (PSL_IS_MAP_VIEW (self));

  self->pan_x += dx;
  self->pan_y += dy;
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PslMapPicture *
psl_map_view_get_picture (PslMapView *self)
{
  g_return_val_if_fail (PSL_IS_MAP_VIEW (self), NULL);
  return self->picture;
}

gboolean
psl_map_view_node_point (PslMapView *self,
                         guint       index,
                         double     *x,
                         double     *y)
{
  const PslMapSpot *spot;

  g_return_val_if_fail (PSL_IS_MAP_VIEW (self), FALSE);

  if (self->picture == NULL || index >= self->picture->spots->len)
    return FALSE;
  spot = &g_array_index (self->picture->spots, PslMapSpot, index);
  *x = spot->x + self->pan_x;
  *y = spot->y + self->pan_y;
  return TRUE;
}
