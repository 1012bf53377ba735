/* psl-chart-window.c — a window beside the main one that shows a chart or a grid and prints it as a document
 *
 * The diagnostic, the positioning, the action plan and the quadrant are
 * filled in or looked at in a window of their own, the same each time: a
 * header bar with the title and a print button, Ctrl+P to print, Escape
 * and Ctrl+W to close, texts still typed saved before either, the chart
 * drawn by src/draw as it is printed.  A subclass's template has this
 * window as its parent and gives its body (under the header bar), its
 * chart, and what it adds to the header bar as properties; it says what
 * it draws and which document it prints.
 */

#define G_LOG_DOMAIN "psl-chart-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-chart-window.h"
#include "psl-document-window.h"
#include "psl-toast.h"

typedef struct
{
  PslStore       *store;
  GtkDrawingArea *chart;       /* in the body, or NULL */
  char           *print_label;

  GtkBox         *box;
  AdwHeaderBar   *header_bar;
  AdwWindowTitle *window_title;
} PslChartWindowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PslChartWindow, psl_chart_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BODY,
  PROP_CHART,
  PROP_START_WIDGET,
  PROP_END_WIDGET,
  PROP_PRINT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The area's draw function: white, as on paper, under what the subclass draws. */
static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer window)
{
  PslChartWindow *self = window;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (PSL_CHART_WINDOW_GET_CLASS (self)->draw != NULL)
    PSL_CHART_WINDOW_GET_CLASS (self)->draw (self, cr, width, height);
}

static void
flush (PslChartWindow *self)
{
  if (PSL_CHART_WINDOW_GET_CLASS (self)->flush != NULL)
    PSL_CHART_WINDOW_GET_CLASS (self)->flush (self);
}

static void
on_document_made_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PslChartWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_store_run_finish (PSL_STORE (source), result, &error);

  psl_chart_window_set_printable (self, TRUE);
  if (doc == NULL)
    psl_toast_message (GTK_WIDGET (self), error->message);
  else if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_WINDOW (self), doc)));
}

void
psl_chart_window_show_document (PslChartWindow *self,
                                PslStoreJob     job)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);

  g_return_if_fail (PSL_IS_CHART_WINDOW (self));

  psl_chart_window_set_printable (self, FALSE);
  psl_store_run_async (priv->store, job, NULL, NULL, (GDestroyNotify) psl_document_unref, NULL,
                       on_document_made_cb, g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslChartWindow *self = PSL_CHART_WINDOW (widget);
  PslChartWindowClass *klass = PSL_CHART_WINDOW_GET_CLASS (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;

  flush (self);
  if (klass->document_job != NULL)
    {
      psl_chart_window_show_document (self, klass->document_job);
      return;
    }
  if ((doc = klass->make_document (self, &error)) == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_WINDOW (self), doc)));
}

void
psl_chart_window_class_set_print_action (GtkWidgetClass *widget_class,
                                         const char     *name)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), PSL_TYPE_CHART_WINDOW));

  PSL_CHART_WINDOW_CLASS (widget_class)->print_action = name;
  gtk_widget_class_install_action (widget_class, name, NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, name, NULL);
}

static gboolean
psl_chart_window_close_request (GtkWindow *window)
{
  flush (PSL_CHART_WINDOW (window));
  return GTK_WINDOW_CLASS (psl_chart_window_parent_class)->close_request (window);
}

/* After the subclass's template: its own buttons are in the header bar,
 * the print button goes left of them. */
static void
psl_chart_window_constructed (GObject *object)
{
  PslChartWindow *self = PSL_CHART_WINDOW (object);
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);
  const char *print_action = PSL_CHART_WINDOW_GET_CLASS (self)->print_action;

  G_OBJECT_CLASS (psl_chart_window_parent_class)->constructed (object);
  adw_window_title_set_title (priv->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  if (print_action != NULL)
    {
      GtkWidget *print = gtk_button_new_with_mnemonic (priv->print_label != NULL ? priv->print_label
                                                                                 : _("_Print or Export…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (print), print_action);
      adw_header_bar_pack_end (priv->header_bar, print);
    }
}

static void
psl_chart_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PslChartWindow *self = PSL_CHART_WINDOW (object);
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&priv->store, g_value_get_object (value));
      break;
    case PROP_BODY:
      gtk_box_append (priv->box, g_value_get_object (value));
      break;
    case PROP_CHART:
      priv->chart = g_value_get_object (value);
      gtk_drawing_area_set_draw_func (priv->chart, draw_cb, self, NULL);
      break;
    case PROP_START_WIDGET:
      adw_header_bar_pack_start (priv->header_bar, g_value_get_object (value));
      break;
    case PROP_END_WIDGET:
      adw_header_bar_pack_end (priv->header_bar, g_value_get_object (value));
      break;
    case PROP_PRINT_LABEL:
      g_free (priv->print_label);
      priv->print_label = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_chart_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (PSL_CHART_WINDOW (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
psl_chart_window_dispose (GObject *object)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (PSL_CHART_WINDOW (object));

  /* No gtk_widget_dispose_template(): GTK 4.8 looks the template up on
   * the subclass (see psl-sheet.c).  The window's content goes with it. */
  priv->chart = NULL;
  G_OBJECT_CLASS (psl_chart_window_parent_class)->dispose (object);
  g_clear_object (&priv->store);
}

static void
psl_chart_window_finalize (GObject *object)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (PSL_CHART_WINDOW (object));

  g_free (priv->print_label);
  G_OBJECT_CLASS (psl_chart_window_parent_class)->finalize (object);
}

static void
psl_chart_window_class_init (PslChartWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = psl_chart_window_constructed;
  object_class->set_property = psl_chart_window_set_property;
  object_class->get_property = psl_chart_window_get_property;
  object_class->dispose = psl_chart_window_dispose;
  object_class->finalize = psl_chart_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = psl_chart_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, PSL_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What the window shows under its header bar. */
  properties[PROP_BODY] = g_param_spec_object ("body", NULL, NULL, GTK_TYPE_WIDGET,
                                               G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  /* The area in the body the chart is drawn on. */
  properties[PROP_CHART] = g_param_spec_object ("chart", NULL, NULL, GTK_TYPE_DRAWING_AREA,
                                                G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_WIDGET] = g_param_spec_object ("start-widget", NULL, NULL, GTK_TYPE_WIDGET,
                                                       G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  /* Right of the print button. */
  properties[PROP_END_WIDGET] = g_param_spec_object ("end-widget", NULL, NULL, GTK_TYPE_WIDGET,
                                                     G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  /* The print button's label, with its mnemonic, when it is not "Print or Export". */
  properties[PROP_PRINT_LABEL] = g_param_spec_string ("print-label", NULL, NULL, NULL,
                                                      G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-chart-window.ui");
  gtk_widget_class_bind_template_child_private (widget_class, PslChartWindow, box);
  gtk_widget_class_bind_template_child_private (widget_class, PslChartWindow, header_bar);
  gtk_widget_class_bind_template_child_private (widget_class, PslChartWindow, window_title);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
psl_chart_window_init (PslChartWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslStore *
psl_chart_window_get_store (PslChartWindow *self)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);

  g_return_val_if_fail (PSL_IS_CHART_WINDOW (self), NULL);
  return priv->store;
}

AdwWindowTitle *
psl_chart_window_get_title (PslChartWindow *self)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);

  g_return_val_if_fail (PSL_IS_CHART_WINDOW (self), NULL);
  return priv->window_title;
}

void
psl_chart_window_redraw (PslChartWindow *self)
{
  PslChartWindowPrivate *priv = psl_chart_window_get_instance_private (self);

  g_return_if_fail (PSL_IS_CHART_WINDOW (self));
  if (priv->chart != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (priv->chart));
}

void
psl_chart_window_set_printable (PslChartWindow *self,
                                gboolean        printable)
{
  const char *print_action = PSL_CHART_WINDOW_GET_CLASS (self)->print_action;

  g_return_if_fail (PSL_IS_CHART_WINDOW (self));
  if (print_action != NULL)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), print_action, printable);
}
