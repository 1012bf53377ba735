/* psl-competence-tab.c — a person's competence grid, beside what a job asks, and its history
 *
 * The latest grid of the person is drawn as a radar over the one a job
 * asks (the opportunity's own grid, else its firm's trade's), then told
 * item by item, the items where the person is short marked; below, every
 * dated evaluation.  The job is chosen among the opportunities the person
 * was introduced to and the open ones in the field of their project.
 */

#define G_LOG_DOMAIN "psl-competence-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-competence.h"
#include "psl-competence-dialog.h"
#include "psl-competence-radar.h"
#include "psl-competence-tab.h"
#include "psl-format.h"
#include "psl-ref.h"
#include "psl-toast.h"

struct _PslCompetenceTab
{
  AdwBin               parent_instance;

  PslStore            *store;
  char                *person_id;
  GPtrArray           *items;        /* PslCompetenceItem */
  GPtrArray           *jobs;         /* PslRefItem, after "none" in job_row */
  PslCompetenceGrid    person;
  char                *person_on;    /* the date of the latest grid, or NULL */
  PslCompetenceGrid    job;
  gboolean             has_job;
  char                *job_label;
  guint                n_short;

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *grid_group;
  AdwComboRow         *job_row;
  GtkDrawingArea      *radar_area;
  AdwPreferencesGroup *items_group;
  GPtrArray           *item_rows;
  AdwPreferencesGroup *history_group;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (PslCompetenceTab, psl_competence_tab, ADW_TYPE_BIN)

static void refill (PslCompetenceTab *self);

static void
draw_radar_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  PslCompetenceTab *self = user_data;
  g_autofree char *person_label = NULL;
  guint n = MIN (self->person.n_items, self->items != NULL ? self->items->len : 0);

  if (self->person_on != NULL)
    {
      g_autofree char *date = psl_format_date_short (self->person_on);
      /* Translators: a series of the radar: the person's grid of %s (a date) */
      person_label = g_strdup_printf (_("The person (%s)"), date);
    }
  psl_competence_radar_draw (cr, width, height, n, PSL_COMPETENCE_TOP, self->person.levels,
                             person_label != NULL ? person_label : _("The person"),
                             self->has_job ? self->job.levels : NULL, self->job_label);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/* One line per item: the person's level, the job's, and whether short. */
static void
fill_items (PslCompetenceTab *self)
{
  clear_rows (self->items_group, self->item_rows);
  self->n_short = 0;
  for (guint i = 0; self->items != NULL && i < self->items->len && i < self->person.n_items; i++)
    {
      PslCompetenceItem *item = g_ptr_array_index (self->items, i);
      int mine = self->person.levels[i];
      int asked = self->has_job ? self->job.levels[i] : PSL_COMPETENCE_UNRATED;
      gboolean shorter = asked > 0 && mine != PSL_COMPETENCE_UNRATED && mine < asked;
      g_autoptr(GString) text = g_string_new (psl_competence_level_label (mine));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, item->label);
      GtkWidget *row = add_row (self->items_group, self->item_rows, title, item->group_label);
      GtkWidget *label;

      if (asked > 0)
        /* Translators: after the person's level, the level the job asks */
        g_string_append_printf (text, _(" · the job asks %d"), asked);
      label = gtk_label_new (text->str);
      gtk_widget_add_css_class (label, shorter ? "warning" : "dim-label");
      if (shorter)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_set_tooltip_text (icon, _("Below what the job asks"));
          gtk_widget_add_css_class (icon, "warning");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
          self->n_short++;
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->items_group), self->person_on != NULL || self->has_job);
}

static void
fill_summary (PslCompetenceTab *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->person_on == NULL)
    g_string_append (text, _("Not rated yet: rate the twenty items after an interview or an immersion."));
  else
    {
      g_autofree char *date = psl_format_date_short (self->person_on);

      g_string_append_printf (text, _("Latest evaluation on %s."), date);
    }
  if (self->has_job && self->person_on != NULL)
    {
      PslCompetenceGap gap;
      double fit;

      psl_competence_gap (&self->person, &self->job, &gap);
      fit = psl_competence_fit (&gap);
      g_string_append_c (text, ' ');
      if (fit < 0)
        g_string_append (text, _("Nothing to compare with this job."));
      else if (gap.n_short == 0)
        g_string_append_printf (text, _("Meets every level the job asks (%u items)."), gap.n_compared);
      else
        g_string_append_printf (text, _("Meets %u of %u levels the job asks."),
                                gap.n_compared - gap.n_short, gap.n_compared);
    }
  else if (self->jobs != NULL && self->jobs->len > 0 && !self->has_job)
    g_string_append_printf (text, " %s", _("Choose a job to compare with."));
  adw_preferences_group_set_description (self->grid_group, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->radar_area), self->person_on != NULL || self->has_job);
  gtk_widget_queue_draw (GTK_WIDGET (self->radar_area));
}

static void
fill_history (PslCompetenceTab *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = psl_competence_history (self->store, self->person_id, &error);

  psl_toast_error (GTK_WIDGET (self), &error);
  clear_rows (self->history_group, self->history_rows);
  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      PslCompetenceEvaluation *e = g_ptr_array_index (history, i);
      g_autofree char *date = psl_format_date_short (e->evaluated_on);
      g_autofree char *title = e->context != NULL ? g_strdup_printf ("%s — %s", date, e->context)
                                                  : g_strdup (date);
      g_autofree char *mean = psl_format_decimal (e->average, 1);
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (e->n_rated > 0)
        /* Translators: %1$u items rated, %2$s their mean level, e.g. "2,6" */
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%1$u item rated, mean %2$s",
                                                       "%1$u items rated, mean %2$s", e->n_rated),
                                e->n_rated, mean);
      if (e->staff_name != NULL)
        g_string_append_printf (subtitle, " — %s", e->staff_name);
      add_row (self->history_group, self->history_rows, title, subtitle->str);
    }
  if (self->history_rows->len == 0)
    add_row (self->history_group, self->history_rows, _("No evaluation yet."), NULL);
}

static void
read_job (PslCompetenceTab *self)
{
  guint selected = adw_combo_row_get_selected (self->job_row);
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;

  self->has_job = FALSE;
  g_clear_pointer (&self->job_label, g_free);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->jobs == NULL || selected > self->jobs->len)
    return;
  {
    PslRefItem *job = g_ptr_array_index (self->jobs, selected - 1);

    self->has_job = psl_competence_job_for_opportunity (self->store, job->code, &self->job, &source, &error);
    psl_toast_error (GTK_WIDGET (self), &error);
    if (self->has_job)
      /* Translators: a series of the radar: what the job asks, %s says whose grid (this opportunity, a trade) */
      self->job_label = g_strdup_printf (_("The job (%s)"), source);
    else
      self->job_label = g_strdup (_("No grid for this job"));
  }
}

static void
on_job_selected_cb (PslCompetenceTab *self)
{
  if (self->store == NULL)
    return;
  read_job (self);
  fill_summary (self);
  fill_items (self);
  if (!self->has_job && adw_combo_row_get_selected (self->job_row) > 0)
    adw_preferences_group_set_description (self->grid_group,
                                           _("This job has no competence grid yet, nor has its firm's "
                                             "trade: rate what it asks from the firm's page."));
}

static void
on_saved_cb (PslCompetenceTab *self)
{
  refill (self);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslCompetenceTab *self = PSL_COMPETENCE_TAB (widget);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PslCompetenceDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = psl_competence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->store, "person_id", self->person_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refill (PslCompetenceTab *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *current = NULL;
  guint selected = adw_combo_row_get_selected (self->job_row);
  guint keep = 0;
  g_autoptr(GError) error = NULL;

  if (self->jobs != NULL && selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected <= self->jobs->len)
    current = g_strdup (((PslRefItem *) g_ptr_array_index (self->jobs, selected - 1))->code);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->person_on, g_free);
  self->items = psl_competence_items (self->store, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  if (!psl_competence_latest (self->store, "person_id", self->person_id, &self->person, &self->person_on, &error))
    psl_competence_grid_init (&self->person, self->items != NULL ? MIN (self->items->len, PSL_COMPETENCE_MAX_ITEMS) : 0);
  psl_toast_error (GTK_WIDGET (self), &error);

  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  self->jobs = psl_competence_jobs_for_person (self->store, self->person_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  gtk_string_list_append (names, _("No job"));
  for (guint i = 0; self->jobs != NULL && i < self->jobs->len; i++)
    {
      PslRefItem *job = g_ptr_array_index (self->jobs, i);

      gtk_string_list_append (names, job->label);
      if (g_strcmp0 (job->code, current) == 0)
        keep = i + 1;
    }
  g_signal_handlers_block_by_func (self->job_row, on_job_selected_cb, self);
  adw_combo_row_set_model (self->job_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->job_row, keep);
  g_signal_handlers_unblock_by_func (self->job_row, on_job_selected_cb, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->job_row), self->jobs != NULL && self->jobs->len > 0);

  read_job (self);
  fill_summary (self);
  fill_items (self);
  fill_history (self);
}

static void
psl_competence_tab_dispose (GObject *object)
{
  PslCompetenceTab *self = PSL_COMPETENCE_TAB (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_competence_tab_parent_class)->dispose (object);
}

static void
psl_competence_tab_finalize (GObject *object)
{
  PslCompetenceTab *self = PSL_COMPETENCE_TAB (object);

  g_free (self->person_id);
  g_free (self->person_on);
  g_free (self->job_label);
  G_OBJECT_CLASS (psl_competence_tab_parent_class)->finalize (object);
}

static void
psl_competence_tab_class_init (PslCompetenceTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_competence_tab_dispose;
  G_OBJECT_CLASS (klass)->finalize = psl_competence_tab_finalize;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "competence-tab.rate", NULL, rate_action);
}

static void
psl_competence_tab_init (PslCompetenceTab *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Rate…"));

  self->item_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));

  self->grid_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->grid_group, _("Competence Grid"));
  gtk_widget_set_tooltip_text (button, _("Rate the twenty items as of today"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "competence-tab.rate");
  adw_preferences_group_set_header_suffix (self->grid_group, button);
  self->job_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->job_row), _("Compared with"));
  g_signal_connect_swapped (self->job_row, "notify::selected", G_CALLBACK (on_job_selected_cb), self);
  adw_preferences_group_add (self->grid_group, GTK_WIDGET (self->job_row));
  self->radar_area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->radar_area, 460);
  gtk_widget_set_margin_top (GTK_WIDGET (self->radar_area), 12);
  gtk_drawing_area_set_draw_func (self->radar_area, draw_radar_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->radar_area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Radar of the person's competences and the job's; the same "
                                    "figures are listed below"), -1);
  adw_preferences_group_add (self->grid_group, GTK_WIDGET (self->radar_area));
  adw_preferences_page_add (self->page, self->grid_group);

  self->items_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->items_group, _("Item by Item"));
  adw_preferences_page_add (self->page, self->items_group);

  self->history_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->history_group, _("Evaluations"));
  adw_preferences_group_set_description (self->history_group,
                                         _("Every dated evaluation is kept: the grid shown is the latest."));
  adw_preferences_page_add (self->page, self->history_group);
}

PslCompetenceTab *
psl_competence_tab_new (void)
{
  return g_object_new (PSL_TYPE_COMPETENCE_TAB, NULL);
}

void
psl_competence_tab_show (PslCompetenceTab *self,
                         PslStore         *store,
                         const char       *person_id)
{
  g_return_if_fail (PSL_IS_COMPETENCE_TAB (self));

  g_set_object (&self->store, store);
  if (g_strcmp0 (self->person_id, person_id) != 0)
    {
      g_free (self->person_id);
      self->person_id = g_strdup (person_id);
      adw_combo_row_set_selected (self->job_row, 0);
    }
  refill (self);
}

void
psl_competence_tab_compare_with (PslCompetenceTab *self,
                                 const char       *opportunity_id)
{
  g_return_if_fail (PSL_IS_COMPETENCE_TAB (self));

  for (guint i = 0; self->jobs != NULL && i < self->jobs->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->jobs, i))->code, opportunity_id) == 0)
      {
        adw_combo_row_set_selected (self->job_row, i + 1);
        return;
      }
  adw_combo_row_set_selected (self->job_row, 0);
}

guint
psl_competence_tab_get_n_short (PslCompetenceTab *self)
{
  g_return_val_if_fail (PSL_IS_COMPETENCE_TAB (self), 0);
  return self->n_short;
}
