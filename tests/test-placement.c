/* test-placement.c — proposing a person for an opportunity, the kind following the stage, overlapping contracts */

#include "config.h"

#include <string.h>

#include "psl-placement.h"
#include "psl-record.h"
#include "psl-test.h"

#define DATA \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal'), ('moulin', 'Garage du Moulin');" \
  "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('lea', 'Léa', 'Puech', '2025-01-01')," \
  " ('hugo', 'Hugo', 'Rigal', '2025-01-01');" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status) VALUES" \
  " ('open', 'vidal', 4, 'Vendeuse', '2026-09-01', 'open')," \
  " ('cancelled', 'vidal', 4, 'Livreur', '2026-09-01', 'cancelled')," \
  " ('filled', 'moulin', 4, 'Carrossier', '2026-09-01', 'filled');" \
  "INSERT INTO placement (id, person_id, company_id, stage, kind, contract_type, proposed_on, start_date," \
  " planned_end) VALUES" \
  " ('h1', 'hugo', 'moulin', 'contract', 'contract', 'cdd', '2026-01-01', '2026-02-01', '2026-07-31')," \
  " ('h2', 'hugo', 'vidal', 'contract', 'contract', 'cdd', '2026-01-01', '2026-08-01', '2026-12-31');"

static void
test_propose (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_placement_propose (f->store, "lea", "open", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE person_id = 'lea'"
                                             " AND company_id = 'vidal' AND opportunity_id = 'open'"
                                             " AND stage = 'proposed'"), ==, 1);

  /* Twice for the same opportunity, a cancelled one, a filled one, a
   * missing one: refused, nothing more written. */
  g_assert_null (psl_placement_propose (f->store, "lea", "open", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_placement_propose (f->store, "lea", "cancelled", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "annulée"));
  g_clear_error (&error);
  g_assert_null (psl_placement_propose (f->store, "lea", "filled", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_placement_propose (f->store, "lea", "nowhere", NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE person_id = 'lea'"), ==, 1);

  /* Withdrawn, the person may be proposed again. */
  psl_test_exec (f->store, "UPDATE placement SET stage = 'withdrawn' WHERE person_id = 'lea';");
  g_free (psl_placement_propose (f->store, "lea", "open", NULL, &error));
  g_assert_no_error (error);

  /* Reaching the immersion makes it one. */
  g_assert_true (psl_record_set (f->store, "placement", psl_placement_fields, id, "stage", "immersion", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE stage = 'immersion'"
                                             " AND kind = 'immersion'"), ==, 1);
}

static void
test_overlap (PslTestFixture *f,
              gconstpointer   data)
{
  g_autofree char *none = NULL;
  g_autofree char *said = NULL;

  /* One after the other: no overlap. */
  none = psl_placement_overlap (f->store, "hugo");
  g_assert_null (none);
  /* The second begins before the first ends. */
  psl_test_exec (f->store, "UPDATE placement SET start_date = '2026-07-15' WHERE id = 'h2';");
  said = psl_placement_overlap (f->store, "hugo");
  g_assert_nonnull (said);
  g_assert_nonnull (strstr (said, "Garage du Moulin"));
  g_assert_nonnull (strstr (said, "Boulangerie Vidal"));
  /* A withdrawn contract does not count. */
  psl_test_exec (f->store, "UPDATE placement SET stage = 'withdrawn' WHERE id = 'h2';");
  g_clear_pointer (&said, g_free);
  said = psl_placement_overlap (f->store, "hugo");
  g_assert_null (said);
}

static void
test_person_lines (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  psl_test_exec (f->store, "UPDATE placement SET stage = 'ended', end_date = '2026-07-31' WHERE id = 'h1';");
  lines = psl_placement_lines_for_person (f->store, "hugo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  /* Under way first; the ended one dimmed. */
  g_assert_cmpstr (((PslRecordLine *) g_ptr_array_index (lines, 0))->id, ==, "h2");
  g_assert_false (((PslRecordLine *) g_ptr_array_index (lines, 0))->done);
  g_assert_true (((PslRecordLine *) g_ptr_array_index (lines, 1))->done);
  g_assert_nonnull (strstr (((PslRecordLine *) g_ptr_array_index (lines, 1))->title, "Garage du Moulin"));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/placement/propose", PslTestFixture, DATA, psl_test_fixture_setup,
              test_propose, psl_test_fixture_teardown);
  g_test_add ("/placement/overlap", PslTestFixture, DATA, psl_test_fixture_setup,
              test_overlap, psl_test_fixture_teardown);
  g_test_add ("/placement/person-lines", PslTestFixture, DATA, psl_test_fixture_setup,
              test_person_lines, psl_test_fixture_teardown);
  return g_test_run ();
}
