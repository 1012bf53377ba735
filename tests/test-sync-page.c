/* test-sync-page.c — the preferences page of the exchange, on two bases sharing one folder */

#include "config.h"

#include <glib/gi18n.h>

#include "psl-preferences-window.h"
#include "psl-sync-watch.h"
#include "sync/psl-sync-exchange.h"
#include "sync/psl-sync-seal.h"
#include "psl-test.h"
#include "psl-test-gui.h"

#define PASSPHRASE "Figeac et Cajarc"
#define FIRM "c0000000-0000-4000-8000-000000000002"

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
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

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
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
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
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

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
      deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
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
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (psl_test_count (p->site[0], "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;") > 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (psl_test_count (p->site[0], "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;"), ==, 0);
  while (psl_sync_watch_get_busy (watch) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  exchange (p, 1);
  g_assert_cmpint (psl_test_count (p->site[1], "SELECT count(*) FROM company WHERE legal_name = 'Scierie du Célé';"), ==, 1);
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
  return g_test_run ();
}
