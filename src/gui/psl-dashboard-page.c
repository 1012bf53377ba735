/* psl-dashboard-page.c — Home: the day's figures and what is due
 *
 * The figures are read on the database worker: on a large file the counts
 * take a moment, and the window must appear at once.
 */

#define G_LOG_DOMAIN "psl-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-dashboard-page.h"
#include "psl-list-box.h"
#include "psl-list-row.h"
#include "psl-navigation.h"
#include "psl-figure-card.h"
#include "psl-toast.h"
#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-in-work.h"
#include "psl-interaction.h"
#include "sync/psl-sync-status.h"

#define DUE_HORIZON_DAYS 14
#define DUE_LIMIT 30
#define ALERTS_LIMIT 5
#define SILENT_DAYS 14

struct _PslDashboardPage
{
  PslPage              parent_instance;

  PslStore            *store;
  PslDashboardFigures  figures;
  gboolean             loaded;

  GtkWidget           *scroller;
  GtkLabel            *date_label;
  GtkFlowBox          *figures_box;
  GtkListBox          *due_list;
  GtkWidget           *alerts_box;
  GtkLabel            *alerts_label;
  GtkListBox          *alerts_list;
  GPtrArray           *alerts;      /* PslOpenAlert, as listed */
  GPtrArray           *due;         /* PslDueItem, as listed */
  char                *today;       /* the day the rows of due are counted from */
  GtkWidget           *sync_banner;
  GtkLabel            *sync_banner_label;
};

G_DEFINE_FINAL_TYPE (PslDashboardPage, psl_dashboard_page, PSL_TYPE_PAGE)

enum {
  LOADED,
  SHOW_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char                *today;
  PslDashboardFigures  figures;
  GPtrArray           *due;
  GPtrArray           *alerts;
  guint                n_alerts;
  char                *silent;   /* a sentence naming the silent sites, or NULL */
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_free (result->today);
  g_free (result->silent);
  g_clear_pointer (&result->due, g_ptr_array_unref);
  g_clear_pointer (&result->alerts, g_ptr_array_unref);
  g_free (result);
}

/* Sites of the exchange that sent nothing for two weeks: a stick left in a
 * drawer, or a computer that no longer syncs.  A base that does not
 * exchange, or whose status cannot be read, shows no banner. */
static char *
silent_sites_sentence (PslStore *store)
{
  /* Unread, no banner: the Exchange page reads the same status and shows the error. */
  g_autoptr(PslSyncStatus) status = psl_sync_status_load (store, NULL);
  g_autoptr(GPtrArray) silent = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (status == NULL || status->folder == NULL)
    return NULL;
  silent = psl_sync_silent_sites (status, SILENT_DAYS);
  if (silent->len == 0)
    return NULL;
  for (guint i = 0; i < silent->len; i++)
    {
      PslSyncSite *site = g_ptr_array_index (silent, i);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, site->name);
    }
  /* Translators: %1$s names one or more sites, %2$u is a number of days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The site “%1$s” has sent nothing for %2$u days.",
                                       "The sites “%1$s” have sent nothing for %2$u days.",
                                       silent->len),
                          names->str, SILENT_DAYS);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->today = g_strdup (data);
  if (!psl_dashboard_load_figures (store, result->today, &result->figures, error) ||
      (result->due = psl_dashboard_due_items (store, result->today, DUE_HORIZON_DAYS,
                                              DUE_LIMIT, error)) == NULL ||
      (result->alerts = psl_open_alerts_load (store, NULL, ALERTS_LIMIT, &result->n_alerts, error)) == NULL)
    {
      load_result_free (result);
      return NULL;
    }
  result->silent = silent_sites_sentence (store);

  return result;
}

/* A card; activated, it shows the page where its figure's work is (a
 * page's name, or "placements-waiting"), when it has one. */
static void
add_figure (PslDashboardPage *self,
            gint64            value,
            const char       *caption,
            gboolean          warn,
            const char       *page)
{
  g_autofree char *text = psl_format_count (value);
  GtkWidget *card = psl_figure_card_new (text, caption, warn);

  gtk_flow_box_append (self->figures_box, card);
  if (page != NULL)
    {
      GtkWidget *child = gtk_widget_get_parent (card);

      g_object_set_data (G_OBJECT (child), "page", (gpointer) page);
      gtk_widget_add_css_class (child, "activatable");
      gtk_widget_set_cursor_from_name (child, "pointer");
    }
  else
    gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
}

static void
clear_box (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

/* Each caption agrees with its figure: "1 open alert", "2 open alerts". */
static void
show_figures (PslDashboardPage *self)
{
  const PslDashboardFigures *f = &self->figures;

  clear_box (self->figures_box);
  add_figure (self, f->companies_active,
              g_dngettext (GETTEXT_PACKAGE, "active firm in the network", "active firms in the network", f->companies_active),
              FALSE, "companies");
  add_figure (self, f->companies_new_month,
              g_dngettext (GETTEXT_PACKAGE, "new firm this month", "new firms this month", f->companies_new_month),
              FALSE, "companies");
  add_figure (self, f->people_followed,
              g_dngettext (GETTEXT_PACKAGE, "person accompanied", "people accompanied", f->people_followed),
              FALSE, "people");
  add_figure (self, f->people_new_month,
              g_dngettext (GETTEXT_PACKAGE, "person welcomed this month", "people welcomed this month", f->people_new_month),
              FALSE, "people");
  add_figure (self, f->placements_running,
              g_dngettext (GETTEXT_PACKAGE, "immersion or contract running", "immersions and contracts running", f->placements_running),
              FALSE, "placements");
  add_figure (self, f->placements_waiting,
              g_dngettext (GETTEXT_PACKAGE, "introduction with no answer for three weeks", "introductions with no answer for three weeks", f->placements_waiting),
              TRUE,
              "placements-waiting");
  add_figure (self, f->opportunities_open,
              g_dngettext (GETTEXT_PACKAGE, "open opportunity", "open opportunities", f->opportunities_open),
              FALSE, NULL);
  add_figure (self, f->followups_overdue,
              g_dngettext (GETTEXT_PACKAGE, "follow-up overdue", "follow-ups overdue", f->followups_overdue),
              TRUE, "schedule");
  add_figure (self, f->followups_week,
              g_dngettext (GETTEXT_PACKAGE, "follow-up in the next 7 days", "follow-ups in the next 7 days", f->followups_week),
              FALSE, "schedule");
  add_figure (self, f->reminders_due,
              g_dngettext (GETTEXT_PACKAGE, "firm reminder due", "firm reminders due", f->reminders_due),
              TRUE, "schedule");
  add_figure (self, f->alerts_open,
              g_dngettext (GETTEXT_PACKAGE, "open alert", "open alerts", f->alerts_open),
              TRUE, "followup");
  add_figure (self, f->companies_dormant,
              g_dngettext (GETTEXT_PACKAGE, "dormant firm to relaunch", "dormant firms to relaunch", f->companies_dormant),
              FALSE, "companies");
}

static void
on_reminder_done_cb (GtkButton        *button,
                     PslDashboardPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  const char *id = g_object_get_data (G_OBJECT (button), "interaction-id");

  if (!psl_interaction_reminder_done (self->store, id, today, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  psl_dashboard_page_reload (self);
}

static const char *
due_kind_label (const PslDueItem *item)
{
  if (g_strcmp0 (item->kind, "followup") == 0)
    return _("Follow-up");
  if (g_strcmp0 (item->kind, "partner_reminder") == 0)
    return _("Partner reminder");
  return _("Firm reminder");
}

static GtkWidget *
due_row (gpointer data,
         gpointer user_data)
{
  PslDueItem *item = data;
  PslDashboardPage *self = user_data;
  g_autofree char *when = psl_format_days_from_today (item->due_on, self->today);
  g_autofree char *date = psl_format_date_short (item->due_on);
  g_autofree char *subtitle = NULL;
  GtkWidget *when_label = gtk_label_new (when);
  gboolean is_followup = g_strcmp0 (item->kind, "followup") == 0;
  gboolean of_partner = g_strcmp0 (item->kind, "partner_reminder") == 0;
  GtkWidget *row;

  /* Translators: %1$s is "Follow-up" or "Reminder", %2$s what is due, %3$s the date */
  subtitle = g_strdup_printf (_("%1$s · %2$s · %3$s"), due_kind_label (item),
                              item->label != NULL ? item->label : "", date);
  row = psl_list_row_new (item->title, subtitle);
  psl_list_row_add_prefix (PSL_LIST_ROW (row),
                           gtk_image_new_from_icon_name (is_followup ? "user-available-symbolic"
                                                         : of_partner ? "system-users-symbolic"
                                                         : "x-office-address-book-symbolic"));
  if (g_strcmp0 (item->due_on, self->today) < 0)
    gtk_widget_add_css_class (when_label, "error");
  psl_list_row_add_suffix (PSL_LIST_ROW (row), when_label);
  if (!is_followup)
    {
      /* A firm reminder is done from here in one click; follow-ups
       * have their own record to fill. */
      GtkWidget *done = gtk_button_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (done, "flat");
      gtk_widget_set_tooltip_text (done, _("Mark the reminder as done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Mark the reminder as done"), -1);
      g_object_set_data_full (G_OBJECT (done), "interaction-id", g_strdup (item->ref_id), g_free);
      g_signal_connect (done, "clicked", G_CALLBACK (on_reminder_done_cb), self);
      psl_list_row_add_suffix (PSL_LIST_ROW (row), done);
    }
  return row;
}

/* A few rows at each turn of the main loop (psl_list_box_fill ()): the
 * home page of a large file lists some forty. */
static void
show_due_items (PslDashboardPage *self,
                GPtrArray        *items,
                const char       *today)
{
  psl_list_box_remove_all (self->due_list);
  if (items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing due in the next two weeks."));
      gtk_list_box_append (self->due_list, row);
      return;
    }
  g_free (self->today);
  self->today = g_strdup (today);
  psl_list_box_fill (self->due_list, items, due_row, self, NULL);
}

static void
on_alert_activated_cb (GtkListBox       *list,
                       GtkListBoxRow    *row,
                       PslDashboardPage *self)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");

  if (person_id != NULL)
    psl_navigate (GTK_WIDGET (self), PSL_TARGET_PERSON, person_id);
}

static GtkWidget *
alert_row (gpointer data,
           gpointer user_data)
{
  PslOpenAlert *alert = data;
  g_autofree char *subtitle = psl_open_alert_subtitle (alert);
  GtkWidget *row = psl_list_row_new (alert->person_name, subtitle);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, alert->risk >= 3 ? "error" : "warning");
  psl_list_row_add_prefix (PSL_LIST_ROW (row), icon);
  psl_list_row_add_suffix (PSL_LIST_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_strdup (alert->person_id), g_free);
  return row;
}

/* The alerts still open, the most serious first: a job at risk is what a
 * counsellor must see before anything else.  None: the section goes. */
static void
show_alerts (PslDashboardPage *self,
             GPtrArray        *alerts,
             guint             total)
{
  g_autofree char *heading = NULL;
  GtkWidget *more_row = NULL;

  psl_list_box_remove_all (self->alerts_list);
  gtk_widget_set_visible (self->alerts_box, total > 0);
  /* Translators: the heading of the open alerts on the home page, with how many */
  heading = g_strdup_printf (_("Open Alerts (%u)"), total);
  gtk_label_set_label (self->alerts_label, heading);
  if (total > alerts->len)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more on the Follow-up page.",
                                                            "And %u more on the Follow-up page.",
                                                            total - alerts->len), total - alerts->len);

      more_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more_row), more);
      gtk_widget_add_css_class (more_row, "dim-label");
    }
  psl_list_box_fill (self->alerts_list, alerts, alert_row, self, more_row);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(PslDashboardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  LoadResult *result = psl_store_run_finish (PSL_STORE (source), res, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (PSL_PAGE (self));
  if (result == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }

  self->figures = result->figures;
  self->loaded = TRUE;
  show_figures (self);
  show_alerts (self, result->alerts, result->n_alerts);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  self->alerts = g_steal_pointer (&result->alerts);
  show_due_items (self, result->due, result->today);
  g_clear_pointer (&self->due, g_ptr_array_unref);
  self->due = g_steal_pointer (&result->due);
  gtk_widget_set_visible (self->sync_banner, result->silent != NULL);
  gtk_label_set_label (self->sync_banner_label, result->silent != NULL ? result->silent : "");
  load_result_free (result);
  g_signal_emit (self, signals[LOADED], 0);
}

/* On the worker, once the page is shown and painted (psl-page.c): the
 * window's first frame never waits on the figures. */
static void
psl_dashboard_page_load (PslPage      *page,
                         GCancellable *cancellable)
{
  PslDashboardPage *self = PSL_DASHBOARD_PAGE (page);

  if (self->store == NULL)
    {
      psl_page_read_done (page);
      return;
    }
  psl_store_run_async (self->store, load_job, psl_today_iso (), g_free, (GDestroyNotify) load_result_free,
                       cancellable, on_loaded_cb, g_object_ref (self));
}

static void
on_figure_activated_cb (GtkFlowBox       *box,
                        GtkFlowBoxChild  *child,
                        PslDashboardPage *self)
{
  const char *page = g_object_get_data (G_OBJECT (child), "page");

  if (page != NULL)
    g_signal_emit (self, signals[SHOW_PAGE], 0, page);
}

/* The preferences open on their sites page. */
static void
on_sync_banner_clicked_cb (PslDashboardPage *self)
{
  g_autoptr(GList) windows = NULL;

  gtk_widget_activate_action (GTK_WIDGET (self), "app.preferences", NULL);
  windows = gtk_window_list_toplevels ();
  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_PREFERENCES_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      adw_preferences_window_set_visible_page_name (l->data, "sync");
}

static void
due_cells (gconstpointer  data,
           GPtrArray     *cells)
{
  const PslDueItem *item = data;

  psl_export_cell_date (cells, item->due_on);
  psl_export_cell_text (cells, due_kind_label (item));
  psl_export_cell_text (cells, item->title);
  psl_export_cell_text (cells, item->label);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *const due_headers[] = { N_("Due On"), N_("Kind"), N_("Concerns"), N_("What Is Due"), NULL };
  PslDashboardPage *self = PSL_DASHBOARD_PAGE (widget);

  if (g_strcmp0 (list, "due") == 0)
    return psl_list_export_personal (psl_list_export_table (_("To Do"), due_headers, self->due, due_cells));
  return psl_list_export_personal (psl_open_alerts_table (self->alerts));
}

static void
psl_dashboard_page_dispose (GObject *object)
{
  PslDashboardPage *self = (PslDashboardPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_DASHBOARD_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_clear_pointer (&self->due, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (psl_dashboard_page_parent_class)->dispose (object);
}

static void
psl_dashboard_page_constructed (GObject *object)
{
  PslDashboardPage *self = PSL_DASHBOARD_PAGE (object);

  G_OBJECT_CLASS (psl_dashboard_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
  /* The heading's date; the figures are read once the page is shown. */
  psl_dashboard_page_reload (self);
}

static void
psl_dashboard_page_class_init (PslDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_dashboard_page_dispose;
  object_class->constructed = psl_dashboard_page_constructed;
  PSL_PAGE_CLASS (klass)->load = psl_dashboard_page_load;

  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_PAGE] = g_signal_new ("show-page", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/passerelle/Passerelle/psl-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, alerts_box);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, alerts_label);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, alerts_list);
  gtk_widget_class_bind_template_callback (widget_class, on_alert_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_figure_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, sync_banner);
  gtk_widget_class_bind_template_child (widget_class, PslDashboardPage, sync_banner_label);
  gtk_widget_class_bind_template_callback (widget_class, on_sync_banner_clicked_cb);
}

static void
psl_dashboard_page_init (PslDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PslDashboardPage *
psl_dashboard_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_DASHBOARD_PAGE, "store", store, NULL);
}

void
psl_dashboard_page_reload (PslDashboardPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = psl_today_iso ();
  g_autofree char *date = psl_format_date (today);
  g_autofree char *heading = NULL;

  g_return_if_fail (PSL_IS_DASHBOARD_PAGE (self));

  /* Translators: the home page heading, e.g. "Sunday, November 22, 2026" */
  heading = g_strdup_printf (C_("home heading", "%1$s, %2$s"),
                             psl_weekday_name (g_date_time_get_day_of_week (now)), date);
  /* Day names are lower case in French, but this one starts the heading. */
  if (heading[0] != '\0')
    {
      gunichar first = g_unichar_totitle (g_utf8_get_char (heading));
      char buf[8] = { 0 };

      g_unichar_to_utf8 (first, buf);
      g_autofree char *capitalized = g_strconcat (buf, g_utf8_next_char (heading), NULL);
      gtk_label_set_label (self->date_label, capitalized);
    }

  psl_page_reload (PSL_PAGE (self));
}

const PslDashboardFigures *
psl_dashboard_page_get_figures (PslDashboardPage *self)
{
  g_return_val_if_fail (PSL_IS_DASHBOARD_PAGE (self), NULL);
  return self->loaded ? &self->figures : NULL;
}
