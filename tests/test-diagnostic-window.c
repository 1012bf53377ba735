/* test-diagnostic-window.c — the Annexe 3 grid answered in its window: one member at a time, each answer saved as given */

#include "config.h"

#include "psl-diagnostic.h"
#include "psl-diagnostic-window.h"
#include "psl-document-window.h"
#include "psl-field-row.h"
#include "psl-reports-page.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define TEAM \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey')," \
  " ('c', 'Chloé', 'Martin');"

static GtkWidget *
answer_widget (PslDiagnosticWindow *window,
               const char          *question,
               const char          *part)
{
  GtkWidget *widget = psl_diagnostic_window_get_widget (window, question, part);

  g_assert_nonnull (widget);
  return widget;
}

static GtkTextBuffer *
text_buffer (GtkWidget *row)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (psl_test_find_widget (row, GTK_TYPE_TEXT_VIEW)));
}

/* The combo's position of the option: nothing said comes first. */
static guint
position_of (GtkWidget  *combo,
             const char *value)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), value) == 0)
        return i;
    }
  g_error ("no “%s” in the choices", value);
}

static void
test_answer_as_they_go (PslTestGuiFixture *f,
                        gconstpointer      data)
{
  PslDiagnosticWindow *window = psl_diagnostic_window_new (NULL, f->store);
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, NULL);
  g_autoptr(GHashTable) answers = NULL;
  GtkWidget *q3, *criteria, *history, *young;

  psl_test_gui_take (f, window);
  psl_test_wait_frame (GTK_WIDGET (window));
  /* The team is in the order of their names: Chloé Martin first. */
  g_assert_cmpstr (psl_diagnostic_window_get_staff (window), ==, "c");
  psl_diagnostic_window_set_staff (window, "a");
  g_assert_cmpuint (psl_diagnostic_window_get_answered (window), ==, 0);

  q3 = answer_widget (window, "q3", NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (q3), position_of (q3, "Oui"));
  criteria = answer_widget (window, "q3", "criteria");
  gtk_text_buffer_set_text (text_buffer (criteria), "Les secteurs qui recrutent", -1);
  psl_field_row_flush (criteria);
  history = answer_widget (window, "q9", "history");
  adw_combo_row_set_selected (ADW_COMBO_ROW (history), position_of (history, "Souvent"));
  young = answer_widget (window, "q34", "young");
  gtk_switch_set_active (GTK_SWITCH (psl_test_find_widget (young, GTK_TYPE_SWITCH)), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (answer_widget (window, "q1", "mentoring/employment")), TRUE);
  /* The opportunity-management table is written in, cell by cell. */
  gtk_editable_set_text (GTK_EDITABLE (answer_widget (window, "q8", "receives/employment")), "La chargée de relations");
  psl_field_row_flush (answer_widget (window, "q8", "receives/employment"));
  g_assert_cmpuint (psl_diagnostic_window_get_answered (window), ==, 5);

  answers = psl_diagnostic_load_answers (f->store, grid, "a", NULL);
  g_assert_cmpstr (json_object_get_string_member (g_hash_table_lookup (answers, "q3"), "choice"), ==, "yes");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (g_hash_table_lookup (answers, "q3"),
                                                                                 "texts"), "criteria"),
                   ==, "Les secteurs qui recrutent");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (g_hash_table_lookup (answers, "q9"),
                                                                                 "rows"), "history"), ==, "often");
  g_assert_true (json_object_has_member (json_object_get_object_member (g_hash_table_lookup (answers, "q1"), "cells"),
                                         "mentoring/employment"));
  g_assert_true (json_object_has_member (json_object_get_object_member (g_hash_table_lookup (answers, "q34"), "checks"),
                                         "young"));
  g_clear_pointer (&answers, g_hash_table_unref);

  /* Another member starts blank; back to the first, her answers show. */
  psl_diagnostic_window_set_staff (window, "b");
  g_assert_cmpuint (psl_diagnostic_window_get_answered (window), ==, 0);
  g_assert_null (psl_field_row_get_value (answer_widget (window, "q3", NULL)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (answer_widget (window, "q3", NULL)),
                              position_of (answer_widget (window, "q3", NULL), "Non"));
  psl_diagnostic_window_set_staff (window, "a");
  g_assert_cmpuint (psl_diagnostic_window_get_answered (window), ==, 5);
  {
    g_autofree char *choice = psl_field_row_get_value (answer_widget (window, "q3", NULL));

    g_assert_cmpstr (choice, ==, "yes");
  }
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (answer_widget (window, "q1", "mentoring/employment"))));
  /* Typed, then the window closed before the pause: still saved. */
  gtk_text_buffer_set_text (text_buffer (answer_widget (window, "q59", "text")), "Oui, un label", -1);
  gtk_window_close (GTK_WINDOW (window));
  answers = psl_diagnostic_load_answers (f->store, grid, "a", NULL);
  g_assert_nonnull (g_hash_table_lookup (answers, "q59"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_answer WHERE staff_id = 'b'"), ==, 1);
}

static void
test_opened_from_reports (PslTestGuiFixture *f,
                          gconstpointer      data)
{
  PslReportsPage *page = psl_reports_page_new (f->store);
  PslDiagnosticWindow *diagnostic;

  psl_test_gui_show (f, page);
  gtk_widget_activate_action (GTK_WIDGET (page), "reports.fill", "s", "diagnostic");
  PSL_TEST_WAIT ((diagnostic = psl_test_find_toplevel (PSL_TYPE_DIAGNOSTIC_WINDOW)) != NULL);
  g_assert_nonnull (psl_diagnostic_window_get_widget (diagnostic, "q44", NULL));
  g_assert_nonnull (psl_diagnostic_window_get_widget (diagnostic, "q32", "integration"));
  /* The comparison is made on the worker and shown when ready. */
  {
    PslDocumentWindow *document = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (diagnostic), "diagnostic.print", NULL));
    PSL_TEST_WAIT ((document = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW)) != NULL);
    g_assert_cmpuint (psl_document_window_get_n_pages (document), >, 10);
    gtk_window_destroy (GTK_WINDOW (document));
  }
  gtk_window_destroy (GTK_WINDOW (diagnostic));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = psl_test_gui_init (&argc, &argv);

  g_test_add ("/diagnostic-window/answer-as-they-go", PslTestGuiFixture, TEAM, psl_test_gui_setup,
              test_answer_as_they_go, psl_test_gui_teardown);
  g_test_add ("/diagnostic-window/opened-from-reports", PslTestGuiFixture, TEAM, psl_test_gui_setup,
              test_opened_from_reports, psl_test_gui_teardown);
  return g_test_run ();
}
