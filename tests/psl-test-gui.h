/* psl-test-gui.h — finding widgets as a person would, for the tests with a display */
#pragma once

#include <adwaita.h>

#include "psl-store.h"
#include "psl-test.h"

G_BEGIN_DECLS

/* How long a test waits for a condition before it fails: far beyond any
 * normal wait, so that only a real fault reaches it. */
#define PSL_TEST_DEADLINE_S 30

/* Runs the main loop until cond holds, waking at least every 10 ms for
 * conditions no event announces (a row written by the worker); fails,
 * saying what it waited for, after the deadline: a busy machine is slow,
 * never wrong. */
#define PSL_TEST_WAIT(cond) PSL_TEST_WAIT_UP_TO (PSL_TEST_DEADLINE_S, cond)
/* The same, for what does heavy work on the way (joining a structure
 * derives keys and restores a whole base): a longer deadline. */
#define PSL_TEST_WAIT_UP_TO(seconds, cond)                                              \
  G_STMT_START {                                                                        \
    gint64 psl_deadline_ = g_get_monotonic_time () + (seconds) * G_USEC_PER_SEC;        \
    guint psl_tick_ = g_timeout_add (10, psl_test_keep_cb, NULL);                       \
    while (!(cond) && g_get_monotonic_time () < psl_deadline_)                         \
      g_main_context_iteration (NULL, TRUE);                                            \
    g_source_remove (psl_tick_);                                                        \
    if (!(cond))                                                                        \
      g_error ("%s:%d: waited %d s for %s", __FILE__, __LINE__, (int) (seconds), #cond); \
  } G_STMT_END
/* In French, with a display and libadwaita, and the application the
 * windows belong to, registered once for the whole program. */
GApplication *psl_test_gui_init   (int        *argc,
                                   char     ***argv);
gboolean   psl_test_keep_cb       (gpointer    data);
void       psl_test_drain         (void);
void       psl_test_wait_frame    (GtkWidget  *widget);
void       psl_test_wait_worker   (PslStore   *store);
/* Whether widget is the one a search looks for. */
typedef gboolean (*PslTestMatch) (GtkWidget     *widget,
                                  gconstpointer  data);
/* The first widget under root, depth first, that match takes. */
GtkWidget *psl_test_find_where    (GtkWidget    *root,
                                   PslTestMatch  match,
                                   gconstpointer data);
/* Every widget under root that match takes, depth first (the array
 * does not reference them). */
GPtrArray *psl_test_find_all      (GtkWidget    *root,
                                   PslTestMatch  match,
                                   gconstpointer data);
GtkWidget *psl_test_find_label_holding (GtkWidget  *root,
                                        const char *part);
GtkWidget *psl_test_find_row      (GtkWidget  *root,
                                   const char *title);
/* The preferences group of type titled so, under root. */
GtkWidget *psl_test_find_group    (GtkWidget  *root,
                                   GType       type,
                                   const char *title);
GtkWidget *psl_test_find_widget   (GtkWidget  *root,
                                   GType       type);
GtkWidget *psl_test_find_button   (GtkWidget  *root,
                                   const char *label);
GtkWidget *psl_test_find_label    (GtkWidget  *root,
                                   const char *text);
gpointer   psl_test_find_toplevel (GType       type);
GtkWidget *psl_test_present       (GtkWidget  *child);
void       psl_test_close         (GtkWidget  *window);
/* The window psl_test_present () makes answers win.open-company,
 * win.open-person and win.open-partner as the program's window would:
 * what a page asked to open last, as "company:ID", "person:ID" or
 * "partner:ID", or NULL. */
const char *psl_test_opened        (GtkWidget  *window);
void        psl_test_forget_opened (GtkWidget  *window);
/* The key accel ("<Control>w", "Escape") as the widget's own shortcuts
 * take it: TRUE when one of them answered it. */
gboolean   psl_test_press         (GtkWidget  *widget,
                                   const char *accel);
/* With PSL_TEST_SHOTS set, a picture of the screen in that folder, named
 * name.png, to look at; nothing otherwise. */
void       psl_test_shoot         (GtkWidget  *widget,
                                   const char *name);

/* What a test with a display stands on: a scratch folder, a new database
 * (the setup's user_data is SQL to run first, or NULL, as for
 * PslTestFixture) and the window the test shows, with the page in it.
 * The test makes its page in its own setup after psl_test_gui_setup ();
 * the teardown closes the window, whatever made it (psl_test_present (),
 * psl_window_new ()). Window and page are untyped so that a test calls
 * its page's functions, or the program's window's, on them as they are. */
#define PSL_TEST_GUI_FIXTURE_FIELDS \
  PSL_TEST_FIXTURE;                 \
  gpointer window;                  \
  gpointer page;                    \
  gboolean window_taken
typedef struct
{
  PSL_TEST_GUI_FIXTURE_FIELDS;
} PslTestGuiFixture;

/* The first member of the fixture of a test that keeps more of its own,
 * as PSL_TEST_FIXTURE: its fields read as the test's, &f->gui goes to the
 * calls below. */
#define PSL_TEST_GUI_FIXTURE       \
  union                            \
  {                                \
    PslTestGuiFixture gui;         \
    struct                         \
    {                              \
      PSL_TEST_GUI_FIXTURE_FIELDS; \
    };                             \
  }

void       psl_test_gui_setup     (PslTestGuiFixture *f,
                                   gconstpointer      sql);
/* page shown in a window of its own (psl_test_present ()) as the
 * fixture's page, the window shown before closed: for a test that goes
 * from one page to the next. */
void       psl_test_gui_show      (PslTestGuiFixture *f,
                                   gpointer           page);
/* window, one of the program's own that the test made (a chart's, the
 * main window), presented as the fixture's window, the window shown
 * before closed: the teardown closes it unless the test closed it first,
 * as a person would (Ctrl+W, Escape). */
void       psl_test_gui_take      (PslTestGuiFixture *f,
                                   gpointer           window);
/* The fixture's window closed in the middle of a test (before its file is
 * opened again, or with nothing left open for what follows): what it gave
 * the fixture's database worker has ended. */
void       psl_test_gui_close     (PslTestGuiFixture *f);
/* The window closed and what it left on the main loop run, then the
 * database and the folder gone. */
void       psl_test_gui_teardown  (PslTestGuiFixture *f,
                                   gconstpointer      sql);

G_END_DECLS
