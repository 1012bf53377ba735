/* test-people-page.c — Personnes driven as a person would: a new person, a duplicate refused, a barrier,
 * competences rated and compared with a job, the opportunities that fit, an immersion and its
 * evaluation, the candidate sheet refused then given with consent, a CDD, and the outcome it gives */

#include "config.h"

#include <string.h>

#include "psl-competence.h"
#include "psl-competence-dialog.h"
#include "psl-competence-tab.h"
#include "psl-document-window.h"
#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-immersion-review-dialog.h"
#include "psl-match-group.h"
#include "psl-pathway-tab.h"
#include "psl-people-page.h"
#include "psl-person-list-view.h"
#include "psl-person-page.h"
#include "psl-record-dialog.h"
#include "psl-record-list.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define NETWORK \
  "INSERT INTO company (id, legal_name, postcode, commune) VALUES ('vidal', 'Boulangerie Vidal', '46100', 'Figeac');" \
  "INSERT INTO opportunity (id, company_id, phase, title, rome_code, proposed_on, status) VALUES" \
  " ('o1', 'vidal', 4, 'Vendeuse en boulangerie', 'D1106', '2026-10-01', 'open')," \
  " ('o2', 'vidal', 4, 'Livreur', 'N4105', '2026-10-01', 'cancelled')," \
  " ('o3', 'vidal', 3, 'Immersion en boulangerie', 'D1106', '2026-10-01', 'open');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on) VALUES" \
  " ('known', 'Inès', 'Bouzid', '1998-04-02', '2025-03-01');"

typedef PslTestGuiFixture Fixture;

/* The network, then data's SQL when given. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, NETWORK);
  if (data != NULL)
    psl_test_exec (f->store, data);
  f->page = psl_people_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

/* The subtitle of the row titled title, or "" while there is none. */
static const char *
row_subtitle (GtkWidget  *root,
              const char *title)
{
  GtkWidget *row = psl_test_find_row (root, title);
  const char *subtitle = row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;

  return subtitle != NULL ? subtitle : "";
}

static gboolean
list_loaded (gpointer data)
{
  return !psl_person_list_view_is_loading (data);
}

static void
wait_for (gboolean (*done) (gpointer),
          gpointer data)
{
  PSL_TEST_WAIT (done (data));
}

static PslRecordDialog *
new_person_dialog (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "people.new-person", NULL));
  return PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
}

/* The group of records titled so, on the tab shown. */
static GtkWidget *
find_list (GtkWidget  *root,
           const char *title)
{
  return psl_test_find_group (root, PSL_TYPE_RECORD_LIST, title);
}

static gboolean
ranked (gpointer data)
{
  return !psl_match_group_is_loading (data);
}

static void
test_path (Fixture       *f,
           gconstpointer  data)
{
  PslPersonListView *list = PSL_PERSON_LIST_VIEW (psl_people_page_get_list (f->page));
  PslPersonPage *person;
  PslRecordDialog *dialog;
  GtkWidget *matches, *barriers;
  g_autofree char *lea = NULL;
  g_autofree char *placement = NULL;
  g_autofree char *immersion = NULL;
  g_autofree char *immersion_before = NULL;

  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_total (list), ==, 1);

  /* The same person again: refused with the reason, nothing saved. */
  dialog = new_person_dialog (f);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "first_name")), "ines");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "last_name")), "BOUZID");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "birth_date")), "02/04/1998");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person"), ==, 1);
  psl_test_close (GTK_WIDGET (dialog));

  /* Someone new: saved, listed, and opened on their page. */
  dialog = new_person_dialog (f);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "first_name")), "Léa");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "last_name")), "Puech");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "birth_date")), "12/05/2004");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  lea = psl_test_query_text (f->store, "SELECT id FROM person WHERE last_name = 'Puech'"
                                       " AND birth_date = '2004-05-12'");
  g_assert_nonnull (lea);
  person = PSL_PERSON_PAGE (psl_people_page_get_person (f->page));
  g_assert_cmpstr (psl_person_page_get_person_id (person), ==, lea);
  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_total (list), ==, 2);

  /* Her project and phase, typed in the identity tab, saved as typed. */
  psl_test_exec (f->store, "UPDATE person SET phase = 4, project_rome = 'D1106' WHERE last_name = 'Puech';");

  /* A mentor, given on her identity tab: named in her header from the
   * day it starts; one ending before it starts is refused. */
  psl_test_exec (f->store, "INSERT INTO mentor (id, name) VALUES ('00000000-0000-4000-8000-0000000000e1', 'Jean Delmas');");
  {
    GtkWidget *mentoring = find_list (GTK_WIDGET (person), "Parrainage");
    GtkWidget *header = NULL;

    g_assert_true (gtk_widget_activate_action (mentoring, "record-list.add", NULL));
    dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "mentor_id"), "00000000-0000-4000-8000-0000000000e1");
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "started_on")), "02/03/2026");
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "ended_on")), "01/03/2026");
    g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentorship"), ==, 0);
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "ended_on")), "");
    g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentorship WHERE started_on = '2026-03-02'"
                                               " AND ended_on IS NULL"), ==, 1);
    PSL_TEST_WAIT (psl_record_list_get_n_lines (PSL_RECORD_LIST (mentoring)) == 1
                   && (header = psl_test_find_label_holding (GTK_WIDGET (person), "parrainé(e) par Jean Delmas")) != NULL);
  }

  /* The tabs of lists are made when first shown, the barriers' too. */
  g_assert_null (find_list (GTK_WIDGET (person), "Freins"));
  g_assert_null (psl_test_find_widget (GTK_WIDGET (person), PSL_TYPE_COMPETENCE_TAB));

  /* A barrier, from its tab. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "barriers");
  barriers = find_list (GTK_WIDGET (person), "Freins");
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.add", NULL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "code"), "garde_enfants");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE code = 'garde_enfants'"
                                             " AND status = 'identified'"), ==, 1);

  /* Her competences, rated from their tab: all at 3 but the first two at 1. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "competences");
  {
    GtkWidget *tab = psl_test_find_widget (GTK_WIDGET (person), PSL_TYPE_COMPETENCE_TAB);
    PslCompetenceDialog *rate;
    PslCompetenceGrid job;

    g_assert_true (gtk_widget_activate_action (tab, "competence-tab.rate", NULL));
    rate = PSL_COMPETENCE_DIALOG (psl_test_find_toplevel (PSL_TYPE_COMPETENCE_DIALOG));
    g_assert_nonnull (rate);
    for (guint i = 0; i < 20; i++)
      psl_competence_dialog_set_level (rate, i, i < 2 ? 1 : 3);
    psl_competence_dialog_set_context (rate, "Entretien");
    g_assert_true (psl_sheet_accept (PSL_SHEET (rate)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_rating r"
                                               " JOIN competence_evaluation e ON e.id = r.evaluation_id"
                                               " JOIN person p ON p.id = e.person_id AND p.last_name = 'Puech'"
                                               " WHERE e.context = 'Entretien'"), ==, 20);
    g_assert_cmpint (psl_test_count (f->store, "SELECT sum(level) FROM competence_rating"), ==, 2 * 1 + 18 * 3);

    /* The job asks 2 everywhere: she is short on the first two items. */
    psl_competence_grid_init (&job, 20);
    for (guint i = 0; i < 20; i++)
      job.levels[i] = 2;
    g_autofree char *evaluation = psl_competence_save (f->store, "opportunity_id", "o1", "2026-10-01", NULL, NULL,
                                                       &job, NULL);

    g_assert_nonnull (evaluation);
    psl_competence_tab_compare_with (PSL_COMPETENCE_TAB (tab), "o1");
    g_assert_cmpuint (psl_competence_tab_get_n_short (PSL_COMPETENCE_TAB (tab)), ==, 2);
  }

  /* The opportunities that fit: the open one, not the cancelled one. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "placements");
  matches = psl_test_find_widget (GTK_WIDGET (person), PSL_TYPE_MATCH_GROUP);
  wait_for (ranked, matches);
  g_assert_nonnull (psl_test_find_row (matches, "Vendeuse en boulangerie — Boulangerie Vidal"));
  g_assert_null (psl_test_find_row (matches, "Livreur — Boulangerie Vidal"));
  g_assert_true (gtk_widget_activate_action (matches, "match-group.propose", "s", "o1"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE opportunity_id = 'o1'"
                                             " AND stage = 'proposed'"), ==, 1);
  /* Twice: refused, still one. */
  g_assert_true (gtk_widget_activate_action (matches, "match-group.propose", "s", "o1"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement"), ==, 1);

  placement = psl_test_query_text (f->store, "SELECT id FROM placement");
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (person), "Boulangerie Vidal — Vendeuse en boulangerie") != NULL);
  {
    GtkWidget *row = psl_test_find_row (GTK_WIDGET (person), "Boulangerie Vidal — Vendeuse en boulangerie");

    g_assert_nonnull (row);
    barriers = gtk_widget_get_ancestor (row, PSL_TYPE_RECORD_LIST);
  }

  /* First an immersion to validate two skills, evaluated at its end. */
  g_assert_true (gtk_widget_activate_action (matches, "match-group.propose", "s", "o3"));
  immersion = psl_test_query_text (f->store, "SELECT id FROM placement WHERE opportunity_id = 'o3'");
  g_assert_nonnull (immersion);
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (person), "Boulangerie Vidal — Immersion en boulangerie") != NULL);
  immersion_before = g_strdup (row_subtitle (GTK_WIDGET (person), "Boulangerie Vidal — Immersion en boulangerie"));
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.edit", "s", immersion));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "stage"), "immersion");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "immersion_type"), "skills");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "objectives"), "Accueillir les clients\nTenir la caisse");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "start_date")), "02/11/2026");
  /* A PMSMP of more than a month: refused with the rule, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "planned_end")), "02/12/2026");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_nonnull (strstr (psl_field_row_get_problem (psl_record_dialog_get_row (dialog, "planned_end")),
                            "un mois au plus"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE opportunity_id = 'o3'"
                                             " AND stage = 'immersion'"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "planned_end")), "06/11/2026");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE opportunity_id = 'o3'"
                                             " AND kind = 'immersion' AND stage = 'immersion'"), ==, 1);
  /* The list reads itself again: the row says its new stage. */
  PSL_TEST_WAIT (g_strcmp0 (row_subtitle (GTK_WIDGET (person), "Boulangerie Vidal — Immersion en boulangerie"),
                            immersion_before) != 0);
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.row-action", "(us)", 0, immersion));
  {
    PslImmersionReviewDialog *review = psl_test_find_toplevel (PSL_TYPE_IMMERSION_REVIEW_DIALOG);

    g_assert_nonnull (review);
    /* The skills come from the objectives, one a line. */
    g_assert_cmpuint (psl_immersion_review_dialog_get_n_skills (review), ==, 2);
    /* Not saved while a skill is left unrated. */
    psl_immersion_review_dialog_set_level (review, 0, PSL_SKILL_FULLY_ACQUIRED);
    g_assert_false (psl_sheet_accept (PSL_SHEET (review)));
    psl_immersion_review_dialog_set_level (review, 1, PSL_SKILL_PARTLY_ACQUIRED);
    psl_immersion_review_dialog_set_comments (review, "Ponctuelle et souriante", "J'ai aimé la vente");
    g_assert_true (psl_sheet_accept (PSL_SHEET (review)));
  }
  g_assert_cmpint (psl_test_count (f->store,
    "SELECT count(*) FROM placement WHERE id = (SELECT id FROM placement WHERE opportunity_id = 'o3')"
    " AND evaluation ->> '$.evaluated_on' = '2026-11-06'"
    " AND evaluation ->> '$.skills[0].skill' = 'Accueillir les clients'"
    " AND evaluation ->> '$.skills[0].level' = 'fully'"
    " AND evaluation ->> '$.skills[1].level' = 'partly'"
    " AND evaluation ->> '$.host_comment' = 'Ponctuelle et souriante'"), ==, 1);
  PSL_TEST_WAIT (strstr (row_subtitle (GTK_WIDGET (person), "Boulangerie Vidal — Immersion en boulangerie"),
                         "1 compétence acquise sur 2, 1 en partie") != NULL);
  {
    GtkWidget *row = psl_test_find_row (GTK_WIDGET (person), "Boulangerie Vidal — Immersion en boulangerie");

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                              "1 compétence acquise sur 2, 1 en partie"));
  }

  /* The candidate sheet for the firm: refused without her consent… */
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.row-action", "(us)", 1, immersion));
  psl_test_drain ();
  g_assert_null (psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW));
  /* …given once it is recorded, with her skills and never her barrier. */
  psl_test_exec (f->store, "INSERT INTO consent (id, person_id, scope, company_id, given_on)"
                           " SELECT 'cv', id, 'cv_entreprise', 'vidal', '2026-11-01' FROM person"
                           " WHERE last_name = 'Puech';");
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.row-action", "(us)", 1, immersion));
  {
    PslDocumentWindow *sheet = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW);
    g_autofree char *pdf = g_build_filename (f->dir, "candidate.pdf", NULL);
    g_autofree char *command = g_strdup_printf ("pdftotext %s -", pdf);
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (sheet);
    g_assert_cmpuint (psl_document_window_get_n_pages (sheet), >=, 1);
    g_assert_true (psl_document_window_save_pdf (sheet, pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, &error));
    g_assert_nonnull (strstr (text, "Léa Puech, pour Boulangerie Vidal"));
    g_assert_nonnull (strstr (text, "Accueillir les clients"));
    g_assert_null (strstr (text, "enfants"));
    g_assert_null (strstr (text, "12/05/2004"));
    psl_test_close (GTK_WIDGET (sheet));
  }

  /* Then a contract: the contract needs its type and start. */
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.edit", "s", placement));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "stage"), "contract");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "contract_type"), "cdd");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "start_date")), "01/12/2026");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "planned_end")), "31/05/2027");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE stage = 'contract'"
                                             " AND kind = 'contract' AND contract_type = 'cdd'"
                                             " AND start_date = '2026-12-01' AND planned_end = '2027-05-31'"), ==, 1);
  /* Its follow-up plan, made as it starts: the first days (3/12), the first
   * week (Saturday 5/12, so Monday 7), before the 14-day trial ends
   * (Friday 11/12), a month, three months, the end prepared (3/5); six
   * months is after its end.  Those already past on the day the test runs
   * are not planned. */
  {
    g_autofree char *today = psl_today_iso ();
    g_autofree char *expected = g_strdup_printf (
      "SELECT count(*) FROM (VALUES ('2026-12-03'), ('2026-12-07'), ('2026-12-11'), ('2027-01-01'),"
      " ('2027-03-01'), ('2027-05-03')) WHERE column1 >= '%s'", today);
    g_autofree char *made = g_strdup_printf (
      "SELECT count(*) FROM followup f JOIN placement p ON p.id = f.placement_id"
      " WHERE p.contract_type = 'cdd' AND f.plan_step LIKE 'contract:%%' AND f.due_on >= '%s'"
      " AND f.due_on IN ('2026-12-03', '2026-12-07', '2026-12-11', '2027-01-01', '2027-03-01', '2027-05-03')",
      today);

    g_assert_cmpint (psl_test_count (f->store, made), ==, psl_test_count (f->store, expected));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM followup"), ==,
                     psl_test_count (f->store, expected));
  }

  /* The job at risk: the tutor raises an alert about the CDD. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "placements");
  PSL_TEST_WAIT (find_list (GTK_WIDGET (person), "Alertes") != NULL &&
                 find_list (GTK_WIDGET (person), "Suivi dans l’emploi") != NULL &&
                 psl_record_list_get_n_lines (PSL_RECORD_LIST (find_list (GTK_WIDGET (person), "Suivi dans l’emploi")))
                   == (guint) psl_test_count (f->store, "SELECT count(*) FROM followup"));
  {
    GtkWidget *alerts = find_list (GTK_WIDGET (person), "Alertes");
    GtkWidget *followups = find_list (GTK_WIDGET (person), "Suivi dans l’emploi");
    g_autofree char *cdd = psl_test_query_text (f->store, "SELECT id FROM placement WHERE contract_type = 'cdd'");
    g_autofree char *alert = NULL;

    g_assert_nonnull (alerts);
    g_assert_nonnull (followups);
    /* The plan's follow-ups are listed. */
    g_assert_cmpuint (psl_record_list_get_n_lines (PSL_RECORD_LIST (followups)), ==,
                      psl_test_count (f->store, "SELECT count(*) FROM followup"));
    g_assert_true (gtk_widget_activate_action (alerts, "record-list.add", NULL));
    dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "raised_by"), "tutor");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "risk_level"), "3");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "placement_id"), cdd);
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "actions"), "Rencontre tripartite");
    /* Resolved before it was opened: refused, nothing saved. */
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "resolved_on")), "01/01/2020");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "resolution"), "Maintenu");
    g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM alert"), ==, 0);
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "resolved_on")), "");
    psl_field_row_set_value (psl_record_dialog_get_row (dialog, "resolution"), "");
    g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
    /* About the CDD's firm, for the person's counsellor (none here). */
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM alert WHERE raised_by = 'tutor'"
                                               " AND risk_level = 3 AND company_id = 'vidal'"
                                               " AND resolved_on IS NULL"), ==, 1);
    PSL_TEST_WAIT (psl_record_list_get_n_lines (PSL_RECORD_LIST (alerts)) == 1);
    alert = psl_test_query_text (f->store, "SELECT id FROM alert");
    g_assert_nonnull (psl_test_find_row (alerts, "Risque élevé — Boulangerie Vidal"));
  }

  /* Six months of CDD: lasting employment, as the pathway tab says. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "pathway");
  PSL_TEST_WAIT (psl_test_find_widget (GTK_WIDGET (person), PSL_TYPE_PATHWAY_TAB) != NULL &&
                 g_strcmp0 (psl_pathway_tab_get_computed (PSL_PATHWAY_TAB (psl_test_find_widget (GTK_WIDGET (person),
                                                                                                PSL_TYPE_PATHWAY_TAB))),
                            "emploi_durable") == 0);
}

/* Forty people more than the network's one. */
#define FORTY \
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)" \
  " INSERT INTO person (id, first_name, last_name, birth_date, entered_on)" \
  " SELECT 'p' || i, 'Prénom' || i, 'Nom' || i, '1990-01-01', '2026-01-05' FROM n;"

/* A first reading longer than a view makes rows for at once: every row
 * counted, and the list on screen (not left behind its spinner while the
 * rows are handed to the view). */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  PslPersonListView *list = PSL_PERSON_LIST_VIEW (psl_people_page_get_list (f->page));
  GtkWidget *view;

  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_shown (list), ==, 41);
  view = psl_test_find_widget (GTK_WIDGET (list), GTK_TYPE_COLUMN_VIEW);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)))), ==, 41);
}

/* The drop-down under root whose choices include text. */
static GtkDropDown *
find_choices (GtkWidget  *root,
              const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (child))))
        {
          GtkStringList *choices = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (child)));

          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (choices)); i++)
            if (g_strcmp0 (gtk_string_list_get_string (choices, i), text) == 0)
              return GTK_DROP_DOWN (child);
        }
      if ((found = find_choices (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* Those who have left are neither read nor held until the status shown
 * asks for them; then read, and read again at each reload. */
static void
test_exited_when_shown (Fixture       *f,
                        gconstpointer  data)
{
  PslPersonListView *list = PSL_PERSON_LIST_VIEW (psl_people_page_get_list (f->page));
  GtkDropDown *status;

  psl_test_exec (f->store, "INSERT INTO person (id, first_name, last_name, birth_date, entered_on, exited_on) VALUES"
                           " ('gone', 'Marc', 'Delmas', '1990-01-02', '2024-01-10', '2025-06-30'),"
                           " ('gone2', 'Rita', 'Lacaze', '1985-03-04', '2024-02-10', '2025-07-31');");
  psl_person_list_view_reload (list);
  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_total (list), ==, 1);
  g_assert_cmpuint (psl_person_list_view_get_n_shown (list), ==, 1);
  /* On screen, not behind a spinner. */
  g_assert_true (gtk_widget_get_mapped (psl_test_find_widget (GTK_WIDGET (list), GTK_TYPE_COLUMN_VIEW)));

  status = find_choices (GTK_WIDGET (list), "Sortie");
  g_assert_nonnull (status);
  gtk_drop_down_set_selected (status, 2);
  g_assert_true (psl_person_list_view_is_loading (list));
  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_total (list), ==, 3);
  g_assert_cmpuint (psl_person_list_view_get_n_shown (list), ==, 2);

  /* Everyone: nothing more to read. */
  gtk_drop_down_set_selected (status, 0);
  g_assert_false (psl_person_list_view_is_loading (list));
  g_assert_cmpuint (psl_person_list_view_get_n_shown (list), ==, 3);

  /* Read again after a change, both parts. */
  psl_test_exec (f->store, "UPDATE person SET exited_on = '2026-01-15' WHERE id = 'known';");
  psl_person_list_view_reload (list);
  wait_for (list_loaded, list);
  g_assert_cmpuint (psl_person_list_view_get_n_total (list), ==, 3);
  g_assert_cmpuint (psl_person_list_view_get_n_shown (list), ==, 3);
}

/* The person's sheet is made once the list is read, before any click on
 * a person, and not shown until one is opened. */
static void
test_sheet_made_before (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *list = psl_people_page_get_list (f->page);
  GtkWidget *sheet;

  wait_for (list_loaded, list);
  PSL_TEST_WAIT ((sheet = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_PERSON_PAGE)) != NULL);
  g_assert_false (gtk_widget_get_mapped (sheet));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_true (psl_people_page_open_person (f->page, "known"));
  g_assert_true (psl_people_page_get_person (f->page) == sheet);
  g_assert_true (gtk_widget_get_mapped (sheet));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/people-page/path", Fixture, NULL, fixture_setup, test_path, psl_test_gui_teardown);
  g_test_add ("/people-page/many", Fixture, FORTY, fixture_setup, test_many, psl_test_gui_teardown);
  g_test_add ("/people-page/exited-when-shown", Fixture, NULL, fixture_setup, test_exited_when_shown,
              psl_test_gui_teardown);
  g_test_add ("/people-page/sheet-made-before", Fixture, NULL, fixture_setup, test_sheet_made_before,
              psl_test_gui_teardown);
  return g_test_run ();
}
