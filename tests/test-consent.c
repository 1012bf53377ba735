/* test-consent.c — sharing about a person only with a consent in force, for that use and that firm */

#include "config.h"

#include <string.h>

#include "psl-consent.h"
#include "psl-format.h"
#include "psl-test.h"

#define PEOPLE \
  "INSERT INTO company (id, legal_name, trade_name) VALUES ('vidal', 'SARL Vidal', 'Boulangerie Vidal')," \
  " ('moulin', 'Garage du Moulin', NULL);" \
  "INSERT INTO partner (id, name, kind) VALUES ('ft', 'France Travail Figeac', 'france_travail');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES" \
  " ('any', 'A', 'Any', '2025-01-01'), ('one', 'O', 'One', '2025-01-01'), ('late', 'L', 'Late', '2025-01-01')," \
  " ('gone', 'G', 'Gone', '2025-01-01'), ('old', 'E', 'Old', '2025-01-01'), ('none', 'N', 'None', '2025-01-01')," \
  " ('other', 'S', 'Scope', '2025-01-01'), ('again', 'R', 'Again', '2025-01-01')," \
  " ('mixed', 'M', 'Mixed', '2025-01-01');" \
  "INSERT INTO consent (id, person_id, scope, company_id, partner_id, given_on, expires_on, withdrawn_on) VALUES" \
  " ('c1', 'any',   'cv_entreprise', NULL,     NULL, '2026-01-10', NULL,         NULL)," \
  " ('c2', 'one',   'cv_entreprise', 'vidal',  NULL, '2026-01-10', NULL,         NULL)," \
  " ('c3', 'late',  'cv_entreprise', NULL,     NULL, '2026-06-01', NULL,         NULL)," \
  " ('c4', 'gone',  'cv_entreprise', NULL,     NULL, '2026-01-10', NULL,         '2026-03-01')," \
  " ('c5', 'old',   'cv_entreprise', NULL,     NULL, '2025-01-10', '2025-12-31', NULL)," \
  " ('c6', 'other', 'enquete_sortie', NULL,    NULL, '2026-01-10', NULL,         NULL)," \
  /* withdrawn, then given again */ \
  " ('c7', 'again', 'cv_entreprise', NULL,     NULL, '2025-06-01', NULL,         '2025-09-01')," \
  " ('c8', 'again', 'cv_entreprise', NULL,     NULL, '2026-02-01', NULL,         NULL)," \
  /* for one firm, then a later one for any firm, withdrawn */ \
  " ('c9', 'mixed', 'cv_entreprise', 'vidal',  NULL, '2026-01-10', NULL,         NULL)," \
  " ('c10', 'mixed', 'cv_entreprise', NULL,    NULL, '2026-02-01', NULL,         '2026-03-01')," \
  " ('c11', 'mixed', 'partage_partenaire', NULL, 'ft', '2026-02-01', '2099-12-31', NULL);"

static void
test_allows (PslTestFixture *f,
             gconstpointer   data)
{
  static const struct
  {
    const char *person;
    const char *firm;
    const char *on;
    gboolean    allowed;
    const char *why;       /* a fragment of the reason, in the test's French */
  } cases[] = {
    { "any",   "moulin", "2026-04-01", TRUE,  NULL },            /* for any firm */
    { "any",   NULL,     "2026-04-01", TRUE,  NULL },            /* no firm in particular */
    { "any",   "moulin", "2026-01-10", TRUE,  NULL },            /* from the day it is given */
    { "any",   "moulin", "2026-01-09", FALSE, "qu’à partir du 10/01/2026" },
    { "one",   "vidal",  "2026-04-01", TRUE,  NULL },
    { "one",   "moulin", "2026-04-01", FALSE, "une autre entreprise (Boulangerie Vidal)" },
    { "one",   NULL,     "2026-04-01", FALSE, "Boulangerie Vidal" },  /* one firm only, none asked */
    { "late",  "vidal",  "2026-04-01", FALSE, "qu’à partir du 01/06/2026" },  /* given after the date */
    { "gone",  "vidal",  "2026-02-28", TRUE,  NULL },            /* withdrawn after the date */
    { "gone",  "vidal",  "2026-03-01", FALSE, "retiré le 01/03/2026" },  /* withdrawn on the date */
    { "gone",  "vidal",  "2026-09-01", FALSE, "retiré le 01/03/2026" },  /* withdrawn before the date */
    { "old",   "vidal",  "2025-12-31", TRUE,  NULL },            /* the last day it holds */
    { "old",   "vidal",  "2026-01-01", FALSE, "expiré le 31/12/2025" },
    { "none",  "vidal",  "2026-04-01", FALSE, "Aucun consentement" },
    { "other", "vidal",  "2026-04-01", FALSE, "Aucun consentement" },  /* another use */
    { "again", "vidal",  "2025-07-01", TRUE,  NULL },            /* before the first was withdrawn */
    { "again", "vidal",  "2025-12-01", FALSE, "retiré le 01/09/2025" },
    { "again", "vidal",  "2026-04-01", TRUE,  NULL },            /* given again */
    { "mixed", "vidal",  "2026-04-01", TRUE,  NULL },            /* the one for this firm holds */
    { "mixed", "moulin", "2026-02-15", TRUE,  NULL },            /* the one for any firm, then in force */
    { "mixed", "moulin", "2026-04-01", FALSE, "retiré le 01/03/2026" },  /* the latest one's reason */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *why = NULL;
      gboolean allowed = psl_consent_allows (f->store, cases[i].person, "cv_entreprise", cases[i].firm,
                                             cases[i].on, &why, &error);

      g_test_message ("case %u: %s with %s on %s", i, cases[i].person, cases[i].firm, cases[i].on);
      g_assert_no_error (error);
      g_assert_cmpint (allowed, ==, cases[i].allowed);
      if (cases[i].allowed)
        g_assert_null (why);
      else
        {
          g_assert_nonnull (why);
          if (strstr (why, cases[i].why) == NULL)
            g_error ("case %u: “%s” does not say “%s”", i, why, cases[i].why);
        }
    }
}

static void
test_allows_checks (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  /* A date that is not YYYY-MM-DD would be compared wrongly: refused. */
  g_assert_false (psl_consent_allows (f->store, "any", "cv_entreprise", NULL, "01/04/2026", &why, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_null (why);
  g_clear_error (&error);

  /* No date: today, when the consent for any firm holds; why_not may be
   * left out. */
  g_assert_true (psl_consent_allows (f->store, "any", "cv_entreprise", "vidal", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (psl_consent_allows (f->store, "none", "cv_entreprise", "vidal", NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_list (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) consents = psl_consent_list (f->store, "mixed", &error);
  g_autoptr(GPtrArray) none = NULL;
  PslConsent *consent;

  g_assert_no_error (error);
  g_assert_cmpuint (consents->len, ==, 3);
  /* In force first (the latest given first), then the withdrawn one. */
  consent = g_ptr_array_index (consents, 0);
  g_assert_cmpstr (consent->id, ==, "c11");
  g_assert_cmpstr (consent->scope, ==, "partage_partenaire");
  g_assert_cmpstr (consent->scope_label, ==, "Partager le parcours avec un partenaire");
  g_assert_null (consent->company_id);
  g_assert_null (consent->company_name);
  g_assert_cmpstr (consent->partner_id, ==, "ft");
  g_assert_cmpstr (consent->partner_name, ==, "France Travail Figeac");
  g_assert_cmpstr (consent->given_on, ==, "2026-02-01");
  g_assert_cmpstr (consent->expires_on, ==, "2099-12-31");
  g_assert_null (consent->withdrawn_on);
  consent = g_ptr_array_index (consents, 1);
  g_assert_cmpstr (consent->id, ==, "c9");
  g_assert_cmpstr (consent->company_id, ==, "vidal");
  g_assert_cmpstr (consent->company_name, ==, "Boulangerie Vidal");
  g_assert_null (consent->partner_id);
  consent = g_ptr_array_index (consents, 2);
  g_assert_cmpstr (consent->id, ==, "c10");
  g_assert_cmpstr (consent->withdrawn_on, ==, "2026-03-01");

  none = psl_consent_list (f->store, "none", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_withdraw (PslTestFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  /* Not before it was given, nor with a date in another form. */
  g_assert_false (psl_consent_withdraw (f->store, "c1", "2026-01-09", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_consent_withdraw (f->store, "c1", "2026-4-1", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_consent_withdraw (f->store, "no-such-consent", "2026-04-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM consent WHERE withdrawn_on IS NOT NULL"), ==, 3);

  /* Sharing stops from the day of the withdrawal. */
  g_assert_true (psl_consent_withdraw (f->store, "c1", "2026-04-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM consent WHERE id = 'c1'"
                                             " AND withdrawn_on = '2026-04-01'"), ==, 1);
  g_assert_true (psl_consent_allows (f->store, "any", "cv_entreprise", "vidal", "2026-03-31", NULL, &error));
  g_assert_false (psl_consent_allows (f->store, "any", "cv_entreprise", "vidal", "2026-04-01", &why, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (why, "retiré le 01/04/2026"));

  /* A withdrawal already recorded is not moved. */
  g_assert_false (psl_consent_withdraw (f->store, "c1", "2026-05-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM consent WHERE id = 'c1'"
                                             " AND withdrawn_on = '2026-04-01'"), ==, 1);

  /* On the very day it was given. */
  g_assert_true (psl_consent_withdraw (f->store, "c2", "2026-01-10", &error));
  g_assert_no_error (error);
}

static void
test_fields (void)
{
  const PslField *scope = psl_record_find_field (psl_consent_fields, "scope");

  g_assert_nonnull (scope);
  g_assert_cmpint (scope->kind, ==, PSL_FIELD_REF);
  g_assert_cmpstr (scope->ref_list, ==, "consent_scope");
  g_assert_cmpint (psl_record_find_field (psl_consent_fields, "company_id")->kind, ==, PSL_FIELD_ID);
  g_assert_cmpint (psl_record_find_field (psl_consent_fields, "partner_id")->kind, ==, PSL_FIELD_ID);
  g_assert_cmpint (psl_record_find_field (psl_consent_fields, "given_on")->kind, ==, PSL_FIELD_DATE);
  g_assert_cmpint (psl_record_find_field (psl_consent_fields, "expires_on")->kind, ==, PSL_FIELD_DATE);
  /* The person is the parent, never a field of the form. */
  g_assert_null (psl_record_find_field (psl_consent_fields, "person_id"));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/consent/fields", test_fields);
  g_test_add ("/consent/allows", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_allows, psl_test_fixture_teardown);
  g_test_add ("/consent/allows-checks", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_allows_checks, psl_test_fixture_teardown);
  g_test_add ("/consent/list", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_list, psl_test_fixture_teardown);
  g_test_add ("/consent/withdraw", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_withdraw, psl_test_fixture_teardown);
  return g_test_run ();
}
