/* psl-plan-templates-page.c — the preferences page of the follow-up templates
 *
 * A group a template, its steps in order: a step opens in its window, is
 * removed with undo, and a new one is added at the end.  Each change is
 * saved at once, as preferences are; plans made before keep their dates.
 */

#define G_LOG_DOMAIN "psl-plan-templates-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-followup-template.h"
#include "psl-plan-step-dialog.h"
#include "psl-plan-templates-page.h"
#include "psl-toast.h"

struct _PslPlanTemplatesPage
{
  AdwPreferencesPage  parent_instance;

  PslStore           *store;
  GPtrArray          *templates;   /* PslFollowupTemplate shown */
  GPtrArray          *groups;      /* AdwPreferencesGroup shown */
  char               *undo_code;   /* the template a step was removed from */
  GPtrArray          *undo_steps;  /* its steps before */
};

G_DEFINE_FINAL_TYPE (PslPlanTemplatesPage, psl_plan_templates_page, ADW_TYPE_PREFERENCES_PAGE)

static void show_templates (PslPlanTemplatesPage *self);

static GPtrArray *
copy_steps (GPtrArray *steps)
{
  return g_ptr_array_copy (steps, (GCopyFunc) psl_plan_step_copy, NULL);
}

static PslFollowupTemplate *
find_template (PslPlanTemplatesPage *self,
               const char           *code)
{
  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      PslFollowupTemplate *template = g_ptr_array_index (self->templates, i);

      if (g_strcmp0 (template->code, code) == 0)
        return template;
    }
  return NULL;
}

/* Saves steps for code and shows the templates again; FALSE with the
 * reason said. */
static gboolean
save_steps (PslPlanTemplatesPage *self,
            const char           *code,
            GPtrArray            *steps)
{
  g_autoptr(GError) error = NULL;

  if (!psl_followup_template_set_steps (self->store, code, steps, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  show_templates (self);
  return TRUE;
}

/* The step's place is kept on the dialog: -1 for a new one. */
static void
on_step_done_cb (PslPlanStepDialog *dialog,
                 PslPlanStep       *step,
                 PslPlanTemplatesPage *self)
{
  PslFollowupTemplate *template = find_template (self, g_object_get_data (G_OBJECT (dialog), "code"));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "index"));
  g_autoptr(GPtrArray) steps = NULL;

  if (template == NULL)
    return;
  steps = copy_steps (template->steps);
  g_ptr_array_set_free_func (steps, (GDestroyNotify) psl_plan_step_free);
  if (index < 0 || (guint) index >= steps->len)
    g_ptr_array_add (steps, psl_plan_step_copy (step));
  else
    {
      psl_plan_step_free (g_ptr_array_index (steps, index));
      g_ptr_array_index (steps, index) = psl_plan_step_copy (step);
    }
  save_steps (self, template->code, steps);
}

static void
open_step (PslPlanTemplatesPage *self,
           const char           *code,
           int                   index)
{
  PslFollowupTemplate *template = find_template (self, code);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PslPlanStepDialog *dialog;

  if (template == NULL)
    return;
  dialog = psl_plan_step_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     index >= 0 ? g_ptr_array_index (template->steps, index) : NULL);
  g_object_set_data_full (G_OBJECT (dialog), "code", g_strdup (code), g_free);
  g_object_set_data (G_OBJECT (dialog), "index", GINT_TO_POINTER (index));
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_step_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  const char *code;
  int index;

  g_variant_get (param, "(&si)", &code, &index);
  open_step (PSL_PLAN_TEMPLATES_PAGE (widget), code, index);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslPlanTemplatesPage *self = PSL_PLAN_TEMPLATES_PAGE (widget);
  PslFollowupTemplate *template;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autofree char *code = NULL;
  int index;

  g_variant_get (param, "(si)", &code, &index);
  template = find_template (self, code);
  if (template == NULL || index < 0 || (guint) index >= template->steps->len)
    return;
  before = copy_steps (template->steps);
  g_ptr_array_set_free_func (before, (GDestroyNotify) psl_plan_step_free);
  steps = copy_steps (template->steps);
  g_ptr_array_set_free_func (steps, (GDestroyNotify) psl_plan_step_free);
  g_ptr_array_remove_index (steps, index);
  if (!save_steps (self, code, steps))
    return;
  g_free (self->undo_code);
  self->undo_code = g_steal_pointer (&code);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  self->undo_steps = g_steal_pointer (&before);
  psl_toast_undo (widget, _("Step removed"), "plan-templates.undo", g_variant_new_string (self->undo_code));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslPlanTemplatesPage *self = PSL_PLAN_TEMPLATES_PAGE (widget);

  /* Only the last removal is kept to undo. */
  if (g_strcmp0 (self->undo_code, g_variant_get_string (param, NULL)) != 0)
    return;
  if (save_steps (self, self->undo_code, self->undo_steps))
    {
      g_clear_pointer (&self->undo_code, g_free);
      g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
    }
}

static GtkWidget *
step_row (const PslFollowupTemplate *template,
          guint                      index)
{
  PslPlanStep *step = g_ptr_array_index (template->steps, index);
  g_autofree char *said = psl_plan_step_describe (step);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Remove the step “%s”"), step->label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), said);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan-templates.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(si)", template->code, (int) index);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "plan-templates.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(si)", template->code, (int) index);
  /* The last step stays: a template needs one. */
  gtk_widget_set_sensitive (remove, template->steps->len > 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
show_templates (PslPlanTemplatesPage *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = psl_followup_template_list (self->store, &error);
  if (self->templates == NULL)
    {
      g_warning ("Follow-up templates: %s", error->message);
      return;
    }

  for (guint i = 0; i < self->templates->len; i++)
    {
      PslFollowupTemplate *template = g_ptr_array_index (self->templates, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      /* Translators: what placements a follow-up template is for, "For: CDDI, PEC" */
      g_autofree char *description = g_strdup_printf (_("For: %s"), template->applies_to);
      GtkWidget *add = adw_action_row_new ();

      adw_preferences_group_set_title (group, template->label);
      adw_preferences_group_set_description (group, description);
      for (guint k = 0; k < template->steps->len; k++)
        adw_preferences_group_add (group, step_row (template, k));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a Step"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (add), gtk_image_new_from_icon_name ("list-add-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "plan-templates.edit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "(si)", template->code, -1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (add), TRUE);
      adw_preferences_group_add (group, add);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
      g_ptr_array_add (self->groups, group);
    }
}

static void
psl_plan_templates_page_dispose (GObject *object)
{
  PslPlanTemplatesPage *self = PSL_PLAN_TEMPLATES_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->undo_code, g_free);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_plan_templates_page_parent_class)->dispose (object);
}

static void
psl_plan_templates_page_class_init (PslPlanTemplatesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_plan_templates_page_dispose;
  gtk_widget_class_install_action (widget_class, "plan-templates.edit", "(si)", edit_action);
  gtk_widget_class_install_action (widget_class, "plan-templates.remove", "(si)", remove_action);
  gtk_widget_class_install_action (widget_class, "plan-templates.undo", "s", undo_action);
}

static void
psl_plan_templates_page_init (PslPlanTemplatesPage *self)
{
  self->groups = g_ptr_array_new ();
}

PslPlanTemplatesPage *
psl_plan_templates_page_new (PslStore *store)
{
  PslPlanTemplatesPage *self = g_object_new (PSL_TYPE_PLAN_TEMPLATES_PAGE,
                                             "title", _("Follow-up"),
                                             "icon-name", "user-available-symbolic",
                                             NULL);
  AdwPreferencesGroup *intro = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_description (intro, _("The follow-ups planned when an immersion or a contract starts, "
                                                  "by template. Changes apply to the plans made from now on; a "
                                                  "person’s own plan is adjusted in their placements."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), intro);
  self->store = g_object_ref (store);
  show_templates (self);
  return self;
}
