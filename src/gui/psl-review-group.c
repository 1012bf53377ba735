/* psl-review-group.c — the values of a record an import kept for checking
 *
 * Each value the file had and the rules refused is shown with the reason
 * and the line it came from.  Saving a valid value in the field removes
 * it (the page reloads the group after each save); "Checked" removes it
 * when the record is right as it is.  The group hides when none is left.
 */

#define G_LOG_DOMAIN "psl-review-group"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-import-review.h"
#include "psl-review-group.h"
#include "psl-toast.h"

struct _PslReviewGroup
{
  AdwPreferencesGroup parent_instance;

  PslStore       *store;
  char           *table;
  const PslField *fields;
  char           *record_id;
  guint           n_marks;

  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (PslReviewGroup, psl_review_group, ADW_TYPE_PREFERENCES_GROUP)

static void
on_checked_clicked_cb (GtkButton      *button,
                       PslReviewGroup *self)
{
  const char *field = g_object_get_data (G_OBJECT (button), "field");
  g_autoptr(GError) error = NULL;

  if (!psl_import_review_clear (self->store, self->table, self->record_id, field, &error))
    psl_toast_show (GTK_WIDGET (self), adw_toast_new (error->message));
  psl_review_group_reload (self);
}

static GtkWidget *
make_row (PslReviewGroup      *self,
          PslImportReviewItem *item)
{
  const PslField *field = psl_record_find_field (self->fields, item->field);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Checked"));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a field and the value an imported file gave it */
  title = g_strdup_printf (_("%s: “%s”"), field != NULL ? _(field->label) : item->field,
                           item->value != NULL ? item->value : "");
  subtitle = item->source != NULL ? g_strdup_printf ("%s (%s)", item->reason, item->source)
                                  : g_strdup (item->reason);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "warning");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("The record is right as it is: remove this mark"));
  g_object_set_data_full (G_OBJECT (button), "field", g_strdup (item->field), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_checked_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
psl_review_group_reload (PslReviewGroup *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *child;

  g_return_if_fail (PSL_IS_REVIEW_GROUP (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_marks = 0;

  if (self->store != NULL && self->record_id != NULL)
    items = psl_import_review_list (self->store, self->table, self->record_id, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (items, i)));
  self->n_marks = items != NULL ? items->len : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), self->n_marks > 0);
}

void
psl_review_group_set_record (PslReviewGroup *self,
                             PslStore       *store,
                             const char     *table,
                             const PslField *fields,
                             const char     *record_id)
{
  g_return_if_fail (PSL_IS_REVIEW_GROUP (self));

  g_set_object (&self->store, store);
  g_free (self->table);
  self->table = g_strdup (table);
  self->fields = fields;
  g_free (self->record_id);
  self->record_id = g_strdup (record_id);
  psl_review_group_reload (self);
}

guint
psl_review_group_get_n_marks (PslReviewGroup *self)
{
  g_return_val_if_fail (PSL_IS_REVIEW_GROUP (self), 0);
  return self->n_marks;
}

static void
psl_review_group_dispose (GObject *object)
{
  PslReviewGroup *self = (PslReviewGroup *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_REVIEW_GROUP);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_review_group_parent_class)->dispose (object);
}

static void
psl_review_group_finalize (GObject *object)
{
  PslReviewGroup *self = (PslReviewGroup *) object;

  g_free (self->table);
  g_free (self->record_id);

  G_OBJECT_CLASS (psl_review_group_parent_class)->finalize (object);
}

static void
psl_review_group_class_init (PslReviewGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_review_group_dispose;
  object_class->finalize = psl_review_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-review-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PslReviewGroup, list);
}

static void
psl_review_group_init (PslReviewGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
