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

/* The directory with referrals of the last twelve months and live
 * partnerships; a firm's partnerships, those in force first. */
static void
test_lists (void)
{
  g_autofree char *dir = psl_test_tmpdir ("psl-partner");
  g_autoptr(PslStore) store = psl_test_open (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GPtrArray) of_firm = NULL;
  PslPartnerLine *ccas, *ft;
  PslPartnershipLine *current;

  psl_test_exec (store,
    "INSERT INTO partner (id, name, kind) VALUES ('ft', 'France Travail Figeac', 'france_travail'),"
    " ('ccas', 'CCAS de Figeac', 'ccas');"
    "INSERT INTO referral (id, partner_id, received_on) VALUES ('r1', 'ft', '2026-11-01'),"
    " ('r2', 'ft', '2026-01-10'), ('r3', 'ft', '2025-11-22'), ('r4', 'ccas', '2025-06-01');"
    "INSERT INTO company (id, legal_name) VALUES ('c', 'Garage du Causse');"
    "INSERT INTO partnership (id, partner_id, cooperation_type, start_date, end_date) VALUES"
    " ('s1', 'ft', 'tutorat', '2024-01-01', NULL), ('s2', 'ft', 'tutorat', '2020-01-01', '2023-12-31');"
    "INSERT INTO partnership (id, company_id, cooperation_type, instrument, start_date, end_date) VALUES"
    " ('s3', 'c', 'tutorat', 'convention', '2021-01-01', '2022-01-01'),"
    " ('s4', 'c', 'tutorat', 'charte', '2025-03-01', NULL);"
    "INSERT INTO partnership_review (id, partnership_id, reviewed_on) VALUES ('v1', 's4', '2026-03-01'),"
    " ('v2', 's4', '2025-09-01');");

  partners = psl_partner_list (store, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (partners->len, ==, 2);
  ccas = g_ptr_array_index (partners, 0);          /* by name */
  ft = g_ptr_array_index (partners, 1);
  g_assert_cmpstr (ccas->name, ==, "CCAS de Figeac");
  g_assert_cmpuint (ccas->referrals, ==, 0);       /* June 2025 is too old */
  g_assert_cmpuint (ft->referrals, ==, 2);         /* 22 Nov 2025 is one day too old */
  g_assert_cmpuint (ft->partnerships, ==, 1);      /* s2 has ended */

  of_firm = psl_partnership_list (store, FALSE, "c", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (of_firm->len, ==, 2);
  current = g_ptr_array_index (of_firm, 0);
  g_assert_cmpstr (current->id, ==, "s4");
  g_assert_cmpuint (current->reviews, ==, 2);
  g_assert_cmpstr (current->last_review, ==, "2026-03-01");
  g_assert_nonnull (current->instrument_label);

  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/partner/partners-and-partnerships", test_partners_and_partnerships);
  g_test_add_func ("/partner/lists", test_lists);
  return g_test_run ();
}
