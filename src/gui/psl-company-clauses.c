/* psl-company-clauses.c — the Clauses sociales tab of a firm: the public contracts it won, the insertion hours they owe
 *
 * A group a contract: the buyer, the lot and the dates under its title;
 * the balance with its state and why; the hours of each person placed on
 * it; the lines typed, each deleted from there; and what to do with it
 * (add hours, print the statement for the buyer, change, delete).  The
 * rule of the states is said once at the top.  The team's own view names
 * people in full; the buyer's statement only by their initials.
 */

#define G_LOG_DOMAIN "psl-company-clauses"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-clause.h"
#include "psl-clause-dialog.h"
#include "psl-clause-statement.h"
#include "psl-company-clauses.h"
#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-report.h"
#include "psl-toast.h"
#include "psl-wrap-box.h"

struct _PslCompanyClauses
{
  GtkWidget            parent_instance;

  PslStore            *store;
  char                *company_id;
  GPtrArray           *balances;   /* PslClauseBalance, as shown */
  GPtrArray           *groups;     /* the contracts' groups, to take off the page */

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *intro_group;
  GtkListBox          *empty_list;
  AdwPreferencesGroup *rule_group;  /* how the state is reckoned: last on the page */
};

G_DEFINE_FINAL_TYPE (PslCompanyClauses, psl_company_clauses, GTK_TYPE_WIDGET)

static GtkWindow *
parent_window (PslCompanyClauses *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static const char *
state_class (PslClauseState state)
{
  switch (state)
    {
    case PSL_CLAUSE_DONE:
      return "success";
    case PSL_CLAUSE_LATE:
      return "error";
    case PSL_CLAUSE_ON_TRACK:
      return "accent";
    case PSL_CLAUSE_UPCOMING:
    default:
      return "dim-label";
    }
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle,
          const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static GtkWidget *
balance_row (const PslClauseBalance *b)
{
  g_autofree char *done = psl_clause_format_hours (b->hours_done);
  g_autofree char *owed = psl_clause_format_hours (b->contract.hours_owed);
  /* Translators: the balance of a contract, "300,5 h done of 730 h owed" */
  g_autofree char *title = g_strdup_printf (_("%1$s done of %2$s owed"), done, owed);
  g_autofree char *why = psl_clause_state_explain (b);
  GtkWidget *row = text_row (title, why, NULL);
  GtkWidget *state = gtk_label_new (psl_clause_state_label (b->state));
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (1.0, b->hours_done / b->contract.hours_owed));
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_add_css_class (state, "caption-heading");
  gtk_widget_add_css_class (state, state_class (b->state));
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  return row;
}

static GtkWidget *
tool_button (const char *label,
             const char *action,
             const char *contract_id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", contract_id);
  return button;
}

static GtkWidget *
lines_row (const PslClauseBalance *b)
{
  GtkWidget *expander = adw_expander_row_new ();
  /* Translators: the lines of hours typed for a contract, by period */
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u period recorded", "%u periods recorded",
                                                         b->lines->len), b->lines->len);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  for (guint i = 0; i < b->lines->len; i++)
    {
      const PslClauseHours *line = g_ptr_array_index (b->lines, i);
      g_autofree char *period = psl_report_period (line->from_on, line->to_on);
      g_autofree char *hours = psl_clause_format_hours (line->hours);
      GtkWidget *row = text_row (line->person_name, period, hours);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_tooltip_text (remove, _("Delete these hours"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Delete these hours"), -1);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "clauses.delete-hours");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", line->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  return expander;
}

static GtkWidget *
contract_group (const PslClauseBalance *b)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = g_markup_escape_text (b->contract.title, -1);
  g_autofree char *period = psl_report_period (b->contract.starts_on, b->contract.ends_on);
  g_autoptr(GString) about = g_string_new (NULL);
  g_autofree char *description = NULL;
  GtkWidget *tools = psl_wrap_box_new ();

  psl_append_part (about, b->contract.buyer);
  psl_append_part (about, b->contract.lot);
  psl_append_part (about, b->contract.reference);
  psl_append_part (about, period);
  description = g_markup_escape_text (about->str, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), balance_row (b));
  for (guint i = 0; i < b->people->len; i++)
    {
      const PslClausePerson *p = g_ptr_array_index (b->people, i);
      g_autofree char *dates = psl_report_period (p->first_on, p->last_on);
      g_autofree char *hours = psl_clause_format_hours (p->hours);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (p->person_name, dates, hours));
    }
  if (b->people->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               text_row (_("Nobody has worked on this contract yet."),
                                         _("Add the hours of the people placed on it as they are done."), NULL));
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), lines_row (b));

  gtk_widget_set_margin_top (tools, 12);
  psl_wrap_box_append (PSL_WRAP_BOX (tools), tool_button (_("_Add Hours…"), "clauses.add-hours", b->contract.id));
  psl_wrap_box_append (PSL_WRAP_BOX (tools), tool_button (_("_Print the Statement…"), "clauses.print",
                                                          b->contract.id));
  psl_wrap_box_append (PSL_WRAP_BOX (tools), tool_button (_("_Change…"), "clauses.edit", b->contract.id));
  psl_wrap_box_append (PSL_WRAP_BOX (tools), tool_button (_("_Delete…"), "clauses.delete", b->contract.id));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), tools);
  return group;
}

static void
clear_groups (PslCompanyClauses *self)
{
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->balances, g_ptr_array_unref);
}

/* Reads the firm's contracts again and shows them. */
static void
reload (PslCompanyClauses *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();

  clear_groups (self);
  if (self->company_id == NULL)
    return;
  self->balances = psl_clause_balances_for_company (self->store, self->company_id, today, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  self->groups = g_ptr_array_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->empty_list), self->balances == NULL || self->balances->len == 0);
  for (guint i = 0; self->balances != NULL && i < self->balances->len; i++)
    {
      GtkWidget *group = contract_group (g_ptr_array_index (self->balances, i));

      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->groups, group);
    }
  /* The rule under the contracts it speaks of. */
  self->rule_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  {
    g_autofree char *rule = g_markup_escape_text (psl_clause_state_rule (), -1);

    adw_preferences_group_set_title (self->rule_group, _("How the State Is Reckoned"));
    adw_preferences_group_set_description (self->rule_group, rule);
  }
  adw_preferences_page_add (self->page, self->rule_group);
  g_ptr_array_add (self->groups, self->rule_group);
}

static void
on_saved_cb (PslCompanyClauses *self)
{
  reload (self);
}

static void
present (PslCompanyClauses *self,
         PslClauseDialog   *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_contract_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);

  if (self->company_id != NULL)
    /* A new contract: nothing to read, nothing to fail. */
    present (self, psl_clause_dialog_new_contract (parent_window (self), self->store, self->company_id, NULL, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);
  g_autoptr(GError) error = NULL;
  PslClauseDialog *dialog = psl_clause_dialog_new_contract (parent_window (self), self->store, self->company_id,
                                                            g_variant_get_string (param, NULL), &error);

  if (dialog == NULL)
    {
      psl_toast_error (widget, &error);
      reload (self);
      return;
    }
  present (self, dialog);
}

static void
add_hours_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);

  present (self, psl_clause_dialog_new_hours (parent_window (self), self->store, self->company_id,
                                              g_variant_get_string (param, NULL)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(PslDocument) doc = psl_clause_statement_new (self->store, g_variant_get_string (param, NULL), today,
                                                         &error);

  if (doc == NULL)
    {
      psl_toast_error (widget, &error);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (parent_window (self), doc)));
}

static void
delete_hours_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);
  g_autoptr(GError) error = NULL;

  if (!psl_clause_hours_delete (self->store, g_variant_get_string (param, NULL), &error))
    psl_toast_error (widget, &error);
  else
    psl_toast_message (widget, _("Hours deleted."));
  reload (self);
}

static void
on_delete_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       PslCompanyClauses *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = g_object_get_data (G_OBJECT (dialog), "contract");

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!psl_clause_contract_delete (self->store, id, &error))
    psl_toast_error (GTK_WIDGET (self), &error);
  else
    psl_toast_message (GTK_WIDGET (self), _("Contract deleted."));
  reload (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (widget);
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), _("Delete This Contract?"),
                                              _("The contract and the hours recorded on it leave the firm’s page "
                                                "and the statements. The people’s placements stay."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "contract", g_variant_dup_string (param, NULL), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
psl_company_clauses_dispose (GObject *object)
{
  PslCompanyClauses *self = PSL_COMPANY_CLAUSES (object);

  clear_groups (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_COMPANY_CLAUSES);
  G_OBJECT_CLASS (psl_company_clauses_parent_class)->dispose (object);
}

static void
psl_company_clauses_class_init (PslCompanyClausesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_company_clauses_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-clauses.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyClauses, page);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyClauses, intro_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyClauses, empty_list);
  gtk_widget_class_install_action (widget_class, "clauses.add-contract", NULL, add_contract_action);
  gtk_widget_class_install_action (widget_class, "clauses.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "clauses.add-hours", "s", add_hours_action);
  gtk_widget_class_install_action (widget_class, "clauses.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "clauses.delete-hours", "s", delete_hours_action);
  gtk_widget_class_install_action (widget_class, "clauses.delete", "s", delete_action);
}

static void
psl_company_clauses_init (PslCompanyClauses *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->empty_list, _("No public contract with a social clause recorded for this "
                                                         "firm."));
}

void
psl_company_clauses_set_company (PslCompanyClauses *self,
                                 PslStore          *store,
                                 const char        *company_id)
{
  g_return_if_fail (PSL_IS_COMPANY_CLAUSES (self));

  g_set_object (&self->store, store);
  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  reload (self);
}

guint
psl_company_clauses_get_n_contracts (PslCompanyClauses *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_CLAUSES (self), 0);
  return self->balances != NULL ? self->balances->len : 0;
}

const PslClauseBalance *
psl_company_clauses_get_balance (PslCompanyClauses *self,
                                 guint              index)
{
  g_return_val_if_fail (PSL_IS_COMPANY_CLAUSES (self), NULL);
  if (self->balances == NULL || index >= self->balances->len)
    return NULL;
  return g_ptr_array_index (self->balances, index);
}
