/* test-partner.c — partner structures, partnerships and referral counts */

#include "config.h"

#include "psl-partner.h"
#include "psl-test.h"

static void
test_partners_and_partnerships (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-partner");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *ft = NULL, *ccas = NULL, *none = NULL, *bad_kind = NULL;
  g_autofree char *link = NULL, *both = NULL, *review = NULL, *bad_review = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  PslReferralCount *first;

  ft = psl_partner_create (store, "France Travail Figeac", "france_travail", &error);
  g_assert_no_error (error);
  ccas = psl_partner_create (store, "CCAS de Figeac", "ccas", &error);
  g_assert_no_error (error);
  none = psl_partner_create (store, "   ", "ccas", &error);
  g_assert_null (none);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad_kind = psl_partner_create (store, "Club", "golf", &error);
  g_assert_null (bad_kind);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  link = psl_partnership_create (store, NULL, ft, "tutorat", "01/01/2025", &error);
  g_assert_no_error (error);
  psl_test_exec (store, "INSERT INTO company (id, legal_name) VALUES ('c', 'Garage du Causse');");
  both = psl_partnership_create (store, "c", ft, "tutorat", "2025-01-01", &error);
  g_assert_null (both);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (psl_partnership_set (store, link, "instrument", "convention", &error));
  g_assert_false (psl_partnership_set (store, link, "end_date", "2024-12-31", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_null (strstr (error->message, "CHECK"));
  g_clear_error (&error);

  review = psl_partnership_add_review (store, link, "2025-12-15", "Bilan positif", &error);
  g_assert_no_error (error);
  bad_review = psl_partnership_add_review (store, link, "le 15", NULL, &error);
  g_assert_null (bad_review);
  g_clear_error (&error);

  /* Referrals: three from France Travail in 2026, one from the CCAS, one
   * from France Travail in 2025 (outside the period). */
  psl_test_exec (store,
    "INSERT INTO referral (id, partner_id, received_on) VALUES"
    " ('r1', (SELECT id FROM partner WHERE kind = 'france_travail'), '2026-01-10'),"
    " ('r2', (SELECT id FROM partner WHERE kind = 'france_travail'), '2026-03-10'),"
    " ('r3', (SELECT id FROM partner WHERE kind = 'france_travail'), '2026-11-22'),"
    " ('r4', (SELECT id FROM partner WHERE kind = 'ccas'), '2026-05-01'),"
    " ('r5', (SELECT id FROM partner WHERE kind = 'france_travail'), '2025-12-31');");
  counts = psl_partner_referral_counts (store, "2026-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, 2);
  first = g_ptr_array_index (counts, 0);
  g_assert_cmpstr (first->partner_id, ==, ft);
  g_assert_cmpuint (first->referrals, ==, 3);
  g_assert_cmpuint (((PslReferralCount *) g_ptr_array_index (counts, 1))->referrals, ==, 1);

  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/partner/partners-and-partnerships", test_partners_and_partnerships);
  return g_test_run ();
}
