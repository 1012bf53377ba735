/* psl-array-model.h — a list model over an array of objects, replaced whole
 *
 * A table of 200,000 placements filtered as the user types cannot go
 * through GListStore (a tree: each item fetched walks it) nor
 * GtkFilterListModel (an object fetched, referenced and released per row
 * and per key): the table filters its array itself, in one pass, and hands
 * the rows kept to this model, which gives any of them at once.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PSL_TYPE_ARRAY_MODEL (psl_array_model_get_type ())
G_DECLARE_FINAL_TYPE (PslArrayModel, psl_array_model, PSL, ARRAY_MODEL, GObject)

PslArrayModel *psl_array_model_new       (GType          item_type);
/* items: GObjects of item_type, referenced by the array; NULL for none. */
void           psl_array_model_set_items (PslArrayModel *self,
                                          GPtrArray     *items);
/* Every row given, whether the views were told of them yet or not. */
guint          psl_array_model_get_len   (PslArrayModel *self);
/* The views are still being told of the rows, a step at a time. */
gboolean       psl_array_model_is_growing (PslArrayModel *self);
/* Tells them of every row now (before the model is read whole). */
void           psl_array_model_show_all  (PslArrayModel *self);
void           psl_array_model_set_hidden (PslArrayModel *self,
                                           gboolean       hidden);

G_END_DECLS
