/* psl-company-list-view.c — Entreprises: every firm in a sortable, filterable table
 *
 * The firms are read once on the database worker into a GListStore; sorting
 * and filtering then happen in memory, through GtkSortListModel and a
 * custom filter over folded search keys, so typing stays instant on 20,000
 * firms.  Activating a row emits "company-activated" with the firm's id.
 */

#define G_LOG_DOMAIN "psl-company-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-company-list.h"
#include "psl-company-list-view.h"
#include "psl-format.h"
#include "psl-ref.h"

typedef const char *(*RowGetter) (PslCompanyRow *row);

typedef struct
{
  const char *title;
  RowGetter   get;
  gboolean    is_date;
  int         width;     /* the name's is a minimum: it takes the room left */
} Column;

static const Column columns[] = {
  { N_("Name"),         psl_company_row_get_name,          FALSE, 220 },
  { N_("Commune"),      psl_company_row_get_commune,       FALSE, 120 },
  { N_("Sector"),       psl_company_row_get_sector_label,  FALSE, 130 },
  { N_("Type"),         psl_company_row_get_size_label,    FALSE, 100 },
  { N_("Level"),        psl_company_row_get_level_label,   FALSE, 130 },
  { N_("Referent"),     psl_company_row_get_referent_name, FALSE, 130 },
  { N_("Last contact"), psl_company_row_get_last_contact,  TRUE,  95 },
  { N_("Next action"),  psl_company_row_get_next_action,   TRUE,  95 },
};

struct _PslCompanyListView
{
  GtkWidget          parent_instance;

  PslStore          *store;
  GCancellable      *cancellable;
  GListStore        *firms;
  GtkFilterListModel *filtered;
  GtkCustomFilter   *filter;
  PslCompanyFilter   criteria;
  char              *today;
  char              *sector;
  char              *level;
  char             **words;
  GPtrArray         *sectors;
  GPtrArray         *levels;
  GtkDropDown       *sector_dropdown;
  GtkDropDown       *level_dropdown;
  GtkDropDown       *status_dropdown;

  GtkWidget         *box;
  GtkBox            *filter_bar;
  GtkSearchEntry    *filter_entry;
  GtkToggleButton   *relaunch_button;
  GtkLabel          *count_label;
  GtkStack          *stack;
  GtkSpinner        *spinner;
  GtkColumnView     *column_view;
  AdwStatusPage     *empty_page;
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

  return psl_company_row_matches (item, &self->criteria, self->words);
}

static void
update_count (PslCompanyListView *self)
{
  guint shown = psl_company_list_view_get_n_shown (self);
  guint total = psl_company_list_view_get_n_total (self);
  g_autofree char *count = psl_format_count (shown);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s firm", "%s firms", shown), count);

  gtk_label_set_label (self->count_label, text);

  if (psl_company_list_view_is_loading (self))
    return;

  if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Firms Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add the firms of your network, or import them from a CSV file "
                                         "with “Import Firms…” in the main menu."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Firm Matches"));
      adw_status_page_set_description (self->empty_page, _("Try other words, or clear the filters."));
    }
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
}

static const char *
selected_code (GtkDropDown *dropdown,
               GPtrArray   *items)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Position 0 is "all". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || items == NULL || selected > items->len)
    return NULL;
  return ((PslRefItem *) g_ptr_array_index (items, selected - 1))->code;
}

static void
on_filter_changed_cb (PslCompanyListView *self)
{
  guint status = self->status_dropdown != NULL ? gtk_drop_down_get_selected (self->status_dropdown) : 0;

  g_clear_pointer (&self->words, g_strfreev);
  self->words = psl_fold_words (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
  self->criteria.sector = selected_code (self->sector_dropdown, self->sectors);
  self->criteria.level = selected_code (self->level_dropdown, self->levels);
  self->criteria.status = status == 1 ? "active" : status == 2 ? "dormant" : NULL;
  self->criteria.to_relaunch = gtk_toggle_button_get_active (self->relaunch_button);
  self->criteria.today = self->today;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* A drop-down whose first entry is "all", then the list's labels. */
static GtkDropDown *
add_dropdown (PslCompanyListView *self,
              const char         *all_label,
              const char         *accessible_label,
              GPtrArray          *items)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  gtk_string_list_append (model, all_label);
  for (guint i = 0; items != NULL && i < items->len; i++)
    gtk_string_list_append (model, ((PslRefItem *) g_ptr_array_index (items, i))->label);

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_prepend (self->filter_bar, dropdown);
  return GTK_DROP_DOWN (dropdown);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const Column *column = user_data;
  PslCompanyRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *value = column->get (row);
  g_autofree char *today = NULL;

  gtk_widget_remove_css_class (label, "error");
  if (!column->is_date)
    {
      gtk_label_set_label (GTK_LABEL (label), value != NULL ? value : "");
      return;
    }

  {
    g_autofree char *date = psl_format_date_short (value);
    gtk_label_set_label (GTK_LABEL (label), date);
  }

  /* An action that was due is shown as late. */
  today = psl_today_iso ();
  if (column->get == psl_company_row_get_next_action && value != NULL && g_strcmp0 (value, today) < 0)
    gtk_widget_add_css_class (label, "error");
}

/* Dates are ISO strings: they sort as text; an empty value goes last. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Column *column = user_data;
  const char *x = column->get ((PslCompanyRow *) a);
  const char *y = column->get ((PslCompanyRow *) b);

  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  if (column->is_date)
    return strcmp (x, y);
  return g_utf8_collate (x, y);
}

static void
add_columns (PslCompanyListView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      sorter = gtk_custom_sorter_new (compare_rows, (gpointer) &columns[i], NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }
}

static void
on_activate_cb (GtkColumnView      *view,
                guint               position,
                PslCompanyListView *self)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_autoptr(PslCompanyRow) row = g_list_model_get_item (model, position);

  if (row != NULL)
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
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslCompanyListView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) firms = psl_store_run_finish (PSL_STORE (source), result, &error);
  guint n;

  if (firms == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Firm list: %s", error->message);
      return;
    }

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);

  /* Replace the contents in one splice: the views update once. */
  n = g_list_model_get_n_items (G_LIST_MODEL (firms));
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (firms), i));
    g_list_store_splice (self->firms, 0, g_list_model_get_n_items (G_LIST_MODEL (self->firms)),
                         items->pdata, items->len);
  }
  update_count (self);
}

static void
psl_company_list_view_dispose (GObject *object)
{
  PslCompanyListView *self = (PslCompanyListView *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_COMPANY_LIST_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->firms);

  G_OBJECT_CLASS (psl_company_list_view_parent_class)->dispose (object);
}

static void
psl_company_list_view_finalize (GObject *object)
{
  PslCompanyListView *self = (PslCompanyListView *) object;

  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
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
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-company-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, box);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, relaunch_button);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, stack);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PslCompanyListView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
}

static void
psl_company_list_view_init (PslCompanyListView *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = psl_today_iso ();
  self->criteria.today = self->today;
  self->firms = g_list_store_new (PSL_TYPE_COMPANY_ROW);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->firms)),
                                              GTK_FILTER (self->filter));
  add_columns (self);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (self->filtered);
  {
    g_autoptr(GtkColumnViewColumn) by_name =
      g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);

    gtk_column_view_sort_by_column (self->column_view, by_name, GTK_SORT_ASCENDING);
  }
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
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  self->sectors = psl_ref_list (store, "sector", NULL, NULL);
  self->levels = psl_ref_list (store, "partnership_level", NULL, NULL);

  /* Each is put first in the bar, so in reverse order of display. */
  self->status_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char *[]) {
    _("Active and dormant"), _("Active"), _("Dormant"), NULL }));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status"), -1);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_prepend (self->filter_bar, GTK_WIDGET (self->status_dropdown));
  self->level_dropdown = add_dropdown (self, _("All levels"), _("Partnership level"), self->levels);
  self->sector_dropdown = add_dropdown (self, _("All sectors"), _("Sector"), self->sectors);

  psl_company_list_view_reload (self);
}

void
psl_company_list_view_reload (PslCompanyListView *self)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (g_list_model_get_n_items (G_LIST_MODEL (self->firms)) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }
  psl_store_run_async (self->store, load_job, NULL, NULL, self->cancellable,
                       on_loaded_cb, g_object_ref (self));
}

gboolean
psl_company_list_view_is_loading (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), FALSE);
  return self->cancellable != NULL;
}

void
psl_company_list_view_set_filter_text (PslCompanyListView *self,
                                       const char         *text)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text);
  on_filter_changed_cb (self);
}

void
psl_company_list_view_set_sector (PslCompanyListView *self,
                                  const char         *sector)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));

  for (guint i = 0; self->sectors != NULL && i < self->sectors->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->sectors, i))->code, sector) == 0)
      {
        gtk_drop_down_set_selected (self->sector_dropdown, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
}

void
psl_company_list_view_set_to_relaunch (PslCompanyListView *self,
                                       gboolean            to_relaunch)
{
  g_return_if_fail (PSL_IS_COMPANY_LIST_VIEW (self));
  gtk_toggle_button_set_active (self->relaunch_button, to_relaunch);
}

guint
psl_company_list_view_get_n_shown (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

guint
psl_company_list_view_get_n_total (PslCompanyListView *self)
{
  g_return_val_if_fail (PSL_IS_COMPANY_LIST_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->firms));
}
