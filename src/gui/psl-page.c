/* psl-page.c — what every page of the window does with its read: read when shown, again after a write, never twice at once
 *
 * A page hidden behind another reads nothing: a write marks it stale, and
 * it reads when it is next shown — once its first frame is painted, so
 * that the window shows before any read competes with it for the disk and
 * the processor (the home page's figures come after the window's first
 * frame).  A page shown reads at once after a write, cancelling the read
 * still running, so that only the latest one's rows are shown.
 *
 * A page is given its base once, as it is made (the "store" property): the
 * window makes each page the first time it is shown, so a page made with a
 * base has never read it and reads once shown.  A page without a load of
 * its own (a firm's or a person's page, read as it is opened; Rapports,
 * which makes a report when asked) still takes its base so.
 */

#define G_LOG_DOMAIN "psl-page"

#include "config.h"

#include "psl-list-box.h"
#include "psl-page.h"
#include "psl-store.h"
#include "psl-toast.h"
#include "psl-width-layout.h"

typedef struct
{
  PslStore     *store;
  GCancellable *cancellable;   /* the read under way, or NULL */
  gboolean      stale;         /* to read once shown */
  GdkFrameClock *clock;        /* waited on for the first frame once shown */
  gulong        painted_id;
} PslPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PslPage, psl_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
stop_waiting_for_frame (PslPage *self)
{
  PslPagePrivate *priv = psl_page_get_instance_private (self);

  if (priv->painted_id != 0)
    g_signal_handler_disconnect (priv->clock, priv->painted_id);
  priv->painted_id = 0;
  g_clear_object (&priv->clock);
}

static void
on_painted_cb (GdkFrameClock *clock,
               PslPage       *self)
{
  PslPagePrivate *priv = psl_page_get_instance_private (self);

  stop_waiting_for_frame (self);
  if (priv->stale)
    psl_page_reload (self);
}

static void
psl_page_map (GtkWidget *widget)
{
  PslPage *self = PSL_PAGE (widget);
  PslPagePrivate *priv = psl_page_get_instance_private (self);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (psl_page_parent_class)->map (widget);
  if (!priv->stale || priv->painted_id != 0)
    return;
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    {
      psl_page_reload (self);
      return;
    }
  priv->clock = g_object_ref (clock);
  priv->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted_cb), self);
  gtk_widget_queue_draw (widget);
}

static void
psl_page_unmap (GtkWidget *widget)
{
  stop_waiting_for_frame (PSL_PAGE (widget));
  GTK_WIDGET_CLASS (psl_page_parent_class)->unmap (widget);
}

static void
psl_page_constructed (GObject *object)
{
  PslPage *self = PSL_PAGE (object);
  PslPagePrivate *priv = psl_page_get_instance_private (self);

  G_OBJECT_CLASS (psl_page_parent_class)->constructed (object);
  /* Made with its base: read once shown (and painted). */
  if (priv->store != NULL && PSL_PAGE_GET_CLASS (self)->load != NULL)
    priv->stale = TRUE;
}

static void
psl_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PslPagePrivate *priv = psl_page_get_instance_private (PSL_PAGE (object));

  if (prop_id == PROP_STORE)
    g_value_set_object (value, priv->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
psl_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PslPagePrivate *priv = psl_page_get_instance_private (PSL_PAGE (object));

  if (prop_id == PROP_STORE)
    priv->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
psl_page_finalize (GObject *object)
{
  PslPagePrivate *priv = psl_page_get_instance_private (PSL_PAGE (object));

  g_clear_object (&priv->store);
  G_OBJECT_CLASS (psl_page_parent_class)->finalize (object);
}

static void
psl_page_dispose (GObject *object)
{
  PslPagePrivate *priv = psl_page_get_instance_private (PSL_PAGE (object));

  stop_waiting_for_frame (PSL_PAGE (object));
  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  G_OBJECT_CLASS (psl_page_parent_class)->dispose (object);
}

static void
psl_page_class_init (PslPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = psl_page_constructed;
  object_class->get_property = psl_page_get_property;
  object_class->set_property = psl_page_set_property;
  object_class->dispose = psl_page_dispose;
  object_class->finalize = psl_page_finalize;
  GTK_WIDGET_CLASS (klass)->map = psl_page_map;
  GTK_WIDGET_CLASS (klass)->unmap = psl_page_unmap;
  /* AdwViewStack asks each of its pages' width for its height. */
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), PSL_TYPE_WIDTH_LAYOUT);

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PSL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
psl_page_init (PslPage *self)
{
}

PslStore *
psl_page_get_store (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_val_if_fail (PSL_IS_PAGE (self), NULL);

  priv = psl_page_get_instance_private (self);
  return priv->store;
}

void
psl_page_reload (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_if_fail (PSL_IS_PAGE (self));

  priv = psl_page_get_instance_private (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || priv->painted_id != 0)
    {
      /* Hidden, or shown but not yet painted: read once it is. */
      priv->stale = TRUE;
      return;
    }
  priv->stale = FALSE;
  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  /* A page that reads nothing of its own is never loading. */
  if (PSL_PAGE_GET_CLASS (self)->load == NULL)
    return;
  priv->cancellable = g_cancellable_new ();
  PSL_PAGE_GET_CLASS (self)->load (self, priv->cancellable);
}

void
psl_page_mark_stale (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_if_fail (PSL_IS_PAGE (self));

  priv = psl_page_get_instance_private (self);
  priv->stale = TRUE;
}

void
psl_page_read_done (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_if_fail (PSL_IS_PAGE (self));

  priv = psl_page_get_instance_private (self);
  g_clear_object (&priv->cancellable);
}

gboolean
psl_page_is_loading (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_val_if_fail (PSL_IS_PAGE (self), FALSE);

  priv = psl_page_get_instance_private (self);
  return priv->cancellable != NULL;
}

void
psl_page_cancel (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_if_fail (PSL_IS_PAGE (self));

  priv = psl_page_get_instance_private (self);
  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
}

gboolean
psl_page_is_stale (PslPage *self)
{
  PslPagePrivate *priv;

  g_return_val_if_fail (PSL_IS_PAGE (self), FALSE);

  priv = psl_page_get_instance_private (self);
  return priv->stale;
}

void
psl_page_show_lines (PslPage        *self,
                     GObject        *source,
                     GAsyncResult   *result,
                     GtkListBox     *list,
                     GPtrArray     **lines,
                     PslPageMakeRow  make_row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (self);
  psl_list_box_remove_all (list);
  g_clear_pointer (lines, g_ptr_array_unref);
  if (read == NULL)
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      return;
    }
  for (guint i = 0; i < read->len; i++)
    gtk_list_box_append (list, make_row (g_ptr_array_index (read, i)));
  *lines = g_steal_pointer (&read);
}
