/* psl-schedule-page.c — Échéancier: everything due, overdue first, for a counsellor or the team
 *
 * Read on the database worker, up to the end of next month, and shown by
 * period: overdue, today, this week, this month, later.  Each item is
 * done or moved where it stands; a row opens the person, the firm or the
 * partner it is about.  A period shows its first SHOWN_AT_FIRST items,
 * about what a screen holds, says how many more there are and reads the
 * next ones when asked: a team's backlog on a large file is a hundred
 * thousand items, which nobody reads at once and the page would wait on.
 * Even those hundred rows are made a few at a time between frames: made
 * at once, with their buttons, they kept the window from drawing for a
 * quarter of a second.
 */

#define G_LOG_DOMAIN "psl-schedule-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "psl-followup-dialog.h"
#include "psl-format.h"
#include "psl-calendar-dialog.h"
#include "psl-list-export.h"
#include "psl-ref.h"
#include "psl-schedule.h"
#include "psl-list-box.h"
#include "psl-schedule-page.h"
#include "psl-list-row.h"
#include "psl-navigation.h"
#include "psl-timeline-view.h"
#include "psl-staff-choice.h"
#include "psl-survey-dialog.h"
#include "psl-toast.h"

#define SHOWN_AT_FIRST 20
#define SHOWN_MORE     100
/* Rows made before the main loop turns again: well under a frame. */
#define ROWS_AT_ONCE   8
#define N_WHEN PSL_DUE_N_WHEN

struct _PslSchedulePage
{
  PslPage             parent_instance;

  GtkWidget          *content;
  GtkDropDown        *staff_dropdown;
  GtkLabel           *summary_label;
  AdwPreferencesPage *page;

  PslStore           *store;
  GPtrArray          *staff_ids;      /* char *, NULL first for the team */
  GPtrArray          *groups;         /* AdwPreferencesGroup shown */
  guint               n_items;
  guint               counts[N_WHEN];
  GPtrArray          *items;          /* PslScheduleItem, as listed */
  guint               per_period;     /* items read in each period */

  /* The rows of items still to make, a few at a time. */
  guint               build_source;
  guint               build_next;     /* in items */
  int                 build_when;     /* of the group made last, or -1 */
  guint               build_shown;    /* rows in it */
  AdwPreferencesGroup *build_group;
  char               *build_today;
};

G_DEFINE_FINAL_TYPE (PslSchedulePage, psl_schedule_page, PSL_TYPE_PAGE)

typedef struct
{
  char *today;
  char *until;
  char *staff_id;
  guint per_period;
} PslScheduleQuery;

static void
query_free (PslScheduleQuery *query)
{
  g_free (query->today);
  g_free (query->until);
  g_free (query->staff_id);
  g_free (query);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  PslScheduleQuery *query = data;

  return psl_schedule_load (store, query->today, query->until, query->staff_id, query->per_period, error);
}

/* The end of next month: far enough to see what comes, near enough to read. */
static char *
horizon (const char *today)
{
  g_autoptr(GDate) date = psl_date_parse (today);

  g_date_set_day (date, 1);
  g_date_add_months (date, 1);
  g_date_set_day (date, g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date)));
  return psl_date_to_iso (date);
}

static GtkWidget *
make_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
on_move_to_day_cb (GtkWidget       *widget,
                   PslSchedulePage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (widget), "entry");
  g_autoptr(GDate) chosen = psl_date_parse_user (gtk_editable_get_text (entry));
  g_autofree char *iso = chosen != NULL ? psl_date_to_iso (chosen) : NULL;

  if (iso == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      psl_toast_message (GTK_WIDGET (self), _("Give the new date, for example 22/11/2026."));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "schedule.move", "(iss)",
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "kind")),
                              g_object_get_data (G_OBJECT (widget), "ref-id"), iso);
}

/* Moving: tomorrow, in a week, or a day typed as dates are everywhere
 * else (GtkCalendar would name the days in the C library's language,
 * English on a desktop without a French locale).  Made when first
 * opened: hundreds of rows need no popover until one is used. */
static void
fill_move_popover (GtkMenuButton *menu,
                   gpointer       user_data)
{
  PslSchedulePage *self = user_data;
  const char *ref_id = g_object_get_data (G_OBJECT (menu), "ref-id");
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (menu), "kind"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *quick = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *typed = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Move"));
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) day = psl_date_parse (today);
  g_autofree char *in_two_weeks = NULL;
  g_autofree char *example = NULL;
  const struct { const char *label; guint days; } shortcuts[] = {
    { N_("Tomorrow"), 1 }, { N_("In a Week"), 7 },
  };

  if (gtk_menu_button_get_popover (menu) != NULL)
    return;
  gtk_box_set_homogeneous (GTK_BOX (quick), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_autoptr(GDate) when = g_date_copy (day);
      g_autofree char *iso = NULL;
      GtkWidget *button = gtk_button_new_with_label (_(shortcuts[i].label));

      g_date_add_days (when, shortcuts[i].days);
      iso = psl_date_to_iso (when);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "schedule.move");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(iss)", kind, ref_id, iso);
      gtk_box_append (GTK_BOX (quick), button);
    }
  gtk_box_append (GTK_BOX (box), quick);

  /* The example: a fortnight on, in the form typed everywhere. */
  g_date_add_days (day, 14);
  in_two_weeks = psl_date_to_iso (day);
  example = psl_format_date_short (in_two_weeks);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), example);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New date"), -1);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (apply, "suggested-action");
  for (GtkWidget *w = entry; w != NULL; w = w == entry ? apply : NULL)
    {
      g_object_set_data (G_OBJECT (w), "entry", entry);
      g_object_set_data_full (G_OBJECT (w), "ref-id", g_strdup (ref_id), g_free);
      g_object_set_data (G_OBJECT (w), "kind", GINT_TO_POINTER (kind));
    }
  g_signal_connect (entry, "activate", G_CALLBACK (on_move_to_day_cb), self);
  g_signal_connect (apply, "clicked", G_CALLBACK (on_move_to_day_cb), self);
  gtk_box_append (GTK_BOX (typed), entry);
  gtk_box_append (GTK_BOX (typed), apply);
  gtk_box_append (GTK_BOX (box), typed);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (menu, popover);
}

static GtkWidget *
make_move_button (PslSchedulePage       *self,
                  const PslScheduleItem *item)
{
  GtkWidget *menu = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "document-open-recent-symbolic");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_tooltip_text (menu, _("Move to Another Day"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move to Another Day"), -1);
  g_object_set_data_full (G_OBJECT (menu), "ref-id", g_strdup (item->ref_id), g_free);
  g_object_set_data (G_OBJECT (menu), "kind", GINT_TO_POINTER (item->kind));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), fill_move_popover, self, NULL);
  return menu;
}

static GtkWidget *
make_row (PslSchedulePage       *self,
          const PslScheduleItem *item,
          const char            *today)
{
  GtkWidget *row;
  g_autofree char *date = psl_format_date_short (item->due_on);
  g_autofree char *when = psl_format_days_from_today (item->due_on, today);
  g_autoptr(GString) subtitle = g_string_new (psl_due_kind_label (item->kind));
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *when_label = gtk_label_new (when);
  GtkWidget *move = make_move_button (self, item);

  psl_append_part (subtitle, item->label);
  psl_append_part (subtitle, item->staff_name);
  row = psl_list_row_new (item->title, subtitle->str);
  psl_list_row_set_subtitle_lines (PSL_LIST_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "ref-id", g_strdup (item->ref_id), g_free);
  g_object_set_data (G_OBJECT (row), "when", GINT_TO_POINTER (psl_due_when (item->due_on, today)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "schedule.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(is)", item->kind, item->owner_id);

  gtk_widget_add_css_class (date_label, "numeric");
  gtk_widget_set_size_request (date_label, 84, -1);
  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  psl_list_row_add_prefix (PSL_LIST_ROW (row), date_label);

  gtk_widget_set_valign (when_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (when_label, "caption");
  if (g_strcmp0 (item->due_on, today) < 0)
    gtk_widget_add_css_class (when_label, "error");
  psl_list_row_add_suffix (PSL_LIST_ROW (row), when_label);

  /* A follow-up is recorded: who, how it goes, what weakens it. */
  if (item->kind == PSL_DUE_FOLLOWUP)
    {
      GtkWidget *record = make_button ("document-edit-symbolic", _("Record the Follow-up…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "schedule.record");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (record), "s", item->ref_id);
      psl_list_row_add_suffix (PSL_LIST_ROW (row), record);
    }
  /* A call after exit says where the person stands. */
  if (item->kind == PSL_DUE_SURVEY)
    {
      GtkWidget *record = make_button ("document-edit-symbolic", _("Record the Call…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (record), "schedule.record-survey");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (record), "(ss)", item->ref_id, item->title);
      psl_list_row_add_suffix (PSL_LIST_ROW (row), record);
    }
  /* A review ends with its outcome, recorded on the person's page; a
   * survey with the person's situation. */
  if (item->kind != PSL_DUE_REVIEW && item->kind != PSL_DUE_SURVEY)
    {
      GtkWidget *done = make_button ("object-select-symbolic", _("Mark as Done"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (done), "schedule.done");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (done), "(is)", item->kind, item->ref_id);
      psl_list_row_add_suffix (PSL_LIST_ROW (row), done);
    }
  psl_list_row_add_suffix (PSL_LIST_ROW (row), move);
  return row;
}

static void
clear_groups (PslSchedulePage *self)
{
  g_clear_handle_id (&self->build_source, g_source_remove);
  self->build_group = NULL;
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
}

static AdwPreferencesGroup *
add_group (PslSchedulePage *self,
           const char      *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (self->page, group);
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
show_summary (PslSchedulePage *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (int w = 0; w < N_WHEN; w++)
    if (self->counts[w] > 0)
      {
        g_autofree char *part = g_strdup_printf ("%s : %u", psl_due_when_label (w), self->counts[w]);
        psl_append_part (summary, part);
      }
  gtk_label_set_text (self->summary_label, summary->str);
  /* Cut when the window is narrow: whole in its tooltip. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label), summary->str);
}

static char *
group_title (PslDueWhen when,
             guint      count)
{
  /* Translators: a period of the Échéancier and how many items it has, "Overdue (12)" */
  return g_strdup_printf (_("%1$s (%2$u)"), psl_due_when_label (when), count);
}

/* Done or moved: the row goes at once.  Rebuilding hundreds of rows for
 * one would keep the window busy; what was moved within the period shown
 * takes its new place the next time the page is shown. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *ref_id)
{
  if (PSL_IS_LIST_ROW (widget))
    return g_strcmp0 (g_object_get_data (G_OBJECT (widget), "ref-id"), ref_id) == 0 ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, ref_id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
forget_item (PslSchedulePage *self,
             const char      *ref_id)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      AdwPreferencesGroup *group = g_ptr_array_index (self->groups, i);
      GtkWidget *row = find_row (GTK_WIDGET (group), ref_id);
      g_autofree char *title = NULL;
      PslDueWhen when;

      if (row == NULL)
        continue;
      when = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "when"));
      adw_preferences_group_remove (group, row);
      for (guint j = 0; self->items != NULL && j < self->items->len; j++)
        if (g_strcmp0 (((PslScheduleItem *) g_ptr_array_index (self->items, j))->ref_id, ref_id) == 0)
          {
            /* Its row was made: the next to make moves down by one. */
            if (j < self->build_next)
              self->build_next--;
            g_ptr_array_remove_index (self->items, j);
            break;
          }
      self->counts[when]--;
      self->n_items--;
      title = group_title (when, self->counts[when]);
      adw_preferences_group_set_title (group, title);
      show_summary (self);
      psl_page_mark_stale (PSL_PAGE (self));
      return;
    }
}

/* After the last row shown of a period, how many more it has. */
static void
on_show_more_cb (PslSchedulePage *self)
{
  self->per_period += SHOWN_MORE;
  psl_schedule_page_reload (self);
}

static void
add_more_row (PslSchedulePage     *self,
              AdwPreferencesGroup *group,
              guint                more)
{
  adw_preferences_group_add (group, psl_more_row_new (more, G_CALLBACK (on_show_more_cb), self));
}

/* The weeks ahead at a glance: a lane per counsellor. */
static void
on_timeline_item_cb (PslTimelineView *view,
                     const char      *kind,
                     const char      *owner_id,
                     PslSchedulePage *self)
{
  psl_navigate (GTK_WIDGET (self), g_strcmp0 (kind, "company") == 0 ? PSL_TARGET_COMPANY
                                  : g_strcmp0 (kind, "partner") == 0 ? PSL_TARGET_PARTNER : PSL_TARGET_PERSON, owner_id);
}

static void
add_timeline (PslSchedulePage   *self,
              const PslSchedule *schedule,
              const char        *today)
{
  AdwPreferencesGroup *group = add_group (self, _("The Weeks Ahead"));
  GtkWidget *view = psl_timeline_view_new ();
  g_autoptr(GDate) from = psl_date_parse (today);
  g_autofree char *first = NULL;

  adw_preferences_group_set_description (group, _("Who has what to do, week by week; hover a mark for what it is, "
                                                  "click it to open it, Ctrl and the wheel to zoom. "
                                                  "The same is listed below."));
  psl_timeline_view_set_chart (PSL_TIMELINE_VIEW (view), psl_schedule_chart_new (schedule->items));
  g_date_subtract_days (from, 7);
  first = psl_date_to_iso (from);
  psl_timeline_view_show_days (PSL_TIMELINE_VIEW (view), first, 49);
  g_signal_connect_object (view, "item-activated", G_CALLBACK (on_timeline_item_cb), self, 0);
  adw_preferences_group_add (group, view);
}

/* Makes the rows of up to max items, each period under its title and
 * closed by how many more it holds; TRUE once all are made. */
static gboolean
add_rows (PslSchedulePage *self,
          guint            max)
{
  for (guint made = 0; made < max; self->build_next++)
    {
      guint i = self->build_next;
      PslScheduleItem *item = i < self->items->len ? g_ptr_array_index (self->items, i) : NULL;
      int when = item != NULL ? (int) psl_due_when (item->due_on, self->build_today) : -1;

      if (when != self->build_when || item == NULL)
        {
          g_autofree char *title = NULL;

          /* The period before ends: say what it holds beyond its rows. */
          if (self->build_group != NULL && self->build_when >= 0
              && self->counts[self->build_when] > self->build_shown)
            add_more_row (self, self->build_group, self->counts[self->build_when] - self->build_shown);
          if (item == NULL)
            return TRUE;
          title = group_title (when, self->counts[when]);
          self->build_when = when;
          self->build_shown = 0;
          self->build_group = add_group (self, title);
        }
      adw_preferences_group_add (self->build_group, make_row (self, item, self->build_today));
      self->build_shown++;
      made++;
    }
  return FALSE;
}

static gboolean
add_rows_cb (gpointer data)
{
  PslSchedulePage *self = data;

  if (!add_rows (self, ROWS_AT_ONCE))
    return G_SOURCE_CONTINUE;
  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

static void
show_items (PslSchedulePage   *self,
            const PslSchedule *schedule)
{
  clear_groups (self);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_ptr_array_ref (schedule->items);
  memcpy (self->counts, schedule->counts, sizeof self->counts);
  self->n_items = 0;
  for (guint w = 0; w < N_WHEN; w++)
    self->n_items += self->counts[w];
  g_free (self->build_today);
  self->build_today = psl_today_iso ();
  if (schedule->items->len > 0)
    add_timeline (self, schedule, self->build_today);

  if (self->n_items == 0)
    {
      AdwPreferencesGroup *group = add_group (self, NULL);
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing Due"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("No follow-up, reminder, end of contract, review or survey until the end "
                                         "of next month."));
      adw_preferences_group_add (group, status);
    }
  show_summary (self);

  /* The first rows now, the others after the next frames: below the
   * drawing's priority, so that the window draws between them. */
  self->build_next = 0;
  self->build_when = -1;
  self->build_shown = 0;
  if (!add_rows (self, ROWS_AT_ONCE))
    self->build_source = g_idle_add_full (G_PRIORITY_LOW, add_rows_cb, self, NULL);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslSchedulePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSchedule) schedule = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  psl_page_read_done (PSL_PAGE (self));
  if (schedule == NULL)
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return;
    }
  show_items (self, schedule);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *ref_id;
  int kind;

  g_variant_get (param, "(i&s)", &kind, &ref_id);
  if (!psl_schedule_mark_done (self->store, kind, ref_id, NULL, &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  psl_toast_message (widget, _("Marked as done"));
  forget_item (self, ref_id);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *said = NULL;
  const char *ref_id, *new_date;
  int kind;

  g_variant_get (param, "(i&s&s)", &kind, &ref_id, &new_date);
  if (!psl_schedule_reschedule (self->store, kind, ref_id, new_date, &error))
    {
      psl_toast_message (widget, error->message);
      return;
    }
  date = psl_format_date (new_date);
  /* Translators: %s is a date */
  said = g_strdup_printf (_("Moved to %s"), date);
  psl_toast_message (widget, said);
  forget_item (self, ref_id);
}

static void
on_recorded_cb (PslFollowupDialog *dialog,
                const char        *id,
                PslSchedulePage   *self)
{
  psl_toast_message (GTK_WIDGET (self), _("Follow-up recorded"));
  forget_item (self, g_object_get_data (G_OBJECT (dialog), "ref-id"));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  PslFollowupDialog *dialog = psl_followup_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                                       g_variant_get_string (param, NULL), &error);

  if (dialog == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  g_object_set_data_full (G_OBJECT (dialog), "ref-id", g_variant_dup_string (param, NULL), g_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_recorded_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_survey_recorded_cb (PslSurveyDialog *dialog,
                       const char      *id,
                       PslSchedulePage *self)
{
  psl_toast_message (GTK_WIDGET (self), _("Call recorded"));
  forget_item (self, g_object_get_data (G_OBJECT (dialog), "ref-id"));
}

static void
record_survey_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *ref_id, *name;
  PslSurveyDialog *dialog;

  g_variant_get (param, "(&s&s)", &ref_id, &name);
  dialog = psl_survey_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, ref_id, name);
  g_object_set_data_full (G_OBJECT (dialog), "ref-id", g_strdup (ref_id), g_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_survey_recorded_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  const char *owner_id;
  int kind;

  g_variant_get (param, "(i&s)", &kind, &owner_id);
  psl_navigate (widget, kind == PSL_DUE_FIRM_REMINDER ? PSL_TARGET_COMPANY
                        : kind == PSL_DUE_PARTNER_REMINDER ? PSL_TARGET_PARTNER : PSL_TARGET_PERSON, owner_id);
}

static void
on_staff_selected_cb (PslSchedulePage *self)
{
  self->per_period = SHOWN_AT_FIRST;
  psl_schedule_page_reload (self);
}

/* What is due for the counsellor chosen or the team, period by period,
 * as many rows of each as are shown. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (page);
  PslScheduleQuery *query;

  if (self->staff_ids == NULL)
    self->staff_ids = psl_staff_choice_fill (self->staff_dropdown, self->store, self);
  query = g_new0 (PslScheduleQuery, 1);
  query->today = psl_today_iso ();
  query->until = horizon (query->today);
  query->staff_id = g_strdup (psl_staff_choice_selected (self->staff_dropdown, self->staff_ids));
  query->per_period = self->per_period;
  psl_store_run_async (self->store, load_job, query, (GDestroyNotify) query_free,
                       (GDestroyNotify) psl_schedule_free, cancellable, on_loaded_cb, g_object_ref (self));
}

static void
psl_schedule_page_dispose (GObject *object)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  self->build_group = NULL;
  g_clear_pointer (&self->build_today, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_SCHEDULE_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_schedule_page_parent_class)->dispose (object);
}

/* The diary of the counsellor chosen here, or of the team. */
static void
export_diary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);

  if (self->store != NULL)
    psl_calendar_dialog_open (widget, self->store, psl_staff_choice_selected (self->staff_dropdown, self->staff_ids));
}

/* The items listed, as the groups show them. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (widget);
  g_autofree char *today = psl_today_iso ();

  return psl_list_export_personal (self->items != NULL ? psl_schedule_table (self->items, today) : NULL);
}

static void
psl_schedule_page_constructed (GObject *object)
{
  PslSchedulePage *self = PSL_SCHEDULE_PAGE (object);

  G_OBJECT_CLASS (psl_schedule_page_parent_class)->constructed (object);
  self->store = g_object_ref (psl_page_get_store (PSL_PAGE (self)));
}

static void
psl_schedule_page_class_init (PslSchedulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = psl_schedule_page_dispose;
  object_class->constructed = psl_schedule_page_constructed;
  PSL_PAGE_CLASS (klass)->load = load;

  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-schedule-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PslSchedulePage, content);
  gtk_widget_class_bind_template_child (widget_class, PslSchedulePage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PslSchedulePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PslSchedulePage, page);

  gtk_widget_class_install_action (widget_class, "schedule.done", "(is)", done_action);
  psl_list_export_install (widget_class, collect_rows);
  gtk_widget_class_install_action (widget_class, "schedule.export-diary", NULL, export_diary_action);
  gtk_widget_class_install_action (widget_class, "schedule.move", "(iss)", move_action);
  gtk_widget_class_install_action (widget_class, "schedule.open", "(is)", open_action);
  gtk_widget_class_install_action (widget_class, "schedule.record", "s", record_action);
  gtk_widget_class_install_action (widget_class, "schedule.record-survey", "(ss)", record_survey_action);
}

static void
psl_schedule_page_init (PslSchedulePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new ();
  self->per_period = SHOWN_AT_FIRST;
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected", G_CALLBACK (on_staff_selected_cb), self);
}

PslSchedulePage *
psl_schedule_page_new (PslStore *store)
{
  return g_object_new (PSL_TYPE_SCHEDULE_PAGE, "store", store, NULL);
}

void
psl_schedule_page_reload (PslSchedulePage *self)
{
  g_return_if_fail (PSL_IS_SCHEDULE_PAGE (self));

  /* Read when first shown: not while the window starts. */
  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

void
psl_schedule_page_set_staff (PslSchedulePage *self,
                             const char      *staff_id)
{
  g_return_if_fail (PSL_IS_SCHEDULE_PAGE (self));

  psl_staff_choice_select (self->staff_dropdown, self->staff_ids, staff_id);
}

gboolean
psl_schedule_page_is_loading (PslSchedulePage *self)
{
  g_return_val_if_fail (PSL_IS_SCHEDULE_PAGE (self), FALSE);
  return psl_page_is_loading (PSL_PAGE (self)) || self->build_source != 0;
}

guint
psl_schedule_page_get_n_items (PslSchedulePage *self)
{
  g_return_val_if_fail (PSL_IS_SCHEDULE_PAGE (self), 0);
  return self->n_items;
}

guint
psl_schedule_page_count (PslSchedulePage *self,
                         int              when)
{
  g_return_val_if_fail (PSL_IS_SCHEDULE_PAGE (self), 0);
  g_return_val_if_fail (when >= 0 && when < N_WHEN, 0);
  return self->counts[when];
}
