/* psl-action-plan-window.c — the action plan (Annexe 2) edited, with its Gantt chart above
 *
 * A group per activity: the activity, its sub-activities, a row to add
 * one.  A line opens in its window, as contacts and opportunities do; a
 * removal can be undone.  The chart above is the printed one and follows
 * each change.
 */

#define G_LOG_DOMAIN "psl-action-plan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-action-plan.h"
#include "psl-action-plan-report.h"
#include "psl-action-plan-window.h"
#include "psl-format.h"
#include "psl-record-dialog.h"
#include "psl-toast.h"

#define WHAT  N_("The Activity")
#define WORK  N_("The Work")
#define WHEN  N_("Months")

static const PslFormRow item_rows[] = {
  { WHAT, "activity",      PSL_FORM_ENTRY },
  { WHAT, "lead",          PSL_FORM_ENTRY },
  { WHAT, "objective",     PSL_FORM_TEXT },
  { WORK, "tasks",         PSL_FORM_TEXT },
  { WORK, "participation", PSL_FORM_ENTRY },
  { WORK, "indicators",    PSL_FORM_TEXT },
  { WHEN, "start_month",   PSL_FORM_ENTRY },
  { WHEN, "end_month",     PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm item_form = {
  "action_plan_item", psl_action_plan_fields, item_rows, psl_action_plan_create_from_form,
  psl_action_plan_check_form, NULL
};

struct _PslActionPlanWindow
{
  PslChartWindow      parent_instance;

  GPtrArray          *items;     /* PslPlanItem shown */
  PslActionPlanChart *chart;
  GPtrArray          *groups;    /* AdwPreferencesGroup shown */
  GtkWindow          *dialog;    /* weak */

  GtkDrawingArea     *gantt_area;
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (PslActionPlanWindow, psl_action_plan_window, PSL_TYPE_CHART_WINDOW)

static void reload (PslActionPlanWindow *self);

static void
draw (PslChartWindow *window,
      cairo_t        *cr,
      int             width,
      int             height)
{
  PslActionPlanWindow *self = PSL_ACTION_PLAN_WINDOW (window);

  if (self->chart != NULL)
    psl_gantt_chart_draw (cr, width, height, &self->chart->chart);
}

static GtkWidget *
item_row (const PslPlanItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *title = g_strdup_printf ("%s %s", item->number, item->activity);
  g_autoptr(GString) subtitle = g_string_new (item->lead != NULL ? item->lead : "");
  /* Translators: the tooltip of a trash button; %s is an activity */
  g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), item->activity);

  if (item->start_month != NULL || item->end_month != NULL)
    {
      const char *first = item->start_month != NULL ? item->start_month : item->end_month;
      const char *last = item->end_month != NULL ? item->end_month : item->start_month;

      g_string_append_printf (subtitle, "%s%.2s/%.4s – %.2s/%.4s", subtitle->len > 0 ? " · " : "",
                              first + 5, first, last + 5, last);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->len > 0 ? subtitle->str : _("No lead or months yet"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (item->depth > 0)
    gtk_widget_set_margin_start (row, 24);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "plan.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", item->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
add_sub_row (const PslPlanItem *activity)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add a Sub-activity"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_widget_set_margin_start (row, 24);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.add-sub");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", activity->id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
reload (PslActionPlanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_action_plan_list (PSL_CHART_WINDOW_STORE (self),
                                                     &error);
  g_autofree char *today = psl_today_iso ();
  AdwPreferencesGroup *group = NULL;

  if (items == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&items);
  g_clear_pointer (&self->chart, psl_action_plan_chart_free);
  self->chart = psl_action_plan_chart_new (self->items, today);
  gtk_drawing_area_set_content_height (self->gantt_area, (int) psl_gantt_chart_natural_height (&self->chart->chart));
  psl_chart_window_redraw (PSL_CHART_WINDOW (self));

  if (self->items->len == 0)
    {
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_description (group, _("No activity yet. Add the plan's activities, then their "
                                                      "sub-activities with a lead, an objective and their months, "
                                                      "as in the table of activities of the project."));
      adw_preferences_page_add (self->page, group);
      g_ptr_array_add (self->groups, group);
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (self->items, i);
      PslPlanItem *next = i + 1 < self->items->len ? g_ptr_array_index (self->items, i + 1) : NULL;

      if (item->depth == 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->groups, group);
        }
      if (group == NULL)
        continue;
      adw_preferences_group_add (group, item_row (item));
      /* After an activity's last sub-activity, or after it alone. */
      if (next == NULL || next->depth == 0)
        {
          PslPlanItem *activity = item;

          for (guint k = i + 1; k-- > 0 && activity->depth > 0;)
            activity = g_ptr_array_index (self->items, k);
          adw_preferences_group_add (group, add_sub_row (activity));
        }
    }
  {
    /* Translators: the window's subtitle; %u is a number of lines of the plan */
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity or sub-activity",
                                                              "%u activities and sub-activities", self->items->len),
                                                 self->items->len);
    adw_window_title_set_subtitle (psl_chart_window_get_title (PSL_CHART_WINDOW (self)), subtitle);
  }
}

static void
on_saved_cb (PslRecordDialog     *dialog,
             const char          *id,
             PslActionPlanWindow *self)
{
  reload (self);
}

static void
open_dialog (PslActionPlanWindow *self,
             const char          *parent_id,
             const char          *id,
             const char          *title)
{
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog = psl_record_dialog_new (GTK_WINDOW (self), PSL_CHART_WINDOW_STORE (self),
                                                   &item_form, parent_id, id, NULL, &error);

  if (dialog == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      reload (self);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_dialog (PSL_ACTION_PLAN_WINDOW (widget), NULL, NULL, _("New Activity"));
}

static void
add_sub_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  open_dialog (PSL_ACTION_PLAN_WINDOW (widget), g_variant_get_string (param, NULL), NULL, _("New Sub-activity"));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  open_dialog (PSL_ACTION_PLAN_WINDOW (widget), NULL, g_variant_get_string (param, NULL), _("Activity"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslActionPlanWindow *self = PSL_ACTION_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!psl_action_plan_remove (PSL_CHART_WINDOW_STORE (widget), g_variant_get_string (param, NULL),
                               &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  reload (self);
  psl_toast_undo (widget, _("Removed from the plan"), "plan.undo",
                  g_variant_new_string (g_variant_get_string (param, NULL)));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslActionPlanWindow *self = PSL_ACTION_PLAN_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!psl_action_plan_restore (PSL_CHART_WINDOW_STORE (widget), g_variant_get_string (param, NULL),
                                &error))
    psl_toast_message (widget, error->message);
  reload (self);
}

static PslDocument *
make_document (PslChartWindow *window,
               GError        **error)
{
  return psl_action_plan_report_new (psl_chart_window_get_store (window), error);
}

static void
psl_action_plan_window_dispose (GObject *object)
{
  PslActionPlanWindow *self = PSL_ACTION_PLAN_WINDOW (object);

  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->chart, psl_action_plan_chart_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_ACTION_PLAN_WINDOW);
  G_OBJECT_CLASS (psl_action_plan_window_parent_class)->dispose (object);
}

static void
psl_action_plan_window_class_init (PslActionPlanWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PslChartWindowClass *chart_class = PSL_CHART_WINDOW_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_action_plan_window_dispose;
  chart_class->draw = draw;
  chart_class->make_document = make_document;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-action-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslActionPlanWindow, gantt_area);
  gtk_widget_class_bind_template_child (widget_class, PslActionPlanWindow, page);
  gtk_widget_class_install_action (widget_class, "plan.add-activity", NULL, add_activity_action);
  gtk_widget_class_install_action (widget_class, "plan.add-sub", "s", add_sub_action);
  gtk_widget_class_install_action (widget_class, "plan.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "plan.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", "s", undo_action);
  psl_chart_window_class_set_print_action (widget_class, "plan.print");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "plan.add-activity", NULL);
}

static void
psl_action_plan_window_init (PslActionPlanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new ();
}

PslActionPlanWindow *
psl_action_plan_window_new (GtkWindow *parent,
                            PslStore  *store)
{
  PslActionPlanWindow *self = g_object_new (PSL_TYPE_ACTION_PLAN_WINDOW, "transient-for", parent, "store", store,
                                            NULL);

  reload (self);
  return self;
}

GtkWindow *
psl_action_plan_window_get_dialog (PslActionPlanWindow *self)
{
  g_return_val_if_fail (PSL_IS_ACTION_PLAN_WINDOW (self), NULL);
  return self->dialog;
}

guint
psl_action_plan_window_get_n_items (PslActionPlanWindow *self)
{
  g_return_val_if_fail (PSL_IS_ACTION_PLAN_WINDOW (self), 0);
  return self->items != NULL ? self->items->len : 0;
}
