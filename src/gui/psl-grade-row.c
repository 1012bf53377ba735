/* psl-grade-row.c — a row that rates one item with a few linked buttons, or leaves it unrated
 *
 * The buttons are not a radio group: clicking the chosen grade again
 * leaves the item unrated, which a grid needs ("not seen yet" is not 0).
 */

#define G_LOG_DOMAIN "psl-grade-row"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-grade-row.h"

#define MAX_GRADES 10

struct _PslGradeRow
{
  AdwActionRow     parent_instance;

  int              first;
  guint            n_grades;
  GtkToggleButton *buttons[MAX_GRADES];
  gboolean         quiet;      /* buttons being set, not clicked */
};

G_DEFINE_FINAL_TYPE (PslGradeRow, psl_grade_row, ADW_TYPE_ACTION_ROW)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* One grade at a time: choosing one releases the others; a click tells
 * once, after the others are released. */
static void
on_toggled_cb (GtkToggleButton *button,
               PslGradeRow     *self)
{
  gboolean quiet = self->quiet;

  if (quiet)
    return;
  self->quiet = TRUE;
  if (gtk_toggle_button_get_active (button))
    for (guint g = 0; g < self->n_grades; g++)
      if (self->buttons[g] != button)
        gtk_toggle_button_set_active (self->buttons[g], FALSE);
  self->quiet = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
psl_grade_row_class_init (PslGradeRowClass *klass)
{
  /**
   * PslGradeRow::changed:
   *
   * The grade was chosen or cleared by a click, not by
   * psl_grade_row_set_grade().
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
psl_grade_row_init (PslGradeRow *self)
{
}

static void
add_button (PslGradeRow *self,
            GtkWidget   *box,
            const char  *label,
            const char  *accessible_name,
            const char  *tooltip)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect (button, "toggled", G_CALLBACK (on_toggled_cb), self);
  self->buttons[self->n_grades++] = GTK_TOGGLE_BUTTON (button);
  gtk_box_append (GTK_BOX (box), button);
}

static GtkWidget *
make_box (PslGradeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
  return box;
}

PslGradeRow *
psl_grade_row_new (const char         *title,
                   int                 first,
                   int                 last,
                   const char * const *tooltips)
{
  PslGradeRow *self = g_object_new (PSL_TYPE_GRADE_ROW, "title", title, "title-lines", 2, NULL);
  GtkWidget *box = make_box (self);

  g_return_val_if_fail (last >= first && last - first < MAX_GRADES, self);

  self->first = first;
  for (int g = first; g <= last; g++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g);
      /* Translators: the accessible name of a grade button: %1$d the grade, %2$d the highest, %3$s the item */
      g_autofree char *name = g_strdup_printf (_("%1$d out of %2$d: %3$s"), g, last, title);

      add_button (self, box, label, name, tooltips != NULL ? tooltips[g - first] : NULL);
    }
  return self;
}

/* Grades 0 … n − 1, the buttons named by labels (NULL-terminated). */
PslGradeRow *
psl_grade_row_new_labelled (const char         *title,
                            const char * const *labels)
{
  PslGradeRow *self = g_object_new (PSL_TYPE_GRADE_ROW, "title", title, "title-lines", 0, NULL);
  GtkWidget *box = make_box (self);

  for (guint g = 0; labels[g] != NULL && g < MAX_GRADES; g++)
    {
      /* Translators: the accessible name of a grade button: %1$s the grade, %2$s the item */
      g_autofree char *name = g_strdup_printf (_("%1$s: %2$s"), labels[g], title);

      add_button (self, box, labels[g], name, NULL);
    }
  return self;
}

int
psl_grade_row_get_grade (PslGradeRow *self)
{
  g_return_val_if_fail (PSL_IS_GRADE_ROW (self), PSL_GRADE_ROW_UNRATED);

  for (guint g = 0; g < self->n_grades; g++)
    if (gtk_toggle_button_get_active (self->buttons[g]))
      return self->first + (int) g;
  return PSL_GRADE_ROW_UNRATED;
}

/* A grade outside the buttons leaves the item unrated. */
void
psl_grade_row_set_grade (PslGradeRow *self,
                         int          grade)
{
  g_return_if_fail (PSL_IS_GRADE_ROW (self));

  self->quiet = TRUE;
  for (guint g = 0; g < self->n_grades; g++)
    gtk_toggle_button_set_active (self->buttons[g], self->first + (int) g == grade);
  self->quiet = FALSE;
}
