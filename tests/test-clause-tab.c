/* test-clause-tab.c — a firm's Clauses sociales tab: contracts recorded, hours added, refused with the reason, printed
 *
 * The fixture: the Garage du Causse won « Entretien des espaces verts »
 * of the Grand Figeac, 400 insertion hours over 2025; Léa Puech, under
 * contract at the garage, did 120 h in March 2025.  The contract has
 * ended short: late, 280 h missing.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-clause-dialog.h"
#include "psl-company-clauses.h"
#include "psl-company-page.h"
#include "psl-document-window.h"
#include "psl-sheet.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define FIRM \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');" \
  "INSERT INTO company (id, legal_name, postcode, commune, referent_id)" \
  " VALUES ('c', 'Garage du Causse', '46100', 'Figeac', 'a');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2024-09-02', 'a'), ('tom', 'Tom', 'Delmas', '2024-10-07', 'a');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date, end_date) VALUES" \
  " ('lea-cdd', 'lea', 'c', 'ended', 'contract', '2025-02-01', '2025-03-03', '2025-08-29')," \
  " ('tom-cdd', 'tom', 'c', 'ended', 'contract', '2025-02-01', '2025-06-02', '2025-12-19');" \
  "INSERT INTO clause_contract (id, company_id, title, buyer, starts_on, ends_on, hours_owed) VALUES" \
  " ('k', 'c', 'Entretien des espaces verts', 'Communauté de communes du Grand Figeac', '2025-01-01', '2025-12-31', 400);" \
  "INSERT INTO clause_hours (id, contract_id, person_id, placement_id, from_on, to_on, hours) VALUES" \
  " ('h1', 'k', 'lea', 'lea-cdd', '2025-03-03', '2025-03-31', 120);"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslCompanyClauses *tab;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  psl_test_gui_setup (&f->gui, FIRM);
  f->page = psl_company_page_new (f->store);
  g_assert_true (psl_company_page_show_company (f->page, "c", &error));
  g_assert_no_error (error);
  f->window = psl_test_present (GTK_WIDGET (f->page));
  gtk_stack_set_visible_child_name (psl_company_page_get_tab_stack (f->page), "clauses");
  f->tab = PSL_COMPANY_CLAUSES (psl_test_find_widget (GTK_WIDGET (f->page), PSL_TYPE_COMPANY_CLAUSES));
  g_assert_nonnull (f->tab);
  PSL_TEST_WAIT (psl_company_clauses_get_n_contracts (f->tab) == 1);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_test_gui_teardown (&f->gui, data);
}

static PslClauseDialog *
open_dialog (Fixture    *f,
             const char *button)
{
  GtkWidget *found = psl_test_find_button (GTK_WIDGET (f->tab), button);

  g_assert_nonnull (found);
  g_signal_emit_by_name (found, "clicked");
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG) != NULL);
  return PSL_CLAUSE_DIALOG (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG));
}

static void
type (PslClauseDialog *dialog,
      const char      *row,
      const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (psl_clause_dialog_get_row (dialog, row)), text);
}

/* Accepting is refused with words the sheet shows, and the window stays. */
static void
assert_refused (PslClauseDialog *dialog,
                const char      *words)
{
  const char *problem;

  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  problem = psl_sheet_get_problem (PSL_SHEET (dialog));
  if (problem == NULL || strstr (problem, words) == NULL)
    g_error ("“%s” does not say “%s”", problem, words);
  g_assert_nonnull (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG));
}

static void
test_balance_shown (Fixture       *f,
                    gconstpointer  data)
{
  const PslClauseBalance *b = psl_company_clauses_get_balance (f->tab, 0);
  GtkWidget *balance = psl_test_find_row (GTK_WIDGET (f->tab), "120 h faites sur 400 h dues");

  g_assert_cmpstr (b->contract.title, ==, "Entretien des espaces verts");
  g_assert_cmpint (b->state, ==, PSL_CLAUSE_LATE);
  g_assert_nonnull (balance);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (balance)), ==,
                   "Le marché est terminé avec 120 h faites sur les 400 h dues : il manque 280 h.");
  g_assert_nonnull (psl_test_find_label (balance, "En retard"));
  /* The team's view names the person in full. */
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->tab), "Léa Puech"));
  psl_test_shoot (f->window, "clauses-tab");
}

static const struct { const char *row, *text, *says; } bad_hours[] = {
  { "hours", "-12", "plus de zéro" },
  { "hours", "douze", "en chiffres" },
  /* 30 days hold 300 h at most. */
  { "hours", "301", "dix heures par jour" },
  { "hours", "1e9", "dix heures par jour" },
  { "to", "15/01/2026", "pendant le marché" },
  { "to", "31/05/2025", "précède le premier" },
  { "to", "31/06/2025", "par exemple" },
};

static void
test_add_hours (Fixture       *f,
                gconstpointer  data)
{
  PslClauseDialog *dialog = open_dialog (f, _("_Add Hours…"));
  AdwComboRow *person = ADW_COMBO_ROW (psl_clause_dialog_get_row (dialog, "person"));

  /* Both placed at the garage are offered, by name: Tom Delmas first. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (person)), ==, 2);
  adw_combo_row_set_selected (person, 0);
  type (dialog, "from", "01/06/2025");
  type (dialog, "to", "30/06/2025");
  /* Each typed in turn over what was typed before. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_hours); i++)
    {
      if (g_str_equal (bad_hours[i].row, "to"))
        type (dialog, "hours", "40");
      type (dialog, bad_hours[i].row, bad_hours[i].text);
      assert_refused (dialog, bad_hours[i].says);
    }
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_hours;"), ==, 1);

  type (dialog, "to", "30/06/2025");
  type (dialog, "hours", "52,5");
  psl_test_shoot (GTK_WIDGET (dialog), "clauses-hours-dialog");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG) == NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_hours WHERE person_id = 'tom'"
                                             " AND placement_id = 'tom-cdd' AND hours = 52.5;"), ==, 1);
  /* The tab shows the new balance: 120 + 52.5. */
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (f->tab), "172,5 h faites sur 400 h dues") != NULL);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (f->tab), "Tom Delmas"));

  /* A line deleted from the tab no longer counts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->tab), "clauses.delete-hours", "s", "h1"));
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (f->tab), "52,5 h faites sur 400 h dues") != NULL);
  g_assert_null (psl_test_find_row (GTK_WIDGET (f->tab), "Léa Puech"));
}

static void
test_record_contract (Fixture       *f,
                      gconstpointer  data)
{
  PslClauseDialog *dialog = open_dialog (f, _("_Record a Contract…"));
  g_autofree char *long_title = g_strnfill (201, 'a');

  type (dialog, "title", "Nettoyage de la médiathèque");
  type (dialog, "buyer", "Ville de Figeac");
  type (dialog, "from", "01/09/2025");
  type (dialog, "to", "31/08/2025");
  type (dialog, "hours", "300");
  assert_refused (dialog, "finit avant de commencer");
  type (dialog, "to", "31/08/2026");
  type (dialog, "hours", "2 000 000");
  assert_refused (dialog, "au plus");
  type (dialog, "hours", "0");
  assert_refused (dialog, "plus de zéro");
  type (dialog, "hours", "1 500");
  type (dialog, "title", long_title);
  assert_refused (dialog, "dépasse 200 caractères");
  type (dialog, "title", "Nettoyage de la médiathèque");
  type (dialog, "buyer", " ");
  assert_refused (dialog, "acheteur public");
  type (dialog, "buyer", "Ville de Figeac");
  type (dialog, "from", "");
  assert_refused (dialog, "par exemple 01/03/2027");
  type (dialog, "from", "01/09/2025");
  psl_test_shoot (GTK_WIDGET (dialog), "clauses-contract-dialog");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (psl_company_clauses_get_n_contracts (f->tab) == 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM clause_contract WHERE buyer = 'Ville de Figeac'"
                                             " AND hours_owed = 1500 AND starts_on = '2025-09-01'"
                                             " AND ends_on = '2026-08-31' AND company_id = 'c';"), ==, 1);
  /* The latest first. */
  g_assert_cmpstr (psl_company_clauses_get_balance (f->tab, 0)->contract.title, ==, "Nettoyage de la médiathèque");

  /* Changed: its start may not leave Léa's March hours outside. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->tab), "clauses.edit", "s", "k"));
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG) != NULL);
  dialog = PSL_CLAUSE_DIALOG (psl_test_find_toplevel (PSL_TYPE_CLAUSE_DIALOG));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (psl_clause_dialog_get_row (dialog, "hours"))), ==, "400");
  type (dialog, "from", "01/04/2025");
  assert_refused (dialog, "hors de ces dates");
  type (dialog, "from", "01/01/2025");
  type (dialog, "hours", "350");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (f->tab), "120 h faites sur 350 h dues") != NULL);
}

static void
test_print_statement (Fixture       *f,
                      gconstpointer  data)
{
  PslDocumentWindow *window;

  g_signal_emit_by_name (psl_test_find_button (GTK_WIDGET (f->tab), _("_Print the Statement…")), "clicked");
  PSL_TEST_WAIT (psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW) != NULL);
  window = PSL_DOCUMENT_WINDOW (psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW));
  g_assert_cmpuint (psl_document_window_get_n_pages (window), ==, 1);
  psl_test_shoot (GTK_WIDGET (window), "clauses-statement");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_firm_deleted (Fixture       *f,
                   gconstpointer  data)
{
  PslClauseDialog *dialog;

  /* Deleted from another window: the hours are refused, and why. */
  psl_test_exec (f->store, "UPDATE company SET deleted_at = '2026-01-05T10:00:00.000Z' WHERE id = 'c';");
  dialog = open_dialog (f, _("_Add Hours…"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (psl_clause_dialog_get_row (dialog, "person")), 1);
  type (dialog, "from", "01/07/2025");
  type (dialog, "to", "31/07/2025");
  type (dialog, "hours", "40");
  assert_refused (dialog, "a été supprimée");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add ("/clause-tab/balance", Fixture, NULL, fixture_setup, test_balance_shown, fixture_teardown);
  g_test_add ("/clause-tab/add-hours", Fixture, NULL, fixture_setup, test_add_hours, fixture_teardown);
  g_test_add ("/clause-tab/record-contract", Fixture, NULL, fixture_setup, test_record_contract, fixture_teardown);
  g_test_add ("/clause-tab/print", Fixture, NULL, fixture_setup, test_print_statement, fixture_teardown);
  g_test_add ("/clause-tab/firm-deleted", Fixture, NULL, fixture_setup, test_firm_deleted, fixture_teardown);
  return g_test_run ();
}
