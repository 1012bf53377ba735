/* psl-person-list-view.c — Personnes: everyone accompanied in a sortable, filterable table
 *
 * A PslTableView of PslPersonRow, with the people's own filters: in
 * pathway or exited, referent, phase, antenna (across the sites that
 * exchange), nobody following them, something overdue.  Activating a row emits "person-activated" with the id.
 */

#define G_LOG_DOMAIN "psl-person-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-installation.h"
#include "psl-person-list.h"
#include "psl-person-list-view.h"
#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-table-view.h"

#define GETTER(f) ((PslTableGetter) (f))

static const PslTableColumn columns[] = {
  { N_("Name"),          GETTER (psl_person_row_get_name),          PSL_TABLE_TEXT, 200 },
  { N_("Age"),           GETTER (psl_person_row_get_age_band),      PSL_TABLE_TEXT, 90 },
  { N_("Commune"),       GETTER (psl_person_row_get_commune),       PSL_TABLE_TEXT, 120 },
  { N_("Referent"),      GETTER (psl_person_row_get_referent_name), PSL_TABLE_TEXT, 130 },
  { N_("Situation"),     GETTER (psl_person_row_get_situation),     PSL_TABLE_TEXT, 150 },
  { N_("Phase"),         GETTER (psl_person_row_get_phase_label),   PSL_TABLE_TEXT, 150 },
  { N_("Antenna"),       GETTER (psl_person_row_get_antenna_name),  PSL_TABLE_TEXT, 130 },
  { N_("Entered"),       GETTER (psl_person_row_get_entered_on),    PSL_TABLE_DATE, 90 },
  { N_("Exited"),        GETTER (psl_person_row_get_exited_on),     PSL_TABLE_DATE, 90 },
  { N_("Next due"),      GETTER (psl_person_row_get_next_due),      PSL_TABLE_DUE,  90 },
};

static const char *
count_format (gulong n)
{
  return g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", n);
}

static const PslTableTexts texts = {
  .placeholder = N_("Filter by name, commune or postcode"),
  .accessible_label = N_("People"),
  .personal = TRUE,
  .count_format = count_format,
  .new_tooltip = N_("New Person"),
  .new_action = "people.new-person",
  .icon_name = "system-users-symbolic",
  .empty_title = N_("Nobody Accompanied Yet"),
  .empty_description = N_("Add the people you accompany with the + button."),
  .no_match_title = N_("Nobody Matches"),
};

struct _PslPersonListView
{
  GtkWidget          parent_instance;

  PslStore          *store;
  PslTableView      *table;
  PslPeopleFilter    criteria;
  char              *today;
  GPtrArray         *team;
  GPtrArray         *phases;
  GPtrArray         *sites;
  GtkDropDown       *status_dropdown;
  GtkDropDown       *antenna_dropdown;
  GtkDropDown       *referent_dropdown;
  GtkDropDown       *phase_dropdown;
  GtkToggleButton   *no_referent_button;
  GtkToggleButton   *overdue_button;
  GtkToggleButton   *check_button;
};

G_DEFINE_FINAL_TYPE (PslPersonListView, psl_person_list_view, GTK_TYPE_WIDGET)

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PslPersonListView *self = user_data;

  /* The table may still filter while it is being disposed. */
  if (self->table == NULL)
    return FALSE;
  return psl_person_row_matches (item, &self->criteria, psl_table_view_get_words (self->table));
}

static void
on_filter_changed_cb (PslPersonListView *self)
{
  /* Not before every filter is made. */
  if (self->check_button == NULL)
    return;
  self->criteria.status = (PslPeopleStatus) gtk_drop_down_get_selected (self->status_dropdown);
  self->criteria.referent_id = psl_table_view_selected_code (self->referent_dropdown, self->team);
  self->criteria.phase = psl_table_view_selected_code (self->phase_dropdown, self->phases);
  self->criteria.antenna_id = psl_table_view_selected_code (self->antenna_dropdown, self->sites);
  self->criteria.no_referent = gtk_toggle_button_get_active (self->no_referent_button);
  self->criteria.overdue = gtk_toggle_button_get_active (self->overdue_button);
  self->criteria.to_check = gtk_toggle_button_get_active (self->check_button);
  self->criteria.today = self->today;
  /* Those who have left are read once a choice shows them. */
  if (self->criteria.status != PSL_PEOPLE_IN_PATHWAY)
    psl_table_view_read_rest (self->table);
}

static void
on_item_activated_cb (PslPersonListView *self,
                      PslPersonRow      *row)
{
  g_signal_emit (self, signals[PERSON_ACTIVATED], 0, psl_person_row_get_id (row));
}

/* The page opens on those in their pathway: one screen of them first,
 * read whatever the size of the file, then the others at once.  A large
 * file holds two who have left for one still followed: those are read
 * when a choice shows them. */
static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_person_list_load_first (store, PSL_PEOPLE_FIRST_ROWS, today, error);
}

static gpointer
load_in_pathway_job (PslStore     *store,
                     gpointer      data,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_person_list_load_rest (store, data, today, error);
}

static gpointer
load_exited_job (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_person_list_load (store, PSL_PEOPLE_EXITED, today, error);
}

static void
psl_person_list_view_dispose (GObject *object)
{
  PslPersonListView *self = (PslPersonListView *) object;

  if (self->table != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->table)));
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_person_list_view_parent_class)->dispose (object);
}

static void
psl_person_list_view_finalize (GObject *object)
{
  PslPersonListView *self = (PslPersonListView *) object;

  g_clear_pointer (&self->team, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  g_free (self->today);

  G_OBJECT_CLASS (psl_person_list_view_parent_class)->finalize (object);
}

static void
psl_person_list_view_class_init (PslPersonListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_person_list_view_dispose;
  object_class->finalize = psl_person_list_view_finalize;

  signals[PERSON_ACTIVATED] =
    g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
psl_person_list_view_init (PslPersonListView *self)
{
  self->today = psl_today_iso ();
  self->criteria.today = self->today;
  self->criteria.status = PSL_PEOPLE_IN_PATHWAY;
  self->table = psl_table_view_new (&texts, columns, G_N_ELEMENTS (columns), PSL_TYPE_PERSON_ROW);
  gtk_widget_set_parent (GTK_WIDGET (self->table), GTK_WIDGET (self));
  psl_table_view_set_filter (self->table, filter_func, self);
  g_signal_connect_swapped (self->table, "filter-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->table, "item-activated", G_CALLBACK (on_item_activated_cb), self);
}

PslPersonListView *
psl_person_list_view_new (void)
{
  return g_object_new (PSL_TYPE_PERSON_LIST_VIEW, NULL);
}

void
psl_person_list_view_set_store (PslPersonListView *self,
                                PslStore          *store)
{
  g_return_if_fail (PSL_IS_PERSON_LIST_VIEW (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->team, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  self->team = psl_portfolio_team (store, NULL);
  self->sites = psl_installation_sites (store, NULL);
  self->phases = psl_ref_list (store, "phase", NULL, NULL);

  /* The order of PslPeopleStatus. */
  self->status_dropdown = psl_table_view_add_choices (self->table, _("Status"), (const char *[]) {
    _("Everyone"), _("In pathway"), _("Exited"), NULL });
  gtk_drop_down_set_selected (self->status_dropdown, PSL_PEOPLE_IN_PATHWAY);
  self->referent_dropdown = psl_table_view_add_dropdown (self->table, _("All referents"), _("Referent"),
                                                         self->team);
  self->phase_dropdown = psl_table_view_add_dropdown (self->table, _("All phases"), _("Pathway phase"),
                                                      self->phases);
  self->antenna_dropdown = psl_table_view_add_dropdown (self->table, _("All antennas"), _("Antenna"),
                                                        self->sites);
  self->no_referent_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("Without referent")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->no_referent_button),
                               _("People nobody follows: give each a referent"));
  psl_table_view_add_toggle (self->table, self->no_referent_button);
  self->overdue_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("Overdue")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->overdue_button),
                               _("A follow-up or a review of the commitment is past due"));
  psl_table_view_add_toggle (self->table, self->overdue_button);
  self->check_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("To check")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_button),
                               _("People with values an import kept for checking"));
  psl_table_view_add_toggle (self->table, self->check_button);

  psl_person_list_view_reload (self);
}

void
psl_person_list_view_reload (PslPersonListView *self)
{
  g_return_if_fail (PSL_IS_PERSON_LIST_VIEW (self));

  if (self->store != NULL)
    {
      psl_table_view_load_in_parts_then (self->table, self->store, load_job, load_in_pathway_job, load_exited_job);
      psl_table_view_read_next (self->table);
    }
}


gboolean
psl_person_list_view_is_loading (PslPersonListView *self)
{
  g_return_val_if_fail (PSL_IS_PERSON_LIST_VIEW (self), FALSE);
  return psl_table_view_is_loading (self->table);
}

void
psl_person_list_view_set_filter_text (PslPersonListView *self,
                                      const char        *text)
{
  g_return_if_fail (PSL_IS_PERSON_LIST_VIEW (self));
  psl_table_view_set_text (self->table, text);
}

guint
psl_person_list_view_get_n_shown (PslPersonListView *self)
{
  g_return_val_if_fail (PSL_IS_PERSON_LIST_VIEW (self), 0);
  return psl_table_view_get_n_shown (self->table);
}

guint
psl_person_list_view_get_n_total (PslPersonListView *self)
{
  g_return_val_if_fail (PSL_IS_PERSON_LIST_VIEW (self), 0);
  return psl_table_view_get_n_total (self->table);
}

