/* test-consent.c — sharing about a person only with a consent in force, for that use and that firm */

#include "config.h"

#include <string.h>

#include "psl-consent.h"
#include "psl-test.h"

#define PEOPLE \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal'), ('moulin', 'Garage du Moulin');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES" \
  " ('any', 'A', 'Any', '2025-01-01'), ('one', 'O', 'One', '2025-01-01'), ('late', 'L', 'Late', '2025-01-01')," \
  " ('gone', 'G', 'Gone', '2025-01-01'), ('old', 'E', 'Old', '2025-01-01'), ('none', 'N', 'None', '2025-01-01')," \
  " ('other', 'S', 'Scope', '2025-01-01');" \
  "INSERT INTO consent (id, person_id, scope, company_id, given_on, expires_on, withdrawn_on) VALUES" \
  " ('c1', 'any',   'cv_entreprise', NULL,     '2026-01-10', NULL,         NULL)," \
  " ('c2', 'one',   'cv_entreprise', 'vidal',  '2026-01-10', NULL,         NULL)," \
  " ('c3', 'late',  'cv_entreprise', NULL,     '2026-06-01', NULL,         NULL)," \
  " ('c4', 'gone',  'cv_entreprise', NULL,     '2026-01-10', NULL,         '2026-03-01')," \
  " ('c5', 'old',   'cv_entreprise', NULL,     '2025-01-10', '2025-12-31', NULL)," \
  " ('c6', 'other', 'enquete_sortie', NULL,    '2026-01-10', NULL,         NULL);"

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
    { "any",   "moulin", "2026-04-01", TRUE,  NULL },
    { "any",   "moulin", "2026-01-10", TRUE,  NULL },            /* from the day it is given */
    { "any",   "moulin", "2026-01-09", FALSE, "qu'à partir du 10/01/2026" },
    { "one",   "vidal",  "2026-04-01", TRUE,  NULL },
    { "one",   "moulin", "2026-04-01", FALSE, "une autre entreprise" },
    { "late",  "vidal",  "2026-04-01", FALSE, "qu'à partir du 01/06/2026" },
    { "gone",  "vidal",  "2026-02-28", TRUE,  NULL },            /* the day before the withdrawal */
    { "gone",  "vidal",  "2026-03-01", FALSE, "retiré le 01/03/2026" },
    { "old",   "vidal",  "2025-12-31", TRUE,  NULL },            /* the last day it holds */
    { "old",   "vidal",  "2026-01-01", FALSE, "expiré le 31/12/2025" },
    { "none",  "vidal",  "2026-04-01", FALSE, "Aucun consentement" },
    { "other", "vidal",  "2026-04-01", FALSE, "Aucun consentement" },  /* another use */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *why = NULL;
      gboolean allowed = psl_consent_allows (f->store, cases[i].person, "cv_entreprise", cases[i].firm,
                                             cases[i].on, &why);

      g_test_message ("case %u: %s with %s on %s", i, cases[i].person, cases[i].firm, cases[i].on);
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

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/consent/allows", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_allows, psl_test_fixture_teardown);
  return g_test_run ();
}
