/* psl-evaluation-dialog.c — the window to rate the relationship with a firm (Annexe 4, form B)
 *
 * Each of the twelve criteria is rated from 1 to 5 (PslGradeRow), or
 * left unrated; the latest rating is shown to start from, as
 * a relationship changes little between two ratings.
 */

#define G_LOG_DOMAIN "psl-evaluation-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-contact.h"
#include "psl-evaluation-dialog.h"
#include "psl-format.h"
#include "psl-grade-row.h"

#define N_GRADES 5

struct _PslEvaluationDialog
{
  PslSheet      parent_instance;

  PslStore     *store;
  char         *company_id;
  GPtrArray    *contacts;       /* PslContact, in the order of contact_row after "none" */
  PslGradeRow  *grades[PSL_FORM_B_CRITERIA + 1];   /* the last line: overall */
  AdwComboRow  *contact_row;
  AdwEntryRow  *date_row;
  AdwEntryRow  *comments_row;
};

G_DEFINE_FINAL_TYPE (PslEvaluationDialog, psl_evaluation_dialog, PSL_TYPE_SHEET)


/* The firm's scores count from 1; 0 is "not rated". */
static int
get_grade (PslEvaluationDialog *self,
           guint                line)
{
  return MAX (psl_grade_row_get_grade (self->grades[line]), 0);
}

static void
set_grade (PslEvaluationDialog *self,
           guint                line,
           int                  grade)
{
  psl_grade_row_set_grade (self->grades[line], grade);
}

static void
add_grades (PslEvaluationDialog *self,
            AdwPreferencesGroup *group,
            guint                line,
            const char          *title)
{
  self->grades[line] = psl_grade_row_new (title, 1, N_GRADES, NULL);
  adw_preferences_group_add (group, GTK_WIDGET (self->grades[line]));
}

static void
build_form (PslEvaluationDialog *self)
{
  AdwPreferencesGroup *group;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *today = psl_today_iso ();
  g_autofree char *shown = psl_format_date_short (today);
  g_autofree char *rated_on = NULL;
  int scores[PSL_FORM_B_CRITERIA] = { 0 };
  g_autoptr(GError) error = NULL;

  group = psl_sheet_add_group (PSL_SHEET (self), _("The Rating"), NULL);
  self->date_row = psl_sheet_add_entry (group, _("Rated on"), shown);

  self->contacts = psl_contact_list_for_company (self->store, self->company_id, &error);
  if (error != NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  gtk_string_list_append (names, _("Not said"));
  for (guint i = 0; self->contacts != NULL && i < self->contacts->len; i++)
    {
      g_autofree char *name = psl_contact_get_name (g_ptr_array_index (self->contacts, i));
      gtk_string_list_append (names, name);
    }
  self->contact_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row), _("Contact rated"));
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  adw_preferences_group_add (group, GTK_WIDGET (self->contact_row));

  group = psl_sheet_add_group (PSL_SHEET (self), _("Twelve Criteria"),
                               _("From 1 (poor) to 5 (excellent); a criterion left blank is not rated."));
  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    add_grades (self, group, i, _(psl_form_b_criteria[i]));

  group = psl_sheet_add_group (PSL_SHEET (self), _("Overall"), NULL);
  add_grades (self, group, PSL_FORM_B_CRITERIA, _("Overall view of the relationship"));
  self->comments_row = psl_sheet_add_entry (group, _("Comments"), NULL);

  if (psl_evaluation_latest (self->store, self->company_id, scores, &rated_on))
    for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
      set_grade (self, i, scores[i]);
}

static gboolean
accept (PslSheet *sheet)
{
  PslEvaluationDialog *self = PSL_EVALUATION_DIALOG (sheet);
  g_autoptr(GDate) date = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *comments = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comments_row))));
  guint contact = adw_combo_row_get_selected (self->contact_row);
  const char *contact_id = NULL;
  int scores[PSL_FORM_B_CRITERIA];
  guint rated = 0;
  char iso[11];

  if (date == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the rating, for example 22/11/2026."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    rated += (scores[i] = get_grade (self, i)) > 0;
  if (rated == 0)
    {
      psl_sheet_show_problem (sheet, _("Rate at least one criterion."));
      return FALSE;
    }
  if (contact > 0 && contact != GTK_INVALID_LIST_POSITION && self->contacts != NULL)
    contact_id = ((PslContact *) g_ptr_array_index (self->contacts, contact - 1))->id;

  id = psl_evaluation_add (self->store, self->company_id, contact_id, iso, scores,
                           get_grade (self, PSL_FORM_B_CRITERIA), *comments != '\0' ? comments : NULL, &error);
  if (id == NULL)
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), NULL);
  return TRUE;
}

static void
psl_evaluation_dialog_dispose (GObject *object)
{
  PslEvaluationDialog *self = PSL_EVALUATION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->company_id, g_free);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_evaluation_dialog_parent_class)->dispose (object);
}

static void
psl_evaluation_dialog_class_init (PslEvaluationDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_evaluation_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_evaluation_dialog_init (PslEvaluationDialog *self)
{
}

PslEvaluationDialog *
psl_evaluation_dialog_new (GtkWindow  *parent,
                           PslStore   *store,
                           const char *company_id)
{
  PslEvaluationDialog *self = g_object_new (PSL_TYPE_EVALUATION_DIALOG, "transient-for", parent,
                                            "title", _("Rate the Relationship"), NULL);

  self->store = g_object_ref (store);
  self->company_id = g_strdup (company_id);
  build_form (self);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

/* criterion counts from 0; score 0 leaves it unrated. */
void
psl_evaluation_dialog_set_score (PslEvaluationDialog *self,
                                 guint                criterion,
                                 int                  score)
{
  g_return_if_fail (PSL_IS_EVALUATION_DIALOG (self));
  g_return_if_fail (criterion < PSL_FORM_B_CRITERIA);

  set_grade (self, criterion, score);
}
