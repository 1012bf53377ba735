/* psl-wrap-box.c — a row of tools that wraps onto more lines when narrow */

#define G_LOG_DOMAIN "psl-wrap-box"

#include "config.h"

#include "psl-wrap-box.h"

struct _PslWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  int       row_spacing;
};

enum {
  PROP_0,
  PROP_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PslWrapBox, psl_wrap_box, GTK_TYPE_WIDGET)

static int
child_width (GtkWidget *child,
             int        available)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return MAX (minimum, MIN (natural, available));
}

/* Lays the children out in lines within width: calls place for each
 * child with its line's top and height once a line is complete, if
 * place is given; returns the height of all lines. */
typedef void (*PlaceFunc) (GtkWidget *child, int x, int y, int width, int height);

static int
lay_out (PslWrapBox *self,
         int         width,
         PlaceFunc   place)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));
  int y = 0;

  while (first != NULL)
    {
      GtkWidget *end = first;
      int used = 0, n_expand = 0, height = 0, n = 0;

      /* Which children go on this line: at least one. */
      for (; end != NULL; end = gtk_widget_get_next_sibling (end))
        {
          int w;

          if (!gtk_widget_should_layout (end))
            continue;
          w = child_width (end, width);
          if (n > 0 && used + self->spacing + w > width)
            break;
          used += (n > 0 ? self->spacing : 0) + w;
          n_expand += gtk_widget_compute_expand (end, GTK_ORIENTATION_HORIZONTAL);
          n++;
        }
      for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_should_layout (child))
          {
            int minimum;

            gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width (child, width),
                                &minimum, NULL, NULL, NULL);
            height = MAX (height, minimum);
          }

      if (place != NULL)
        {
          int extra = MAX (0, width - used);
          int x = 0;

          for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
            if (gtk_widget_should_layout (child))
              {
                int w = child_width (child, width);

                if (n_expand > 0 && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
                  {
                    int share = extra / n_expand;

                    w += share;
                    extra -= share;
                    n_expand--;
                  }
                place (child, x, y, w, height);
                x += w + self->spacing;
              }
        }

      if (n > 0)
        y += height + self->row_spacing;
      first = end;
    }
  return MAX (0, y - self->row_spacing);
}

static void
place_child (GtkWidget *child,
             int        x,
             int        y,
             int        width,
             int        height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static GtkSizeRequestMode
psl_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
psl_wrap_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  PslWrapBox *self = PSL_WRAP_BOX (widget);
  int widest = 0, all = 0, n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      {
        int child_min, child_nat;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
        widest = MAX (widest, child_min);
        all += child_nat + (n++ > 0 ? self->spacing : 0);
      }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The widest child alone on its line, or all on one line. */
      *minimum = widest;
      *natural = all;
    }
  else
    {
      /* With no width given, the narrowest's: GTK wants natural >= minimum. */
      *minimum = *natural = lay_out (self, for_size >= 0 ? for_size : widest, NULL);
    }
}

static void
psl_wrap_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  lay_out (PSL_WRAP_BOX (widget), width, place_child);
}

static void
psl_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (psl_wrap_box_parent_class)->dispose (object);
}

static void
psl_wrap_box_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PslWrapBox *self = PSL_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_wrap_box_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PslWrapBox *self = PSL_WRAP_BOX (object);
  int *field = prop_id == PROP_SPACING ? &self->spacing : &self->row_spacing;

  if (prop_id != PROP_SPACING && prop_id != PROP_ROW_SPACING)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field != g_value_get_int (value))
    {
      *field = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
psl_wrap_box_class_init (PslWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_wrap_box_dispose;
  object_class->get_property = psl_wrap_box_get_property;
  object_class->set_property = psl_wrap_box_set_property;
  widget_class->get_request_mode = psl_wrap_box_get_request_mode;
  widget_class->measure = psl_wrap_box_measure;
  widget_class->size_allocate = psl_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
psl_wrap_box_init (PslWrapBox *self)
{
  self->spacing = 6;
  self->row_spacing = 6;
}

GtkWidget *
psl_wrap_box_new (void)
{
  return g_object_new (PSL_TYPE_WRAP_BOX, NULL);
}

void
psl_wrap_box_append (PslWrapBox *self,
                     GtkWidget  *child)
{
  g_return_if_fail (PSL_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
