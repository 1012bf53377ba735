/* test-contact.c — contacts' rules and a departing colleague's portfolio */

#include "config.h"

#include "psl-contact.h"
#include "psl-test.h"

#define TEAM \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Lacombe');" \
  "INSERT INTO company (id, legal_name, referent_id, deleted_at) VALUES" \
  " ('c1', 'Garage du Causse', 'a', NULL), ('c2', 'EHPAD Les Tilleuls', 'a', NULL)," \
  " ('c3', 'Transports Roques', 'b', NULL), ('c4', 'Ancienne SARL', 'a', '2025-01-01T00:00:00.000Z');"

static void
test_contact_rules (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_contact_create (f->store, "c1", "Zoé", "Lafon", &error);
  g_autofree char *nameless = NULL;
  g_autofree char *long_note = g_strnfill (10000, 'n');

  g_assert_no_error (error);
  nameless = psl_contact_create (f->store, "c1", "Zoé", "  ", &error);
  g_assert_null (nameless);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (psl_contact_set (f->store, id, "email", "zoe@garage.fr", &error));
  g_assert_false (psl_contact_set (f->store, id, "email", "zoe at garage", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_contact_set (f->store, id, "role", "chef", &error));
  g_clear_error (&error);
  g_assert_true (psl_contact_set (f->store, id, "is_tutor", "oui", &error));
  g_assert_true (psl_contact_set (f->store, id, "notes", long_note, &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM contact WHERE email = 'zoe@garage.fr'"
                                             " AND is_tutor = 1 AND length(notes) = 10000"), ==, 1);
}

static void
test_hand_over (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "a", NULL, &error), ==, -1);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "nobody", NULL, &error), ==, -1);
  g_clear_error (&error);

  /* Alice's two live firms go to Bruno, each with the note; the deleted one stays. */
  g_assert_cmpint (psl_portfolio_hand_over (f->store, "a", "b", "Alice part en formation.", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE referent_id = 'b'"), ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company WHERE referent_id = 'a'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM note WHERE subject_id IN ('c1', 'c2')"
                                             " AND body = 'Alice part en formation.' AND staff_id = 'b'"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/contact/rules", PslTestFixture, TEAM, psl_test_fixture_setup, test_contact_rules,
              psl_test_fixture_teardown);
  g_test_add ("/contact/hand-over", PslTestFixture, TEAM, psl_test_fixture_setup, test_hand_over,
              psl_test_fixture_teardown);
  return g_test_run ();
}
