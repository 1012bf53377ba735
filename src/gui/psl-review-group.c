/* psl-review-group.c — the values of a record an import kept for checking
 *
 * Each value the file had and the rules refused is shown with the reason
 * and the line it came from.  Saving a valid value in the field removes
 * it (the page reloads the group after each save); "Checked" removes it
 * when the record is right as it is.  The group hides when none is left.
 */

#define G_LOG_DOMAIN "psl-review-group"

#include "config.h"

#include <string.h>
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

/* "Sector: “Économie sociale”" */
static char *
mark_title (const PslField      *fields,
            PslImportReviewItem *item)
{
  const PslField *field = psl_record_find_field (fields, item->field);

  /* Translators: a field and the value an imported file gave it */
  return g_strdup_printf (_("%s: “%s”"), field != NULL ? _(field->label) : item->field,
                          item->value != NULL ? item->value : "");
}

static GtkWidget *
make_row (PslReviewGroup      *self,
          PslImportReviewItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Checked"));
  g_autofree char *title = mark_title (self->fields, item);
  g_autofree char *subtitle = NULL;

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
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (PSL_IS_REVIEW_GROUP (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_marks = 0;

  if (self->store != NULL && self->record_id != NULL)
    items = psl_import_review_list (self->store, self->table, self->record_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
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

typedef struct
{
  PslStore            *store;
  char                *table;
  char                *record_id;
  PslReviewClearedFunc cleared;
  gpointer             data;
} RowMarks;

static void
row_marks_free (RowMarks *marks)
{
  g_object_unref (marks->store);
  g_free (marks->table);
  g_free (marks->record_id);
  g_free (marks);
}

static void
on_row_checked_cb (GtkButton *button,
                   RowMarks  *marks)
{
  g_autoptr(GError) error = NULL;

  if (!psl_import_review_clear (marks->store, marks->table, marks->record_id, NULL, &error))
    {
      psl_toast_show (GTK_WIDGET (button), adw_toast_new (error->message));
      return;
    }
  marks->cleared (marks->data);
}

/* A row of a list (a contact, an exchange of the journal) whose record an
 * import kept values of for checking: "To check" beside it, each value
 * with its reason under its own text, and "Checked" to remove the marks.
 * Saving a valid value in the field removes its mark too (psl_record_set).
 * Returns how many marks the record has. */
guint
psl_review_mark_row (AdwActionRow        *row,
                     PslStore            *store,
                     const char          *table,
                     const PslField      *fields,
                     const char          *record_id,
                     PslReviewClearedFunc cleared,
                     gpointer             data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_import_review_list (store, table, record_id, &error);
  g_autoptr(GString) subtitle = NULL;
  GtkWidget *box, *label, *button;
  RowMarks *marks;
  gboolean markup = adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row));

  psl_toast_error (GTK_WIDGET (row), &error);
  if (items == NULL || items->len == 0)
    return 0;

  subtitle = g_string_new (adw_action_row_get_subtitle (row));
  for (guint i = 0; i < items->len; i++)
    {
      PslImportReviewItem *item = g_ptr_array_index (items, i);
      g_autofree char *title = mark_title (fields, item);
      /* The reason names the value, mostly: then it says all. */
      g_autofree char *line = item->value != NULL && item->reason != NULL && strstr (item->reason, item->value) != NULL
        /* Translators: a value kept to check, under a contact or an exchange: why */
        ? g_strdup_printf (_("To check — %s"), item->reason)
        /* Translators: a value kept to check, under a contact or an exchange: the field and value, then why */
        : g_strdup_printf (_("To check — %s: %s"), title, item->reason);
      g_autofree char *escaped = markup ? g_markup_escape_text (line, -1) : g_strdup (line);

      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, escaped);
    }
  adw_action_row_set_subtitle (row, subtitle->str);
  adw_action_row_set_subtitle_lines (row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (row), "warning");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new (_("To check"));
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_add_css_class (label, "caption-heading");
  button = gtk_button_new_with_mnemonic (_("_Checked"));
  gtk_widget_set_tooltip_text (button, _("The record is right as it is: remove this mark"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  adw_action_row_add_suffix (row, box);

  marks = g_new0 (RowMarks, 1);
  marks->store = g_object_ref (store);
  marks->table = g_strdup (table);
  marks->record_id = g_strdup (record_id);
  marks->cleared = cleared;
  marks->data = data;
  g_signal_connect_data (button, "clicked", G_CALLBACK (on_row_checked_cb), marks,
                         (GClosureNotify) (void (*) (void)) row_marks_free, 0);
  return items->len;
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
