/* test-share-view.c — the partner network's frames, listed and printed to be signed, as a person would */

#include "config.h"

#include <glib/gi18n.h>

#include "privacy/psl-privacy-key.h"
#include "psl-document-window.h"
#include "psl-frame-dialog.h"
#include "psl-share-view.h"
#include "share/psl-share.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define PARTNER "a0000000-0000-4000-8000-0000000000aa"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslStore     *other;
  PslShareView *view;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *other_recovery = NULL;

  psl_test_fixture_open (&f->base, "figeac.db", NULL);
  f->other = psl_test_open (f->dir, "cajarc.db");
  recovery = psl_privacy_set_up (f->store, NULL, TRUE, &error);
  g_assert_no_error (error);
  other_recovery = psl_privacy_set_up (f->other, NULL, TRUE, &error);
  g_assert_no_error (error);
  psl_test_exec (f->store, "INSERT INTO partner (id, name, kind) VALUES ('" PARTNER "', 'Chantier de Cajarc', 'siae');");
  f->view = g_object_ref_sink (g_object_new (PSL_TYPE_SHARE_VIEW, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  /* The view, and the other structure's file, go before the folder. */
  g_clear_pointer (&f->window, psl_test_close);
  g_clear_object (&f->view);
  g_clear_object (&f->other);
  psl_test_gui_teardown (&f->gui, data);
}

/* No frame: the view says there is none and how to agree one.  A frame
 * recorded: listed with its period and what it lets go; its print button
 * opens the paper to sign. */
static void
test_frames (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = psl_share_public_key (f->other, &error);
  PslShareFrame frame = {
    .partner_id = (char *) PARTNER, .partner_key = key, .firms = TRUE, .contacts = FALSE, .opportunities = TRUE,
    .profiles = TRUE, .starts_on = (char *) "2027-01-01", .ends_on = (char *) "2027-12-31",
    .signed_by = (char *) "Anne Delpech",
  };
  g_autofree char *id = NULL;
  GtkWidget *row;
  GtkWidget *print;
  PslDocumentWindow *paper;

  psl_share_view_set_store (f->view, f->store);
  f->window = psl_test_present (GTK_WIDGET (f->view));
  psl_test_wait_worker (f->store);
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (f->view), "Aucun cadre enregistré") != NULL);

  g_assert_no_error (error);
  id = psl_share_frame_record (f->store, &frame, &error);
  g_assert_no_error (error);
  psl_share_view_set_store (f->view, f->store);
  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (f->view), "Chantier de Cajarc")) != NULL);
  g_assert_null (psl_test_find_row (GTK_WIDGET (f->view), "Aucun cadre enregistré"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "du 01/01/2027 au 31/12/2027 · entreprises, opportunités ouvertes, profils anonymes");

  print = psl_test_find_widget (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (print);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (print), ==, "Imprimer le cadre à signer");
  g_signal_emit_by_name (print, "clicked");
  PSL_TEST_WAIT ((paper = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW)) != NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (paper)), ==, "Cadre de confidentialité");
  g_assert_cmpuint (psl_document_window_get_n_pages (paper), ==, 1);
  psl_test_close (GTK_WIDGET (paper));
}

/* A frame recorded in the window as agreed: refused without the partner's
 * key or with a last day before the first, said at the top and nothing
 * saved; recorded once right, and listed. */
static void
test_record (Fixture       *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = psl_share_public_key (f->other, &error);
  g_autofree char *own = psl_share_public_key (f->store, &error);
  PslFrameDialog *dialog;

  g_assert_no_error (error);
  psl_share_view_set_store (f->view, f->store);
  f->window = psl_test_present (GTK_WIDGET (f->view));
  psl_test_wait_worker (f->store);
  g_signal_emit_by_name (psl_test_find_button (GTK_WIDGET (f->view), "Enregistrer un _cadre…"), "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (PSL_TYPE_FRAME_DIALOG)) != NULL);
  /* Our own key is shown, to be given in return. */
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (dialog), own));

  /* No key: refused. */
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "from")), "01/01/2027");
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "to")), "31/12/2027");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_nonnull (psl_sheet_get_problem (PSL_SHEET (dialog)));
  /* Our own key instead of the partner's: refused with the reason. */
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "key")), own);
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpstr (psl_sheet_get_problem (PSL_SHEET (dialog)), ==, "Cette clé est celle de cette structure : donnez celle du partenaire.");
  /* The last day before the first. */
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "key")), key);
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "to")), "31/12/2026");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  /* Not a day. */
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "to")), "fin 2027");
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpstr (psl_sheet_get_problem (PSL_SHEET (dialog)), ==,
                   "Donnez le dernier jour du cadre sous forme de date, par exemple 01/01/2027.");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM share_frame;"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "to")), "31/12/2027");
  gtk_switch_set_active (GTK_SWITCH (psl_frame_dialog_get_row (dialog, "contacts")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (psl_frame_dialog_get_row (dialog, "signed-by")), "  Anne Delpech ");
  g_assert_true (psl_sheet_accept (PSL_SHEET (dialog)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM share_frame WHERE partner_id = '" PARTNER "'"
                                             " AND starts_on = '2027-01-01' AND ends_on = '2027-12-31'"
                                             " AND firms = 1 AND contacts = 1 AND opportunities = 1 AND profiles = 0"
                                             " AND signed_by = 'Anne Delpech' AND partner_signed_by IS NULL;"), ==, 1);
  PSL_TEST_WAIT (psl_test_find_row (GTK_WIDGET (f->view), "Chantier de Cajarc") != NULL);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add ("/share-view/frames", Fixture, NULL, fixture_setup, test_frames, fixture_teardown);
  g_test_add ("/share-view/record", Fixture, NULL, fixture_setup, test_record, fixture_teardown);
  return g_test_run ();
}
