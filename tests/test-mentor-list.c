/* test-mentor-list.c — the mentors and the local watch of the Entreprises section, driven as a person would */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-format.h"
#include "psl-list-export.h"
#include "psl-mentor.h"
#include "psl-network-page.h"
#include "psl-record-dialog.h"
#include "psl-record-list.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define INES "00000000-0000-4000-8000-00000000000a"
#define FIRM "00000000-0000-4000-8000-0000000000f1"

typedef PslTestGuiFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('" INES "', 'Inès', 'Rigal', '2025-01-01');"
    "INSERT INTO company (id, legal_name, commune) VALUES ('" FIRM "', 'Scierie Delmas', 'Figeac');");
  f->page = psl_network_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static PslRecordDialog *
open_dialog (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, param));
  return PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
}

/* As a click on the dialog's button: the answer, and the dialog goes. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static char *
export_csv (GtkWidget  *widget,
            const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "list.csv", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (psl_list_export_write (widget, "", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  return text;
}

/* A mentor added (not without a name), given someone to follow, a
 * meeting (not with an over-long note), listed and exported without the
 * notes, then deleted while following: the following ends today. */
static void
test_mentors (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *mentors = GTK_WIDGET (psl_network_page_get_mentors (f->page));
  GtkListBox *list = psl_mentor_list_get_list (PSL_MENTOR_LIST (mentors));
  g_autoptr(GError) error = NULL;
  g_autofree char *mentor = NULL, *following = NULL, *today = psl_today_iso (), *note = NULL, *csv = NULL;
  g_autofree char *ended = NULL;
  PslRecordDialog *dialog;
  GtkWidget *meetings;
  AdwMessageDialog *confirm;

  psl_network_page_show_view (f->page, "mentors");
  PSL_TEST_WAIT (psl_test_find_label (mentors, "Aucun parrain enregistré pour l’instant.") != NULL);
  dialog = open_dialog (mentors, "mentors.add", NULL);
  g_assert_nonnull (dialog);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "name")), "Jean Delmas");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "situation"), "retired");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "trade")), "Menuisier");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "notes"), "Préfère le mardi matin");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor WHERE name = 'Jean Delmas'"
                                             " AND situation = 'retired' AND trade = 'Menuisier'"), ==, 1);
  mentor = psl_test_query_text (f->store, "SELECT id FROM mentor");

  /* Inès is given to him (on her page, in the program); his page shows her. */
  following = psl_mentorship_create (f->store, mentor, INES, "2026-01-05", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (psl_mentor_list_open_mentor (PSL_MENTOR_LIST (mentors), mentor));
  g_assert_nonnull (psl_test_find_row (mentors, "Inès Rigal"));
  g_assert_nonnull (psl_test_find_label (mentors, "Jean Delmas"));

  /* Her mentoring edited from his page: not to end before it began. */
  {
    GtkWidget *followed = psl_test_find_group (mentors, PSL_TYPE_RECORD_LIST, "Filleuls");

    g_assert_nonnull (followed);
    dialog = open_dialog (followed, "record-list.edit", g_variant_new_string (following));
    g_assert_nonnull (dialog);
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "ended_on")), "04/01/2026");
    g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentorship WHERE ended_on IS NULL"), ==, 1);
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "ended_on")), "");
    gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "started_on")), "06/01/2026");
    g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentorship WHERE started_on = '2026-01-06'"
                                               " AND ended_on IS NULL"), ==, 1);
  }

  meetings = psl_test_find_group (mentors, PSL_TYPE_RECORD_LIST, "Rencontres");
  g_assert_nonnull (meetings);
  dialog = open_dialog (meetings, "record-list.add", NULL);
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "mentorship_id"), following);
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "kind"), "phone");
  note = g_strnfill (PSL_MENTOR_NOTE_MAX + 1, 'x');
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "note"), note);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor_meeting"), ==, 0);
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "note"), "CV repris, piste en menuiserie");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor_meeting WHERE kind = 'phone'"
                                             " AND note LIKE 'CV repris%'"), ==, 1);
  PSL_TEST_WAIT (psl_record_list_get_n_lines (PSL_RECORD_LIST (meetings)) == 1);

  /* Back to the list: his row, and the export without any note. */
  g_assert_true (gtk_widget_activate_action (mentors, "mentors.back", NULL));
  PSL_TEST_WAIT (gtk_list_box_get_row_at_index (list, 0) != NULL
                 && psl_test_find_row (GTK_WIDGET (list), "Jean Delmas") != NULL);
  csv = export_csv (mentors, f->dir);
  g_assert_nonnull (strstr (csv, "Jean Delmas"));
  g_assert_nonnull (strstr (csv, "À la retraite"));
  g_assert_null (strstr (csv, "CV repris"));
  g_assert_null (strstr (csv, "mardi"));

  /* Deleted while following Inès: asked first, then her mentoring ends today. */
  g_assert_true (psl_mentor_list_open_mentor (PSL_MENTOR_LIST (mentors), mentor));
  g_assert_true (gtk_widget_activate_action (mentors, "mentors.delete", NULL));
  confirm = ADW_MESSAGE_DIALOG (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  answer (confirm, "delete");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM mentor WHERE deleted_at IS NULL"), ==, 0);
  ended = psl_test_query_text (f->store, "SELECT ended_on FROM mentorship");
  g_assert_cmpstr (ended, ==, today);
  PSL_TEST_WAIT (psl_test_find_label_holding (f->window, "Parrain supprimé ; son parrainage de 1 personne prend fin "
                                                          "aujourd’hui.") != NULL);
  PSL_TEST_WAIT (psl_test_find_label (mentors, "Aucun parrain enregistré pour l’instant.") != NULL);
}

static AdwMessageDialog *
visit_form (GtkWidget  *watch,
            const char *entry)
{
  g_assert_true (gtk_widget_activate_action (watch, "watch.visit", "s", entry));
  return ADW_MESSAGE_DIALOG (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* News added (not without a firm), turned into an opportunity once (the
 * second time refused), and into a visit on a date typed. */
static void
test_watch (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *watch = GTK_WIDGET (psl_network_page_get_watch (f->page));
  GtkListBox *list = psl_watch_list_get_list (PSL_WATCH_LIST (watch));
  PslRecordDialog *dialog;
  AdwMessageDialog *form;
  GtkWidget *opportunity;
  g_autofree char *entry = NULL, *csv = NULL;

  psl_network_page_show_view (f->page, "watch");
  dialog = open_dialog (watch, "watch.add", NULL);
  g_assert_nonnull (dialog);
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "kind"), "settlement");
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "summary"), "Un entrepôt s’installe, 40 emplois");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "source")), "La Dépêche du Midi");
  /* No firm, of the network or named: refused. */
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM watch_entry"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "firm_name")), "Logistique du Quercy");
  gtk_editable_set_text (GTK_EDITABLE (psl_record_dialog_get_row (dialog, "commune")), "Cahors");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  entry = psl_test_query_text (f->store, "SELECT id FROM watch_entry WHERE kind = 'settlement'"
                                         " AND firm_name = 'Logistique du Quercy' AND company_id IS NULL");
  g_assert_nonnull (entry);
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (list), "Logistique du Quercy — Implantation") != NULL);

  /* An opportunity: the firm joins the network, the opportunity opens
   * to be completed. */
  g_assert_true (gtk_widget_activate_action (watch, "watch.opportunity", "s", entry));
  opportunity = psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG);
  g_assert_nonnull (opportunity);
  gtk_window_destroy (GTK_WINDOW (opportunity));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity o JOIN watch_entry w"
                                             " ON w.opportunity_id = o.id AND w.company_id = o.company_id"
                                             " JOIN company c ON c.id = o.company_id"
                                             " WHERE c.legal_name = 'Logistique du Quercy' AND o.origin = 'veille'"),
                   ==, 1);
  /* Twice: said, nothing made. */
  g_assert_true (gtk_widget_activate_action (watch, "watch.opportunity", "s", entry));
  g_assert_null (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 2);

  /* A visit on a date that is not one: asked again; then recorded. */
  form = visit_form (watch, entry);
  g_assert_nonnull (form);
  gtk_editable_set_text (GTK_EDITABLE (psl_test_find_widget (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW)), "31/02/2026");
  answer (form, "accept");
  PSL_TEST_WAIT ((form = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (psl_test_find_widget (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW)), "14/04/2026");
  answer (form, "accept");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction i JOIN watch_entry w"
                                             " ON w.interaction_id = i.id WHERE i.kind = 'visite'"
                                             " AND i.occurred_at = '2026-04-14'"), ==, 1);
  /* Twice: said at once, no date asked. */
  PSL_TEST_WAIT (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
  g_assert_true (gtk_widget_activate_action (watch, "watch.visit", "s", entry));
  g_assert_null (psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction"), ==, 1);

  /* The list says what the news became, and so does its export. */
  PSL_TEST_WAIT (psl_test_find_label_holding (GTK_WIDGET (list), "→ Devenue l’opportunité «\u00a0Un entrepôt "
                                                                  "s’installe, 40 emplois\u00a0» · visite le 14 avril 2026")
                 != NULL);
  csv = export_csv (watch, f->dir);
  g_assert_nonnull (strstr (csv, "Devenue l’opportunité"));
  g_assert_nonnull (strstr (csv, "visite le 14 avril 2026"));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add ("/mentor-list/mentors", Fixture, NULL, fixture_setup, test_mentors, psl_test_gui_teardown);
  g_test_add ("/mentor-list/watch", Fixture, NULL, fixture_setup, test_watch, psl_test_gui_teardown);
  return g_test_run ();
}
