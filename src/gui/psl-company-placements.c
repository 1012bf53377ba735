/* psl-company-placements.c — the Mises en relation tab of a firm: the people introduced to it
 *
 * Those under way come first: they are the ones to follow.  Only what the
 * firm knows of a person is shown here (name, what they do there, dates,
 * tutor), never the person's barriers or sensitive record.
 */

#define G_LOG_DOMAIN "psl-company-placements"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-alert.h"
#include "psl-company-placements.h"
#include "psl-format.h"
#include "psl-placement.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-toast.h"

struct _PslCompanyPlacements
{
  GtkWidget   parent_instance;

  guint       n_current;
  guint       n_past;

  GtkWidget  *page;
  GtkWidget  *alert_group;
  GtkListBox *alert_list;
  guint       n_alerts;
  GtkListBox *current_list;
  GtkListBox *past_list;
  GPtrArray  *lines;       /* PslPlacementLine: they own the lines */
  GPtrArray  *current;     /* of lines, as listed under way */
  GPtrArray  *past;        /* of lines, as listed ended */
};

G_DEFINE_FINAL_TYPE (PslCompanyPlacements, psl_company_placements, GTK_TYPE_WIDGET)

static GtkWidget *
make_row (const PslPlacementLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *stage = gtk_label_new (psl_placement_stage_label (line->stage));
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *start = psl_format_date_short (line->start_date);
  g_autofree char *end = psl_format_date_short (line->end_date);
  g_autofree char *proposed = psl_format_date_short (line->proposed_on);
  g_autofree char *dates = NULL;
  g_autofree char *tutor = NULL;

  psl_append_part (detail, line->what);
  if (line->start_date != NULL)
    /* Translators: %1$s start, %2$s end (actual or planned) of a placement */
    dates = line->end_date != NULL ? g_strdup_printf (_("from %1$s to %2$s"), start, end)
                                   : g_strdup_printf (_("from %s"), start);
  else
    dates = g_strdup_printf (_("proposed on %s"), proposed);
  psl_append_part (detail, dates);
  if (line->tutor_name != NULL)
    {
      /* Translators: %s is the tutor at the firm */
      tutor = g_strdup_printf (_("tutor: %s"), line->tutor_name);
      psl_append_part (detail, tutor);
    }
  psl_append_part (detail, line->reason);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->person_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (stage, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (stage, "caption-heading");
  gtk_widget_add_css_class (stage, g_strcmp0 (line->stage, "immersion") == 0 ||
                                   g_strcmp0 (line->stage, "contract") == 0 ? "success" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), stage);
  return row;
}

static void
placement_cells (gconstpointer  data,
                 GPtrArray     *cells)
{
  const PslPlacementLine *line = data;

  psl_export_cell_text (cells, line->person_name);
  psl_export_cell_text (cells, psl_placement_stage_label (line->stage));
  psl_export_cell_text (cells, line->what);
  psl_export_cell_date (cells, line->proposed_on);
  psl_export_cell_date (cells, line->start_date);
  psl_export_cell_date (cells, line->end_date);
  psl_export_cell_text (cells, line->tutor_name);
  psl_export_cell_text (cells, line->reason);
}

/* "under-way" or "ended", as listed. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Person"), N_("Stage"), N_("For"), N_("Proposed On"), N_("Start"),
                                   N_("End"), N_("Tutor"), N_("Reason"), NULL };
  PslCompanyPlacements *self = PSL_COMPANY_PLACEMENTS (widget);
  gboolean ended = g_strcmp0 (list, "ended") == 0;

  return psl_list_export_personal (psl_list_export_table (ended ? _("Ended, Refused or Withdrawn") : _("Under Way"),
                                                          headers, ended ? self->past : self->current,
                                                          placement_cells));
}

static void
clear_lines (PslCompanyPlacements *self)
{
  g_clear_pointer (&self->current, g_ptr_array_unref);
  g_clear_pointer (&self->past, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
}

static void
psl_company_placements_dispose (GObject *object)
{
  clear_lines (PSL_COMPANY_PLACEMENTS (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), PSL_TYPE_COMPANY_PLACEMENTS);
  G_OBJECT_CLASS (psl_company_placements_parent_class)->dispose (object);
}

static void
psl_company_placements_class_init (PslCompanyPlacementsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_company_placements_dispose;
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-placements.ui");
  /* Bound so that gtk_widget_dispose_template() removes it. */
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPlacements, page);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPlacements, alert_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPlacements, alert_list);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPlacements, current_list);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyPlacements, past_list);
}

static void
psl_company_placements_init (PslCompanyPlacements *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->current_list, _("Nobody introduced to this firm at the moment."));
  psl_list_box_set_placeholder_text (self->past_list, _("No placement ended yet."));
}

void
psl_company_placements_set_company (PslCompanyPlacements *self,
                                    PslStore             *store,
                                    const char           *company_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) alerts = NULL;

  g_return_if_fail (PSL_IS_COMPANY_PLACEMENTS (self));

  psl_list_box_remove_all (self->alert_list);
  alerts = psl_alert_open_for_company (store, company_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  self->n_alerts = alerts != NULL ? alerts->len : 0;
  for (guint i = 0; i < self->n_alerts; i++)
    {
      PslRecordLine *alert = g_ptr_array_index (alerts, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), alert->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), alert->subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->alert_list, row);
    }
  gtk_widget_set_visible (self->alert_group, self->n_alerts > 0);

  psl_list_box_remove_all (self->current_list);
  psl_list_box_remove_all (self->past_list);
  self->n_current = self->n_past = 0;
  clear_lines (self);
  lines = psl_placement_list_for_company (store, company_id, &error);
  if (lines == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  self->current = g_ptr_array_new ();
  self->past = g_ptr_array_new ();
  for (guint i = 0; i < lines->len; i++)
    {
      PslPlacementLine *line = g_ptr_array_index (lines, i);
      gboolean past = g_strv_contains ((const char *[]) { "ended", "refused", "withdrawn", NULL }, line->stage);

      gtk_list_box_append (past ? self->past_list : self->current_list, make_row (line));
      g_ptr_array_add (past ? self->past : self->current, line);
      if (past)
        self->n_past++;
      else
        self->n_current++;
    }
  self->lines = g_steal_pointer (&lines);
}

guint
psl_company_placements_get_n_alerts (PslCompanyPlacements *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_PLACEMENTS (self), 0);
  return self->n_alerts;
}

guint
psl_company_placements_get_n_shown (PslCompanyPlacements *self,
                                    gboolean              under_way)
{
  g_return_val_if_fail (PSL_IS_COMPANY_PLACEMENTS (self), 0);
  return under_way ? self->n_current : self->n_past;
}
