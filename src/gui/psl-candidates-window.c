/* psl-candidates-window.c — the people who fit an opportunity, seen from the firm's page
 *
 * The employer-relations officer opens it from an opportunity: the people
 * followed, ranked with their reasons, each to propose in one click.  The
 * competences the job asks can be rated from here, and the ranking is
 * made again with them.
 */

#define G_LOG_DOMAIN "psl-candidates-window"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-candidates-window.h"
#include "psl-competence-dialog.h"
#include "psl-match-group.h"

struct _PslCandidatesWindow
{
  AdwWindow      parent_instance;

  PslStore      *store;
  char          *opportunity_id;
  PslMatchGroup *group;
};

G_DEFINE_FINAL_TYPE (PslCandidatesWindow, psl_candidates_window, ADW_TYPE_WINDOW)

enum {
  PROPOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rank (PslCandidatesWindow *self)
{
  psl_match_group_show (self->group, self->store, self->opportunity_id);
}

static void
rate_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PslCandidatesWindow *self = PSL_CANDIDATES_WINDOW (widget);
  PslCompetenceDialog *dialog = psl_competence_dialog_new (GTK_WINDOW (self), self->store, "opportunity_id",
                                                           self->opportunity_id);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (rank), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_proposed_cb (PslCandidatesWindow *self)
{
  g_signal_emit (self, signals[PROPOSED], 0);
  rank (self);
}

static void
psl_candidates_window_dispose (GObject *object)
{
  PslCandidatesWindow *self = PSL_CANDIDATES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->opportunity_id, g_free);

  G_OBJECT_CLASS (psl_candidates_window_parent_class)->dispose (object);
}

static void
psl_candidates_window_class_init (PslCandidatesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = psl_candidates_window_dispose;
  /* A person was proposed: the firm's page has a placement more. */
  signals[PROPOSED] = g_signal_new ("proposed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "candidates.rate-job", NULL, rate_job_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
psl_candidates_window_init (PslCandidatesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *rate = gtk_button_new_with_mnemonic (_("_Competences Asked…"));
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = adw_preferences_page_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_widget_set_tooltip_text (rate, _("Rate what the job asks on the competence grid"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (rate), "candidates.rate-job");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), rate);
  gtk_box_append (GTK_BOX (box), header);

  self->group = psl_match_group_new_for_opportunity ();
  g_signal_connect_swapped (self->group, "proposed", G_CALLBACK (on_proposed_cb), self);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->group));
  gtk_widget_set_vexpand (overlay, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (self), box);
}

PslCandidatesWindow *
psl_candidates_window_new (GtkWindow  *parent,
                           PslStore   *store,
                           const char *opportunity_id,
                           const char *title)
{
  PslCandidatesWindow *self = g_object_new (PSL_TYPE_CANDIDATES_WINDOW, "transient-for", parent, NULL);
  /* Translators: the title of the window listing the people who fit an opportunity */
  g_autofree char *window_title = g_strdup_printf (_("Candidates for “%s”"), title);

  gtk_window_set_title (GTK_WINDOW (self), window_title);
  self->store = g_object_ref (store);
  self->opportunity_id = g_strdup (opportunity_id);
  rank (self);
  return self;
}

GtkWidget *
psl_candidates_window_get_group (PslCandidatesWindow *self)
{
  g_return_val_if_fail (PSL_IS_CANDIDATES_WINDOW (self), NULL);
  return GTK_WIDGET (self->group);
}
