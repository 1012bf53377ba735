/* test-diagnostic-windows.c — the service's positioning and action plan filled in as the team does: each
 * click and each line saved at once, an activity added and refused, a removal undone, both opened from the
 * Rapports page */

#include "config.h"

#include "psl-action-plan.h"
#include "psl-action-plan-window.h"
#include "psl-diagnostic-window.h"
#include "psl-document-window.h"
#include "psl-field-row.h"
#include "psl-grade-row.h"
#include "psl-positioning.h"
#include "psl-positioning-window.h"
#include "psl-quadrant-window.h"
#include "psl-record-dialog.h"
#include "psl-reports-page.h"
#include "psl-test.h"
#include "psl-test-gui.h"

/* The nth toggle of a grade row, as a click reaches it. */
static GtkToggleButton *
grade_button (GtkWidget *row,
              guint      n)
{
  GtkWidget *button = psl_test_find_widget (row, GTK_TYPE_TOGGLE_BUTTON);

  for (guint i = 0; i < n && button != NULL; i++)
    button = gtk_widget_get_next_sibling (button);
  g_assert_nonnull (button);
  return GTK_TOGGLE_BUTTON (button);
}

static void
test_positioning_saved_at_once (PslTestGuiFixture *f,
                                gconstpointer      data)
{
  PslPositioningWindow *window = psl_positioning_window_new (NULL, f->store);
  GtkWidget *notes = psl_positioning_window_get_notes_row (window, 13);
  g_autoptr(PslPositioning) p = NULL;
  g_autoptr(GError) error = NULL;

  psl_test_gui_take (f, window);
  /* "Proximité": our structure 5, France Travail 2, then our 5 clicked
   * again, which leaves it unrated, then 4. */
  gtk_toggle_button_set_active (grade_button (psl_positioning_window_get_grade_row (window, 13, 0), 4), TRUE);
  gtk_toggle_button_set_active (grade_button (psl_positioning_window_get_grade_row (window, 13, 2), 1), TRUE);
  p = psl_positioning_load (f->store, &error);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_STRUCTURE], ==, 5);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_FRANCE_TRAVAIL], ==, 2);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_INTERIM], ==, 0);
  g_clear_pointer (&p, psl_positioning_free);

  gtk_toggle_button_set_active (grade_button (psl_positioning_window_get_grade_row (window, 13, 0), 4), FALSE);
  p = psl_positioning_load (f->store, &error);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_STRUCTURE], ==, 0);
  g_clear_pointer (&p, psl_positioning_free);
  gtk_toggle_button_set_active (grade_button (psl_positioning_window_get_grade_row (window, 13, 0), 3), TRUE);

  /* A line of work typed, saved when the typing stops or the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (notes), "Permanences dans les trois antennes");
  psl_field_row_flush (notes);
  p = psl_positioning_load (f->store, &error);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_STRUCTURE], ==, 4);
  g_assert_cmpstr (p->notes[13], ==, "Permanences dans les trois antennes");
  g_assert_null (p->notes[12]);
}

/* Fills the rows of the open dialog and confirms it. */
static gboolean
fill_and_save (PslActionPlanWindow *window,
               const char * const  *columns_and_values)
{
  PslRecordDialog *dialog = PSL_RECORD_DIALOG (psl_action_plan_window_get_dialog (window));

  g_assert_nonnull (dialog);
  for (guint i = 0; columns_and_values[i] != NULL; i += 2)
    {
      GtkWidget *row = psl_record_dialog_get_row (dialog, columns_and_values[i]);

      g_assert_nonnull (row);
      if (ADW_IS_ENTRY_ROW (row))
        gtk_editable_set_text (GTK_EDITABLE (row), columns_and_values[i + 1]);
      else
        psl_field_row_set_value (row, columns_and_values[i + 1]);
    }
  return psl_record_dialog_save (dialog);
}

static void
test_action_plan_editor (PslTestGuiFixture *f,
                         gconstpointer      data)
{
  PslActionPlanWindow *window = psl_action_plan_window_new (NULL, f->store);
  g_autofree char *activity_id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *sub_id = NULL;
  GtkWindow *dialog;

  psl_test_gui_take (f, window);
  g_assert_cmpuint (psl_action_plan_window_get_n_items (window), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.add-activity", NULL));
  g_assert_true (fill_and_save (window, (const char *[]) { "activity", "Visites transnationales d’études",
                                                           "start_month", "05/2026", NULL }));
  gtk_window_destroy (psl_action_plan_window_get_dialog (window));
  g_assert_cmpuint (psl_action_plan_window_get_n_items (window), ==, 1);
  activity_id = psl_test_query_text (f->store, "SELECT id FROM action_plan_item WHERE parent_id IS NULL");
  start = psl_test_query_text (f->store, "SELECT start_month FROM action_plan_item");
  g_assert_cmpstr (start, ==, "2026-05");

  /* A sub-activity whose last month is before its first: refused, the
   * dialog stays open and nothing is written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.add-sub", "s", activity_id));
  dialog = psl_action_plan_window_get_dialog (window);
  g_assert_false (fill_and_save (window, (const char *[]) { "activity", "Études comparatives",
                                                            "lead", "LE FOREM", "start_month", "11/2026",
                                                            "end_month", "05/2026", NULL }));
  g_assert_cmpstr (psl_field_row_get_problem (psl_record_dialog_get_row (PSL_RECORD_DIALOG (dialog), "end_month")),
                   ==, "Le dernier mois vient avant le premier.");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM action_plan_item"), ==, 1);
  /* Corrected, it is saved under its activity. */
  g_assert_true (fill_and_save (window, (const char *[]) { "start_month", "05/2026", "end_month", "11/2026", NULL }));
  gtk_window_destroy (dialog);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM action_plan_item WHERE parent_id IS NOT NULL"
                                             " AND lead = 'LE FOREM' AND end_month = '2026-11'"), ==, 1);
  g_assert_cmpuint (psl_action_plan_window_get_n_items (window), ==, 2);

  /* The activity removed with its sub-activity, then brought back. */
  sub_id = psl_test_query_text (f->store, "SELECT id FROM action_plan_item WHERE parent_id IS NOT NULL");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.remove", "s", activity_id));
  g_assert_cmpuint (psl_action_plan_window_get_n_items (window), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.undo", "s", activity_id));
  g_assert_cmpuint (psl_action_plan_window_get_n_items (window), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM action_plan_item WHERE deleted_at IS NULL"), ==, 2);
}

static void
test_opened_from_reports (PslTestGuiFixture *f,
                          gconstpointer      data)
{
  PslReportsPage *page = psl_reports_page_new (f->store);
  PslPositioningWindow *positioning;
  PslActionPlanWindow *plan;

  psl_test_gui_show (f, page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.fill", "s", "positioning"));
  positioning = psl_test_find_toplevel (PSL_TYPE_POSITIONING_WINDOW);
  g_assert_nonnull (positioning);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (positioning)), ==, "Positionnement du service");
  gtk_window_destroy (GTK_WINDOW (positioning));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.fill", "s", "action-plan"));
  plan = psl_test_find_toplevel (PSL_TYPE_ACTION_PLAN_WINDOW);
  g_assert_nonnull (plan);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (plan)), ==, "Plan d’action");
  gtk_window_destroy (GTK_WINDOW (plan));
}

/* The n-th of the windows that show a chart or a grid and print it. */
static GtkWidget *
chart_window (PslStore *store,
              guint     n)
{
  switch (n)
    {
    case 0:
      return GTK_WIDGET (psl_positioning_window_new (NULL, store));
    case 1:
      return GTK_WIDGET (psl_action_plan_window_new (NULL, store));
    case 2:
      return GTK_WIDGET (psl_diagnostic_window_new (NULL, store));
    default:
      return GTK_WIDGET (psl_quadrant_window_new (NULL, store, 2026, NULL));
    }
}

/* Whichever of them: Ctrl+P prints, Ctrl+W and Escape close. */
static void
test_keys (PslTestGuiFixture *f,
           gconstpointer      data)
{
  for (guint n = 0; n < 4; n++)
    {
      GtkWidget *window = chart_window (f->store, n);
      GType type = G_OBJECT_TYPE (window);
      PslDocumentWindow *document;

      psl_test_gui_take (f, window);
      g_assert_true (psl_test_press (window, "<Control>p"));
      PSL_TEST_WAIT ((document = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW)) != NULL);
      gtk_window_destroy (GTK_WINDOW (document));
      g_assert_true (psl_test_press (window, "<Control>w"));
      g_assert_null (psl_test_find_toplevel (type));

      window = chart_window (f->store, n);
      psl_test_gui_take (f, window);
      g_assert_true (psl_test_press (window, "Escape"));
      g_assert_null (psl_test_find_toplevel (type));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = psl_test_gui_init (&argc, &argv);

  g_test_add ("/diagnostic/positioning-saved-at-once", PslTestGuiFixture, NULL,
              psl_test_gui_setup, test_positioning_saved_at_once, psl_test_gui_teardown);
  g_test_add ("/diagnostic/action-plan-editor", PslTestGuiFixture, NULL,
              psl_test_gui_setup, test_action_plan_editor, psl_test_gui_teardown);
  g_test_add ("/diagnostic/opened-from-reports", PslTestGuiFixture, NULL,
              psl_test_gui_setup, test_opened_from_reports, psl_test_gui_teardown);
  g_test_add ("/diagnostic/keys", PslTestGuiFixture, NULL,
              psl_test_gui_setup, test_keys, psl_test_gui_teardown);
  return g_test_run ();
}
