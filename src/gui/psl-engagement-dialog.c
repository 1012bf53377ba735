/* psl-engagement-dialog.c — the window to fill in a firm's engagement survey (Annexe 5)
 *
 * The questions come from the survey's template, block by block, filled
 * with the firm's latest answers: a new survey is the old one updated.
 * Each "yes" that names a phase can open an opportunity in it — offered
 * for a first survey, left to the user afterwards so that answering again
 * does not open the same opportunities twice.
 */

#define G_LOG_DOMAIN "psl-engagement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-engagement.h"
#include "psl-engagement-dialog.h"
#include "psl-format.h"
#include "psl-opportunity.h"

struct _PslEngagementDialog
{
  PslSheet     parent_instance;

  PslStore    *store;
  char        *company_id;
  GPtrArray   *questions;   /* PslQuestion */
  GPtrArray   *editors;     /* a GtkSwitch or an AdwEntryRow per question */
  AdwEntryRow *date_row;
  GtkSwitch   *open_switch;
  guint        opened;      /* opportunities the last save opened */
};

G_DEFINE_FINAL_TYPE (PslEngagementDialog, psl_engagement_dialog, PSL_TYPE_SHEET)


static GtkWidget *
add_switch_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group, row);
  return toggle;
}

static void
build_form (PslEngagementDialog *self,
            GHashTable          *answers,
            const char          *answered_on)
{
  AdwPreferencesGroup *group = NULL;
  const char *block = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *shown = psl_format_date_short (today);

  for (guint i = 0; i < self->questions->len; i++)
    {
      PslQuestion *q = g_ptr_array_index (self->questions, i);
      const char *answer = answers != NULL ? g_hash_table_lookup (answers, q->code) : NULL;
      GtkWidget *editor;

      if (group == NULL || g_strcmp0 (q->block, block) != 0)
        {
          group = psl_sheet_add_group (PSL_SHEET (self), q->block, NULL);
          block = q->block;
        }
      if (g_strcmp0 (q->kind, "yes_no") == 0)
        {
          /* Translators: under a survey question, %s is a phase of a pathway */
          g_autofree char *opens = q->phase > 0 ? g_strdup_printf (_("A “yes” opens: %s"), psl_phase_label (q->phase))
                                                : NULL;

          editor = add_switch_row (group, q->label, opens);
          gtk_switch_set_active (GTK_SWITCH (editor), g_strcmp0 (answer, "yes") == 0);
        }
      else
        {
          editor = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor), q->label);
          gtk_editable_set_text (GTK_EDITABLE (editor), answer != NULL ? answer : "");
          adw_preferences_group_add (group, editor);
        }
      g_ptr_array_add (self->editors, editor);
    }

  group = psl_sheet_add_group (PSL_SHEET (self), _("This Survey"), NULL);
  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Answered on"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  adw_preferences_group_add (group, GTK_WIDGET (self->date_row));
  self->open_switch = GTK_SWITCH (add_switch_row (group, _("Open an opportunity for each “yes”"),
                                                  _("In the phase the question names, to be followed up.")));
  gtk_switch_set_active (self->open_switch, answered_on == NULL);
}

static gboolean
accept (PslSheet *sheet)
{
  PslEngagementDialog *self = PSL_ENGAGEMENT_DIALOG (sheet);
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GDate) date = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  char iso[11];
  guint opened = 0;

  if (date == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the survey, for example 22/11/2026."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);

  for (guint i = 0; i < self->questions->len; i++)
    {
      PslQuestion *q = g_ptr_array_index (self->questions, i);
      GtkWidget *editor = g_ptr_array_index (self->editors, i);

      if (GTK_IS_SWITCH (editor))
        g_hash_table_insert (answers, q->code, g_strdup (gtk_switch_get_active (GTK_SWITCH (editor)) ? "yes" : "no"));
      else if (*gtk_editable_get_text (GTK_EDITABLE (editor)) != '\0')
        g_hash_table_insert (answers, q->code, g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)))));
    }

  id = psl_engagement_save (self->store, self->company_id, iso, answers,
                            gtk_switch_get_active (self->open_switch), &opened, &error);
  if (id == NULL)
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  self->opened = opened;
  psl_sheet_saved (PSL_SHEET (self), id);
  return TRUE;
}

static void
psl_engagement_dialog_dispose (GObject *object)
{
  PslEngagementDialog *self = PSL_ENGAGEMENT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_engagement_dialog_parent_class)->dispose (object);
}

static void
psl_engagement_dialog_class_init (PslEngagementDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_engagement_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;

  /* (number of opportunities opened) */
}

static void
psl_engagement_dialog_init (PslEngagementDialog *self)
{
  self->editors = g_ptr_array_new ();
}

PslEngagementDialog *
psl_engagement_dialog_new (GtkWindow  *parent,
                           PslStore   *store,
                           const char *company_id)
{
  g_autofree char *answered_on = NULL;
  g_autoptr(GHashTable) answers = psl_engagement_latest (store, company_id, &answered_on);
  PslEngagementDialog *self = g_object_new (PSL_TYPE_ENGAGEMENT_DIALOG, "transient-for", parent,
                                            "title", _("Engagement Survey"), NULL);

  self->store = g_object_ref (store);
  self->company_id = g_strdup (company_id);
  self->questions = psl_engagement_questions (store);
  build_form (self, answers, answered_on);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

/* Sets the answer to the question code: "yes" or "no", or a text. */
void
psl_engagement_dialog_set_answer (PslEngagementDialog *self,
                                  const char          *code,
                                  const char          *value)
{
  g_return_if_fail (PSL_IS_ENGAGEMENT_DIALOG (self));

  for (guint i = 0; i < self->questions->len; i++)
    {
      PslQuestion *q = g_ptr_array_index (self->questions, i);
      GtkWidget *editor = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (q->code, code) != 0)
        continue;
      if (GTK_IS_SWITCH (editor))
        gtk_switch_set_active (GTK_SWITCH (editor), g_strcmp0 (value, "yes") == 0);
      else
        gtk_editable_set_text (GTK_EDITABLE (editor), value);
    }
}

guint
psl_engagement_dialog_get_opened (PslEngagementDialog *self)
{
  g_return_val_if_fail (PSL_IS_ENGAGEMENT_DIALOG (self), 0);

  return self->opened;
}
