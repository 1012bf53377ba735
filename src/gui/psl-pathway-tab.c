/* psl-pathway-tab.c — a person's pathway as dated facts, and the outcome at exit
 *
 * The outcome is computed from the latest contract (psl-outcome.c); the
 * counsellor may record another, which then needs a reason, kept beside
 * it.  Below, every dated fact of the pathway, oldest first, as
 * psl_timeline_for_person() gives them.
 */

#define G_LOG_DOMAIN "psl-pathway-tab"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-outcome.h"
#include "psl-pathway-tab.h"
#include "psl-ref.h"
#include "psl-timeline.h"
#include "psl-timeline-view.h"
#include "psl-toast.h"

struct _PslPathwayTab
{
  AdwBin               parent_instance;

  PslStore            *store;
  char                *person_id;
  char                *computed;      /* the outcome code the contracts give, or NULL */
  GPtrArray           *outcomes;      /* PslRefItem, after "not recorded" in outcome_row */
  guint                n_facts;

  AdwPreferencesGroup *outcome_group;
  AdwActionRow        *computed_row;
  AdwComboRow         *outcome_row;
  AdwEntryRow         *reason_row;
  AdwPreferencesGroup *facts_group;
  PslTimelineView     *timeline;
  GPtrArray           *fact_rows;
  GPtrArray           *facts;         /* PslTimelineFact, as listed */
};

G_DEFINE_FINAL_TYPE (PslPathwayTab, psl_pathway_tab, ADW_TYPE_BIN)

static void fill (PslPathwayTab *self);

static const char *
outcome_label (PslPathwayTab *self,
               const char    *code)
{
  for (guint i = 0; self->outcomes != NULL && i < self->outcomes->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (self->outcomes, i);

      if (g_strcmp0 (item->code, code) == 0)
        return item->label;
    }
  return code;
}

static const char *
selected_outcome (PslPathwayTab *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->outcomes == NULL ||
      selected > self->outcomes->len)
    return NULL;
  return ((PslRefItem *) g_ptr_array_index (self->outcomes, selected - 1))->code;
}

/* The computed outcome, or none, is saved at once; another waits for its
 * reason. */
static void
on_outcome_selected_cb (PslPathwayTab *self)
{
  const char *outcome = selected_outcome (self);
  gboolean other = outcome != NULL && self->computed != NULL && g_strcmp0 (outcome, self->computed) != 0;

  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), other);
  if (other)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return;
    }
  psl_pathway_tab_set_outcome (self, outcome, NULL);
}

static void
on_reason_apply_cb (PslPathwayTab *self)
{
  psl_pathway_tab_set_outcome (self, selected_outcome (self),
                               gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
}

static void
clear_facts (PslPathwayTab *self)
{
  for (guint i = 0; i < self->fact_rows->len; i++)
    adw_preferences_group_remove (self->facts_group, g_ptr_array_index (self->fact_rows, i));
  g_ptr_array_set_size (self->fact_rows, 0);
}

static void
add_fact_row (PslPathwayTab *self,
              const char    *title,
              const char    *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->facts_group, row);
  g_ptr_array_add (self->fact_rows, row);
}

static void
fact_cells (gconstpointer  data,
            GPtrArray     *cells)
{
  const PslTimelineFact *fact = data;

  psl_export_cell_date (cells, fact->date);
  psl_export_cell_date (cells, fact->end_date);
  psl_export_cell_text (cells, psl_timeline_kind_label (fact->kind));
  psl_export_cell_text (cells, fact->label != NULL ? fact->label : psl_timeline_kind_label (fact->kind));
}

static PslExportTable *
collect_rows (GtkWidget  *widget,
              const char *list)
{
  static const char *headers[] = { N_("Date"), N_("Until"), N_("Kind"), N_("What"), NULL };

  return psl_list_export_personal (psl_list_export_table (_("Pathway"), headers, PSL_PATHWAY_TAB (widget)->facts,
                                                          fact_cells));
}

static void
fill_facts (PslPathwayTab *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) facts = psl_timeline_for_person (self->store, self->person_id, &error);

  clear_facts (self);
  g_clear_pointer (&self->facts, g_ptr_array_unref);
  self->n_facts = 0;
  if (facts == NULL)
    {
      add_fact_row (self, error->message, NULL);
      psl_timeline_view_set_chart (self->timeline, NULL);
      return;
    }
  psl_timeline_view_set_chart (self->timeline, psl_pathway_chart_new (facts));
  for (guint i = 0; i < facts->len; i++)
    {
      PslTimelineFact *fact = g_ptr_array_index (facts, i);
      g_autofree char *from = psl_format_date_short (fact->date);
      g_autofree char *to = fact->end_date != NULL ? psl_format_date_short (fact->end_date) : NULL;
      g_autofree char *when = NULL;

      if (fact->kind == PSL_TIMELINE_IMMERSION || fact->kind == PSL_TIMELINE_CONTRACT)
        when = to != NULL ? g_strdup_printf (_("%s to %s"), from, to)
                          /* Translators: a span still open, %s its start */
                          : g_strdup_printf (_("since %s"), from);
      else
        when = g_strdup (from);
      /* The label already names the kind of fact: the date is enough under it. */
      add_fact_row (self, fact->label != NULL ? fact->label : psl_timeline_kind_label (fact->kind), when);
      self->n_facts++;
    }
  if (self->n_facts == 0)
    add_fact_row (self, _("Nothing dated yet."), NULL);
  self->facts = g_steal_pointer (&facts);
}

static void
fill_outcome (PslPathwayTab *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *recorded = NULL, *reason = NULL, *exited = NULL;
  guint keep = 0;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->computed, g_free);
  self->computed = psl_outcome_computed (self->store, self->person_id, &error);
  psl_toast_error (GTK_WIDGET (self), &error);
  adw_action_row_set_subtitle (self->computed_row,
                               self->computed != NULL ? outcome_label (self, self->computed)
                                                      : _("No contract yet: nothing to compute from."));

  /* Not found or unreadable: the row then says "Not recorded", as for
   * a person who has not left; the facts below show the error's cause. */
  psl_outcome_recorded (self->store, self->person_id, &recorded, &reason, &exited, NULL);
  gtk_string_list_append (names, _("Not recorded"));
  for (guint i = 0; self->outcomes != NULL && i < self->outcomes->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (self->outcomes, i);

      gtk_string_list_append (names, item->label);
      if (g_strcmp0 (item->code, recorded) == 0)
        keep = i + 1;
    }
  g_signal_handlers_block_by_func (self->outcome_row, on_outcome_selected_cb, self);
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->outcome_row, keep);
  g_signal_handlers_unblock_by_func (self->outcome_row, on_outcome_selected_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), reason != NULL);

  if (exited != NULL)
    {
      g_autofree char *date = psl_format_date_short (exited);
      g_autofree char *text = g_strdup_printf (_("Left the pathway on %s."), date);

      adw_preferences_group_set_description (self->outcome_group, text);
    }
  else
    adw_preferences_group_set_description (self->outcome_group,
                                           _("Still in pathway. The outcome is recorded at exit; funders "
                                             "count lasting employment as a CDI or a CDD of six months or more."));
}

static void
fill (PslPathwayTab *self)
{
  if (self->outcomes == NULL)
    /* Choices only: unread, the list offers its first entry alone, and the page's own read shows the fault. */
    self->outcomes = psl_ref_list (self->store, "outcome", NULL, NULL);
  fill_outcome (self);
  fill_facts (self);
}

static void
psl_pathway_tab_dispose (GObject *object)
{
  PslPathwayTab *self = PSL_PATHWAY_TAB (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);
  g_clear_pointer (&self->facts, g_ptr_array_unref);
  G_OBJECT_CLASS (psl_pathway_tab_parent_class)->dispose (object);
}

static void
psl_pathway_tab_finalize (GObject *object)
{
  PslPathwayTab *self = PSL_PATHWAY_TAB (object);

  g_free (self->person_id);
  g_free (self->computed);
  G_OBJECT_CLASS (psl_pathway_tab_parent_class)->finalize (object);
}

static void
psl_pathway_tab_class_init (PslPathwayTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = psl_pathway_tab_dispose;
  G_OBJECT_CLASS (klass)->finalize = psl_pathway_tab_finalize;
  psl_list_export_install (GTK_WIDGET_CLASS (klass), collect_rows);
}

static void
psl_pathway_tab_init (PslPathwayTab *self)
{
  GtkWidget *page = adw_preferences_page_new ();

  self->fact_rows = g_ptr_array_new ();
  adw_bin_set_child (ADW_BIN (self), page);

  self->outcome_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->outcome_group, _("Outcome at Exit"));
  self->computed_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->computed_row), _("What the contracts give"));
  gtk_widget_add_css_class (GTK_WIDGET (self->computed_row), "property");
  adw_preferences_group_add (self->outcome_group, GTK_WIDGET (self->computed_row));
  self->outcome_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->outcome_row), _("Outcome recorded"));
  g_signal_connect_swapped (self->outcome_row, "notify::selected", G_CALLBACK (on_outcome_selected_cb), self);
  adw_preferences_group_add (self->outcome_group, GTK_WIDGET (self->outcome_row));
  self->reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row),
                                 _("Why another outcome than the contracts give"));
  adw_entry_row_set_show_apply_button (self->reason_row, TRUE);
  g_signal_connect_swapped (self->reason_row, "apply", G_CALLBACK (on_reason_apply_cb), self);
  g_signal_connect_swapped (self->reason_row, "entry-activated", G_CALLBACK (on_reason_apply_cb), self);
  adw_preferences_group_add (self->outcome_group, GTK_WIDGET (self->reason_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->outcome_group);

  {
    AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

    adw_preferences_group_set_title (group, _("Timeline"));
    adw_preferences_group_set_description (group, _("Hover a bar or a mark for what it is; scroll to zoom, drag "
                                                    "to move in time."));
    self->timeline = PSL_TIMELINE_VIEW (psl_timeline_view_new ());
    adw_preferences_group_add (group, GTK_WIDGET (self->timeline));
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  }

  self->facts_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->facts_group, _("Pathway"));
  adw_preferences_group_set_description (self->facts_group,
                                         _("Every dated fact, oldest first: entry, referents, commitments, "
                                           "evaluations, barriers, placements, follow-ups, alerts, exit."));
  psl_export_button_add_to (self->facts_group, NULL);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->facts_group);
}

PslPathwayTab *
psl_pathway_tab_new (void)
{
  return g_object_new (PSL_TYPE_PATHWAY_TAB, NULL);
}

void
psl_pathway_tab_show (PslPathwayTab *self,
                      PslStore      *store,
                      const char    *person_id)
{
  g_return_if_fail (PSL_IS_PATHWAY_TAB (self));

  g_set_object (&self->store, store);
  g_free (self->person_id);
  self->person_id = g_strdup (person_id);
  fill (self);
}

gboolean
psl_pathway_tab_set_outcome (PslPathwayTab *self,
                             const char    *outcome,
                             const char    *reason)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PSL_IS_PATHWAY_TAB (self), FALSE);

  if (!psl_outcome_set (self->store, self->person_id, outcome, reason, &error))
    {
      psl_toast_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  fill_outcome (self);
  psl_toast_message (GTK_WIDGET (self), _("Outcome recorded"));
  return TRUE;
}

const char *
psl_pathway_tab_get_computed (PslPathwayTab *self)
{
  g_return_val_if_fail (PSL_IS_PATHWAY_TAB (self), NULL);
  return self->computed;
}

guint
psl_pathway_tab_get_n_facts (PslPathwayTab *self)
{
  g_return_val_if_fail (PSL_IS_PATHWAY_TAB (self), 0);
  return self->n_facts;
}
