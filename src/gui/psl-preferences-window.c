/* psl-preferences-window.c — structure, antenna, my name, country profile
 *
 * Shared settings (the structure, the antenna, the country) live in the
 * database, so that every computer using the file agrees; "my name" is a
 * person's own and lives in GSettings.  Every change is saved at once.
 */

#define G_LOG_DOMAIN "psl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-compliance.h"
#include "psl-contact.h"
#include "psl-evaluation.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "psl-opportunity.h"
#include "psl-plan-templates-page.h"
#include "psl-sync-page.h"
#include "psl-targets-page.h"
#include "psl-preferences-window.h"
#include "psl-logo-row.h"
#include "psl-privacy-page.h"
#include "psl-toast.h"

struct _PslPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  PslStore    *store;
  GSettings   *settings;
  gboolean     loading;

  AdwPreferencesGroup *structure_group;
  AdwEntryRow *structure_row;
  AdwEntryRow *antenna_row;
  AdwComboRow *country_row;
  AdwEntryRow *user_row;
  AdwActionRow *path_row;
  AdwComboRow *from_row;
  AdwComboRow *to_row;
  AdwEntryRow *handover_note_row;
  GtkLabel    *handover_result;
  AdwEntryRow *quality_row;
  AdwEntryRow *opportunity_row;
  AdwEntryRow *weights_row;
  AdwEntryRow *load_row;
  AdwEntryRow *tolerance_row;
  GPtrArray   *staff_ids;
};

G_DEFINE_FINAL_TYPE (PslPreferencesWindow, psl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* An invalid value (an empty name) is shown on the row and not saved; the
 * last good value stays in the database. */
static void
report (PslPreferencesWindow *self,
        GtkWidget            *row,
        gboolean              ok,
        GError               *error)
{
  if (ok)
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  else
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, error->message);
    }
}

static void
on_structure_changed_cb (AdwEntryRow          *row,
                         PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading)
    return;
  ok = psl_installation_set_structure_name (self->store, gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
on_antenna_changed_cb (AdwEntryRow          *row,
                       PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading)
    return;
  ok = psl_installation_set_antenna_name (self->store, gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
on_country_changed_cb (AdwComboRow          *row,
                       GParamSpec           *pspec,
                       PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading)
    return;
  ok = psl_installation_set_country (self->store,
                                     adw_combo_row_get_selected (row) == 1 ? "BE" : "FR",
                                     &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
load_staff (PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) team = psl_portfolio_team (self->store, &error);
  g_autoptr(GtkStringList) from = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->staff_ids, 0);
  /* The rows then stay empty, marked with why. */
  if (team == NULL)
    report (self, GTK_WIDGET (self->from_row), FALSE, error);
  for (guint i = 0; team != NULL && i < team->len; i++)
    {
      const PslRefItem *member = g_ptr_array_index (team, i);

      g_ptr_array_add (self->staff_ids, g_strdup (member->code));
      gtk_string_list_append (from, member->label);
      gtk_string_list_append (to, member->label);
    }
  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (from));
  adw_combo_row_set_model (self->to_row, G_LIST_MODEL (to));
}

static const char *
selected_staff (PslPreferencesWindow *self,
                AdwComboRow          *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < self->staff_ids->len ? g_ptr_array_index (self->staff_ids, selected) : NULL;
}

static void
on_hand_over_clicked_cb (GtkButton            *button,
                         PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int moved = psl_portfolio_hand_over (self->store, selected_staff (self, self->from_row),
                                       selected_staff (self, self->to_row),
                                       gtk_editable_get_text (GTK_EDITABLE (self->handover_note_row)), &error);

  if (moved < 0)
    text = g_strdup (error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d firm handed over.", "%d firms handed over.", moved),
                            moved);
  gtk_label_set_label (self->handover_result, text);
  if (moved > 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
psl_preferences_window_dispose (GObject *object)
{
  PslPreferencesWindow *self = (PslPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_preferences_window_parent_class)->dispose (object);
}

/* Each setting of the quadrant is saved as soon as it reads right. */
static void
on_score_changed_cb (AdwEntryRow          *row,
                     PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *setting = GTK_WIDGET (row) == GTK_WIDGET (self->quality_row) ? "quality_threshold"
                        : GTK_WIDGET (row) == GTK_WIDGET (self->opportunity_row) ? "opportunity_threshold"
                        : "phase_weights";
  gboolean ok;

  if (self->loading)
    return;
  ok = psl_score_settings_set (self->store, setting, gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
on_load_changed_cb (AdwEntryRow          *row,
                    PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->loading)
    return;
  ok = psl_host_load_set_limit (self->store, gtk_editable_get_text (GTK_EDITABLE (row)), &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
on_tolerance_changed_cb (AdwEntryRow          *row,
                         PslPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  guint64 days = 0;
  gboolean ok;

  if (self->loading)
    return;
  ok = g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &days, NULL);
  if (!ok)
    g_set_error (&error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Give a number of days, for example 7."));
  else
    ok = psl_followup_tolerance_set (self->store, (guint) days, &error);
  report (self, GTK_WIDGET (row), ok, error);
}

static void
show_scores (PslPreferencesWindow *self)
{
  g_autofree char *quality = NULL, *opportunities = NULL, *limit = psl_store_get_meta (self->store, "host_load.limit");
  g_autoptr(GString) weights = g_string_new (NULL);
  PslScoreSettings settings;

  psl_score_settings_load (self->store, &settings);
  quality = psl_format_decimal (settings.quality_threshold, 2);
  opportunities = psl_format_decimal (settings.opportunity_threshold, 2);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *weight = psl_format_decimal (settings.phase_weights[i], 2);
      g_string_append_printf (weights, "%s%s", i > 0 ? " ; " : "", weight);
    }
  if (limit == NULL)
    limit = g_strdup_printf ("%d", PSL_HOST_LOAD_DEFAULT_LIMIT);
  gtk_editable_set_text (GTK_EDITABLE (self->quality_row), quality);
  gtk_editable_set_text (GTK_EDITABLE (self->opportunity_row), opportunities);
  gtk_editable_set_text (GTK_EDITABLE (self->weights_row), weights->str);
  gtk_editable_set_text (GTK_EDITABLE (self->load_row), limit);
  {
    g_autofree char *tolerance = g_strdup_printf ("%u", psl_followup_tolerance_get (self->store));
    gtk_editable_set_text (GTK_EDITABLE (self->tolerance_row), tolerance);
  }
}

/* F1 opens the help on the page shown: sync between sites, privacy, or the
 * structure's set-up that the first start also makes. */
char *
psl_preferences_window_get_help_uri (PslPreferencesWindow *self)
{
  AdwPreferencesPage *page;

  g_return_val_if_fail (PSL_IS_PREFERENCES_WINDOW (self), NULL);

  page = adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (self));
  if (PSL_IS_SYNC_PAGE (page))
    return g_strdup ("help:passerelle/synchronisation");
  if (PSL_IS_PRIVACY_PAGE (page))
    return g_strdup ("help:passerelle/confidentialite");
  return g_strdup ("help:passerelle/premier-demarrage");
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_autofree char *uri = psl_preferences_window_get_help_uri (PSL_PREFERENCES_WINDOW (widget));

  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

static void
psl_preferences_window_class_init (PslPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_preferences_window_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, structure_group);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, structure_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, antenna_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, country_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, from_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, to_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, handover_note_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, handover_result);
  gtk_widget_class_bind_template_callback (widget_class, on_hand_over_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_structure_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_antenna_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, quality_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, opportunity_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, weights_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, load_row);
  gtk_widget_class_bind_template_child (widget_class, PslPreferencesWindow, tolerance_row);
  gtk_widget_class_bind_template_callback (widget_class, on_score_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_load_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tolerance_changed_cb);

  gtk_widget_class_install_action (widget_class, "preferences.help", NULL, help_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "preferences.help", NULL);
}

static void
psl_preferences_window_init (PslPreferencesWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_ids = g_ptr_array_new_with_free_func (g_free);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_settings_bind (self->settings, "user-name", self->user_row, "text", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->user_row), FALSE);
}

PslPreferencesWindow *
psl_preferences_window_new (GtkWindow *parent,
                            PslStore  *store)
{
  PslPreferencesWindow *self = g_object_new (PSL_TYPE_PREFERENCES_WINDOW,
                                             "transient-for", parent,
                                             NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslInstallation) inst = psl_installation_load (store, &error);

  if (error != NULL)
    psl_toast_window_message (GTK_WINDOW (self), error->message);
  self->store = g_object_ref (store);
  self->loading = TRUE;
  if (inst != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->structure_row), inst->structure_name);
      gtk_editable_set_text (GTK_EDITABLE (self->antenna_row), inst->antenna_name);
      adw_combo_row_set_selected (self->country_row, g_strcmp0 (inst->country, "BE") == 0 ? 1 : 0);
    }
  adw_preferences_group_add (self->structure_group, psl_logo_row_new (store));
  adw_action_row_set_subtitle (self->path_row, psl_store_get_path (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (psl_plan_templates_page_new (store)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (psl_targets_page_new (store)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (psl_sync_page_new (store)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (psl_privacy_page_new (store)));
  load_staff (self);
  show_scores (self);
  self->loading = FALSE;

  return self;
}
