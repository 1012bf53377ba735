/* psl-sheet.c — a modal window with Cancel and one confirm button over a page of groups
 *
 * The windows that add or edit something (a contact, an opportunity, a
 * survey, a rating) share it: Cancel and Escape leave the database as it
 * was; a refused confirmation keeps the window open with the reason at the
 * top, where it is seen whatever the scroll.
 */

#define G_LOG_DOMAIN "psl-sheet"

#include "config.h"

#include "psl-sheet.h"

typedef struct
{
  GtkWidget          *accept_button;
  GtkLabel           *problem_label;
  AdwPreferencesPage *page;
} PslSheetPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PslSheet, psl_sheet, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_accept_clicked_cb (PslSheet *self)
{
  psl_sheet_accept (self);
}

static void
psl_sheet_class_init (PslSheetClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No gtk_widget_dispose_template(): GTK 4.8 looks the template up on
   * the subclass, which has none.  The window's content goes with it. */
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/psl-sheet.ui");
  gtk_widget_class_bind_template_child_private (widget_class, PslSheet, accept_button);
  gtk_widget_class_bind_template_child_private (widget_class, PslSheet, problem_label);
  gtk_widget_class_bind_template_child_private (widget_class, PslSheet, page);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked_cb);

  /* Every sheet that writes says so the same way, with the record's id
   * (NULL when there is no one record to name). */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* Escape leaves without saving, as Cancel does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
psl_sheet_init (PslSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwPreferencesGroup *
psl_sheet_add_group (PslSheet   *self,
                     const char *title,
                     const char *description)
{
  PslSheetPrivate *priv = psl_sheet_get_instance_private (self);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (priv->page, group);
  return group;
}

AdwEntryRow *
psl_sheet_add_entry (AdwPreferencesGroup *group,
                     const char          *title,
                     const char          *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

void
psl_sheet_set_accept_label (PslSheet   *self,
                            const char *label)
{
  PslSheetPrivate *priv = psl_sheet_get_instance_private (self);

  gtk_button_set_label (GTK_BUTTON (priv->accept_button), label);
}

void
psl_sheet_show_problem (PslSheet   *self,
                        const char *message)
{
  PslSheetPrivate *priv = psl_sheet_get_instance_private (self);

  gtk_widget_remove_css_class (GTK_WIDGET (priv->problem_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (priv->problem_label), "error");
  gtk_label_set_text (priv->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (priv->problem_label), message != NULL);
}

const char *
psl_sheet_get_problem (PslSheet *self)
{
  PslSheetPrivate *priv = psl_sheet_get_instance_private (self);

  if (!gtk_widget_get_visible (GTK_WIDGET (priv->problem_label)))
    return NULL;
  return gtk_label_get_text (priv->problem_label);
}

void
psl_sheet_set_busy (PslSheet   *self,
                    const char *message)
{
  PslSheetPrivate *priv = psl_sheet_get_instance_private (self);

  psl_sheet_show_problem (self, message);
  if (message != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->problem_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (priv->problem_label), "dim-label");
    }
  gtk_widget_set_sensitive (priv->accept_button, message == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->page), message == NULL);
}

/* What the confirm button does; TRUE when the window closed. */
gboolean
psl_sheet_accept (PslSheet *self)
{
  g_return_val_if_fail (PSL_IS_SHEET (self), FALSE);

  if (PSL_SHEET_GET_CLASS (self)->accept == NULL || !PSL_SHEET_GET_CLASS (self)->accept (self))
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

void
psl_sheet_saved (PslSheet   *self,
                 const char *id)
{
  g_return_if_fail (PSL_IS_SHEET (self));

  g_signal_emit (self, signals[SAVED], 0, id);
}
