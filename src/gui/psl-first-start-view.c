/* psl-first-start-view.c — the first start of a new file: "Bienvenue dans Passerelle"
 *
 * One step at a time: the structure, its sites, its team, what documents
 * carry, this year's targets, then three ways on.  "Next" saves the step
 * in the file at once and "Skip" saves nothing; the step reached is kept in
 * the file, so that a first start cut short opens where it stopped.  All
 * of it can be changed later in Preferences.
 *
 * Signals: "finished" with how to go on ("import" or "empty"),
 * "join-requested" to join the structure's exchange (the first start stays
 * until it is done), and "demo-requested" for the demonstration in its own
 * file.
 */

#define G_LOG_DOMAIN "psl-first-start-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-activity.h"
#include "psl-first-start.h"
#include "psl-first-start-view.h"
#include "psl-installation.h"
#include "psl-logo-row.h"
#include "psl-spin.h"
#include "privacy/psl-privacy.h"

struct _PslFirstStartView
{
  AdwBin parent_instance;

  PslStore             *store;
  PslFirstStartStep     step;
  GSettings            *settings;

  AdwWindowTitle       *title;
  GtkStack             *stack;
  GtkWidget            *back_button;
  GtkWidget            *skip_button;
  GtkWidget            *next_button;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  AdwComboRow          *country_row;
  GtkLabel             *name_error;
  GtkLabel             *team_error;
  GtkLabel             *me_notice;      /* the first login made direction */
  AdwEntryRow          *site_row;
  AdwPreferencesGroup  *other_sites_group;
  AdwEntryRow          *new_site_row;
  AdwPreferencesGroup  *team_group;
  AdwPreferencesGroup  *members_group;
  AdwEntryRow          *member_row;
  AdwComboRow          *role_row;
  AdwEntryRow          *address_row;
  AdwEntryRow          *postcode_row;
  AdwEntryRow          *commune_row;
  AdwEntryRow          *footer_row;
  AdwPreferencesGroup  *documents_group;
  AdwPreferencesGroup  *targets_group;
  GtkSpinButton        *target_spins[PSL_N_INDICATORS];
  GPtrArray            *site_rows;      /* rows added under other_sites_group */
  GPtrArray            *member_checks;  /* "at this computer", one per member */
  GtkCheckButton       *first_me;       /* the group of "this is me" checks */
};

G_DEFINE_FINAL_TYPE (PslFirstStartView, psl_first_start_view, ADW_TYPE_BIN)

enum {
  FINISHED,
  DEMO_REQUESTED,
  JOIN_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The targets asked at first start: the ones a funders' agreement names. */
static const PslIndicator asked_targets[] = {
  PSL_INDICATOR_PEOPLE_FOLLOWED,
  PSL_INDICATOR_PEOPLE_NEW,
  PSL_INDICATOR_FIRMS_NEW,
  PSL_INDICATOR_IMMERSIONS,
  PSL_INDICATOR_EXITS_DURABLE,
};

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

static const char *
step_title (PslFirstStartStep step)
{
  switch (step)
    {
    case PSL_FIRST_START_STRUCTURE: return _("The Structure");
    case PSL_FIRST_START_SITES:     return _("Its Sites");
    case PSL_FIRST_START_TEAM:      return _("The Team");
    case PSL_FIRST_START_DOCUMENTS: return _("Documents");
    case PSL_FIRST_START_TARGETS:   return _("This Year's Targets");
    case PSL_FIRST_START_WAYS_ON:   return _("Ready");
    case PSL_FIRST_START_WELCOME:
    case PSL_FIRST_START_DONE:
    default:                        return _("Welcome to Passerelle");
    }
}

static void
show_step (PslFirstStartView *self,
           PslFirstStartStep  step)
{
  g_autofree char *subtitle = NULL;
  gboolean asking = step > PSL_FIRST_START_WELCOME && step < PSL_FIRST_START_WAYS_ON;

  self->step = MIN (step, PSL_FIRST_START_WAYS_ON);
  gtk_stack_set_visible_child_name (self->stack, psl_first_start_step_code (self->step));
  adw_window_title_set_title (self->title, step_title (self->step));
  if (asking)
    /* Translators: the step of the first start, e.g. "Step 2 of 5" */
    subtitle = g_strdup_printf (_("Step %d of %d"), (int) self->step, (int) PSL_FIRST_START_WAYS_ON - 1);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_widget_set_visible (self->back_button, self->step > PSL_FIRST_START_WELCOME);
  gtk_widget_set_visible (self->skip_button, asking);
  gtk_widget_set_visible (self->next_button, asking);
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->team_error), FALSE);
  if (self->step == PSL_FIRST_START_STRUCTURE)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
add_site_row (PslFirstStartView *self,
              const char        *name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_group_add (self->other_sites_group, row);
  g_ptr_array_add (self->site_rows, row);
}

static void
add_member_row (PslFirstStartView *self,
                const char        *staff_id,
                const char        *name,
                const char        *role_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *me = gtk_check_button_new_with_mnemonic (_("At this _computer"));
  g_autofree char *user = self->settings != NULL ? g_settings_get_string (self->settings, "user-name") : NULL;
  g_autofree char *actor = psl_privacy_get_actor (self->store);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role_label);
  gtk_widget_set_valign (me, GTK_ALIGN_CENTER);
  if (self->first_me != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (me), self->first_me);
  else
    self->first_me = GTK_CHECK_BUTTON (me);
  /* The login's staff member when there is one, else the "my name" set before. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (me), actor != NULL ? g_strcmp0 (actor, staff_id) == 0
                                                                    : g_strcmp0 (user, name) == 0);
  g_object_set_data_full (G_OBJECT (me), "psl-staff-name", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (me), "psl-staff-id", g_strdup (staff_id), g_free);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), me);
  adw_preferences_group_add (self->members_group, row);
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), TRUE);
  g_ptr_array_add (self->member_checks, me);
}

static const char *
role_label (const char *code)
{
  guint n;
  const PslChoice *roles = psl_staff_roles (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (code, roles[i].code) == 0)
      return _(roles[i].label);
  return NULL;
}

/* What the file already holds, for a first start resumed. */
static gboolean
say (PslFirstStartView *self,
     GError            *error)
{
  gtk_label_set_label (self->name_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
  return FALSE;
}

static void
load (PslFirstStartView *self)
{
  /* Each read's own error; the first is said on the structure's step. */
  GError *errors[5] = { NULL };
  g_autoptr(PslInstallation) inst = psl_installation_load (self->store, &errors[0]);
  g_autoptr(PslStructureDetails) details = psl_structure_details_load (self->store, &errors[1]);
  g_autoptr(GPtrArray) sites = psl_site_other_names (self->store, &errors[2]);
  g_autoptr(GPtrArray) staff = psl_staff_members (self->store, &errors[3]);
  guint n_kinds;
  const PslChoice *kinds = psl_structure_kinds (&n_kinds);

  if (inst != NULL)
    {
      /* The name a new file is given is no answer: the row starts empty. */
      if (g_strcmp0 (inst->structure_name, _("My structure")) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->name_row), inst->structure_name);
      gtk_editable_set_text (GTK_EDITABLE (self->site_row), inst->antenna_name);
      adw_combo_row_set_selected (self->country_row, g_strcmp0 (inst->country, "BE") == 0 ? 1 : 0);
    }
  if (details != NULL)
    {
      for (guint i = 0; i < n_kinds; i++)
        if (g_strcmp0 (details->kind, kinds[i].code) == 0)
          adw_combo_row_set_selected (self->kind_row, i);
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), details->address ? details->address : "");
      gtk_editable_set_text (GTK_EDITABLE (self->postcode_row), details->postcode ? details->postcode : "");
      gtk_editable_set_text (GTK_EDITABLE (self->commune_row), details->commune ? details->commune : "");
      gtk_editable_set_text (GTK_EDITABLE (self->footer_row),
                             details->funders_footer ? details->funders_footer : "");
    }
  for (guint i = 0; sites != NULL && i < sites->len; i++)
    add_site_row (self, g_ptr_array_index (sites, i));
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      PslStaffMember *member = g_ptr_array_index (staff, i);

      add_member_row (self, member->id, member->name, role_label (member->role));
    }
  for (guint i = 0; i < G_N_ELEMENTS (asked_targets); i++)
    {
      double value = psl_target_get (self->store, asked_targets[i], this_year (), NULL,
                                     errors[4] == NULL ? &errors[4] : NULL);
      gtk_spin_button_set_value (self->target_spins[i], MAX (value, 0));
    }
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      if (errors[i] != NULL && !gtk_widget_get_visible (GTK_WIDGET (self->name_error)))
        say (self, errors[i]);
      g_clear_error (&errors[i]);
    }
}

static void
on_new_site_apply_cb (PslFirstStartView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_site_row))));

  if (*name == '\0')
    return;
  if (!psl_site_add (self->store, name, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_site_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_site_row), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_site_row), "error");
  add_site_row (self, name);
  gtk_editable_set_text (GTK_EDITABLE (self->new_site_row), "");
}

static void
on_member_apply_cb (PslFirstStartView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_row))));
  g_autofree char *id = NULL;
  guint n_roles;
  const PslChoice *roles = psl_staff_roles (&n_roles);
  const PslChoice *role = &roles[MIN (adw_combo_row_get_selected (self->role_row), n_roles - 1)];

  if (*name == '\0')
    return;
  id = psl_staff_add (self->store, name, role->code, &error);
  if (id == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->member_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->member_row), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->member_row), "error");
  add_member_row (self, id, name, _(role->label));
  gtk_editable_set_text (GTK_EDITABLE (self->member_row), "");
}

/* "Who is at this computer" ties this login to the staff member ticked
 * (the records written here are signed with it; direction changes it in
 * Preferences, Privacy), and fills the "my name" setting documents use.
 * The first login of a file where nobody is direction becomes direction:
 * the last step says so. */
static gboolean
save_me (PslFirstStartView *self)
{
  for (guint i = 0; i < self->member_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->member_checks, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *notice = NULL;

      if (!gtk_check_button_get_active (check))
        continue;
      if (!psl_privacy_bind_login (self->store, psl_privacy_get_account (self->store),
                                   g_object_get_data (G_OBJECT (check), "psl-staff-id"), &notice, &error))
        {
          gtk_label_set_label (self->team_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->team_error), TRUE);
          return FALSE;
        }
      if (notice != NULL)
        {
          gtk_label_set_label (self->me_notice, notice);
          gtk_widget_set_visible (GTK_WIDGET (self->me_notice), TRUE);
        }
      if (self->settings != NULL)
        g_settings_set_string (self->settings, "user-name",
                               g_object_get_data (G_OBJECT (check), "psl-staff-name"));
    }
  return TRUE;
}

/* Saves what the step shows; FALSE (and says why) when it cannot. */
static gboolean
save_step (PslFirstStartView *self)
{
  g_autoptr(GError) error = NULL;
  guint n_kinds;
  const PslChoice *kinds = psl_structure_kinds (&n_kinds);

  switch (self->step)
    {
    case PSL_FIRST_START_STRUCTURE:
      if (!psl_installation_set_structure_name (self->store,
                                                gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error)
          || !psl_structure_set_kind (self->store,
                                      kinds[MIN (adw_combo_row_get_selected (self->kind_row), n_kinds - 1)].code,
                                      &error)
          || !psl_installation_set_country (self->store,
                                            adw_combo_row_get_selected (self->country_row) == 1 ? "BE" : "FR",
                                            &error))
        return say (self, error);
      return TRUE;

    case PSL_FIRST_START_SITES:
      on_new_site_apply_cb (self);
      if (!psl_installation_set_antenna_name (self->store,
                                              gtk_editable_get_text (GTK_EDITABLE (self->site_row)), &error))
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->site_row), "error");
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->site_row), error->message);
          return FALSE;
        }
      gtk_widget_remove_css_class (GTK_WIDGET (self->site_row), "error");
      return TRUE;

    case PSL_FIRST_START_TEAM:
      on_member_apply_cb (self);
      return save_me (self);

    case PSL_FIRST_START_DOCUMENTS:
      return psl_structure_set_documents (self->store,
                                          gtk_editable_get_text (GTK_EDITABLE (self->address_row)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->postcode_row)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->commune_row)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->footer_row)),
                                          &error) || say (self, error);

    case PSL_FIRST_START_TARGETS:
      for (guint i = 0; i < G_N_ELEMENTS (asked_targets); i++)
        {
          double value = gtk_spin_button_get_value (self->target_spins[i]);

          if (!psl_target_set (self->store, asked_targets[i], this_year (), NULL,
                               value > 0 ? value : -1, &error))
            return say (self, error);
        }
      return TRUE;

    case PSL_FIRST_START_WELCOME:
    case PSL_FIRST_START_WAYS_ON:
    case PSL_FIRST_START_DONE:
    default:
      return TRUE;
    }
}

static void
go_to (PslFirstStartView *self,
       PslFirstStartStep  step)
{
  g_autoptr(GError) error = NULL;

  if (!psl_first_start_set_step (self->store, step, &error))
    g_warning ("The first start's step cannot be kept: %s", error->message);
  show_step (self, step);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslFirstStartView *self = PSL_FIRST_START_VIEW (widget);

  if (save_step (self))
    go_to (self, self->step + 1);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslFirstStartView *self = PSL_FIRST_START_VIEW (widget);

  go_to (self, self->step + 1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslFirstStartView *self = PSL_FIRST_START_VIEW (widget);

  if (self->step > PSL_FIRST_START_WELCOME)
    go_to (self, self->step - 1);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslFirstStartView *self = PSL_FIRST_START_VIEW (widget);
  const char *way = g_variant_get_string (param, NULL);

  /* Joining may be given up: the first start stays until the structure's
   * base takes this one's place. */
  if (g_strcmp0 (way, "join") == 0)
    {
      g_signal_emit (self, signals[JOIN_REQUESTED], 0);
      return;
    }
  go_to (self, PSL_FIRST_START_DONE);
  g_signal_emit (self, signals[FINISHED], 0, way);
}

static void
demo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_signal_emit (widget, signals[DEMO_REQUESTED], 0);
}

static void
build_choices (PslFirstStartView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  guint n;
  const PslChoice *choices = psl_structure_kinds (&n);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (kinds, _(choices[i].label));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  choices = psl_staff_roles (&n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (roles, _(choices[i].label));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  {
    /* Translators: %d is the year */
    g_autofree char *title = g_strdup_printf (_("Targets for %d"), this_year ());
    adw_preferences_group_set_title (self->targets_group, title);
  }
  for (guint i = 0; i < G_N_ELEMENTS (asked_targets); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), psl_indicator_label (asked_targets[i]));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      psl_indicator_label (asked_targets[i]), -1);
      psl_spin_keep_wheel_for_page (GTK_SPIN_BUTTON (spin));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->targets_group, row);
      self->target_spins[i] = GTK_SPIN_BUTTON (spin);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), FALSE);
}

static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)
                                                     : NULL;

  return schema != NULL ? g_settings_new (APPLICATION_ID) : NULL;
}

static void
psl_first_start_view_dispose (GObject *object)
{
  PslFirstStartView *self = (PslFirstStartView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_FIRST_START_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->site_rows, g_ptr_array_unref);
  g_clear_pointer (&self->member_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_first_start_view_parent_class)->dispose (object);
}

static void
psl_first_start_view_class_init (PslFirstStartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_first_start_view_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[DEMO_REQUESTED] = g_signal_new ("demo-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[JOIN_REQUESTED] = g_signal_new ("join-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-first-start-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, title);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, stack);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, skip_button);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, next_button);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, name_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, country_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, name_error);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, team_error);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, me_notice);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, site_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, other_sites_group);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, new_site_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, team_group);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, members_group);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, member_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, role_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, address_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, commune_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, footer_row);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, documents_group);
  gtk_widget_class_bind_template_child (widget_class, PslFirstStartView, targets_group);
  gtk_widget_class_bind_template_callback (widget_class, on_new_site_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_apply_cb);

  gtk_widget_class_install_action (widget_class, "first-start.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "first-start.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "first-start.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "first-start.finish", "s", finish_action);
  gtk_widget_class_install_action (widget_class, "first-start.demo", NULL, demo_action);
}

static void
psl_first_start_view_init (PslFirstStartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->site_rows = g_ptr_array_new ();
  self->member_checks = g_ptr_array_new ();
  self->settings = open_settings ();
  build_choices (self);
}

PslFirstStartView *
psl_first_start_view_new (PslStore *store)
{
  PslFirstStartView *self = g_object_new (PSL_TYPE_FIRST_START_VIEW, NULL);

  self->store = g_object_ref (store);
  adw_preferences_group_add (self->documents_group, psl_logo_row_new (store));
  load (self);
  show_step (self, psl_first_start_get_step (store));
  return self;
}

const char *
psl_first_start_view_get_step (PslFirstStartView *self)
{
  g_return_val_if_fail (PSL_IS_FIRST_START_VIEW (self), NULL);
  return psl_first_start_step_code (self->step);
}
