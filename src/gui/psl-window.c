/* psl-window.c — the main window: sidebar of sections, pages, global search */

#define G_LOG_DOMAIN "psl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-dashboard.h"
#include "psl-dashboard-page.h"
#include "psl-company.h"
#include "psl-company-list-view.h"
#include "psl-company-page.h"
#include "psl-map-page.h"
#include "psl-network-page.h"
#include "psl-form-dialog.h"
#include "psl-format.h"
#include "psl-import-dialog.h"
#include "psl-installation.h"
#include "psl-people-page.h"
#include "psl-placements-page.h"
#include "psl-schedule-page.h"
#include "psl-followup-page.h"
#include "psl-reports-page.h"
#include "psl-record.h"
#include "psl-preferences-window.h"
#include "psl-search-page.h"
#include "sync/psl-sync-exchange.h"
#include "psl-sync-watch.h"
#include "psl-store-open.h"
#include "psl-window.h"
#include "psl-prepare.h"
#include "psl-width-layout.h"
#include "psl-navigation.h"
#include "psl-retention-dialog.h"
#include "psl-first-start.h"
#include "psl-first-start-view.h"
#include "psl-key-setup.h"
#include "psl-toast.h"
#include "privacy/psl-privacy.h"

struct _PslWindow
{
  AdwApplicationWindow parent_instance;

  PslStore          *store;
  char              *path;
  GSettings         *settings;
  guint              retention_source;  /* the weekly proposal, once drawn */
  GCancellable      *prepare;           /* the firm's sheet's making, waiting for the worker */
  char              *page_before_search;

  /* template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkStack          *main_stack;
  AdwStatusPage     *error_page;
  AdwLeaflet        *leaflet;
  GtkWidget         *content;
  GtkLabel          *structure_label;
  GtkLabel          *antenna_label;
  GtkListBox        *sidebar_list;
  AdwWindowTitle    *content_title;
  GtkToggleButton   *search_button;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkStack          *page_stack;

  PslDashboardPage  *dashboard_page;
  PslNetworkPage    *network_page;
  PslCompanyListView *companies_page;
  PslPeoplePage     *people_page;
  PslPlacementsPage *placements_page;
  PslSchedulePage   *schedule_page;
  PslFollowupPage   *followup_page;
  PslReportsPage    *reports_page;
  PslMapPage        *map_page;
  PslCompanyPage    *company_page;
  PslSearchPage     *search_page;
};

G_DEFINE_FINAL_TYPE (PslWindow, psl_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  const char *name;
  const char *title;
  const char *icon;
  guint       key;       /* Ctrl + this key shows the page */
} PageInfo;

/* The sections of the sidebar, in order. */
static const PageInfo pages[] = {
  { "home",       N_("Home"),            "go-home-symbolic",                  GDK_KEY_1 },
  { "companies",  N_("Companies"),       "x-office-address-book-symbolic",    GDK_KEY_2 },
  { "people",     N_("People"),          "system-users-symbolic",             GDK_KEY_3 },
  { "placements", N_("Placements"),      "network-transmit-receive-symbolic", GDK_KEY_4 },
  { "followup",   N_("Follow-up"),       "user-available-symbolic",           GDK_KEY_5 },
  { "map",        N_("Partnership Map"), "network-workgroup-symbolic",        GDK_KEY_6 },
  { "schedule",   N_("Schedule"),        "x-office-calendar-symbolic",        GDK_KEY_7 },
  { "reports",    N_("Reports"),         "x-office-document-symbolic",        GDK_KEY_8 },
};

/* The help's page (help/C/ID.page) on the work of each section. */
static const struct { const char *page; const char *topic; } help_topics[] = {
  { "home", "journee" }, { "schedule", "journee" }, { "companies", "entreprise" },
  { "people", "parcours" }, { "placements", "mise-en-relation" }, { "followup", "mise-en-relation" },
  { "map", "carte" }, { "reports", "rapports" },
};

static const PageInfo *
find_page (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (pages[i].name, name) == 0)
      return &pages[i];
  return NULL;
}

static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without the compiled schema (a build run by hand), GSettings would abort:
   * the window then simply forgets its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("GSettings schema %s not found; window state will not be kept", APPLICATION_ID);
      return NULL;
    }

  return g_settings_new (APPLICATION_ID);
}

static GtkWidget *
make_sidebar_row (const PageInfo *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(page->title));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (page->icon));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, page->name);

  return row;
}

static PslPlacementsPage *ensure_placements_page (PslWindow *self);

/* A card of the home page shows where its figure's work is. */
static void
on_dashboard_show_page_cb (PslDashboardPage *page,
                           const char       *name,
                           PslWindow        *self)
{
  if (g_strcmp0 (name, "placements-waiting") == 0)
    {
      PslPlacementsPage *placements = ensure_placements_page (self);

      psl_placements_page_clear_filters (placements);
      psl_placements_page_show_waiting (placements);
      name = "placements";
    }
  psl_window_show_page (self, name);
}

/* The pages' way to a firm, a person or a partner (psl-navigation.h). */
static void
open_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);

  if (g_strcmp0 (action_name, psl_navigation_action (PSL_TARGET_COMPANY)) == 0)
    psl_window_open_company (self, id);
  else if (g_strcmp0 (action_name, psl_navigation_action (PSL_TARGET_PERSON)) == 0)
    psl_window_open_person (self, id);
  else
    /* Partners are listed beside the firms. */
    psl_window_show_page (self, "companies");
}

/* The sidebar's rows, at once; their pages are made when first shown. */
static void
add_sidebar_rows (PslWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_list_box_append (self->sidebar_list, make_sidebar_row (&pages[i]));
}

static void on_search_result_activated_cb (PslSearchPage *page,
                                           const char    *kind,
                                           const char    *ref_id,
                                           const char    *title,
                                           PslWindow     *self);
static void on_company_activated_cb (GtkWidget  *source,
                                     const char *company_id,
                                     PslWindow  *self);

static void prepare_company_page (PslWindow *self);

/* A page is made, with its base, the first time it is shown: made at
 * once, the eight of them and their choices read from a large file would
 * hold the window's first frame.  It reads once shown. */
static GtkWidget *
make_page (PslWindow  *self,
           const char *name)
{
  GtkWidget *child;

  if (g_strcmp0 (name, "home") == 0)
    {
      child = GTK_WIDGET (self->dashboard_page = psl_dashboard_page_new (self->store));
      g_signal_connect (child, "show-page", G_CALLBACK (on_dashboard_show_page_cb), self);
    }
  else if (g_strcmp0 (name, "companies") == 0)
    {
      self->network_page = psl_network_page_new (self->store);
      self->companies_page = psl_network_page_get_companies (self->network_page);
      g_signal_connect (self->companies_page, "company-activated", G_CALLBACK (on_company_activated_cb), self);
      child = GTK_WIDGET (self->network_page);
      g_signal_connect_swapped (child, "map", G_CALLBACK (prepare_company_page), self);
    }
  else if (g_strcmp0 (name, "people") == 0)
    child = GTK_WIDGET (self->people_page = psl_people_page_new (self->store));
  else if (g_strcmp0 (name, "placements") == 0)
    child = GTK_WIDGET (self->placements_page = psl_placements_page_new (self->store));
  else if (g_strcmp0 (name, "followup") == 0)
    child = GTK_WIDGET (self->followup_page = psl_followup_page_new (self->store));
  else if (g_strcmp0 (name, "map") == 0)
    child = GTK_WIDGET (self->map_page = psl_map_page_new (self->store));
  else if (g_strcmp0 (name, "reports") == 0)
    child = GTK_WIDGET (self->reports_page = psl_reports_page_new (self->store));
  else if (g_strcmp0 (name, "schedule") == 0)
    child = GTK_WIDGET (self->schedule_page = psl_schedule_page_new (self->store));
  else
    {
      g_assert (g_strcmp0 (name, "search") == 0);
      child = GTK_WIDGET (self->search_page = psl_search_page_new (self->store));
      g_signal_connect (child, "result-activated", G_CALLBACK (on_search_result_activated_cb), self);
    }

  gtk_stack_add_named (self->page_stack, child, name);
  return child;
}

/* The page called name (one of pages[], or "search"), made if it was not
 * yet; NULL without a base. */
static GtkWidget *
ensure_page (PslWindow  *self,
             const char *name)
{
  GtkWidget *child;

  if (self->store == NULL)
    return NULL;
  child = gtk_stack_get_child_by_name (self->page_stack, name);
  return child != NULL ? child : make_page (self, name);
}

static PslPlacementsPage *
ensure_placements_page (PslWindow *self)
{
  return PSL_PLACEMENTS_PAGE (ensure_page (self, "placements"));
}

static PslPeoplePage *
ensure_people_page (PslWindow *self)
{
  return PSL_PEOPLE_PAGE (ensure_page (self, "people"));
}

static PslSearchPage *
ensure_search_page (PslWindow *self)
{
  return PSL_SEARCH_PAGE (ensure_page (self, "search"));
}

static void
on_sidebar_row_activated_cb (GtkListBox    *list,
                             GtkListBoxRow *row,
                             PslWindow     *self)
{
  psl_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      PslWindow      *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *visible = gtk_stack_get_visible_child_name (self->page_stack);

  if (*text == '\0')
    {
      if (g_strcmp0 (visible, "search") == 0 && self->page_before_search != NULL)
        psl_window_show_page (self, self->page_before_search);
      return;
    }

  if (g_strcmp0 (visible, "search") != 0)
    {
      g_free (self->page_before_search);
      self->page_before_search = g_strdup (visible);
    }

  if (ensure_search_page (self) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->page_stack, "search");
  adw_window_title_set_title (self->content_title, _("Search"));
  psl_search_page_set_query (self->search_page, text);
}

static void
on_search_activate_cb (GtkSearchEntry *entry,
                       PslWindow      *self)
{
  if (self->search_page != NULL)
    psl_search_page_activate_first (self->search_page);
}

static void
on_stop_search_cb (GtkSearchEntry *entry,
                   PslWindow      *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_mode_cb (GtkSearchBar *bar,
                   GParamSpec   *pspec,
                   PslWindow    *self)
{
  if (gtk_search_bar_get_search_mode (bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_company_activated_cb (GtkWidget  *source,
                         const char *company_id,
                         PslWindow  *self)
{
  psl_window_open_company (self, company_id);
}

static void
on_company_back_cb (PslCompanyPage *page,
                    PslWindow      *self)
{
  psl_window_show_page (self, "companies");
}

static void
on_company_deleted_cb (PslCompanyPage *page,
                       const char     *id,
                       const char     *name,
                       PslWindow      *self)
{
  /* Translators: %s is the name of a firm or of a contact */
  g_autofree char *title = g_strdup_printf (_("“%s” deleted"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-record");
  adw_toast_set_action_target (toast, "(ss)", "company", id);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  psl_window_show_page (self, "companies");
  psl_window_reload (self);
}

/* A new firm needs a name; its SIRET or BCE and its postcode let
 * Passerelle say at once whether it is already in the network. */
static char *
submit_new_company (const char * const *values,
                    gpointer            user_data)
{
  PslWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->store == NULL)
    return NULL;

  id = psl_company_create (self->store, values[0], values[1], *values[2] != '\0' ? values[2] : NULL, &error);
  if (id == NULL)
    return g_strdup (error->message);

  psl_window_reload (self);
  psl_window_open_company (self, id);
  return NULL;
}

static void
new_company_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  const char *labels[] = { _("Legal name"), _("SIRET or BCE number (optional)"), _("Postcode"), NULL };

  if (PSL_WINDOW (widget)->store != NULL)
    psl_form_dialog_show (GTK_WINDOW (widget), _("New Firm"), labels, NULL, NULL, _("_Create"),
                          submit_new_company, widget);
}

/* Undo of a deletion: only the records the window deletes can come back. */
static void
restore_record_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *table, *id;

  g_variant_get (param, "(&s&s)", &table, &id);
  if (self->store == NULL || (g_strcmp0 (table, "company") != 0 && g_strcmp0 (table, "contact") != 0))
    return;

  if (!psl_record_set_deleted (self->store, table, id, FALSE, &error))
    {
      psl_window_add_toast (self, error->message);
      return;
    }

  psl_window_reload (self);
  if (g_strcmp0 (table, "company") == 0)
    psl_window_open_company (self, id);
  else if (self->company_page != NULL && psl_company_page_get_company_id (self->company_page) != NULL)
    psl_company_page_reload_contacts (self->company_page);
}

static void
on_search_result_activated_cb (PslSearchPage *page,
                               const char    *kind,
                               const char    *ref_id,
                               const char    *title,
                               PslWindow     *self)
{
  static const struct { const char *kind; const char *page; } kind_pages[] = {
    { "company", "companies" }, { "contact", "companies" },
    { "person", "people" }, { "note", "people" },
  };
  PslTarget target;

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (psl_navigation_target_of (kind, &target))
    {
      psl_navigate (GTK_WIDGET (self), target, ref_id);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kind_pages); i++)
    if (g_strcmp0 (kind_pages[i].kind, kind) == 0)
      psl_window_show_page (self, kind_pages[i].page);
}

static PslPreferencesWindow *show_preferences (PslWindow *self);

/* The exchange's state and why it failed, in Préférences → Sites. */
static void
sync_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslPreferencesWindow *prefs = show_preferences (PSL_WINDOW (widget));

  if (prefs != NULL)
    adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "sync");
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  psl_window_show_page (PSL_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);

  if (self->store == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_imported_cb (PslImportDialog *dialog,
                const char      *summary,
                PslWindow       *self)
{
  psl_window_add_toast (self, summary);
  psl_window_reload (self);
}

static void
import_firms_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);
  PslImportDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = psl_import_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  g_signal_connect_object (dialog, "undone", G_CALLBACK (on_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  adw_leaflet_navigate (PSL_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
save_window_state (PslWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (self->store != NULL)
    g_settings_set_string (self->settings, "last-page", psl_window_get_page (self));
}

static gboolean
psl_window_close_request (GtkWindow *window)
{
  save_window_state (PSL_WINDOW (window));
  return GTK_WINDOW_CLASS (psl_window_parent_class)->close_request (window);
}

static void
psl_window_dispose (GObject *object)
{
  PslWindow *self = (PslWindow *) object;

  /* Not kept alive by a proposal to come: the file is free once closed. */
  g_clear_handle_id (&self->retention_source, g_source_remove);
  g_cancellable_cancel (self->prepare);
  g_clear_object (&self->prepare);

  /* Pages may still be finishing a read on the worker: they must not call
   * back into a window that is going away. */
  if (self->dashboard_page != NULL)
    g_signal_handlers_disconnect_by_data (self->dashboard_page, self);
  if (self->search_page != NULL)
    g_signal_handlers_disconnect_by_data (self->search_page, self);
  if (self->companies_page != NULL)
    g_signal_handlers_disconnect_by_data (self->companies_page, self);
  self->dashboard_page = NULL;
  self->search_page = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (psl_window_parent_class)->dispose (object);
}

static void
psl_window_finalize (GObject *object)
{
  PslWindow *self = (PslWindow *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->page_before_search, g_free);

  G_OBJECT_CLASS (psl_window_parent_class)->finalize (object);
}

/* The structure key set up from the window, for a file made before its
 * confidential parts were encrypted: direction's to do, as in Préférences. */
static void
encrypt_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !psl_privacy_is_set_up (self->store)
      && !psl_key_setup_by_direction (GTK_WINDOW (self), self->store, &error))
    psl_window_add_toast (self, error->message);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslWindow *self = PSL_WINDOW (widget);
  g_autofree char *uri = psl_window_get_help_uri (self);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* The shortcuts window is made when asked for.  Kept at GTK's own place
 * (gtk/help-overlay.ui) it would be built with every window, before its
 * first frame: a GtkShortcutsWindow is a big template. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/passerelle/Passerelle/psl-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
psl_window_class_init (PslWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = psl_window_dispose;
  object_class->finalize = psl_window_finalize;
  window_class->close_request = psl_window_close_request;

  g_type_ensure (PSL_TYPE_WIDTH_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PslWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, structure_label);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, antenna_label);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PslWindow, page_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  for (PslTarget t = PSL_TARGET_COMPANY; t <= PSL_TARGET_PARTNER; t++)
    gtk_widget_class_install_action (widget_class, psl_navigation_action (t), "s", open_record_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.encrypt", NULL, encrypt_action);
  gtk_widget_class_install_action (widget_class, "win.sync-details", NULL, sync_details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.import-firms", NULL, import_firms_action);
  gtk_widget_class_install_action (widget_class, "win.restore-record", "(ss)", restore_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-company", NULL, new_company_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-company", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, pages[i].key, GDK_CONTROL_MASK,
                                         "win.show-page", "s", pages[i].name);
}

static void
psl_window_init (PslWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self->search_button, "active",
                          self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->content));

  add_sidebar_rows (self);

  self->settings = open_settings ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
}

/* Another site's work arrived while this window is open: what it shows is
 * read again, and said once, quietly. */
static void
on_sync_exchanged_cb (PslWindow     *self,
                      PslSyncReport *report)
{
  g_autofree char *message = NULL;

  if (report->changes_applied == 0)
    return;
  psl_window_reload (self);
  /* Translators: after an exchange between sites that applied something */
  message = g_strdup_printf (ngettext ("Another site’s work came in: %u change applied.",
                                       "Another site’s work came in: %u changes applied.",
                                       report->changes_applied),
                             report->changes_applied);
  psl_window_add_toast (self, message);
}

/* An exchange that failed by itself (the stick is out, the passphrase
 * changed): the watch tells each reason once; the details stay in
 * Préférences → Sites. */
static void
on_sync_failed_cb (PslWindow  *self,
                   const char *message)
{
  psl_window_add_toast_with_button (self, _("The exchange with the other sites did not go through."),
                                    _("Details"), "win.sync-details");
}

/* A file from before encryption (or whose set-up was put off) says so
 * each time it is opened: a copy of it reveals every confidential text. */
static void
propose_encryption (PslWindow *self)
{
  if (psl_privacy_is_set_up (self->store) || psl_first_start_get_step (self->store) != PSL_FIRST_START_DONE)
    return;
  if (psl_privacy_get_actor_role (self->store) == PSL_ROLE_DIRECTION)
    psl_window_add_toast_with_button (self, _("This file’s confidential parts are not encrypted: a copy of it "
                                              "would reveal them."), _("Encrypt…"), "win.encrypt");
  else
    psl_window_add_toast (self, _("This file’s confidential parts are not encrypted: direction can encrypt "
                                  "them in Preferences, Privacy."));
}

static gboolean
propose_retention_cb (gpointer data)
{
  PslWindow *self = data;

  self->retention_source = 0;
  if (self->store != NULL && !psl_store_is_read_only (self->store) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      propose_encryption (self);
      psl_retention_dialog_present (GTK_WIDGET (self), self->store, TRUE);
    }
  return G_SOURCE_REMOVE;
}

/* The window's first frame painted: a large file's check begins now,
 * on its thread, rather than take the processor from that frame. */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   PslWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  if (self->store != NULL)
    psl_store_begin_check (self->store);
}

/* Once the window is on screen, and drawn: a dialog over nothing would
 * come before the window it belongs to. */
static void
on_first_map_cb (GtkWidget *widget,
                 gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_first_map_cb, data);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint_cb), widget, 0);
  else if (PSL_WINDOW (widget)->store != NULL)
    psl_store_begin_check (PSL_WINDOW (widget)->store);
  PSL_WINDOW (widget)->retention_source = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 500, propose_retention_cb,
                                                              widget, NULL);
}

static PslPreferencesWindow *
show_preferences (PslWindow *self)
{
  PslPreferencesWindow *prefs;

  if (self->store == NULL)
    return NULL;

  prefs = psl_preferences_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (prefs, "changed", G_CALLBACK (psl_window_reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (prefs));
  return prefs;
}

static void
on_key_dialog_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           PslWindow        *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.import-firms", NULL);
}

/* A new file's confidential part is encrypted before anything is written
 * in it, and the recovery key shown (or why not, and what to do); the
 * import asked for comes once that is read. */
static void
on_first_start_finished_cb (PslFirstStartView *view,
                            const char        *way,
                            PslWindow         *self)
{
  GtkWidget *key_dialog;

  gtk_stack_set_visible_child_name (self->main_stack, "main");
  gtk_stack_remove (self->main_stack, GTK_WIDGET (view));
  psl_window_reload (self);
  psl_window_show_page (self, "home");
  key_dialog = psl_key_setup_offer (GTK_WINDOW (self), self->store);

  if (g_strcmp0 (way, "import") == 0 && key_dialog != NULL)
    g_signal_connect_object (key_dialog, "response", G_CALLBACK (on_key_dialog_response_cb), self, 0);
  else if (g_strcmp0 (way, "import") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import-firms", NULL);
}

static void
on_demo_made_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PslWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_object_steal_data (G_OBJECT (source), "psl-demo-path");

  if (!g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error))
    {
      psl_window_add_toast (self, _("The demonstration could not be made."));
      return;
    }
  psl_application_open_database (PSL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path);
}

/* The demonstration lives in its own file beside the user's, made by the
 * program's own "demo" command, which never writes over a real file. */
static void
on_demo_requested_cb (PslWindow *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *path = g_build_filename (dir, "demonstration.db", NULL);
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GSubprocess) demo = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (path, self->path) == 0)
    {
      psl_window_add_toast (self, _("The demonstration cannot be opened over this file."));
      return;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      psl_application_open_database (PSL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path);
      return;
    }

  demo = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                           program != NULL ? program : "passerelle", "demo", path, NULL);
  if (demo == NULL)
    {
      psl_window_add_toast (self, error->message);
      return;
    }
  psl_window_add_toast (self, _("Making the demonstration…"));
  g_object_set_data_full (G_OBJECT (demo), "psl-demo-path", g_steal_pointer (&path), g_free);
  g_subprocess_wait_check_async (demo, NULL, on_demo_made_cb, g_object_ref (self));
}

static void
on_join_requested_cb (PslWindow *self)
{
  if (self->store != NULL)
    psl_application_join_structure (PSL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                    GTK_WINDOW (self), self->store);
}

static void
start_first_start (PslWindow *self)
{
  PslFirstStartView *view = psl_first_start_view_new (self->store);

  gtk_stack_add_named (self->main_stack, GTK_WIDGET (view), "first-start");
  gtk_stack_set_visible_child_name (self->main_stack, "first-start");
  g_signal_connect_object (view, "finished", G_CALLBACK (on_first_start_finished_cb), self, 0);
  g_signal_connect_object (view, "demo-requested", G_CALLBACK (on_demo_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "join-requested", G_CALLBACK (on_join_requested_cb), self, G_CONNECT_SWAPPED);
}

PslWindow *
psl_window_new (PslApplication *application,
                const char     *path,
                PslStore       *store,
                const GError   *open_error)
{
  PslWindow *self = g_object_new (PSL_TYPE_WINDOW, "application", application, NULL);
  g_autofree char *basename = g_path_get_basename (path);

  self->path = g_strdup (path);

  if (store == NULL)
    {
      adw_status_page_set_description (self->error_page,
                                       open_error != NULL ? open_error->message : NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_window_set_title (GTK_WINDOW (self), "Passerelle");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", FALSE);
      return self;
    }

  self->store = g_object_ref (store);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  /* Translators: the window title, %s is the database file name */
  {
    g_autofree char *title = g_strdup_printf (_("Passerelle — %s"), basename);
    gtk_window_set_title (GTK_WINDOW (self), title);
  }

  /* The pages are made as they are shown, and read then. */
  psl_window_reload (self);

  /* A base that exchanges with other sites keeps exchanging while open. */
  g_signal_connect_object (psl_sync_watch_get (store), "exchanged", G_CALLBACK (on_sync_exchanged_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (psl_sync_watch_get (store), "failed", G_CALLBACK (on_sync_failed_cb), self,
                           G_CONNECT_SWAPPED);
  psl_sync_watch_start (psl_sync_watch_get (store));

  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-page");
      psl_window_show_page (self, find_page (last) != NULL ? last : "home");
    }
  else
    psl_window_show_page (self, "home");
  /* Once a week, direction sees who the retention rules reach. */
  g_signal_connect (self, "map", G_CALLBACK (on_first_map_cb), NULL);

  if (psl_first_start_get_step (store) != PSL_FIRST_START_DONE)
    start_first_start (self);

  return self;
}

/* Reads again what the window shows of the database as a whole. */
void
psl_window_reload (PslWindow *self)
{
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PSL_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  inst = psl_installation_load (self->store, &error);
  if (error != NULL)
    psl_toast_window_message (GTK_WINDOW (self), error->message);
  if (inst != NULL)
    {
      /* Long structure names are common ("Mission locale du Pays de …"):
       * they are cut rather than widening the sidebar. */
      gtk_label_set_label (self->structure_label, inst->structure_name);
      gtk_label_set_label (self->antenna_label, inst->antenna_name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->structure_label), inst->structure_name);
    }

  /* A page not made yet reads when it is. */
  if (self->dashboard_page != NULL)
    psl_dashboard_page_reload (self->dashboard_page);
  if (self->companies_page != NULL)
    psl_company_list_view_reload (self->companies_page);
  if (self->people_page != NULL)
    psl_people_page_reload (self->people_page);
  if (self->placements_page != NULL)
    psl_placements_page_reload (self->placements_page);
  if (self->schedule_page != NULL)
    psl_schedule_page_reload (self->schedule_page);
  if (self->followup_page != NULL)
    psl_followup_page_reload (self->followup_page);
}

const char *
psl_window_get_database_path (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);
  return self->path;
}

PslStore *
psl_window_get_store (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
psl_window_get_page (PslWindow *self)
{
  const char *name;

  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->page_stack);
  if (g_strcmp0 (name, "search") == 0 && self->page_before_search != NULL)
    return self->page_before_search;
  return name;
}

/* Shows the sidebar's page name, as the stack's child shown (a firm's
 * sheet for "companies"): shown straight away, the list behind it is not
 * put on screen for nothing, which would make its rows' widgets and
 * drop them at once. */
static void
show_page_as (PslWindow  *self,
              const char *name,
              const char *shown)
{
  const PageInfo *page = find_page (name);

  if (page == NULL || self->store == NULL)
    return;

  ensure_page (self, page->name);
  gtk_stack_set_visible_child_name (self->page_stack, shown);
  adw_window_title_set_title (self->content_title, _(page->title));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), page->name) == 0)
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
}

void
psl_window_show_page (PslWindow  *self,
                      const char *name)
{
  g_return_if_fail (PSL_IS_WINDOW (self));
  show_page_as (self, name, name);
}

/* The firm's page is made when a firm is first opened: its six tabs
 * would otherwise slow every start-up. */
static PslCompanyPage *
ensure_company_page (PslWindow *self)
{
  if (self->company_page != NULL)
    return self->company_page;

  /* Its changes are read again by the firms' list it goes back to. */
  ensure_page (self, "companies");
  self->company_page = psl_company_page_new (self->store);
  gtk_stack_add_named (self->page_stack, GTK_WIDGET (self->company_page), "company");
  g_signal_connect (self->company_page, "back", G_CALLBACK (on_company_back_cb), self);
  g_signal_connect (self->company_page, "deleted", G_CALLBACK (on_company_deleted_cb), self);
  g_signal_connect_swapped (self->company_page, "changed",
                            G_CALLBACK (psl_company_list_view_reload), self->companies_page);
  return self->company_page;
}

static gboolean
make_company_page_cb (gpointer data)
{
  ensure_company_page (data);
  return G_SOURCE_REMOVE;
}

/* A firm's sheet is made before the first click on a firm
 * (psl-prepare.c), once Entreprises is shown: its read is asked for then. */
static void
prepare_company_page (PslWindow *self)
{
  g_signal_handlers_disconnect_by_func (self->network_page, prepare_company_page, self);
  if (self->company_page != NULL || self->prepare != NULL)
    return;
  self->prepare = g_cancellable_new ();
  psl_prepare_later (self->store, self->prepare, make_company_page_cb, self);
}

/* Shows one firm; the sidebar stays on Entreprises. */
gboolean
psl_window_open_company (PslWindow  *self,
                         const char *company_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PSL_IS_WINDOW (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  ensure_company_page (self);

  if (!psl_company_page_show_company (self->company_page, company_id, &error))
    {
      psl_window_add_toast (self, error->message);
      return FALSE;
    }

  show_page_as (self, "companies", "company");
  return TRUE;
}

/* Shows one person; the sidebar stays on Personnes. */
gboolean
psl_window_open_person (PslWindow  *self,
                        const char *person_id)
{
  PslPeoplePage *people;
  gboolean opened;

  g_return_val_if_fail (PSL_IS_WINDOW (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  /* The person's sheet first, then the page: the list behind it is not
   * put on screen for nothing. */
  people = ensure_people_page (self);
  opened = psl_people_page_open_person (people, person_id);
  psl_window_show_page (self, "people");
  return opened;
}

void
psl_window_search (PslWindow  *self,
                   const char *text)
{
  g_return_if_fail (PSL_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Tests and the benchmark want the results now, not after the entry's
   * typing delay. */
  on_search_changed_cb (self->search_entry, self);
}

void
psl_window_show_preferences (PslWindow *self)
{
  g_return_if_fail (PSL_IS_WINDOW (self));
  show_preferences (self);
}

void
psl_window_add_toast (PslWindow  *self,
                      const char *message)
{
  g_return_if_fail (PSL_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
psl_window_add_toast_with_button (PslWindow  *self,
                                  const char *message,
                                  const char *button_label,
                                  const char *action_name)
{
  AdwToast *toast = adw_toast_new (message);

  g_return_if_fail (PSL_IS_WINDOW (self));
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
psl_window_get_error_message (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);

  if (self->store != NULL)
    return NULL;
  return adw_status_page_get_description (self->error_page);
}

gboolean
psl_window_is_searching (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), FALSE);
  return self->search_page != NULL && psl_search_page_is_busy (self->search_page);
}

guint
psl_window_get_n_search_results (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), 0);
  return self->search_page != NULL ? psl_search_page_get_n_results (self->search_page) : 0;
}

const PslDashboardFigures *
psl_window_get_dashboard_figures (PslWindow *self)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);
  return self->dashboard_page != NULL ? psl_dashboard_page_get_figures (self->dashboard_page) : NULL;
}

GtkWidget *
psl_window_get_page_widget (PslWindow  *self,
                            const char *name)
{
  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (find_page (name) != NULL || g_strcmp0 (name, "search") == 0, NULL);
  return ensure_page (self, name);
}

/* The help on what the window shows: the first start, or the section's work. */
char *
psl_window_get_help_uri (PslWindow *self)
{
  const char *page;

  g_return_val_if_fail (PSL_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "first-start") == 0)
    return g_strdup ("help:passerelle/premier-demarrage");
  if (self->store == NULL)
    return g_strdup ("help:passerelle");

  page = psl_window_get_page (self);
  for (guint i = 0; i < G_N_ELEMENTS (help_topics); i++)
    if (g_strcmp0 (page, help_topics[i].page) == 0)
      return g_strconcat ("help:passerelle/", help_topics[i].topic, NULL);
  return g_strdup ("help:passerelle");
}
