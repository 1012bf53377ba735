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

typedef struct
{
  char     *dir;
  char     *folder;
  PslStore *site[2];
} Pair;

static void
set_phone (PslStore   *store,
           const char *phone,
           const char *when)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE company SET phone = '%s', updated_at = '%s' WHERE id = '" FIRM "';",
                                          phone, when);

  psl_test_exec (store, sql);
}

static void
exchange (Pair *p,
          int   i)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslSyncKey) key = psl_sync_unlock (p->site[i], p->folder, PASSPHRASE, &error);
  g_autoptr(PslSyncReport) report = NULL;

  g_assert_no_error (error);
  report = psl_sync_run (p->site[i], p->folder, key, NULL, &error);
  g_assert_no_error (error);
}

static void
pair_setup (Pair          *p,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  p->dir = psl_test_tmpdir ("sync-page");
  p->folder = g_build_filename (p->dir, "echange", NULL);
  path = g_build_filename (p->dir, "c.db", NULL);
  p->site[0] = psl_test_open (p->dir, "a.db");
  psl_test_exec (p->site[0], "UPDATE site SET name = 'Figeac';"
                             "INSERT INTO company (id, legal_name, postcode) VALUES"
                             " ('" FIRM "', 'Garage du Lot', '46400');");
  g_assert_true (psl_sync_init (p->site[0], p->folder, PASSPHRASE, &error));
  g_assert_no_error (error);
  p->site[1] = psl_sync_join (p->folder, PASSPHRASE, "Cajarc", path, &error);
  g_assert_no_error (error);

  /* Figeac writes the phone at 10:00, Cajarc at 11:00, neither having seen the other. */
  set_phone (p->site[0], "05 65 00 00 0A", "2026-12-05T10:00:00.000Z");
  set_phone (p->site[1], "05 65 00 00 0C", "2026-12-05T11:00:00.000Z");
  exchange (p, 1);
  exchange (p, 0);
}

static void
pair_teardown (Pair          *p,
               gconstpointer  data)
{
  for (int i = 0; i < 2; i++)
    g_clear_object (&p->site[i]);
  psl_test_rm_rf (p->dir);
  g_free (p->folder);
  g_free (p->dir);
}

static void
wait_row (GtkWidget  *root,
          const char *title,
          gboolean    present)
{
  gint64 deadline = g_get_monotonic_time () + SLOW_DEADLINE_S * G_USEC_PER_SEC;

  while (((psl_test_find_row (root, title) != NULL) != present) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if ((psl_test_find_row (root, title) != NULL) != present)
    g_error ("waited for the row “%s” to be %s", title, present ? "shown" : "gone");
}

static void
test_conflict_taken (Pair          *p,
                     gconstpointer  data)
{
  PslPreferencesWindow *prefs = psl_preferences_window_new (NULL, p->site[0]);
  g_autofree char *title = g_strdup_printf ("Garage du Lot — %s", _("Phone"));
  GtkWidget *row, *button;
  gint64 deadline;
  g_autofree char *phone = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "sync");

  /* Both sites listed, and the concurrent edit with its two values. */
  wait_row (GTK_WIDGET (prefs), title, TRUE);
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (prefs), "Figeac"));
  g_assert_nonnull (psl_test_find_row (GTK_WIDGET (prefs), "Cajarc"));
  phone = psl_test_query_text (p->site[0], "SELECT phone FROM company WHERE id = '" FIRM "';");
  g_assert_cmpstr (phone, ==, "05 65 00 00 0C");

  /* Taking Figeac's own value back: written in the store, the row goes. */
  row = psl_test_find_row (GTK_WIDGET (prefs), title);
  button = psl_test_find_widget (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_row (GTK_WIDGET (prefs), title, FALSE);
  deadline = g_get_monotonic_time () + SLOW_DEADLINE_S * G_USEC_PER_SEC;
  do
    {
      g_clear_pointer (&phone, g_free);
      g_main_context_iteration (NULL, FALSE);
      phone = psl_test_query_text (p->site[0], "SELECT phone FROM company WHERE id = '" FIRM "';");
    }
  while (g_strcmp0 (phone, "05 65 00 00 0A") != 0 && g_get_monotonic_time () < deadline);
  g_assert_cmpstr (phone, ==, "05 65 00 00 0A");
  g_assert_cmpint (psl_test_count (p->site[0], "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL;"), ==, 0);

  psl_test_close (GTK_WIDGET (prefs));
}

/* Waits until the query gives the count, or fails after a deadline. */
static void
wait_count (PslStore   *store,
            const char *sql,
            gint64      expected)
{
  gint64 deadline = g_get_monotonic_time () + SLOW_DEADLINE_S * G_USEC_PER_SEC;

  while (psl_test_count (store, sql) != expected && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (psl_test_count (store, sql), ==, expected);
}

/* The passphrase typed once in the preferences: the base then exchanges
 * by itself when another site's file lands in the folder, preferences
 * closed or not. */
static void
test_exchanges_by_itself (Pair          *p,
                          gconstpointer  data)
{
  PslPreferencesWindow *prefs = psl_preferences_window_new (NULL, p->site[0]);
  PslSyncWatch *watch = psl_sync_watch_get (p->site[0]);
  GtkWidget *row, *button, *dialog = NULL, *entry;
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (prefs));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "sync");
  wait_row (GTK_WIDGET (prefs), _("Exchange Folder"), TRUE);
  g_assert_false (psl_sync_watch_has_key (watch));

  /* Exchange now: the passphrase is asked, a wrong one first. */
  for (int attempt = 0; attempt < 2; attempt++)
    {
      button = NULL;
      deadline = g_get_monotonic_time () + SLOW_DEADLINE_S * G_USEC_PER_SEC;
      while ((button = psl_test_find_button (GTK_WIDGET (prefs), _("Exchange Now"))) == NULL &&
             g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_nonnull (button);
      while (!gtk_widget_get_sensitive (button) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_signal_emit_by_name (button, "clicked");
      while ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) == NULL && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_nonnull (dialog);
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
      while (dialog != NULL && gtk_widget_get_visible (dialog) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_true (dialog == NULL || !gtk_widget_get_visible (dialog));
      if (dialog != NULL)
        g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      while (psl_sync_watch_get_busy (watch) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_cmpint (psl_sync_watch_has_key (watch), ==, attempt == 1);
    }
  row = NULL;
  wait_row (GTK_WIDGET (prefs), _("Exchanges by Itself"), TRUE);
  psl_test_close (GTK_WIDGET (prefs));

  /* Cajarc makes a firm and sends it; Figeac applies it by itself. */
  psl_test_exec (p->site[1], "INSERT INTO company (id, legal_name, postcode) VALUES"
                             " ('c0000000-0000-4000-8000-0000000000c1', 'Ferme des Causses', '46160');");
  exchange (p, 1);
  wait_count (p->site[0], "SELECT count(*) FROM company WHERE legal_name = 'Ferme des Causses';", 1);
  (void) row;

  /* Figeac makes a firm: its file goes out by itself once Figeac is
   * quiet, and Cajarc receives it at its next exchange. */
  psl_sync_watch_set_quiet_seconds (watch, 1);
  psl_test_exec (p->site[0], "INSERT INTO company (id, legal_name, postcode) VALUES"
                             " ('c0000000-0000-4000-8000-0000000000a1', 'Scierie du Célé', '46160');");
  deadline = g_get_monotonic_time () + SLOW_DEADLINE_S * G_USEC_PER_SEC;
  while (psl_test_count (p->site[0], "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;") > 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (psl_test_count (p->site[0], "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;"), ==, 0);
  while (psl_sync_watch_get_busy (watch) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  exchange (p, 1);
  g_assert_cmpint (psl_test_count (p->site[1], "SELECT count(*) FROM company WHERE legal_name = 'Scierie du Célé';"), ==, 1);
}

/* A site closed for good is retired from its row, after a confirmation;
 * its records stay. */
static void
test_retire (Pair          *p,
             gconstpointer  data)
{
  PslPreferencesWindow *prefs = psl_preferences_window_new (NULL, p->site[0]);
  GtkWidget *row, *button, *dialog;

  gtk_window_present (GTK_WINDOW (prefs));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), "sync");
  wait_row (GTK_WIDGET (prefs), "Cajarc", TRUE);
  row = psl_test_find_row (GTK_WIDGET (prefs), "Cajarc");
  button = psl_test_find_button (row, _("Retire…"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);

  /* Cancelled first: nothing changes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  psl_test_close (dialog);
  psl_test_wait_worker (p->site[0]);
  g_assert_cmpint (psl_test_count (p->site[0], "SELECT count(*) FROM site WHERE retired_at IS NOT NULL;"), ==, 0);

  g_signal_emit_by_name (psl_test_find_button (psl_test_find_row (GTK_WIDGET (prefs), "Cajarc"), _("Retire…")),
                         "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "retire");
  psl_test_close (dialog);
  PSL_TEST_WAIT (psl_test_count (p->site[0], "SELECT count(*) FROM site WHERE name = 'Cajarc' AND retired_at IS NOT NULL;") == 1);
  /* Said in its row, which offers no retiring any more. */
  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (prefs), "Cajarc")) != NULL &&
                 psl_test_find_button (row, _("Retire…")) == NULL);
  g_assert_cmpint (psl_test_count (p->site[0], "SELECT count(*) FROM company WHERE id = '" FIRM "';"), ==, 1);
  psl_test_close (GTK_WIDGET (prefs));
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
test_join_from_window (Pair          *p,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (p->dir, "nouveau.db", NULL);
  g_autofree char *full = g_build_filename (p->dir, "plein.db", NULL);
  PslWindow *window;
  PslStore *store;

  /* A computer whose base already holds a firm may not give it up. */
  window = PSL_WINDOW (psl_application_open_database (the_app, full));
  psl_test_exec (psl_window_get_store (window),
                 "INSERT INTO company (id, legal_name) VALUES ('c0000000-0000-4000-8000-0000000000f1', 'Boulangerie');");
  join_refused (open_join_dialog (window, p->folder, PASSPHRASE, "Saint-Céré"), "contient déjà ses propres entreprises");
  psl_test_close (GTK_WIDGET (window));

  /* From the first start's welcome: the dialog comes, and giving it up
   * leaves the first start where it was. */
  window = PSL_WINDOW (psl_application_open_database (the_app, path));
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
  join_refused (open_join_dialog (window, p->folder, "pas la bonne phrase", "Saint-Céré"), "Phrase secrète incorrecte");
  g_assert_cmpuint (files_starting (p->dir, "nouveau.db.rejoint"), ==, 0);
  join_refused (open_join_dialog (window, p->folder, PASSPHRASE, "Cajarc"), "Cajarc");
  g_assert_cmpuint (files_starting (p->dir, "nouveau.db.rejoint"), ==, 0);
  g_assert_true (window_on (path) == window);

  /* Joined: the window on nouveau.db now shows the structure's firm. */
  g_object_set_data (G_OBJECT (window), "psl-test-old", GINT_TO_POINTER (TRUE));
  {
    PslSheet *dialog = PSL_SHEET (open_join_dialog (window, p->folder, PASSPHRASE, "Saint-Céré"));

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
  store = psl_window_get_store (window_on (path));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE legal_name = 'Garage du Lot';"), ==, 1);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM site WHERE name = 'Saint-Céré' AND is_local = 1;"), ==, 1);
  g_assert_cmpuint (files_starting (p->dir, "nouveau.db.avant-rejoindre-"), ==, 1);
  g_assert_cmpuint (files_starting (p->dir, "nouveau.db.rejoint"), ==, 0);

  /* The passphrase typed is the key of its watch: it exchanges by itself. */
  PSL_TEST_WAIT_UP_TO (SLOW_DEADLINE_S, psl_sync_watch_has_key (psl_sync_watch_get (store)));
  psl_test_exec (p->site[0], "INSERT INTO company (id, legal_name, postcode) VALUES"
                             " ('c0000000-0000-4000-8000-0000000000a2', 'Cave de Puy-l’Évêque', '46700');");
  exchange (p, 0);
  wait_count (store, "SELECT count(*) FROM company WHERE legal_name = 'Cave de Puy-l’Évêque';", 1);
  psl_test_close (GTK_WIDGET (window_on (path)));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/sync-page/exchanges-by-itself", Pair, NULL, pair_setup, test_exchanges_by_itself, pair_teardown);
  g_test_add ("/sync-page/conflict-taken", Pair, NULL, pair_setup, test_conflict_taken, pair_teardown);
  g_test_add ("/sync-page/retire", Pair, NULL, pair_setup, test_retire, pair_teardown);
  g_test_add ("/sync-page/join-from-window", Pair, NULL, pair_setup, test_join_from_window, pair_teardown);
  the_app = psl_application_new (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (the_app), NULL, NULL))
    g_error ("The application could not be registered");
  return g_test_run ();
}
