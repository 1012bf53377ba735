/* psl-map-page.c — Carte des partenariats: the target, the network and the
 * same as a list, for a period and a scope
 *
 * The map is read and laid out on the database thread (a large structure's
 * year is a million contacts); the three views then share it.  Clicking a
 * firm or a partner opens it where the program keeps it.
 */

#define G_LOG_DOMAIN "psl-map-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-map-list.h"
#include "psl-map-page.h"
#include "psl-navigation.h"
#include "psl-map-report.h"
#include "psl-map-view.h"
#include "psl-ref.h"
#include "psl-staff-choice.h"
#include "psl-toast.h"
#include "psl-wrap-box.h"

/* More than this is a grey cloud on screen too; the rest are counted. */
#define SHOWN_NODES 2000

enum {
  PERIOD_TWELVE_MONTHS,
  PERIOD_SINCE_JANUARY,
  PERIOD_THREE_MONTHS,
  PERIOD_LAST_YEAR,
};

struct _PslMapPage
{
  PslPage         parent_instance;

  GtkWidget      *content;
  GtkSpinner     *spinner;
  GtkDropDown    *period_dropdown;
  AdwComboRow    *antenna_row;
  AdwComboRow    *sector_row;
  AdwComboRow    *referent_row;
  AdwComboRow    *level_row;
  AdwComboRow    *rings_row;
  GtkLabel       *summary_label;
  GtkStack       *view_stack;
  GtkWidget      *list_export_button;
  PslMapView     *target_view;
  PslMapView     *network_view;
  PslMapList     *list;
  GtkWidget      *zoom_box;

  PslStore       *store;
  PslPartnerMap  *map;
  GPtrArray      *antenna_ids;
  GPtrArray      *staff_ids;
  GPtrArray      *sector_codes;
  GPtrArray      *level_codes;
  gboolean        filling;
  gint64          read_at;       /* the store's changes when last read */
  char           *fixed_from;     /* a period given by psl_map_page_set_period () */
  char           *fixed_to;
  char           *view_shown;     /* the view to come back to after "empty" */
};

G_DEFINE_FINAL_TYPE (PslMapPage, psl_map_page, PSL_TYPE_PAGE)

/* On the database thread: read, then lay out and measure. */
static gpointer
load_map (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_autoptr(PslPartnerMap) map = psl_partner_map_load (store, data, error);

  if (map == NULL || !psl_partner_map_analyse (map, error))
    return NULL;
  return g_steal_pointer (&map);
}

static void
filter_free (PslMapFilter *filter)
{
  psl_map_filter_clear (filter);
  g_free (filter);
}

static void
period_bounds (guint   period,
               char  **from,
               char  **to)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);
  int year = g_date_get_year (date);

  switch (period)
    {
    case PERIOD_SINCE_JANUARY:
      *from = g_strdup_printf ("%04d-01-01", year);
      *to = g_strdup (today);
      return;
    case PERIOD_THREE_MONTHS:
      g_date_subtract_months (date, 3);
      break;
    case PERIOD_LAST_YEAR:
      *from = g_strdup_printf ("%04d-01-01", year - 1);
      *to = g_strdup_printf ("%04d-12-31", year - 1);
      return;
    case PERIOD_TWELVE_MONTHS:
    default:
      g_date_subtract_years (date, 1);
      break;
    }
  g_date_add_days (date, 1);
  *from = psl_date_to_iso (date);
  *to = g_strdup (today);
}

static const char *
chosen (AdwComboRow *row,
        GPtrArray   *ids)
{
  guint i = adw_combo_row_get_selected (row);

  return ids != NULL && i < ids->len ? g_ptr_array_index (ids, i) : NULL;
}

static void
set_map (PslMapPage    *self,
         PslPartnerMap *map)
{
  g_clear_pointer (&self->map, psl_partner_map_unref);
  self->map = map;
  psl_map_view_set_map (self->target_view, map);
  psl_map_view_set_map (self->network_view, map);
  psl_map_list_set_map (self->list, map);
}

static void
show_summary (PslMapPage *self)
{
  guint firms = 0, partners = 0;
  g_autofree char *first = psl_format_date (self->map->filter.from);
  g_autofree char *last = psl_format_date (self->map->filter.to);
  g_autofree char *text = NULL;
  g_autofree char *firms_text = NULL;
  g_autofree char *partners_text = NULL;
  g_autofree char *counts = NULL;

  for (guint i = 1; i < self->map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (self->map->nodes, i);

      firms += node->kind == PSL_MAP_NODE_COMPANY;
      partners += node->kind == PSL_MAP_NODE_PARTNER;
    }
  firms_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u firm", "%u firms", firms), firms);
  partners_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner structure", "%u partner structures",
                                                partners), partners);
  /* Translators: "12 firms and 3 partner structures" */
  text = g_strdup_printf (_("%s and %s"), firms_text, partners_text);
  /* Translators: the map's summary: who, then the period */
  counts = g_strdup_printf (_("%s worked with from %s to %s. Hover a disc for its figures, click it to open it; "
                              "scroll to zoom, drag to move."), text, first, last);
  if (self->map->n_left_out > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            " %u less active is left out: narrow the filters to see it.",
                                                            " %u less active are left out: narrow the filters to see them.",
                                                            self->map->n_left_out), self->map->n_left_out);
      g_autofree char *whole = g_strconcat (counts, more, NULL);

      gtk_label_set_text (self->summary_label, whole);
      return;
    }
  gtk_label_set_text (self->summary_label, counts);
}

static void
on_view_changed_cb (PslMapPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->view_stack);
  gboolean picture = g_strcmp0 (name, "target") == 0 || g_strcmp0 (name, "network") == 0;

  gtk_widget_set_visible (self->zoom_box, picture);
  /* The list has the export button of every list. */
  gtk_widget_set_visible (self->list_export_button, g_strcmp0 (name, "list") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-in", picture);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-out", picture);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-reset", picture);
  if (g_strcmp0 (name, "empty") != 0 && name != NULL)
    {
      g_free (self->view_shown);
      self->view_shown = g_strdup (name);
    }
}

static void
on_map_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PslMapPage) self = user_data;
  g_autoptr(GError) error = NULL;
  PslPartnerMap *map = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (map == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_spinner_stop (self->spinner);
  psl_page_read_done (PSL_PAGE (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.print", map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export", map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export-dot", map != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export-list", map != NULL);
  if (map == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }

  set_map (self, map);
  show_summary (self);
  if (map->nodes->len <= 1)
    gtk_stack_set_visible_child_name (self->view_stack, "empty");
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "empty") == 0)
    gtk_stack_set_visible_child_name (self->view_stack, self->view_shown);
}

/* The map of the period and choices made, on the database thread: on a
 * large file the year's map takes seconds. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslMapPage *self = PSL_MAP_PAGE (page);
  PslMapFilter *filter;

  self->read_at = psl_store_get_changes (self->store);
  filter = g_new0 (PslMapFilter, 1);
  if (self->fixed_from != NULL)
    {
      filter->from = g_strdup (self->fixed_from);
      filter->to = g_strdup (self->fixed_to);
    }
  else
    period_bounds (gtk_drop_down_get_selected (self->period_dropdown), &filter->from, &filter->to);
  filter->antenna_id = g_strdup (chosen (self->antenna_row, self->antenna_ids));
  filter->referent_id = g_strdup (chosen (self->referent_row, self->staff_ids));
  filter->sector = g_strdup (chosen (self->sector_row, self->sector_codes));
  filter->level = g_strdup (chosen (self->level_row, self->level_codes));
  filter->rings = adw_combo_row_get_selected (self->rings_row) == 1 ? PSL_MAP_RINGS_FREQUENCY : PSL_MAP_RINGS_LEVEL;
  filter->max_nodes = SHOWN_NODES;

  gtk_spinner_start (self->spinner);
  psl_store_run_async (self->store, load_map, filter, (GDestroyNotify) filter_free,
                       (GDestroyNotify) psl_partner_map_unref, cancellable, on_map_loaded_cb,
                       g_object_ref (self));
}

void
psl_map_page_reload (PslMapPage *self)
{
  g_return_if_fail (PSL_IS_MAP_PAGE (self));

  /* Read when shown, not before: the home page's figures would wait
   * behind the year's map as the window opens. */
  if (self->store != NULL && !self->filling)
    psl_page_reload (PSL_PAGE (self));
}

/* A period chosen in the list replaces one given by the program. */
static void
on_period_changed_cb (PslMapPage *self)
{
  g_clear_pointer (&self->fixed_from, g_free);
  g_clear_pointer (&self->fixed_to, g_free);
  psl_map_page_reload (self);
}

static void
open_node (PslMapPage *self,
           guint       index)
{
  const PslMapNode *node;

  if (self->map == NULL || index == 0 || index >= self->map->nodes->len)
    return;
  node = g_ptr_array_index (self->map->nodes, index);
  psl_navigate (GTK_WIDGET (self), node->kind == PSL_MAP_NODE_COMPANY ? PSL_TARGET_COMPANY : PSL_TARGET_PARTNER,
                node->id);
}

static void
on_node_activated_cb (PslMapPage *self,
                      guint       index)
{
  open_node (self, index);
}

static PslMapView *
current_view (PslMapPage *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->view_stack);

  return PSL_IS_MAP_VIEW (child) ? PSL_MAP_VIEW (child) : NULL;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslMapPage *self = PSL_MAP_PAGE (widget);
  PslMapView *view = current_view (self);
  double factor = g_str_has_suffix (action_name, "in") ? 1.25 : g_str_has_suffix (action_name, "out") ? 0.8 : 0;

  if (view == NULL)
    return;
  if (factor == 0)
    factor = 1 / psl_map_view_get_zoom (view);
  psl_map_view_zoom_at (view, factor, gtk_widget_get_width (GTK_WIDGET (view)) / 2.0,
                        gtk_widget_get_height (GTK_WIDGET (view)) / 2.0);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PslMapPage *self = PSL_MAP_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->map == NULL)
    return;
  if ((doc = psl_map_report_new (self->store, self->map, &error)) == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, doc)));
}

static gboolean
write_map (PslMapPage  *self,
           const char  *path,
           GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *first = psl_format_date (self->map->filter.from);
  g_autofree char *last = psl_format_date (self->map->filter.to);
  gboolean network = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "network") == 0;
  g_autofree char *title = NULL;

  if (g_str_has_suffix (lower, ".dot"))
    {
      g_autofree char *dot = psl_partner_map_to_dot (self->map, TRUE);

      return g_file_set_contents (path, dot, -1, error);
    }
  title = g_strdup_printf (_("%s — %s, %s to %s"), self->map->structure_name,
                           network ? _("partnership network") : _("partnership target"), first, last);
  return psl_map_picture_write (self->map, network ? PSL_MAP_NETWORK : PSL_MAP_TARGET, title, path, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       PslMapPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->map != NULL
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if (!write_map (self, path, &error))
        psl_toast_message (GTK_WIDGET (self), error->message);
      else
        psl_toast_message (GTK_WIDGET (self), _("Map exported"));
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslMapPage *self = PSL_MAP_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean dot = g_str_has_suffix (action_name, "dot");
  GtkFileChooserNative *chooser;

  /* The list is exported as every list is. */
  if (g_str_has_suffix (action_name, "list"))
    {
      gtk_widget_activate_action (widget, "list.export", "(ss)", "", "");
      return;
    }
  chooser = gtk_file_chooser_native_new (dot ? _("Export the Graph") : _("Export the Map"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);

  /* The ending chooses the format: .png, .svg or .pdf. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     dot ? _("partnership-network.dot") : _("partnership-map.png"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  return psl_map_list_table (PSL_MAP_PAGE (widget)->list);
}

/* The reference list in a combo row, "all" first; the codes in that
 * order, NULL for "all". */
static GPtrArray *
fill_ref_row (AdwComboRow *row,
              PslStore    *store,
              const char  *list_code,
              const char  *all_label,
              const char  *extra_code,
              const char  *extra_label)
{
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  g_autoptr(GPtrArray) items = psl_ref_list (store, list_code, NULL, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (labels, all_label);
  g_ptr_array_add (codes, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);

      gtk_string_list_append (labels, item->label);
      g_ptr_array_add (codes, g_strdup (item->code));
    }
  if (extra_code != NULL)
    {
      gtk_string_list_append (labels, extra_label);
      g_ptr_array_add (codes, g_strdup (extra_code));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, 0);
  return codes;
}

static void
psl_map_page_dispose (GObject *object)
{
  PslMapPage *self = (PslMapPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_MAP_PAGE);
  g_clear_pointer (&self->map, psl_partner_map_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->antenna_ids, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->sector_codes, g_ptr_array_unref);
  g_clear_pointer (&self->level_codes, g_ptr_array_unref);
  g_clear_pointer (&self->view_shown, g_free);
  g_clear_pointer (&self->fixed_from, g_free);
  g_clear_pointer (&self->fixed_to, g_free);

  G_OBJECT_CLASS (psl_map_page_parent_class)->dispose (object);
}

static void
psl_map_page_constructed (GObject *object)
{
  PslMapPage *self = PSL_MAP_PAGE (object);

  G_OBJECT_CLASS (psl_map_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));

  /* Filling the rows would reload once per row. */
  self->filling = TRUE;
  self->antenna_ids = psl_antenna_choice_fill (self->antenna_row, self->store);
  self->staff_ids = psl_staff_choice_fill_row (self->referent_row, self->store);
  self->sector_codes = fill_ref_row (self->sector_row, self->store, "sector", _("All sectors"),
                                     "partner", _("Partner structures"));
  self->level_codes = fill_ref_row (self->level_row, self->store, "partnership_level", _("All levels"), NULL, NULL);
  self->filling = FALSE;
  psl_map_page_reload (self);
}

static void
psl_map_page_class_init (PslMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_map_page_dispose;
  object_class->constructed = psl_map_page_constructed;
  PSL_PAGE_CLASS (klass)->load = load;

  g_type_ensure (PSL_TYPE_MAP_VIEW);
  g_type_ensure (PSL_TYPE_WRAP_BOX);
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  g_type_ensure (PSL_TYPE_MAP_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, content);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, antenna_row);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, referent_row);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, rings_row);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, list_export_button);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, target_view);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, network_view);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, list);
  gtk_widget_class_bind_template_child (widget_class, PslMapPage, zoom_box);
  gtk_widget_class_bind_template_callback (widget_class, psl_map_page_reload);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_node_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "map.export-dot", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "map.export-list", NULL, export_action);

}

/* Shown again: read what was asked meanwhile, or what was written since. */
static void
on_map_cb (PslMapPage *self)
{
  if (self->store != NULL && !psl_page_is_loading (PSL_PAGE (self))
      && psl_store_get_changes (self->store) != self->read_at)
    psl_map_page_reload (self);
}

static void
psl_map_page_init (PslMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  self->view_shown = g_strdup ("target");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export-dot", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.export-list", FALSE);
}

PslMapPage *
psl_map_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_MAP_PAGE, "store", store, NULL);
}

PslPartnerMap *
psl_map_page_get_map (PslMapPage *self)
{
  g_return_val_if_fail (PSL_IS_MAP_PAGE (self), NULL);
  return self->map;
}

gboolean
psl_map_page_is_loading (PslMapPage *self)
{
  g_return_val_if_fail (PSL_IS_MAP_PAGE (self), FALSE);
  return psl_page_is_loading (PSL_PAGE (self)) || psl_page_is_stale (PSL_PAGE (self));
}

void
psl_map_page_set_period (PslMapPage *self,
                         const char *from,
                         const char *to)
{
  g_return_if_fail (PSL_IS_MAP_PAGE (self));

  g_free (self->fixed_from);
  g_free (self->fixed_to);
  self->fixed_from = g_strdup (from);
  self->fixed_to = g_strdup (to);
  psl_map_page_reload (self);
}
