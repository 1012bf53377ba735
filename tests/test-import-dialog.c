/* test-import-dialog.c — the import window: a workbook's sheet chosen, the
 * values of a list column matched and changed, the rows to check, the
 * report at the end, the choices remembered; then the firm's marks */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "psl-company-journal.h"
#include "psl-company-page.h"
#include "psl-contact.h"
#include "psl-import-dialog.h"
#include "psl-person-page.h"
#include "psl-review-group.h"
#include "psl-test.h"
#include "psl-test-gui.h"

/* The import window open at the moment, what its last import and its
 * last undoing said. */
typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  PslImportDialog *dialog;
  char            *summary;
  char            *undone;
} Fixture;

/* What the window said at the end of an import or of its undoing, kept
 * in *said. */
static void
on_said (PslImportDialog *dialog,
         const char      *summary,
         char           **said)
{
  g_free (*said);
  *said = g_strdup (summary);
}

/* The import window, opened over the fixture's window when the test
 * shows one, as the program opens it over its own. */
static PslImportDialog *
open_dialog (Fixture *f)
{
  f->dialog = psl_import_dialog_new (f->window, f->store);
  g_signal_connect (f->dialog, "imported", G_CALLBACK (on_said), &f->summary);
  g_signal_connect (f->dialog, "undone", G_CALLBACK (on_said), &f->undone);
  gtk_window_present (GTK_WINDOW (f->dialog));
  return f->dialog;
}

static void
close_dialog (Fixture *f)
{
  if (f->dialog != NULL)
    psl_test_close (GTK_WIDGET (g_steal_pointer (&f->dialog)));
  g_clear_pointer (&f->summary, g_free);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (&f->gui, data);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_dialog (f);
  g_clear_pointer (&f->undone, g_free);
  psl_test_gui_teardown (&f->gui, data);
}

/* The file read by the window, as if chosen in its file chooser. */
static void
load (Fixture    *f,
      const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (psl_import_dialog_load_file (f->dialog, path, &error));
  g_assert_no_error (error);
}

/* Two sheets; on the second, five firms: sectors "Commerce" (matched to
 * Tertiaire by itself), "Économie sociale" twice (in no list), "BTP", and
 * a firm with a SIRET mistyped. */
static char *
write_workbook (const char *dir)
{
  char *path = g_build_filename (dir, "reseau.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (workbook, "Lisez-moi");
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Entreprises");
  const char *rows[][3] = {
    { "Raison sociale", "Secteur", "SIRET" },
    { "Épicerie Delpech", "Commerce", "" },
    { "Régie de quartier", "Économie sociale", "" },
    { "Ressourcerie du Lot", "Économie sociale", "" },
    { "Maçonnerie Bouyssou", "BTP", "73282932000075" },
    { "Plâtrerie Mazet", "BTP", "" },
  };

  worksheet_write_string (notes, 0, 0, "Liste tenue par l’accueil", NULL);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 3; c++)
      if (*rows[r][c] != '\0')
        worksheet_write_string (sheet, r, c, rows[r][c], NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

/* The title of a row of the report: "Ligne 5". */
static const char *
line_title (guint line)
{
  static char title[64];

  g_snprintf (title, sizeof title, _("Line %u"), line);
  return title;
}

static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_workbook (f->dir);
  g_autoptr(GError) error = NULL;
  PslImportDialog *dialog;
  AdwComboRow *sheet_row;
  GtkWidget *value_row, *group, *check_group;

  /* Opened over the firms' page, whose marks are looked at at the end. */
  psl_test_gui_show (&f->gui, psl_company_page_new (f->store));
  dialog = open_dialog (f);
  load (f, path);

  /* The first sheet has no name column: nothing to import until the
   * sheet of firms is chosen in the window. */
  sheet_row = ADW_COMBO_ROW (psl_test_find_row (GTK_WIDGET (dialog), _("Sheet to read")));
  g_assert_nonnull (sheet_row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sheet_row)));
  adw_combo_row_set_selected (sheet_row, 1);
  /* The preview of the sheet Entreprises. */
  PSL_TEST_WAIT (psl_import_dialog_can_import (dialog));

  /* The sector's values beside the list: Commerce matched, Économie
   * sociale kept to check until it is added to the list. */
  {
    g_autofree char *title = g_strdup_printf (_("Values of “%s”"), _("Sector"));

    group = psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, title);
  }
  g_assert_nonnull (group);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (psl_test_find_row (group, "Commerce"))), ==, 2);
  value_row = psl_test_find_row (group, "Économie sociale");
  g_assert_nonnull (value_row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (value_row)), ==, 0);
  check_group = psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP,
                                     _("Rows With Values to Check"));
  g_assert_true (gtk_widget_get_visible (check_group));

  adw_combo_row_set_selected (ADW_COMBO_ROW (value_row), 1);
  /* The preview with the value added. */
  PSL_TEST_WAIT (psl_import_dialog_can_import (dialog));
  /* Only the mistyped SIRET is left to check. */
  g_assert_nonnull (psl_test_find_row (check_group, line_title (5)));
  g_assert_null (psl_test_find_row (check_group, line_title (3)));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 0);

  psl_import_dialog_import (dialog);
  PSL_TEST_WAIT (f->summary != NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 5);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company c JOIN ref_item i ON i.list_code = 'sector'"
                                            " AND i.code = c.sector WHERE i.label = 'Économie sociale'"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE sector = 'tertiaire'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 1);
  /* The window says what was done, and stays for the report. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (dialog), line_title (5)));
  /* The choices are kept for the next file with the same columns. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM meta WHERE key LIKE 'import-mapping:%'"
                                            " AND value LIKE '%Économie sociale%'"), ==, 1);
  close_dialog (f);

  /* On the firm’s page, the mark, removed by "Checked" (a valid value typed
   * clears it too: test-import-files). */
  {
    g_autofree char *id = psl_test_query_text (f->store, "SELECT record_id FROM import_review");
    PslReviewGroup *review;

    g_assert_true (psl_company_page_show_company (f->page, id, &error));
    review = PSL_REVIEW_GROUP (psl_test_find_widget (f->page, PSL_TYPE_REVIEW_GROUP));
    g_assert_cmpuint (psl_review_group_get_n_marks (review), ==, 1);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (review)));
    {
      g_autofree char *title = g_strdup_printf (_("%s: “%s”"), _("SIRET or BCE number"), "73282932000075");
      GtkWidget *mark = psl_test_find_row (GTK_WIDGET (review), title);

      g_assert_nonnull (mark);
      /* "Checked": the firm is right as it is. */
      g_signal_emit_by_name (psl_test_find_widget (mark, GTK_TYPE_BUTTON), "clicked");
    }
    g_assert_cmpuint (psl_review_group_get_n_marks (review), ==, 0);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (review)));
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 0);
  }
}

/* The same window for people: the kind chosen, the columns read again. */
static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "personnes.csv", NULL);
  g_autoptr(GError) error = NULL;
  PslImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, "Nom;Prénom;Date de naissance;Date d'entrée\n"
                                            "Dupont;Élise;02/04/1998;15/01/2024\n"
                                            "Roques;Marc;31/02/1990;01/02/2024\n", -1, NULL));
  dialog = open_dialog (f);
  load (f, path);

  /* Read as firms, "Nom" is a firm's name; as people, a last name. */
  psl_import_dialog_set_kind (dialog, PSL_IMPORT_PEOPLE);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (dialog), "Date de naissance"));
  /* The preview of people, then their import. */
  PSL_TEST_WAIT (psl_import_dialog_can_import (dialog));
  psl_import_dialog_import (dialog);
  PSL_TEST_WAIT (f->summary != NULL);

  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE record_table = 'person'"
                                            " AND field = 'birth_date'"), ==, 1);
  close_dialog (f);

  /* On the person's page, the date kept for checking, with its reason;
   * "Checked" clears it. */
  {
    g_autofree char *id = psl_test_query_text (f->store, "SELECT record_id FROM import_review");
    PslReviewGroup *review;
    GtkWidget *mark;

    psl_test_gui_show (&f->gui, psl_person_page_new (f->store));
    g_assert_true (psl_person_page_show_person (f->page, id, &error));
    g_assert_no_error (error);
    review = PSL_REVIEW_GROUP (psl_test_find_widget (f->page, PSL_TYPE_REVIEW_GROUP));
    g_assert_nonnull (review);
    g_assert_cmpuint (psl_review_group_get_n_marks (review), ==, 1);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (review)));
    mark = psl_test_find_widget (GTK_WIDGET (review), ADW_TYPE_ACTION_ROW);
    g_assert_nonnull (mark);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (mark)), "31/02/1990"));
    g_signal_emit_by_name (psl_test_find_widget (mark, GTK_TYPE_BUTTON), "clicked");
    g_assert_cmpuint (psl_review_group_get_n_marks (review), ==, 0);
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 0);
  }
}

/* The row of the last import, in the group that tells it, and whether
 * that group offers to undo it. */
static GtkWidget *
last_import_row (PslImportDialog *dialog,
                 gboolean         undo_offered)
{
  GtkWidget *group = psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, _("Last Import"));

  g_assert_nonnull (group);
  if (undo_offered)
    g_assert_nonnull (psl_test_find_button (group, _("_Undo This Import")));
  else
    g_assert_null (psl_test_find_button (group, _("_Undo This Import")));
  return psl_test_find_widget (group, ADW_TYPE_ACTION_ROW);
}

/* The file imported through the window, the window closed. */
static void
import_file (Fixture       *f,
             const char    *path,
             PslImportKind  kind)
{
  open_dialog (f);
  load (f, path);
  psl_import_dialog_set_kind (f->dialog, kind);
  PSL_TEST_WAIT (psl_import_dialog_can_import (f->dialog));
  psl_import_dialog_import (f->dialog);
  PSL_TEST_WAIT (f->summary != NULL);
  close_dialog (f);
}

/* The last import told when the window opens again, undone from it with
 * a confirmation that names what goes; then no longer offered, and why. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "reseau.csv", NULL);
  PslImportDialog *dialog;
  GtkWidget *group, *button, *row;
  AdwMessageDialog *confirm;
  const char *live = "SELECT count(*) FROM company WHERE deleted_at IS NULL";

  /* Delmas is there without its commune; the file fills it and brings two new firms. */
  psl_test_exec (f->store, "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode)"
                           " VALUES ('delmas', 'Boulangerie Delmas', '73282932000074', 'siret', '46100');");
  g_assert_true (g_file_set_contents (path, "Raison sociale;SIRET;Code postal;Ville\n"
                                            "Boulangerie Delmas;73282932000074;46100;Figeac\n"
                                            "Menuiserie Vidal;;46100;Capdenac\n"
                                            "Ferme des Causses;;46500;Gramat\n", -1, NULL));

  /* No import yet: nothing told. */
  dialog = open_dialog (f);
  g_assert_null (psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, _("Last Import")));

  load (f, path);
  PSL_TEST_WAIT (psl_import_dialog_can_import (dialog));
  psl_import_dialog_import (dialog);
  PSL_TEST_WAIT (f->summary != NULL);
  g_assert_cmpint (psl_test_count (f->store, live), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE commune = 'Figeac'"), ==, 1);

  /* At the end of the import: the import told, with its undo. */
  group = psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, _("Last Import"));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_is_visible (group));
  row = last_import_row (dialog, TRUE);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "reseau.csv"));
  close_dialog (f);

  /* Opened again within the day: told on the first page. */
  dialog = open_dialog (f);
  group = psl_test_find_group (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, _("Last Import"));
  g_assert_nonnull (group);
  button = psl_test_find_button (group, _("_Undo This Import"));
  g_assert_nonnull (button);

  /* The confirmation says what goes and what comes back; kept, nothing changes. */
  g_signal_emit_by_name (button, "clicked");
  confirm = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "Menuiserie Vidal, Ferme des Causses"));
  {
    g_autofree char *removed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record it made will be removed",
                                                             "%u records it made will be removed", 2), 2);
    g_autofree char *restored = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u record it completed will have the fields it filled emptied again, except those changed since.",
      "%u records it completed will have the fields it filled emptied again, except those changed since.", 1), 1);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), removed));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), restored));
  }
  adw_message_dialog_response (confirm, "cancel");
  g_assert_cmpint (psl_test_count (f->store, live), ==, 3);
  g_assert_null (f->undone);

  g_signal_emit_by_name (button, "clicked");
  confirm = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (confirm, "undo");
  g_assert_nonnull (f->undone);
  g_assert_cmpint (psl_test_count (f->store, live), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = 'delmas' AND commune IS NULL"),
                   ==, 1);

  /* Undone: told so, no button any more. */
  row = last_import_row (dialog, FALSE);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("This import has already been undone.")));
  close_dialog (f);

  /* Imported again, then a firm it made is changed: not offered, and why. */
  import_file (f, path, PSL_IMPORT_FIRMS);
  g_assert_cmpint (psl_test_count (f->store, live), ==, 3);
  psl_test_exec (f->store, "UPDATE company SET phone = '05 65 34 00 00' WHERE legal_name = 'Menuiserie Vidal'"
                           " AND deleted_at IS NULL;");
  row = last_import_row (open_dialog (f), FALSE);
  {
    g_autofree char *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%d record this import made has been changed since: undoing it would lose that work. "
      "Delete or correct its records one by one.",
      "%d records this import made have been changed since: undoing it would lose that work. "
      "Delete or correct its records one by one.", 1), 1);

    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), why));
  }
  close_dialog (f);

  /* More than a day later: not offered, and why. */
  psl_test_exec (f->store, "UPDATE import_run SET finished_at = '2020-01-01T00:00:00.000Z'"
                           " WHERE undone_at IS NULL;");
  psl_test_exec (f->store, "UPDATE import_run SET finished_at = '2019-01-01T00:00:00.000Z'"
                           " WHERE undone_at IS NOT NULL;");
  row = last_import_row (open_dialog (f), FALSE);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            _("This import is more than 24 hours old: it can no longer be undone as a whole. "
                              "Delete or correct its records one by one.")));
  close_dialog (f);
  g_assert_cmpint (psl_test_count (f->store, live), ==, 3);
}

/* A row marked to check: with the "warning" style. */
static gboolean
is_marked (GtkWidget     *w,
           gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (w) && gtk_widget_has_css_class (w, "warning");
}

static guint
count_marked (GtkWidget *root,
              GtkWidget **first)
{
  g_autoptr(GPtrArray) rows = psl_test_find_all (root, is_marked, NULL);

  if (first != NULL)
    *first = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
  return rows->len;
}

/* A contact and an exchange of the journal with one doubtful value each:
 * on the firm's page their rows say "To check" with the reason; "Checked"
 * or a valid value saved clears the mark. */
static void
test_firm_marks (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *contacts = g_build_filename (f->dir, "contacts.csv", NULL);
  g_autofree char *journal_csv = g_build_filename (f->dir, "journal.csv", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = NULL;

  psl_test_exec (f->store, "INSERT INTO company (id, legal_name, identifier, identifier_kind, postcode)"
                           " VALUES ('delmas', 'Boulangerie Delmas', '73282932000074', 'siret', '46100');");
  /* Marie's e-mail has two @; Paul's is right. */
  g_assert_true (g_file_set_contents (contacts, "Entreprise;SIRET;Nom;Prénom;Courriel\n"
                                      "Boulangerie Delmas;73282932000074;Delmas;Marie;marie.delmas@@exemple\n"
                                      "Boulangerie Delmas;73282932000074;Vidal;Paul;paul@exemple.fr\n", -1, NULL));
  /* "Pigeon voyageur" is no kind of contact; "Visite" is. */
  g_assert_true (g_file_set_contents (journal_csv, "Date;Entreprise;SIRET;Type;Texte\n"
                                      "12/03/2025;Boulangerie Delmas;73282932000074;Visite;Atelier vu\n"
                                      "14/03/2025;Boulangerie Delmas;73282932000074;Pigeon voyageur;Lettre\n",
                                      -1, NULL));
  import_file (f, contacts, PSL_IMPORT_CONTACTS);
  import_file (f, journal_csv, PSL_IMPORT_JOURNAL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE company_id = 'delmas'"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction WHERE company_id = 'delmas'"), ==, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE record_table = 'contact'"
                                            " AND field = 'email'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE record_table = 'interaction'"
                                            " AND field = 'kind' AND value = 'Pigeon voyageur'"), ==, 1);

  /* The contacts on the firm's page: Marie's row marked, with why. */
  {
    g_autofree char *marie = psl_test_query_text (f->store, "SELECT id FROM contact WHERE first_name = 'Marie'");
    const char *subtitle;

    psl_test_gui_show (&f->gui, psl_company_page_new (f->store));
    g_assert_true (psl_company_page_show_company (f->page, "delmas", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_marked (f->page, &row), ==, 1);
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_assert_nonnull (strstr (subtitle, "marie.delmas@@exemple"));
    {
      /* "À vérifier — Courriel : « … » : why", the reason as the import wrote it. */
      const char *format = _("To check — %s");
      g_autofree char *prefix = g_strndup (format, strstr (format, "%s") - format);
      g_autofree char *reason = psl_test_query_text (f->store, "SELECT reason FROM import_review"
                                                               " WHERE record_table = 'contact'");

      g_assert_true (g_str_has_prefix (strstr (subtitle, prefix), prefix));
      g_assert_nonnull (strstr (subtitle, reason));
    }
    g_assert_nonnull (psl_test_find_button (row, _("_Checked")));

    /* A valid e-mail saved for her clears it. */
    g_assert_true (psl_contact_set (f->store, marie, "email", "marie.delmas@exemple.fr", &error));
    g_assert_no_error (error);
    psl_company_page_reload_contacts (f->page);
    g_assert_cmpuint (count_marked (f->page, NULL), ==, 0);
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review WHERE record_table = 'contact'"),
                     ==, 0);
  }

  /* The journal: the exchange marked, "Checked" clears it. */
  {
    const char *subtitle;

    psl_test_gui_show (&f->gui, psl_company_journal_new ());
    psl_company_journal_set_company (f->page, f->store, "delmas", NULL);
    g_assert_cmpuint (count_marked (f->page, &row), ==, 1);
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_assert_nonnull (strstr (subtitle, "Pigeon voyageur"));
    g_signal_emit_by_name (psl_test_find_button (row, _("_Checked")), "clicked");
    g_assert_cmpuint (count_marked (f->page, NULL), ==, 0);
    g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM import_review"), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/import-dialog/sheet-values-report", test_dialog);
  ADD ("/import-dialog/people", test_people);
  ADD ("/import-dialog/undo", test_undo);
  ADD ("/import-dialog/firm-marks", test_firm_marks);
  return g_test_run ();
}
