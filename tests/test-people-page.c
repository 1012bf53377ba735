/* test-people-page.c — Personnes driven as a person would: a new person, a duplicate refused, a barrier,
 * the opportunities that fit, a proposal followed to a contract */

#include "config.h"

#include "psl-match-group.h"
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
  " ('o2', 'vidal', 4, 'Livreur', 'N4105', '2026-10-01', 'cancelled');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, entered_on) VALUES" \
  " ('known', 'Inès', 'Bouzid', '1998-04-02', '2025-03-01');"

typedef struct
{
  char          *dir;
  PslStore      *store;
  GtkWidget     *window;
  PslPeoplePage *page;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = psl_test_tmpdir ("psl-people-page");
  f->store = psl_test_open (f->dir, "t.db");
  psl_test_exec (f->store, NETWORK);
  f->page = psl_people_page_new ();
  psl_people_page_set_store (f->page, f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_test_close (f->window);
  g_clear_object (&f->store);
  psl_test_rm_rf (f->dir);
  g_free (f->dir);
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
  for (guint i = 0; i < 200 && !done (data); i++)
    psl_test_spin_ms (20);
  g_assert_true (done (data));
}

static PslRecordDialog *
new_person_dialog (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "people.new-person", NULL));
  return PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
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

  /* A barrier, from its tab. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "barriers");
  barriers = psl_test_find_widget (GTK_WIDGET (person), PSL_TYPE_RECORD_LIST);
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.add", NULL));
  dialog = PSL_RECORD_DIALOG (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "code"), "garde_enfants");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE code = 'garde_enfants'"
                                             " AND status = 'identified'"), ==, 1);

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

  /* Followed to a contract: the contract needs its type and start. */
  placement = psl_test_query_text (f->store, "SELECT id FROM placement");
  psl_test_spin_ms (50);
  barriers = NULL;
  {
    GtkWidget *placements = psl_test_find_row (GTK_WIDGET (person), "Boulangerie Vidal — Vendeuse en boulangerie");

    g_assert_nonnull (placements);
    barriers = gtk_widget_get_ancestor (placements, PSL_TYPE_RECORD_LIST);
  }
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
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/people-page/path", Fixture, NULL, fixture_setup, test_path, fixture_teardown);
  return g_test_run ();
}
