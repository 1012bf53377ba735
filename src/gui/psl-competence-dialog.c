/* psl-competence-dialog.c — the window to rate a competence grid, a person's or what a job asks
 *
 * The twenty items of seed 000, in their three groups, each rated from 0
 * to 4 or left unrated.  The latest grid is shown to start from: an
 * evaluation is read against the one before, and most items move little.
 * Saving makes a new dated evaluation; the former ones stay, as history.
 */

#define G_LOG_DOMAIN "psl-competence-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-competence.h"
#include "psl-competence-dialog.h"
#include "psl-format.h"
#include "psl-grade-row.h"

struct _PslCompetenceDialog
{
  PslSheet      parent_instance;

  PslStore     *store;
  char         *owner_column;
  char         *owner_id;
  GPtrArray    *items;          /* PslCompetenceItem */
  GPtrArray    *rows;           /* PslGradeRow, one per item */
  AdwEntryRow  *date_row;
  AdwEntryRow  *context_row;
};

G_DEFINE_FINAL_TYPE (PslCompetenceDialog, psl_competence_dialog, PSL_TYPE_SHEET)


static void
build_form (PslCompetenceDialog *self)
{
  const char *tooltips[PSL_COMPETENCE_TOP + 1];
  g_autofree char *today = psl_today_iso ();
  g_autofree char *shown = psl_format_date_short (today);
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *group = NULL;
  const char *group_code = "";
  PslCompetenceGrid latest;

  for (int level = 0; level <= PSL_COMPETENCE_TOP; level++)
    tooltips[level] = psl_competence_level_label (level);

  group = psl_sheet_add_group (PSL_SHEET (self), _("The Evaluation"), NULL);
  self->date_row = psl_sheet_add_entry (group, _("Evaluated on"), shown);
  self->context_row = psl_sheet_add_entry (group, _("Context (interview, immersion, workshop…)"), NULL);

  self->items = psl_competence_items (self->store, &error);
  self->rows = g_ptr_array_new ();
  if (self->items == NULL)
    {
      psl_sheet_show_problem (PSL_SHEET (self), error->message);
      return;
    }
  for (guint i = 0; i < self->items->len && i < PSL_COMPETENCE_MAX_ITEMS; i++)
    {
      PslCompetenceItem *item = g_ptr_array_index (self->items, i);
      PslGradeRow *row = psl_grade_row_new (item->label, 0, PSL_COMPETENCE_TOP, tooltips);

      if (g_strcmp0 (item->group_code, group_code) != 0 || group == NULL)
        {
          group_code = item->group_code;
          group = psl_sheet_add_group (PSL_SHEET (self), item->group_label != NULL ? item->group_label
                                                                                  : _("Other Items"),
                                       i == 0 ? _("From 0 (not yet) to 4 (can pass it on); an item "
                                                  "left blank was not seen.") : NULL);
        }
      adw_preferences_group_add (group, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, row);
    }

  /* The grades start from the last evaluation; when it cannot be read,
   * from blank, and the sheet says why. */
  if (psl_competence_latest (self->store, self->owner_column, self->owner_id, &latest, NULL, &error))
    for (guint i = 0; i < self->rows->len && i < latest.n_items; i++)
      psl_grade_row_set_grade (g_ptr_array_index (self->rows, i), latest.levels[i]);
  else if (error != NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
}

static gboolean
accept (PslSheet *sheet)
{
  PslCompetenceDialog *self = PSL_COMPETENCE_DIALOG (sheet);
  g_autoptr(GDate) date = psl_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *context = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->context_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *today = psl_today_iso ();
  PslCompetenceGrid grid;
  guint rated = 0;
  char iso[11];

  if (date == NULL)
    {
      psl_sheet_show_problem (sheet, _("Give the date of the evaluation, for example 22/11/2026."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
  if (strcmp (iso, today) > 0)
    {
      psl_sheet_show_problem (sheet, _("An evaluation cannot be dated in the future."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  psl_competence_grid_init (&grid, self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      grid.levels[i] = psl_grade_row_get_grade (g_ptr_array_index (self->rows, i));
      rated += grid.levels[i] != PSL_COMPETENCE_UNRATED;
    }
  if (rated == 0)
    {
      psl_sheet_show_problem (sheet, _("Rate at least one item."));
      return FALSE;
    }

  id = psl_competence_save (self->store, self->owner_column, self->owner_id, iso, NULL,
                            *context != '\0' ? context : NULL, &grid, &error);
  if (id == NULL)
    {
      psl_sheet_show_problem (sheet, error->message);
      return FALSE;
    }
  psl_sheet_saved (PSL_SHEET (self), NULL);
  return TRUE;
}

static void
psl_competence_dialog_dispose (GObject *object)
{
  PslCompetenceDialog *self = PSL_COMPETENCE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->owner_column, g_free);
  g_clear_pointer (&self->owner_id, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_competence_dialog_parent_class)->dispose (object);
}

static void
psl_competence_dialog_class_init (PslCompetenceDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_competence_dialog_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;
}

static void
psl_competence_dialog_init (PslCompetenceDialog *self)
{
}

PslCompetenceDialog *
psl_competence_dialog_new (GtkWindow  *parent,
                           PslStore   *store,
                           const char *owner_column,
                           const char *owner_id)
{
  gboolean job = g_strcmp0 (owner_column, "person_id") != 0;
  PslCompetenceDialog *self = g_object_new (PSL_TYPE_COMPETENCE_DIALOG, "transient-for", parent,
                                            "title", job ? _("Competences the Job Asks")
                                                         : _("Rate the Competences"),
                                            "default-width", 640, "default-height", 720, NULL);

  self->store = g_object_ref (store);
  self->owner_column = g_strdup (owner_column);
  self->owner_id = g_strdup (owner_id);
  build_form (self);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Save"));
  return self;
}

void
psl_competence_dialog_set_level (PslCompetenceDialog *self,
                                 guint                item,
                                 int                  level)
{
  g_return_if_fail (PSL_IS_COMPETENCE_DIALOG (self));
  g_return_if_fail (item < self->rows->len);

  psl_grade_row_set_grade (g_ptr_array_index (self->rows, item), level);
}

void
psl_competence_dialog_set_context (PslCompetenceDialog *self,
                                   const char          *context)
{
  g_return_if_fail (PSL_IS_COMPETENCE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->context_row), context);
}
