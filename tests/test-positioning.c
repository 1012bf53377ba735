/* test-positioning.c — Annexe 3, question 51: the structure beside the other providers, saved at once */

#include "config.h"

#include "psl-positioning.h"
#include "psl-test.h"

static void
test_items (void)
{
  /* The seventeen items in the seed's order, in French. */
  g_assert_cmpstr (psl_positioning_item_label (0), ==, "Choix quantitatif (demande de volume)");
  g_assert_cmpstr (psl_positioning_item_label (13), ==, "Proximité");
  g_assert_cmpstr (psl_positioning_item_label (16), ==, "SAV (service après-vente)");
  g_assert_cmpstr (psl_provider_label (PSL_PROVIDER_STRUCTURE), ==, "Notre structure");
  g_assert_cmpstr (psl_provider_label (PSL_PROVIDER_INTERIM), ==, "Intérim");
  g_assert_cmpstr (psl_provider_label (PSL_PROVIDER_FRANCE_TRAVAIL), ==, "France Travail");
}

static void
test_save_and_load (PslTestFixture *f,
                    gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslPositioning) empty = psl_positioning_load (f->store, &error);
  g_autoptr(PslPositioning) p = NULL;

  /* Never filled in: nothing rated, no template written yet. */
  g_assert_no_error (error);
  g_assert_null (empty->answered_on);
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    for (guint k = 0; k < PSL_N_PROVIDERS; k++)
      g_assert_cmpint (empty->ratings[i][k], ==, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_template"
                                             " WHERE code = 'annexe3_positioning'"), ==, 0);

  g_assert_true (psl_positioning_set_rating (f->store, 0, PSL_PROVIDER_STRUCTURE, 2, &error));
  g_assert_true (psl_positioning_set_rating (f->store, 0, PSL_PROVIDER_INTERIM, 5, &error));
  g_assert_true (psl_positioning_set_rating (f->store, 13, PSL_PROVIDER_FRANCE_TRAVAIL, 3, &error));
  g_assert_true (psl_positioning_set_notes (f->store, 0, "  Répondre aux demandes de volume en lien avec l'ETTI  ",
                                            &error));
  g_assert_no_error (error);
  /* One response for the structure, changed in place. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_response"
                                             " WHERE subject_kind = 'structure'"), ==, 1);

  p = psl_positioning_load (f->store, &error);
  g_assert_cmpint (p->ratings[0][PSL_PROVIDER_STRUCTURE], ==, 2);
  g_assert_cmpint (p->ratings[0][PSL_PROVIDER_INTERIM], ==, 5);
  g_assert_cmpint (p->ratings[0][PSL_PROVIDER_FRANCE_TRAVAIL], ==, 0);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_FRANCE_TRAVAIL], ==, 3);
  g_assert_cmpstr (p->notes[0], ==, "Répondre aux demandes de volume en lien avec l'ETTI");
  g_assert_null (p->notes[1]);
  g_assert_nonnull (p->answered_on);
  g_clear_pointer (&p, psl_positioning_free);

  /* A rating changed, another cleared, the notes emptied. */
  g_assert_true (psl_positioning_set_rating (f->store, 0, PSL_PROVIDER_STRUCTURE, 4, &error));
  g_assert_true (psl_positioning_set_rating (f->store, 0, PSL_PROVIDER_INTERIM, 0, &error));
  g_assert_true (psl_positioning_set_notes (f->store, 0, "   ", &error));
  p = psl_positioning_load (f->store, &error);
  g_assert_cmpint (p->ratings[0][PSL_PROVIDER_STRUCTURE], ==, 4);
  g_assert_cmpint (p->ratings[0][PSL_PROVIDER_INTERIM], ==, 0);
  g_assert_null (p->notes[0]);
  g_assert_cmpint (p->ratings[13][PSL_PROVIDER_FRANCE_TRAVAIL], ==, 3);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_response"
                                             " WHERE subject_kind = 'structure'"), ==, 1);
}

static void
test_bad_input (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (psl_positioning_set_rating (f->store, 2, PSL_PROVIDER_STRUCTURE, 6, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "« Connaissance du public » se note de 1, atout faible, à 5, atout important.");
  g_clear_error (&error);
  g_assert_false (psl_positioning_set_rating (f->store, 2, PSL_PROVIDER_STRUCTURE, -1, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_positioning_set_rating (f->store, PSL_POSITIONING_N_ITEMS, PSL_PROVIDER_STRUCTURE, 3, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_positioning_set_notes (f->store, 17, "x", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  /* Nothing was written. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_response"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add_func ("/positioning/items", test_items);
  g_test_add ("/positioning/save-and-load", PslTestFixture, NULL,
              psl_test_fixture_setup, test_save_and_load, psl_test_fixture_teardown);
  g_test_add ("/positioning/bad-input", PslTestFixture, NULL,
              psl_test_fixture_setup, test_bad_input, psl_test_fixture_teardown);

  return g_test_run ();
}
