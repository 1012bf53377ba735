/* psl-calendar-dialog.c — the Échéancier of a counsellor or of the team, for a period, to a diary (iCalendar)
 *
 * Whose and which days are chosen here; Export then asks where to write
 * the .ics file, which Evolution, Thunderbird or a phone imports.  The
 * file is written on the database worker and the window below says how
 * many appointments went into it.  What leaves is what the diary export
 * of core lets out: whom and what kind of appointment, nothing more.
 */

#define G_LOG_DOMAIN "psl-calendar-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-calendar-dialog.h"
#include "psl-calendar-export.h"
#include "psl-date-span.h"
#include "psl-format.h"
#include "psl-staff-choice.h"
#include "psl-toast.h"

struct _PslCalendarDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  GPtrArray   *staff_ids;      /* NULL first, for the team */
  char        *path;
  AdwComboRow *staff_row;
  AdwEntryRow *from_row;
  AdwEntryRow *to_row;
  GtkSwitch   *full_names;
};

G_DEFINE_FINAL_TYPE (PslCalendarDialog, psl_calendar_dialog, PSL_TYPE_SHEET)

typedef struct
{
  gboolean full_names;
  char *staff_id;
  char *from;
  char *to;
  char *path;
  guint n_events;
} Export;

static void
export_free (Export *export)
{
  g_free (export->staff_id);
  g_free (export->from);
  g_free (export->to);
  g_free (export->path);
  g_free (export);
}

static gpointer
export_job (PslStore     *store,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Export *export = data;

  if (!psl_calendar_export_file (store, export->staff_id, export->from, export->to, export->full_names,
                                 export->path, &export->n_events, error))
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u appointment exported to the diary file",
                                       "%u appointments exported to the diary file", export->n_events),
                          export->n_events);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (parent != NULL)
    psl_toast_window_message (parent, message != NULL ? message : error->message);
}

/* The period and whose, checked; NULL with the reason said. */
static Export *
read_choice (PslCalendarDialog *self)
{
  PslDateSpan period = { NULL };
  PslDateSpanCheck check = psl_date_span_parse (gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                                gtk_editable_get_text (GTK_EDITABLE (self->to_row)), &period);
  guint selected = adw_combo_row_get_selected (self->staff_row);
  Export *export;

  if (check & (PSL_DATE_SPAN_BAD_FROM | PSL_DATE_SPAN_BAD_TO))
    {
      psl_sheet_show_problem (PSL_SHEET (self), _("Give the first and the last day as dates, for example 01/01/2027."));
      gtk_widget_grab_focus (GTK_WIDGET (check & PSL_DATE_SPAN_BAD_FROM ? self->from_row : self->to_row));
      return NULL;
    }
  if (check == PSL_DATE_SPAN_REVERSED)
    {
      psl_sheet_show_problem (PSL_SHEET (self), _("The last day comes before the first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->to_row));
      return NULL;
    }
  export = g_new0 (Export, 1);
  export->from = period.from;
  export->to = period.to;
  export->full_names = gtk_switch_get_active (self->full_names);
  if (self->staff_ids != NULL && selected != GTK_INVALID_LIST_POSITION && selected < self->staff_ids->len)
    export->staff_id = g_strdup (g_ptr_array_index (self->staff_ids, selected));
  return export;
}

/* Writes on the worker; the window below says how it went. */
static void
start_export (PslCalendarDialog *self,
              Export            *export,
              const char        *path)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  export->path = g_str_has_suffix (path, ".ics") ? g_strdup (path) : g_strconcat (path, ".ics", NULL);
  psl_store_run_async (self->store, export_job, export, (GDestroyNotify) export_free, g_free, NULL,
                       on_exported_cb, parent != NULL ? g_object_ref (parent) : NULL);
}

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        PslCalendarDialog *self)
{
  g_autoptr(GFile) file = NULL;
  Export *export;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && (export = read_choice (self)) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      start_export (self, export, path);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  g_object_unref (chooser);
}

static gboolean
accept (PslSheet *sheet)
{
  PslCalendarDialog *self = PSL_CALENDAR_DIALOG (sheet);
  Export *export = read_choice (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = NULL;

  if (export == NULL)
    return FALSE;
  if (self->path != NULL)
    {
      start_export (self, export, self->path);
      return TRUE;
    }
  export_free (export);

  chooser = gtk_file_chooser_native_new (_("Export to a Diary"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Diary files (iCalendar)"));
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the name offered for the diary file */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("appointments.ics"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return FALSE;
}

static void
psl_calendar_dialog_dispose (GObject *object)
{
  PslCalendarDialog *self = PSL_CALENDAR_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_ids, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (psl_calendar_dialog_parent_class)->dispose (object);
}

static void
psl_calendar_dialog_class_init (PslCalendarDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_calendar_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_calendar_dialog_init (PslCalendarDialog *self)
{
}

PslCalendarDialog *
psl_calendar_dialog_new (GtkWindow  *parent,
                         PslStore   *store,
                         const char *staff_id)
{
  PslCalendarDialog *self = g_object_new (PSL_TYPE_CALENDAR_DIALOG, "transient-for", parent,
                                          "title", _("Export to a Diary"),
                                          "default-width", 520, "default-height", 460, NULL);
  AdwPreferencesGroup *group;
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) last = psl_date_parse (today);
  g_autofree char *last_iso = NULL;
  g_autofree char *first = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  group = psl_sheet_add_group (PSL_SHEET (self), _("Whose Appointments, and When"),
                               _("One event a day for each thing due, to import into Evolution, Thunderbird or "
                                 "a phone. Only whom it is about and the kind of appointment leave Passerelle."));
  self->staff_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->staff_row), _("Counsellor"));
  self->staff_ids = psl_staff_choice_fill_row (self->staff_row, store);
  adw_preferences_group_add (group, GTK_WIDGET (self->staff_row));

  /* Three months from today, as on the command line. */
  g_date_add_months (last, 3);
  last_iso = psl_date_to_iso (last);
  first = psl_format_date_short (today);
  until = psl_format_date_short (last_iso);
  self->from_row = psl_sheet_add_entry (group, _("First day"), first);
  self->to_row = psl_sheet_add_entry (group, _("Last day"), until);
  {
    /* Diaries often sync to services outside the structure: a name goes
     * there only when the user chooses it knowingly. */
    AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Full names and details"));
    adw_action_row_set_subtitle (row, _("Otherwise an appointment says only its kind and the person’s initials, "
                                        "without the firm: the diary may be copied to an online service."));
    self->full_names = GTK_SWITCH (gtk_switch_new ());
    gtk_widget_set_valign (GTK_WIDGET (self->full_names), GTK_ALIGN_CENTER);
    adw_action_row_add_suffix (row, GTK_WIDGET (self->full_names));
    adw_action_row_set_activatable_widget (row, GTK_WIDGET (self->full_names));
    adw_preferences_group_add (group, GTK_WIDGET (row));
  }
  psl_calendar_dialog_set (self, staff_id, NULL, NULL);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Export…"));
  return self;
}

void
psl_calendar_dialog_set (PslCalendarDialog *self,
                         const char        *staff_id,
                         const char        *from,
                         const char        *to)
{
  g_return_if_fail (PSL_IS_CALENDAR_DIALOG (self));

  adw_combo_row_set_selected (self->staff_row, 0);
  for (guint i = 0; self->staff_ids != NULL && i < self->staff_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->staff_ids, i), staff_id) == 0)
      adw_combo_row_set_selected (self->staff_row, i);
  if (from != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  if (to != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}

void
psl_calendar_dialog_set_path (PslCalendarDialog *self,
                              const char        *path)
{
  g_return_if_fail (PSL_IS_CALENDAR_DIALOG (self));

  g_free (self->path);
  self->path = g_strdup (path);
}

/* The dialog over the window that holds from, on the counsellor a page
 * shows (NULL: the team): the Échéancier and the Suivi page open it alike. */
PslCalendarDialog *
psl_calendar_dialog_open (GtkWidget  *from,
                          PslStore   *store,
                          const char *staff_id)
{
  GtkRoot *root = gtk_widget_get_root (from);
  PslCalendarDialog *dialog;

  g_return_val_if_fail (PSL_IS_STORE (store), NULL);

  dialog = psl_calendar_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, staff_id);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
