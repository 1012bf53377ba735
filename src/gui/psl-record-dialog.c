/* psl-record-dialog.c — a window to add or edit one record, built from the description of its form
 *
 * A record is saved whole when the window is confirmed, in one
 * transaction (psl_record_save): a refused value keeps the window open
 * with the reason on its row.  Cancel and Escape leave the database as it
 * was.  Contacts, opportunities and the other short records share it.
 */

#define G_LOG_DOMAIN "psl-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-contact.h"
#include "psl-record-dialog.h"
#include "psl-toast.h"

struct _PslRecordDialog
{
  PslSheet             parent_instance;

  PslStore            *store;
  const PslRecordForm *form;
  char                *parent_id;
  char                *id;          /* NULL for a new record */
  GHashTable          *loaded;      /* column → value as it was; NULL for a new one */
  GPtrArray           *rows;        /* one per form row, in order */
};

G_DEFINE_FINAL_TYPE (PslRecordDialog, psl_record_dialog, PSL_TYPE_SHEET)


static void
build_form (PslRecordDialog *self,
            GHashTable      *values)
{
  AdwPreferencesGroup *group = NULL;
  const char *group_title = NULL;

  for (const PslFormRow *r = self->form->rows; r->column != NULL; r++)
    {
      GtkWidget *row;

      if (r->kind == PSL_FORM_CONTACT)
        {
          /* The contacts of the record's own firm when it names one (a
           * placement), else of its parent's. */
          const char *firm = values != NULL ? g_hash_table_lookup (values, "company_id") : NULL;
          g_autoptr(GPtrArray) contacts = psl_contact_choices (self->store, firm != NULL ? firm : self->parent_id);

          row = psl_field_row_new_combo (psl_record_find_field (self->form->fields, r->column), contacts, TRUE);
        }
      else
        row = psl_field_row_new_for (self->store, self->form->fields, r, self->parent_id);
      if (group == NULL || g_strcmp0 (r->group, group_title) != 0)
        {
          group = psl_sheet_add_group (PSL_SHEET (self), r->group != NULL ? _(r->group) : NULL, NULL);
          group_title = r->group;
        }
      /* Enter in any line confirms the window, as in a dialog. */
      if (ADW_IS_ENTRY_ROW (row))
        adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
      adw_preferences_group_add (group, row);
      psl_field_row_set_value (row, values != NULL ? g_hash_table_lookup (values, r->column) : NULL);
      g_ptr_array_add (self->rows, row);
    }
}

static gboolean
same_value (const char *a,
            const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static gboolean
accept (PslSheet *sheet)
{
  return psl_record_dialog_save (PSL_RECORD_DIALOG (sheet));
}

static void
psl_record_dialog_dispose (GObject *object)
{
  PslRecordDialog *self = PSL_RECORD_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->loaded, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_record_dialog_parent_class)->dispose (object);
}

static void
psl_record_dialog_finalize (GObject *object)
{
  PslRecordDialog *self = PSL_RECORD_DIALOG (object);

  g_free (self->parent_id);
  g_free (self->id);
  G_OBJECT_CLASS (psl_record_dialog_parent_class)->finalize (object);
}

static void
psl_record_dialog_class_init (PslRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = psl_record_dialog_dispose;
  object_class->finalize = psl_record_dialog_finalize;

  /* (id) of the record just added or changed */

  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_record_dialog_init (PslRecordDialog *self)
{
  self->rows = g_ptr_array_new ();
}

/* id NULL adds a record under parent_id, its rows filled from defaults
 * (column → value, may be NULL); otherwise edits the record id, or
 * returns NULL with error when it is no longer in the database.  The
 * caller gives the window its title. */
PslRecordDialog *
psl_record_dialog_new (GtkWindow           *parent,
                       PslStore            *store,
                       const PslRecordForm *form,
                       const char          *parent_id,
                       const char          *id,
                       GHashTable          *defaults,
                       GError             **error)
{
  g_autoptr(GHashTable) loaded = NULL;
  PslRecordDialog *self;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);
  g_return_val_if_fail (form != NULL, NULL);

  if (id != NULL && (loaded = psl_record_load (store, form->table, form->fields, id, error)) == NULL)
    return NULL;

  self = g_object_new (PSL_TYPE_RECORD_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->form = form;
  self->parent_id = g_strdup (parent_id);
  self->id = g_strdup (id);
  self->loaded = g_steal_pointer (&loaded);
  build_form (self, self->loaded != NULL ? self->loaded : defaults);
  psl_sheet_set_accept_label (PSL_SHEET (self), id != NULL ? _("_Save") : _("_Add"));
  return self;
}

GtkWidget *
psl_record_dialog_get_row (PslRecordDialog *self,
                           const char      *column)
{
  g_return_val_if_fail (PSL_IS_RECORD_DIALOG (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (self->form->rows[i].column, column) == 0)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

/* What the row of column holds now, typed or chosen. */
char *
psl_record_dialog_get_value (PslRecordDialog *self,
                             const char      *column)
{
  GtkWidget *row = psl_record_dialog_get_row (self, column);

  return row != NULL ? psl_field_row_get_value (row) : NULL;
}

/* What the confirm button does: saves what changed, or keeps the window
 * open with the reason on the refused row.  TRUE when saved. */
gboolean
psl_record_dialog_save (PslRecordDialog *self)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) all = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const char *refused = NULL;

  g_return_val_if_fail (PSL_IS_RECORD_DIALOG (self), FALSE);

  /* Only what changed is written: the other columns keep their stamps. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *column = self->form->rows[i].column;
      g_autofree char *value = psl_field_row_get_value (g_ptr_array_index (self->rows, i));

      psl_field_row_set_problem (g_ptr_array_index (self->rows, i), NULL);
      g_hash_table_insert (all, (gpointer) column, g_strdup (value));
      if (self->loaded != NULL && same_value (value, g_hash_table_lookup (self->loaded, column)))
        continue;
      g_ptr_array_add (columns, (gpointer) column);
      g_ptr_array_add (values, g_steal_pointer (&value));
    }
  g_ptr_array_add (columns, NULL);

  if (self->form->check == NULL || self->form->check (all, &refused, &error))
    id = psl_record_save (self->store, self->form->table, self->form->fields, self->form->create,
                          self->parent_id, self->id,
                          (const char * const *) columns->pdata, (const char * const *) values->pdata,
                          &refused, &error);
  if (id == NULL)
    {
      GtkWidget *row = psl_record_dialog_get_row (self, refused);

      if (row == NULL)
        row = g_ptr_array_index (self->rows, 0);
      psl_field_row_set_problem (row, error->message);
      psl_sheet_show_problem (PSL_SHEET (self), error->message);
      gtk_widget_grab_focus (row);
      return FALSE;
    }

  if (self->form->after_save != NULL)
    {
      g_autofree char *said = self->form->after_save (self->store, id);
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      if (said != NULL && parent != NULL)
        psl_toast_window_message (parent, said);
    }
  psl_sheet_saved (PSL_SHEET (self), id);
  return TRUE;
}
