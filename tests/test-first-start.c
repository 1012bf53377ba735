/* test-first-start.c — the first start of a new file, walked as a person would */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-activity.h"
#include "psl-application.h"
#include "psl-demo.h"
#include "psl-document-window.h"
#include "psl-first-start.h"
#include "psl-first-start-view.h"
#include "psl-format.h"
#include "psl-installation.h"
#include "psl-logo-row.h"
#include "psl-preferences-window.h"
#include "psl-structure-logo.h"
#include "psl-import-dialog.h"
#include "psl-window.h"
#include "privacy/psl-privacy.h"
#include "psl-test.h"
#include "psl-store-open.h"
#include "psl-test-gui.h"

typedef PslTestGuiFixture Fixture;

static PslApplication *the_app;

static void
fixture_setup (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "user-name");
  psl_test_fixture_open (&f->base, "structure.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  user_data)
{
  /* What the window gave the database worker (the exchange's state)
   * ends before the file goes. */
  psl_test_gui_close (f);
  psl_test_gui_teardown (f, user_data);
}

static PslFirstStartView *
open_window (Fixture *f)
{
  psl_test_gui_take (f, psl_window_new (the_app, f->path, f->store, NULL));
  return (PslFirstStartView *) psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_FIRST_START_VIEW);
}

static void
act (PslFirstStartView *view,
     const char        *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), action, NULL));
}

static GtkWidget *
row (PslFirstStartView *view,
     const char        *title)
{
  GtkWidget *found = psl_test_find_row (GTK_WIDGET (view), title);

  if (found == NULL)
    g_error ("No row titled “%s” in the first start", title);
  return found;
}

static void
type_in (PslFirstStartView *view,
         const char        *title,
         const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (view, title)), text);
}

static void
add (PslFirstStartView *view,
     const char        *title,
     const char        *text)
{
  type_in (view, title, text);
  g_signal_emit_by_name (row (view, title), "apply");
}

/* A visible label reading text. */
static gboolean
is_shown_label (GtkWidget     *w,
                gconstpointer  text)
{
  return GTK_IS_LABEL (w) && gtk_widget_is_visible (w) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (w)), text) == 0;
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  return psl_test_find_where (root, is_shown_label, text) != NULL;
}

/* A new file opens on the welcome; each step written is in the file. */
static void
test_walk (Fixture       *f,
           gconstpointer  user_data)
{
  PslFirstStartView *view = open_window (f);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(PslStructureDetails) details = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *sites = NULL;
  GtkWidget *me;
  int year = g_date_time_get_year (g_date_time_new_now_local ());

  g_assert_nonnull (view);
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "welcome");

  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "structure");

  /* An empty name is refused with a message, and nothing is written. */
  type_in (view, _("Name of the structure"), "   ");
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "structure");
  {
    g_autofree char *message = g_strdup_printf (_("Please give %s."), _("the structure's name"));
    g_assert_true (shows_label (GTK_WIDGET (view), message));
  }
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM structure WHERE name = 'My structure'"
                                             " OR name = 'Ma structure';"), ==, 1);

  type_in (view, _("Name of the structure"), "  Mission locale de Namur  ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (view, _("Kind"))), 3);          /* GEIQ */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (view, _("Country"))), 1);       /* Belgium */
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "sites");

  type_in (view, _("Name of this site"), "Siège de Namur");
  add (view, _("Add a site"), "Antenne de Dinant");
  add (view, _("Add a site"), "antenne de dinant");          /* the same, differently typed */
  add (view, _("Add a site"), "Permanence d’Andenne");
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");

  add (view, _("First name and last name"), "Claire Dubois");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (view, _("Role of the colleague added"))), 2);
  add (view, _("First name and last name"), "Marc Van den Berghe");
  add (view, _("First name and last name"), "   ");              /* nobody */
  me = psl_test_find_widget (row (view, "Claire Dubois"), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (me), TRUE);
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "documents");

  /* Back again, Claire (a counsellor) may not say this login is Marc:
   * changing who is at the keyboard is direction's.  The step stays, says
   * why, and the login stays hers. */
  act (view, "first-start.back");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (psl_test_find_widget (row (view, "Marc Van den Berghe"),
                                                                       GTK_TYPE_CHECK_BUTTON)), TRUE);
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");
  g_assert_true (shows_label (GTK_WIDGET (view), _("Only direction ties a login to a staff member: ask a person of "
                                                   "direction to tie this one to you.")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (me), TRUE);
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "documents");

  type_in (view, _("Address"), "12 rue de Fer");
  type_in (view, _("Postcode"), "5000");
  type_in (view, _("Town"), "Namur");
  type_in (view, _("Funders' footer"), "Avec le soutien du FSE+ et de la Wallonie");
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "targets");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (psl_test_find_widget (row (view, psl_indicator_label (PSL_INDICATOR_PEOPLE_FOLLOWED)),
                                                                    GTK_TYPE_SPIN_BUTTON)), 240);
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "ways-on");
  /* Marc was direction already: Claire's login is only hers, said nowhere. */
  {
    g_autofree char *notice = g_strdup_printf (_("Nobody in the team was in direction: %s, the first at the "
                                                 "keyboard, is now direction, and gives the others their roles "
                                                 "in Preferences, Privacy."), "Claire Dubois");

    g_assert_false (shows_label (GTK_WIDGET (view), notice));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "first-start.finish", "s", "empty"));
  psl_test_drain ();
  g_assert_null (psl_test_find_widget (GTK_WIDGET (f->window), PSL_TYPE_FIRST_START_VIEW));

  inst = psl_installation_load (f->store, NULL);
  g_assert_cmpstr (inst->structure_name, ==, "Mission locale de Namur");
  g_assert_cmpstr (inst->country, ==, "BE");
  g_assert_cmpstr (inst->antenna_name, ==, "Siège de Namur");
  g_assert_cmpstr (inst->funders_footer, ==, "Avec le soutien du FSE+ et de la Wallonie");
  details = psl_structure_details_load (f->store, NULL);
  g_assert_cmpstr (details->kind, ==, "geiq");
  g_assert_cmpstr (details->address, ==, "12 rue de Fer");
  g_assert_cmpstr (details->postcode, ==, "5000");
  g_assert_cmpstr (details->commune, ==, "Namur");

  sites = psl_test_query_text (f->store, "SELECT group_concat(name, '|') FROM (SELECT name FROM site ORDER BY name);");
  g_assert_cmpstr (sites, ==, "Antenne de Dinant|Permanence d’Andenne|Siège de Namur");
  roles = psl_test_query_text (f->store,
    "SELECT group_concat(first_name || '/' || last_name || '/' || role, '|')"
    "  FROM (SELECT * FROM staff ORDER BY last_name);");
  g_assert_cmpstr (roles, ==, "Claire/Dubois/cip|Marc/Van den Berghe/direction");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM staff WHERE antenna_id IS NOT NULL;"), ==, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "user-name"), ==, "Claire Dubois");
  /* This login is Claire now: what is written here is signed with her. */
  {
    g_autofree char *actor = psl_privacy_get_actor (f->store);
    g_autofree char *name = psl_privacy_staff_name (f->store, actor);

    g_assert_cmpstr (name, ==, "Claire Dubois");
  }
  g_assert_cmpfloat (psl_target_get (f->store, PSL_INDICATOR_PEOPLE_FOLLOWED, year, NULL, NULL), ==, 240);
  g_assert_cmpint (psl_first_start_get_step (f->store), ==, PSL_FIRST_START_DONE);

  /* Done once: the file opens on its pages from now on. */
  psl_test_gui_close (f);
  g_assert_null (open_window (f));
}

/* F1 and the "?" open the help on what the window shows: the first start,
 * then each section's own page, which exists in the help. */
static void
test_help_topics (Fixture       *f,
                  gconstpointer  user_data)
{
  static const struct { const char *page; const char *topic; } expected[] = {
    { "home", "journee" }, { "schedule", "journee" }, { "companies", "entreprise" },
    { "people", "parcours" }, { "placements", "mise-en-relation" },
    { "followup", "mise-en-relation" }, { "map", "carte" }, { "reports", "rapports" },
  };
  PslFirstStartView *view = open_window (f);
  g_autofree char *uri = psl_window_get_help_uri (f->window);

  g_assert_nonnull (view);
  g_assert_cmpstr (uri, ==, "help:passerelle/premier-demarrage");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "first-start.finish", "s", "empty"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *page_uri = NULL;
      g_autofree char *wanted = g_strconcat ("help:passerelle/", expected[i].topic, NULL);
      g_autofree char *file = g_strconcat (expected[i].topic, ".page", NULL);
      g_autofree char *path = g_build_filename (g_getenv ("PSL_TEST_SOURCE_DIR"), "..", "help", "C", file, NULL);

      psl_window_show_page (f->window, expected[i].page);
      page_uri = psl_window_get_help_uri (f->window);
      g_assert_cmpstr (page_uri, ==, wanted);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

/* F1 in the windows opened from the main one: Préférences on the page
 * shown, the import window on importing; each topic is a page of the help. */
static void
test_help_windows (Fixture       *f,
                   gconstpointer  user_data)
{
  static const struct { const char *page; const char *topic; } expected[] = {
    { "sync", "synchronisation" }, { "privacy", "confidentialite" }, { "general", "premier-demarrage" },
  };
  PslPreferencesWindow *prefs = psl_preferences_window_new (NULL, f->store);
  g_autofree char *first = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  first = psl_preferences_window_get_help_uri (prefs);
  g_assert_cmpstr (first, ==, "help:passerelle/premier-demarrage");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *uri = NULL;
      g_autofree char *wanted = g_strconcat ("help:passerelle/", expected[i].topic, NULL);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), expected[i].page);
      uri = psl_preferences_window_get_help_uri (prefs);
      g_assert_cmpstr (uri, ==, wanted);
    }
  gtk_window_destroy (GTK_WINDOW (prefs));

  {
    g_autofree char *path = g_build_filename (g_getenv ("PSL_TEST_SOURCE_DIR"), "..", "help", "C",
                                              "import.page", NULL);

    g_assert_cmpstr (PSL_IMPORT_DIALOG_HELP_URI, ==, "help:passerelle/import");
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
}

/* A paste of far more than a record holds: every entry and text view of
 * the program keeps PSL_TEXT_MAX characters of it (20,000), counted in
 * characters, not bytes; the window stays usable and nothing is refused
 * whole. */
static void
test_long_paste (Fixture       *f,
                 gconstpointer  user_data)
{
  PslFirstStartView *view = open_window (f);
  GString *huge = g_string_new (NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *text_view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter end;

  for (guint i = 0; i < 25000; i++)
    g_string_append (huge, "é");
  act (view, "first-start.next");
  type_in (view, _("Name of the structure"), huge->str);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row (view, _("Name of the structure")))), -1),
                   ==, 20000);

  gtk_window_set_child (GTK_WINDOW (window), text_view);
  gtk_window_present (GTK_WINDOW (window));
  PSL_TEST_WAIT (gtk_widget_get_realized (text_view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, huge->str, 15000 * 2);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 15000);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, huge->str, -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 20000);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "plus", -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 20000);

  gtk_window_destroy (GTK_WINDOW (window));
  g_string_free (huge, TRUE);
}

/* Cut short after two steps, the first start opens where it stopped, with
 * what was typed; the file read again from the disk says so. */
static void
test_resume (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  PslFirstStartView *view = open_window (f);

  act (view, "first-start.next");
  type_in (view, _("Name of the structure"), "PLIE du Grand Figeac");
  act (view, "first-start.next");
  add (view, _("Add a site"), "Antenne de Capdenac");
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");

  psl_test_gui_close (f);
  /* Closed now: the worker may hold the store a moment longer, with the
   * task of the answer it has just given. */
  psl_store_close (f->store);
  g_clear_object (&f->store);
  f->store = psl_store_open (f->path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  view = open_window (f);
  g_assert_nonnull (view);
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");
  act (view, "first-start.back");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "sites");
  g_assert_nonnull (row (view, "Antenne de Capdenac"));
  act (view, "first-start.back");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (view, _("Name of the structure")))), ==,
                   "PLIE du Grand Figeac");
  /* Going through again adds no site twice. */
  act (view, "first-start.next");
  act (view, "first-start.next");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM site;"), ==, 2);
}

/* Every step skipped: the file keeps what a new file has, and is done. */
static void
test_skip_all (Fixture       *f,
               gconstpointer  user_data)
{
  PslFirstStartView *view = open_window (f);

  act (view, "first-start.next");
  for (int i = 0; i < 5; i++)
    act (view, "first-start.skip");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "ways-on");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "first-start.finish", "s", "empty"));
  g_assert_cmpint (psl_first_start_get_step (f->store), ==, PSL_FIRST_START_DONE);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM staff;"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM target;"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM site;"), ==, 1);
}

/* A team with nobody in direction: the first at the keyboard becomes
 * direction, and the last step says so, naming them and where the others
 * get their roles. */
static void
test_first_made_direction (Fixture       *f,
                           gconstpointer  user_data)
{
  PslFirstStartView *view = open_window (f);
  g_autofree char *notice = g_strdup_printf (_("Nobody in the team was in direction: %s, the first at the "
                                               "keyboard, is now direction, and gives the others their roles "
                                               "in Preferences, Privacy."), "Claire Dubois");
  g_autofree char *role = NULL;

  act (view, "first-start.next");
  act (view, "first-start.skip");                 /* the structure */
  act (view, "first-start.skip");                 /* its sites */
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "team");
  add (view, _("First name and last name"), "Claire Dubois");
  add (view, _("First name and last name"), "Marc Van den Berghe");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (psl_test_find_widget (row (view, "Claire Dubois"),
                                                                       GTK_TYPE_CHECK_BUTTON)), TRUE);
  g_assert_false (shows_label (GTK_WIDGET (view), notice));
  act (view, "first-start.next");
  act (view, "first-start.skip");                 /* documents */
  act (view, "first-start.skip");                 /* targets */
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "ways-on");
  g_assert_true (shows_label (GTK_WIDGET (view), notice));
  role = psl_test_query_text (f->store, "SELECT group_concat(first_name || '/' || role, '|')"
                                        "  FROM (SELECT * FROM staff ORDER BY last_name);");
  g_assert_cmpstr (role, ==, "Claire/direction|Marc/cip");
}

/* The texts of the labels under root, one a line. */
static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LABEL (w) && gtk_widget_is_visible (w))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (w)));
      collect_labels (w, out);
    }
}

static char *
window_text (GtkWidget *window)
{
  GString *out = g_string_new (NULL);

  collect_labels (window, out);
  return g_string_free (out, FALSE);
}

/* The dialog the window shows once its first start is over. */
static GtkWidget *
finish_first_start (Fixture *f)
{
  PslFirstStartView *view = open_window (f);
  GtkWidget *dialog;

  act (view, "first-start.next");
  for (int i = 0; i < 5; i++)
    act (view, "first-start.skip");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "first-start.finish", "s", "empty"));
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL &&
                 gtk_widget_get_mapped (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  return dialog;
}

/* With a place to keep the key (here the key file a computer without a
 * keyring is given), a new file is encrypted from its first start, and
 * the recovery key is shown once, to copy and to print. */
static void
test_key_set_up (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *key_file = g_build_filename (f->dir, "structure.key", NULL);
  g_autofree char *text = NULL, *key = NULL, *sheet = NULL;
  g_autofree char *recovery = NULL;
  GtkWidget *dialog, *document;
  GStatBuf st;

  psl_privacy_set_key_file (key_file);
  g_assert_false (psl_privacy_is_set_up (f->store));
  dialog = finish_first_start (f);
  psl_test_shoot (dialog, "first-start-recovery-key");
  text = window_text (dialog);
  g_assert_nonnull (strstr (text, "Gardez la clé de secours"));
  g_assert_nonnull (strstr (text, "n’est montrée que cette fois"));
  g_assert_true (psl_privacy_is_set_up (f->store));
  /* Kept in the file given, the owner's only, and the one the dialog shows. */
  g_assert_cmpint (g_stat (key_file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (key_file, &key, NULL, NULL));
  recovery = g_strstrip (g_strdup (key));
  g_assert_cmpuint (strlen (recovery), ==, 71);
  /* Shown on two lines of four groups: the same key. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
    g_autofree char *joined = g_strjoinv ("", lines);

    g_assert_nonnull (strstr (joined, recovery));
  }
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'key';"), ==, 1);

  /* What is written from now on is sealed: a confidential text never
   * reaches the file in clear. */
  psl_test_exec (f->store,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('p', 'Léa', 'Puech', '2026-01-05');"
    "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
    " ('s', 'p', 'health', psl_seal('Suivi en CSAPA', 'person_sensitive.detail/s'), '2026-01-06');");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive WHERE detail LIKE 'psl1:%';"),
                   ==, 1);

  /* Printed on a sheet of its own. */
  gtk_widget_activate (psl_test_find_button (dialog, "_Imprimer…"));
  PSL_TEST_WAIT ((document = psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW)) != NULL);
  gtk_window_maximize (GTK_WINDOW (document));
  psl_test_shoot (document, "first-start-recovery-sheet");
  sheet = window_text (document);
  g_assert_nonnull (strstr (sheet, "Clé de secours de la structure"));
  psl_test_close (document);
  /* Copied. */
  gtk_widget_activate (psl_test_find_button (dialog, "_Copier"));
  PSL_TEST_WAIT (psl_test_find_button (dialog, "Copiée") != NULL);
  {
    GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (dialog));
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_assert_nonnull (content);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpstr (g_value_get_string (&value), ==, recovery);
  }

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "done");
  psl_privacy_set_key_file (NULL);
}

/* A key file that is already there is never written over: the file stays
 * in clear and the window says why and what to do. */
static void
test_key_file_taken (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autofree char *key_file = g_build_filename (f->dir, "other.key", NULL);
  g_autofree char *text = NULL, *kept = NULL;
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (key_file, "another structure's key\n", -1, NULL));
  psl_privacy_set_key_file (key_file);
  dialog = finish_first_start (f);
  text = window_text (dialog);
  g_assert_nonnull (strstr (text, "contient déjà une clé"));
  g_assert_nonnull (strstr (text, "--key-file"));
  g_assert_false (psl_privacy_is_set_up (f->store));
  g_assert_true (g_file_get_contents (key_file, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "another structure's key\n");
  psl_privacy_set_key_file (NULL);
}

/* No keyring and no key file: the window says so, in French, with what to
 * do, where the user is. */
static void
test_no_keyring (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  g_assert_false (psl_privacy_keyring_usable ());
  dialog = finish_first_start (f);
  psl_test_shoot (dialog, "first-start-no-keyring");
  text = window_text (dialog);
  g_assert_nonnull (strstr (text, "Parties confidentielles non chiffrées"));
  g_assert_nonnull (strstr (text, "pas de trousseau de clés sur cet ordinateur"));
  g_assert_nonnull (strstr (text, "Préférences, Confidentialité"));
  g_assert_false (psl_privacy_is_set_up (f->store));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'key';"), ==, 0);
}

/* A file that holds work (the demo, a file from before, a site joined)
 * never shows the first start. */
static void
test_not_on_work (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  PslDemoSize size = { .staff = 4, .partners = 6, .companies = 40, .contacts = 80,
                       .people = 50, .interactions = 400, .opportunities = 40,
                       .placements = 60, .seed = 11 };
  g_autofree char *today = psl_today_iso ();

  psl_demo_generate (f->store, &size, today, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_first_start_get_step (f->store), ==, PSL_FIRST_START_DONE);
  g_assert_null (open_window (f));
}

/* The rules of the core, with bad input on purpose. */
static GFile *
file_in (Fixture    *f,
         const char *name,
         const char *contents,
         gsize       length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (contents != NULL)
    {
      g_file_set_contents (path, contents, length, &error);
      g_assert_no_error (error);
    }
  return g_file_new_for_path (path);
}

/* An icon button, found by the tooltip a person reads on it. */
static gboolean
is_button_with_tooltip (GtkWidget     *w,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (w) && gtk_widget_get_visible (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), tooltip) == 0;
}

/* The Documents step takes a logo from a file: a wrong one is refused
 * with the reason on the row and the logo kept; the right one is stored
 * and shown, in Préférences too, and can be removed there. */
static void
test_logo (Fixture       *f,
           gconstpointer  user_data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 90, 30);
  g_autofree char *png_path = g_build_filename (f->dir, "logo.png", NULL);
  g_autofree char *big = g_malloc0 (PSL_LOGO_MAX_BYTES + 1);
  g_autofree char *png = NULL;
  gsize png_length;
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GFile) good = NULL;
  g_autoptr(GFile) text = file_in (f, "logo-texte.png", "Mission locale\n", 15);
  g_autoptr(GFile) heavy = file_in (f, "logo-lourd.png", big, PSL_LOGO_MAX_BYTES + 1);
  g_autoptr(GFile) missing = file_in (f, "absent.png", NULL, 0);
  PslFirstStartView *view;
  PslPreferencesWindow *prefs;
  PslLogoRow *logo;
  GtkWidget *remove;
  g_autofree char *missing_message = NULL;

  g_assert_cmpint (cairo_surface_write_to_png (surface, png_path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (png_path, &png, &png_length, NULL));
  good = g_file_new_for_path (png_path);

  g_assert_true (psl_first_start_set_step (f->store, PSL_FIRST_START_DOCUMENTS, NULL));
  view = open_window (f);
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "documents");
  logo = PSL_LOGO_ROW (row (view, _("Logo")));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (logo)));
  g_assert_false (psl_logo_row_has_logo (logo));

  g_assert_false (psl_logo_row_set_file (logo, text));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (logo)), ==,
                   _("This file is not an image that can be read: choose a PNG, JPEG or SVG image."));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (logo), "error"));
  g_assert_false (psl_logo_row_set_file (logo, heavy));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (logo)), ==,
                   _("The logo is larger than 2 MB: choose a lighter image (PNG, JPEG or SVG)."));
  g_assert_false (psl_logo_row_set_file (logo, missing));
  missing_message = g_strdup_printf (_("The file “%s” cannot be read: check that it is still there, or choose another image."),
                                     "absent.png");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (logo)), ==, missing_message);
  g_assert_null (psl_structure_get_logo (f->store, NULL));

  g_assert_true (psl_logo_row_set_file (logo, good));
  g_assert_true (psl_logo_row_has_logo (logo));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (logo), "error"));
  stored = psl_structure_get_logo (f->store, NULL);
  g_assert_cmpmem (g_bytes_get_data (stored, NULL), g_bytes_get_size (stored), png, png_length);
  act (view, "first-start.next");
  g_assert_cmpstr (psl_first_start_view_get_step (view), ==, "targets");

  /* Préférences shows it, and removes it. */
  prefs = psl_preferences_window_new (GTK_WINDOW (f->window), f->store);
  gtk_window_present (GTK_WINDOW (prefs));
  logo = PSL_LOGO_ROW (psl_test_find_widget (GTK_WIDGET (prefs), PSL_TYPE_LOGO_ROW));
  g_assert_nonnull (logo);
  g_assert_true (psl_logo_row_has_logo (logo));
  psl_test_wait_frame (GTK_WIDGET (logo));
  remove = psl_test_find_where (GTK_WIDGET (logo), is_button_with_tooltip, _("Remove the logo"));
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_false (psl_logo_row_has_logo (logo));
  g_assert_null (psl_structure_get_logo (f->store, NULL));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (5000, 'x');
  g_autofree char *id = NULL;

  g_assert_false (psl_structure_set_kind (f->store, "prefecture", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_structure_set_kind (f->store, NULL, &error));
  g_clear_error (&error);
  g_assert_false (psl_site_add (f->store, " \t ", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_staff_add (f->store, "", "cip", &error));
  g_clear_error (&error);
  g_assert_null (psl_staff_add (f->store, "Anne Martin", "chef", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM staff;"), ==, 0);

  /* One word is a last name; a step not known reads as done. */
  id = psl_staff_add (f->store, "Mehdi", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM staff WHERE first_name = '' AND last_name = 'Mehdi';"), ==, 1);
  g_assert_true (psl_site_add (f->store, huge, &error));
  psl_test_exec (f->store, "INSERT OR REPLACE INTO meta (key, value) VALUES ('first_start.step', 'nonsense');");
  g_assert_cmpint (psl_first_start_get_step (f->store), ==, PSL_FIRST_START_DONE);
}

/* After an upgrade, what changed is told once; a first installation is
 * told nothing. */
static void
test_whats_new (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *notes = psl_application_release_notes ();
  g_autofree char *seen = NULL;

  open_window (f);
  g_settings_set_string (settings, "last-version-seen", "");
  g_assert_false (psl_application_tell_whats_new (the_app, GTK_WINDOW (f->window)));
  seen = g_settings_get_string (settings, "last-version-seen");
  g_assert_cmpstr (seen, ==, PACKAGE_VERSION);

  g_settings_set_string (settings, "last-version-seen", "0.1.0");
  g_assert_true (psl_application_tell_whats_new (the_app, GTK_WINDOW (f->window)));
  g_assert_false (psl_application_tell_whats_new (the_app, GTK_WINDOW (f->window)));

  /* The notes are French and valid markup for the About window. */
  g_assert_nonnull (strstr (notes, "<li>"));
  g_assert_nonnull (strstr (notes, "clé de secours"));
  {
    g_autofree char *wrapped = g_strconcat ("<r>", notes, "</r>", NULL);
    GMarkupParser parser = { 0 };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

    g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, NULL));
    g_assert_true (g_markup_parse_context_end_parse (context, NULL));
  }
}

/* A file from before encryption says so each time it is opened: to a
 * counsellor, who to ask; to direction, with the set-up at hand, which
 * encrypts the texts already there and shows the recovery key once. */
static void
test_older_file_encrypted (Fixture       *f,
                           gconstpointer  user_data)
{
  static const char *secret = "Suivi addictologie au CSAPA de Cahors";
  g_autofree char *key_file = g_build_filename (f->dir, "structure.key", NULL);
  g_autofree char *stored = NULL, *shown = NULL;
  GtkWidget *dialog;

  psl_test_exec (f->store,
                 "INSERT INTO staff (id, first_name, last_name, role) VALUES"
                 " ('d', 'Diane', 'Roux', 'direction'), ('a', 'Alice', 'Vayssière', 'cip');"
                 "INSERT INTO privacy_account (account, staff_id) VALUES ('alice', 'a'), ('diane', 'd');"
                 "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES"
                 " ('11111111-1111-4111-8111-111111111111', 'Léa', 'Puech', '2026-01-05', 'a');"
                 "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES"
                 " ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'health',"
                 "  'Suivi addictologie au CSAPA de Cahors', '2026-01-06');");
  psl_privacy_set_key_file (key_file);
  g_assert_false (psl_privacy_is_set_up (f->store));

  psl_privacy_set_account (f->store, "alice");
  g_assert_null (open_window (f));
  PSL_TEST_WAIT (psl_test_find_label (GTK_WIDGET (f->window),
                                      "Les parties confidentielles de ce fichier ne sont pas chiffrées : "
                                      "la direction peut les chiffrer dans Préférences, Confidentialité.") != NULL);
  /* Not direction's: the action says so and sets nothing up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.encrypt", NULL));
  g_assert_false (psl_privacy_is_set_up (f->store));
  psl_test_gui_close (f);

  psl_privacy_set_account (f->store, "diane");
  open_window (f);
  PSL_TEST_WAIT (psl_test_find_label (GTK_WIDGET (f->window),
                                      "Les parties confidentielles de ce fichier ne sont pas chiffrées : "
                                      "une copie du fichier les révélerait.") != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.encrypt", NULL));
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (dialog));
  shown = window_text (dialog);
  g_assert_nonnull (strstr (shown, "Gardez la clé de secours"));
  g_assert_true (psl_privacy_is_set_up (f->store));
  stored = psl_test_query_text (f->store, "SELECT detail FROM person_sensitive;");
  g_assert_null (strstr (stored, secret));
  gtk_window_destroy (GTK_WINDOW (dialog));
  psl_privacy_set_key_file (NULL);
}

int
main (int   argc,
      char *argv[])
{
  the_app = PSL_APPLICATION (psl_test_gui_init (&argc, &argv));

  g_test_add ("/first-start/walk", Fixture, NULL, fixture_setup, test_walk, fixture_teardown);
  g_test_add ("/first-start/whats-new", Fixture, NULL, fixture_setup, test_whats_new, fixture_teardown);
  g_test_add ("/first-start/help-topics", Fixture, NULL, fixture_setup, test_help_topics, fixture_teardown);
  g_test_add ("/first-start/help-windows", Fixture, NULL, fixture_setup, test_help_windows, fixture_teardown);
  g_test_add ("/first-start/long-paste", Fixture, NULL, fixture_setup, test_long_paste, fixture_teardown);
  g_test_add ("/first-start/older-file-encrypted", Fixture, NULL, fixture_setup, test_older_file_encrypted,
              fixture_teardown);
  g_test_add ("/first-start/resume", Fixture, NULL, fixture_setup, test_resume, fixture_teardown);
  g_test_add ("/first-start/first-made-direction", Fixture, NULL, fixture_setup, test_first_made_direction,
              fixture_teardown);
  g_test_add ("/first-start/skip-all", Fixture, NULL, fixture_setup, test_skip_all, fixture_teardown);
  g_test_add ("/first-start/key-set-up", Fixture, NULL, fixture_setup, test_key_set_up, fixture_teardown);
  g_test_add ("/first-start/key-file-taken", Fixture, NULL, fixture_setup, test_key_file_taken, fixture_teardown);
  g_test_add ("/first-start/no-keyring", Fixture, NULL, fixture_setup, test_no_keyring, fixture_teardown);
  g_test_add ("/first-start/not-on-work", Fixture, NULL, fixture_setup, test_not_on_work, fixture_teardown);
  g_test_add ("/first-start/logo", Fixture, NULL, fixture_setup, test_logo, fixture_teardown);
  g_test_add ("/first-start/bad-input", Fixture, NULL, fixture_setup, test_bad_input, fixture_teardown);

  return g_test_run ();
}
