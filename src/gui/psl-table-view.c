/* psl-table-view.c — a sortable, filterable table of records read on the database worker
 *
 * The records are read once on the database worker, and sorted there by
 * the first column; sorting by another column and filtering then happen
 * in memory, on the array of records itself: one pass for each key typed,
 * without an object fetched from a model per row, so that typing stays
 * instant on 200,000 rows.  Texts sort by their folded form (case and
 * accents aside), computed once for each text shown.  Before each
 * filtering "filter-changed" is emitted, for the owner to read its
 * drop-downs; activating a row emits "item-activated" with the record;
 * another row selected emits "selection-changed".
 */

#define G_LOG_DOMAIN "psl-table-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-array-model.h"
#include "psl-rest.h"
#include "psl-company-list.h"
#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-ref.h"
#include "psl-table-view.h"
#include "psl-toast.h"
#include "psl-wrap-box.h"

struct _PslTableView
{
  GtkWidget             parent_instance;

  const PslTableTexts  *texts;
  const PslTableColumn *columns;
  guint                 n_columns;
  GCancellable         *cancellable;
  PslStore             *pending_store; /* a load asked for while hidden */
  PslStoreJob           pending_job;
  PslStore             *rest_store;   /* where the rest is read */
  PslStoreJob           rest;         /* the rest of the rows, not yet read */
  PslStoreJob           later;        /* and a third part, read after it */
  gboolean              rest_wanted;  /* a filter reached it: read it all (and after each reload) */
  gboolean              next_wanted;  /* the next part only */
  guint                 n_parts_read;
  GPtrArray            *rows;         /* every record, in the order shown */
  PslArrayModel        *shown;        /* those the filter keeps */
  PslFoldSort          *sort_columns; /* one a column, keys of the rows read */
  gboolean              first_order;  /* rows still sorted by the first column, as read */
  GtkCustomFilterFunc   match;
  gpointer              match_data;
  PslTableKeep          keep;
  gpointer              keep_data;
  char                **words;
  char                 *today;

  GtkWidget            *box;
  PslWrapBox           *filter_bar;
  GtkSearchEntry       *filter_entry;
  GtkButton            *new_button;
  GtkLabel             *count_label;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkColumnView        *column_view;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (PslTableView, psl_table_view, GTK_TYPE_WIDGET)

static void on_map_cb  (PslTableView *self);
static void start_load (PslTableView *self,
                        GObject      *store,
                        PslStoreJob   job,
                        gboolean      after);

enum {
  FILTER_CHANGED,
  ITEM_ACTIVATED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A read is under way or waits for the table to be shown. */
static gboolean
is_reading (PslTableView *self)
{
  return self->cancellable != NULL || self->pending_store != NULL;
}

static void
update_count (PslTableView *self)
{
  guint shown = psl_table_view_get_n_shown (self);
  g_autofree char *count = psl_format_count (shown);
  g_autofree char *text = g_strdup_printf (self->texts->count_format (shown), count);

  /* The first rows of a list read in parts are not its count. */
  if (shown > 0 && is_reading (self))
    {
      /* Translators: %s is a count of rows, as "200 placements" */
      g_autofree char *partial = g_strdup_printf (_("%s, the rest being read…"), text);

      g_free (text);
      text = g_steal_pointer (&partial);
    }
  gtk_label_set_label (self->count_label, text);

  /* Rows read are shown, even while more are read (the rest of a list
   * read in parts); none yet, the spinner; none at all, why. */
  if (shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (is_reading (self))
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    {
      if (psl_table_view_get_n_total (self) == 0)
        {
          adw_status_page_set_title (self->empty_page, _(self->texts->empty_title));
          adw_status_page_set_description (self->empty_page, _(self->texts->empty_description));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _(self->texts->no_match_title));
          adw_status_page_set_description (self->empty_page, _("Try other words, or clear the filters."));
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
keep_rows (PslTableView *self)
{
  g_autoptr(GPtrArray) kept = NULL;

  if (self->rows == NULL)
    return;
  kept = g_ptr_array_new_full (self->rows->len, g_object_unref);
  if (self->keep != NULL)
    self->keep (self->rows, kept, self->keep_data);
  else
    for (guint i = 0; i < self->rows->len; i++)
      {
        gpointer row = g_ptr_array_index (self->rows, i);

        if (self->match == NULL || self->match (row, self->match_data))
          g_ptr_array_add (kept, row);
      }
  /* The callbacks add rows without a reference of their own. */
  for (guint i = 0; i < kept->len; i++)
    g_object_ref (g_ptr_array_index (kept, i));
  psl_array_model_set_items (self->shown, kept);
}

/* Called by the entry, the drop-downs and the toggles. */
void
psl_table_view_refilter (PslTableView *self)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  g_clear_pointer (&self->words, g_strfreev);
  self->words = psl_fold_words (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)));
  g_signal_emit (self, signals[FILTER_CHANGED], 0);
  keep_rows (self);
  update_count (self);
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
  const PslTableColumn *column = user_data;
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *value = column->get (gtk_list_item_get_item (item));
  PslTableView *self = g_object_get_data (G_OBJECT (factory), "table");

  gtk_widget_remove_css_class (label, "error");
  if (column->kind == PSL_TABLE_TEXT)
    {
      gtk_label_set_label (GTK_LABEL (label), value != NULL ? value : "");
      return;
    }

  {
    g_autofree char *date = psl_format_date_short (value);
    gtk_label_set_label (GTK_LABEL (label), date);
  }

  /* What was due is shown as late. */
  if (column->kind == PSL_TABLE_DUE && value != NULL && strcmp (value, self->today) < 0)
    gtk_widget_add_css_class (label, "error");
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      sort)
{
  return psl_fold_sort_compare (sort, a, b);
}

static int
compare_shown (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return gtk_sorter_compare (user_data, *(gpointer *) a, *(gpointer *) b);
}

/* The texts of the records read before are gone: so are their keys. */
static void
forget_keys (PslTableView *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    psl_fold_sort_forget (&self->sort_columns[i]);
}

/* A header clicked: the rows in its order, then filtered again. */
static void
on_sorter_changed_cb (PslTableView *self)
{
  /* The columns also go when the table is disposed. */
  if (self->column_view == NULL)
    return;
  self->first_order = FALSE;
  if (self->rows == NULL)
    return;
  g_ptr_array_sort_with_data (self->rows, compare_shown, gtk_column_view_get_sorter (self->column_view));
  keep_rows (self);
}

static void
add_columns (PslTableView         *self,
             const PslTableColumn *columns,
             guint                 n_columns)
{
  self->sort_columns = g_new0 (PslFoldSort, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      self->sort_columns[i].get = columns[i].get;
      self->sort_columns[i].fold = columns[i].kind == PSL_TABLE_TEXT;
      self->sort_columns[i].key = columns[i].key;
    }
  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkCustomSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "table", self);
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      sorter = gtk_custom_sorter_new (compare_rows, &self->sort_columns[i], NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (sorter);
      g_object_unref (column);
    }
}

/* A cell as the table shows it: dates written the French way. */
static char *
cell_text (const PslTableColumn *column,
           gpointer              item)
{
  const char *value = column->get (item);

  if (value == NULL)
    return g_strdup ("");
  return column->kind == PSL_TABLE_TEXT ? g_strdup (value) : psl_format_date_short (value);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  PslTableView *self = PSL_TABLE_VIEW (widget);
  GListModel *shown = psl_table_view_get_shown (self);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  PslExportTable *table;

  for (guint c = 0; c < self->n_columns; c++)
    g_ptr_array_add (headers, (gpointer) _(self->columns[c].title));
  g_ptr_array_add (headers, NULL);
  table = psl_export_table_new (_(self->texts->accessible_label), (const char * const *) headers->pdata);

  /* The rows as shown: filtered and in the order chosen. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, i);
      g_auto(GStrv) cells = g_new0 (char *, self->n_columns + 1);

      for (guint c = 0; c < self->n_columns; c++)
        cells[c] = cell_text (&self->columns[c], item);
      psl_export_table_add_row (table, (const char * const *) cells);
    }
  table->personal = self->texts->personal;
  return table;
}

gboolean
psl_table_view_export (PslTableView  *self,
                       const char    *path,
                       GError       **error)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), FALSE);
  return psl_list_export_write (GTK_WIDGET (self), "", path, error);
}

static void
on_activate_cb (GtkColumnView *view,
                guint          position,
                PslTableView  *self)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
on_selection_changed_cb (PslTableView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* The owner's reading, then the sorting by the first column, both on the
 * database worker: the window only swaps the rows in.  A list read in
 * two parts shows the first (what the page shows at first, such as the
 * placements under way) as soon as it is read; the rest is read only
 * once a filter reaches it (psl_table_view_read_rest ()), and sorted with
 * the rows of the first, which stay the same objects.  Until then the
 * rows nobody looks at are neither read nor held: on a large file, the
 * 166,000 placements closed are 80 MB and a second of reading. */
typedef struct
{
  PslStoreJob job;
  GPtrArray  *earlier;  /* the rows of the first part, for the rest's reading */
  PslFoldSort first;
} Load;

typedef struct
{
  GPtrArray  *rows;
  GHashTable *first_keys;
  gboolean    rest;     /* these rows hold the rest */
} Loaded;

static void
load_free (Load *load)
{
  psl_fold_sort_forget (&load->first);
  g_clear_pointer (&load->earlier, g_ptr_array_unref);
  g_free (load);
}

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->rows, g_ptr_array_unref);
  g_clear_pointer (&loaded->first_keys, g_hash_table_unref);
  g_free (loaded);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Load *load = data;
  Loaded *loaded;
  /* The rest is read knowing the rows read before it. */
  GPtrArray *rows = load->job (store, load->earlier, cancellable, error);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; load->earlier != NULL && i < load->earlier->len; i++)
    g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (load->earlier, i)));
  psl_fold_sort_rows (&load->first, rows);
  loaded = g_new0 (Loaded, 1);
  loaded->rows = rows;
  loaded->first_keys = g_steal_pointer (&load->first.keys);
  loaded->rest = load->earlier != NULL;
  return loaded;
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslTableView) self = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *loaded = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (loaded == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* A read that failed (a damaged file, a full disk) ends the loading,
       * whichever part it was, and says why; the rows read stay shown. */
      g_clear_object (&self->cancellable);
      gtk_spinner_stop (self->spinner);
      update_count (self);
      psl_toast_error (GTK_WIDGET (self), &error);
      return;
    }

  /* A part in: the next one, if any, is read only when asked again. */
  if (loaded->rest)
    {
      self->rest = self->later;
      self->later = NULL;
      self->next_wanted = FALSE;
    }
  self->n_parts_read = loaded->rest ? self->n_parts_read + 1 : 1;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_steal_pointer (&loaded->rows);
  forget_keys (self);
  self->sort_columns[0].keys = g_steal_pointer (&loaded->first_keys);
  loaded_free (loaded);
  /* Another column chosen: the rows in its order. */
  if (!self->first_order)
    g_ptr_array_sort_with_data (self->rows, compare_shown, gtk_column_view_get_sorter (self->column_view));
  /* The rest, when a filter reached it before the first part was in. */
  if (self->rest != NULL && (self->rest_wanted || self->next_wanted))
    start_load (self, source, self->rest, TRUE);
  else
    {
      g_clear_object (&self->cancellable);
      gtk_spinner_stop (self->spinner);
    }
  keep_rows (self);
  update_count (self);
}

static void
psl_table_view_dispose (GObject *object)
{
  PslTableView *self = (PslTableView *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending_store);
  g_clear_object (&self->rest_store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_TABLE_VIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (psl_table_view_parent_class)->dispose (object);
}

static void
psl_table_view_finalize (GObject *object)
{
  PslTableView *self = (PslTableView *) object;

  g_clear_pointer (&self->words, g_strfreev);
  g_free (self->today);
  if (self->sort_columns != NULL)
    forget_keys (self);
  g_free (self->sort_columns);

  G_OBJECT_CLASS (psl_table_view_parent_class)->finalize (object);
}

static void
psl_table_view_class_init (PslTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_table_view_dispose;
  object_class->finalize = psl_table_view_finalize;

  signals[FILTER_CHANGED] =
    g_signal_new ("filter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-table-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PslTableView, box);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, new_button);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, stack);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PslTableView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, psl_table_view_refilter);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
}

static void
psl_table_view_init (PslTableView *self)
{
  g_type_ensure (PSL_TYPE_WRAP_BOX);
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = psl_today_iso ();
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

PslTableView *
psl_table_view_new (const PslTableTexts  *texts,
                    const PslTableColumn *columns,
                    guint                 n_columns,
                    GType                 item_type)
{
  PslTableView *self = g_object_new (PSL_TYPE_TABLE_VIEW, NULL);
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autoptr(GtkColumnViewColumn) first = NULL;

  self->texts = texts;
  self->columns = columns;
  self->n_columns = n_columns;
  g_object_set (self->filter_entry, "placeholder-text", _(texts->placeholder), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(texts->accessible_label), -1);
  adw_status_page_set_icon_name (self->empty_page, texts->icon_name);
  if (texts->new_action != NULL)
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_button), _(texts->new_tooltip));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->new_button), texts->new_action);
      gtk_widget_set_visible (GTK_WIDGET (self->new_button), TRUE);
    }

  self->shown = psl_array_model_new (item_type);
  add_columns (self, columns, n_columns);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  g_signal_connect_swapped (selection, "notify::selected-item", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  psl_rest_when_hidden (GTK_WIDGET (self), self->column_view, self->shown, (PslRestBusy) psl_table_view_is_loading);
  first = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);
  gtk_column_view_sort_by_column (self->column_view, first, GTK_SORT_ASCENDING);
  /* From now on, a header clicked sorts the rows; the reading sorts them
   * by the first column. */
  self->first_order = TRUE;
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  update_count (self);

  return self;
}

void
psl_table_view_set_filter (PslTableView        *self,
                           GtkCustomFilterFunc  match,
                           gpointer             user_data)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  self->match = match;
  self->match_data = user_data;
}

void
psl_table_view_set_keep (PslTableView *self,
                         PslTableKeep  keep,
                         gpointer      user_data)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  self->keep = keep;
  self->keep_data = user_data;
}

static GtkDropDown *
add_dropdown_of (PslTableView *self,
                 GtkStringList *model,
                 const char   *accessible_label)
{
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (model), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (psl_table_view_refilter), self);
  psl_wrap_box_append (self->filter_bar, dropdown);
  return GTK_DROP_DOWN (dropdown);
}

/* A drop-down whose first entry is "all", then the list's labels. */
GtkDropDown *
psl_table_view_add_dropdown (PslTableView *self,
                             const char   *all_label,
                             const char   *accessible_label,
                             GPtrArray    *ref_items)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), NULL);

  gtk_string_list_append (model, all_label);
  for (guint i = 0; ref_items != NULL && i < ref_items->len; i++)
    gtk_string_list_append (model, ((PslRefItem *) g_ptr_array_index (ref_items, i))->label);
  return add_dropdown_of (self, model, accessible_label);
}

GtkDropDown *
psl_table_view_add_choices (PslTableView       *self,
                            const char         *accessible_label,
                            const char * const *labels)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), NULL);
  return add_dropdown_of (self, gtk_string_list_new (labels), accessible_label);
}

/* Position 0 is "all". */
const char *
psl_table_view_selected_code (GtkDropDown *dropdown,
                              GPtrArray   *ref_items)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || ref_items == NULL || selected > ref_items->len)
    return NULL;
  return ((PslRefItem *) g_ptr_array_index (ref_items, selected - 1))->code;
}

void
psl_table_view_select_code (GtkDropDown *dropdown,
                            GPtrArray   *ref_items,
                            const char  *code)
{
  for (guint i = 0; code != NULL && ref_items != NULL && i < ref_items->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (ref_items, i))->code, code) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i + 1);
        return;
      }
  gtk_drop_down_set_selected (dropdown, 0);
}

void
psl_table_view_add_toggle (PslTableView    *self,
                           GtkToggleButton *toggle)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (psl_table_view_refilter), self);
  psl_wrap_box_append (self->filter_bar, GTK_WIDGET (toggle));
}

/* Something that acts on the selected row, at the end of the filters' line. */
void
psl_table_view_add_end (PslTableView *self,
                        GtkWidget    *widget)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_halign (widget, GTK_ALIGN_END);
  psl_wrap_box_append (self->filter_bar, widget);
}

void
psl_table_view_load (PslTableView *self,
                     PslStore     *store,
                     PslStoreJob   job)
{
  psl_table_view_load_in_parts (self, store, job, NULL);
}

/* Reads job on the worker; or, for the rest (after), job with the rows
 * already read. */
static void
start_load (PslTableView *self,
            GObject      *store,
            PslStoreJob   job,
            gboolean      after)
{
  Load *load = g_new0 (Load, 1);

  load->job = job;
  load->first = self->sort_columns[0];
  load->first.keys = NULL;
  /* The window may sort its own rows while the rest is read. */
  if (after)
    load->earlier = self->rows != NULL ? g_ptr_array_copy (self->rows, (GCopyFunc) g_object_ref, NULL)
                                       : g_ptr_array_new_with_free_func (g_object_unref);
  psl_store_run_async (PSL_STORE (store), load_job, load, (GDestroyNotify) load_free, (GDestroyNotify) loaded_free,
                       self->cancellable, on_loaded_cb, g_object_ref (self));
}

void
psl_table_view_load_in_parts (PslTableView *self,
                              PslStore     *store,
                              PslStoreJob   job,
                              PslStoreJob   rest)
{
  psl_table_view_load_in_parts_then (self, store, job, rest, NULL);
}

void
psl_table_view_load_in_parts_then (PslTableView *self,
                                   PslStore     *store,
                                   PslStoreJob   job,
                                   PslStoreJob   rest,
                                   PslStoreJob   later)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->rest_store, store);
  self->rest = rest;
  self->later = later;
  self->n_parts_read = 0;

  /* A hidden table is read when it is next shown, not now: a large file
   * holds 20,000 firms and 100,000 people, and reading them while the
   * window opens on the home page would slow its first frame. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_set_object (&self->pending_store, store);
      self->pending_job = job;
      return;
    }
  g_clear_object (&self->pending_store);

  self->cancellable = g_cancellable_new ();
  if (psl_table_view_get_n_total (self) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }
  start_load (self, G_OBJECT (store), job, FALSE);
}

/* The rest asked for: read now, unless there is nothing more to read; or
 * the table is hidden, or a read is under way: then after it. */
static void
read_wanted (PslTableView *self)
{
  if (self->rest == NULL || self->pending_store != NULL || self->cancellable != NULL)
    return;
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  start_load (self, G_OBJECT (self->rest_store), self->rest, TRUE);
  update_count (self);
}

void
psl_table_view_read_rest (PslTableView *self)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  self->rest_wanted = TRUE;
  read_wanted (self);
}

void
psl_table_view_read_next (PslTableView *self)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));

  self->next_wanted = TRUE;
  read_wanted (self);
}

guint
psl_table_view_get_n_parts_read (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), 0);
  return self->n_parts_read;
}

/* A table read while it was hidden is read when shown. */
static void
on_map_cb (PslTableView *self)
{
  if (self->pending_store != NULL)
    {
      g_autoptr(PslStore) store = g_object_ref (self->pending_store);

      psl_table_view_load_in_parts_then (self, store, self->pending_job, self->rest, self->later);
    }
}

gboolean
psl_table_view_is_loading (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), FALSE);
  /* Rows read but still being handed to the view are loading too. */
  return is_reading (self) || psl_array_model_is_growing (self->shown);
}

char * const *
psl_table_view_get_words (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), NULL);
  return self->words;
}

void
psl_table_view_set_text (PslTableView *self,
                         const char   *text)
{
  g_return_if_fail (PSL_IS_TABLE_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text);
  psl_table_view_refilter (self);
}

guint
psl_table_view_get_n_shown (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), 0);
  return psl_array_model_get_len (self->shown);
}

guint
psl_table_view_get_n_total (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), 0);
  return self->rows != NULL ? self->rows->len : 0;
}

/* The record of the row selected, or NULL. */
gpointer
psl_table_view_get_selected (PslTableView *self)
{
  GtkSelectionModel *model;

  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), NULL);
  model = gtk_column_view_get_model (self->column_view);
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

/* The rows shown, filtered and sorted as on screen: all of them, even
 * those the view is still being handed. */
GListModel *
psl_table_view_get_shown (PslTableView *self)
{
  g_return_val_if_fail (PSL_IS_TABLE_VIEW (self), NULL);
  psl_array_model_show_all (self->shown);
  return G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
}
