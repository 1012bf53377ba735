/* psl-trades-group.c — a firm's trades, and whether it hires for them
 *
 * The trades say what jobs a firm can show the people accompanied; those
 * it hires for come first.  A trade opens in its window and is deleted
 * with undo.
 */

#define G_LOG_DOMAIN "psl-trades-group"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-competence-dialog.h"
#include "psl-list-box.h"
#include "psl-record-dialog.h"
#include "psl-toast.h"
#include "psl-trades-group.h"

struct _PslTradesGroup
{
  AdwPreferencesGroup  parent_instance;

  PslStore            *store;
  char                *company_id;

  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (PslTradesGroup, psl_trades_group, ADW_TYPE_PREFERENCES_GROUP)

static const PslFormRow rows[] = {
  { NULL, "label",     PSL_FORM_ENTRY },
  { NULL, "rome_code", PSL_FORM_ENTRY },
  { NULL, "hiring",    PSL_FORM_SWITCH },
  { NULL }
};

static const PslRecordForm trade_form = {
  "company_trade", psl_trade_fields, rows, psl_trade_create_from_form, NULL
};

static void reload (PslTradesGroup *self);

static GtkWidget *
make_row (const PslTrade *trade)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), trade->label);
  if (trade->rome_code != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), trade->rome_code);
  if (trade->hiring)
    {
      GtkWidget *tag = gtk_label_new (_("Hiring"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "trades.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", trade->id);

  /* What the trade asks, on the competence grid: the opportunities of the
   * trade are compared with it when they have no grid of their own. */
  {
    GtkWidget *grid = gtk_button_new_from_icon_name ("view-list-bullet-symbolic");

    gtk_widget_set_valign (grid, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (grid, "flat");
    gtk_widget_set_tooltip_text (grid, _("Competences the Trade Asks"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Competences the Trade Asks"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (grid), "trades.rate");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (grid), "s", trade->id);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), grid);
  }

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete This Trade"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete This Trade"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "trades.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", trade->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

static void
reload (PslTradesGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trades = NULL;

  psl_list_box_remove_all (self->list);
  if (self->store == NULL || self->company_id == NULL)
    return;
  trades = psl_company_trades (self->store, self->company_id, &error);
  if (trades == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < trades->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (trades, i)));
}

static void
open_dialog (PslTradesGroup *self,
             const char     *id)
{
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->company_id == NULL)
    return;
  dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, &trade_form,
                                  self->company_id, id, NULL, &error);
  if (dialog == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), id != NULL ? _("Trade") : _("New Trade"));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslTradesGroup *self = PSL_TRADES_GROUP (widget);
  PslCompetenceDialog *dialog = psl_competence_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                           "company_trade_id", g_variant_get_string (param, NULL));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_dialog (PSL_TRADES_GROUP (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  open_dialog (PSL_TRADES_GROUP (widget), g_variant_get_string (param, NULL));
}

static gboolean
set_deleted (PslTradesGroup *self,
             const char     *id,
             gboolean        deleted)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = psl_record_set_deleted (self->store, "company_trade", id, deleted, &error);

  if (!ok)
    psl_toast_message (GTK_WIDGET (self), error->message);
  reload (self);
  return ok;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  if (set_deleted (PSL_TRADES_GROUP (widget), g_variant_get_string (param, NULL), TRUE))
    psl_toast_undo (widget, _("Trade deleted"), "trades.restore", param);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  set_deleted (PSL_TRADES_GROUP (widget), g_variant_get_string (param, NULL), FALSE);
}

static void
psl_trades_group_dispose (GObject *object)
{
  PslTradesGroup *self = PSL_TRADES_GROUP (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  G_OBJECT_CLASS (psl_trades_group_parent_class)->dispose (object);
}

static void
psl_trades_group_class_init (PslTradesGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_trades_group_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-trades-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PslTradesGroup, list);
  gtk_widget_class_install_action (widget_class, "trades.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "trades.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "trades.rate", "s", rate_action);
  gtk_widget_class_install_action (widget_class, "trades.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "trades.restore", "s", restore_action);
}

static void
psl_trades_group_init (PslTradesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->list, _("No trade recorded yet."));
}

void
psl_trades_group_set_company (PslTradesGroup *self,
                              PslStore       *store,
                              const char     *company_id)
{
  g_return_if_fail (PSL_IS_TRADES_GROUP (self));

  g_set_object (&self->store, store);
  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  reload (self);
}

GtkListBox *
psl_trades_group_get_list (PslTradesGroup *self)
{
  g_return_val_if_fail (PSL_IS_TRADES_GROUP (self), NULL);
  return self->list;
}
