/* psl-record-list.c — a group listing the records one parent owns, to add, edit and delete them
 *
 * Barriers, confidential items, consents, commitments: each is a list of
 * small records of a person edited in a PslRecordDialog.  A row opens its
 * record; deleting only marks it, and the toast offers to undo.  The
 * group emits "changed" after any of these, for the page to refresh what
 * depends on them.
 */

#define G_LOG_DOMAIN "psl-record-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-record-list.h"
#include "privacy/psl-privacy.h"
#include "psl-toast.h"

struct _PslRecordList
{
  AdwPreferencesGroup      parent_instance;

  const PslRecordListSpec *spec;
  PslStore                *store;
  char                    *parent_id;
  GtkListBox              *list;
  GtkWidget               *add_button;
  guint                    n_lines;
  GPtrArray               *lines;      /* PslRecordLine, as listed */
};

G_DEFINE_FINAL_TYPE (PslRecordList, psl_record_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
reload_idle_cb (gpointer data)
{
  PslRecordList *self = data;

  if (self->store != NULL)
    {
      psl_record_list_reload (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return G_SOURCE_REMOVE;
}

/* Later, not now: the row whose button asked may not be removed while
 * its click is being handled. */
static void
on_saved_cb (PslRecordList *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, g_object_ref (self), g_object_unref);
}

static void
open_dialog (PslRecordList *self,
             const char    *id)
{
  g_autoptr(GHashTable) defaults = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->store == NULL)
    return;
  if (self->spec->dated_column != NULL)
    g_hash_table_insert (defaults, (gpointer) self->spec->dated_column, psl_today_iso ());
  dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                  self->spec->form, self->parent_id, id, id == NULL ? defaults : NULL, &error);
  if (dialog == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      psl_record_list_reload (self);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), _(id == NULL ? self->spec->new_title : self->spec->edit_title));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_dialog (PSL_RECORD_LIST (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  open_dialog (PSL_RECORD_LIST (widget), g_variant_get_string (param, NULL));
}

static void
set_deleted (PslRecordList *self,
             GVariant      *param,
             gboolean       deleted)
{
  g_autoptr(GError) error = NULL;

  if (!psl_record_set_deleted (self->store, self->spec->form->table, g_variant_get_string (param, NULL),
                               deleted, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  on_saved_cb (self);
  if (deleted)
    psl_toast_undo (GTK_WIDGET (self), _(self->spec->deleted), "record-list.restore", param);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  set_deleted (PSL_RECORD_LIST (widget), param, TRUE);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  set_deleted (PSL_RECORD_LIST (widget), param, FALSE);
}

static void
row_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PslRecordList *self = PSL_RECORD_LIST (widget);
  const PslRecordRowAction *action;
  g_autofree char *why_not = NULL;
  const char *id;
  guint index;

  g_variant_get (param, "(u&s)", &index, &id);
  if (self->store == NULL || self->spec->row_actions == NULL)
    return;
  action = &self->spec->row_actions[index];
  /* Asked again: the consent may have been withdrawn since the list was shown. */
  why_not = action->why_not != NULL ? action->why_not (self->store, id) : NULL;
  if (why_not != NULL)
    psl_toast_message (widget, why_not);
  else
    action->activate (widget, self->store, id);
}

static void
add_row_actions (PslRecordList *self,
                 GtkWidget     *row,
                 const char    *id)
{
  for (guint i = 0; self->spec->row_actions != NULL && self->spec->row_actions[i].icon_name != NULL; i++)
    {
      const PslRecordRowAction *action = &self->spec->row_actions[i];
      g_autofree char *why_not = action->why_not != NULL ? action->why_not (self->store, id) : NULL;
      GtkWidget *button;

      if (why_not != NULL && *why_not == '\0')
        continue;
      button = gtk_button_new_from_icon_name (action->icon_name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(action->tooltip), -1);
      if (why_not != NULL)
        {
          /* Not greyed out and silent: dimmed, and it says why. */
          g_autofree char *tooltip = g_strdup_printf ("%s\n%s", _(action->tooltip), why_not);

          gtk_widget_add_css_class (button, "dim-label");
          gtk_widget_set_tooltip_text (button, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why_not, -1);
        }
      else
        gtk_widget_set_tooltip_text (button, _(action->tooltip));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "record-list.row-action");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(us)", i, id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
}

static GtkWidget *
make_row (PslRecordList *self,
          PslRecordLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *trash = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line->subtitle);
  /* Confidential and not this reader's: said, never opened nor deleted. */
  if (line->sealed)
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("channel-secure-symbolic"));
      if (line->done)
        gtk_widget_add_css_class (row, "dim-label");
      return row;
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "record-list.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);
  if (line->done)
    gtk_widget_add_css_class (row, "dim-label");

  add_row_actions (self, row, line->id);
  gtk_widget_set_valign (trash, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (trash, _("Delete"));
  gtk_widget_add_css_class (trash, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (trash), "record-list.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (trash), "s", line->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), trash);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
line_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslRecordLine *line = data;

  psl_export_cell_text (cells, line->title);
  psl_export_cell_text (cells, line->subtitle);
  psl_export_cell_text (cells, line->done ? _("Yes") : _("No"));
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  PslRecordList *self = PSL_RECORD_LIST (widget);
  const char *headers[] = { self->spec->edit_title, N_("Details"), self->spec->done_header, NULL };

  if (self->spec->done_header == NULL)
    return NULL;
  /* A person's own records, on their page. */
  return psl_list_export_personal (psl_list_export_table (_(self->spec->title), headers, self->lines, line_cells));
}

static void
psl_record_list_dispose (GObject *object)
{
  PslRecordList *self = PSL_RECORD_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->parent_id, g_free);
  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_record_list_parent_class)->dispose (object);
}

static void
psl_record_list_class_init (PslRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_record_list_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "record-list.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "record-list.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "record-list.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "record-list.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "record-list.row-action", "(us)", row_action);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_record_list_init (PslRecordList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));

  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "record-list.add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);
}

PslRecordList *
psl_record_list_new (const PslRecordListSpec *spec)
{
  PslRecordList *self = g_object_new (PSL_TYPE_RECORD_LIST, NULL);

  self->spec = spec;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(spec->title));
  if (spec->description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), _(spec->description));
  /* Some records are made elsewhere (a placement, from an opportunity). */
  gtk_widget_set_visible (self->add_button, spec->add_tooltip != NULL);
  if (spec->add_tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (self->add_button, _(spec->add_tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(spec->add_tooltip), -1);
    }
  psl_list_box_set_placeholder_text (self->list, _(spec->empty));
  if (spec->done_header != NULL)
    psl_export_button_add_to (ADW_PREFERENCES_GROUP (self), "");
  return self;
}

void
psl_record_list_show (PslRecordList *self,
                      PslStore      *store,
                      const char    *parent_id)
{
  g_return_if_fail (PSL_IS_RECORD_LIST (self));

  g_set_object (&self->store, store);
  g_free (self->parent_id);
  self->parent_id = g_strdup (parent_id);
  psl_record_list_reload (self);
}

void
psl_record_list_reload (PslRecordList *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_RECORD_LIST (self));

  psl_list_box_remove_all (self->list);
  self->n_lines = 0;
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  if (self->store == NULL)
    return;
  lines = self->spec->lines (self->store, self->parent_id, &error);
  /* Not this staff member's to read: the list says so, and whom to ask. */
  gtk_widget_set_visible (self->add_button, self->spec->add_tooltip != NULL &&
                          !g_error_matches (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED));
  if (g_error_matches (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), psl_privacy_has_confidential (self->store, self->parent_id)
                                                              ? _("Something confidential is recorded")
                                                              : _("Nothing confidential is shown to you"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("channel-secure-symbolic"));
      gtk_list_box_append (self->list, row);
      return;
    }
  if (lines == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (lines, i)));
  self->n_lines = lines->len;
  self->lines = g_steal_pointer (&lines);
}

guint
psl_record_list_get_n_lines (PslRecordList *self)
{
  g_return_val_if_fail (PSL_IS_RECORD_LIST (self), 0);
  return self->n_lines;
}
