/* test-network-page.c — the Entreprises section's partners and events, driven as a person would */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "psl-method-sheet.h"
#include "psl-network-page.h"
#include "psl-partnership-method.h"
#include "psl-partner.h"
#include "psl-participants-sheet.h"
#include "psl-partnerships-group.h"
#include "psl-record-dialog.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define NETWORK \
  "INSERT INTO company (id, legal_name, commune) VALUES ('c', 'Garage du Causse', 'Figeac');"

typedef PslTestGuiFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, NETWORK);
  f->page = psl_network_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static PslRecordDialog *
open_dialog (GtkWidget  *widget,
             const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  return PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
}

/* A partner added, opened on its page, given a partnership and a review. */
static void
test_partners (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *partners = GTK_WIDGET (psl_network_page_get_partners (f->page));
  PslRecordDialog *dialog;
  GtkWidget *group;
  g_autofree char *partnership = NULL;

  psl_network_page_show_view (f->page, "partners");
  dialog = open_dialog (partners, "partners.add");
  g_assert_nonnull (dialog);
  /* No name: refused, nothing saved. */
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partner"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "name")), "Cap emploi 46");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "kind"), "cap_emploi");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "email")), "pas une adresse");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "email")), "contact@capemploi46.fr");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partner WHERE name = 'Cap emploi 46'"
                                             " AND kind = 'cap_emploi' AND email = 'contact@capemploi46.fr'"), ==, 1);
  /* The list reads again on the database thread. */
  PSL_TEST_WAIT (gtk_list_box_get_row_at_index (psl_partner_list_get_list (PSL_PARTNER_LIST (partners)), 0) != NULL);

  /* The new partner's page is open: a partnership, then its review. */
  group = psl_test_find_widget (partners, PSL_TYPE_PARTNERSHIPS_GROUP);
  g_assert_true (gtk_widget_get_mapped (group));
  {
    g_autofree char *partner = psl_test_query_text (f->store, "SELECT id FROM partner");
    g_autofree char *sql = g_strdup_printf ("INSERT INTO contact (id, partner_id, first_name, last_name, job_title)"
                                            " VALUES ('6b1f2c1e-5d7a-4c3b-9e8f-0a1b2c3d4e5f', '%s', 'Nadia', 'Bouzid', 'Conseillère');", partner);
    psl_test_exec (f->store, sql);
  }
  dialog = open_dialog (group, "partnerships.add");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "cooperation_type"), "tutorat");
  /* Their contact is chosen among the partner's own. */
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "their_contact_id"),
                           "6b1f2c1e-5d7a-4c3b-9e8f-0a1b2c3d4e5f");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "end_date")), "01/01/2020");
  /* Ending before it starts (today): refused. */
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "end_date")), "");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership p JOIN partner x ON x.id = p.partner_id"
                                             " WHERE x.name = 'Cap emploi 46' AND p.cooperation_type = 'tutorat'"
                                             " AND p.their_contact_id = '6b1f2c1e-5d7a-4c3b-9e8f-0a1b2c3d4e5f'"),
                   ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (psl_partnerships_group_get_list (PSL_PARTNERSHIPS_GROUP (group)),
                                                   0));

  partnership = psl_test_query_text (f->store, "SELECT id FROM partnership");
  g_assert_true (gtk_widget_activate_action (group, "partnerships.review", "s", partnership));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "summary"), "Deux orientations par mois, à maintenir");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_review"
                                             " WHERE summary LIKE 'Deux orientations%'"), ==, 1);
}

/* An event added, and a firm found by name among those taking part. */
static void
test_events (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *events = GTK_WIDGET (psl_network_page_get_events (f->page));
  PslRecordDialog *dialog;
  PslParticipantsSheet *sheet;
  g_autofree char *event = NULL;
  guint garage;

  psl_network_page_show_view (f->page, "events");
  dialog = open_dialog (events, "events.add");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "title")), "Job dating du BTP");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "kind"), "job_dating");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "held_on")), "31/02/2026");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "held_on")), "26/02/2026");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM event WHERE title = 'Job dating du BTP'"
                                             " AND held_on = '2026-02-26'"), ==, 1);

  event = psl_test_query_text (f->store, "SELECT id FROM event");
  g_assert_true (gtk_widget_activate_action (events, "events.participants", "s", event));
  sheet = PSL_PARTICIPANTS_SHEET (psl_test_find_toplevel (PSL_TYPE_PARTICIPANTS_SHEET));
  g_assert_nonnull (sheet);
  garage = psl_participants_sheet_find (sheet, "Garage du Causse (Figeac)");
  g_assert_cmpuint (garage, !=, G_MAXUINT);
  g_assert_true (psl_participants_sheet_add (sheet, garage));
  /* Twice is once. */
  g_assert_true (psl_participants_sheet_add (sheet, garage));
  g_assert_false (psl_participants_sheet_add (sheet, 9999));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM event_participant WHERE company_id = 'c'"), ==, 1);
  g_assert_true (psl_sheet_accept (PSL_SHEET (sheet)));
}

static const char *
subtitle_of (GtkWidget  *root,
             const char *title)
{
  GtkWidget *row = psl_test_find_row (root, title);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The method of a partnership opened from the partner's page: each step
 * says what is left; over-long text and a day that is none refused, said
 * in French, nothing written; then saved, and the steps done counted. */
static void
test_method (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *partner = psl_partner_create (f->store, "Cap emploi 46", "cap_emploi", &error);
  g_autofree char *link = psl_partnership_create (f->store, NULL, partner, "tutorat", "01/03/2026", &error);
  g_autoptr(GString) longest = g_string_new (NULL);
  PslPartnerList *partners = psl_network_page_get_partners (f->page);
  GtkWidget *group;
  GtkWidget *button;
  PslMethodSheet *sheet;

  g_assert_no_error (error);
  psl_network_page_show_view (f->page, "partners");
  g_assert_true (psl_partner_list_open_partner (partners, partner));
  group = psl_test_find_widget (GTK_WIDGET (partners), PSL_TYPE_PARTNERSHIPS_GROUP);
  PSL_TEST_WAIT (gtk_list_box_get_row_at_index (psl_partnerships_group_get_list (PSL_PARTNERSHIPS_GROUP (group)), 0)
                 != NULL);
  button = psl_test_find_button (group, "_Démarche…");
  g_assert_nonnull (button);
  g_assert_nonnull (strstr (subtitle_of (group, "Parrainage, tutorat, suivi dans l’emploi"),
                            "démarche : 0/7 étapes faites"));
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT ((sheet = psl_test_find_toplevel (PSL_TYPE_METHOD_SHEET)) != NULL);
  psl_test_wait_frame (GTK_WIDGET (sheet));
  psl_test_shoot (GTK_WIDGET (sheet), "method-fresh");

  /* The seven steps in the seed's words, nothing done yet. */
  g_assert_nonnull (psl_test_find_group (GTK_WIDGET (sheet), ADW_TYPE_PREFERENCES_GROUP,
                                         "Étape 1 : Analyser les besoins et enjeux de votre environnement "
                                         "(analyse externe)"));
  g_assert_nonnull (psl_test_find_group (GTK_WIDGET (sheet), ADW_TYPE_PREFERENCES_GROUP,
                                         "Étape 7 : Faire vivre le partenariat, évaluer l’(les) action(s) et "
                                         "essaimer"));
  g_assert_nonnull (psl_test_find_group (GTK_WIDGET (sheet), ADW_TYPE_PREFERENCES_GROUP, "Cap emploi 46"));
  g_assert_nonnull (psl_test_find_label (GTK_WIDGET (sheet), "Parrainage, tutorat, suivi dans l’emploi — "
                                                             "0 étape sur 7 faite"));
  g_assert_nonnull (strstr (subtitle_of (GTK_WIDGET (sheet), "4. Utilisez-vous ou réalisez-vous des études, "
                                                             "diagnostics concernant votre bassin d’emploi ?"),
                            "Pas encore de réponse"));

  /* Too long: refused with the reason, nothing written. */
  for (guint i = 0; i <= PSL_METHOD_TEXT_MAX; i++)
    g_string_append_c (longest, 'a');
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "strategy"), longest->str);
  g_assert_false (psl_sheet_accept (PSL_SHEET (sheet)));
  g_assert_nonnull (strstr (psl_sheet_get_problem (PSL_SHEET (sheet)), "Le texte est trop long (4001 caractères"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_method"), ==, 0);
  /* A day that is none. */
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "strategy"), "Parcours vers la mécanique.");
  gtk_editable_set_text (GTK_EDITABLE (psl_method_sheet_get_row (sheet, "launched_on")), "31/02/2026");
  g_assert_false (psl_sheet_accept (PSL_SHEET (sheet)));
  g_assert_nonnull (strstr (psl_sheet_get_problem (PSL_SHEET (sheet)), "JJ/MM/AAAA"));
  /* Blank texts are left unwritten, not refused. */
  gtk_editable_set_text (GTK_EDITABLE (psl_method_sheet_get_row (sheet, "launched_on")), "15/04/2026");
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "territory_needs"), "La mécanique recrute.");
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "structure_analysis"), "   ");
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "cooperation_kind"), "parcours");
  psl_field_row_set_value (psl_method_sheet_get_row (sheet, "cooperation_logic"), "reciprocite");
  g_assert_true (psl_sheet_accept (PSL_SHEET (sheet)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_method"
                                             " WHERE strategy = 'Parcours vers la mécanique.'"
                                             " AND territory_needs = 'La mécanique recrute.'"
                                             " AND structure_analysis IS NULL AND cooperation_kind = 'parcours'"
                                             " AND cooperation_logic = 'reciprocite'"
                                             " AND launched_on = '2026-04-15'"), ==, 1);

  /* The partnership's row says where the method stands. */
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_METHOD_SHEET) == NULL);
  PSL_TEST_WAIT (strstr (subtitle_of (group, "Parrainage, tutorat, suivi dans l’emploi"),
                         "démarche : 1/7 étapes faites") != NULL);

  /* Opened again: step 3 done, step 2 still waiting for its analysis. */
  g_signal_emit_by_name (psl_test_find_button (group, "_Démarche…"), "clicked");
  PSL_TEST_WAIT ((sheet = psl_test_find_toplevel (PSL_TYPE_METHOD_SHEET)) != NULL);
  psl_test_wait_frame (GTK_WIDGET (sheet));
  g_assert_nonnull (psl_test_find_label (GTK_WIDGET (sheet), "Parrainage, tutorat, suivi dans l’emploi — "
                                                             "1 étape sur 7 faite"));
  g_assert_nonnull (strstr (subtitle_of (GTK_WIDGET (sheet), "Reste à faire"),
                            "Répondre au diagnostic de l’Annexe 3"));
  psl_test_shoot (GTK_WIDGET (sheet), "method-saved");
  gtk_window_destroy (GTK_WINDOW (sheet));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add ("/network-page/partners", Fixture, NULL, fixture_setup, test_partners, psl_test_gui_teardown);
  g_test_add ("/network-page/events", Fixture, NULL, fixture_setup, test_events, psl_test_gui_teardown);
  g_test_add ("/network-page/method", Fixture, NULL, fixture_setup, test_method, psl_test_gui_teardown);
  return g_test_run ();
}
