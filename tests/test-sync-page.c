/* test-sync-page.c — the preferences page of the exchange, on two bases sharing one folder */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "psl-application.h"
#include "psl-first-start-view.h"
#include "psl-join-dialog.h"
#include "psl-preferences-window.h"
#include "psl-window.h"
#include "psl-sync-watch.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-seal.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define PASSPHRASE "Figeac et Cajarc"
#define FIRM "c0000000-0000-4000-8000-000000000002"
/* Deriving a key from a passphrase is deliberately slow, and slower on a
 * busy machine: what waits for one waits longer than the usual deadline. */
#define SLOW_DEADLINE_S (4 * PSL_TEST_DEADLINE_S)

/* The fixture's base is Figeac's, which starts the exchange. */
#define FIGEAC \
  "UPDATE site SET name = 'Figeac';" \
  "INSERT INTO company (id, legal_name, postcode) VALUES ('" FIRM "', 'Garage du Lot', '46400');"
#define PHONE_SQL "SELECT phone FROM company WHERE id = '" FIRM "';"

typedef struct
{
  PSL_TEST_GUI_FIXTURE;
  char     *folder;   /* the exchange folder the two sites share */
  PslStore *cajarc;   /* the site that joined Figeac's exchange */
} Fixture;

static void
set_phone (PslStore   *store,
           const char *phone,
           const char *when)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE company SET phone = '%s', updated_at = '%s' WHERE id = '" FIRM "';",
                                          phone, when);

  psl_test_exec (store, sql);
}

/* site's exchange through the folder, as its command would. */
static void
exchange (Fixture  *f,
          PslStore *site)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSyncKey) key = psl_sync_unlock (site, f->folder, PASSPHRASE, &error);
  g_autoptr(PslSyncReport) report = NULL;

  g_assert_no_error (error);
  report = psl_sync_run (site, f->folder, key, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  psl_test_gui_setup (&f->gui, FIGEAC);
  f->folder = g_build_filename (f->dir, "echange", NULL);
  path = g_build_filename (f->dir, "c.db", NULL);
  g_assert_true (psl_sync_init (f->store, f->folder, PASSPHRASE, &error));
  g_assert_no_error (error);
  f->cajarc = psl_sync_join (f->folder, PASSPHRASE, "Cajarc", path, &error);
  g_assert_no_error (error);

  /* Figeac writes the phone at 10:00, Cajarc at 11:00, neither having seen the other. */
  set_phone (f->store, "05 65 00 00 0A", "2026-12-05T10:00:00.000Z");
  set_phone (f->cajarc, "05 65 00 00 0C", "2026-12-05T11:00:00.000Z");
  exchange (f, f->cajarc);
  exchange (f, f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->cajarc);
  g_clear_pointer (&f->folder, g_free);
  psl_test_gui_teardown (&f->gui, data);
}

/* Figeac's preferences, open on the sites' page. */
static PslPreferencesWindow *
open_sites (Fixture *f)
{
  PslPreferencesWindow *prefs = psl_preferences_window_new (NULL, f->store);

  psl_test_gui_take (&f->gui, prefs);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "sync");
  return prefs;
}

/* Until the row titled so is shown, or gone: the page reads the base on
 * the worker, behind an exchange that may derive a key. */
static void
wait_row (GtkWidget  *root,
          const char *title,
          gboolean    present)
{
  g_test_message ("Waiting for the row “%s” to be %s", title, present ? "shown" : "gone");
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, (psl_test_find_row (root, title) != NULL) == present);
}

static gboolean
has_phone (PslStore   *store,
           const char *phone)
{
  g_autofree char *text = psl_test_query_text (store, PHONE_SQL);

  return g_strcmp0 (text, phone) == 0;
}

static void
test_conflict_taken (Fixture       *f,
                     gconstpointer  data)
{
  PslPreferencesWindow *prefs = open_sites (f);
  g_autofree char *title = g_strdup_printf ("Garage du Lot — %s", _("Phone"));
  GtkWidget *row, *button;

  /* Both sites listed, and the concurrent edit with its two values. */
  wait_row (GTK_WIDGET (prefs), title, TRUE);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (prefs), "Figeac"));
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (prefs), "Cajarc"));
  psl_test_assert_text (f->store, PHONE_SQL, "05 65 00 00 0C");

  /* Taking Figeac's own value back: written in the store, the row goes. */
  row = psl_test_find_row (GTK_WIDGET (prefs), title);
  button = psl_test_find_widget (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_row (GTK_WIDGET (prefs), title, FALSE);
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, has_phone (f->store, "05 65 00 00 0A"));
  psl_test_assert_text (f->store, PHONE_SQL, "05 65 00 00 0A");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL;"), ==, 0);
}

/* Until the query gives the count: what the watch does when a file lands
 * (an exchange a few seconds later) is seen in the base only. */
static void
wait_count (PslStore   *store,
            const char *sql,
            gint64      expected)
{
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, psl_test_count (store, sql) == expected);
}

/* The passphrase typed once in the preferences: the base then exchanges
 * by itself when another site's file lands in the folder, preferences
 * closed or not. */
static void
test_exchanges_by_itself (Fixture       *f,
                          gconstpointer  data)
{
  PslPreferencesWindow *prefs = open_sites (f);
  PslSyncWatch *watch = psl_sync_watch_get (f->store);
  GtkWidget *button, *dialog = NULL, *entry;

  wait_row (GTK_WIDGET (prefs), _("Exchange Folder"), TRUE);
  g_assert_false (psl_sync_watch_has_key (watch));

  /* Exchange now: the passphrase is asked, a wrong one first. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      /* Offered once the exchange before has ended. */
      PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, (button = psl_test_find_button (GTK_WIDGET (prefs), _("Exchange Now"))) != NULL
                                            && gtk_widget_get_sensitive (button));
      g_signal_emit_by_name (button, "clicked");
      PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
      entry = psl_test_find_widget (dialog, GTK_TYPE_ENTRY);
      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), attempt == 0 ? "pas la bonne phrase" : PASSPHRASE);
      /* No keyring in the tests' session: nothing to remember it in. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (psl_test_find_widget (dialog, GTK_TYPE_CHECK_BUTTON)), FALSE);
      /* As its button does: the response, then the dialog closes; it is
       * gone before another is looked for. */
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "ok");
      gtk_window_close (GTK_WINDOW (dialog));
      PSL_TEST_WAIT (dialog == NULL || !gtk_widget_get_visible (dialog));
      if (dialog != NULL)
        g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      /* The key derived from what was typed, or refused. */
      PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, !psl_sync_watch_get_busy (watch));
      psl_test_drain ();
      g_assert_cmpint (psl_sync_watch_has_key (watch), ==, attempt == 1);
    }
  wait_row (GTK_WIDGET (prefs), _("Exchanges by Itself"), TRUE);
  psl_test_gui_close (&f->gui);

  /* Cajarc makes a firm and sends it; Figeac applies it by itself. */
  psl_test_exec (f->cajarc, "INSERT INTO company (id, legal_name, postcode) VALUES"
                            " ('c0000000-0000-4000-8000-0000000000c1', 'Ferme des Causses', '46160');");
  exchange (f, f->cajarc);
  wait_count (f->store, "SELECT count(*) FROM company WHERE legal_name = 'Ferme des Causses';", 1);

  /* Figeac makes a firm: its file goes out by itself once Figeac is
   * quiet, and Cajarc receives it at its next exchange. */
  psl_sync_watch_set_quiet_seconds (watch, 1);
  psl_test_exec (f->store, "INSERT INTO company (id, legal_name, postcode) VALUES"
                           " ('c0000000-0000-4000-8000-0000000000a1', 'Scierie du Célé', '46160');");
  wait_count (f->store, "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;", 0);
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, !psl_sync_watch_get_busy (watch));
  exchange (f, f->cajarc);
  g_assert_cmpint (psl_test_count (f->cajarc, "SELECT count(*) FROM company WHERE legal_name = 'Scierie du Célé';"), ==, 1);
}

/* A site closed for good is retired from its row, after a confirmation;
 * its records stay. */
static void
test_retire (Fixture       *f,
             gconstpointer  data)
{
  PslPreferencesWindow *prefs = open_sites (f);
  GtkWidget *row, *button, *dialog;

  wait_row (GTK_WIDGET (prefs), "Cajarc", TRUE);
  row = psl_test_find_row (GTK_WIDGET (prefs), "Cajarc");
  button = psl_test_find_button (row, _("Retire…"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);

  /* Cancelled first: nothing changes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  psl_test_close (dialog);
  psl_test_wait_worker (f->store);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM site WHERE retired_at IS NOT NULL;"), ==, 0);

  g_signal_emit_by_name (psl_test_find_button (psl_test_find_row (GTK_WIDGET (prefs), "Cajarc"), _("Retire…")),
                         "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "retire");
  psl_test_close (dialog);
  PSL_TEST_WAIT (psl_test_count (f->store, "SELECT count(*) FROM site WHERE name = 'Cajarc' AND retired_at IS NOT NULL;") == 1);
  /* Said in its row, which offers no retiring any more. */
  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (prefs), "Cajarc")) != NULL &&
                 psl_test_find_button (row, _("Retire…")) == NULL);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE id = '" FIRM "';"), ==, 1);
}

static PslApplication *the_app;

/* The window, among the application's, open on path's base. */
static PslWindow *
window_on (const char *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (the_app)); l != NULL; l = l->next)
    if (PSL_IS_WINDOW (l->data) && psl_window_get_store (l->data) != NULL &&
        g_strcmp0 (psl_store_get_path (psl_window_get_store (l->data)), path) == 0)
      return l->data;
  return NULL;
}

static PslJoinDialog *
open_join_dialog (PslWindow  *window,
                  const char *folder,
                  const char *passphrase,
                  const char *site)
{
  PslJoinDialog *dialog;

  psl_application_join_structure (the_app, GTK_WINDOW (window), psl_window_get_store (window));
  dialog = psl_test_find_toplevel (PSL_TYPE_JOIN_DIALOG);
  g_assert_nonnull (dialog);
  psl_join_dialog_set_folder (dialog, folder);
  gtk_editable_set_text (GTK_EDITABLE (psl_test_find_row (GTK_WIDGET (dialog), _("Structure passphrase"))), passphrase);
  gtk_editable_set_text (GTK_EDITABLE (psl_test_find_row (GTK_WIDGET (dialog), _("Name of this site"))), site);
  return dialog;
}

/* Refused: the dialog stays, says why, and the base is untouched. */
/* Whether the join dialog says why it refused (not that it is at work). */
static gboolean
join_said_why (PslSheet *dialog)
{
  const char *said = dialog != NULL ? psl_sheet_get_problem (dialog) : NULL;

  return said != NULL && g_strcmp0 (said, _("Joining…")) != 0 &&
         g_strcmp0 (said, _("Joining: the structure’s base is being received from the folder…")) != 0;
}

static void
join_refused (PslJoinDialog *dialog,
              const char    *expected)
{
  g_assert_false (psl_sheet_accept (PSL_SHEET (dialog)));
  /* Until the form is given back, with the reason (a wrong passphrase is
   * told only once the key is derived). */
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, join_said_why (PSL_SHEET (dialog)));
  if (strstr (psl_sheet_get_problem (PSL_SHEET (dialog)), expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, psl_sheet_get_problem (PSL_SHEET (dialog)));
  psl_test_close (GTK_WIDGET (dialog));
}

static guint
files_starting (const char *dir,
                const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

/* A new computer joins from its window: a wrong passphrase, a name
 * taken, a base with firms of its own are refused; then it joins, the
 * window reopens on the structure's base and the empty one is kept. */
static void
test_join_from_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "nouveau.db", NULL);
  g_autofree char *full = g_build_filename (f->dir, "plein.db", NULL);
  PslWindow *window;
  PslStore *store;

  /* A computer whose base already holds a firm may not give it up. */
  window = PSL_WINDOW (psl_application_open_database (the_app, full));
  psl_test_gui_take (&f->gui, window);
  psl_test_exec (psl_window_get_store (window),
                 "INSERT INTO company (id, legal_name) VALUES ('c0000000-0000-4000-8000-0000000000f1', 'Boulangerie');");
  join_refused (open_join_dialog (window, f->folder, PASSPHRASE, "Saint-Céré"), "contient déjà ses propres entreprises");
  psl_test_gui_close (&f->gui);

  /* From the first start's welcome: the dialog comes, and giving it up
   * leaves the first start where it was. */
  window = PSL_WINDOW (psl_application_open_database (the_app, path));
  psl_test_gui_take (&f->gui, window);
  {
    GtkWidget *view = psl_test_find_widget (GTK_WIDGET (window), PSL_TYPE_FIRST_START_VIEW);
    GtkWidget *dialog;

    g_assert_nonnull (view);
    gtk_widget_activate_action (view, "first-start.finish", "s", "join");
    PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (PSL_TYPE_JOIN_DIALOG)) != NULL);
    psl_test_close (dialog);
    g_assert_true (psl_test_find_widget (GTK_WIDGET (window), PSL_TYPE_FIRST_START_VIEW) == view);
    g_assert_cmpstr (psl_first_start_view_get_step (PSL_FIRST_START_VIEW (view)), ==, "welcome");
  }
  join_refused (open_join_dialog (window, f->folder, "pas la bonne phrase", "Saint-Céré"), "Phrase secrète incorrecte");
  g_assert_cmpuint (files_starting (f->dir, "nouveau.db.rejoint"), ==, 0);
  join_refused (open_join_dialog (window, f->folder, PASSPHRASE, "Cajarc"), "Cajarc");
  g_assert_cmpuint (files_starting (f->dir, "nouveau.db.rejoint"), ==, 0);
  g_assert_true (window_on (path) == window);

  /* Joined: the window on nouveau.db now shows the structure's firm. */
  g_object_set_data (G_OBJECT (window), "psl-test-old", GINT_TO_POINTER (TRUE));
  {
    PslSheet *dialog = PSL_SHEET (open_join_dialog (window, f->folder, PASSPHRASE, "Saint-Céré"));

    /* The dialog goes when the join succeeds; a refusal stays on it. */
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    g_assert_true (psl_sheet_accept (dialog) == FALSE);
    /* Told by a mark, not by address: the new window may take the old one's. */
    PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S,
                         (window_on (path) != NULL && g_object_get_data (G_OBJECT (window_on (path)), "psl-test-old") == NULL)
                         || join_said_why (dialog));
    if (join_said_why (dialog))
      g_error ("the join was refused: “%s”", psl_sheet_get_problem (dialog));
    if (dialog != NULL)
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  }
  psl_test_gui_take (&f->gui, window_on (path));
  store = psl_window_get_store (f->window);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE legal_name = 'Garage du Lot';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site WHERE name = 'Saint-Céré' AND is_local = 1;"), ==, 1);
  g_assert_cmpuint (files_starting (f->dir, "nouveau.db.avant-rejoindre-"), ==, 1);
  g_assert_cmpuint (files_starting (f->dir, "nouveau.db.rejoint"), ==, 0);

  /* The passphrase typed is the key of its watch: it exchanges by itself. */
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, psl_sync_watch_has_key (psl_sync_watch_get (store)));
  psl_test_exec (f->store, "INSERT INTO company (id, legal_name, postcode) VALUES"
                           " ('c0000000-0000-4000-8000-0000000000a2', 'Cave de Puy-l’Évêque', '46700');");
  exchange (f, f->store);
  wait_count (store, "SELECT count(*) FROM company WHERE legal_name = 'Cave de Puy-l’Évêque';", 1);
}

int
main (int   argc,
      char *argv[])
{
  the_app = PSL_APPLICATION (psl_test_gui_init (&argc, &argv));

  g_test_add ("/sync-page/exchanges-by-itself", Fixture, NULL, fixture_setup, test_exchanges_by_itself,
              fixture_teardown);
  g_test_add ("/sync-page/conflict-taken", Fixture, NULL, fixture_setup, test_conflict_taken, fixture_teardown);
  g_test_add ("/sync-page/retire", Fixture, NULL, fixture_setup, test_retire, fixture_teardown);
  g_test_add ("/sync-page/join-from-window", Fixture, NULL, fixture_setup, test_join_from_window, fixture_teardown);
  return g_test_run ();
}
