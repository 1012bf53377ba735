/* psl-followup-dialog.c — the window to record a follow-up in work
 *
 * One page in the order of a meeting: when, how and who; the six
 * questions of the report; the factors that weaken the employment
 * relation, seen that day (seed 000); the responses decided; and the
 * date of the next follow-up, so that none is forgotten.  When the
 * meeting finds the job has stopped, the early end is recorded here too,
 * with who ended it and why: the follow-up is often how it is learnt.
 */

#define G_LOG_DOMAIN "psl-followup-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "psl-followup.h"
#include "psl-followup-dialog.h"
#include "psl-format.h"
#include "psl-ref.h"
#include "psl-rupture.h"

struct _PslFollowupDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  char        *followup_id;
  GHashTable  *checks;          /* "participant:person", "factor:…", "response:…" → GtkCheckButton */
  GHashTable  *texts;           /* "done_on", "next_on", "next_label", "answer:N" → GtkEditable */
  AdwComboRow *mode_row;
  char        *placement_id;
  AdwExpanderRow *end_row;      /* "ended early", when the placement is under way */
  AdwComboRow *ended_by_row;
  AdwComboRow *cause_row;
  GPtrArray   *causes;          /* PslRefItem of the list rupture_cause */
};

/* Who can end a placement early, code then label (as in the placement's form). */
static const char *const enders[] = {
  "employer",  N_("The employer"),
  "person",    N_("The person"),
  "structure", N_("The structure"),
  NULL
};

G_DEFINE_FINAL_TYPE (PslFollowupDialog, psl_followup_dialog, PSL_TYPE_SHEET)


static gboolean
contains (GPtrArray  *codes,
          const char *code)
{
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      return TRUE;
  return FALSE;
}

static void
add_check (PslFollowupDialog   *self,
           AdwPreferencesGroup *group,
           const char          *key,
           const char          *label,
           gboolean             checked)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), checked);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  g_hash_table_insert (self->checks, g_strdup (key), check);
}

static void
add_text (PslFollowupDialog   *self,
          AdwPreferencesGroup *group,
          const char          *key,
          const char          *title,
          const char          *text)
{
  g_hash_table_insert (self->texts, g_strdup (key), psl_sheet_add_entry (group, title, text));
}

static void
add_list_checks (PslFollowupDialog   *self,
                 AdwPreferencesGroup *group,
                 const char          *list_code,
                 const char          *prefix,
                 GPtrArray           *checked)
{
  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  g_autoptr(GPtrArray) items = psl_ref_list (self->store, list_code, NULL, NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);
      g_autofree char *key = g_strdup_printf ("%s:%s", prefix, item->code);

      add_check (self, group, key, item->label, contains (checked, item->code));
    }
}

static AdwComboRow *
add_combo (AdwExpanderRow *parent,
           const char     *title,
           GtkStringList  *labels)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_expander_row_add_row (parent, GTK_WIDGET (row));
  return row;
}

/* Off until switched on: most follow-ups find the job going on. */
static void
add_end_rows (PslFollowupDialog *self)
{
  g_autoptr(GtkStringList) by = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) causes = gtk_string_list_new (NULL);
  AdwPreferencesGroup *group = psl_sheet_add_group (PSL_SHEET (self), _("Early End"),
                                                    _("The follow-ups planned after the end leave the Échéancier; "
                                                      "a meeting with the person is planned a week on."));
  g_autofree char *iso = psl_today_iso ();
  g_autofree char *today = psl_format_date_short (iso);
  AdwEntryRow *date_row = ADW_ENTRY_ROW (adw_entry_row_new ());

  self->end_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_row), _("The job or the immersion has stopped"));
  adw_expander_row_set_show_enable_switch (self->end_row, TRUE);
  adw_expander_row_set_enable_expansion (self->end_row, FALSE);
  adw_preferences_group_add (group, GTK_WIDGET (self->end_row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Ended on"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), today);
  adw_expander_row_add_row (self->end_row, GTK_WIDGET (date_row));
  g_hash_table_insert (self->texts, g_strdup ("end_on"), date_row);

  for (guint i = 0; enders[i] != NULL; i += 2)
    gtk_string_list_append (by, _(enders[i + 1]));
  self->ended_by_row = add_combo (self->end_row, _("Ended by"), by);

  /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
  self->causes = psl_ref_list (self->store, "rupture_cause", NULL, NULL);
  for (guint i = 0; self->causes != NULL && i < self->causes->len; i++)
    gtk_string_list_append (causes, ((PslRefItem *) g_ptr_array_index (self->causes, i))->label);
  self->cause_row = add_combo (self->end_row, _("Cause"), causes);
}

static void
build_form (PslFollowupDialog       *self,
            const PslFollowupRecord *record)
{
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);
  g_autofree char *date = psl_format_date_short (record->done_on);
  AdwPreferencesGroup *group;
  guint selected = 0;

  group = psl_sheet_add_group (PSL_SHEET (self), _("The Meeting"), NULL);
  add_text (self, group, "done_on", _("Date"), date);
  self->mode_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode_row), _("How"));
  for (guint i = 0; psl_followup_modes[i] != NULL; i++)
    {
      gtk_string_list_append (modes, psl_followup_mode_label (psl_followup_modes[i]));
      if (g_strcmp0 (record->mode, psl_followup_modes[i]) == 0)
        selected = i;
    }
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  adw_combo_row_set_selected (self->mode_row, selected);
  adw_preferences_group_add (group, GTK_WIDGET (self->mode_row));

  group = psl_sheet_add_group (PSL_SHEET (self), _("Who Took Part"),
                               _("The person, someone of the firm and the counsellor together make a tripartite "
                                 "follow-up."));
  for (guint i = 0; psl_followup_participants[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup_printf ("participant:%s", psl_followup_participants[i]);

      /* A first record: the person and the counsellor, as most are. */
      gboolean first = record->participants->len == 0
                       && (g_str_equal (psl_followup_participants[i], "person")
                           || g_str_equal (psl_followup_participants[i], "counsellor"));

      add_check (self, group, key, psl_followup_participant_label (psl_followup_participants[i]),
                 first || contains (record->participants, psl_followup_participants[i]));
    }

  group = psl_sheet_add_group (PSL_SHEET (self), _("Report"), NULL);
  for (guint i = 0; i < PSL_FOLLOWUP_N_QUESTIONS; i++)
    {
      g_autofree char *key = g_strdup_printf ("answer:%u", i);

      add_text (self, group, key, psl_followup_question (i), record->answers[i]);
    }

  group = psl_sheet_add_group (PSL_SHEET (self), _("What Weakens the Job"),
                               _("The factors seen that day: most placements that break do so for these, early."));
  add_list_checks (self, group, "weakening_factor", "factor", record->factors);
  group = psl_sheet_add_group (PSL_SHEET (self), _("Responses Decided"), NULL);
  add_list_checks (self, group, "response", "response", record->responses);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Next Follow-up"),
                               _("Leave the date empty when the plan already has the next one."));
  add_text (self, group, "next_on", _("Date"), NULL);
  add_text (self, group, "next_label", _("What it is"), NULL);

  if (record->under_way)
    add_end_rows (self);
}

static char *
text_of (PslFollowupDialog *self,
         const char        *key)
{
  GtkEditable *editable = g_hash_table_lookup (self->texts, key);
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
date_of (PslFollowupDialog *self,
         const char        *key,
         gboolean          *bad)
{
  g_autofree char *text = text_of (self, key);
  g_autoptr(GDate) date = NULL;

  *bad = FALSE;
  if (text == NULL)
    return NULL;
  date = psl_date_parse_user (text);
  *bad = date == NULL;
  return date != NULL ? psl_date_to_iso (date) : NULL;
}

/* The early end, when switched on: checked before the follow-up is
 * saved, so that nothing is saved half; recorded after. */
static gboolean
end_early (PslFollowupDialog *self,
           gboolean           only_check,
           GError           **error)
{
  g_autofree char *end_on = NULL;
  const char *ended_by, *cause = NULL;
  guint selected;
  gboolean bad;

  if (self->end_row == NULL || !adw_expander_row_get_enable_expansion (self->end_row))
    return TRUE;
  end_on = date_of (self, "end_on", &bad);
  if (end_on == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the day it ended, for example 22/11/2026."));
      return FALSE;
    }
  ended_by = enders[2 * adw_combo_row_get_selected (self->ended_by_row)];
  selected = adw_combo_row_get_selected (self->cause_row);
  if (self->causes != NULL && selected < self->causes->len)
    cause = ((PslRefItem *) g_ptr_array_index (self->causes, selected))->code;
  if (only_check)
    return psl_rupture_check (self->store, self->placement_id, end_on, ended_by, cause, error);

  g_autofree char *meeting = psl_rupture_record (self->store, self->placement_id, end_on, ended_by, cause, error);
  return meeting != NULL;
}

static gboolean
accept (PslSheet *sheet)
{
  PslFollowupDialog *self = PSL_FOLLOWUP_DIALOG (sheet);
  g_autoptr(PslFollowupRecord) record = psl_followup_record_new ();
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean bad;

  record->done_on = date_of (self, "done_on", &bad);
  if (record->done_on == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the follow-up, for example 22/11/2026."));
      return FALSE;
    }
  record->next_on = date_of (self, "next_on", &bad);
  if (bad)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the next follow-up, for example 22/11/2026."));
      return FALSE;
    }
  record->next_label = text_of (self, "next_label");
  record->mode = g_strdup (psl_followup_modes[adw_combo_row_get_selected (self->mode_row)]);
  for (guint i = 0; i < PSL_FOLLOWUP_N_QUESTIONS; i++)
    {
      g_autofree char *answer_key = g_strdup_printf ("answer:%u", i);

      record->answers[i] = text_of (self, answer_key);
    }
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *colon = strchr (key, ':');

      if (!gtk_check_button_get_active (value))
        continue;
      if (g_str_has_prefix (key, "participant:"))
        g_ptr_array_add (record->participants, g_strdup (colon + 1));
      else if (g_str_has_prefix (key, "factor:"))
        g_ptr_array_add (record->factors, g_strdup (colon + 1));
      else
        g_ptr_array_add (record->responses, g_strdup (colon + 1));
    }
  /* In the order shown, whatever the table's. */
  g_ptr_array_sort (record->participants, (GCompareFunc) g_strcmp0);
  g_ptr_array_sort (record->factors, (GCompareFunc) g_strcmp0);
  g_ptr_array_sort (record->responses, (GCompareFunc) g_strcmp0);

  if (!end_early (self, TRUE, &error) || !psl_followup_save (self->store, self->followup_id, record, &error)
      || !end_early (self, FALSE, &error))
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), NULL);
  return TRUE;
}

static void
psl_followup_dialog_dispose (GObject *object)
{
  PslFollowupDialog *self = PSL_FOLLOWUP_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->followup_id, g_free);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->placement_id, g_free);
  g_clear_pointer (&self->causes, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_followup_dialog_parent_class)->dispose (object);
}

static void
psl_followup_dialog_class_init (PslFollowupDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_followup_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_followup_dialog_init (PslFollowupDialog *self)
{
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

PslFollowupDialog *
psl_followup_dialog_new (GtkWindow   *parent,
                         PslStore    *store,
                         const char  *followup_id,
                         GError     **error)
{
  g_autoptr(PslFollowupRecord) record = psl_followup_load (store, followup_id, error);
  g_autofree char *title = NULL;
  PslFollowupDialog *self;

  if (record == NULL)
    return NULL;
  title = psl_followup_title (store, followup_id);
  self = g_object_new (PSL_TYPE_FOLLOWUP_DIALOG, "transient-for", parent, "title", title,
                       "default-width", 640, "default-height", 720, NULL);
  self->store = g_object_ref (store);
  self->followup_id = g_strdup (followup_id);
  self->placement_id = g_strdup (record->placement_id);
  build_form (self, record);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

/* code: "participant:tutor", "factor:vie_personnelle", "response:…". */
void
psl_followup_dialog_check (PslFollowupDialog *self,
                           const char        *code,
                           gboolean           checked)
{
  GtkCheckButton *check;

  g_return_if_fail (PSL_IS_FOLLOWUP_DIALOG (self));
  check = g_hash_table_lookup (self->checks, code);
  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, checked);
}

/* field: "done_on", "next_on", "next_label" or "answer:N". */
void
psl_followup_dialog_set_text (PslFollowupDialog *self,
                              const char        *field,
                              const char        *text)
{
  GtkEditable *editable;

  g_return_if_fail (PSL_IS_FOLLOWUP_DIALOG (self));
  editable = g_hash_table_lookup (self->texts, field);
  g_return_if_fail (editable != NULL);
  gtk_editable_set_text (editable, text);
}

/* For tests and keyboard users alike: switches the early end on, by
 * ended_by ("employer", "person", "structure") for cause, on end_on
 * (DD/MM/YYYY); FALSE when the placement is not under way. */
gboolean
psl_followup_dialog_end_early (PslFollowupDialog *self,
                               const char        *end_on,
                               const char        *ended_by,
                               const char        *cause)
{
  g_return_val_if_fail (PSL_IS_FOLLOWUP_DIALOG (self), FALSE);

  if (self->end_row == NULL)
    return FALSE;
  adw_expander_row_set_enable_expansion (self->end_row, TRUE);
  psl_followup_dialog_set_text (self, "end_on", end_on);
  for (guint i = 0; enders[i] != NULL; i += 2)
    if (g_strcmp0 (enders[i], ended_by) == 0)
      adw_combo_row_set_selected (self->ended_by_row, i / 2);
  for (guint i = 0; self->causes != NULL && i < self->causes->len; i++)
    if (g_strcmp0 (((PslRefItem *) g_ptr_array_index (self->causes, i))->code, cause) == 0)
      adw_combo_row_set_selected (self->cause_row, i);
  return TRUE;
}
