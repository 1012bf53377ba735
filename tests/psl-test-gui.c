/* psl-test-gui.c — finding widgets as a person would, for the tests with a display */

#include "config.h"

#include "psl-application.h"
#include "psl-test.h"
#include <string.h>

#include "psl-test-gui.h"

GApplication *
psl_test_gui_init (int    *argc,
                   char ***argv)
{
  GApplication *app;

  /* Folders of its own for each test (HOME, XDG_*), as for the tests
   * without a display: what a window keeps there (page setup, recent
   * files) never reaches the machine's user. */
  psl_test_init (argc, argv);
  gtk_init ();
  adw_init ();
  app = G_APPLICATION (psl_application_new (G_APPLICATION_NON_UNIQUE));
  if (!g_application_register (app, NULL, NULL))
    g_error ("The application could not be registered");
  return app;
}

/* A tick that keeps a waiting loop awake. */
gboolean
psl_test_keep_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Until widget's window has gone through two frames after this call: what
 * was queued for layout is laid out and drawn. */
void
psl_test_wait_frame (GtkWidget *widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick_cb, &ticks, NULL);

  gtk_widget_queue_draw (widget);
  PSL_TEST_WAIT (ticks >= 2);
  gtk_widget_remove_tick_callback (widget, id);
}

static void
on_nothing_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  psl_store_after_jobs_finish (PSL_STORE (source), result, NULL);
  *(gboolean *) data = TRUE;
}

/* Until every job the store's worker had been given has run and its
 * answer has been delivered: the worker takes its jobs in order. */
void
psl_test_wait_worker (PslStore *store)
{
  gboolean done = FALSE;

  psl_store_after_jobs (store, NULL, on_nothing_done_cb, &done);
  PSL_TEST_WAIT (done);
  psl_test_drain ();
}

/* Everything already due on the main loop, and nothing more. */
void
psl_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Depth first: every widget match takes into found, or the first alone
 * (returned) when found is NULL. */
static GtkWidget *
walk (GtkWidget    *root,
      PslTestMatch  match,
      gconstpointer data,
      GPtrArray    *found)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *first;

      if (match (w, data))
        {
          if (found == NULL)
            return w;
          g_ptr_array_add (found, w);
        }
      if ((first = walk (w, match, data, found)) != NULL)
        return first;
    }
  return NULL;
}

GtkWidget *
psl_test_find_where (GtkWidget    *root,
                     PslTestMatch  match,
                     gconstpointer data)
{
  return walk (root, match, data, NULL);
}

GPtrArray *
psl_test_find_all (GtkWidget    *root,
                   PslTestMatch  match,
                   gconstpointer data)
{
  GPtrArray *found = g_ptr_array_new ();

  walk (root, match, data, found);
  return found;
}

static gboolean
is_row_titled (GtkWidget     *w,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0;
}

static gboolean
is_shown_row_titled (GtkWidget     *w,
                     gconstpointer  title)
{
  return gtk_widget_get_mapped (w) && is_row_titled (w, title);
}

/* The row titled title under root (a person finds a row by its title):
 * a shown one first, since hidden pages may have rows of the same name. */
GtkWidget *
psl_test_find_row (GtkWidget  *root,
                   const char *title)
{
  GtkWidget *row = psl_test_find_where (root, is_shown_row_titled, title);

  return row != NULL ? row : psl_test_find_where (root, is_row_titled, title);
}

static gboolean
is_of_type (GtkWidget     *w,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (w, GPOINTER_TO_SIZE (type));
}

/* The first widget of type under root, depth first. */
GtkWidget *
psl_test_find_widget (GtkWidget *root,
                      GType      type)
{
  return psl_test_find_where (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_button_labelled (GtkWidget     *w,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0;
}

/* The button labelled label under root (its label as shown, mnemonics
 * aside), depth first. */
GtkWidget *
psl_test_find_button (GtkWidget  *root,
                      const char *label)
{
  return psl_test_find_where (root, is_button_labelled, label);
}

static gboolean
is_label_holding (GtkWidget     *w,
                  gconstpointer  part)
{
  return GTK_IS_LABEL (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), part) != NULL;
}

/* The label under root whose text holds part (a toast's title, a row's
 * subtitle), depth first. */
GtkWidget *
psl_test_find_label_holding (GtkWidget  *root,
                             const char *part)
{
  return psl_test_find_where (root, is_label_holding, part);
}

static gboolean
is_label_reading (GtkWidget     *w,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0;
}

/* The label reading text under root, depth first. */
GtkWidget *
psl_test_find_label (GtkWidget  *root,
                     const char *text)
{
  return psl_test_find_where (root, is_label_reading, text);
}

/* A visible window of type, such as the dialog an action just opened. */
gpointer
psl_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return item;
    }
  return NULL;
}

/* Shows child in a window, under a toast overlay as in the program, and
 * lets it draw once; returns the window. */
/* The window's navigation (win.open-company, win.open-person,
 * win.open-partner), answered by writing down what was asked. */
static void
on_open_cb (GSimpleAction *action,
            GVariant      *param,
            gpointer       window)
{
  const char *name = g_action_get_name (G_ACTION (action));

  g_object_set_data_full (G_OBJECT (window), "psl-test-opened",
                          g_strdup_printf ("%s:%s", name + strlen ("open-"), g_variant_get_string (param, NULL)),
                          g_free);
}

const char *
psl_test_opened (GtkWidget *window)
{
  return g_object_get_data (G_OBJECT (window), "psl-test-opened");
}

void
psl_test_forget_opened (GtkWidget *window)
{
  g_object_set_data (G_OBJECT (window), "psl-test-opened", NULL);
}

GtkWidget *
psl_test_present (GtkWidget *child)
{
  static const GActionEntry navigation[] = {
    { "open-company", on_open_cb, "s" }, { "open-person", on_open_cb, "s" }, { "open-partner", on_open_cb, "s" },
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), navigation, G_N_ELEMENTS (navigation), window);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  PSL_TEST_WAIT (gtk_widget_get_mapped (child) && gtk_widget_get_width (child) > 0);
  psl_test_drain ();
  return window;
}

void
psl_test_close (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  psl_test_drain ();
}

typedef struct
{
  GType       type;
  const char *title;
} GroupWanted;

static gboolean
is_group (GtkWidget     *w,
          gconstpointer  data)
{
  const GroupWanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (w, wanted->type) && ADW_IS_PREFERENCES_GROUP (w)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w)), wanted->title) == 0;
}

GtkWidget *
psl_test_find_group (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  GroupWanted wanted = { type, title };

  return is_group (root, &wanted) ? root : psl_test_find_where (root, is_group, &wanted);
}

/* Xvfb gives no keyboard to a test: the widget's shortcut for the key is
 * found among its controllers (those of its class included) and run. */
gboolean
psl_test_press (GtkWidget  *widget,
                const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accel) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* With PSL_TEST_SHOTS set, a picture of the screen there, to look at. */
void
psl_test_shoot (GtkWidget  *widget,
                const char *name)
{
  const char *dir = g_getenv ("PSL_TEST_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  /* Only for the pictures: what is queued drawn, twice over for the
   * stack's transition. */
  for (int i = 0; i < 10; i++)
    psl_test_wait_frame (widget);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_spawn_sync (NULL, (char *[]) { "import", "-window", "root", path, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, NULL, NULL, NULL, NULL);
}

void
psl_test_gui_setup (PslTestGuiFixture *f,
                    gconstpointer      sql)
{
  psl_test_fixture_setup (&f->base, sql);
}

/* The fixture's window closed, if the test has not closed it already. */
static void
let_go (PslTestGuiFixture *f)
{
  if (f->window_taken && f->window != NULL)
    g_object_remove_weak_pointer (f->window, &f->window);
  f->window_taken = FALSE;
  g_clear_pointer (&f->window, psl_test_close);
}

void
psl_test_gui_show (PslTestGuiFixture *f,
                   gpointer           page)
{
  let_go (f);
  f->page = page;
  f->window = psl_test_present (page);
}

void
psl_test_gui_take (PslTestGuiFixture *f,
                   gpointer           window)
{
  let_go (f);
  f->window = window;
  f->window_taken = TRUE;
  /* Gone with the window however it closes: closed twice, a window no
   * longer there would be. */
  g_object_add_weak_pointer (window, &f->window);
  gtk_window_present (window);
  PSL_TEST_WAIT (f->window == NULL || gtk_widget_get_mapped (f->window));
  psl_test_drain ();
}

void
psl_test_gui_close (PslTestGuiFixture *f)
{
  let_go (f);
  if (f->store != NULL)
    psl_test_wait_worker (f->store);
}

void
psl_test_gui_teardown (PslTestGuiFixture *f,
                       gconstpointer      sql)
{
  let_go (f);
  psl_test_fixture_teardown (&f->base, sql);
}
