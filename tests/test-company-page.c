/* test-company-page.c — the firm's page: identity saved field by field, contacts, tabs */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-company-evaluation.h"
#include "psl-company-opportunities.h"
#include "psl-company-page.h"
#include "psl-company-placements.h"
#include "psl-engagement-dialog.h"
#include "psl-evaluation-dialog.h"
#include "psl-contact.h"
#include "psl-contact-dialog.h"
#include "psl-candidates-window.h"
#include "psl-competence-dialog.h"
#include "psl-contact-row.h"
#include "psl-match-group.h"
#include "psl-record.h"
#include "psl-test.h"
#include "psl-test-gui.h"
#include "psl-timeline-view.h"
#include "psl-trades-group.h"

#define FIRM \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode, commune, sector, referent_id)" \
  " VALUES ('c', 'Garage du Causse', '73282932000074', 'siret', '46100', 'Figeac', 'btp', 'a');"

typedef PslTestGuiFixture Fixture;

/* Waits for the SQL count to become 1. */
static void
spin_until_count (PslStore   *store,
                  const char *sql)
{
  PSL_TEST_WAIT (psl_test_count (store, sql) == 1);
}

/* Waits for the row to show a refused value (the suite's deadline: a
 * machine under a sanitizer lays out a long line slowly). */
static void
spin_until_error (GtkWidget *row)
{
  PSL_TEST_WAIT (gtk_widget_has_css_class (row, "error"));
}

/* The reasons a group shows under its rows. */
static const char *
group_problems (GtkWidget *row)
{
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
  GtkWidget *label = g_object_get_data (G_OBJECT (group), "psl-problem-label");

  return label != NULL && gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : "";
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  psl_test_gui_setup (f, FIRM);

  f->page = psl_company_page_new (f->store);
  g_assert_true (psl_company_page_show_company (f->page, "c", &error));
  g_assert_no_error (error);

  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static void
test_identity (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *siret = psl_test_find_row (GTK_WIDGET (f->page), _("SIRET or BCE number"));
  GtkWidget *name = psl_test_find_row (GTK_WIDGET (f->page), _("Legal name"));
  GtkWidget *email = psl_test_find_row (GTK_WIDGET (f->page), _("E-mail"));

  g_assert_nonnull (siret);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (siret)), ==, "73282932000074");

  /* A wrong check digit is refused on its row; the old SIRET stays. */
  gtk_editable_set_text (GTK_EDITABLE (siret), "73282932000075");
  PSL_TEST_WAIT (gtk_widget_has_css_class (siret, "error"));
  g_assert_cmpstr (group_problems (siret), !=, "");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE identifier = '73282932000074'"),
                   ==, 1);

  /* A good one, typed with spaces, is saved after the pause in typing. */
  gtk_editable_set_text (GTK_EDITABLE (siret), "442 019 515 00018");
  spin_until_count (f->store, "SELECT count(*) FROM company WHERE identifier = '44201951500018'"
                              " AND identifier_kind = 'siret'");
  g_assert_false (gtk_widget_has_css_class (siret, "error"));
  g_assert_cmpstr (group_problems (siret), ==, "");

  /* An empty name and a wrong e-mail are refused together, each on its row. */
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  gtk_editable_set_text (GTK_EDITABLE (email), "accueil@garage");
  PSL_TEST_WAIT (gtk_widget_has_css_class (name, "error") && gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (group_problems (name), !=, "");
  g_assert_cmpstr (group_problems (email), !=, "");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Garage du Causse'"
                                             " AND email IS NULL"), ==, 1);

  /* What waits for its pause is saved when the firm is left. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Garage Lacoste");
  g_assert_true (psl_company_page_show_company (f->page, "c", NULL));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Garage Lacoste'"),
                   ==, 1);
  g_assert_false (gtk_widget_has_css_class (name, "error"));
}

static void
test_rules_between_fields (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *headcount = psl_test_find_row (GTK_WIDGET (f->page), _("Headcount"));
  GtkWidget *size = psl_test_find_row (GTK_WIDGET (f->page), _("Type of firm"));
  GtkWidget *status = psl_test_find_row (GTK_WIDGET (f->page), _("Status"));
  GtkWidget *reason = psl_test_find_row (GTK_WIDGET (f->page), _("Reason for being dormant"));
  GtkWidget *needs = psl_test_find_row (GTK_WIDGET (f->page), _("Hiring needs"));
  GtkTextView *needs_view = GTK_TEXT_VIEW (gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (needs))));
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* Words, as a counsellor types them: a single word of 25,000 letters
   * takes Pango minutes to wrap under the sanitizer. */
  while (long_text->len <= PSL_TEXT_MAX)
    g_string_append (long_text, "besoin ");

  /* A headcount gives the type when none was chosen. */
  gtk_editable_set_text (GTK_EDITABLE (headcount), "8");
  spin_until_count (f->store, "SELECT count(*) FROM company WHERE headcount = 8 AND size_band = 'tpe'");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (size)), ==, 1);

  /* The reason for being dormant is asked of a dormant firm only. */
  g_assert_false (gtk_widget_get_visible (reason));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE status = 'dormant'"), ==, 1);
  g_assert_true (gtk_widget_get_visible (reason));

  /* Several lines are saved after their pause; too long is refused. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (needs_view), "Deux mécaniciens\npour l'été", -1);
  spin_until_count (f->store, "SELECT count(*) FROM company WHERE hiring_needs = 'Deux mécaniciens\npour l''été'");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (needs_view), long_text->str, -1);
  /* Laying out so long a line takes a while: wait for the verdict. */
  spin_until_error (needs);
  g_assert_true (gtk_widget_has_css_class (needs, "error"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE hiring_needs LIKE 'Deux%'"), ==, 1);
}

/* A type the base refuses to write, after the headcount it follows was
 * saved: the toast says why in French, and the type stays unchosen. */
static void
test_refused_size_band_said (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *headcount = psl_test_find_row (GTK_WIDGET (f->page), _("Headcount"));
  GtkWidget *size = psl_test_find_row (GTK_WIDGET (f->page), _("Type of firm"));
  GtkLabel *toast;

  psl_test_exec (f->store, "CREATE TRIGGER no_band BEFORE UPDATE OF size_band ON company"
                           " BEGIN SELECT RAISE (ABORT, 'type figé'); END;");
  g_assert_null ((GtkLabel *) psl_test_find_label_holding (f->window, "enfreint une règle"));

  gtk_editable_set_text (GTK_EDITABLE (headcount), "8");
  PSL_TEST_WAIT ((toast = (GtkLabel *) psl_test_find_label_holding (f->window, "enfreint une règle")) != NULL);
  g_assert_cmpstr (gtk_label_get_text (toast), ==, "Cette modification enfreint une règle de la base : type figé.");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE headcount = 8 AND size_band IS NULL"),
                   ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (size)), ==, 0);
  g_assert_false (gtk_widget_has_css_class (headcount, "error"));
}

/* The firm taken away under the page (merged from another window): the
 * page's reload says so rather than showing it as it was. */
static void
test_vanished_firm_said (Fixture       *f,
                         gconstpointer  data)
{
  GtkLabel *toast;

  psl_test_exec (f->store, "DELETE FROM company WHERE id = 'c';");
  g_assert_null ((GtkLabel *) psl_test_find_label_holding (f->window, "n’est plus dans la base"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.reload", NULL));
  PSL_TEST_WAIT ((toast = (GtkLabel *) psl_test_find_label_holding (f->window, "n’est plus dans la base")) != NULL);
  g_assert_cmpstr (gtk_label_get_text (toast), ==, "Cette entreprise n’est plus dans la base.");
  /* What was shown stays: the name in the header is not blanked. */
  g_assert_nonnull (psl_test_find_label (GTK_WIDGET (f->page), "Garage du Causse"));
}

static guint
count_contact_rows (Fixture *f)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_ancestor (psl_test_find_row (GTK_WIDGET (f->page), "Zoé Lafon"),
                                                            GTK_TYPE_LIST_BOX));
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_contact_create (f->store, "c", "Zoé", "Lafon", &error);
  g_autofree char *other = psl_contact_create (f->store, "c", NULL, "Andrieu", &error);
  GtkWidget *row;

  g_assert_no_error (error);
  g_assert_null (psl_test_find_row (GTK_WIDGET (f->page), "Zoé Lafon"));
  g_assert_true (psl_contact_set (f->store, id, "is_tutor", "1", &error));
  psl_company_page_reload_contacts (f->page);
  row = psl_test_find_row (GTK_WIDGET (f->page), "Zoé Lafon");
  g_assert_true (PSL_IS_CONTACT_ROW (row));
  g_assert_cmpstr (psl_contact_row_get_contact_id (PSL_CONTACT_ROW (row)), ==, id);
  g_assert_cmpuint (count_contact_rows (f), ==, 2);

  /* Activating a row opens its contact. */
  g_signal_emit_by_name (row, "activate");
  g_assert_nonnull (PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG)));
  gtk_window_destroy (GTK_WINDOW (PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG))));

  /* Deleting hides the contact; the toast's undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.delete-contact", "s", id));
  g_assert_null (psl_test_find_row (GTK_WIDGET (f->page), "Zoé Lafon"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.restore-contact", "s", id));
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Zoé Lafon"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE deleted_at IS NULL"), ==, 2);
}

static void
test_contact_dialog (Fixture       *f,
                     gconstpointer  data)
{
  PslRecordDialog *dialog;
  GtkWidget *last_name, *email;

  /* Escape (the window's close) adds nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.add-contact", NULL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (psl_test_find_row (GTK_WIDGET (dialog), _("Last name"))), "Cantarel");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG) == NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact"), ==, 0);

  /* A refused value keeps the window open, marked on its row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.add-contact", NULL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  last_name = psl_test_find_row (GTK_WIDGET (dialog), _("Last name"));
  email = psl_test_find_row (GTK_WIDGET (dialog), _("E-mail"));
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_true (gtk_widget_has_css_class (last_name, "error"));
  gtk_editable_set_text (GTK_EDITABLE (last_name), "Cantarel");
  gtk_editable_set_text (GTK_EDITABLE (email), "pas une adresse");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_false (gtk_widget_has_css_class (last_name, "error"));
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (group_problems (email), !=, "");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (email), "m.cantarel@garage.fr");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE last_name = 'Cantarel'"
                                           " AND email = 'm.cantarel@garage.fr' AND active = 1") == 1);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Cantarel"));

  /* Editing writes what changed. */
  {
    g_autofree char *id = psl_test_query_text (f->store, "SELECT id FROM contact");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.edit-contact", "s", id));
    dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
    gtk_editable_set_text (GTK_EDITABLE (psl_test_find_row (GTK_WIDGET (dialog), _("First name"))), "Marc");
    g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
    PSL_TEST_WAIT (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE first_name = 'Marc'"
                                             " AND email = 'm.cantarel@garage.fr'") == 1);
    g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->page), "Marc Cantarel"));
  }
}

static void
on_deleted_cb (PslCompanyPage  *page,
               const char      *id,
               const char      *name,
               char           **deleted)
{
  *deleted = g_strdup (id);
}

static void
test_tabs_and_delete (Fixture       *f,
                      gconstpointer  data)
{
  GtkStack *tabs = psl_company_page_get_tab_stack (f->page);
  const char *names[] = { "identity", "contacts", "history", "opportunities", "placements", "clauses", "evaluation",
                          "timeline" };
  GtkWidget *evaluation = gtk_label_new ("évaluation");
  g_autofree char *deleted = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (gtk_stack_get_child_by_name (tabs, names[i]));

  /* Another part of the program fills a tab; the tabs keep their order. */
  psl_company_page_set_tab (f->page, "evaluation", evaluation);
  g_assert_true (gtk_widget_is_ancestor (evaluation, gtk_stack_get_child_by_name (tabs, "evaluation")));
  g_assert_true (gtk_widget_get_next_sibling (gtk_stack_get_child_by_name (tabs, "placements")) ==
                 gtk_stack_get_child_by_name (tabs, "clauses"));
  g_assert_true (gtk_widget_get_next_sibling (gtk_stack_get_child_by_name (tabs, "clauses")) ==
                 gtk_stack_get_child_by_name (tabs, "evaluation"));
  g_assert_true (gtk_widget_get_next_sibling (gtk_stack_get_child_by_name (tabs, "evaluation")) ==
                 gtk_stack_get_child_by_name (tabs, "timeline"));

  g_signal_connect (f->page, "deleted", G_CALLBACK (on_deleted_cb), &deleted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "company-page.delete-company", NULL));
  g_assert_cmpstr (deleted, ==, "c");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE deleted_at IS NOT NULL"), ==, 1);
}

/* An opportunity added in a phase from the tab; a refusal needs its
 * reason; deleting is undone. */
static void
test_opportunities (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *tab;
  GtkListBox *list;
  PslRecordDialog *dialog;
  g_autofree char *id = NULL;

  /* A tab is made and filled when first shown. */
  g_assert_null (psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_OPPORTUNITIES));
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (f->page), "opportunities");
  tab = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_OPPORTUNITIES);
  g_assert_nonnull (tab);
  list = psl_company_opportunities_get_list (PSL_COMPANY_OPPORTUNITIES (tab));
  g_assert_true (gtk_widget_activate_action (tab, "opportunities.add", "i", 2));
  dialog = psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "title")), "Immersion en carrosserie");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "status"), "refused");

  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpstr (psl_field_row_get_problem (psl_record_dialog_get_row (dialog, "refusal_reason")), !=, NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "refusal_reason")),
                         "Pas de tuteur disponible");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE company_id = 'c'"
                                             " AND phase = 2 AND status = 'refused' AND places = 1"
                                             " AND refusal_reason = 'Pas de tuteur disponible'"), ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));

  id = psl_test_query_text (f->store, "SELECT id FROM opportunity");
  g_assert_true (gtk_widget_activate_action (tab, "opportunities.delete", "s", id));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE deleted_at IS NULL"), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_activate_action (tab, "opportunities.restore", "s", id));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE deleted_at IS NULL"), ==, 1);
}

/* The twelve criteria rated, the survey answered (a "yes" opens its
 * phase), the suggested level applied with its history. */
static void
test_evaluation (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *tab;
  PslEvaluationDialog *rating;
  PslEngagementDialog *survey;

  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (f->page), "evaluation");
  tab = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_EVALUATION);
  g_assert_nonnull (tab);
  g_assert_true (gtk_widget_activate_action (tab, "evaluation.rate", NULL));
  rating = psl_test_find_toplevel (PSL_TYPE_EVALUATION_DIALOG);
  g_assert_nonnull (rating);
  /* Nothing rated: refused, nothing saved. */
  g_assert_false (psl_sheet_accept (PSL_SHEET (rating)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM evaluation"), ==, 0);
  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    psl_evaluation_dialog_set_score (rating, i, (int) (i % 5) + 1);
  g_assert_true (psl_sheet_accept (PSL_SHEET (rating)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM evaluation WHERE company_id = 'c'"
                                             " AND json_extract(scores, '$.1') = 1"
                                             " AND json_extract(scores, '$.5') = 5"
                                             " AND json_extract(scores, '$.12') = 2"), ==, 1);

  g_assert_true (gtk_widget_activate_action (tab, "evaluation.survey", NULL));
  survey = psl_test_find_toplevel (PSL_TYPE_ENGAGEMENT_DIALOG);
  g_assert_nonnull (survey);
  psl_engagement_dialog_set_answer (survey, "visits", "yes");
  psl_engagement_dialog_set_answer (survey, "recruits", "no");
  psl_engagement_dialog_set_answer (survey, "stage_period", "Printemps");
  g_assert_true (psl_sheet_accept (PSL_SHEET (survey)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_response WHERE subject_id = 'c'"
                                             " AND json_extract(answers, '$.visits') = 'yes'"
                                             " AND json_extract(answers, '$.recruits') = 'no'"
                                             " AND json_extract(answers, '$.stage_period') = 'Printemps'"), ==, 1);
  /* Only the "yes" that names a phase opened something: a visit. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity WHERE phase = 1"), ==, 1);

  /* An opportunity outside employment: the data suggest "engagée". */
  g_assert_true (gtk_widget_activate_action (tab, "evaluation.apply-suggestion", NULL));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_level_history"
                                             " WHERE company_id = 'c' AND level = 'engagee'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE partnership_level = 'engagee'"),
                   ==, 1);

  /* Form A: an answer set by hand for the year shown, and undone. */
  {
    GtkWidget *regular = psl_test_find_row (tab, _("Regular opportunities"));

    g_assert_nonnull (regular);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (regular)), ==, _("From the data"));
    gtk_switch_set_active (GTK_SWITCH (psl_test_find_widget (regular, GTK_TYPE_SWITCH)), TRUE);
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM form_a_override WHERE company_id = 'c'"
                                               " AND item = 'regular' AND value = 1"), ==, 1);
    /* The tab reads itself again: the row is a new one. */
    PSL_TEST_WAIT ((regular = psl_test_find_row (tab, _("Regular opportunities"))) != NULL &&
                   g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (regular)), _("From the data")) != 0);
  }
}

/* A trade added on the identity tab, marked as hiring, deleted and back. */
static void
test_trades (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *group = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_TRADES_GROUP);
  GtkListBox *list = psl_trades_group_get_list (PSL_TRADES_GROUP (group));
  PslRecordDialog *dialog;
  g_autofree char *id = NULL;

  g_assert_true (gtk_widget_activate_action (group, "trades.add", NULL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));      /* no name */
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "label")), "Mécanicien automobile");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "rome_code")), "I1604");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "hiring"), "1");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company_trade WHERE company_id = 'c'"
                                             " AND label = 'Mécanicien automobile' AND rome_code = 'I1604'"
                                             " AND hiring = 1"), ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));

  id = psl_test_query_text (f->store, "SELECT id FROM company_trade");
  g_assert_true (gtk_widget_activate_action (group, "trades.delete", "s", id));
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_activate_action (group, "trades.restore", "s", id));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company_trade WHERE deleted_at IS NULL"), ==, 1);
}

static gboolean
ranked (gpointer data)
{
  return !psl_match_group_is_loading (data);
}

/* From an open opportunity: the people who fit, best first; the job's
 * competences rated; someone proposed in one click. */
static void
test_candidates (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *tab;
  PslCandidatesWindow *window;
  PslCompetenceDialog *grid;
  GtkWidget *group, *first;

  psl_test_exec (f->store,
    "INSERT INTO opportunity (id, company_id, phase, title, rome_code, proposed_on, status) VALUES"
    " ('o', 'c', 4, 'Mécanicien', 'I1604', '2026-10-01', 'open');"
    "INSERT INTO person (id, first_name, last_name, entered_on, referent_id, phase, project_rome) VALUES"
    " ('far', 'Hugo', 'Ailleurs', '2025-01-01', 'a', 1, 'K2204'),"
    " ('near', 'Inès', 'Bouzid', '2025-01-01', 'a', 4, 'I1604');");
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (f->page), "opportunities");
  tab = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_OPPORTUNITIES);
  g_assert_true (gtk_widget_activate_action (tab, "opportunities.candidates", "(ss)", "o", "Mécanicien"));
  window = psl_test_find_toplevel (PSL_TYPE_CANDIDATES_WINDOW);
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Candidats pour « Mécanicien »");
  group = psl_candidates_window_get_group (window);
  PSL_TEST_WAIT (ranked (group));
  /* Her project is this trade and she is ready for work: first. */
  first = psl_test_find_row (group, "Bouzid Inès");
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_get_prev_sibling (first) == NULL);
  g_assert_nonnull (psl_test_find_row (group, "Ailleurs Hugo"));

  /* What the job asks, rated from the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "candidates.rate-job", NULL));
  grid = psl_test_find_toplevel (PSL_TYPE_COMPETENCE_DIALOG);
  g_assert_nonnull (grid);
  for (guint i = 0; i < 20; i++)
    psl_competence_dialog_set_level (grid, i, 2);
  g_assert_true (psl_sheet_accept (PSL_SHEET (grid)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_rating r JOIN competence_evaluation e"
                                             " ON e.id = r.evaluation_id WHERE e.opportunity_id = 'o'"), ==, 20);
  PSL_TEST_WAIT (ranked (group));

  g_assert_true (gtk_widget_activate_action (group, "match-group.propose", "s", "near"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE person_id = 'near'"
                                             " AND opportunity_id = 'o' AND company_id = 'c'"
                                             " AND stage = 'proposed'"), ==, 1);
  /* Twice: refused, still one. */
  g_assert_true (gtk_widget_activate_action (group, "match-group.propose", "s", "near"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement"), ==, 1);
  psl_test_close (GTK_WIDGET (window));

  /* A trade's grid, from its row in the identity tab. */
  psl_test_exec (f->store, "INSERT INTO company_trade (id, company_id, label, rome_code) VALUES"
                           " ('t', 'c', 'Mécanicien automobile', 'I1604');");
  g_assert_true (gtk_widget_activate_action (psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_TRADES_GROUP),
                                             "trades.rate", "s", "t"));
  grid = psl_test_find_toplevel (PSL_TYPE_COMPETENCE_DIALOG);
  g_assert_nonnull (grid);
  psl_competence_dialog_set_level (grid, 0, 3);
  g_assert_true (psl_sheet_accept (PSL_SHEET (grid)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM competence_evaluation"
                                             " WHERE company_trade_id = 't'"), ==, 1);
}

/* A job at risk at the firm shows on its placements tab, until resolved. */
static void
test_open_alerts (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *tab;

  psl_test_exec (f->store,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('lea', 'Léa', 'Puech', '2025-01-01');"
    "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date) VALUES"
    " ('pl', 'lea', 'c', 'contract', 'contract', '2026-01-01', '2026-01-05');"
    "INSERT INTO alert (id, person_id, placement_id, company_id, raised_by, risk_level, opened_on, resolved_on) VALUES"
    " ('open', 'lea', 'pl', 'c', 'tutor', 3, '2026-02-01', NULL),"
    " ('closed', 'lea', 'pl', 'c', 'person', 1, '2026-01-15', '2026-01-20');");
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (f->page), "placements");
  tab = psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_PLACEMENTS);
  g_assert_nonnull (tab);
  g_assert_cmpuint (psl_company_placements_get_n_alerts (PSL_COMPANY_PLACEMENTS (tab)), ==, 1);
  g_assert_nonnull (psl_test_find_row (tab, "Léa Puech — Risque élevé"));
}

/* The Chronologie tab draws the firm's facts; one clicked opens its tab. */
static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  GtkStack *tabs = psl_company_page_get_tab_stack (f->page);
  PslTimelineView *view;
  guint32 first, last;

  psl_test_exec (f->store,
    "INSERT INTO interaction (id, company_id, staff_id, kind, occurred_at) VALUES"
    " ('i1', 'c', 'a', 'visite', '2026-03-02T10:00'), ('i2', 'c', 'a', 'appel', '2026-05-04T10:00');"
    "INSERT INTO opportunity (id, company_id, phase, title, proposed_on) VALUES"
    " ('o1', 'c', 2, 'Immersion carrossier', '2026-04-01');");
  gtk_stack_set_visible_child_name (tabs, "timeline");
  PSL_TEST_WAIT ((view = PSL_TIMELINE_VIEW (psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_TIMELINE_VIEW))) != NULL &&
                 psl_timeline_view_get_chart (view) != NULL && psl_timeline_view_get_layout (view) != NULL);
  g_assert_cmpuint (psl_timeline_chart_get_n_items (psl_timeline_view_get_chart (view)), ==, 3);
  /* All of it in view at first. */
  psl_timeline_view_get_range (view, &first, &last);
  g_assert_cmpuint (first, <=, psl_timeline_chart_get_item (psl_timeline_view_get_chart (view), 0)->first);
  g_assert_nonnull (psl_timeline_view_get_layout (view));

  g_signal_emit_by_name (view, "item-activated", "opportunity", "o1");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tabs), ==, "opportunities");
  g_signal_emit_by_name (view, "item-activated", "interaction", "i1");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tabs), ==, "history");
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, psl_test_gui_teardown)
  ADD ("/company-page/identity", test_identity);
  ADD ("/company-page/rules-between-fields", test_rules_between_fields);
  ADD ("/company-page/refused-size-band-said", test_refused_size_band_said);
  ADD ("/company-page/vanished-firm-said", test_vanished_firm_said);
  ADD ("/company-page/contacts", test_contacts);
  ADD ("/company-page/contact-dialog", test_contact_dialog);
  ADD ("/company-page/trades", test_trades);
  ADD ("/company-page/opportunities", test_opportunities);
  ADD ("/company-page/candidates", test_candidates);
  ADD ("/company-page/open-alerts", test_open_alerts);
  ADD ("/company-page/evaluation", test_evaluation);
  ADD ("/company-page/timeline", test_timeline);
  ADD ("/company-page/tabs-and-delete", test_tabs_and_delete);
#undef ADD
  return g_test_run ();
}
