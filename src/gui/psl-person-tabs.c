/* psl-person-tabs.c — the tabs of a person's page past the identity
 *
 * Each tab is a widget of its own that knows nothing of the page; this is
 * where they are made and put in their slots.  Tabs that are lists of a
 * person's small records (barriers, confidential items, consents) are
 * pages of PslRecordList groups.
 */

#define G_LOG_DOMAIN "psl-person-tabs"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-alert.h"
#include "psl-barrier.h"
#include "psl-candidate-sheet.h"
#include "psl-commitment.h"
#include "psl-commitment-sheet.h"
#include "psl-competence-tab.h"
#include "psl-consent.h"
#include "psl-document-window.h"
#include "psl-followup.h"
#include "psl-followup-dialog.h"
#include "psl-immersion-review.h"
#include "psl-immersion-review-dialog.h"
#include "psl-match-group.h"
#include "psl-pathway-tab.h"
#include "psl-person-tabs.h"
#include "psl-placement.h"
#include "psl-placement-form.h"
#include "psl-record-list.h"
#include "psl-sensitive.h"
#include "psl-toast.h"

static const PslFormRow barrier_rows[] = {
  { NULL,         "code",          PSL_FORM_CHOICE },
  { NULL,         "status",        PSL_FORM_CHOICE, psl_barrier_status_choices },
  { NULL,         "partner_id",    PSL_FORM_COMBO, NULL, PSL_CHOICES_PARTNERS },
  { N_("Dates"),  "identified_on", PSL_FORM_ENTRY },
  { N_("Dates"),  "lifted_on",     PSL_FORM_ENTRY },
  { N_("Notes"),  "notes",         PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm barrier_form = {
  "barrier", psl_barrier_fields, barrier_rows, psl_barrier_create_from_form, NULL
};

static const PslRecordListSpec barrier_list = {
  .title = N_("Barriers"),
  .description = N_("What stands in the way of work besides the job itself, and who helps lift it."),
  .empty = N_("No barrier identified."),
  .add_tooltip = N_("Add a Barrier"),
  .new_title = N_("New Barrier"),
  .edit_title = N_("Barrier"),
  .deleted = N_("Barrier deleted"),
  .form = &barrier_form,
  .dated_column = "identified_on",
  .lines = psl_barrier_lines,
  .done_header = N_("Lifted"),
};

static const char *const sensitive_categories[] = {
  "health",     N_("Health"),
  "disability", N_("Disability"),
  "justice",    N_("Justice"),
  "benefit",    N_("Benefits"),
  NULL
};

static const PslFormRow sensitive_rows[] = {
  { NULL, "category",    PSL_FORM_CHOICE, sensitive_categories },
  { NULL, "detail",      PSL_FORM_TEXT },
  { NULL, "recorded_on", PSL_FORM_ENTRY },
  { NULL, "recorded_by", PSL_FORM_COMBO },
  { NULL }
};

static const PslRecordForm sensitive_form = {
  "person_sensitive", psl_sensitive_fields, sensitive_rows, psl_sensitive_create_from_form, NULL
};

static const PslRecordListSpec sensitive_list = {
  .title = N_("Confidential"),
  .description = N_("Health, disability, justice and benefits. Kept apart: never printed for a firm or "
                    "shared with a partner."),
  .empty = N_("Nothing confidential recorded."),
  .add_tooltip = N_("Add a Confidential Item"),
  .new_title = N_("New Confidential Item"),
  .edit_title = N_("Confidential Item"),
  .deleted = N_("Confidential item deleted"),
  .form = &sensitive_form,
  .dated_column = "recorded_on",
  .lines = psl_sensitive_lines,
};

static const char *const review_outcomes[] = {
  "achieved", N_("Step achieved"),
  "adjusted", N_("Contract adjusted"),
  "ended",    N_("Accompaniment ended"),
  NULL
};

static const PslFormRow commitment_rows[] = {
  { NULL,             "signed_on",      PSL_FORM_ENTRY },
  { NULL,             "revision",       PSL_FORM_ENTRY },
  { NULL,             "staff_id",       PSL_FORM_COMBO },
  { NULL,             "objectives",     PSL_FORM_TEXT },
  { N_("Review"),     "review_on",      PSL_FORM_ENTRY },
  { N_("Review"),     "review_outcome", PSL_FORM_COMBO, review_outcomes },
  { NULL }
};

static const PslRecordForm commitment_form = {
  "commitment", psl_commitment_fields, commitment_rows, psl_commitment_create_from_form, NULL
};

/* Printed documents open in a preview, to print or save as PDF. */
static void
present_document (GtkWidget   *list,
                  PslDocument *doc,
                  GError      *error)
{
  if (doc == NULL)
    {
      psl_toast_message (list, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (psl_document_window_new (GTK_WINDOW (gtk_widget_get_root (list)), doc)));
}

static void
print_commitment (GtkWidget  *list,
                  PslStore   *store,
                  const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_commitment_sheet_new (store, id, &error);

  present_document (list, doc, error);
}

static const PslRecordRowAction commitment_actions[] = {
  { "document-print-symbolic", N_("Print the Contract"), NULL, print_commitment },
  { NULL }
};

static const PslRecordListSpec commitment_list = {
  .title = N_("Contracts of Commitments"),
  .description = N_("The contrat d'engagements réciproques: what both sides agree to, reviewed on a date "
                    "with its outcome. A revision is a new contract."),
  .empty = N_("No contract signed yet."),
  .add_tooltip = N_("Add a Contract or a Revision"),
  .new_title = N_("New Contract of Commitments"),
  .edit_title = N_("Contract of Commitments"),
  .deleted = N_("Contract deleted"),
  .form = &commitment_form,
  .dated_column = "signed_on",
  .lines = psl_commitment_lines,
  .row_actions = commitment_actions,
};

static const char *const step_sides[] = {
  "person",    N_("The person"),
  "structure", N_("The structure"),
  NULL
};

static const PslFormRow step_rows[] = {
  { NULL, "side",    PSL_FORM_CHOICE, step_sides },
  { NULL, "label",   PSL_FORM_ENTRY },
  { NULL, "due_on",  PSL_FORM_ENTRY },
  { NULL, "done_on", PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm step_form = {
  "commitment_step", psl_commitment_step_fields, step_rows, psl_commitment_step_from_form, NULL
};

static const PslRecordListSpec step_list = {
  .title = N_("Steps of the Contract in Force"),
  .description = N_("Each side's steps, with the date they are due and the date they were done."),
  .empty = N_("No step agreed yet."),
  .add_tooltip = N_("Add a Step"),
  .new_title = N_("New Step"),
  .edit_title = N_("Step"),
  .deleted = N_("Step deleted"),
  .form = &step_form,
  .dated_column = NULL,
  .lines = psl_commitment_step_lines,
};

static char *
immersion_why_not (PslStore   *store,
                   const char *id)
{
  return psl_immersion_review_applies (store, id) ? NULL : g_strdup ("");
}

static void
evaluate_immersion (GtkWidget  *list,
                    PslStore   *store,
                    const char *id)
{
  PslImmersionReviewDialog *dialog;

  dialog = psl_immersion_review_dialog_new (GTK_WINDOW (gtk_widget_get_root (list)), store, id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_record_list_reload), list, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
present_candidate (GtkWidget  *list,
                   PslStore   *store,
                   const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = psl_candidate_sheet_for_placement (store, id, &error);

  present_document (list, doc, error);
}

static const PslRecordRowAction placement_actions[] = {
  { "emblem-ok-symbolic", N_("Evaluate the Immersion"), immersion_why_not, evaluate_immersion },
  { "x-office-document-symbolic", N_("Candidate Presentation for the Firm"), psl_candidate_sheet_why_not,
    present_candidate },
  { NULL }
};

static const PslRecordListSpec placement_list = {
  .title = N_("Placements"),
  .description = N_("Each introduction to a firm, from the proposal to its end. Propose the person "
                    "for an opportunity to start one."),
  .empty = N_("Not yet introduced to any firm."),
  .add_tooltip = NULL,
  .new_title = NULL,
  .edit_title = N_("Placement"),
  .deleted = N_("Placement deleted"),
  .form = &psl_placement_form,
  .dated_column = NULL,
  .lines = psl_placement_lines_for_person,
  .row_actions = placement_actions,
};

static void
record_followup (GtkWidget  *list,
                 PslStore   *store,
                 const char *id)
{
  g_autoptr(GError) error = NULL;
  PslFollowupDialog *dialog = psl_followup_dialog_new (GTK_WINDOW (gtk_widget_get_root (list)), store, id, &error);

  if (dialog == NULL)
    {
      psl_toast_message (list, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (psl_record_list_reload), list, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const PslRecordRowAction followup_actions[] = {
  { "document-edit-symbolic", N_("Record the Follow-up…"), NULL, record_followup },
  { NULL }
};

static const PslFormRow followup_rows[] = {
  { NULL, "label",  PSL_FORM_ENTRY },
  { NULL, "due_on", PSL_FORM_ENTRY },
  { NULL }
};

static const PslRecordForm followup_form = {
  "followup", psl_followup_fields, followup_rows, psl_followup_create_from_form, NULL
};

static const PslRecordListSpec followup_list = {
  .title = N_("Follow-up in Work"),
  .description = N_("The follow-ups of the plan made when a job or an immersion starts, and those added by hand. "
                     "Record one to say how it goes."),
  .empty = N_("No follow-up yet: a plan is made when an immersion or a contract starts."),
  .add_tooltip = N_("Add a Follow-up"),
  .new_title = N_("New Follow-up"),
  .edit_title = N_("Follow-up"),
  .deleted = N_("Follow-up deleted"),
  .form = &followup_form,
  .dated_column = "due_on",
  .lines = psl_followup_lines,
  .row_actions = followup_actions,
};

static const char *const alert_raisers[] = {
  "person",     N_("The person"),
  "tutor",      N_("The tutor"),
  "company",    N_("The firm"),
  "counsellor", N_("The counsellor"),
  NULL
};

static const char *const alert_risks[] = {
  "1", N_("Low risk"),
  "2", N_("Real risk"),
  "3", N_("High risk"),
  NULL
};

static const PslFormRow alert_rows[] = {
  { NULL,                      "raised_by",    PSL_FORM_CHOICE, alert_raisers },
  { NULL,                      "risk_level",   PSL_FORM_CHOICE, alert_risks },
  { NULL,                      "placement_id", PSL_FORM_COMBO, NULL, PSL_CHOICES_PERSON_PLACEMENTS },
  { NULL,                      "opened_on",    PSL_FORM_ENTRY },
  { N_("Mediation"),           "actions",      PSL_FORM_TEXT },
  { N_("End of the Alert"),    "resolved_on",  PSL_FORM_ENTRY },
  { N_("End of the Alert"),    "resolution",   PSL_FORM_TEXT },
  { NULL }
};

static const PslRecordForm alert_form = {
  "alert", psl_alert_fields, alert_rows, psl_alert_create_from_form, psl_alert_check
};

static const PslRecordListSpec alert_list = {
  .title = N_("Alerts"),
  .description = N_("A job at risk, said by the person, the tutor, the firm or the counsellor: the mediation, and "
                    "how it ended."),
  .empty = N_("No alert."),
  .add_tooltip = N_("Raise an Alert"),
  .new_title = N_("New Alert"),
  .edit_title = N_("Alert"),
  .deleted = N_("Alert deleted"),
  .form = &alert_form,
  .dated_column = "opened_on",
  .lines = psl_alert_lines,
};

static const PslFormRow consent_rows[] = {
  { NULL,                "scope",        PSL_FORM_CHOICE },
  { NULL,                "company_id",   PSL_FORM_COMBO, NULL, PSL_CHOICES_FIRMS },
  { NULL,                "partner_id",   PSL_FORM_COMBO, NULL, PSL_CHOICES_PARTNERS },
  { N_("Dates"),         "given_on",     PSL_FORM_ENTRY },
  { N_("Dates"),         "expires_on",   PSL_FORM_ENTRY },
  { N_("Dates"),         "withdrawn_on", PSL_FORM_ENTRY },
  { N_("Dates"),         "recorded_by",  PSL_FORM_COMBO },
  { NULL }
};

static const PslRecordForm consent_form = {
  "consent", psl_consent_fields, consent_rows, psl_consent_create_from_form, NULL
};

static const PslRecordListSpec consent_list = {
  .title = N_("Consents"),
  .description = N_("What the person agreed to share, and with whom. Without a consent in force, nothing "
                    "about them leaves the structure."),
  .empty = N_("No consent recorded."),
  .add_tooltip = N_("Record a Consent"),
  .new_title = N_("New Consent"),
  .edit_title = N_("Consent"),
  .deleted = N_("Consent deleted"),
  .form = &consent_form,
  .dated_column = "given_on",
  .lines = psl_consent_lines,
};

/* A page of record lists; each is shown the person. */
static void
show_lists (GtkWidget  *tab,
            PslStore   *store,
            const char *person_id)
{
  GPtrArray *lists = g_object_get_data (G_OBJECT (tab), "record-lists");

  for (guint i = 0; i < lists->len; i++)
    psl_record_list_show (g_ptr_array_index (lists, i), store, person_id);
}

/* The opportunities that fit above the placements already made. */
static void
show_placements (GtkWidget  *tab,
                 PslStore   *store,
                 const char *person_id)
{
  show_lists (tab, store, person_id);
  psl_match_group_show (g_object_get_data (G_OBJECT (tab), "match-group"), store, person_id);
}

/* The steps are those of the contract in force, which changes with the
 * contracts listed above them. */
static void
show_steps (PslRecordList *contracts,
            PslRecordList *steps)
{
  PslStore *store = g_object_get_data (G_OBJECT (steps), "store");
  const char *person_id = g_object_get_data (G_OBJECT (steps), "person-id");
  g_autofree char *current = store != NULL ? psl_commitment_current (store, person_id) : NULL;

  psl_record_list_show (steps, store, current);
  gtk_widget_set_visible (GTK_WIDGET (steps), current != NULL);
}

static void
show_commitments (GtkWidget  *tab,
                  PslStore   *store,
                  const char *person_id)
{
  GPtrArray *lists = g_object_get_data (G_OBJECT (tab), "record-lists");
  PslRecordList *contracts = g_ptr_array_index (lists, 0);
  PslRecordList *steps = g_ptr_array_index (lists, 1);

  g_object_set_data_full (G_OBJECT (steps), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (steps), "person-id", g_strdup (person_id), g_free);
  psl_record_list_show (contracts, store, person_id);
  show_steps (contracts, steps);
}

static GtkWidget *
make_list_page (const PslRecordListSpec * const *specs)
{
  GtkWidget *page = adw_preferences_page_new ();
  GPtrArray *lists = g_ptr_array_new ();

  for (guint i = 0; specs[i] != NULL; i++)
    {
      PslRecordList *list = psl_record_list_new (specs[i]);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (list));
      g_ptr_array_add (lists, list);
    }
  g_object_set_data_full (G_OBJECT (page), "record-lists", lists, (GDestroyNotify) g_ptr_array_unref);
  return page;
}

static void
show_competences (GtkWidget  *tab,
                  PslStore   *store,
                  const char *person_id)
{
  psl_competence_tab_show (PSL_COMPETENCE_TAB (tab), store, person_id);
}

static void
show_pathway (GtkWidget  *tab,
              PslStore   *store,
              const char *person_id)
{
  psl_pathway_tab_show (PSL_PATHWAY_TAB (tab), store, person_id);
}

static GtkWidget *
make_pathway (void)
{
  return GTK_WIDGET (psl_pathway_tab_new ());
}

static GtkWidget *
make_barriers (void)
{
  static const PslRecordListSpec *const barriers[] = { &barrier_list, NULL };

  return make_list_page (barriers);
}

static GtkWidget *
make_competences (void)
{
  return GTK_WIDGET (psl_competence_tab_new ());
}

static GtkWidget *
make_commitments (void)
{
  static const PslRecordListSpec *const commitments[] = { &commitment_list, &step_list, NULL };
  GtkWidget *commitment_page = make_list_page (commitments);
  GPtrArray *lists = g_object_get_data (G_OBJECT (commitment_page), "record-lists");

  g_signal_connect (g_ptr_array_index (lists, 0), "changed", G_CALLBACK (show_steps), g_ptr_array_index (lists, 1));
  return commitment_page;
}

static GtkWidget *
make_private (void)
{
  static const PslRecordListSpec *const confidential[] = { &consent_list, &sensitive_list, NULL };

  return make_list_page (confidential);
}

static GtkWidget *
make_placements (void)
{
  static const PslRecordListSpec *const placements[] = { &placement_list, &followup_list, &alert_list, NULL };
  GtkWidget *placement_page = make_list_page (placements);
  GPtrArray *lists = g_object_get_data (G_OBJECT (placement_page), "record-lists");
  PslMatchGroup *matches = psl_match_group_new ();

  /* First on the page: adding a group puts it last, so the lists move
   * down after it, in their order. */
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (placement_page), ADW_PREFERENCES_GROUP (matches));
  for (guint i = 0; i < lists->len; i++)
    {
      GtkWidget *list = g_ptr_array_index (lists, i);

      g_object_ref (list);
      adw_preferences_page_remove (ADW_PREFERENCES_PAGE (placement_page), ADW_PREFERENCES_GROUP (list));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (placement_page), ADW_PREFERENCES_GROUP (list));
      g_object_unref (list);
    }
  g_object_set_data (G_OBJECT (placement_page), "match-group", matches);
  /* A placement that starts makes its follow-up plan: the list below shows it. */
  g_signal_connect_swapped (g_ptr_array_index (lists, 0), "changed", G_CALLBACK (psl_record_list_reload),
                            g_ptr_array_index (lists, 1));
  return placement_page;
}

void
psl_person_tabs_add (PslPersonPage *page)
{
  psl_person_page_set_tab (page, "pathway", make_pathway, show_pathway);
  psl_person_page_set_tab (page, "barriers", make_barriers, show_lists);
  psl_person_page_set_tab (page, "competences", make_competences, show_competences);
  psl_person_page_set_tab (page, "commitment", make_commitments, show_commitments);
  psl_person_page_set_tab (page, "private", make_private, show_lists);
  psl_person_page_set_tab (page, "placements", make_placements, show_placements);
}
