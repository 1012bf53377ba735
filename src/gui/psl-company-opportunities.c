/* psl-company-opportunities.c — the Opportunités tab of a firm: by year and phase, and one by one
 *
 * The table of proposed and realised opportunities per phase and year is
 * always there, as form A and the reports count them; below, each
 * opportunity opens in its window, and is deleted with undo.
 */

#define G_LOG_DOMAIN "psl-company-opportunities"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-candidates-window.h"
#include "psl-company-opportunities.h"
#include "psl-format.h"
#include "psl-opportunity.h"
#include "psl-opportunity-dialog.h"
#include "psl-record.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-toast.h"

/* Years shown in the table: enough for form A (N-1) and a trend. */
#define SHOWN_YEARS 5

struct _PslCompanyOpportunities
{
  GtkWidget   parent_instance;

  PslStore   *store;
  char       *company_id;

  GtkWidget  *scroller;
  GtkLabel   *load_label;
  GtkGrid    *year_grid;
  GtkListBox *list;
  GPtrArray  *opportunities;  /* PslOpportunity, as listed */
};

G_DEFINE_FINAL_TYPE (PslCompanyOpportunities, psl_company_opportunities, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *phase_heads[] = {
  N_("Discovery"), N_("Immersion"), N_("Work-study"), N_("Job"),
};

static void
grid_put (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_widget_set_hexpand (label, column > 0);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
show_years (PslCompanyOpportunities *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = psl_opportunity_phase_years (self->store, self->company_id, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->year_grid))) != NULL)
    gtk_grid_remove (self->year_grid, child);

  /* Translators: the first column of the table of opportunities by year */
  grid_put (self->year_grid, _("Year"), 0, 0, TRUE);
  for (guint p = 0; p < G_N_ELEMENTS (phase_heads); p++)
    grid_put (self->year_grid, _(phase_heads[p]), p + 1, 0, TRUE);

  if (years == NULL || years->len == 0)
    {
      GtkWidget *none = gtk_label_new (years == NULL ? error->message : _("Nothing proposed yet."));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_grid_attach (self->year_grid, none, 0, 1, 5, 1);
      return;
    }

  for (guint i = 0; i < years->len && i < SHOWN_YEARS; i++)
    {
      PslPhaseYear *y = &g_array_index (years, PslPhaseYear, i);
      g_autofree char *year = g_strdup_printf ("%d", y->year);

      grid_put (self->year_grid, year, 0, i + 1, FALSE);
      for (guint p = 0; p < 4; p++)
        {
          /* Translators: realised out of proposed opportunities, "2 / 3" */
          g_autofree char *cell = y->proposed[p] > 0 ? g_strdup_printf (_("%u / %u"), y->realised[p], y->proposed[p])
                                                     : g_strdup ("—");
          grid_put (self->year_grid, cell, p + 1, i + 1, FALSE);
        }
    }
}

static void
show_load (PslCompanyOpportunities *self)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GError) error = NULL;
  PslHostLoad load;

  gboolean known = psl_company_host_load (self->store, self->company_id, today, &load, &error);

  psl_toast_error (GTK_WIDGET (self), &error);
  if (known && load.over)
    {
      /* Translators: %1$u immersions and %2$u requests in the last 90 days */
      g_autofree char *text = g_strdup_printf (_("%1$u immersions and %2$u requests in the last 90 days: "
                                                 "leave this firm some rest."), load.immersions, load.requests);
      gtk_label_set_text (self->load_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->load_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->load_label), FALSE);
}

/* One line of what it is, one line of when and how many. */
static char *
describe (const PslOpportunity *o)
{
  g_autoptr(GString) what = g_string_new (NULL);
  g_autoptr(GString) when = g_string_new (NULL);
  g_autofree char *proposed = psl_format_date_short (o->proposed_on);
  g_autofree char *start = psl_format_date_short (o->start_date);
  g_autofree char *end = psl_format_date_short (o->end_date);
  g_autofree char *proposed_text = g_strdup_printf (_("proposed on %s"), proposed);
  g_autofree char *span = NULL;
  g_autofree char *places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", o->places),
                                             o->places);
  g_autofree char *hours = NULL;
  g_autofree char *started = NULL;

  psl_append_part (what, psl_phase_label (o->phase));
  psl_append_part (what, o->kind);
  psl_append_part (what, o->contract);
  if (o->weekly_hours > 0)
    {
      g_autofree char *number = psl_format_decimal (o->weekly_hours, 2);
      /* Translators: weekly hours of a job */
      hours = g_strdup_printf (_("%s h a week"), number);
      psl_append_part (what, hours);
    }

  psl_append_part (when, proposed_text);
  if (o->start_date != NULL)
    {
      /* Translators: %1$s start, %2$s end of an opportunity */
      span = o->end_date == NULL ? g_strdup_printf (_("from %s"), start)
             : g_strcmp0 (o->start_date, o->end_date) == 0 ? g_strdup_printf (_("on %s"), start)
             : g_strdup_printf (_("from %1$s to %2$s"), start, end);
      psl_append_part (when, span);
    }
  psl_append_part (when, places);
  if (o->started > 0)
    {
      started = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person started", "%u people started", o->started),
                                 o->started);
      psl_append_part (when, started);
    }
  if (g_strcmp0 (o->status, "refused") == 0)
    psl_append_part (when, o->refusal_reason);

  return g_strconcat (what->str, "\n", when->str, NULL);
}

static GtkWidget *
make_row (const PslOpportunity *o)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (o);
  GtkWidget *status = gtk_label_new (psl_opportunity_status_label (o->status));
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), o->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", o->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "opportunities.edit");

  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (status, "caption-heading");
  gtk_widget_add_css_class (status, g_strcmp0 (o->status, "open") == 0 ? "accent"
                                    : g_strcmp0 (o->status, "filled") == 0 ? "success" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  /* Only an open opportunity is offered to people. */
  if (g_strcmp0 (o->status, "open") == 0)
    {
      GtkWidget *people = gtk_button_new_from_icon_name ("system-users-symbolic");

      gtk_widget_set_valign (people, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (people, "flat");
      gtk_widget_set_tooltip_text (people, _("People Who Fit"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (people), GTK_ACCESSIBLE_PROPERTY_LABEL, _("People Who Fit"), -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (people), "(ss)", o->id, o->title);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (people), "opportunities.candidates");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), people);
    }

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete This Opportunity"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete This Opportunity"), -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", o->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "opportunities.delete");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

static void
opportunity_cells (gconstpointer  data,
                   GPtrArray     *cells)
{
  const PslOpportunity *o = data;

  psl_export_cell_text (cells, o->title);
  psl_export_cell_text (cells, psl_phase_label (o->phase));
  psl_export_cell_text (cells, o->kind);
  psl_export_cell_text (cells, o->contract);
  g_ptr_array_add (cells, o->weekly_hours > 0 ? psl_format_decimal (o->weekly_hours, 2) : g_strdup (""));
  psl_export_cell_text (cells, psl_opportunity_status_label (o->status));
  psl_export_cell_date (cells, o->proposed_on);
  psl_export_cell_date (cells, o->start_date);
  psl_export_cell_date (cells, o->end_date);
  psl_export_cell_count (cells, o->places);
  psl_export_cell_count (cells, o->started);
  psl_export_cell_text (cells, g_strcmp0 (o->status, "refused") == 0 ? o->refusal_reason : NULL);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Opportunity"), N_("Phase"), N_("Kind"), N_("Contract"), N_("Hours a Week"),
                                   N_("Status"), N_("Proposed On"), N_("Start"), N_("End"), N_("Places"),
                                   N_("People Started"), N_("Reason of the Refusal"), NULL };

  return psl_list_export_table (_("Opportunities"), headers, PSL_COMPANY_OPPORTUNITIES (widget)->opportunities,
                                opportunity_cells);
}

static void
show_list (PslCompanyOpportunities *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = psl_opportunity_list_for_company (self->store, self->company_id, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (list == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (list, i)));
  g_clear_pointer (&self->opportunities, g_ptr_array_unref);
  self->opportunities = g_steal_pointer (&list);
}

/* The firm's level, its form A and its header may change with it. */
static void
on_saved_cb (PslCompanyOpportunities *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "company-page.reload", NULL))
    psl_company_opportunities_reload (self);
}

static void
open_dialog (PslCompanyOpportunities *self,
             const char              *id,
             PslPhase                 phase)
{
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog;

  if (self->company_id == NULL)
    return;
  dialog = psl_opportunity_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                       self->company_id, id, phase, &error);
  if (dialog == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      psl_company_opportunities_reload (self);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
candidates_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PslCompanyOpportunities *self = PSL_COMPANY_OPPORTUNITIES (widget);
  PslCandidatesWindow *window;
  const char *id, *title;

  g_variant_get (param, "(&s&s)", &id, &title);
  window = psl_candidates_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, id, title);
  g_signal_connect_object (window, "proposed", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_dialog (PSL_COMPANY_OPPORTUNITIES (widget), NULL, g_variant_get_int32 (param));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  open_dialog (PSL_COMPANY_OPPORTUNITIES (widget), g_variant_get_string (param, NULL), 0);
}

static gboolean
set_deleted (PslCompanyOpportunities *self,
             const char              *id,
             gboolean                 deleted)
{
  g_autoptr(GError) error = NULL;

  if (!psl_record_set_deleted (self->store, "opportunity", id, deleted, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  on_saved_cb (self);
  return TRUE;
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  set_deleted (PSL_COMPANY_OPPORTUNITIES (widget), g_variant_get_string (param, NULL), FALSE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  if (set_deleted (PSL_COMPANY_OPPORTUNITIES (widget), g_variant_get_string (param, NULL), TRUE))
    psl_toast_undo (widget, _("Opportunity deleted"), "opportunities.restore", param);
}

static void
psl_company_opportunities_dispose (GObject *object)
{
  PslCompanyOpportunities *self = PSL_COMPANY_OPPORTUNITIES (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  g_clear_pointer (&self->opportunities, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_OPPORTUNITIES);
  G_OBJECT_CLASS (psl_company_opportunities_parent_class)->dispose (object);
}

static void
psl_company_opportunities_class_init (PslCompanyOpportunitiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_opportunities_dispose;

  /* An opportunity was added, changed or deleted. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-opportunities.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyOpportunities, scroller);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyOpportunities, load_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyOpportunities, year_grid);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyOpportunities, list);

  gtk_widget_class_install_action (widget_class, "opportunities.add", "i", add_action);
  gtk_widget_class_install_action (widget_class, "opportunities.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "opportunities.candidates", "(ss)", candidates_action);
  gtk_widget_class_install_action (widget_class, "opportunities.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "opportunities.restore", "s", restore_action);
}

static void
psl_company_opportunities_init (PslCompanyOpportunities *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  psl_list_box_set_placeholder_text (self->list, _("No opportunity recorded yet: add what the firm opens, phase by phase."));
}

PslCompanyOpportunities *
psl_company_opportunities_new (void)
{
  return g_object_new (PSL_TYPE_COMPANY_OPPORTUNITIES, NULL);
}

void
psl_company_opportunities_set_company (PslCompanyOpportunities *self,
                                       PslStore                *store,
                                       const char              *company_id)
{
  g_return_if_fail (PSL_IS_COMPANY_OPPORTUNITIES (self));

  g_set_object (&self->store, store);
  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  psl_company_opportunities_reload (self);
}

void
psl_company_opportunities_reload (PslCompanyOpportunities *self)
{
  g_return_if_fail (PSL_IS_COMPANY_OPPORTUNITIES (self));

  if (self->store == NULL || self->company_id == NULL)
    return;
  show_load (self);
  show_years (self);
  show_list (self);
}

GtkListBox *
psl_company_opportunities_get_list (PslCompanyOpportunities *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_OPPORTUNITIES (self), NULL);
  return self->list;
}
