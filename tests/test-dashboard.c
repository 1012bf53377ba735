/* test-dashboard.c — the home page's list of what is due: follow-ups, firm and partner reminders */

#include "config.h"

#include "psl-dashboard.h"
#include "psl-test.h"

#define TODAY "2026-11-22"

#define DUE \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Garage du Causse');" \
  "INSERT INTO partner (id, name, kind) VALUES ('ft', 'France Travail Figeac', 'france_travail');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('p', 'Léa', 'Puech', '2026-01-01');" \
  "INSERT INTO followup (id, person_id, label, due_on, done_on) VALUES" \
  " ('f1', 'p', 'Fin de période d''essai', '2026-11-25', NULL)," \
  " ('f2', 'p', 'Premier mois', '2026-09-01', NULL)," /* more than 30 days late: the Échéancier's */ \
  " ('f3', 'p', 'Premiers jours', '2026-11-20', '2026-11-20');" /* done */ \
  "INSERT INTO interaction (id, company_id, partner_id, kind, occurred_at, next_step, next_due) VALUES" \
  " ('i1', 'c', NULL, 'appel', '2026-11-01', 'Rappeler pour le CDD', '2026-11-21')," \
  " ('i2', NULL, 'ft', 'appel', '2026-11-01', 'Relancer la commission', '2026-11-23')," \
  " ('i3', 'c', NULL, 'appel', '2026-11-01', 'Trop loin', '2027-01-15');" /* past the horizon */

static void
test_due_items (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_dashboard_due_items (f->store, TODAY, 14, 50, &error);
  const struct { const char *kind, *id, *title; } expected[] = {
    { "reminder",         "i1", "Garage du Causse" },
    { "partner_reminder", "i2", "France Travail Figeac" },
    { "followup",         "f1", "Léa Puech" },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      PslDueItem *item = g_ptr_array_index (items, i);

      g_assert_cmpstr (item->kind, ==, expected[i].kind);
      g_assert_cmpstr (item->ref_id, ==, expected[i].id);
      g_assert_cmpstr (item->title, ==, expected[i].title);
    }

  /* The limit holds. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = psl_dashboard_due_items (f->store, TODAY, 14, 2, &error);
  g_assert_cmpuint (items->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/dashboard/due-items", PslTestFixture, DUE, psl_test_fixture_setup, test_due_items,
              psl_test_fixture_teardown);
  return g_test_run ();
}
