/* test-company-journal.c — the journal tab: warning, adding a contact, long histories */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "psl-company-journal.h"
#include "psl-format.h"
#include "psl-interaction.h"
#include "psl-test.h"
#include "psl-test-gui.h"

typedef PslTestGuiFixture Fixture;

/* Two colleagues; Transports Roques, called by Bruno five days ago and
 * visited by Alice two months ago; Ateliers Ratier, with no history yet. */
#define FIRMS \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Lacombe');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Transports Roques'), ('big', 'Ateliers Ratier');" \
  "INSERT INTO interaction (id, company_id, staff_id, kind, occurred_at, purpose) VALUES" \
  " ('i1', 'c', 'b', 'appel', date('now', 'localtime', '-5 days'), 'Offre de cariste')," \
  " ('i2', 'c', 'a', 'visite', date('now', 'localtime', '-60 days'), 'Présentation');"

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  psl_test_gui_setup (f, data);
  f->page = psl_company_journal_new ();
  f->window = psl_test_present (f->page);
}

static gboolean
is_entry_titled (GtkWidget     *w,
                 gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0;
}

/* Typed into the field titled title: rows are found by their title, as a
 * person finds them. */
static void
set_row (GtkWidget  *journal,
         const char *title,
         const char *text)
{
  GtkWidget *row = psl_test_find_where (journal, is_entry_titled, title);

  if (row == NULL)
    g_error ("no row titled %s", title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_journal (Fixture       *f,
              gconstpointer  data)
{
  PslCompanyJournal *journal = f->page;
  PslStore *store = f->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new ("INSERT INTO interaction (id, company_id, kind, occurred_at) VALUES ");

  /* Alice sees that Bruno called five days ago. */
  psl_company_journal_set_company (journal, store, "c", "a");
  g_assert_cmpuint (psl_company_journal_get_n_shown (journal), ==, 2);
  g_assert_nonnull (psl_company_journal_get_warning (journal));
  g_assert_nonnull (strstr (psl_company_journal_get_warning (journal), "Bruno Lacombe"));

  /* A reminder before the contact is refused and nothing is saved. */
  set_row (GTK_WIDGET (journal), _("Purpose"), "Relancer pour l'immersion");
  set_row (GTK_WIDGET (journal), _("Reminder date"), "2020-01-01");
  g_assert_false (psl_company_journal_add (journal, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction WHERE company_id = 'c'"), ==, 2);

  set_row (GTK_WIDGET (journal), _("Reminder date"), "2099-12-31");
  /* A visit (the first kind) brings its report; a report too long is
   * refused with the rest. */
  {
    g_autofree char *huge = g_strnfill (PSL_TEXT_MAX + 1, 'x');

    set_row (GTK_WIDGET (journal), _("Needs heard"), huge);
    g_assert_false (psl_company_journal_add (journal, &error));
    g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction WHERE company_id = 'c'"), ==, 2);
  }
  set_row (GTK_WIDGET (journal), _("Needs heard"), "Deux caristes pour le printemps");
  set_row (GTK_WIDGET (journal), _("Services proposed"), "Immersion de deux semaines");
  g_assert_true (psl_company_journal_add (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (psl_company_journal_get_n_shown (journal), ==, 3);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction WHERE company_id = 'c'"
                                          " AND staff_id = 'a' AND next_due = '2099-12-31'"
                                          " AND purpose = 'Relancer pour l''immersion'"), ==, 1);
  /* 45 to 60 minutes unless told; the report's two topics, not the empty one. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction WHERE company_id = 'c'"
                                          " AND kind = 'visite' AND duration_min = 50"
                                          " AND json_extract(details, '$.needs') = 'Deux caristes pour le printemps'"
                                          " AND json_extract(details, '$.services') = 'Immersion de deux semaines'"
                                          " AND json_extract(details, '$.activity') IS NULL"), ==, 1);

  /* A long history shows its latest hundred. */
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (many, "%s('h%u', 'big', 'appel', date('now', '-%u days'))", i ? "," : "", i, i);
  psl_test_exec (store, many->str);
  psl_company_journal_set_company (journal, store, "big", "a");
  g_assert_cmpuint (psl_company_journal_get_n_shown (journal), ==, 100);
  g_assert_null (psl_company_journal_get_warning (journal));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_test_add ("/journal/add-and-warn", Fixture, FIRMS, fixture_setup, test_journal, psl_test_gui_teardown);
  return g_test_run ();
}
