/* psl-page.c — what every page of the window does with its read: read when shown, again after a write, never twice at once
 *
 * A page hidden behind another reads nothing: a write marks it stale, and
 * it reads when it is next shown — once its first frame is painted, so
 * that the window shows before any read competes with it for the disk and
 * the processor (the home page's figures come after the window's first
 * frame).  A page shown reads at once after a write, cancelling the read
 * still running, so that only the latest one's rows are shown.
 */

#define G_LOG_DOMAIN "psl-page"

#include "config.h"

#include "psl-list-box.h"
#include "psl-page.h"
#include "psl-store.h"
#include "psl-toast.h"

typedef struct
{
  GCancellable *cancellable;   /* the read under way, or NULL */
  gboolean      stale;         /* to read once shown */
  GdkFrameClock *clock;        /* waited on for the first frame once shown */
  gulong        painted_id;
} PslPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PslPage, psl_page, GTK_TYPE_WIDGET)

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
  G_OBJECT_CLASS (klass)->dispose = psl_page_dispose;
  GTK_WIDGET_CLASS (klass)->map = psl_page_map;
  GTK_WIDGET_CLASS (klass)->unmap = psl_page_unmap;
}

static void
psl_page_init (PslPage *self)
{
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
  priv->cancellable = g_cancellable_new ();
  if (PSL_PAGE_GET_CLASS (self)->load != NULL)
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
