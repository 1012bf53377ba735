/* psl-mentor-list.c — the volunteer mentors, and one mentor with whom they follow and their meetings
 *
 * Mentors (parrainage) are a few dozen people from outside the structure:
 * a plain list, each row saying who they are and whom they follow today.
 * A mentor opens on their own page; a person is given a mentor from the
 * person's page, and the meetings are recorded here, with whom they were.
 */

#define G_LOG_DOMAIN "psl-mentor-list"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-mentor.h"
#include "psl-mentor-list.h"
#include "psl-page.h"
#include "psl-record-list.h"
#include "psl-toast.h"

struct _PslMentorList
{
  PslPage              parent_instance;

  PslStore            *store;
  char                *mentor_id;     /* the one open, or NULL */
  GPtrArray           *lines;         /* PslMentorLine, as listed */

  GtkStack            *stack;
  GtkListBox          *list;
  GtkLabel            *name_label;
  GtkLabel            *kind_label;
  AdwPreferencesPage  *mentor_page;
  AdwPreferencesGroup *details_group;
  GPtrArray           *details;       /* rows in details_group */
  PslRecordList       *followed;
  PslRecordList       *meetings;
};

G_DEFINE_FINAL_TYPE (PslMentorList, psl_mentor_list, PSL_TYPE_PAGE)

static void load (PslPage      *page,
                  GCancellable *cancellable);

#define MENTOR N_("The Mentor")
#define REACH  N_("Contact and Availability")

static const PslFormRow mentor_rows[] = {
  { MENTOR, "name",         PSL_FORM_ENTRY },
  { MENTOR, "situation",    PSL_FORM_COMBO, psl_mentor_situation_choices },
  { MENTOR, "trade",        PSL_FORM_ENTRY },
  { MENTOR, "employer",     PSL_FORM_ENTRY },
  { MENTOR, "company_id",   PSL_FORM_COMBO, NULL, PSL_CHOICES_FIRMS },
  { REACH,  "phone",        PSL_FORM_ENTRY },
  { REACH,  "email",        PSL_FORM_ENTRY },
  { REACH,  "availability", PSL_FORM_ENTRY },
  { REACH,  "notes",        PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm mentor_form = {
  "mentor", psl_mentor_fields, mentor_rows, psl_mentor_create_from_form, NULL
};

static const PslFormRow followed_rows[] = {
  { NULL, "started_on", PSL_FORM_ENTRY },
  { NULL, "ended_on",   PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm followed_form = {
  "mentorship", psl_mentorship_fields, followed_rows, NULL, psl_mentorship_check_form
};

static const PslRecordListSpec followed_list = {
  .title = N_("Whom They Follow"),
  .description = N_("A person is given a mentor on their own page, under Identity."),
  .empty = N_("This mentor follows nobody yet."),
  .edit_title = N_("Mentoring"),
  .deleted = N_("Mentoring deleted"),
  .form = &followed_form,
  .lines = psl_mentorship_lines_for_mentor,
};

static const PslFormRow meeting_rows[] = {
  { NULL, "mentorship_id", PSL_FORM_CHOICE, NULL, PSL_CHOICES_MENTOR_FOLLOWED },
  { NULL, "held_on",       PSL_FORM_ENTRY },
  { NULL, "kind",          PSL_FORM_CHOICE, psl_mentor_meeting_kind_choices },
  { NULL, "note",          PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm meeting_form = {
  "mentor_meeting", psl_mentor_meeting_fields, meeting_rows, psl_mentor_meeting_create_from_form,
  psl_mentor_meeting_check_form
};

static const PslRecordListSpec meeting_list = {
  .title = N_("Meetings"),
  .description = N_("With whom, when, how, and a line on it. These notes stay with the team: never printed for a firm."),
  .empty = N_("No meeting recorded yet."),
  .add_tooltip = N_("Add a Meeting"),
  .new_title = N_("New Meeting"),
  .edit_title = N_("Meeting"),
  .deleted = N_("Meeting deleted"),
  .form = &meeting_form,
  .dated_column = "held_on",
  .lines = psl_mentor_meeting_lines,
};

/* "Follows 2 people · last meeting on 2 October 2026" */
static char *
activity_text (const PslMentorLine *line)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *following = line->following > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "follows %u person", "follows %u people", line->following),
                       line->following)
    : g_strdup (_("follows nobody today"));
  g_autofree char *date = line->last_meeting != NULL ? psl_format_date (line->last_meeting) : NULL;
  g_autofree char *last = date != NULL ? g_strdup_printf (_("last meeting on %s"), date) : NULL;

  psl_append_part (text, following);
  psl_append_part (text, last);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_row (const PslMentorLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *activity = activity_text (line);

  psl_append_part (detail, line->situation);
  psl_append_part (detail, line->trade);
  psl_append_part (detail, line->employer);
  g_string_append_printf (detail, "%s%s", detail->len > 0 ? "\n" : "", activity);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "mentors.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", line->id);
  return row;
}

static void
line_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslMentorLine *line = data;

  psl_export_cell_text (cells, line->name);
  psl_export_cell_text (cells, line->situation);
  psl_export_cell_text (cells, line->trade);
  psl_export_cell_text (cells, line->employer);
  psl_export_cell_text (cells, line->phone);
  psl_export_cell_text (cells, line->email);
  psl_export_cell_text (cells, line->availability);
  psl_export_cell_count (cells, line->following);
  psl_export_cell_count (cells, line->meetings);
  psl_export_cell_date (cells, line->last_meeting);
}

/* What the list shows, never a meeting's note nor the mentor's notes. */
static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Name"), N_("Situation"), N_("Trade or competence"), N_("Firm"),
                                   N_("Phone"), N_("E-mail"), N_("Availability"), N_("People Followed Today"),
                                   N_("Meetings"), N_("Last Meeting"), NULL };

  return psl_list_export_table (_("Volunteer Mentors"), headers, PSL_MENTOR_LIST (widget)->lines, line_cells);
}

/* The mentor's trade, firm, contact and availability, those known. */
static void
show_details (PslMentorList *self,
              const char    *mentor_id,
              GHashTable    *mentor)
{
  static const char *columns[] = { "trade", "employer", "phone", "email", "availability", "notes" };
  const char *titles[G_N_ELEMENTS (columns)];
  const char *values[G_N_ELEMENTS (columns)];

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      titles[i] = _(psl_record_find_field (psl_mentor_fields, columns[i])->label);
      values[i] = g_hash_table_lookup (mentor, columns[i]);
    }
  /* Their firm as the list names it: as they say it, or the network's. */
  for (guint i = 0; self->lines != NULL && i < self->lines->len; i++)
    {
      const PslMentorLine *line = g_ptr_array_index (self->lines, i);

      if (g_strcmp0 (line->id, mentor_id) == 0)
        values[1] = line->employer;
    }
  if (psl_group_show_properties (self->details_group, self->details, titles, values, G_N_ELEMENTS (columns)) == 0)
    adw_preferences_group_set_description (self->details_group, _("Nothing more recorded yet: use Edit."));
  else
    adw_preferences_group_set_description (self->details_group, NULL);
}

static void
on_saved_cb (PslMentorList *self,
             const char    *id)
{
  psl_mentor_list_reload (self);
  psl_mentor_list_open_mentor (self, id);
}

static void
present_dialog (PslMentorList *self,
                const char    *id)
{
  g_autoptr(GError) error = NULL;
  PslRecordDialog *dialog = psl_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                                   &mentor_form, NULL, id, NULL, &error);

  if (dialog == NULL)
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      return;
    }
  gtk_window_set_title (GTK_WINDOW (dialog), id == NULL ? _("New Mentor") : _("Mentor"));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  present_dialog (PSL_MENTOR_LIST (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PslMentorList *self = PSL_MENTOR_LIST (widget);

  if (self->mentor_id != NULL)
    present_dialog (self, self->mentor_id);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  psl_mentor_list_open_mentor (PSL_MENTOR_LIST (widget), g_variant_get_string (param, NULL));
}

static void
show_list (PslMentorList *self)
{
  g_clear_pointer (&self->mentor_id, g_free);
  psl_mentor_list_reload (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_list (PSL_MENTOR_LIST (widget));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PslMentorList    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *message = NULL;
  guint ended = 0;

  if (g_strcmp0 (response, "delete") != 0 || self->mentor_id == NULL)
    return;
  if (!psl_mentor_delete (self->store, self->mentor_id, today, &ended, &error))
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      return;
    }
  message = ended > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mentor deleted; their mentoring of %u person ends today.",
                                    "Mentor deleted; their mentoring of %u people ends today.", ended), ended)
    : g_strdup (_("Mentor deleted."));
  show_list (self);
  psl_toast_message (GTK_WIDGET (self), message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PslMentorList *self = PSL_MENTOR_LIST (widget);
  AdwMessageDialog *dialog;

  if (self->mentor_id == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Delete This Mentor?"),
                                                       _("Whom they follow today ends today; the people followed "
                                                         "keep the mentoring in their history.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_list_changed_cb (PslMentorList *self)
{
  /* The counts of the list change with the meetings and the people. */
  psl_page_mark_stale (PSL_PAGE (self));
}

static void
psl_mentor_list_dispose (GObject *object)
{
  PslMentorList *self = PSL_MENTOR_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->mentor_id, g_free);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PSL_TYPE_MENTOR_LIST);
  G_OBJECT_CLASS (psl_mentor_list_parent_class)->dispose (object);
}

static void
psl_mentor_list_class_init (PslMentorListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_mentor_list_dispose;
  PSL_PAGE_CLASS (klass)->load = load;
  g_type_ensure (PSL_TYPE_EXPORT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-mentor-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, stack);
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, list);
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, name_label);
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, mentor_page);
  gtk_widget_class_bind_template_child (widget_class, PslMentorList, details_group);
  gtk_widget_class_install_action (widget_class, "mentors.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "mentors.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "mentors.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "mentors.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "mentors.back", NULL, back_action);
  psl_list_export_install (widget_class, collect_rows);
}

static void
psl_mentor_list_init (PslMentorList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->details = g_ptr_array_new ();
  self->followed = psl_record_list_new (&followed_list);
  self->meetings = psl_record_list_new (&meeting_list);
  adw_preferences_page_add (self->mentor_page, ADW_PREFERENCES_GROUP (self->followed));
  adw_preferences_page_add (self->mentor_page, ADW_PREFERENCES_GROUP (self->meetings));
  g_signal_connect_object (self->followed, "changed", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings, "changed", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  /* A meeting ended or taken away changes whom it can be with. */
  g_signal_connect_object (self->followed, "changed", G_CALLBACK (psl_record_list_reload), self->meetings,
                           G_CONNECT_SWAPPED);
  psl_list_box_set_placeholder_text (self->list, _("No mentor recorded yet."));
}

void
psl_mentor_list_set_store (PslMentorList *self,
                           PslStore      *store)
{
  g_return_if_fail (PSL_IS_MENTOR_LIST (self));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->mentor_id, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
  /* Read when first shown: the window opens on another page. */
  psl_mentor_list_reload (self);
}

static gpointer
load_job (PslStore     *store,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_mentor_list (store, today, error);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslMentorList) self = user_data;

  psl_page_show_lines (PSL_PAGE (self), source, result, self->list, &self->lines, (PslPageMakeRow) make_row);
}

/* The mentors, with whom they follow today, on the database thread. */
static void
load (PslPage      *page,
      GCancellable *cancellable)
{
  PslMentorList *self = PSL_MENTOR_LIST (page);

  psl_store_run_async (self->store, load_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref, cancellable,
                       on_loaded_cb, g_object_ref (self));
}

void
psl_mentor_list_reload (PslMentorList *self)
{
  g_return_if_fail (PSL_IS_MENTOR_LIST (self));

  if (self->store != NULL)
    psl_page_reload (PSL_PAGE (self));
}

/* Shows the mentor's page; FALSE when they are no longer there. */
gboolean
psl_mentor_list_open_mentor (PslMentorList *self,
                             const char    *mentor_id)
{
  g_autoptr(GHashTable) mentor = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) kind = g_string_new (NULL);
  const char *situation;

  g_return_val_if_fail (PSL_IS_MENTOR_LIST (self), FALSE);

  mentor = psl_record_load (self->store, "mentor", psl_mentor_fields, mentor_id, &error);
  if (mentor == NULL)
    {
      psl_toast_error (GTK_WIDGET (self), &error);
      return FALSE;
    }
  situation = psl_choice_label (psl_mentor_situation_choices, g_hash_table_lookup (mentor, "situation"));
  psl_append_part (kind, situation != NULL ? _(situation) : NULL);
  psl_append_part (kind, g_hash_table_lookup (mentor, "trade"));
  gtk_label_set_text (self->name_label, g_hash_table_lookup (mentor, "name"));
  gtk_label_set_text (self->kind_label, kind->str);
  show_details (self, mentor_id, mentor);
  g_free (self->mentor_id);
  self->mentor_id = g_strdup (mentor_id);
  psl_record_list_show (self->followed, self->store, mentor_id);
  psl_record_list_show (self->meetings, self->store, mentor_id);
  gtk_stack_set_visible_child_name (self->stack, "mentor");
  return TRUE;
}

GtkListBox *
psl_mentor_list_get_list (PslMentorList *self)
{
  g_return_val_if_fail (PSL_IS_MENTOR_LIST (self), NULL);
  return self->list;
}
