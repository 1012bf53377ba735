/* psl-company-list-view.c — Entreprises: every firm in a sortable, filterable table
 *
 * A PslTableView of PslCompanyRow, with the firms' own filters: sector,
 * partnership level, status and "to relaunch".  Activating a row emits
 * "company-activated" with the firm's id.
 */

#define G_LOG_DOMAIN "psl-company-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company-list.h"
#include "psl-company-list-view.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "psl-ref.h"
#include "psl-table-view.h"

#define GETTER(f) ((PslTableGetter) (f))

static const PslTableColumn columns[] = {
  { N_("Name"),         GETTER (psl_company_row_get_name),          PSL_TABLE_TEXT, 220 },
  { N_("Commune"),      GETTER (psl_company_row_get_commune),       PSL_TABLE_TEXT, 120 },
  { N_("Sector"),       GETTER (psl_company_row_get_sector_label),  PSL_TABLE_TEXT, 130 },
  { N_("Type"),         GETTER (psl_company_row_get_size_label),    PSL_TABLE_TEXT, 100 },
  { N_("Level"),        GETTER (psl_company_row_get_level_label),   PSL_TABLE_TEXT, 130 },
  { N_("Referent"),     GETTER (psl_company_row_get_referent_name), PSL_TABLE_TEXT, 130 },
  { N_("Antenna"),      GETTER (psl_company_row_get_antenna_name),  PSL_TABLE_TEXT, 130 },
  { N_("Last contact"), GETTER (psl_company_row_get_last_contact),  PSL_TABLE_DATE, 95 },
  { N_("Next action"),  GETTER (psl_company_row_get_next_action),   PSL_TABLE_DUE,  95 },
};

static const char *
count_format (gulong n)
{
  return g_dngettext (GETTEXT_PACKAGE, "%s firm", "%s firms", n);
}

static const PslTableTexts texts = {
  .placeholder = N_("Filter by name, commune or postcode"),
  .accessible_label = N_("Firms"),
  .count_format = count_format,
  .new_tooltip = N_("New Firm"),
  .new_action = "win.new-company",
  .icon_name = "x-office-address-book-symbolic",
  .empty_title = N_("No Firms Yet"),
  .empty_description = N_("Add the firms of your network, or import them from a spreadsheet "
                          "with “Import a List…” in the main menu."),
  .no_match_title = N_("No Firm Matches"),
};

struct _PslCompanyListView
{
  GtkWidget           parent_instance;

  PslStore           *store;
  PslTableView       *table;
  PslCompanyFilter    criteria;
  char               *today;
  GPtrArray          *sectors;
  GPtrArray          *levels;
  GPtrArray          *sites;
  GtkDropDown        *antenna_dropdown;
  GtkDropDown        *sector_dropdown;
  GtkDropDown        *level_dropdown;
  GtkDropDown        *status_dropdown;
  GtkToggleButton    *relaunch_button;
  GtkToggleButton    *check_button;
};

G_DEFINE_FINAL_TYPE (PslCompanyListView, psl_company_list_view, GTK_TYPE_WIDGET)

enum {
  COMPANY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PslCompanyListView *self = user_data;

  /* The table may still filter while it is being disposed. */
  if (self->table == NULL)
    return FALSE;
  return psl_company_row_matches (item, &self->criteria, (char **) psl_table_view_get_words (self->table));
}

static void
on_filter_changed_cb (PslCompanyListView *self)
{
  guint status = self->status_dropdown != NULL ? gtk_drop_down_get_selected (self->status_dropdown) : 0;

  /* Not before every filter is made. */
  if (self->check_button == NULL)
    return;
  self->criteria.sector = psl_table_view_selected_code (self->sector_dropdown, self->sectors);
  self->criteria.level = psl_table_view_selected_code (self->level_dropdown, self->levels);
  self->criteria.antenna_id = psl_table_view_selected_code (self->antenna_dropdown, self->sites);
  self->criteria.status = status == 1 ? "active" : status == 2 ? "dormant" : NULL;
  self->criteria.to_relaunch = gtk_toggle_button_get_active (self->relaunch_button);
  self->criteria.to_check = gtk_toggle_button_get_active (self->check_button);
  self->criteria.today = self->today;
}

static void
on_item_activated_cb (PslCompanyListView *self,
                      PslCompanyRow      *row)
{
  g_signal_emit (self, signals[COMPANY_ACTIVATED], 0, psl_company_row_get_id (row));
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return psl_company_list_load (store, error);
}

static void
psl_company_list_view_dispose (GObject *object)
{
  PslCompanyListView *self = (PslCompanyListView *) object;

  if (self->table != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->table)));
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_company_list_view_parent_class)->dispose (object);
}

static void
psl_company_list_view_finalize (GObject *object)
{
  PslCompanyListView *self = (PslCompanyListView *) object;

  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  g_free (self->today);

  G_OBJECT_CLASS (psl_company_list_view_parent_class)->finalize (object);
}

static void
psl_company_list_view_class_init (PslCompanyListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_company_list_view_dispose;
  object_class->finalize = psl_company_list_view_finalize;

  signals[COMPANY_ACTIVATED] =
    g_signal_new ("company-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
psl_company_list_view_init (PslCompanyListView *self)
{
  self->today = psl_today_iso ();
  self->criteria.today = self->today;
  self->table = psl_table_view_new (&texts, columns, G_N_ELEMENTS (columns), PSL_TYPE_COMPANY_ROW);
  gtk_widget_set_parent (GTK_WIDGET (self->table), GTK_WIDGET (self));
  psl_table_view_set_filter (self->table, filter_func, self);
  g_signal_connect_swapped (self->table, "filter-changed", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->table, "item-activated", G_CALLBACK (on_item_activated_cb), self);
}

PslCompanyListView *
psl_company_list_view_new (void)
{
  return g_object_new (PSL_TYPE_COMPANY_LIST_VIEW, NULL);
}

void
psl_company_list_view_set_store (PslCompanyListView *self,
                                 PslStore           *store)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  self->sectors = psl_ref_list (store, "sector", NULL, NULL);
  self->levels = psl_ref_list (store, "partnership_level", NULL, NULL);
  self->sites = psl_installation_sites (store, NULL);

  self->sector_dropdown = psl_table_view_add_dropdown (self->table, _("All sectors"), _("Sector"), self->sectors);
  self->level_dropdown = psl_table_view_add_dropdown (self->table, _("All levels"), _("Partnership level"),
                                                      self->levels);
  self->antenna_dropdown = psl_table_view_add_dropdown (self->table, _("All antennas"), _("Antenna"), self->sites);
  self->status_dropdown = psl_table_view_add_choices (self->table, _("Status"), (const char *[]) {
    _("Active and dormant"), _("Active"), _("Dormant"), NULL });
  self->relaunch_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("To relaunch")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->relaunch_button),
                               _("Reminder due, dormant, or no contact for six months"));
  psl_table_view_add_toggle (self->table, self->relaunch_button);
  self->check_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (_("To check")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check_button),
                               _("Firms with values an import kept for checking"));
  psl_table_view_add_toggle (self->table, self->check_button);

  psl_company_list_view_reload (self);
}

void
psl_company_list_view_reload (PslCompanyListView *self)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));

  if (self->store != NULL)
    psl_table_view_load (self->table, self->store, load_job);
}

gboolean
psl_company_list_view_is_loading (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), FALSE);
  return psl_table_view_is_loading (self->table);
}

void
psl_company_list_view_set_filter_text (PslCompanyListView *self,
                                       const char         *text)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  psl_table_view_set_text (self->table, text);
}

void
psl_company_list_view_set_sector (PslCompanyListView *self,
                                  const char         *sector)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  psl_table_view_select_code (self->sector_dropdown, self->sectors, sector);
}

void
psl_company_list_view_set_to_relaunch (PslCompanyListView *self,
                                       gboolean            to_relaunch)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  gtk_toggle_button_set_active (self->relaunch_button, to_relaunch);
}

void
psl_company_list_view_set_to_check (PslCompanyListView *self,
                                    gboolean            to_check)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  gtk_toggle_button_set_active (self->check_button, to_check);
}

guint
psl_company_list_view_get_n_shown (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), 0);
  return psl_table_view_get_n_shown (self->table);
}

guint
psl_company_list_view_get_n_total (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), 0);
  return psl_table_view_get_n_total (self->table);
}
