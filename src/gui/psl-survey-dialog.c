/* psl-survey-dialog.c — the window to record the call six or twelve months after exit
 *
 * Funders ask where people stand months after they left: the call is
 * dated, the situation chosen from the list of situations at exit, and a
 * note kept.
 */

#define G_LOG_DOMAIN "psl-survey-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-ref.h"
#include "psl-schedule.h"
#include "psl-survey-dialog.h"

struct _PslSurveyDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  char        *ref_id;
  AdwEntryRow *date_row;
  AdwComboRow *outcome_row;
  AdwEntryRow *notes_row;
  GPtrArray   *outcomes;     /* PslRefItem */
};

G_DEFINE_FINAL_TYPE (PslSurveyDialog, psl_survey_dialog, PSL_TYPE_SHEET)


static gboolean
accept (PslSheet *sheet)
{
  PslSurveyDialog *self = PSL_SURVEY_DIALOG (sheet);
  g_autoptr(GDate) date = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *iso = date != NULL ? psl_date_to_iso (date) : NULL;
  g_autofree char *notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row))));
  guint selected = adw_combo_row_get_selected (self->outcome_row);
  const char *outcome = NULL;
  g_autoptr(GError) error = NULL;

  /* The first line of the list says nothing is chosen yet. */
  if (self->outcomes != NULL && selected >= 1 && selected <= self->outcomes->len)
    outcome = ((PslRefItem *) g_ptr_array_index (self->outcomes, selected - 1))->code;
  if (iso == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the call, for example 22/11/2026."));
      return FALSE;
    }
  if (!psl_schedule_record_survey (self->store, self->ref_id, iso, outcome, notes, &error))
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), NULL);
  return TRUE;
}

static void
psl_survey_dialog_dispose (GObject *object)
{
  PslSurveyDialog *self = PSL_SURVEY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->ref_id, g_free);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_survey_dialog_parent_class)->dispose (object);
}

static void
psl_survey_dialog_class_init (PslSurveyDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_survey_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_survey_dialog_init (PslSurveyDialog *self)
{
}

PslSurveyDialog *
psl_survey_dialog_new (GtkWindow  *parent,
                       PslStore   *store,
                       const char *ref_id,
                       const char *title)
{
  PslSurveyDialog *self = g_object_new (PSL_TYPE_SURVEY_DIALOG, "transient-for", parent, "title", title,
                                        "default-width", 560, "default-height", 420, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *today = psl_today_iso ();
  g_autofree char *date = psl_format_date_short (today);
  AdwPreferencesGroup *group;

  self->store = g_object_ref (store);
  self->ref_id = g_strdup (ref_id);
  group = psl_sheet_add_group (PSL_SHEET (self), _("The Call"),
                               _("Where the person stands now, in the words of the situations at exit."));
  self->date_row = psl_sheet_add_entry (group, _("Date"), date);
  self->outcome_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->outcome_row), _("Situation"));
  gtk_string_list_append (labels, _("To choose"));
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  self->outcomes = psl_ref_list (store, "outcome", NULL, NULL);
  for (guint i = 0; self->outcomes != NULL && i < self->outcomes->len; i++)
    gtk_string_list_append (labels, ((PslRefItem *) g_ptr_array_index (self->outcomes, i))->label);
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (labels));
  adw_preferences_group_add (group, GTK_WIDGET (self->outcome_row));
  self->notes_row = psl_sheet_add_entry (group, _("Notes"), NULL);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

void
psl_survey_dialog_set (PslSurveyDialog *self,
                       const char      *date,
                       const char      *outcome,
                       const char      *notes)
{
  g_return_if_fail (PSL_IS_SURVEY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  adw_combo_row_set_selected (self->outcome_row, 0);
  for (guint i = 0; self->outcomes != NULL && i < self->outcomes->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->outcomes, i))->code, outcome) == 0)
      adw_combo_row_set_selected (self->outcome_row, i + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), notes != NULL ? notes : "");
}
