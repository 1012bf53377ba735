/* psl-immersion-review-dialog.c — the window for an immersion's end evaluation
 *
 * The skills aimed at come from the immersion's objectives, one a line,
 * the first time; then from the evaluation saved.  Each is rated not,
 * partly or fully acquired; a skill can be added; the host's and the
 * person's views are written below (seed 002).
 */

#define G_LOG_DOMAIN "psl-immersion-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-grade-row.h"
#include "psl-immersion-review.h"
#include "psl-immersion-review-dialog.h"

struct _PslImmersionReviewDialog
{
  PslSheet             parent_instance;

  PslStore            *store;
  char                *placement_id;
  AdwEntryRow         *date_row;
  AdwPreferencesGroup *skills_group;
  GPtrArray           *skill_rows;     /* PslGradeRow */
  AdwEntryRow         *new_skill_row;
  AdwEntryRow         *host_row;
  AdwEntryRow         *person_row;
};

G_DEFINE_FINAL_TYPE (PslImmersionReviewDialog, psl_immersion_review_dialog, PSL_TYPE_SHEET)


static void
on_new_skill_cb (PslImmersionReviewDialog *self)
{
  g_autofree char *skill = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_skill_row))));

  if (*skill == '\0')
    return;
  psl_immersion_review_dialog_add_skill (self, skill, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->new_skill_row), "");
}

static void
build_form (PslImmersionReviewDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslImmersionReview) review = psl_immersion_review_load (self->store, self->placement_id, &error);
  g_auto(GStrv) skills = NULL;
  g_autofree char *draft_on = NULL;
  g_autofree char *date = NULL;
  AdwPreferencesGroup *group;

  if (review == NULL && error == NULL)
    psl_immersion_review_draft (self->store, self->placement_id, &skills, &draft_on, &error);
  date = psl_format_date_short (review != NULL ? review->evaluated_on : draft_on);
  group = psl_sheet_add_group (PSL_SHEET (self), _("The Evaluation"), NULL);
  self->date_row = psl_sheet_add_entry (group, _("Evaluated on"), date);

  self->skills_group = psl_sheet_add_group (PSL_SHEET (self), _("Skills Aimed At"),
                                            _("Each skill set as an objective, and how far it was acquired "
                                              "at the end of the immersion."));
  self->new_skill_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_skill_row), _("Add a skill"));
  adw_entry_row_set_show_apply_button (self->new_skill_row, TRUE);
  g_signal_connect_swapped (self->new_skill_row, "apply", G_CALLBACK (on_new_skill_cb), self);
  g_signal_connect_swapped (self->new_skill_row, "entry-activated", G_CALLBACK (on_new_skill_cb), self);
  adw_preferences_group_add (self->skills_group, GTK_WIDGET (self->new_skill_row));

  group = psl_sheet_add_group (PSL_SHEET (self), _("Views"), NULL);
  self->host_row = psl_sheet_add_entry (group, _("The host firm's view"),
                                        review != NULL ? review->host_comment : NULL);
  self->person_row = psl_sheet_add_entry (group, _("The person's own words"),
                                          review != NULL ? review->person_comment : NULL);

  if (error != NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  if (review != NULL)
    {
      for (guint i = 0; i < review->skills->len; i++)
        {
          PslSkillReview *skill = g_ptr_array_index (review->skills, i);

          psl_immersion_review_dialog_add_skill (self, skill->skill, skill->level);
        }
    }
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    psl_immersion_review_dialog_add_skill (self, skills[i], -1);
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
accept (PslSheet *sheet)
{
  PslImmersionReviewDialog *self = PSL_IMMERSION_REVIEW_DIALOG (sheet);
  g_autoptr(GDate) date = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(PslImmersionReview) review = psl_immersion_review_new ();
  g_autoptr(GError) error = NULL;
  char iso[11];

  if (date == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the evaluation, for example 22/11/2026."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  review->evaluated_on = g_strdup (iso);
  for (guint i = 0; i < self->skill_rows->len; i++)
    {
      PslGradeRow *row = g_ptr_array_index (self->skill_rows, i);
      int level = psl_grade_row_get_grade (row);

      if (level == PSL_GRADE_ROW_UNRATED)
        {
          g_autofree char *message = g_strdup_printf (_("Say how far “%s” was acquired."),
                                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

          psl_sheet_show_problem (sheet, message);
          return FALSE;
        }
      psl_immersion_review_add (review, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), level);
    }
  review->host_comment = entry_text (self->host_row);
  review->person_comment = entry_text (self->person_row);
  if (!psl_immersion_review_save (self->store, self->placement_id, review, &error))
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), NULL);
  return TRUE;
}

static void
psl_immersion_review_dialog_dispose (GObject *object)
{
  PslImmersionReviewDialog *self = PSL_IMMERSION_REVIEW_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->placement_id, g_free);
  g_clear_pointer (&self->skill_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_immersion_review_dialog_parent_class)->dispose (object);
}

static void
psl_immersion_review_dialog_class_init (PslImmersionReviewDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_immersion_review_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_immersion_review_dialog_init (PslImmersionReviewDialog *self)
{
  self->skill_rows = g_ptr_array_new ();
}

PslImmersionReviewDialog *
psl_immersion_review_dialog_new (GtkWindow  *parent,
                                 PslStore   *store,
                                 const char *placement_id)
{
  PslImmersionReviewDialog *self = g_object_new (PSL_TYPE_IMMERSION_REVIEW_DIALOG, "transient-for", parent,
                                                 "title", _("End of the Immersion"),
                                                 "default-width", 720, "default-height", 640, NULL);

  self->store = g_object_ref (store);
  self->placement_id = g_strdup (placement_id);
  build_form (self);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

/* level: a PslSkillLevel, or −1 for none yet. */
void
psl_immersion_review_dialog_add_skill (PslImmersionReviewDialog *self,
                                       const char               *skill,
                                       int                       level)
{
  const char *labels[PSL_SKILL_N_LEVELS + 1] = { NULL };
  PslGradeRow *row;

  g_return_if_fail (PSL_IS_IMMERSION_REVIEW_DIALOG (self));

  for (int i = 0; i < PSL_SKILL_N_LEVELS; i++)
    labels[i] = psl_skill_level_label (i);
  row = psl_grade_row_new_labelled (skill, labels);
  psl_grade_row_set_grade (row, level);
  /* Above the row that adds them: the group keeps its rows in order, so
   * the adding row goes back to the end. */
  g_object_ref (self->new_skill_row);
  adw_preferences_group_remove (self->skills_group, GTK_WIDGET (self->new_skill_row));
  adw_preferences_group_add (self->skills_group, GTK_WIDGET (row));
  adw_preferences_group_add (self->skills_group, GTK_WIDGET (self->new_skill_row));
  g_object_unref (self->new_skill_row);
  g_ptr_array_add (self->skill_rows, row);
}

guint
psl_immersion_review_dialog_get_n_skills (PslImmersionReviewDialog *self)
{
  g_return_val_if_fail (PSL_IS_IMMERSION_REVIEW_DIALOG (self), 0);
  return self->skill_rows->len;
}

void
psl_immersion_review_dialog_set_level (PslImmersionReviewDialog *self,
                                       guint                     skill,
                                       int                       level)
{
  g_return_if_fail (PSL_IS_IMMERSION_REVIEW_DIALOG (self));
  g_return_if_fail (skill < self->skill_rows->len);
  psl_grade_row_set_grade (g_ptr_array_index (self->skill_rows, skill), level);
}

void
psl_immersion_review_dialog_set_comments (PslImmersionReviewDialog *self,
                                          const char               *host,
                                          const char               *person)
{
  g_return_if_fail (PSL_IS_IMMERSION_REVIEW_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), host != NULL ? host : "");
  gtk_editable_set_text (GTK_EDITABLE (self->person_row), person != NULL ? person : "");
}
