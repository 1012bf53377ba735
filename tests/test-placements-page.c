/* test-placements-page.c — Mises en relation in the window: counts by stage, a stage shown, the ones to chase,
 * a placement moved on from its form (and a refusal without reason refused), the person opened */

#include "config.h"

#include <glib/gi18n.h>

#include "psl-placements-page.h"
#include "psl-record-dialog.h"
#include "psl-field-row.h"
#include "psl-sheet.h"
#include "psl-test.h"
#include "psl-test-gui.h"

/* Dates from the day the test runs: a proposal unanswered for forty
 * days, one of last week, a meeting, a contract, and a refusal; one
 * person in the north, one in the south. */
#define FIXTURE \
  "INSERT INTO site (id, name) VALUES ('nord', 'Antenne Nord'), ('sud', 'Antenne Sud');" \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey');" \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal'), ('moulin', 'Garage du Moulin');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id, antenna_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-03-01', 'a', 'nord'), ('hugo', 'Hugo', 'Rey', '2025-03-01', 'b', 'sud');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  " refusal_reason, updated_at) VALUES" \
  " ('old', 'lea', 'vidal', 'proposed', NULL, NULL, date('now', '-40 days'), NULL, NULL," \
  "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-40 days'))," \
  " ('new', 'hugo', 'moulin', 'proposed', NULL, NULL, date('now', '-5 days'), NULL, NULL," \
  "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 days'))," \
  " ('meet', 'hugo', 'vidal', 'meeting', NULL, NULL, date('now', '-30 days'), NULL, NULL," \
  "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-10 days'))," \
  " ('job', 'lea', 'moulin', 'contract', 'contract', 'cdi', '2026-01-05', '2026-02-01', NULL," \
  "  '2026-02-01T09:00:00.000Z')," \
  " ('no', 'lea', 'moulin', 'refused', NULL, NULL, '2025-12-01', NULL, 'entreprise_refuse'," \
  "  '2025-12-10T09:00:00.000Z');"

typedef PslTestGuiFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, FIXTURE);
  f->page = psl_placements_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
}

static void
wait_loaded (Fixture *f)
{
  /* A reading may be queued rather than started: the queue first. */
  psl_test_drain ();
  PSL_TEST_WAIT (!psl_placements_page_is_loading (f->page));
}

static void
test_funnel (Fixture       *f,
             gconstpointer  data)
{
  wait_loaded (f);

  /* Under way at first: two proposals, a meeting, a contract, on screen. */
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 4);
  g_assert_true (gtk_widget_get_mapped (psl_test_find_widget (f->window, GTK_TYPE_COLUMN_VIEW)));
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_PROPOSED), ==, 2);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_PRESENTED), ==, 0);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_MEETING), ==, 1);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_CONTRACT), ==, 1);
  /* The refusal is closed: not read until a choice shows it. */
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_REFUSED), ==, 0);
  /* Only the proposal of forty days: the meeting moved ten days ago. */
  g_assert_cmpuint (psl_placements_page_get_n_waiting (f->page), ==, 1);

  psl_placements_page_show_stage (f->page, PSL_STAGE_PROPOSED);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 2);
  g_assert_false (psl_placements_page_is_loading (f->page));
  psl_placements_page_show_stage (f->page, PSL_STAGE_REFUSED);
  g_assert_true (psl_placements_page_is_loading (f->page));
  wait_loaded (f);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 1);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_REFUSED), ==, 1);
  g_assert_true (gtk_widget_get_mapped (psl_test_find_widget (f->window, GTK_TYPE_COLUMN_VIEW)));
  psl_placements_page_show_waiting (f->page);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 1);
  /* The counts stay those of every stage. */
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_CONTRACT), ==, 1);

  /* Shown again with nothing written meanwhile: not read again. */
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  g_assert_false (psl_placements_page_is_loading (f->page));

  /* A contract started from a person's page meanwhile: read again. */
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  psl_test_exec (f->store, "UPDATE placement SET stage = 'contract', kind = 'contract', contract_type = 'cdd',"
                           " start_date = date('now') WHERE id = 'meet';");
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  g_assert_true (psl_placements_page_is_loading (f->page));
  wait_loaded (f);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_MEETING), ==, 0);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_CONTRACT), ==, 2);
  /* Once shown, the closed ones are read again with the others. */
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_REFUSED), ==, 1);
}

static void
test_move_on (Fixture       *f,
              gconstpointer  data)
{
  PslRecordDialog *dialog;
  GtkWidget *person_button;

  wait_loaded (f);

  /* The proposal of forty days, the only one to chase. */
  psl_placements_page_show_waiting (f->page);
  dialog = PSL_RECORD_DIALOG (psl_placements_page_edit_row (f->page, 0));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Puech Léa chez Boulangerie Vidal");

  /* Withdrawn without a reason: refused, the window stays, nothing saved. */
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "stage"), "withdrawn");
  g_assert_false (psl_record_dialog_save (dialog));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'old'"
                                             " AND stage = 'proposed'"), ==, 1);

  /* Presented to the firm: saved, the list read again. */
  psl_field_row_set_value (psl_record_dialog_get_row (dialog, "stage"), "presented");
  g_assert_true (psl_record_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_loaded (f);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE id = 'old'"
                                             " AND stage = 'presented'"), ==, 1);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_PROPOSED), ==, 1);
  g_assert_cmpuint (psl_placements_page_get_stage_count (f->page, PSL_STAGE_PRESENTED), ==, 1);
  /* It moved today: nobody left to chase. */
  g_assert_cmpuint (psl_placements_page_get_n_waiting (f->page), ==, 0);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 0);

  /* The person of the row selected. */
  psl_placements_page_show_stage (f->page, PSL_STAGE_PRESENTED);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 1);
  person_button = psl_test_find_button (GTK_WIDGET (f->page), _("Open the _Person"));
  g_assert_nonnull (person_button);
  g_assert_true (gtk_widget_get_sensitive (person_button));
  g_signal_emit_by_name (person_button, "clicked");
  g_assert_cmpstr (psl_test_opened (f->window), ==, "person:lea");
}

static gboolean
is_label_starting (GtkWidget     *w,
                   gconstpointer  start)
{
  return GTK_IS_LABEL (w) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (w)), start);
}

/* A reading that fails (here a table gone) ends the loading, says why in
 * a toast, and leaves the rows read before on screen. */
static void
test_read_fails (Fixture       *f,
                 gconstpointer  data)
{
  wait_loaded (f);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 4);
  g_assert_null (psl_test_find_where (f->window, is_label_starting, "Erreur de la base"));

  psl_test_exec (f->store, "ALTER TABLE placement RENAME TO placement_gone;");
  psl_placements_page_reload (f->page);
  wait_loaded (f);
  PSL_TEST_WAIT (psl_test_find_where (f->window, is_label_starting, "Erreur de la base") != NULL);
  g_assert_cmpuint (psl_placements_page_get_n_shown (f->page), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add ("/placements-page/funnel", Fixture, NULL, fixture_setup, test_funnel, psl_test_gui_teardown);
  g_test_add ("/placements-page/move-on", Fixture, NULL, fixture_setup, test_move_on, psl_test_gui_teardown);
  g_test_add ("/placements-page/read-fails", Fixture, NULL, fixture_setup, test_read_fails, psl_test_gui_teardown);

  return g_test_run ();
}
