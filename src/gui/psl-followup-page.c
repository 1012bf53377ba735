/* psl-followup-page.c — Suivi: how the follow-up in work goes, the alerts open, the people in their first months
 *
 * Three things a counsellor or a manager asks of follow-up in work: is it
 * kept (the figures of the period: planned, on time, late, missed,
 * tripartite, the ruptures and their causes), what is on fire (the alerts
 * still open), and who is in the fragile first months, with when they
 * were last seen and when next.  Read on the database worker when shown;
 * a row opens the person.
 */

#define G_LOG_DOMAIN "psl-followup-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-alert.h"
#include "psl-calendar-dialog.h"
#include "psl-compliance.h"
#include "psl-figure-card.h"
#include "psl-followup-page.h"
#include "psl-navigation.h"
#include "psl-page.h"
#include "psl-format.h"
#include "psl-in-work.h"
#include "psl-list-box.h"
#include "psl-list-row.h"
#include "psl-list-export.h"
#include "psl-staff-choice.h"
#include "psl-toast.h"

/* What a screen holds at first, then a hundred more at each "Show
 * More": made at once, the team's hundred and fifty rows kept the window
 * from drawing for most of a second on a large file. */
#define SHOWN_AT_FIRST 20
#define SHOWN_MORE     100

struct _PslFollowupPage
{
  PslPage              parent_instance;

  GtkWidget           *content;      /* bound so that the template's disposal takes it */
  GtkDropDown         *staff_dropdown;
  GtkDropDown         *period_dropdown;
  GtkLabel            *summary_label;
  GtkFlowBox          *figures_box;
  GtkLabel            *ruptures_label;
  AdwPreferencesGroup *alerts_group;
  GtkListBox          *alerts_list;
  AdwPreferencesGroup *in_work_group;
  GtkListBox          *in_work_list;

  PslStore            *store;
  GPtrArray           *staff_ids;
  PslCompliance       *figures;
  guint                n_in_work;
  guint                n_alerts;
  GPtrArray           *alerts;       /* PslOpenAlert, as listed */
  GPtrArray           *in_work;      /* PslInWorkLine, as listed */
  guint                alerts_limit;
  guint                in_work_limit;
  char                *today;        /* of the rows being made */
};

G_DEFINE_FINAL_TYPE (PslFollowupPage, psl_followup_page, PSL_TYPE_PAGE)

typedef struct
{
  char *today;
  char *from;
  char *to;
  char *staff_id;
  guint alerts_limit;
  guint in_work_limit;
} Query;

typedef struct
{
  char          *today;
  char          *from;
  char          *to;
  PslCompliance *figures;
  GPtrArray     *alerts;
  guint          n_alerts;
  GPtrArray     *in_work;
  guint          n_in_work;
} Result;

static void
query_free (Query *query)
{
  g_free (query->today);
  g_free (query->from);
  g_free (query->to);
  g_free (query->staff_id);
  g_free (query);
}

static void
result_free (Result *result)
{
  g_free (result->today);
  g_free (result->from);
  g_free (result->to);
  g_clear_pointer (&result->figures, psl_compliance_free);
  g_clear_pointer (&result->alerts, g_ptr_array_unref);
  g_clear_pointer (&result->in_work, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Query *query = data;
  g_autoptr(Result) result = g_new0 (Result, 1);

  result->today = g_strdup (query->today);
  result->from = g_strdup (query->from);
  result->to = g_strdup (query->to);
  if ((result->figures = psl_compliance_load (store, query->from, query->to, query->today, query->staff_id, NULL,
                                              error)) == NULL
      || (result->alerts = psl_open_alerts_load (store, query->staff_id, query->alerts_limit, &result->n_alerts,
                                                 error)) == NULL
      || (result->in_work = psl_in_work_load (store, query->today, query->staff_id, query->in_work_limit,
                                              &result->n_in_work, error)) == NULL)
    return NULL;
  return g_steal_pointer (&result);
}

static void
add_card (PslFollowupPage *self,
          guint            value,
          const char      *caption,
          gboolean         warn)
{
  g_autofree char *text = psl_format_count (value);

  gtk_flow_box_append (self->figures_box, psl_figure_card_new (text, caption, warn));
}

static void
show_ruptures (PslFollowupPage     *self,
               const PslCompliance *c)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) causes = g_string_new (NULL);
  g_autoptr(GString) months = g_string_new (NULL);

  if (c->ruptures == 0)
    {
      gtk_label_set_text (self->ruptures_label, _("No early end in the period."));
      return;
    }
  for (guint i = 0; i < c->by_cause->len; i++)
    {
      PslCodeCount *count = g_ptr_array_index (c->by_cause, i);
      g_autofree char *part = g_strdup_printf ("%s %u", count->label, count->count);

      psl_append_part (causes, part);
    }
  for (guint m = 1; m <= 13; m++)
    {
      guint n = c->by_month[m % 13];
      g_autofree char *part = NULL;

      if (n == 0)
        continue;
      /* Translators: the month of a contract a rupture happened in, and how many: "3rd month: 2" */
      part = m < 13 ? g_strdup_printf (_("month %u: %u"), m, n) : g_strdup_printf (_("after a year: %u"), n);
      psl_append_part (months, part);
    }
  /* Translators: the early ends of the period, by cause then by month of the contract */
  g_string_printf (text, _("Early ends by cause: %s.\nBy month of the contract: %s."), causes->str, months->str);
  gtk_label_set_text (self->ruptures_label, text->str);
}

static void
show_figures (PslFollowupPage     *self,
              const PslCompliance *c)
{
  g_autofree char *days = c->first_days < 0 ? g_strdup ("—") : psl_format_decimal (c->first_days, 1);

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL;)
    gtk_flow_box_remove (self->figures_box, child);
  add_card (self, c->planned, _("follow-ups planned"), FALSE);
  add_card (self, c->on_time, _("done on time"), FALSE);
  add_card (self, c->late, _("done late"), TRUE);
  add_card (self, c->missed, _("missed"), TRUE);
  add_card (self, c->pending, _("still to come"), FALSE);
  add_card (self, c->tripartite, _("done as tripartite meetings"), FALSE);
  gtk_flow_box_append (self->figures_box, psl_figure_card_new (days, _("days, median, from a start to the first "
                                                                       "follow-up"), FALSE));
  add_card (self, c->starts, _("immersions and contracts started"), FALSE);
  add_card (self, c->alerts_opened, _("alerts opened"), TRUE);
  add_card (self, c->alerts_resolved, _("of them resolved"), FALSE);
  add_card (self, c->ruptures, _("early ends"), TRUE);
  show_ruptures (self, c);
}

static GtkWidget *
person_row (const char *title,
            const char *subtitle,
            const char *person_id)
{
  GtkWidget *row = psl_list_row_new (title, subtitle);

  psl_list_row_add_suffix (PSL_LIST_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_strdup (person_id), g_free);
  return row;
}

static void
add_risk_icon (GtkWidget *row,
               int        risk)
{
  GtkWidget *icon;

  if (risk <= 0)
    return;
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, risk >= 3 ? "error" : "warning");
  gtk_widget_set_tooltip_text (icon, psl_alert_risk_label (risk));
  psl_list_row_add_prefix (PSL_LIST_ROW (row), icon);
}

static void
on_more_alerts_cb (PslFollowupPage *self)
{
  self->alerts_limit += SHOWN_MORE;
  psl_page_reload (PSL_PAGE (self));
}

static void
on_more_in_work_cb (PslFollowupPage *self)
{
  self->in_work_limit += SHOWN_MORE;
  psl_page_reload (PSL_PAGE (self));
}

/* The rows of list for items, made a few a frame, closed by how many
 * more there are. */
static void
fill_list (PslFollowupPage   *self,
           GtkListBox        *list,
           GPtrArray         *items,
           PslListBoxMakeRow  make_row,
           guint              more,
           GCallback          show_more)
{
  psl_list_box_remove_all (list);
  psl_list_box_fill (list, items, make_row, self, more > 0 ? psl_more_row_new (more, show_more, self) : NULL);
}

static GtkWidget *
alert_row (gpointer item,
           gpointer data)
{
  PslOpenAlert *alert = item;
  g_autofree char *subtitle = psl_open_alert_subtitle (alert);
  GtkWidget *row = person_row (alert->person_name, subtitle, alert->person_id);

  add_risk_icon (row, alert->risk);
  return row;
}

static void
show_alerts (PslFollowupPage *self,
             GPtrArray       *alerts,
             guint            total)
{
  /* Translators: a heading and how many it lists, "Open Alerts (3)" */
  g_autofree char *title = g_strdup_printf (_("Open Alerts (%u)"), total);

  adw_preferences_group_set_title (self->alerts_group, title);
  fill_list (self, self->alerts_list, alerts, alert_row, total - alerts->len, G_CALLBACK (on_more_alerts_cb));
}

static char *
in_work_subtitle (const PslInWorkLine *line,
                  const char          *today)
{
  g_autofree char *start = psl_format_date_short (line->start_date);
  int months = psl_whole_months (line->start_date, today, TRUE);
  g_autofree char *since = NULL;
  GString *subtitle = g_string_new (NULL);

  /* Translators: "CDI since 03/08/2026, 3 months in" */
  since = months < 1 ? g_strdup_printf (_("%1$s since %2$s, less than a month in"), line->what, start)
                     : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s since %2$s, %3$d month in",
                                                     "%1$s since %2$s, %3$d months in", months),
                                        line->what, start, months);
  psl_append_part (subtitle, since);
  if (line->last_done != NULL)
    {
      g_autofree char *date = psl_format_date_short (line->last_done);
      /* Translators: "last follow-up on 12/03/2026 by Anne Roux" */
      g_autofree char *part = line->last_done_by != NULL
        ? g_strdup_printf (_("last follow-up on %1$s by %2$s"), date, line->last_done_by)
        : g_strdup_printf (_("last follow-up on %s"), date);

      psl_append_part (subtitle, part);
    }
  else
    psl_append_part (subtitle, _("no follow-up done yet"));
  if (line->next_due != NULL)
    {
      g_autofree char *date = psl_format_date_short (line->next_due);
      g_autofree char *part = g_strdup_printf (_("next on %s"), date);

      psl_append_part (subtitle, part);
    }
  else
    psl_append_part (subtitle, _("none planned"));
  return g_string_free (subtitle, FALSE);
}

static GtkWidget *
in_work_row (gpointer item,
             gpointer data)
{
  PslFollowupPage *self = data;
  PslInWorkLine *line = item;
  g_autofree char *subtitle = in_work_subtitle (line, self->today);
  /* Translators: a person and the firm they work in, "Tom Bru — Garage Roux" */
  g_autofree char *name = g_strdup_printf (_("%1$s — %2$s"), line->person_name, line->firm);
  GtkWidget *row = person_row (name, subtitle, line->person_id);

  add_risk_icon (row, line->risk);
  if (line->overdue > 0)
    {
      g_autofree char *late = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up overdue",
                                                            "%u follow-ups overdue", line->overdue),
                                               line->overdue);
      GtkWidget *label = gtk_label_new (late);

      gtk_widget_add_css_class (label, "error");
      psl_list_row_add_suffix (PSL_LIST_ROW (row), label);
    }
  return row;
}

static void
show_in_work (PslFollowupPage *self,
              GPtrArray       *lines,
              guint            total,
              const char      *today)
{
  /* Translators: a heading and how many it lists */
  g_autofree char *title = g_strdup_printf (_("In Their First Months of Work (%u)"), total);

  adw_preferences_group_set_title (self->in_work_group, title);
  g_free (self->today);
  self->today = g_strdup (today);
  fill_list (self, self->in_work_list, lines, in_work_row, total - lines->len, G_CALLBACK (on_more_in_work_cb));
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(PslFollowupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Result) result = psl_store_run_finish (PSL_STORE (source), res, &error);
  g_autofree char *summary = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (PSL_PAGE (self));
  if (result == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_clear_pointer (&self->figures, psl_compliance_free);
  self->figures = g_steal_pointer (&result->figures);
  self->n_alerts = result->n_alerts;
  self->n_in_work = result->n_in_work;
  show_figures (self, self->figures);
  show_alerts (self, result->alerts, result->n_alerts);
  show_in_work (self, result->in_work, result->n_in_work, result->today);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_clear_pointer (&self->in_work, g_ptr_array_unref);
  self->alerts = g_steal_pointer (&result->alerts);
  self->in_work = g_steal_pointer (&result->in_work);
  from = psl_format_date_short (result->from);
  to = psl_format_date_short (result->to);
  /* Translators: the period the figures count, "Figures from 01/11/2026 to 30/11/2026" */
  summary = g_strdup_printf (_("Figures from %1$s to %2$s"), from, to);
  gtk_label_set_text (self->summary_label, summary);
}

static void
on_row_activated_cb (GtkListBox      *list,
                     GtkListBoxRow   *row,
                     PslFollowupPage *self)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");

  if (person_id != NULL)
    psl_navigate (GTK_WIDGET (self), PSL_TARGET_PERSON, person_id);
}

static void
on_choice_changed_cb (PslFollowupPage *self)
{
  /* Another counsellor or period: a screenful again. */
  self->alerts_limit = SHOWN_AT_FIRST;
  self->in_work_limit = SHOWN_AT_FIRST;
  psl_followup_page_reload (self);
}

/* "alerts" or "in-work", as the lists shown. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  PslFollowupPage *self = PSL_FOLLOWUP_PAGE (widget);

  return psl_list_export_personal (g_strcmp0 (list, "alerts") == 0 ? psl_open_alerts_table (self->alerts)
                                                                  : psl_in_work_table (self->in_work));
}

/* The figures of the period chosen, the alerts open and the people in
 * work, for the counsellor chosen or the team. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslFollowupPage *self = PSL_FOLLOWUP_PAGE (page);
  Query *query;

  if (self->staff_ids == NULL)
    self->staff_ids = psl_staff_choice_fill (self->staff_dropdown, self->store, self);
  query = g_new0 (Query, 1);
  query->today = psl_today_iso ();
  psl_period_bounds (gtk_drop_down_get_selected (self->period_dropdown), query->today, &query->from, &query->to);
  query->staff_id = g_strdup (psl_staff_choice_selected (self->staff_dropdown, self->staff_ids));
  query->alerts_limit = self->alerts_limit;
  query->in_work_limit = self->in_work_limit;
  psl_store_run_async (self->store, load_job, query, (GDestroyNotify) query_free,
                       (GDestroyNotify) result_free, cancellable, on_loaded_cb, g_object_ref (self));
}

static void
psl_followup_page_dispose (GObject *object)
{
  PslFollowupPage *self = PSL_FOLLOWUP_PAGE (object);

  /* No row made after the page is gone. */
  if (self->alerts_list != NULL)
    psl_list_box_remove_all (self->alerts_list);
  if (self->in_work_list != NULL)
    psl_list_box_remove_all (self->in_work_list);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_FOLLOWUP_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->figures, psl_compliance_free);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_clear_pointer (&self->in_work, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (psl_followup_page_parent_class)->dispose (object);
}

/* The diary of the counsellor shown here, or of the team, for a period
 * chosen in the dialog. */
static void
export_diary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslFollowupPage *self = PSL_FOLLOWUP_PAGE (widget);

  if (self->store != NULL)
    psl_calendar_dialog_open (widget, self->store, psl_staff_choice_selected (self->staff_dropdown, self->staff_ids));
}

static void
psl_followup_page_constructed (GObject *object)
{
  PslFollowupPage *self = PSL_FOLLOWUP_PAGE (object);

  G_OBJECT_CLASS (psl_followup_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
}

static void
psl_followup_page_class_init (PslFollowupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_followup_page_dispose;
  object_class->constructed = psl_followup_page_constructed;
  PSL_PAGE_CLASS (klass)->load = load;

  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_install_action (widget_class, "followup.export-diary", NULL, export_diary_action);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-followup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, content);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, ruptures_label);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, alerts_group);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, alerts_list);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, in_work_group);
  gtk_widget_class_bind_template_child (widget_class, PslFollowupPage, in_work_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
psl_followup_page_init (PslFollowupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->alerts_limit = SHOWN_AT_FIRST;
  self->in_work_limit = SHOWN_AT_FIRST;
  psl_list_box_set_placeholder_text (self->alerts_list, _("No alert open."));
  psl_list_box_set_placeholder_text (self->in_work_list,
                                     _("Nobody started an immersion or a contract in the last six months."));
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
}

PslFollowupPage *
psl_followup_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_FOLLOWUP_PAGE, "store", store, NULL);
}

void
psl_followup_page_reload (PslFollowupPage *self)
{
  g_return_if_fail (PSL_IS_FOLLOWUP_PAGE (self));

  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

void
psl_followup_page_set_staff (PslFollowupPage *self,
                             const char      *staff_id)
{
  g_return_if_fail (PSL_IS_FOLLOWUP_PAGE (self));
  psl_staff_choice_select (self->staff_dropdown, self->staff_ids, staff_id);
}

gboolean
psl_followup_page_is_loading (PslFollowupPage *self)
{
  g_return_val_if_fail (PSL_IS_FOLLOWUP_PAGE (self), FALSE);
  return psl_page_is_loading (PSL_PAGE (self)) || psl_list_box_is_filling (self->alerts_list)
         || psl_list_box_is_filling (self->in_work_list);
}

const PslCompliance *
psl_followup_page_get_figures (PslFollowupPage *self)
{
  g_return_val_if_fail (PSL_IS_FOLLOWUP_PAGE (self), NULL);
  return self->figures;
}

guint
psl_followup_page_get_n_in_work (PslFollowupPage *self)
{
  g_return_val_if_fail (PSL_IS_FOLLOWUP_PAGE (self), 0);
  return self->n_in_work;
}

guint
psl_followup_page_get_n_alerts (PslFollowupPage *self)
{
  g_return_val_if_fail (PSL_IS_FOLLOWUP_PAGE (self), 0);
  return self->n_alerts;
}
