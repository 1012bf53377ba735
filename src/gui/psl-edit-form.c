/* psl-edit-form.c — a record's fields edited in place, each saved as soon as the typing pauses
 *
 * A value that breaks a rule is shown on its row and not saved, so that
 * the last good one stays in the database.  Rows of consecutive equal
 * group titles share a group; the groups are added to a page in order.
 */

#define G_LOG_DOMAIN "psl-edit-form"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-edit-form.h"

struct _PslEditForm
{
  PslStore         *store;
  const PslField   *fields;
  const PslFormRow *form_rows;
  PslRecordSetFunc  set;
  PslEditFormSaved  saved;
  gpointer          user_data;
  char             *id;
  GPtrArray        *rows;     /* GtkWidget, one per form row, owned by their groups */
};

static void
on_row_save_cb (GtkWidget *row,
                gpointer   user_data)
{
  PslEditForm *self = user_data;
  const char *column = psl_field_row_get_column (row);
  g_autofree char *value = psl_field_row_get_value (row);
  g_autoptr(GError) error = NULL;

  if (self->id == NULL)
    return;
  if (!self->set (self->store, self->id, column, value, &error))
    {
      psl_field_row_set_problem (row, error->message);
      return;
    }
  psl_field_row_set_problem (row, NULL);
  if (self->saved != NULL)
    self->saved (column, self->user_data);
}

PslEditForm *
psl_edit_form_new (PslStore         *store,
                   const PslField   *fields,
                   const PslFormRow *rows,
                   PslRecordSetFunc  set,
                   PslEditFormSaved  saved,
                   gpointer          user_data)
{
  PslEditForm *self = g_new0 (PslEditForm, 1);

  self->store = g_object_ref (store);
  self->fields = fields;
  self->form_rows = rows;
  self->set = set;
  self->saved = saved;
  self->user_data = user_data;
  self->rows = g_ptr_array_new ();
  return self;
}

void
psl_edit_form_add_to (PslEditForm        *self,
                      AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = NULL;
  const char *title = NULL;

  for (const PslFormRow *r = self->form_rows; r->column != NULL; r++)
    {
      GtkWidget *row = psl_field_row_new_for (self->store, self->fields, r, NULL);

      if (group == NULL || g_strcmp0 (r->group, title) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          if (r->group != NULL)
            adw_preferences_group_set_title (group, _(r->group));
          adw_preferences_page_add (page, group);
          title = r->group;
        }
      psl_field_row_watch (row, on_row_save_cb, self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* Shows the record id; what was typed for the previous one is saved first. */
void
psl_edit_form_fill (PslEditForm *self,
                    const char  *id,
                    GHashTable  *values)
{
  psl_edit_form_flush (self);
  g_free (self->id);
  self->id = g_strdup (id);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      psl_field_row_set_value (row, values != NULL ? g_hash_table_lookup (values, psl_field_row_get_column (row))
                                                   : NULL);
      psl_field_row_set_problem (row, NULL);
    }
}

/* Typing that waits for its pause is saved now: nothing typed is lost. */
void
psl_edit_form_flush (PslEditForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    psl_field_row_flush (g_ptr_array_index (self->rows, i));
}

GtkWidget *
psl_edit_form_get_row (PslEditForm *self,
                       const char  *column)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (psl_field_row_get_column (g_ptr_array_index (self->rows, i)), column) == 0)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

/* Call before the rows' page is disposed, so that the last typing is kept. */
void
psl_edit_form_free (PslEditForm *self)
{
  if (self == NULL)
    return;
  psl_edit_form_flush (self);
  g_ptr_array_unref (self->rows);
  g_object_unref (self->store);
  g_free (self->id);
  g_free (self);
}
