/* psl-prepare.c — what the user will likely open next, made once the worker and the main loop are free
 *
 * A firm's or a person's sheet is made before the first click on one:
 * made on the click, its making and the realizing of its widgets (30 to
 * 40 ms on a large file) held the frame that shows it.  Not while the
 * worker reads the list either: a sheet reads its choices at once, on the
 * main thread, and would wait for a read of tens of thousands of rows.
 * Nor in the turn of the main loop where the list's rows arrive: the two
 * together would be one long stall.  So: after the jobs asked so far, in
 * an idle of its own below the drawing's priority.
 */

#define G_LOG_DOMAIN "psl-prepare"

#include "config.h"

#include "psl-prepare.h"

typedef struct
{
  GSourceFunc   make;
  gpointer      data;
  GCancellable *cancellable;
} Prepare;

static void
prepare_free (Prepare *prepare)
{
  g_clear_object (&prepare->cancellable);
  g_free (prepare);
}

static gboolean
make_cb (gpointer data)
{
  Prepare *prepare = data;

  if (!g_cancellable_is_cancelled (prepare->cancellable))
    prepare->make (prepare->data);
  return G_SOURCE_REMOVE;
}

static void
on_jobs_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  Prepare *prepare = data;
  g_autoptr(GError) error = NULL;

  /* The asker went first (cancelled), or its base closed: nothing to make. */
  if (!psl_store_after_jobs_finish (PSL_STORE (source), result, &error)
      || g_cancellable_is_cancelled (prepare->cancellable))
    {
      prepare_free (prepare);
      return;
    }
  g_idle_add_full (G_PRIORITY_LOW, make_cb, prepare, (GDestroyNotify) prepare_free);
}

void
psl_prepare_later (PslStore     *store,
                   GCancellable *cancellable,
                   GSourceFunc   make,
                   gpointer      data)
{
  Prepare *prepare = g_new0 (Prepare, 1);

  g_return_if_fail (PSL_IS_STORE (store));
  g_return_if_fail (G_IS_CANCELLABLE (cancellable));

  prepare->make = make;
  prepare->data = data;
  prepare->cancellable = g_object_ref (cancellable);
  psl_store_after_jobs (store, cancellable, on_jobs_done_cb, prepare);
}
