/* psl-company-evaluation.c — the Évaluation tab of a firm: level, engagement, quality, form A
 *
 * Everything the seed's Annexes 4 and 5 ask to know about a firm, on one
 * tab: the partnership level (suggested, chosen, with its history), the
 * engagement survey's latest answers, the twelve-criteria rating with its
 * radar and the quadrant it places the firm in, and form A computed from
 * the data for a chosen year.
 */

#define G_LOG_DOMAIN "psl-company-evaluation"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-company-evaluation.h"
#include "psl-engagement.h"
#include "psl-engagement-dialog.h"
#include "psl-evaluation.h"
#include "psl-evaluation-dialog.h"
#include "psl-format.h"
#include "psl-opportunity.h"
#include "psl-partnerships-group.h"
#include "psl-quadrant-window.h"
#include "psl-radar.h"
#include "psl-ref.h"
#include "psl-toast.h"

/* Years offered for form A: this one and the four before. */
#define FORM_A_YEARS 5
/* The latest changes of level; older ones stay in the database. */
#define SHOWN_CHANGES 6

struct _PslCompanyEvaluation
{
  GtkWidget            parent_instance;

  PslStore            *store;
  char                *company_id;
  GPtrArray           *levels;        /* PslRefItem, in the order of level_row */
  char                *suggested;     /* code of the suggested level */
  gboolean             filling;       /* rows being filled, not chosen */
  int                  scores[PSL_FORM_B_CRITERIA];
  int                  previous[PSL_FORM_B_CRITERIA];
  char                *rated_on[2];   /* dates of the latest rating and of the one before */
  gboolean             rated;
  GPtrArray           *added;         /* rows added to groups, removed on reload */

  AdwPreferencesPage  *page;
  AdwComboRow         *level_row;
  AdwEntryRow         *reason_row;
  AdwActionRow        *suggested_row;
  GtkWidget           *apply_button;
  AdwPreferencesGroup *history_group;
  PslPartnershipsGroup *partnerships;
  AdwPreferencesGroup *engagement_group;
  AdwPreferencesGroup *quality_group;
  AdwPreferencesGroup *form_a_group;
  GtkDrawingArea      *radar_area;
  GtkListBox          *quality_list;
  AdwComboRow         *year_row;
};

G_DEFINE_FINAL_TYPE (PslCompanyEvaluation, psl_company_evaluation, GTK_TYPE_WIDGET)

static GtkWidget *
info_row (const char *title,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL ? value : "—");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
add_to_group (PslCompanyEvaluation *self,
              AdwPreferencesGroup  *group,
              GtkWidget            *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added, row);
}

static void
clear_added (PslCompanyEvaluation *self)
{
  for (guint i = 0; i < self->added->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (GTK_IS_LIST_BOX (gtk_widget_get_parent (row)) &&
          gtk_widget_get_parent (row) == GTK_WIDGET (self->quality_list))
        gtk_list_box_remove (self->quality_list, row);
      else if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->added, 0);
}

/* ---- partnership level ---- */

static guint
level_position (PslCompanyEvaluation *self,
                const char           *code)
{
  for (guint i = 0; self->levels != NULL && i < self->levels->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->levels, i))->code, code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static const char *
level_label (PslCompanyEvaluation *self,
             const char           *code)
{
  guint i = level_position (self, code);

  return i != GTK_INVALID_LIST_POSITION ? ((PslRefItem *) g_ptr_array_index (self->levels, i))->label : NULL;
}

static void
show_level (PslCompanyEvaluation *self)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PslCompany) company = psl_company_load (self->store, self->company_id, &error);
  g_autoptr(GPtrArray) history = NULL;
  const char *current = company != NULL ? company->partnership_level : NULL;
  const char *suggested;

  psl_toast_error (GTK_WIDGET (self), &error);
  history = psl_company_level_history (self->store, self->company_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  adw_combo_row_set_selected (self->level_row, level_position (self, current));

  suggested = psl_company_suggest_level (self->store, self->company_id, today, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  g_free (self->suggested);
  self->suggested = g_strdup (suggested);
  adw_action_row_set_subtitle (self->suggested_row, suggested != NULL ? level_label (self, suggested) : "—");
  gtk_widget_set_sensitive (self->apply_button, suggested != NULL && g_strcmp0 (suggested, current) != 0);

  for (guint i = 0; history != NULL && i < history->len && i < SHOWN_CHANGES; i++)
    {
      PslLevelChange *change = g_ptr_array_index (history, i);
      g_autofree char *date = psl_format_date_short (change->set_on);
      g_autoptr(GString) detail = g_string_new (date);
      GtkWidget *row = adw_action_row_new ();

      if (change->staff_name != NULL)
        g_string_append_printf (detail, " · %s", change->staff_name);
      if (change->suggested != NULL && g_strcmp0 (change->suggested, change->level) != 0)
        {
          g_string_append (detail, " · ");
          /* Translators: %s is the level the data suggested that day */
          g_string_append_printf (detail, _("suggested: %s"), change->suggested);
        }
      if (change->reason != NULL)
        g_string_append_printf (detail, " · %s", change->reason);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->level);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
      add_to_group (self, self->history_group, row);
    }
  adw_preferences_group_set_description (self->history_group,
                                         history == NULL || history->len == 0
                                         ? _("The level has not been set by anyone yet.") : NULL);
}

static void
set_level (PslCompanyEvaluation *self,
           const char           *level)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  g_autoptr(GError) error = NULL;

  if (!psl_company_set_level (self->store, self->company_id, level, NULL, *reason != '\0' ? reason : NULL,
                              today, &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  /* The header and the firms' table show the level too. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "company-page.reload", NULL))
    psl_company_evaluation_reload (self);
}

static void
on_level_selected_cb (PslCompanyEvaluation *self)
{
  guint i = adw_combo_row_get_selected (self->level_row);

  if (self->filling || i == GTK_INVALID_LIST_POSITION || self->levels == NULL || i >= self->levels->len)
    return;
  set_level (self, ((PslRefItem *) g_ptr_array_index (self->levels, i))->code);
}

static void
apply_suggestion_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PslCompanyEvaluation *self = PSL_COMPANY_EVALUATION (widget);

  if (self->suggested != NULL)
    set_level (self, self->suggested);
}

/* ---- engagement ---- */

static void
show_engagement (PslCompanyEvaluation *self)
{
  g_autofree char *answered_on = NULL;
  g_autoptr(GHashTable) answers = psl_engagement_latest (self->store, self->company_id, &answered_on);
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;

  if (answers == NULL)
    {
      adw_preferences_group_set_description (self->engagement_group,
                                             _("Not surveyed yet: the survey asks what the firm is ready to open "
                                               "to the people accompanied."));
      return;
    }
  date = psl_format_date_short (answered_on);
  /* Translators: %s is a date */
  description = g_strdup_printf (_("Survey answered on %s."), date);
  adw_preferences_group_set_description (self->engagement_group, description);

  questions = psl_engagement_questions (self->store);
  for (guint i = 0; i < questions->len; i++)
    {
      PslQuestion *q = g_ptr_array_index (questions, i);
      const char *answer = g_hash_table_lookup (answers, q->code);

      if (answer == NULL || *answer == '\0')
        continue;
      if (g_strcmp0 (q->kind, "yes_no") == 0)
        answer = g_strcmp0 (answer, "yes") == 0 ? _("Yes") : _("No");
      add_to_group (self, self->engagement_group, info_row (q->label, answer));
    }
}

static void
on_survey_saved_cb (PslCompanyEvaluation *self,
                    const char           *id,
                    PslEngagementDialog  *dialog)
{
  guint opened = psl_engagement_dialog_get_opened (dialog);

  if (opened > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Survey saved; %u opportunity opened.",
                                                            "Survey saved; %u opportunities opened.", opened),
                                               opened);
      psl_toast_message (GTK_WIDGET (self), text);
    }
  else
    psl_toast_message (GTK_WIDGET (self), _("Survey saved."));
  /* The Opportunités tab shows what the survey opened. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "company-page.reload", NULL))
    psl_company_evaluation_reload (self);
}

static void
survey_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslCompanyEvaluation *self = PSL_COMPANY_EVALUATION (widget);
  PslEngagementDialog *dialog = psl_engagement_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                           self->store, self->company_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_survey_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- quality (form B) ---- */

static void
draw_radar_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  PslCompanyEvaluation *self = user_data;
  const char *labels[PSL_FORM_B_CRITERIA];
  double latest[PSL_FORM_B_CRITERIA], before[PSL_FORM_B_CRITERIA];
  /* The rating before, drawn first, so that the latest is on top. */
  const double *series[] = { before, latest };
  g_autofree char *before_date = psl_format_date_short (self->rated_on[1]);
  g_autofree char *latest_date = psl_format_date_short (self->rated_on[0]);
  const char *dates[] = { before_date, latest_date };
  gboolean two = self->rated_on[1] != NULL;

  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    {
      labels[i] = _(psl_form_b_criteria[i]);
      latest[i] = self->scores[i];
      before[i] = self->previous[i];
    }
  psl_radar_draw (cr, width, height, &(PslRadar) {
    .n_axes = PSL_FORM_B_CRITERIA, .axis_labels = labels, .max = 5,
    .n_series = two ? 2 : 1, .series = two ? series : series + 1, .series_labels = two ? dates : dates + 1,
  });
}

static void
show_quality (PslCompanyEvaluation *self,
              const PslFormA       *form,
              int                   year)
{
  PslScoreSettings settings;
  const char *rated_on;

  g_clear_pointer (&self->rated_on[0], g_free);
  g_clear_pointer (&self->rated_on[1], g_free);
  self->rated = psl_evaluation_nth (self->store, self->company_id, 0, self->scores, &self->rated_on[0]);
  if (!psl_evaluation_nth (self->store, self->company_id, 1, self->previous, &self->rated_on[1]))
    g_clear_pointer (&self->rated_on[1], g_free);
  rated_on = self->rated_on[0];
  gtk_widget_set_visible (GTK_WIDGET (self->radar_area), self->rated);
  gtk_widget_queue_draw (GTK_WIDGET (self->radar_area));
  if (!self->rated)
    {
      adw_preferences_group_set_description (self->quality_group,
                                             _("Not rated yet: rate the twelve criteria of the relationship "
                                               "after a meeting with the firm."));
      gtk_widget_set_visible (GTK_WIDGET (self->quality_list), FALSE);
      return;
    }

  psl_score_settings_load (self->store, &settings);
  {
    g_autofree char *date = psl_format_date_short (rated_on);
    /* Translators: %s is a date */
    g_autofree char *description = g_strdup_printf (_("Latest rating on %s, from 1 to 5."), date);
    double quality = psl_form_b_quality (self->scores);
    double realised = psl_form_a_weighted_realised (form, &settings);
    g_autofree char *weighted = psl_format_decimal (realised, 1);
    /* Translators: %.0f a quality out of 100, %s weighted realised opportunities, %d a year */
    g_autofree char *figures = g_strdup_printf (_("Quality %.0f/100 · %s weighted opportunities realised in %d"),
                                                quality, weighted, year - 1);

    adw_preferences_group_set_description (self->quality_group, description);
    gtk_widget_set_visible (GTK_WIDGET (self->quality_list), TRUE);
    GtkWidget *row = info_row (psl_quadrant_label (psl_evaluation_quadrant (quality, realised, &settings)), figures);
    GtkWidget *among = gtk_button_new_with_mnemonic (_("_Among All Firms…"));

    gtk_widget_set_valign (among, GTK_ALIGN_CENTER);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (among), "evaluation.quadrant");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), among);
    gtk_list_box_append (self->quality_list, row);
    g_ptr_array_add (self->added, gtk_widget_get_last_child (GTK_WIDGET (self->quality_list)));
  }
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslCompanyEvaluation *self = PSL_COMPANY_EVALUATION (widget);
  PslEvaluationDialog *dialog = psl_evaluation_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                           self->store, self->company_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_company_evaluation_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- form A ---- */

static int
chosen_year (PslCompanyEvaluation *self)
{
  g_autofree char *today = psl_today_iso ();
  guint selected = adw_combo_row_get_selected (self->year_row);

  return (int) g_ascii_strtoll (today, NULL, 10) - (selected != GTK_INVALID_LIST_POSITION ? (int) selected : 0);
}

/* The firm among all those rated, for the year chosen for form A. */
static void
quadrant_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PslCompanyEvaluation *self = PSL_COMPANY_EVALUATION (widget);
  PslQuadrantWindow *window = psl_quadrant_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                                       chosen_year (self), self->company_id);

  gtk_window_present (GTK_WINDOW (window));
}

static const char *
yes_no_unknown (int value)
{
  return value < 0 ? _("not known") : value ? _("yes") : _("no");
}

static gboolean
reload_idle_cb (gpointer data)
{
  psl_company_evaluation_reload (data);
  return G_SOURCE_REMOVE;
}

/* The rows are remade after the switch or button that asked for it has
 * finished its own signal: remaking them inside it would free it there. */
static void
queue_reload (PslCompanyEvaluation *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, g_object_ref (self), g_object_unref);
}

static void
on_item_switched_cb (GtkSwitch            *toggle,
                     GParamSpec           *pspec,
                     PslCompanyEvaluation *self)
{
  g_autoptr(GError) error = NULL;
  PslFormAItem item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "form-a-item"));

  if (self->filling)
    return;
  if (!psl_form_a_override (self->store, self->company_id, chosen_year (self), item,
                            gtk_switch_get_active (toggle), &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
  queue_reload (self);
}

static void
on_item_reset_cb (GtkButton            *button,
                  PslCompanyEvaluation *self)
{
  g_autoptr(GError) error = NULL;
  PslFormAItem item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "form-a-item"));

  if (!psl_form_a_override (self->store, self->company_id, chosen_year (self), item, -1, &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
  queue_reload (self);
}

/* A yes-or-no item of form A: computed, or set by hand with the computed
 * value beside it and a way back to it. */
static GtkWidget *
item_row (PslCompanyEvaluation *self,
          const PslFormA       *form,
          PslFormAItem          item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  gboolean by_hand = (form->overridden >> item) & 1;
  g_autofree char *subtitle = by_hand
    /* Translators: %s is yes, no or not known */
    ? g_strdup_printf (_("Set by hand (the data say: %s)"), yes_no_unknown (form->computed[item]))
    : g_strdup (_("From the data"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(psl_form_a_item_labels[item]));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (by_hand)
    {
      GtkWidget *reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");

      gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (reset, "flat");
      gtk_widget_set_tooltip_text (reset, _("Back to What the Data Say"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (reset), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Back to What the Data Say"), -1);
      g_object_set_data (G_OBJECT (reset), "form-a-item", GUINT_TO_POINTER (item));
      g_signal_connect (reset, "clicked", G_CALLBACK (on_item_reset_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reset);
    }
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), psl_form_a_get_item (form, item) > 0);
  g_object_set_data (G_OBJECT (toggle), "form-a-item", GUINT_TO_POINTER (item));
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_item_switched_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static void
show_form_a (PslCompanyEvaluation *self,
             const PslFormA       *form,
             int                   year)
{
  g_autofree char *sector = psl_ref_label (self->store, "sector", form->sector);
  g_autofree char *size = psl_ref_label (self->store, "company_size", form->size_band);
  g_autoptr(GString) contracts = g_string_new (NULL);
  /* Translators: %d is the year before the one chosen */
  g_autofree char *opp_title = g_strdup_printf (_("Opportunities in %d, realised / proposed"), year - 1);
  /* Translators: realised / proposed by phase */
  g_autofree char *opp = g_strdup_printf (_("Discovery %u/%u · Immersion %u/%u · Work-study %u/%u · Job %u/%u"),
                                          form->realised[0], form->proposed[0], form->realised[1], form->proposed[1],
                                          form->realised[2], form->proposed[2], form->realised[3], form->proposed[3]);

  for (guint g = 0; g < PSL_N_CONTRACT_GROUPS; g++)
    if (form->contracts[g] > 0)
      g_string_append_printf (contracts, "%s%s %u", contracts->len > 0 ? " · " : "",
                              psl_contract_group_label (g), form->contracts[g]);

  add_to_group (self, self->form_a_group, info_row (_("Sector"), sector));
  add_to_group (self, self->form_a_group, info_row (_("Type of firm"), size));
  for (PslFormAItem item = PSL_FORM_A_NETWORK_PERSONAL; item <= PSL_FORM_A_INBOUND; item++)
    add_to_group (self, self->form_a_group, item_row (self, form, item));
  add_to_group (self, self->form_a_group, info_row (_("Relationship"), psl_relationship_band_label (form->relationship)));
  add_to_group (self, self->form_a_group, info_row (opp_title, opp));
  for (PslFormAItem item = PSL_FORM_A_REGULAR; item < PSL_FORM_A_N_ITEMS; item++)
    add_to_group (self, self->form_a_group, item_row (self, form, item));
  add_to_group (self, self->form_a_group, info_row (_("Contracts signed"), contracts->len > 0 ? contracts->str : NULL));
}

static void
on_year_selected_cb (PslCompanyEvaluation *self)
{
  if (!self->filling)
    psl_company_evaluation_reload (self);
}

static void
psl_company_evaluation_dispose (GObject *object)
{
  PslCompanyEvaluation *self = PSL_COMPANY_EVALUATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  g_clear_pointer (&self->suggested, g_free);
  g_clear_pointer (&self->rated_on[0], g_free);
  g_clear_pointer (&self->rated_on[1], g_free);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_EVALUATION);
  G_OBJECT_CLASS (psl_company_evaluation_parent_class)->dispose (object);
}

static void
psl_company_evaluation_class_init (PslCompanyEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_evaluation_dispose;
  g_type_ensure (PSL_TYPE_PARTNERSHIPS_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-evaluation.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, page);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, level_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, reason_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, suggested_row);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, apply_button);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, history_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, partnerships);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, engagement_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, quality_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, form_a_group);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, radar_area);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, quality_list);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyEvaluation, year_row);

  gtk_widget_class_install_action (widget_class, "evaluation.apply-suggestion", NULL, apply_suggestion_action);
  gtk_widget_class_install_action (widget_class, "evaluation.survey", NULL, survey_action);
  gtk_widget_class_install_action (widget_class, "evaluation.rate", NULL, rate_action);
  gtk_widget_class_install_action (widget_class, "evaluation.quadrant", NULL, quadrant_action);
}

static void
psl_company_evaluation_init (PslCompanyEvaluation *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autofree char *today = psl_today_iso ();
  int year = (int) g_ascii_strtoll (today, NULL, 10);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->added = g_ptr_array_new ();

  for (int i = 0; i < FORM_A_YEARS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", year - i);
      gtk_string_list_append (years, text);
    }
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (years));
  gtk_drawing_area_set_draw_func (self->radar_area, draw_radar_cb, self, NULL);
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (on_level_selected_cb), self);
  g_signal_connect_swapped (self->year_row, "notify::selected", G_CALLBACK (on_year_selected_cb), self);
}

void
psl_company_evaluation_set_company (PslCompanyEvaluation *self,
                                    PslStore             *store,
                                    const char           *company_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_if_fail (PSL_IS_COMPANY_EVALUATION (self));

  if (store != self->store)
    {
      g_set_object (&self->store, store);
      g_clear_pointer (&self->levels, g_ptr_array_unref);
      /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
      self->levels = psl_ref_list (store, "partnership_level", NULL, NULL);
      for (guint i = 0; self->levels != NULL && i < self->levels->len; i++)
        gtk_string_list_append (names, ((PslRefItem *) g_ptr_array_index (self->levels, i))->label);
      self->filling = TRUE;
      adw_combo_row_set_model (self->level_row, G_LIST_MODEL (names));
      self->filling = FALSE;
    }
  g_free (self->company_id);
  self->company_id = g_strdup (company_id);
  self->filling = TRUE;
  adw_combo_row_set_selected (self->year_row, 0);
  self->filling = FALSE;
  psl_company_evaluation_reload (self);
}

void
psl_company_evaluation_reload (PslCompanyEvaluation *self)
{
  int year;
  PslFormA form = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_COMPANY_EVALUATION (self));

  if (self->store == NULL || self->company_id == NULL)
    return;
  year = chosen_year (self);
  self->filling = TRUE;
  clear_added (self);
  show_level (self);
  psl_partnerships_group_set_owner (self->partnerships, self->store, FALSE, self->company_id);
  show_engagement (self);
  if (psl_form_a_compute (self->store, self->company_id, year, &form, &error))
    {
      show_quality (self, &form, year);
      show_form_a (self, &form, year);
      psl_form_a_clear (&form);
    }
  psl_toast_error (GTK_WIDGET (self), &error);
  self->filling = FALSE;
}
