/* psl-match-group.c — who fits what, best first, each with its reasons: the open opportunities
 * for a person, or the people followed for an opportunity
 *
 * The ranking is read on the database worker (it weighs every open
 * opportunity, or every person followed).  "Propose" starts a placement
 * at its first stage; the page it is on is then told to read again what
 * it shows.
 */

#define G_LOG_DOMAIN "psl-match-group"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-list-box.h"
#include "psl-list-export.h"
#include "psl-match-group.h"
#include "psl-matching.h"
#include "psl-placement.h"
#include "psl-toast.h"

#define SHOWN 8
#define SHOWN_PEOPLE 15

struct _PslMatchGroup
{
  AdwPreferencesGroup  parent_instance;

  PslStore            *store;
  gboolean             for_opportunity;
  char                *owner_id;       /* the person's, or the opportunity's */
  GCancellable        *cancellable;
  GtkListBox          *list;
  GPtrArray           *matches;        /* PslMatch, as listed */
};

G_DEFINE_FINAL_TYPE (PslMatchGroup, psl_match_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROPOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
make_row (PslMatch *match)
{
  /* The same row both ways: the label names the other side. */
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *points = g_strdup_printf ("%d", match->score);
  g_autofree char *why = NULL;
  GtkWidget *score = gtk_label_new (points);
  GtkWidget *propose = gtk_button_new_with_mnemonic (_("_Propose"));

  g_ptr_array_add (match->reasons, NULL);
  why = g_strjoinv (" · ", (char **) match->reasons->pdata);
  g_ptr_array_remove_index (match->reasons, match->reasons->len - 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), match->label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  /* TRANSLATORS: a matching score, out of 100 */
  gtk_widget_set_tooltip_text (score, _("Score out of 100"));
  gtk_widget_set_size_request (score, 36, -1);
  gtk_widget_add_css_class (score, "title-3");
  gtk_widget_add_css_class (score, "numeric");
  if (match->blocked)
    gtk_widget_add_css_class (score, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), score);

  gtk_widget_set_valign (propose, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (propose, _("Start a placement of this person for this opportunity"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (propose), "match-group.propose");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (propose), "s", match->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), propose);
  return row;
}

static gpointer
rank_opportunities_job (PslStore     *store,
                        gpointer      data,
                        GCancellable *cancellable,
                        GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_matching_for_person (store, data, today, SHOWN, error);
}

static gpointer
rank_people_job (PslStore     *store,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autofree char *today = psl_today_iso ();

  return psl_matching_for_opportunity (store, data, today, SHOWN_PEOPLE, error);
}

static void
on_ranked_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PslMatchGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = psl_store_run_finish (PSL_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  psl_list_box_remove_all (self->list);
  /* An exited person has no ranking: said by the placeholder. */
  for (guint i = 0; matches != NULL && i < matches->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (matches, i)));
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->matches = g_steal_pointer (&matches);
}

static void
match_cells (gconstpointer  data,
             GPtrArray     *cells)
{
  const PslMatch *match = data;
  g_autoptr(GString) why = g_string_new (NULL);

  for (guint i = 0; i < match->reasons->len; i++)
    psl_append_separated (why, " · ", g_ptr_array_index (match->reasons, i));
  psl_export_cell_text (cells, match->label);
  psl_export_cell_count (cells, match->score);
  psl_export_cell_text (cells, why->str);
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  PslMatchGroup *self = PSL_MATCH_GROUP (widget);
  static const char *const opportunity_headers[] = { N_("Opportunity"), N_("Score out of 100"), N_("Why"), NULL };
  static const char *const people_headers[] = { N_("Person"), N_("Score out of 100"), N_("Why"), NULL };

  /* Either way a person is named: the people who fit, or the one the
   * opportunities fit. */
  return psl_list_export_personal (psl_list_export_table (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self)),
                                                          self->for_opportunity ? people_headers : opportunity_headers,
                                                          self->matches, match_cells));
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PslMatchGroup *self = PSL_MATCH_GROUP (widget);
  const char *other = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = self->for_opportunity
                        ? psl_placement_propose (self->store, other, self->owner_id, NULL, &error)
                        : psl_placement_propose (self->store, self->owner_id, other, NULL, &error);

  if (id == NULL)
    {
      psl_toast_message (widget, error->message);
      return;
    }
  if (self->for_opportunity)
    {
      psl_toast_message (widget, _("Proposed: the placement is on the person’s page and the firm’s."));
      g_signal_emit (self, signals[PROPOSED], 0);
      return;
    }
  psl_toast_message (widget, _("Proposed: the placement is in the list below."));
  gtk_widget_activate_action (widget, "person-page.reload", NULL);
}

static void
psl_match_group_dispose (GObject *object)
{
  PslMatchGroup *self = PSL_MATCH_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->owner_id, g_free);
  g_clear_pointer (&self->matches, g_ptr_array_unref);

  G_OBJECT_CLASS (psl_match_group_parent_class)->dispose (object);
}

static void
psl_match_group_class_init (PslMatchGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_match_group_dispose;
  /* A person was proposed for the opportunity. */
  signals[PROPOSED] = g_signal_new ("proposed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "match-group.propose", "s", propose_action);
  psl_list_export_install (GTK_WIDGET_CLASS (klass), collect_rows);
}

static void
psl_match_group_init (PslMatchGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Opportunities That Fit"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The open opportunities ranked for this person on their phase, "
                                           "project, competences, availability and barriers — never on "
                                           "diplomas."));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  psl_list_box_set_placeholder_text (self->list, _("No open opportunity, or the person is no longer followed."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
  psl_export_button_add_to (ADW_PREFERENCES_GROUP (self), "");
}

PslMatchGroup *
psl_match_group_new (void)
{
  return g_object_new (PSL_TYPE_MATCH_GROUP, NULL);
}

/* The other way round: the people followed who fit an opportunity. */
PslMatchGroup *
psl_match_group_new_for_opportunity (void)
{
  PslMatchGroup *self = g_object_new (PSL_TYPE_MATCH_GROUP, NULL);

  self->for_opportunity = TRUE;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("People Who Fit"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The people followed, ranked for this opportunity on their phase, "
                                           "project, competences, availability and barriers — never on "
                                           "diplomas. Those a barrier holds back for now come last."));
  psl_list_box_set_placeholder_text (self->list, _("Nobody followed fits this opportunity, or it is no longer open."));
  return self;
}

/* owner_id: the person's, or the opportunity's for a group made by
 * psl_match_group_new_for_opportunity(). */
void
psl_match_group_show (PslMatchGroup *self,
                      PslStore      *store,
                      const char    *owner_id)
{
  g_return_if_fail (PSL_IS_MATCH_GROUP (self));

  g_set_object (&self->store, store);
  g_free (self->owner_id);
  self->owner_id = g_strdup (owner_id);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  psl_store_run_async (store, self->for_opportunity ? rank_people_job : rank_opportunities_job,
                       g_strdup (owner_id), g_free, (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                       on_ranked_cb, g_object_ref (self));
}

gboolean
psl_match_group_is_loading (PslMatchGroup *self)
{
  g_return_val_if_fail (PSL_IS_MATCH_GROUP (self), FALSE);
  return self->cancellable != NULL;
}
