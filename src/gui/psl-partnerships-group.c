/* psl-partnerships-group.c — the partnerships of a firm or of a partner, with their reviews
 *
 * The same group sits on a firm's Évaluation tab and on a partner's page:
 * a partnership opens in its window, and a review is recorded in one
 * click; a review that is due shows in warning colour.
 */

#define G_LOG_DOMAIN "psl-partnerships-group"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-method-sheet.h"
#include "psl-network-dialogs.h"
#include "psl-partner.h"
#include "psl-partnership-method.h"
#include "psl-partnerships-group.h"
#include "psl-list-box.h"
#include "psl-toast.h"

struct _PslPartnershipsGroup
{
  AdwPreferencesGroup  parent_instance;

  PslStore            *store;
  gboolean             of_partner;
  char                *owner_id;

  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (PslPartnershipsGroup, psl_partnerships_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
make_row (PslStore                 *store,
          const PslPartnershipLine *line,
          const char               *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *review = gtk_button_new_with_mnemonic (_("_Review…"));
  GtkWidget *method = gtk_button_new_with_mnemonic (_("_Method…"));
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *start = psl_format_date_short (line->start_date);
  g_autofree char *end = psl_format_date_short (line->end_date);
  g_autofree char *due = psl_format_date_short (line->review_on);
  g_autofree char *last = psl_format_date_short (line->last_review);
  g_autofree char *span = line->end_date != NULL ? g_strdup_printf (_("from %1$s to %2$s"), start, end)
                                                 : g_strdup_printf (_("since %s"), start);
  g_autofree char *due_text = line->review_on != NULL ? g_strdup_printf (_("review due on %s"), due) : NULL;
  g_autofree char *last_text = line->last_review != NULL ? g_strdup_printf (_("last reviewed on %s"), last) : NULL;
  gboolean overdue = line->review_on != NULL && g_strcmp0 (line->review_on, today) <= 0;

  psl_append_part (detail, line->instrument_label);
  psl_append_part (detail, span);
  psl_append_part (detail, line->staff_name);
  psl_append_part (detail, last_text);
  psl_append_part (detail, due_text);
  {
    /* Where the method stands; a fault reading it leaves the row as it
     * was, the method's own window saying what is wrong when opened. */
    g_autoptr(PslPartnershipMethod) method = psl_partnership_method_load (store, line->id, NULL);
    /* Translators: how far a partnership has gone in the seven steps of the method */
    g_autofree char *steps = method != NULL ? g_strdup_printf (_("method: %u/7 steps done"), method->steps_done)
                                            : NULL;

    psl_append_part (detail, steps);
  }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->type_label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (overdue)
    gtk_widget_add_css_class (row, "warning");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "partnerships.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);

  gtk_widget_set_valign (review, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (review), "partnerships.review");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (review), "s", line->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), review);

  /* The seven steps of the FNARS method, followed on this partnership. */
  gtk_widget_set_valign (method, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (method, _("The seven steps of the partnership method: what is done, what is left"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (method), "partnerships.method");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (method), "s", line->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), method);
  return row;
}

static void
open_dialog (PslPartnershipsGroup *self,
             PslRecordDialog      *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_partnerships_group_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PslPartnershipsGroup *self = PSL_PARTNERSHIPS_GROUP (widget);

  if (self->owner_id != NULL)
    open_dialog (self, psl_partnership_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                   self->of_partner, self->owner_id, NULL, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslPartnershipsGroup *self = PSL_PARTNERSHIPS_GROUP (widget);
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog = psl_partnership_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                        self->of_partner, self->owner_id,
                                                        g_variant_get_string (param, NULL), &error);

  if (dialog == NULL)
    psl_toast_message (widget, error->message);
  else
    open_dialog (self, dialog);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPartnershipsGroup *self = PSL_PARTNERSHIPS_GROUP (widget);

  open_dialog (self, psl_review_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                            g_variant_get_string (param, NULL)));
}

static void
method_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPartnershipsGroup *self = PSL_PARTNERSHIPS_GROUP (widget);
  g_autoptr(GError) error = NULL;
  PslMethodSheet *sheet = psl_method_sheet_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                g_variant_get_string (param, NULL), &error);

  if (sheet == NULL)
    {
      psl_toast_error (widget, &error);
      return;
    }
  g_signal_connect_object (sheet, "saved", G_CALLBACK (psl_partnerships_group_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (sheet));
}

static void
psl_partnerships_group_dispose (GObject *object)
{
  PslPartnershipsGroup *self = PSL_PARTNERSHIPS_GROUP (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->owner_id, g_free);
  G_OBJECT_CLASS (psl_partnerships_group_parent_class)->dispose (object);
}

static void
psl_partnerships_group_class_init (PslPartnershipsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_partnerships_group_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-partnerships-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPartnershipsGroup, list);
  gtk_widget_class_install_action (widget_class, "partnerships.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "partnerships.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "partnerships.review", "s", review_action);
  gtk_widget_class_install_action (widget_class, "partnerships.method", "s", method_action);
}

static void
psl_partnerships_group_init (PslPartnershipsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->list, _("No formal partnership yet."));
}

void
psl_partnerships_group_set_owner (PslPartnershipsGroup *self,
                                  PslStore             *store,
                                  gboolean              of_partner,
                                  const char           *owner_id)
{
  g_return_if_fail (PSL_IS_PARTNERSHIPS_GROUP (self));

  g_set_object (&self->store, store);
  self->of_partner = of_partner;
  g_free (self->owner_id);
  self->owner_id = g_strdup (owner_id);
  psl_partnerships_group_reload (self);
}

void
psl_partnerships_group_reload (PslPartnershipsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *today = psl_today_iso ();

  g_return_if_fail (PSL_IS_PARTNERSHIPS_GROUP (self));

  psl_list_box_remove_all (self->list);
  if (self->store == NULL || self->owner_id == NULL)
    return;
  lines = psl_partnership_list (self->store, self->of_partner, self->owner_id, &error);
  if (lines == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, make_row (self->store, g_ptr_array_index (lines, i), today));
}

GtkListBox *
psl_partnerships_group_get_list (PslPartnershipsGroup *self)
{
  g_return_val_if_fail (PSL_IS_PARTNERSHIPS_GROUP (self), NULL);
  return self->list;
}
