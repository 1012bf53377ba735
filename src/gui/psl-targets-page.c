/* psl-targets-page.c — the preferences page of the yearly targets, beside which the activity report puts results
 *
 * The targets the funders' agreement or the board set for a year, for
 * the whole structure or one antenna.  Each indicator is a number typed
 * in; 0 means no target, and the report then leaves the line out.  Saved
 * as typed, as the other preferences are.
 */

#define G_LOG_DOMAIN "psl-targets-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "psl-activity.h"
#include "psl-format.h"
#include "psl-spin.h"
#include "psl-staff-choice.h"
#include "psl-targets-page.h"
#include "psl-toast.h"

struct _PslTargetsPage
{
  AdwPreferencesPage parent_instance;

  PslStore    *store;
  AdwComboRow *year_row;
  AdwComboRow *antenna_row;
  GPtrArray   *antenna_ids;      /* NULL first: the whole structure */
  GtkSpinButton *spins[PSL_N_INDICATORS];
  int          first_year;       /* of the years offered */
  gboolean     loading;
};

G_DEFINE_FINAL_TYPE (PslTargetsPage, psl_targets_page, ADW_TYPE_PREFERENCES_PAGE)

static int
chosen_year (PslTargetsPage *self)
{
  return self->first_year + (int) adw_combo_row_get_selected (self->year_row);
}

static const char *
chosen_antenna (PslTargetsPage *self)
{
  return g_ptr_array_index (self->antenna_ids, adw_combo_row_get_selected (self->antenna_row));
}

/* The targets of the year and antenna chosen, 0 where none is set. */
static void
show_targets (PslTargetsPage *self)
{
  g_autoptr(GError) error = NULL;

  self->loading = TRUE;
  for (PslIndicator i = 0; i < PSL_N_INDICATORS; i++)
    {
      /* One message for the lot: the first read that fails says why. */
      double value = psl_target_get (self->store, i, chosen_year (self), chosen_antenna (self),
                                     error == NULL ? &error : NULL);

      gtk_spin_button_set_value (self->spins[i], MAX (value, 0));
    }
  if (error != NULL)
    psl_toast_message (GTK_WIDGET (self), error->message);
  self->loading = FALSE;
}

static void
on_value_changed_cb (GtkSpinButton  *spin,
                     PslTargetsPage *self)
{
  PslIndicator indicator = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "indicator"));
  double value = gtk_spin_button_get_value (spin);
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!psl_target_set (self->store, indicator, chosen_year (self), chosen_antenna (self),
                       value > 0 ? value : -1, &error))
    psl_toast_message (GTK_WIDGET (self), error->message);
}

static void
on_scope_changed_cb (PslTargetsPage *self)
{
  if (self->antenna_ids != NULL)
    show_targets (self);
}

static GtkWidget *
scope_group (PslTargetsPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autofree char *today = psl_today_iso ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Targets"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("The activity report puts what was done beside them. 0 is no target."));
  self->first_year = atoi (today) - 1;
  for (int y = self->first_year; y <= self->first_year + 2; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);

      gtk_string_list_append (years, text);
    }

  self->year_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_row), _("Year"));
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (years));
  adw_combo_row_set_selected (self->year_row, 1);
  self->antenna_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->antenna_row), _("Antenna"));
  self->antenna_ids = psl_antenna_choice_fill (self->antenna_row, self->store);
  g_signal_connect_swapped (self->year_row, "notify::selected", G_CALLBACK (on_scope_changed_cb), self);
  g_signal_connect_swapped (self->antenna_row, "notify::selected", G_CALLBACK (on_scope_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->year_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->antenna_row));
  return group;
}

static GtkWidget *
indicators_group (PslTargetsPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Indicators"));
  for (PslIndicator i = 0; i < PSL_N_INDICATORS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      double top = i == PSL_INDICATOR_DURABLE_RATE ? 100 : 1000000;
      GtkWidget *spin = gtk_spin_button_new_with_range (0, top, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), psl_indicator_label (i));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      psl_indicator_label (i), -1);
      g_object_set_data (G_OBJECT (spin), "indicator", GUINT_TO_POINTER (i));
      psl_spin_keep_wheel_for_page (GTK_SPIN_BUTTON (spin));
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_value_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->spins[i] = GTK_SPIN_BUTTON (spin);
    }
  return group;
}

static void
psl_targets_page_dispose (GObject *object)
{
  PslTargetsPage *self = PSL_TARGETS_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->antenna_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_targets_page_parent_class)->dispose (object);
}

static void
psl_targets_page_class_init (PslTargetsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_targets_page_dispose;
}

static void
psl_targets_page_init (PslTargetsPage *self)
{
}

PslTargetsPage *
psl_targets_page_new (PslStore *store)
{
  PslTargetsPage *self = g_object_new (PSL_TYPE_TARGETS_PAGE,
                                       "title", _("Targets"),
                                       "icon-name", "emblem-default-symbolic",
                                       NULL);

  self->store = g_object_ref (store);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (scope_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (indicators_group (self)));
  show_targets (self);
  return self;
}
