/* psl-array-model.c — a list model over an array of objects, replaced whole
 *
 * The views of GTK 4.8 make widgets for up to 200 rows of their model at
 * once, inside the change that adds them: a table of seven columns filled
 * from empty makes 1,400 widgets before it can draw again (a quarter of a
 * second).  So a model that grows from fewer than that many rows shows
 * them a step at a time, one step per turn of the main loop, below the
 * drawing's priority; past them, the rest at once, as no more widgets are
 * made.  Until then it says it is growing, and the count it gives the
 * views is what they have been shown.
 */

#include "config.h"

#include <string.h>

#include "psl-array-model.h"

/* The rows a view of GTK 4.8 makes widgets for, and how many a step adds. */
#define ROWS_MADE     200
#define ROWS_PER_STEP 25

struct _PslArrayModel
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
  guint      shown;      /* the first rows of items the views were told of */
  guint      grow_id;
  gboolean   hidden;     /* the views are told of no row */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PslArrayModel, psl_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return PSL_ARRAY_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return PSL_ARRAY_MODEL (model)->shown;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PslArrayModel *self = PSL_ARRAY_MODEL (model);

  if (position >= self->shown)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
psl_array_model_finalize (GObject *object)
{
  PslArrayModel *self = (PslArrayModel *) object;

  g_clear_handle_id (&self->grow_id, g_source_remove);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_array_model_parent_class)->finalize (object);
}

static void
psl_array_model_class_init (PslArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = psl_array_model_finalize;
}

static void
psl_array_model_init (PslArrayModel *self)
{
}

PslArrayModel *
psl_array_model_new (GType item_type)
{
  PslArrayModel *self = g_object_new (PSL_TYPE_ARRAY_MODEL, NULL);

  self->item_type = item_type;
  return self;
}

/* Where the views are told the rows stop next: a step further while they
 * make widgets, else the end. */
static guint
next_stop (PslArrayModel *self,
           guint          from)
{
  guint len = psl_array_model_get_len (self);

  return from < ROWS_MADE ? MIN (len, from + ROWS_PER_STEP) : len;
}

static gboolean
grow_cb (gpointer data)
{
  PslArrayModel *self = data;
  guint from = self->shown;

  self->shown = next_stop (self, from);
  if (self->shown == psl_array_model_get_len (self))
    self->grow_id = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), from, 0, self->shown - from);
  return self->grow_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
psl_array_model_set_items (PslArrayModel *self,
                           GPtrArray     *items)
{
  guint removed;

  g_return_if_fail (PSL_IS_ARRAY_MODEL (self));

  /* The same rows again (a key that keeps what was kept, the rest of a
   * list read in parts): the view keeps its place and its selection. */
  if (items != NULL && self->items != NULL && self->items->len == items->len && items->len > 0
      && memcmp (self->items->pdata, items->pdata, items->len * sizeof (gpointer)) == 0)
    return;
  removed = self->shown;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items != NULL ? g_ptr_array_ref (items) : NULL;
  if (self->hidden)
    {
      /* Read again while hidden: the rows told before are gone. */
      g_clear_handle_id (&self->grow_id, g_source_remove);
      self->shown = 0;
      if (removed > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
      return;
    }
  /* The rows the views have widgets for are rebound at once; more are
   * added a step at a time. */
  self->shown = next_stop (self, removed);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  if (self->shown < psl_array_model_get_len (self))
    self->grow_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, self, NULL);
  /* One change for the whole: the views rebind only the rows on screen. */
  if (removed > 0 || self->shown > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->shown);
}

guint
psl_array_model_get_len (PslArrayModel *self)
{
  g_return_val_if_fail (PSL_IS_ARRAY_MODEL (self), 0);
  return self->items != NULL ? self->items->len : 0;
}

gboolean
psl_array_model_is_growing (PslArrayModel *self)
{
  g_return_val_if_fail (PSL_IS_ARRAY_MODEL (self), FALSE);
  return self->grow_id != 0 && !self->hidden;
}

/* Hidden, the views are told the rows go, and let go of the widgets they
 * made for them (GTK 4.8 keeps 200 rows' worth, some 20 MB for a table):
 * those past the 200 at once, as they have none, then the others a step
 * at a time from the end, as destroying 200 rows' widgets at once held a
 * frame as long as making them.  Shown again, the rows come back a step
 * at a time, as when they were first set. */
static gboolean
shrink_cb (gpointer data)
{
  PslArrayModel *self = data;
  guint to = self->shown > ROWS_MADE ? ROWS_MADE : self->shown - MIN (self->shown, ROWS_PER_STEP);
  guint removed = self->shown - to;

  self->shown = to;
  if (to == 0)
    self->grow_id = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), to, removed, 0);
  return to > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
psl_array_model_set_hidden (PslArrayModel *self,
                            gboolean       hidden)
{
  g_return_if_fail (PSL_IS_ARRAY_MODEL (self));

  if (self->hidden == !!hidden)
    return;
  self->hidden = !!hidden;
  /* Growing or shrinking, it goes the other way from where it is. */
  g_clear_handle_id (&self->grow_id, g_source_remove);
  if (hidden && self->shown > 0)
    self->grow_id = g_idle_add_full (G_PRIORITY_LOW, shrink_cb, self, NULL);
  else if (!hidden && self->shown < psl_array_model_get_len (self))
    {
      guint from = self->shown;

      /* The first step at once, so that a table shown has rows at its first frame. */
      self->shown = next_stop (self, from);
      g_list_model_items_changed (G_LIST_MODEL (self), from, 0, self->shown - from);
      if (self->shown < psl_array_model_get_len (self))
        self->grow_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, self, NULL);
    }
}

void
psl_array_model_show_all (PslArrayModel *self)
{
  g_return_if_fail (PSL_IS_ARRAY_MODEL (self));

  /* What asks for every row (an export) has them, hidden or not. */
  psl_array_model_set_hidden (self, FALSE);
  if (self->grow_id != 0)
    {
      guint from = self->shown;

      g_clear_handle_id (&self->grow_id, g_source_remove);
      self->shown = psl_array_model_get_len (self);
      g_list_model_items_changed (G_LIST_MODEL (self), from, 0, self->shown - from);
    }
}
