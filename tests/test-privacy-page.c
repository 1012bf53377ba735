/* test-privacy-page.c — on screen, a counsellor who is not the referent never sees the confidential part;
 * the referent does, and the reading is journaled; the Privacy page of Preferences follows the team */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "psl-audit-window.h"
#include "psl-document-window.h"
#include "psl-people-page.h"
#include "psl-retention-dialog.h"
#include "psl-person-page.h"
#include "psl-privacy-page.h"
#include "psl-record-dialog.h"
#include "psl-record-list.h"
#include "psl-test.h"
#include "psl-test-gui.h"
#include "privacy/psl-audit.h"
#include "privacy/psl-privacy.h"
#include "privacy/psl-retention.h"

#define SECRET "Suivi addictologie au CSAPA de Cahors"
#define SECRET_NOTE "Expulsion locative en cours"

#define FIXTURE \
  "INSERT INTO staff (id, first_name, last_name, role) VALUES" \
  " ('a', 'Alice', 'Vayssière', 'cip'), ('b', 'Bruno', 'Rey', 'cip'), ('d', 'Diane', 'Roux', 'direction');" \
  "INSERT INTO privacy_account (account, staff_id) VALUES ('alice', 'a'), ('bruno', 'b'), ('diane', 'd');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, referent_id) VALUES" \
  " ('11111111-1111-4111-8111-111111111111', 'Léa', 'Puech', '2026-01-05', 'b');" \
  "INSERT INTO person (id, first_name, last_name, entered_on, exited_on, referent_id) VALUES" \
  " ('44444444-4444-4444-8444-444444444444', 'Hugo', 'Delmas', '2018-03-01', '2019-06-30', 'b');" \
  "INSERT INTO person_sensitive (id, person_id, category, detail, recorded_on) VALUES" \
  " ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'health', '" SECRET "'," \
  "  '2026-01-06');" \
  "INSERT INTO barrier (id, person_id, code, identified_on, notes) VALUES" \
  " ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 'logement', '2026-01-06'," \
  "  '" SECRET_NOTE "');"

#define LEA "11111111-1111-4111-8111-111111111111"

typedef PslTestGuiFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *recovery = NULL;

  psl_test_gui_setup (f, FIXTURE);
  key = g_build_filename (f->dir, "structure.key", NULL);
  recovery = psl_privacy_set_up (f->store, key, FALSE, &error);
  g_assert_no_error (error);
  psl_privacy_set_key_file (key);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_privacy_set_key_file (NULL);
  psl_test_gui_teardown (f, data);
}

/* Every text the widgets under root show: labels, titles, subtitles, entries. */
static void
collect_texts (GtkWidget *root,
               GString   *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LABEL (w))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (w)));
      if (GTK_IS_EDITABLE (w) && !GTK_IS_TEXT (w))
        g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (w)));
      if (GTK_IS_TEXT_VIEW (w))
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (w));
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_string_append_printf (out, "%s\n", text);
        }
      collect_texts (w, out);
    }
}

/* What every open window shows. */
static char *
screen_text (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window))
        collect_texts (window, out);
    }
  return g_string_free (out, FALSE);
}

static PslPersonPage *
open_lea (Fixture    *f,
          const char *account)
{
  PslPersonPage *person;

  psl_privacy_set_account (f->store, account);
  f->page = psl_people_page_new (f->store);
  f->window = psl_test_present (GTK_WIDGET (f->page));
  gtk_window_maximize (GTK_WINDOW (f->window));
  g_assert_true (psl_people_page_open_person (f->page, LEA));
  person = PSL_PERSON_PAGE (psl_people_page_get_person (f->page));
  g_assert_nonnull (person);
  return person;
}

static gint64
readings (Fixture    *f,
          const char *staff)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_entry WHERE action = 'read_confidential'"
                                          " AND staff_id = '%s';", staff);
  return psl_test_count (f->store, sql);
}

static void
test_not_the_referent (Fixture       *f,
                       gconstpointer  data)
{
  PslPersonPage *person = open_lea (f, "alice");
  g_autofree char *text = NULL;
  GtkWidget *barriers;

  /* The confidential tab says something is there and whom to ask. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "private");
  psl_test_shoot (f->window, "privacy-not-referent");
  text = screen_text ();
  g_assert_null (strstr (text, SECRET));
  g_assert_null (strstr (text, SECRET_NOTE));
  g_assert_nonnull (strstr (text, "Bruno Rey"));
  g_clear_pointer (&text, g_free);

  /* The barrier opens, without its notes. */
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "barriers");
  barriers = psl_test_find_widget (gtk_stack_get_visible_child (psl_person_page_get_tab_stack (person)),
                                   PSL_TYPE_RECORD_LIST);
  g_assert_true (gtk_widget_activate_action (barriers, "record-list.edit", "s", "33333333-3333-4333-8333-333333333333"));
  g_assert_nonnull (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  text = screen_text ();
  g_assert_null (strstr (text, SECRET_NOTE));
  psl_test_close (psl_test_find_toplevel (PSL_TYPE_RECORD_DIALOG));
  g_clear_pointer (&text, g_free);

  /* Nor on paper: the access document is refused, and nothing is journaled. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (person), "person-page.rights-print", NULL));
  text = screen_text ();
  g_assert_null (strstr (text, SECRET));
  g_assert_cmpint (readings (f, "a"), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print';"), ==, 0);
  /* The barrier's notes are still there. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE notes LIKE 'psl1:%';"), ==, 1);
}

/* Employer relations see what a firm may be told, and nothing of the sheet:
 * not the confidential part, not the barriers' notes, not the person's
 * notes, birth date, phone, address or situation, even in hidden widgets. */
static void
test_firm_view (Fixture       *f,
                gconstpointer  data)
{
  static const char *const never[] = {
    SECRET, SECRET_NOTE, "Sortie de détention en mars", "06 12 34 56 78", "1994", "7 rue du Pont", NULL
  };
  PslPersonPage *person;
  GtkStack *tabs;
  g_autofree char *text = NULL;
  g_autofree char *firm_text = NULL;

  psl_test_exec (f->store,
    "INSERT INTO staff (id, first_name, last_name, role, phone) VALUES"
    " ('r', 'Rémi', 'Caze', 'relations_entreprises', NULL);"
    "INSERT INTO privacy_account (account, staff_id) VALUES ('remi', 'r');"
    "UPDATE staff SET phone = '05 65 11 22 33' WHERE id = 'b';"
    "UPDATE person SET project = 'Cariste', project_rome = 'N1101', strengths = 'Ponctuelle, CACES 3',"
    "  languages = 'Français, occitan', driving_licence = 1, mobility_km = 30, available_from = '2026-09-01',"
    "  notes = 'Sortie de détention en mars', phone = '06 12 34 56 78', birth_date = '1994-02-03',"
    "  address = '7 rue du Pont', situation = 'rsa', created_by = 'a', updated_by = 'b'"
    " WHERE id = '" LEA "';");

  person = open_lea (f, "remi");
  tabs = psl_person_page_get_tab_stack (person);
  psl_test_shoot (f->window, "privacy-firm-view");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tabs), ==, "firm");
  g_assert_false (gtk_stack_page_get_visible (gtk_stack_get_page (tabs, gtk_stack_get_child_by_name (tabs,
                                                                                                    "identity"))));
  g_assert_false (gtk_stack_page_get_visible (gtk_stack_get_page (tabs, gtk_stack_get_child_by_name (tabs,
                                                                                                    "private"))));
  text = screen_text ();
  for (guint i = 0; never[i] != NULL; i++)
    if (strstr (text, never[i]) != NULL)
      g_error ("“%s” is shown to employer relations", never[i]);
  g_assert_nonnull (strstr (text, "Cariste (N1101)"));
  g_assert_nonnull (strstr (text, "Ponctuelle, CACES 3"));
  g_assert_nonnull (strstr (text, "Bruno Rey"));
  g_assert_nonnull (strstr (text, "05 65 11 22 33"));
  /* The situation's choices are in the form's hidden lists; the firm's
   * view says nothing of it. */
  {
    GString *out = g_string_new (NULL);

    collect_texts (gtk_stack_get_child_by_name (tabs, "firm"), out);
    firm_text = g_string_free (out, FALSE);
  }
  g_assert_null (strstr (firm_text, "Allocataire du RSA"));
  g_clear_pointer (&firm_text, g_free);
  /* Nothing of the person goes on paper from here. */
  gtk_widget_activate_action (GTK_WIDGET (person), "person-page.rights-print", NULL);
  gtk_widget_activate_action (GTK_WIDGET (person), "person-page.print-pathway", NULL);
  g_assert_null (psl_test_find_toplevel (PSL_TYPE_DOCUMENT_WINDOW));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'print';"), ==, 0);
  g_assert_cmpint (readings (f, "r"), ==, 0);
  psl_test_close (f->window);
  f->window = NULL;

  /* The referent has the whole sheet, and the same firm's view beside it,
   * which holds none of the rest either. */
  person = open_lea (f, "bruno");
  tabs = psl_person_page_get_tab_stack (person);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tabs), ==, "identity");
  psl_test_shoot (f->window, "privacy-referent-sheet");
  g_clear_pointer (&text, g_free);
  text = screen_text ();
  g_assert_nonnull (strstr (text, "Sortie de détention en mars"));
  /* The sheet says who made it and who changed it last. */
  g_assert_nonnull (strstr (text, "Créé par Alice Vayssière le "));
  g_assert_nonnull (strstr (text, ", modifié par Bruno Rey le "));
  {
    GString *out = g_string_new (NULL);

    collect_texts (gtk_stack_get_child_by_name (tabs, "firm"), out);
    firm_text = g_string_free (out, FALSE);
  }
  g_assert_nonnull (strstr (firm_text, "Cariste (N1101)"));
  for (guint i = 0; never[i] != NULL; i++)
    g_assert_null (strstr (firm_text, never[i]));
}

static void
test_referent_reads (Fixture       *f,
                     gconstpointer  data)
{
  PslPersonPage *person = open_lea (f, "bruno");
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "private");
  psl_test_shoot (f->window, "privacy-referent");
  text = screen_text ();
  g_assert_nonnull (strstr (text, SECRET));
  g_assert_cmpint (readings (f, "b"), >=, 1);
}

#define HEALTH_BARRIER "55555555-5555-4555-8555-555555555555"

/* What the Freins tab shows to account: its texts, and whether the
 * health barrier's row opens. */
static char *
barriers_tab (Fixture    *f,
              const char *account,
              gboolean   *opens)
{
  PslPersonPage *person;
  GtkWidget *barriers;
  GtkWidget *row;

  psl_test_exec (f->store, "INSERT OR IGNORE INTO partner (id, name, kind) VALUES ('pa', 'CSAPA du Lot', 'sante');"
                           "INSERT OR IGNORE INTO barrier (id, person_id, code, identified_on, status, partner_id)"
                           " VALUES ('" HEALTH_BARRIER "', '" LEA "', 'sante', '2026-01-20', 'in_progress', 'pa');");
  person = open_lea (f, account);
  gtk_stack_set_visible_child_name (psl_person_page_get_tab_stack (person), "barriers");
  barriers = psl_test_find_widget (gtk_stack_get_visible_child (psl_person_page_get_tab_stack (person)),
                                   PSL_TYPE_RECORD_LIST);
  row = psl_test_find_row (barriers, account[0] == 'a' ? "D’ordre personnel (confidentiel)" : "Santé");
  g_assert_nonnull (row);
  *opens = gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)) &&
           gtk_actionable_get_action_name (GTK_ACTIONABLE (row)) != NULL;
  psl_test_shoot (f->window, account[0] == 'a' ? "barriers-not-referent" : "barriers-referent");
  return screen_text ();
}

/* A health barrier, to a counsellor who is not the referent (data
 * "alice"): that it is there, its dates and whom to ask; never its name
 * nor its partner, and it does not open.  The referent ("bruno") sees it
 * whole and opens it.  The other barrier is shown to both as it is. */
static void
test_barriers (Fixture       *f,
               gconstpointer  data)
{
  gboolean referent = g_str_equal (data, "bruno");
  gboolean opens = !referent;
  g_autofree char *text = barriers_tab (f, data, &opens);

  g_assert_true (opens == referent);
  /* The barrier's name on a line of its own (the Confidentiel tab's
   * description says "Santé, handicap…"); the partners are also choices
   * of the sheet's Prescripteur, hidden. */
  g_assert_true ((strstr (text, "\nSanté\n") != NULL) == referent);
  g_assert_true ((strstr (text, "avec CSAPA du Lot") != NULL) == referent);
  g_assert_true ((strstr (text, "D’ordre personnel (confidentiel)") == NULL) == referent);
  g_assert_true ((strstr (text, "Adressez-vous à Bruno Rey") == NULL) == referent);
  g_assert_nonnull (strstr (text, "En cours de levée"));
  g_assert_nonnull (strstr (text, "Logement"));
  if (!referent)
    g_assert_cmpint (readings (f, "a"), ==, 0);
}

/* The rows are made again after a change, in an idle: waits for the row
 * of name to be back, showing choice. */
static void
wait_for_row (PslPrivacyPage *page,
              const char     *name,
              guint           choice)
{
  GtkWidget *row = psl_test_find_row (GTK_WIDGET (page), name);

  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (page), name)) != NULL &&
                 adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == choice);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, choice);
}

static void
test_privacy_page (Fixture       *f,
                   gconstpointer  data)
{
  PslPrivacyPage *page;
  AdwPreferencesWindow *window;
  GtkWidget *row;
  g_autofree char *text = NULL;

  psl_privacy_set_account (f->store, "diane");
  window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  page = psl_privacy_page_new (f->store);
  adw_preferences_window_add (window, ADW_PREFERENCES_PAGE (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 740);
  gtk_window_present (GTK_WINDOW (window));
  f->window = GTK_WIDGET (window);
  psl_test_shoot (GTK_WIDGET (window), "privacy-page");
  text = screen_text ();
  g_assert_nonnull (strstr (text, "Diane Roux — Direction"));
  g_assert_nonnull (strstr (text, "Chiffré"));

  /* Alice made direction from her row, then Diane's own role given up. */
  row = psl_test_find_row (GTK_WIDGET (page), "Alice Vayssière");
  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 4);
  wait_for_row (page, "Alice Vayssière", 4);
  psl_test_assert_text (f->store, "SELECT role FROM staff WHERE id = 'a';", "direction");
  /* An empty role is refused and said; the row shows the role kept. */
  row = psl_test_find_row (GTK_WIDGET (page), "Bruno Rey");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  wait_for_row (page, "Bruno Rey", 2);
  psl_test_assert_text (f->store, "SELECT role FROM staff WHERE id = 'b';", "cip");
  g_clear_pointer (&text, g_free);
  text = screen_text ();
  g_assert_nonnull (strstr (text, "Donnez un rôle à Bruno Rey"));
  row = psl_test_find_row (GTK_WIDGET (page), "Bruno Rey");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 2);

  /* The retention preview names who goes and why, and changes nothing until applied. */
  psl_retention_dialog_present (GTK_WIDGET (page), f->store, FALSE);
  {
    GtkWidget *dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_autofree char *shown = NULL;

    g_assert_nonnull (dialog);
    psl_test_shoot (dialog, "privacy-retention");
    shown = screen_text ();
    g_assert_nonnull (strstr (shown, "Hugo Delmas"));
    g_assert_nonnull (strstr (shown, "sortie le 30/06/2019"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "later");
    psl_test_close (dialog);
  }
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL;"), ==, 0);

  /* Readings of a confidential part and of a barrier's details, as the
   * program journals them, and a retention period changed from the page. */
  g_assert_true (psl_audit_add (f->store, PSL_AUDIT_READ_CONFIDENTIAL, LEA, "person_sensitive", NULL));
  g_assert_true (psl_audit_add (f->store, PSL_AUDIT_READ_CONFIDENTIAL, LEA, "barrier", NULL));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (psl_test_find_widget (psl_test_find_row (GTK_WIDGET (page),
                                                                                      "Anonymiser après la sortie (mois)"),
                                                                    GTK_TYPE_SPIN_BUTTON)), 36);
  g_assert_cmpint (psl_retention_months (f->store, "inactive_person"), ==, 36);

  /* Direction reads the journal: the role changes are there, the rule
   * changed with who, from and to, and what was read in words. */
  {
    PslAuditWindow *journal = psl_audit_window_new (GTK_WINDOW (window), f->store);
    g_autofree char *shown = NULL;

    gtk_window_present (GTK_WINDOW (journal));
    psl_test_shoot (GTK_WIDGET (journal), "privacy-journal");
    shown = screen_text ();
    g_assert_nonnull (strstr (shown, "Rôle changé"));
    g_assert_nonnull (strstr (shown, "Alice Vayssière : Direction"));
    g_assert_nonnull (strstr (shown, "Conservation des données"));
    g_assert_nonnull (strstr (shown, "Diane Roux — Anonymiser après la sortie : de 24 à 36 mois"));
    g_assert_nonnull (strstr (shown, "partie confidentielle (santé, justice, ressources…)"));
    g_assert_nonnull (strstr (shown, "détails d’un frein"));
    g_assert_null (strstr (shown, "person_sensitive"));
    g_assert_null (strstr (shown, "barrier"));
    psl_test_close (GTK_WIDGET (journal));
  }
}

/* The Privacy page alone in Preferences, as direction (Diane) opens it. */
static PslPrivacyPage *
open_privacy_page (Fixture *f,
                   int      height)
{
  AdwPreferencesWindow *window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  PslPrivacyPage *page;

  psl_privacy_set_account (f->store, "diane");
  page = psl_privacy_page_new (f->store);
  adw_preferences_window_add (window, ADW_PREFERENCES_PAGE (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, height);
  gtk_window_present (GTK_WINDOW (window));
  f->window = GTK_WIDGET (window);
  PSL_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (page)));
  psl_test_wait_frame (GTK_WIDGET (page));
  return page;
}

/* The page's scrolled window, moved so that widget is in sight near its top. */
static GtkAdjustment *
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))));
  graphene_rect_t bounds;

  /* In the page's own coordinates, whatever its scrolling. */
  g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - 40);
  psl_test_wait_frame (widget);
  psl_test_wait_frame (widget);
  return adjustment;
}

/* A visible label whose text holds part. */
static gboolean
is_shown_label_holding (GtkWidget     *w,
                        gconstpointer  part)
{
  return GTK_IS_LABEL (w) && gtk_widget_get_visible (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), part) != NULL;
}

/* Whether widget is drawn, whole, inside the part of the page in sight. */
static gboolean
in_sight (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget) && gtk_widget_compute_bounds (widget, scrolled, &bounds) &&
         bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* One turn of the mouse wheel over widget, as X sends it: button 4 up, 5 down. */
static void
turn_wheel (GtkWidget  *widget,
            GdkSurface *surface,
            int         button)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t centre = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                 gtk_widget_get_height (widget) / 2.0);
  graphene_point_t at;
  double dx, dy;
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_autofree char *x = NULL, *y = NULL, *b = g_strdup_printf ("%d", button);
  int status = -1;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &centre, &at));
  gtk_native_get_surface_transform (native, &dx, &dy);
  x = g_strdup_printf ("%d", (int) (at.x + dx));
  y = g_strdup_printf ("%d", (int) (at.y + dy));
  /* Raised first: without a window manager, the windows of the tests
   * that run beside this one may lie over it. */
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "xdotool", "windowraise", xid, "mousemove", "--window", xid, x, y,
                                                  "click", b, NULL },
                               NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
}

/* Turns the wheel until cond holds, at most five times: a window of
 * another test mapped over this one between the raise and the turn takes
 * the turn, which is then given again. */
#define TURN_WHEEL_UNTIL(widget, surface, button, cond)                                    \
  G_STMT_START {                                                                         \
    for (int attempt_ = 0; attempt_ < 5 && !(cond); attempt_++)                          \
      {                                                                                  \
        gint64 until_ = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;                    \
        guint tick_ = g_timeout_add (10, psl_test_keep_cb, NULL);                        \
                                                                                         \
        turn_wheel ((widget), (surface), (button));                                      \
        while (!(cond) && g_get_monotonic_time () < until_)                              \
          g_main_context_iteration (NULL, TRUE);                                         \
        g_source_remove (tick_);                                                         \
      }                                                                                  \
    PSL_TEST_WAIT (cond);                                                                \
  } G_STMT_END

/* Set up from Preferences: without a keyring the message is where the
 * button is, in sight, and says what to do; with a key file, the
 * recovery key is shown once and the file encrypted. */
static void
test_set_up (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *key_file = g_build_filename (f->dir, "new.key", NULL);
  g_autofree char *text = NULL;
  PslPrivacyPage *page;
  GtkWidget *button, *result, *dialog;

  /* A file from before encryption, on a computer without a keyring. */
  g_clear_object (&f->store);
  f->store = psl_test_open (f->dir, "clear.db");
  psl_test_exec (f->store, FIXTURE);
  psl_privacy_set_key_file (NULL);
  g_assert_false (psl_privacy_is_set_up (f->store));

  page = open_privacy_page (f, 600);
  text = screen_text ();
  g_assert_nonnull (strstr (text, "pas de trousseau sur cet ordinateur"));
  button = psl_test_find_button (GTK_WIDGET (page), "_Mettre en place…");
  g_assert_nonnull (button);
  /* Where a person clicks it: at the foot of the page. */
  scroll_to (button);
  g_assert_true (in_sight (button));
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT ((result = psl_test_find_where (GTK_WIDGET (page), is_shown_label_holding, "pas de trousseau de clés")) != NULL &&
                 in_sight (result));
  psl_test_shoot (f->window, "privacy-set-up-no-keyring");
  g_assert_true (gtk_widget_has_css_class (result, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (result)), "Préférences, Confidentialité"));
  g_assert_false (psl_privacy_is_set_up (f->store));

  /* Given a key file (--key-file), it is set up, and the key shown once. */
  psl_privacy_set_key_file (key_file);
  g_signal_emit_by_name (button, "clicked");
  PSL_TEST_WAIT ((dialog = psl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  psl_test_shoot (dialog, "privacy-set-up-recovery");
  g_assert_true (psl_privacy_is_set_up (f->store));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_sensitive WHERE detail LIKE 'psl1:%';"),
                   ==, 1);
  g_assert_nonnull (psl_test_find_button (dialog, "_Imprimer…"));
  g_assert_nonnull (psl_test_find_button (dialog, "_Copier"));
  g_assert_false (gtk_widget_get_visible (result));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "done");
}

/* The mouse wheel over a retention period scrolls the page and leaves the
 * period alone; once the person is in the field, it changes it, and the
 * change is journaled with who, from and to. */
static void
test_wheel (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  PslPrivacyPage *page = open_privacy_page (f, 420);
  GtkWidget *spin, *row;
  GtkAdjustment *adjustment;
  GdkSurface *surface;
  double before;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (page))))
    {
      g_test_skip ("The wheel is turned with xdotool, on X11");
      return;
    }
  row = psl_test_find_row (GTK_WIDGET (page), "Anonymiser après la sortie (mois)");
  g_assert_nonnull (row);
  spin = psl_test_find_widget (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 24);
  adjustment = scroll_to (spin);
  before = gtk_adjustment_get_value (adjustment);
  g_assert_true (in_sight (spin));
  surface = gtk_native_get_surface (GTK_NATIVE (f->window));

  TURN_WHEEL_UNTIL (spin, surface, 5, gtk_adjustment_get_value (adjustment) != before ||
                                      gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)) != 24);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, before);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 24);
  g_assert_cmpint (psl_retention_months (f->store, "inactive_person"), ==, 24);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry WHERE action = 'retention';"), ==, 0);

  /* In the field, the wheel is the field's. */
  scroll_to (spin);
  gtk_widget_grab_focus (spin);
  PSL_TEST_WAIT (gtk_root_get_focus (GTK_ROOT (f->window)) != NULL &&
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), spin));
  TURN_WHEEL_UNTIL (spin, surface, 4, psl_retention_months (f->store, "inactive_person") == 25);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM audit_entry a JOIN staff s ON s.id = a.staff_id"
                                             " WHERE a.action = 'retention' AND s.last_name = 'Roux'"
                                             " AND a.detail = 'Anonymiser après la sortie : de 24 à 25 mois';"), ==, 1);
}

/* The position of name in a combo row's or drop-down's list of strings. */
static guint
position_of (GListModel *model,
             const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), name) == 0)
        return i;
    }
  g_error ("“%s” is not in the list", name);
  return 0;
}

static gboolean
text_is (PslStore   *store,
         const char *sql,
         const char *expected)
{
  g_autofree char *text = psl_test_query_text (store, sql);

  return g_strcmp0 (text, expected) == 0;
}

static const char *
shown_choice (GtkWidget *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (row));

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* Direction sees every login of the file with who it is, changes one and
 * adds one by name (an empty name refused, saying what to type); each
 * binding is journaled.  A counsellor sees the same logins, read only. */
static void
test_logins (Fixture       *f,
             gconstpointer  data)
{
  PslPrivacyPage *page = open_privacy_page (f, 740);
  const char *bound = "SELECT group_concat(account || '=' || staff_id, ' ')"
                      "  FROM (SELECT * FROM privacy_account ORDER BY account);";
  const char *journaled = "SELECT count(*) FROM audit_entry WHERE action = 'account';";
  GtkWidget *row, *add_row;
  GtkDropDown *staff;
  g_autofree char *text = NULL;
  g_autofree char *logins = NULL;
  gint64 before = psl_test_count (f->store, journaled);

  /* Each login, with the staff member it is tied to. */
  row = psl_test_find_row (GTK_WIDGET (page), "alice");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpstr (shown_choice (row), ==, "Alice Vayssière");
  g_assert_cmpstr (shown_choice (psl_test_find_row (GTK_WIDGET (page), "bruno")), ==, "Bruno Rey");
  g_assert_cmpstr (shown_choice (psl_test_find_row (GTK_WIDGET (page), "diane")), ==, "Diane Roux");
  scroll_to (row);
  psl_test_shoot (f->window, "privacy-logins");

  /* The login alice is Bruno's from now on. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              position_of (adw_combo_row_get_model (ADW_COMBO_ROW (row)), "Bruno Rey"));
  PSL_TEST_WAIT (text_is (f->store, bound, "alice=b bruno=b diane=d"));
  g_assert_cmpint (psl_test_count (f->store, journaled), ==, before + 1);
  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (page), "alice")) != NULL
                 && g_strcmp0 (shown_choice (row), "Bruno Rey") == 0);

  /* Adding a login with no name is refused, and says what to type. */
  add_row = psl_test_find_row (GTK_WIDGET (page), "Ajouter un identifiant");
  g_assert_nonnull (add_row);
  g_assert_true (gtk_widget_get_visible (add_row));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "   ");
  g_signal_emit_by_name (add_row, "apply");
  text = screen_text ();
  g_assert_nonnull (strstr (text, "Tapez l’identifiant"));
  g_clear_pointer (&logins, g_free);
  logins = psl_test_query_text (f->store, bound);
  g_assert_cmpstr (logins, ==, "alice=b bruno=b diane=d");

  /* A colleague's session, claire, tied to Alice. */
  staff = GTK_DROP_DOWN (psl_test_find_widget (add_row, GTK_TYPE_DROP_DOWN));
  gtk_drop_down_set_selected (staff, position_of (gtk_drop_down_get_model (staff), "Alice Vayssière"));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "  claire ");
  g_signal_emit_by_name (add_row, "apply");
  g_clear_pointer (&logins, g_free);
  logins = psl_test_query_text (f->store, bound);
  g_assert_cmpstr (logins, ==, "alice=b bruno=b claire=a diane=d");
  g_assert_cmpint (psl_test_count (f->store, journaled), ==, before + 2);
  PSL_TEST_WAIT ((row = psl_test_find_row (GTK_WIDGET (page), "claire")) != NULL
                 && g_strcmp0 (shown_choice (row), "Alice Vayssière") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  psl_test_close (f->window);
  f->window = NULL;

  /* Bruno (a counsellor) reads who each login is, and changes nothing. */
  {
    AdwPreferencesWindow *window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());

    psl_privacy_set_account (f->store, "bruno");
    page = psl_privacy_page_new (f->store);
    adw_preferences_window_add (window, ADW_PREFERENCES_PAGE (page));
    gtk_window_set_default_size (GTK_WINDOW (window), 640, 740);
    gtk_window_present (GTK_WINDOW (window));
    f->window = GTK_WIDGET (window);
    PSL_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (page)));
  }
  row = psl_test_find_row (GTK_WIDGET (page), "claire");
  g_assert_nonnull (row);
  g_assert_false (ADW_IS_COMBO_ROW (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Alice Vayssière");
  g_assert_null (psl_test_find_widget (row, GTK_TYPE_DROP_DOWN));
  add_row = psl_test_find_row (GTK_WIDGET (page), "Ajouter un identifiant");
  g_assert_true (add_row == NULL || !gtk_widget_get_visible (add_row));
  g_clear_pointer (&text, g_free);
  text = screen_text ();
  g_assert_nonnull (strstr (text, "ce que le rôle de ce membre permet de lire. Fixé par la direction."));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/privacy-page/not-the-referent", Fixture, NULL, fixture_setup, test_not_the_referent,
              fixture_teardown);
  g_test_add ("/privacy-page/firm-view", Fixture, NULL, fixture_setup, test_firm_view, fixture_teardown);
  g_test_add ("/privacy-page/referent-reads", Fixture, NULL, fixture_setup, test_referent_reads, fixture_teardown);
  g_test_add ("/privacy-page/barriers-hidden", Fixture, "alice", fixture_setup, test_barriers, fixture_teardown);
  g_test_add ("/privacy-page/barriers-referent", Fixture, "bruno", fixture_setup, test_barriers, fixture_teardown);
  g_test_add ("/privacy-page/preferences", Fixture, NULL, fixture_setup, test_privacy_page, fixture_teardown);
  g_test_add ("/privacy-page/logins", Fixture, NULL, fixture_setup, test_logins, fixture_teardown);
  g_test_add ("/privacy-page/set-up", Fixture, NULL, fixture_setup, test_set_up, fixture_teardown);
  g_test_add ("/privacy-page/wheel", Fixture, NULL, fixture_setup, test_wheel, fixture_teardown);
  return g_test_run ();
}
