/* test-dashboard.c — the home page: its figures, and its list of what is due (follow-ups, firm and partner reminders) */

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

/* Today is 2026-11-22: the month began on the 1st, three weeks ago was
 * 2026-11-01.  Each row is counted once, or left out for the reason
 * said beside it. */
#define FIGURES \
  "INSERT INTO company (id, legal_name, status, relationship_start) VALUES" \
  " ('new', 'Boulangerie Neuve', 'active', '2026-11-05'), ('old', 'Garage Ancien', 'active', '2020-01-01')," \
  " ('asleep', 'Scierie Endormie', 'dormant', '2019-01-01'), ('gone', 'Ancienne Usine', 'active', '2026-11-02');" \
  "UPDATE company SET deleted_at = '2026-11-03' WHERE id = 'gone';" \
  "INSERT INTO person (id, first_name, last_name, entered_on, exited_on) VALUES" \
  " ('ines', 'Inès', 'Neuve', '2026-11-10', NULL), ('hugo', 'Hugo', 'Suivi', '2025-01-01', NULL)," \
  " ('paul', 'Paul', 'Sorti', '2025-01-01', '2026-06-01'), ('zoe', 'Zoé', 'Demain', '2026-11-23', NULL)," \
  " ('del', 'Del', 'Efface', '2025-01-01', NULL);" \
  "UPDATE person SET deleted_at = '2026-11-03' WHERE id = 'del';" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, proposed_on, start_date, end_date, updated_at) VALUES" \
  " ('waits', 'hugo', 'old', 'proposed', NULL, '2026-10-01', NULL, NULL, '2026-10-01T09:00:00.000Z')," \
  /* moved on the day three weeks ago: not yet */ \
  " ('edge', 'hugo', 'old', 'presented', NULL, '2026-10-20', NULL, NULL, '2026-11-01T09:00:00.000Z')," \
  " ('of-del', 'del', 'old', 'proposed', NULL, '2026-10-01', NULL, NULL, '2026-10-01T09:00:00.000Z')," \
  " ('at-gone', 'hugo', 'gone', 'meeting', NULL, '2026-10-01', NULL, NULL, '2026-10-01T09:00:00.000Z')," \
  " ('refused', 'hugo', 'old', 'refused', NULL, '2026-10-01', NULL, NULL, '2026-10-01T09:00:00.000Z')," \
  " ('runs', 'ines', 'new', 'contract', 'contract', '2026-11-10', '2026-11-15', NULL, '2026-11-15T09:00:00.000Z')," \
  " ('ended', 'hugo', 'new', 'immersion', 'immersion', '2026-10-20', '2026-11-01', '2026-11-10'," \
  "  '2026-11-10T09:00:00.000Z')," \
  " ('later', 'hugo', 'new', 'contract', 'contract', '2026-11-20', '2026-12-01', NULL, '2026-11-20T09:00:00.000Z');" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status) VALUES" \
  " ('o1', 'new', 4, 'Vendeuse', '2026-11-01', 'open'), ('o2', 'old', 4, 'Mécanicien', '2026-11-01', 'filled')," \
  " ('o3', 'old', 2, 'Immersion', '2026-11-01', 'open');" \
  "UPDATE opportunity SET deleted_at = '2026-11-03' WHERE id = 'o3';" \
  "INSERT INTO followup (id, person_id, label, due_on, done_on) VALUES" \
  " ('late', 'ines', 'En retard', '2026-11-01', NULL), ('week', 'ines', 'Cette semaine', '2026-11-25', NULL)," \
  " ('far', 'ines', 'Plus tard', '2026-12-15', NULL), ('done', 'ines', 'Fait', '2026-11-02', '2026-11-02');" \
  "INSERT INTO interaction (id, company_id, kind, occurred_at, next_step, next_due, next_done_on) VALUES" \
  " ('due', 'old', 'appel', '2026-11-01', 'Rappeler', '2026-11-20', NULL)," \
  " ('soon', 'old', 'appel', '2026-11-01', 'Rappeler', '2026-11-30', NULL)," \
  " ('did', 'old', 'appel', '2026-11-01', 'Rappeler', '2026-11-10', '2026-11-10');" \
  "INSERT INTO alert (id, person_id, raised_by, risk_level, opened_on, resolved_on) VALUES" \
  " ('open', 'ines', 'tutor', 2, '2026-11-18', NULL), ('closed', 'ines', 'tutor', 1, '2026-11-01', '2026-11-05');"

static void
test_figures (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  PslDashboardFigures figures;

  g_assert_true (psl_dashboard_load_figures (f->store, TODAY, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.companies_active, ==, 2);
  g_assert_cmpint (figures.companies_new_month, ==, 1);
  g_assert_cmpint (figures.companies_dormant, ==, 1);
  g_assert_cmpint (figures.people_followed, ==, 2);     /* Inès and Hugo: Paul left, Zoé comes tomorrow */
  g_assert_cmpint (figures.people_new_month, ==, 1);
  g_assert_cmpint (figures.placements_running, ==, 1);
  g_assert_cmpint (figures.placements_waiting, ==, 1);
  g_assert_cmpint (figures.opportunities_open, ==, 1);
  g_assert_cmpint (figures.followups_overdue, ==, 1);
  g_assert_cmpint (figures.followups_week, ==, 1);
  g_assert_cmpint (figures.reminders_due, ==, 1);
  g_assert_cmpint (figures.alerts_open, ==, 1);

  /* A week later, the presentation of 1 November waits too. */
  g_assert_true (psl_dashboard_load_figures (f->store, "2026-11-29", &figures, &error));
  g_assert_cmpint (figures.placements_waiting, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/dashboard/due-items", PslTestFixture, DUE, psl_test_fixture_setup, test_due_items,
              psl_test_fixture_teardown);
  g_test_add ("/dashboard/figures", PslTestFixture, FIGURES, psl_test_fixture_setup, test_figures,
              psl_test_fixture_teardown);
  return g_test_run ();
}
