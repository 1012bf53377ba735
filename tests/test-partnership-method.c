/* test-partnership-method.c — the seven steps of the FNARS method on one partnership: done, left, printed, refused */

#include "config.h"

#include <string.h>

#include "psl-diagnostic.h"
#include "psl-partner.h"
#include "psl-partnership-method.h"
#include "psl-partnership-sheet.h"
#include "psl-test.h"
#include "psl-test-report.h"
#include "psl-store-private.h"
#include "sync/psl-sync-capture.h"

#define STAFF_A "'00000000-0000-4000-8000-00000000000a'"
#define STAFF_B "'00000000-0000-4000-8000-00000000000b'"
#define ID_A "00000000-0000-4000-8000-00000000000a"
#define ID_B "00000000-0000-4000-8000-00000000000b"

typedef struct
{
  PSL_TEST_FIXTURE;
  char     *partner;      /* Cap emploi 46 */
  char     *lonely;       /* a partner with no partnership */
  char     *link;         /* the partnership with Cap emploi 46, from 01/03/2026 */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  psl_test_fixture_setup (&f->base, "INSERT INTO staff (id, first_name, last_name) VALUES"
                                    " (" STAFF_A ", 'Alice', 'Vayssière'), (" STAFF_B ", 'Bruno', 'Rey');");
  f->partner = psl_partner_create (f->store, "Cap emploi 46", "cap_emploi", &error);
  g_assert_no_error (error);
  f->lonely = psl_partner_create (f->store, "CCAS de Figeac", "ccas", &error);
  g_assert_no_error (error);
  f->link = psl_partnership_create (f->store, NULL, f->partner, "tutorat", "01/03/2026", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  psl_test_fixture_teardown (&f->base, data);
  g_free (f->partner);
  g_free (f->lonely);
  g_free (f->link);
}

static PslPartnershipMethod *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PslPartnershipMethod *m = psl_partnership_method_load (f->store, f->link, &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);
  return m;
}

/* error: read after done is known, whatever order C evaluates them in. */
static void
ok (gboolean   done,
    GError   **error)
{
  g_assert_no_error (*error);
  g_assert_true (done);
}

/* The steps of a partnership just recorded: everything is left, each
 * step saying what. */
static void
test_fresh (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PslPartnershipMethod) m = load (f);
  static const guint left[PSL_METHOD_STEPS] = { 2, 2, 3, 1, 1, 4, 1 };

  g_assert_cmpstr (m->with_name, ==, "Cap emploi 46");
  g_assert_true (m->with_partner);
  g_assert_cmpuint (m->steps_done, ==, 0);
  for (guint i = 0; i < PSL_METHOD_STEPS; i++)
    {
      g_assert_cmpuint (m->steps[i].number, ==, i + 1);
      g_assert_false (m->steps[i].done);
      g_assert_cmpuint (m->steps[i].left->len, ==, left[i]);
    }
  /* The seed's wording, in French. */
  g_assert_cmpstr (m->steps[0].title, ==, "Analyser les besoins et enjeux de votre environnement (analyse externe)");
  g_assert_cmpstr (m->steps[6].title, ==, "Faire vivre le partenariat, évaluer l’(les) action(s) et essaimer");
  g_assert_cmpstr (m->steps[3].phase, ==, "Construire un partenariat cohérent");
  g_assert_cmpstr (g_ptr_array_index (m->steps[3].left, 0), ==,
                   "Enregistrer une rencontre ou un échange avec le partenaire");
  /* No diagnostic answered: the four questions of part I.B, unanswered. */
  g_assert_cmpuint (m->respondents, ==, 0);
  g_assert_cmpuint (m->questions, ==, 59);
  g_assert_cmpuint (m->questions_answered, ==, 0);
  g_assert_cmpuint (m->territory_answers->len, ==, 4);
  g_assert_null (((PslMethodEntry *) g_ptr_array_index (m->territory_answers, 0))->text);
}

/* Step by step to the seventh, the count of steps done after each. */
static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autofree char *sql = NULL;
  g_autofree char *review = NULL;
  PslPartnershipMethod *m;
  PslMethodEntry *entry;

  /* Alice and Bruno answer part I.B: q4 yes with the studies, q4 no, q5 no. */
  ok (psl_diagnostic_set_choice (f->store, grid, ID_A, "q4", "yes", &error), &error);
  ok (psl_diagnostic_set_text (f->store, grid, ID_A, "q4", "which", "Les études de la CCI", &error), &error);
  ok (psl_diagnostic_set_choice (f->store, grid, ID_B, "q4", "no", &error), &error);
  ok (psl_diagnostic_set_choice (f->store, grid, ID_B, "q5", "no", &error), &error);
  m = load (f);
  g_assert_cmpuint (m->respondents, ==, 2);
  g_assert_cmpuint (m->questions_answered, ==, 2);
  entry = g_ptr_array_index (m->territory_answers, 0);
  g_assert_cmpstr (entry->day, ==, "4");
  g_assert_cmpstr (entry->text, ==, "Oui : 1, Non : 1\nAlice Vayssière : «\u00a0Les études de la CCI\u00a0»");
  entry = g_ptr_array_index (m->territory_answers, 1);
  g_assert_cmpstr (entry->text, ==, "Non : 1");
  /* Step 1 now waits only for its text. */
  g_assert_cmpuint (m->steps[0].left->len, ==, 1);
  g_assert_cmpuint (m->steps_done, ==, 0);
  psl_partnership_method_free (m);

  ok (psl_partnership_method_set_text (f->store, f->link, "territory_needs", "  La mécanique recrute.  ", &error),
      &error);
  ok (psl_partnership_method_set_text (f->store, f->link, "structure_analysis", "Forces : l’écoute.", &error), &error);
  ok (psl_partnership_method_set_text (f->store, f->link, "strategy", "Parcours vers la mécanique.", &error), &error);
  ok (psl_partnership_method_set_cooperation (f->store, f->link, "parcours", NULL, &error), &error);
  m = load (f);
  g_assert_cmpstr (m->territory_needs, ==, "La mécanique recrute.");
  g_assert_cmpuint (m->steps_done, ==, 2);
  g_assert_false (m->steps[2].done);
  g_assert_cmpuint (m->steps[2].left->len, ==, 1);
  psl_partnership_method_free (m);
  ok (psl_partnership_method_set_cooperation (f->store, f->link, "parcours", "reciprocite", &error), &error);

  /* Step 4: a visit with Cap emploi, and a breakfast it came to; an
   * exchange with the other partner does not count. */
  sql = g_strdup_printf ("INSERT INTO interaction (id, partner_id, kind, occurred_at, purpose) VALUES"
                         " ('i1', '%s', 'visite', '2026-04-02T09:00:00.000Z', 'Présentation du projet'),"
                         " ('i2', '%s', 'visite', '2026-04-03T09:00:00.000Z', 'Autre chose');"
                         "INSERT INTO event (id, kind, title, held_on) VALUES"
                         " ('e1', 'petit_dejeuner', 'Petit-déjeuner des entreprises', '2026-05-10');"
                         "INSERT INTO event_participant (id, event_id, partner_id) VALUES ('ep1', 'e1', '%s');"
                         /* A visit planned in 2999 is not an exchange yet. */
                         "INSERT INTO interaction (id, partner_id, kind, occurred_at) VALUES"
                         " ('i3', '%s', 'visite', '2999-01-01T09:00:00.000Z');",
                         f->partner, f->lonely, f->partner, f->partner);
  psl_test_exec (f->store, sql);
  m = load (f);
  g_assert_cmpuint (m->steps_done, ==, 4);
  g_assert_cmpuint (m->contacts->len, ==, 2);
  entry = g_ptr_array_index (m->contacts, 0);
  g_assert_cmpstr (entry->day, ==, "2026-05-10");
  g_assert_cmpstr (entry->text, ==, "Petit-déjeuner des entreprises");
  entry = g_ptr_array_index (m->contacts, 1);
  g_assert_cmpstr (entry->day, ==, "2026-04-02");
  g_assert_cmpstr (entry->what, ==, "Visite");
  psl_partnership_method_free (m);

  /* Step 5: the partnership's own roadmap. */
  ok (psl_partnership_method_set_text (f->store, f->link, "roadmap", "Trois immersions d’ici juin.", &error), &error);
  /* Step 6: pilot, a convention, the coordination, the launch. */
  ok (psl_partnership_set (f->store, f->link, "our_staff_id", ID_A, &error), &error);
  ok (psl_partnership_set (f->store, f->link, "instrument", "convention", &error), &error);
  ok (psl_partnership_method_set_text (f->store, f->link, "coordination", "Comité de suivi trimestriel.", &error),
      &error);
  m = load (f);
  g_assert_cmpuint (m->steps_done, ==, 5);
  g_assert_cmpuint (m->steps[5].left->len, ==, 1);
  g_assert_cmpstr (m->pilot_name, ==, "Alice Vayssière");
  psl_partnership_method_free (m);
  ok (psl_partnership_method_set_launched (f->store, f->link, "15/04/2026", &error), &error);
  /* Step 7: the first review. */
  review = psl_partnership_add_review (f->store, f->link, "2026-10-01", "Deux recrutements", &error);
  g_assert_no_error (error);
  m = load (f);
  g_assert_cmpuint (m->steps_done, ==, 7);
  g_assert_cmpstr (m->launched_on, ==, "2026-04-15");
  g_assert_cmpuint (m->reviews->len, ==, 1);
  psl_partnership_method_free (m);

  /* One row for the partnership, named by its id, however many writes. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM partnership_method WHERE id = '%s'", f->link);
  g_assert_cmpint (psl_test_count (f->store, sql), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM partnership_method"), ==, 1);

  /* It travels to the structure's other sites with the partnership. */
  {
    g_autoptr(GPtrArray) travelling = psl_sync_travelling_tables (psl_store_get_db (f->store));
    gboolean found = FALSE;

    for (guint i = 0; i < travelling->len; i++)
      found |= g_strcmp0 (g_ptr_array_index (travelling, i), "partnership_method") == 0;
    g_assert_true (found);
  }
}

static void
refused (gboolean    done,
         GError    **error,
         gint        code,
         const char *words)
{
  g_assert_false (done);
  g_assert_error (*error, PSL_STORE_ERROR, code);
  if (strstr ((*error)->message, words) == NULL)
    g_error ("“%s” not in “%s”", words, (*error)->message);
  g_clear_error (error);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GPtrArray) ids = NULL;

  refused (psl_partnership_method_set_text (f->store, f->link, "strategy", " \n\t ", &error), &error,
           PSL_STORE_ERROR_INVALID, "Le texte est vide");
  /* 4,000 characters (two bytes each) pass, one more is refused. */
  for (guint i = 0; i < PSL_METHOD_TEXT_MAX; i++)
    g_string_append (longest, "é");
  ok (psl_partnership_method_set_text (f->store, f->link, "strategy", longest->str, &error), &error);
  g_string_append (longest, "e");
  refused (psl_partnership_method_set_text (f->store, f->link, "strategy", longest->str, &error), &error,
           PSL_STORE_ERROR_INVALID, "trop long (4001 caractères, 4000 au plus)");
  refused (psl_partnership_method_set_text (f->store, f->link, "strategy", "\xff\xfe", &error), &error,
           PSL_STORE_ERROR_INVALID, "illisible");
  refused (psl_partnership_method_set_text (f->store, "nulle-part", "strategy", "Texte", &error), &error,
           PSL_STORE_ERROR_NOT_FOUND, "Ce partenariat n’est pas (ou plus) dans la base");
  refused (psl_partnership_method_set_cooperation (f->store, f->link, "golf", NULL, &error), &error,
           PSL_STORE_ERROR_INVALID, "«\u00a0golf\u00a0» n’est pas un type de partenariat");
  refused (psl_partnership_method_set_cooperation (f->store, f->link, NULL, "amicale", &error), &error,
           PSL_STORE_ERROR_INVALID, "«\u00a0amicale\u00a0»");
  refused (psl_partnership_method_set_launched (f->store, f->link, "31/02/2026", &error), &error,
           PSL_STORE_ERROR_INVALID, "JJ/MM/AAAA");
  refused (psl_partnership_method_set_launched (f->store, f->link, "28/02/2026", &error), &error,
           PSL_STORE_ERROR_INVALID, "avant le début du partenariat (1er mars 2026)");
  g_assert_null (psl_partnership_method_load (f->store, "nulle-part", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A partner by id or by name; an unknown one; one with no partnership. */
  ids = psl_partnership_method_of_partner (f->store, "cap EMPLOI 46", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, f->link);
  g_clear_pointer (&ids, g_ptr_array_unref);
  g_assert_null (psl_partnership_method_of_partner (f->store, "Club Rotary", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Aucune structure partenaire «\u00a0Club Rotary\u00a0»"));
  g_clear_error (&error);
  g_assert_null (psl_partnership_method_of_partner (f->store, f->lonely, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "aucun partenariat"));
  g_clear_error (&error);

  /* Nothing refused was written: the long text of 4,000 stays. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT length(strategy) FROM partnership_method"), ==,
                   PSL_METHOD_TEXT_MAX);
}

/* The file with two steps done: each step, its state and what is left. */
static void
test_printed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  ok (psl_partnership_method_set_text (f->store, f->link, "roadmap", "Trois immersions d’ici juin.", &error), &error);
  ok (psl_partnership_method_set_text (f->store, f->link, "strategy", "Parcours vers la mécanique.", &error), &error);
  ok (psl_partnership_method_set_cooperation (f->store, f->link, "cooperation_economique", "marchande", &error),
      &error);
  g_free (psl_test_assert_nonnull_text (psl_partnership_add_review (f->store, f->link, "2026-10-01",
                                                                    "Deux recrutements", &error)));
  g_assert_no_error (error);
  g_ptr_array_add (ids, f->link);
  doc = psl_partnership_sheet_new (f->store, ids, &error);
  g_assert_no_error (error);
  text = psl_test_pdf_text (doc, f->dir);
  {
    g_auto(GStrv) lines = g_strsplit_set (text, "\n", -1);

    flat = g_strjoinv (" ", lines);
  }
  g_assert_nonnull (strstr (flat, "Dossier du partenariat"));
  g_assert_nonnull (strstr (flat, "Cap emploi 46"));
  g_assert_nonnull (strstr (flat, "3 étapes sur 7 faites"));
  g_assert_nonnull (strstr (flat, "Étape 1 : Analyser les besoins et enjeux de votre environnement"));
  g_assert_nonnull (strstr (flat, "Étape 7 : Faire vivre le partenariat"));
  g_assert_nonnull (strstr (flat, "Coopération économique : réponse commune à des appels d’offre"));
  g_assert_nonnull (strstr (flat, "Logique marchande"));
  g_assert_nonnull (strstr (flat, "Trois immersions d’ici juin."));
  g_assert_nonnull (strstr (flat, "Deux recrutements"));
  g_assert_nonnull (strstr (flat, "Reste à faire"));
  g_assert_nonnull (strstr (flat, "Écrire les besoins et enjeux du territoire"));
  g_assert_nonnull (strstr (flat, "Formaliser le partenariat par une charte"));
}

/* A partnership with a firm: its name, and the exchanges with the firm
 * itself, not those of a partner. */
static void
test_firm (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;
  g_autoptr(PslPartnershipMethod) m = NULL;
  g_autofree char *sql = NULL;

  psl_test_exec (f->store, "INSERT INTO company (id, legal_name) VALUES ('c', 'Garage du Causse');"
                           "INSERT INTO interaction (id, company_id, kind, occurred_at, purpose) VALUES"
                           " ('i1', 'c', 'appel', '2026-06-01T10:00:00.000Z', 'Premier contact');");
  sql = g_strdup_printf ("INSERT INTO interaction (id, partner_id, kind, occurred_at) VALUES"
                         " ('i2', '%s', 'visite', '2026-06-02T10:00:00.000Z');", f->partner);
  psl_test_exec (f->store, sql);
  link = psl_partnership_create (f->store, "c", NULL, "immersion", "01/05/2026", &error);
  g_assert_no_error (error);
  m = psl_partnership_method_load (f->store, link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (m->with_name, ==, "Garage du Causse");
  g_assert_false (m->with_partner);
  g_assert_cmpuint (m->contacts->len, ==, 1);
  g_assert_cmpstr (((PslMethodEntry *) g_ptr_array_index (m->contacts, 0))->what, ==, "Appel téléphonique");
  g_assert_cmpstr (((PslMethodEntry *) g_ptr_array_index (m->contacts, 0))->text, ==, "Premier contact");
  g_assert_true (m->steps[3].done);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/method/fresh", Fixture, NULL, fixture_setup, test_fresh, fixture_teardown);
  g_test_add ("/method/steps", Fixture, NULL, fixture_setup, test_steps, fixture_teardown);
  g_test_add ("/method/bad-input", Fixture, NULL, fixture_setup, test_bad_input, fixture_teardown);
  g_test_add ("/method/firm", Fixture, NULL, fixture_setup, test_firm, fixture_teardown);
  g_test_add ("/method/printed", Fixture, NULL, fixture_setup, test_printed, fixture_teardown);
  return g_test_run ();
}
