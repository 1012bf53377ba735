/* psl-application.c — the Passerelle application: windows, one per database
 *
 * The application is unique on the session: opening Passerelle again with
 * the same database presents its window; with another --database, opens a
 * second window.  Across sessions and users, the store's file lock keeps a
 * database to one writer.
 */

#define G_LOG_DOMAIN "psl-application"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-application.h"
#include "psl-join-dialog.h"
#include "psl-sync-watch.h"
#include "sync/psl-sync-exchange.h"
#include "psl-toast.h"
#include "psl-preferences-window.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-text-bounds.h"
#include "psl-window.h"

struct _PslApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PslApplication, psl_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this database file instead of the usual one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and quit"), NULL },
  { NULL }
};

static PslWindow *
find_window_for (PslApplication *self,
                 const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PSL_IS_WINDOW (l->data) &&
        g_strcmp0 (psl_window_get_database_path (l->data), path) == 0)
      return l->data;

  return NULL;
}

GtkWindow *
psl_application_open_database (PslApplication *self,
                               const char     *path)
{
  g_autofree char *resolved = path != NULL ? g_canonicalize_filename (path, NULL)
                                           : psl_store_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  PslWindow *window = find_window_for (self, resolved);

  if (window == NULL)
    {
      store = psl_store_open (resolved, PSL_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        g_printerr ("passerelle: %s\n", error->message);
      window = psl_window_new (self, resolved, store, error);
    }

  gtk_window_present (GTK_WINDOW (window));
  psl_application_tell_whats_new (self, GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
on_structure_joined_cb (PslJoinDialog  *dialog,
                        const char     *joined,
                        const char     *passphrase,
                        gboolean        remember,
                        PslApplication *self)
{
  g_autofree char *path = g_strdup (g_object_get_data (G_OBJECT (dialog), "psl-database"));
  PslWindow *old = find_window_for (self, path);
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  GtkWindow *window;
  PslStore *store;

  /* The old base is closed at once, not when the last page lets go of
   * it: SQLite must not hold the file that is about to be replaced. */
  if (old != NULL)
    {
      GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

      for (GList *l = windows; l != NULL; l = l->next)
        if (l->data != (gpointer) dialog && gtk_window_get_transient_for (l->data) == GTK_WINDOW (old))
          gtk_window_destroy (l->data);
      g_list_free (windows);
      if (psl_window_get_store (old) != NULL)
        psl_store_close (psl_window_get_store (old));
      gtk_window_destroy (GTK_WINDOW (old));
    }

  if (!psl_sync_adopt_joined (path, joined, &aside, &error))
    {
      window = psl_application_open_database (self, path);
      psl_toast_window_message (window, error->message);
      return;
    }
  window = psl_application_open_database (self, path);
  store = psl_window_get_store (PSL_WINDOW (window));
  if (store == NULL)
    return;
  psl_sync_watch_unlock (psl_sync_watch_get (store), passphrase, remember);
  if (aside != NULL)
    {
      g_autofree char *name = g_path_get_basename (aside);
      g_autofree char *message = g_strdup_printf (_("This computer now exchanges with the structure’s sites. "
                                                    "The previous base is kept as “%s”."), name);

      psl_toast_window_message (window, message);
    }
}

void
psl_application_join_structure (PslApplication *self,
                                GtkWindow      *parent,
                                PslStore       *store)
{
  PslJoinDialog *dialog;

  g_return_if_fail (PSL_IS_APPLICATION (self));
  g_return_if_fail (PSL_IS_STORE (store));

  dialog = psl_join_dialog_new (parent, store);
  g_object_set_data_full (G_OBJECT (dialog), "psl-database", g_strdup (psl_store_get_path (store)), g_free);
  g_signal_connect_object (dialog, "joined", G_CALLBACK (on_structure_joined_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static int
psl_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("passerelle %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static int
psl_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);
      path = g_file_get_path (file);
    }

  psl_application_open_database (PSL_APPLICATION (app), path);
  return 0;
}

static void
psl_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    psl_application_open_database (PSL_APPLICATION (app), NULL);
}

static void
on_about_cb (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Passerelle developers"), NULL };
  g_autofree char *notes = psl_application_release_notes ();

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "Passerelle",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("The employer network, the pathways, the placements and "
                                       "the follow-up in work of an insertion structure, "
                                       "in one file that works offline."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "release-notes-version", PACKAGE_VERSION,
                         "release-notes", notes,
                         "website", "https://github.com/passerelle/passerelle",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
on_help_cb (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  gtk_show_uri (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                "help:passerelle", GDK_CURRENT_TIME);
}

static void
on_preferences_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (PSL_IS_WINDOW (window))
    psl_window_show_preferences (PSL_WINDOW (window));
}

static void
on_quit_cb (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing each window saves its size and page. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  PslApplication *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        psl_application_open_database (self, path);
    }

  g_object_unref (chooser);
}

static void
choose_database (PslApplication      *self,
                 GtkFileChooserAction action)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean creating = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (creating ? _("New Database") : _("Open a Database"),
                                         parent, action,
                                         creating ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Passerelle databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (creating)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("passerelle.db"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_database_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  choose_database (user_data, GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
on_new_database_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  choose_database (user_data, GTK_FILE_CHOOSER_ACTION_SAVE);
}

static const GActionEntry app_actions[] = {
  { "about", on_about_cb },
  { "help", on_help_cb },
  { "preferences", on_preferences_cb },
  { "quit", on_quit_cb },
  { "open-database", on_open_database_cb },
  { "new-database", on_new_database_cb },
};

static void
psl_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (psl_application_parent_class)->startup (app);
  psl_text_bounds_install ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.open-database", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
}

static void
psl_application_class_init (PslApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = psl_application_handle_local_options;
  app_class->command_line = psl_application_command_line;
  app_class->activate = psl_application_activate;
  app_class->startup = psl_application_startup;
}

static void
psl_application_init (PslApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[COMMAND …]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Without a command, opens the Passerelle window.\n\n"
      "Commands (run “passerelle COMMAND --help” for their options):\n"
      "  demo [--large] FILE          fill a new database with demonstration data\n"
      "  import firms|contacts|people|journal FILE.csv|.xlsx|.ods\n"
      "                               import a list (--database DB, --sheet, --mapping)\n"
      "  import undo                  undo the last import of the last 24 hours\n"
      "  report NAME --output F.pdf   a printed document, or its tables in .csv or .xlsx:\n"
      "                               activity, followup, map (--from, --to), campaign,\n"
      "                               company, pathway, candidate, commitment, positioning,\n"
      "                               action-plan, person-data (.pdf or .json), diagnostic,\n"
      "                               convention (--placement ID);\n"
      "                               “passerelle report” alone shows their options\n"
      "  diagnostic export|import|grid  the Annexe 3 diagnostic between structures (.psl-diag)\n"
      "  share key|frame|export|import|withdraw  partner structures under a confidentiality frame\n"
      "  export calendar --output F.ics  the coming follow-ups for a diary, people by initials\n"
      "                               (--staff NAME, --full-names)\n"
      "  export map --view target|network --output F.png|.svg|.pdf|.dot\n"
      "                               the partnership map (--from, --to)\n"
      "  privacy retention|erase|audit|record|setup|recover|whoami|role|bind\n"
      "                               the people's rights, retention, the audit journal and\n"
      "                               who is at the keyboard (bind --account LOGIN --staff NAME)\n"
      "  sync init|join|status|retire  sites that exchange through a folder\n"
      "Every command takes --key-file F: the structure key from a file (0600), not a keyring."));
}

PslApplication *
psl_application_new (GApplicationFlags flags)
{
  return g_object_new (PSL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", "/io/github/passerelle/Passerelle",
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

/* Every page is lists, forms and Passerelle's own Cairo drawings (the
 * map, the charts, the previews of the documents), which GTK's Cairo
 * renderer draws as fast as its GL one.  A GL driver would only add to the
 * window's memory and start-up: under X11 GDK loads it when it opens the
 * display, to choose the windows' visual, even for windows drawn with
 * Cairo.  On an office computer without a graphics card that driver is
 * Mesa's software one, some 58 MB and a tenth of a second before the
 * first frame.  Whoever wants another renderer says so in GSK_RENDERER,
 * and GDK then keeps GL as it would. */
void
psl_application_choose_renderer (void)
{
  if (g_getenv ("GSK_RENDERER") != NULL)
    return;
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  if (g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
}

/* The same sentences as the metainfo's release notes, so that one
 * translation serves the software centre and the About window. */
char *
psl_application_release_notes (void)
{
  static const char *items[] = {
    N_("A new file's confidential parts are encrypted from its first start, and its recovery key is shown once, to print."),
    N_("Only direction ties a login to a staff member, and every print or export of a person's data is written to the audit journal."),
    N_("People deleted from the file are forgotten in their time like the others."),
    N_("The demonstration keeps its follow-ups, diagnostic, positioning and action plan as a team would."),
    N_("F1 opens the help from Preferences and from the import window too."),
  };
  g_autofree char *intro = g_markup_escape_text (_("Passerelle protects the confidential parts better and opens on a demonstration a director would believe:"), -1);
  GString *notes = g_string_new (NULL);

  g_string_append_printf (notes, "<p>%s</p><ul>", intro);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *item = g_markup_escape_text (_(items[i]), -1);

      g_string_append_printf (notes, "<li>%s</li>", item);
    }
  g_string_append (notes, "</ul>");
  return g_string_free (notes, FALSE);
}

gboolean
psl_application_tell_whats_new (PslApplication *self,
                                GtkWindow      *window)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)
                                                     : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (PSL_IS_APPLICATION (self), FALSE);

  if (schema == NULL || !PSL_IS_WINDOW (window))
    return FALSE;
  settings = g_settings_new (APPLICATION_ID);
  seen = g_settings_get_string (settings, "last-version-seen");
  if (g_strcmp0 (seen, PACKAGE_VERSION) == 0)
    return FALSE;
  g_settings_set_string (settings, "last-version-seen", PACKAGE_VERSION);
  /* A first installation has nothing to compare with. */
  if (*seen == '\0')
    return FALSE;

  /* Translators: %s is the version number, e.g. 0.2.0 */
  message = g_strdup_printf (_("Passerelle has been updated to version %s."), PACKAGE_VERSION);
  psl_window_add_toast_with_button (PSL_WINDOW (window), message, _("What’s New"), "app.about");
  return TRUE;
}
