/* psl-array-model.c — a list model over an array of objects, replaced whole */

#include "config.h"

#include <string.h>

#include "psl-array-model.h"

struct _PslArrayModel
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
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
  return psl_array_model_get_len (PSL_ARRAY_MODEL (model));
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PslArrayModel *self = PSL_ARRAY_MODEL (model);

  if (self->items == NULL || position >= self->items->len)
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

void
psl_array_model_set_items (PslArrayModel *self,
                           GPtrArray     *items)
{
  guint removed;

  g_return_if_fail (PSL_IS_ARRAY_MODEL (self));

  removed = psl_array_model_get_len (self);
  /* The same rows again (a key that keeps what was kept, the rest of a
   * list read in parts): the view keeps its place and its selection. */
  if (items != NULL && removed == items->len && removed > 0
      && memcmp (self->items->pdata, items->pdata, removed * sizeof (gpointer)) == 0)
    return;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items != NULL ? g_ptr_array_ref (items) : NULL;
  /* One change for the whole: the views rebind only the rows on screen. */
  if (removed > 0 || psl_array_model_get_len (self) > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, psl_array_model_get_len (self));
}

guint
psl_array_model_get_len (PslArrayModel *self)
{
  g_return_val_if_fail (PSL_IS_ARRAY_MODEL (self), 0);
  return self->items != NULL ? self->items->len : 0;
}
