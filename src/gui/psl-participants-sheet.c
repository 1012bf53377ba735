/* psl-participants-sheet.c — the window listing who took part in an event, to add firms and partners
 *
 * A firm, a partner or a person is chosen in a searchable list (typing
 * filters it) and added at once; the window closes with Done.
 */

#define G_LOG_DOMAIN "psl-participants-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-list-box.h"

#include "psl-event.h"
#include "psl-participants-sheet.h"

struct _PslParticipantsSheet
{
  PslSheet     parent_instance;

  PslStore    *store;
  char        *event_id;
  GPtrArray   *candidates;   /* PslParticipantChoice, in the order of the drop-down */
  GtkDropDown *chooser;
  GtkListBox  *list;
};

G_DEFINE_FINAL_TYPE (PslParticipantsSheet, psl_participants_sheet, PSL_TYPE_SHEET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_participants (PslParticipantsSheet *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = psl_event_participants (self->store, self->event_id, &error);

  if (error != NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  psl_list_box_remove_all (self->list);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      GtkWidget *line = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), g_ptr_array_index (names, i));
      gtk_list_box_append (self->list, line);
    }
}

static void
on_add_clicked_cb (PslParticipantsSheet *self)
{
  psl_participants_sheet_add (self, gtk_drop_down_get_selected (self->chooser));
}

static gboolean
accept (PslSheet *sheet)
{
  return TRUE;
}

static void
build (PslParticipantsSheet *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AdwPreferencesGroup *group;
  GtkWidget *row, *add;
  g_autoptr(GError) error = NULL;

  self->candidates = psl_event_candidates (self->store, &error);
  if (error != NULL)
    psl_sheet_show_problem (PSL_SHEET (self), error->message);
  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    gtk_string_list_append (names, ((PslParticipantChoice *) g_ptr_array_index (self->candidates, i))->name);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Add a Firm, a Partner or a Person"),
                               _("Type a few letters of the name to find it."));
  self->chooser = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)),
                                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                                 "string")));
  gtk_drop_down_set_enable_search (self->chooser, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->chooser), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (self->chooser), TRUE);
  add = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Who"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->chooser));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  adw_preferences_group_add (group, row);

  group = psl_sheet_add_group (PSL_SHEET (self), _("Taking Part"), NULL);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  psl_list_box_set_placeholder_text (self->list, _("Nobody recorded yet."));
  adw_preferences_group_add (group, GTK_WIDGET (self->list));
  show_participants (self);
}

static void
psl_participants_sheet_dispose (GObject *object)
{
  PslParticipantsSheet *self = PSL_PARTICIPANTS_SHEET (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->event_id, g_free);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_participants_sheet_parent_class)->dispose (object);
}

static void
psl_participants_sheet_class_init (PslParticipantsSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_participants_sheet_dispose;
  PSL_SHEET_CLASS (klass)->accept = accept;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
psl_participants_sheet_init (PslParticipantsSheet *self)
{
}

PslParticipantsSheet *
psl_participants_sheet_new (GtkWindow  *parent,
                            PslStore   *store,
                            const char *event_id)
{
  PslParticipantsSheet *self = g_object_new (PSL_TYPE_PARTICIPANTS_SHEET, "transient-for", parent,
                                             "title", _("Taking Part"), NULL);

  self->store = g_object_ref (store);
  self->event_id = g_strdup (event_id);
  build (self);
  psl_sheet_set_accept_label (PSL_SHEET (self), _("_Done"));
  return self;
}

/* Adds the candidate at that position of the list; FALSE with the reason
 * shown when it cannot be. */
gboolean
psl_participants_sheet_add (PslParticipantsSheet *self,
                            guint                 candidate)
{
  g_autoptr(GError) error = NULL;
  PslParticipantChoice *choice;

  g_return_val_if_fail (PSL_IS_PARTICIPANTS_SHEET (self), FALSE);

  if (self->candidates == NULL || candidate >= self->candidates->len)
    return FALSE;
  choice = g_ptr_array_index (self->candidates, candidate);
  if (!psl_event_add_participant (self->store, self->event_id, choice->kind, choice->id, &error))
    {
      psl_sheet_show_problem (PSL_SHEET (self), error->message);
      return FALSE;
    }
  psl_sheet_show_problem (PSL_SHEET (self), NULL);
  show_participants (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* The position of the candidate named name, or G_MAXUINT. */
guint
psl_participants_sheet_find (PslParticipantsSheet *self,
                             const char           *name)
{
  g_return_val_if_fail (PSL_IS_PARTICIPANTS_SHEET (self), G_MAXUINT);

  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    if (g_strcmp0 (((PslParticipantChoice *) g_ptr_array_index (self->candidates, i))->name, name) == 0)
      return i;
  return G_MAXUINT;
}
