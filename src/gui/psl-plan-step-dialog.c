/* psl-plan-step-dialog.c — the window to write one step of a follow-up template
 *
 * A step is a name and a date counted from the start, the end of the trial
 * period or the end, in months and days (before it when negative), once
 * or every week up to the end.  The sentence under the fields says the
 * date as the plan will compute it, as it is typed.
 */

#define G_LOG_DOMAIN "psl-plan-step-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "psl-plan-step-dialog.h"

struct _PslPlanStepDialog
{
  PslSheet     parent_instance;

  AdwEntryRow *label_row;
  AdwComboRow *anchor_row;
  AdwEntryRow *months_row;
  AdwEntryRow *days_row;
  GtkSwitch   *weekly_switch;
  AdwActionRow *said_row;
};

G_DEFINE_FINAL_TYPE (PslPlanStepDialog, psl_plan_step_dialog, PSL_TYPE_SHEET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A whole number, with its sign; FALSE for anything else.  Empty is 0. */
static gboolean
read_number (AdwEntryRow *row,
             int         *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  char *end = NULL;
  long number;

  *value = 0;
  if (*text == '\0')
    return TRUE;
  number = strtol (text, &end, 10);
  if (end == text || *end != '\0' || number < -100000 || number > 100000)
    return FALSE;
  *value = (int) number;
  return TRUE;
}

static PslPlanStep *
read_step (PslPlanStepDialog *self,
           const char       **problem)
{
  int months, days;

  if (!read_number (self->months_row, &months))
    {
      *problem = _("Give the months as a whole number, negative to count before: for example 3 or -1.");
      return NULL;
    }
  if (!read_number (self->days_row, &days))
    {
      *problem = _("Give the days as a whole number, negative to count before: for example 2 or -28.");
      return NULL;
    }
  return psl_plan_step_new (gtk_editable_get_text (GTK_EDITABLE (self->label_row)),
                            psl_plan_anchors[adw_combo_row_get_selected (self->anchor_row)],
                            days, months, gtk_switch_get_active (self->weekly_switch));
}

static void
on_changed_cb (PslPlanStepDialog *self)
{
  const char *problem = NULL;
  g_autoptr(PslPlanStep) step = read_step (self, &problem);
  g_autofree char *said = step != NULL ? psl_plan_step_describe (step) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->said_row), said != NULL ? said : problem);
}

static gboolean
accept (PslSheet *sheet)
{
  PslPlanStepDialog *self = PSL_PLAN_STEP_DIALOG (sheet);
  const char *problem = NULL;
  g_autoptr(PslPlanStep) step = read_step (self, &problem);

  if (step == NULL)
    {
      psl_sheet_show_problem (sheet, problem);
      return FALSE;
    }
  if (*g_strstrip (step->label) == '\0')
    {
      psl_sheet_show_problem (sheet, _("Give each step a name, for example “One month”."));
      gtk_widget_grab_focus (GTK_WIDGET (self->label_row));
      return FALSE;
    }
  g_signal_emit (self, signals[DONE], 0, step);
  return TRUE;
}

static void
psl_plan_step_dialog_class_init (PslPlanStepDialogClass *klass)
{
  PSL_SHEET_CLASS (klass)->accept = accept;
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
psl_plan_step_dialog_init (PslPlanStepDialog *self)
{
}

static void
build (PslPlanStepDialog *self,
       const PslPlanStep *step)
{
  AdwPreferencesGroup *group = psl_sheet_add_group (PSL_SHEET (self), _("The Step"), NULL);
  g_autoptr(GtkStringList) anchors = gtk_string_list_new (NULL);
  g_autofree char *months = step != NULL && step->months != 0 ? g_strdup_printf ("%d", step->months) : NULL;
  g_autofree char *days = step != NULL && step->days != 0 ? g_strdup_printf ("%d", step->days) : NULL;
  GtkWidget *weekly_row = adw_action_row_new ();
  guint selected = 0;

  self->label_row = psl_sheet_add_entry (group, _("Name"), step != NULL ? step->label : NULL);
  self->anchor_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->anchor_row), _("Counted from"));
  for (guint i = 0; psl_plan_anchors[i] != NULL; i++)
    {
      gtk_string_list_append (anchors, psl_plan_anchor_label (psl_plan_anchors[i]));
      if (step != NULL && g_strcmp0 (step->anchor, psl_plan_anchors[i]) == 0)
        selected = i;
    }
  adw_combo_row_set_model (self->anchor_row, G_LIST_MODEL (anchors));
  adw_combo_row_set_selected (self->anchor_row, selected);
  adw_preferences_group_add (group, GTK_WIDGET (self->anchor_row));
  self->months_row = psl_sheet_add_entry (group, _("Months (negative: before)"), months);
  self->days_row = psl_sheet_add_entry (group, _("Days (negative: before)"), days);

  self->weekly_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->weekly_switch, step != NULL && step->weekly);
  gtk_widget_set_valign (GTK_WIDGET (self->weekly_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (weekly_row), _("Every week up to the end"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (weekly_row), GTK_WIDGET (self->weekly_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (weekly_row), GTK_WIDGET (self->weekly_switch));
  adw_preferences_group_add (group, weekly_row);

  group = psl_sheet_add_group (PSL_SHEET (self), _("When It Falls"),
                               _("A step that falls on a weekend moves to the Friday before a deadline, to the "
                                 "Monday after otherwise; one before the start or after the end is left out."));
  self->said_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_group_add (group, GTK_WIDGET (self->said_row));

  g_signal_connect_swapped (self->anchor_row, "notify::selected", G_CALLBACK (on_changed_cb), self);
  g_signal_connect_swapped (self->months_row, "changed", G_CALLBACK (on_changed_cb), self);
  g_signal_connect_swapped (self->days_row, "changed", G_CALLBACK (on_changed_cb), self);
  g_signal_connect_swapped (self->weekly_switch, "notify::active", G_CALLBACK (on_changed_cb), self);
  on_changed_cb (self);
}

PslPlanStepDialog *
psl_plan_step_dialog_new (GtkWindow         *parent,
                          const PslPlanStep *step)
{
  PslPlanStepDialog *self = g_object_new (PSL_TYPE_PLAN_STEP_DIALOG, "transient-for", parent,
                                          "title", step != NULL ? _("Step of the Plan") : _("New Step"),
                                          "default-width", 520, "default-height", 520, NULL);

  build (self, step);
  psl_sheet_set_accept_label (PSL_SHEET (self), step != NULL ? _("_Save") : _("_Add"));
  return self;
}

void
psl_plan_step_dialog_set (PslPlanStepDialog *self,
                          const char        *label,
                          const char        *anchor,
                          const char        *months,
                          const char        *days,
                          gboolean           weekly)
{
  g_return_if_fail (PSL_IS_PLAN_STEP_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->label_row), label);
  for (guint i = 0; psl_plan_anchors[i] != NULL; i++)
    if (g_strcmp0 (psl_plan_anchors[i], anchor) == 0)
      adw_combo_row_set_selected (self->anchor_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->months_row), months);
  gtk_editable_set_text (GTK_EDITABLE (self->days_row), days);
  gtk_switch_set_active (self->weekly_switch, weekly);
}
