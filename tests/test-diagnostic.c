/* test-diagnostic.c — the Annexe 3 grid answered by three members of staff, summed, and exchanged with a second structure */

#include "config.h"

#include <string.h>

#include "psl-diagnostic.h"
#include "psl-diagnostic-report.h"
#include "psl-installation.h"
#include "psl-test.h"

#define TEAM \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière'), ('b', 'Bruno', 'Rey')," \
  " ('c', 'Chloé', 'Martin'), ('d', 'Denis', 'Sans-Réponse');"

static void
assert_set (gboolean  ok,
            GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
test_grid (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  const PslDiagnosticQuestion *q;

  g_assert_no_error (error);
  g_assert_nonnull (grid);
  g_assert_cmpuint (grid->version, ==, 1);
  /* The 59 ticks of the seed's grid, numbered in order. */
  g_assert_cmpuint (grid->questions->len, ==, 59);
  for (guint i = 0; i < grid->questions->len; i++)
    g_assert_cmpuint (((PslDiagnosticQuestion *) g_ptr_array_index (grid->questions, i))->number, ==, i + 1);
  /* Written into the base once, under its code and version. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_template"
                                             " WHERE code = 'annexe3_diagnostic/1' AND version = 1"), ==, 1);
  g_clear_pointer (&grid, psl_diagnostic_grid_free);
  grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM questionnaire_template"
                                             " WHERE code LIKE 'annexe3_diagnostic/%'"), ==, 1);

  q = psl_diagnostic_grid_find (grid, "q1");
  g_assert_cmpint (q->kind, ==, PSL_DIAGNOSTIC_GRID);
  g_assert_false (q->cell_text);
  g_assert_cmpuint (q->rows->len, ==, 10);
  g_assert_cmpuint (q->columns->len, ==, 4);
  g_assert_cmpstr (psl_diagnostic_option_label (q->rows, "mentoring"), ==, "Parrainage");
  q = psl_diagnostic_grid_find (grid, "q2");
  g_assert_cmpint (q->kind, ==, PSL_DIAGNOSTIC_TOOL);
  g_assert_cmpstr (q->tool, ==, "target_map");
  /* Answered with its tool, as the seed asks: no text added to it. */
  g_assert_cmpuint (q->texts->len, ==, 0);
  q = psl_diagnostic_grid_find (grid, "q8");
  g_assert_true (q->cell_text);
  g_assert_cmpuint (q->rows->len, ==, 7);
  g_assert_cmpstr (psl_diagnostic_option_label (q->rows, "receives"), ==, "Qui réceptionne l’opportunité ?");
  q = psl_diagnostic_grid_find (grid, "q9");
  g_assert_cmpint (q->kind, ==, PSL_DIAGNOSTIC_ROWS);
  g_assert_cmpuint (q->options->len, ==, 3);
  g_assert_cmpstr (psl_diagnostic_option_label (q->options, "rarely"), ==, "Rarement");
  g_assert_cmpuint (psl_diagnostic_grid_find (grid, "q22")->options->len, ==, 4);
  g_assert_cmpuint (psl_diagnostic_grid_find (grid, "q34")->checks->len, ==, 7);
  g_assert_cmpuint (psl_diagnostic_grid_find (grid, "q44")->options->len, ==, 5);
  g_assert_cmpstr (psl_diagnostic_grid_find (grid, "q51")->tool, ==, "positioning");
  g_assert_cmpstr (psl_diagnostic_grid_find (grid, "q59")->label, ==,
                   "Vous semble-t-il intéressant de développer pour les entreprises la fierté d’appartenance à un réseau ?");
  g_assert_cmpstr (psl_diagnostic_grid_find (grid, "q32")->section, ==,
                   "IV) Aider l’employeur à évoluer pour favoriser l’égalité des chances et lutter contre les discriminations");
  g_assert_null (psl_diagnostic_grid_find (grid, "q60"));
}

static void
assert_bad_grid (const char *json,
                 gssize      length,
                 const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_parse (json, length, &error);

  g_assert_null (grid);
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

#define SCALES "\"scales\": {\"yesno\": [[\"yes\", \"Oui\"], [\"no\", \"Non\"]]}"

static void
test_bad_grid (PslTestFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "grille.json", NULL);
  g_autoptr(PslDiagnosticGrid) later = NULL;
  g_autoptr(PslDiagnosticGrid) loaded = NULL;
  const char *question = "{\"code\": \"q1\", \"number\": 1, \"kind\": \"choice\", \"scale\": \"yesno\", \"label\": \"Oui ?\"}";
  g_autofree char *good = g_strdup_printf ("{\"grid\": \"autre_grille\", \"version\": 2, " SCALES ", \"sections\":"
                                           " [{\"title\": \"S\", \"parts\": [{\"questions\": [%s]}]}]}", question);
  g_autofree char *twice = g_strdup_printf ("{\"grid\": \"g\", \"version\": 1, " SCALES ", \"sections\":"
                                            " [{\"parts\": [{\"questions\": [%s, %s]}]}]}", question, question);

  assert_bad_grid ("", -1, "questionnaire");
  assert_bad_grid ("pas du JSON", -1, "questionnaire");
  assert_bad_grid ("[1, 2]", -1, "questionnaire");
  assert_bad_grid ("{\"grid\": \"g\", \"sections\": []}", -1, "version");
  assert_bad_grid ("{\"grid\": \"g\", \"version\": \"un\", \"sections\": []}", -1, "version");
  assert_bad_grid ("{\"grid\": \"g\", \"version\": 1, \"sections\": []}", -1, "échelles");
  assert_bad_grid ("{\"grid\": \"g\", \"version\": 1, " SCALES ", \"sections\": []}", -1, "aucune question");
  assert_bad_grid ("{\"grid\": \"g\", \"version\": 1, " SCALES ", \"sections\": [{\"parts\": [{\"questions\":"
                   " [{\"code\": \"q1\", \"number\": 1, \"kind\": \"sondage\", \"label\": \"?\"}]}]}]}", -1, "inconnu");
  assert_bad_grid ("{\"grid\": \"g\", \"version\": 1, " SCALES ", \"sections\": [{\"parts\": [{\"questions\":"
                   " [{\"code\": \"q1\", \"number\": 1, \"kind\": \"choice\", \"scale\": \"aucune\", \"label\": \"?\"}]}]}]}",
                   -1, "échelle");
  assert_bad_grid (twice, -1, "«\xc2\xa0q1\xc2\xa0»");
  assert_bad_grid ("{\"grid\": \"g\xff\", \"version\": 1}", -1, "texte");

  /* A later grid is loaded from its file, without code, beside the first. */
  g_assert_true (g_file_set_contents (path, good, -1, NULL));
  later = psl_diagnostic_grid_install_file (f->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->version, ==, 2);
  loaded = psl_diagnostic_grid_load (f->store, "autre_grille", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->id, ==, later->id);
  g_assert_cmpuint (loaded->questions->len, ==, 1);
  g_assert_null (psl_diagnostic_grid_load_version (f->store, "autre_grille", 7, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "version 7"));
}

static const char *
text_of (GHashTable *answers,
         const char *question,
         const char *member,
         const char *key)
{
  JsonObject *answer = g_hash_table_lookup (answers, question);

  if (answer == NULL || !json_object_has_member (answer, member))
    return NULL;
  if (key == NULL)
    return json_object_get_string_member (answer, member);
  if (!json_object_has_member (json_object_get_object_member (answer, member), key))
    return NULL;
  return json_object_get_string_member (json_object_get_object_member (answer, member), key);
}

static void
test_answers (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autoptr(GHashTable) answers = NULL;
  g_autofree char *huge = g_strnfill (20001, 'a');

  assert_set (psl_diagnostic_set_choice (f->store, grid, "a", "q3", "yes", &error), error);
  assert_set (psl_diagnostic_set_text (f->store, grid, "a", "q3", "criteria", "  Secteurs en tension  ", &error), error);
  assert_set (psl_diagnostic_set_row (f->store, grid, "a", "q9", "history", "often", &error), error);
  assert_set (psl_diagnostic_set_cell (f->store, grid, "a", "q8", "receives", "orientation", "L'accueil", &error), error);
  assert_set (psl_diagnostic_set_check (f->store, grid, "a", "q34", "young", TRUE, &error), error);
  /* One row per question, whatever the number of changes. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_answer WHERE staff_id = 'a'"), ==, 4);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_answer WHERE site_id IS NULL"), ==, 0);

  answers = psl_diagnostic_load_answers (f->store, grid, "a", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text_of (answers, "q3", "choice", NULL), ==, "yes");
  g_assert_cmpstr (text_of (answers, "q3", "texts", "criteria"), ==, "Secteurs en tension");
  g_assert_cmpstr (text_of (answers, "q9", "rows", "history"), ==, "often");
  g_assert_cmpstr (text_of (answers, "q8", "cells", "receives/orientation"), ==, "L'accueil");
  g_clear_pointer (&answers, g_hash_table_unref);

  /* Cleared, nothing is left of them; another member's answers are apart. */
  assert_set (psl_diagnostic_set_text (f->store, grid, "a", "q3", "criteria", "   ", &error), error);
  assert_set (psl_diagnostic_set_choice (f->store, grid, "a", "q3", NULL, &error), error);
  assert_set (psl_diagnostic_set_check (f->store, grid, "a", "q34", "young", FALSE, &error), error);
  answers = psl_diagnostic_load_answers (f->store, grid, "a", &error);
  g_assert_null (text_of (answers, "q3", "choice", NULL));
  g_assert_null (text_of (answers, "q3", "texts", "criteria"));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_answer"
                                             " WHERE question IN ('q3', 'q34') AND answer = '{}'"), ==, 2);
  g_clear_pointer (&answers, g_hash_table_unref);
  answers = psl_diagnostic_load_answers (f->store, grid, "b", &error);
  g_assert_cmpuint (g_hash_table_size (answers), ==, 0);

  /* The same member answering the same question at another antenna
   * names the same row, so that their exchange merges the two. */
  {
    g_autoptr(PslStore) antenna = psl_test_open (f->dir, "antenne.db");
    g_autoptr(PslDiagnosticGrid) antenna_grid = psl_diagnostic_grid_load (antenna, PSL_DIAGNOSTIC_GRID_CODE, &error);
    g_autofree char *here = psl_test_query_text (f->store, "SELECT id FROM diagnostic_answer"
                                                           " WHERE staff_id = 'a' AND question = 'q9'");
    g_autofree char *there = NULL;

    psl_test_exec (antenna, "INSERT INTO staff (id, first_name, last_name) VALUES ('a', 'Alice', 'Vayssière');");
    assert_set (psl_diagnostic_set_row (antenna, antenna_grid, "a", "q9", "history", "never", &error), error);
    there = psl_test_query_text (antenna, "SELECT id FROM diagnostic_answer WHERE staff_id = 'a' AND question = 'q9'");
    g_assert_cmpstr (here, ==, there);
  }

  /* Bad input: refused, said in French, nothing written. */
  g_assert_false (psl_diagnostic_set_choice (f->store, grid, "a", "q99", "yes", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "«\xc2\xa0q99\xc2\xa0»"));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_choice (f->store, grid, "a", "q3", "peut-être", &error));
  g_assert_nonnull (strstr (error->message, "question 3"));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_choice (f->store, grid, "zz", "q3", "yes", &error));
  g_assert_nonnull (strstr (error->message, "équipe"));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_choice (f->store, grid, NULL, "q3", "yes", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_choice (f->store, grid, "a", "q6", "yes", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_row (f->store, grid, "a", "q9", "history", "yes", &error));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_cell (f->store, grid, "a", "q1", "companies", "retirement", "x", &error));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_text (f->store, grid, "a", "q6", "text", "caf\xe9", &error));
  g_assert_nonnull (strstr (error->message, "pas du texte valide"));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_text (f->store, grid, "a", "q6", "text", huge, &error));
  g_assert_nonnull (strstr (error->message, "trop longue"));
  g_clear_error (&error);
  g_assert_false (psl_diagnostic_set_check (f->store, grid, "a", "q3", "sex", TRUE, &error));
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_answer WHERE question IN ('q6', 'q99', 'q1')"),
                   ==, 0);
}

/* Three members answer; the fourth says nothing and is not counted. */
static void
answer_as_team (PslStore          *store,
                PslDiagnosticGrid *grid)
{
  GError *error = NULL;

  assert_set (psl_diagnostic_set_choice (store, grid, "a", "q3", "yes", &error), error);
  assert_set (psl_diagnostic_set_text (store, grid, "a", "q3", "criteria", "Secteurs en tension", &error), error);
  assert_set (psl_diagnostic_set_row (store, grid, "a", "q9", "history", "often", &error), error);
  assert_set (psl_diagnostic_set_row (store, grid, "a", "q9", "negotiated", "rarely", &error), error);
  assert_set (psl_diagnostic_set_cell (store, grid, "a", "q1", "companies", "employment", "x", &error), error);
  assert_set (psl_diagnostic_set_cell (store, grid, "a", "q1", "companies", "orientation", "x", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "a", "q22", "often", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "a", "q34", "yes", &error), error);
  assert_set (psl_diagnostic_set_check (store, grid, "a", "q34", "sex", TRUE, &error), error);
  assert_set (psl_diagnostic_set_check (store, grid, "a", "q34", "young", TRUE, &error), error);
  assert_set (psl_diagnostic_set_cell (store, grid, "a", "q8", "receives", "orientation", "L'accueil", &error), error);

  assert_set (psl_diagnostic_set_choice (store, grid, "b", "q3", "yes", &error), error);
  assert_set (psl_diagnostic_set_row (store, grid, "b", "q9", "history", "often", &error), error);
  assert_set (psl_diagnostic_set_cell (store, grid, "b", "q1", "companies", "employment", "x", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "b", "q22", "always", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "b", "q34", "no", &error), error);

  assert_set (psl_diagnostic_set_choice (store, grid, "c", "q3", "no", &error), error);
  assert_set (psl_diagnostic_set_text (store, grid, "c", "q3", "criteria", "Pas de priorité", &error), error);
  assert_set (psl_diagnostic_set_row (store, grid, "c", "q9", "history", "never", &error), error);
  assert_set (psl_diagnostic_set_cell (store, grid, "c", "q1", "iae", "confirmation", "x", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "c", "q34", "yes", &error), error);
  assert_set (psl_diagnostic_set_check (store, grid, "c", "q34", "sex", TRUE, &error), error);
  assert_set (psl_diagnostic_set_text (store, grid, "c", "q59", "text", "Oui, un label du réseau", &error), error);

  /* Denis opened the grid and cleared what he began. */
  assert_set (psl_diagnostic_set_choice (store, grid, "d", "q5", "yes", &error), error);
  assert_set (psl_diagnostic_set_choice (store, grid, "d", "q5", NULL, &error), error);
}

/* The second structure: two members, both say yes to question 3. */
static void
answer_as_forem (PslStore          *other,
                 PslDiagnosticGrid *grid)
{
  GError *error = NULL;

  psl_test_exec (other, "INSERT INTO staff (id, first_name, last_name) VALUES ('x', 'Xavier', 'Dupont'),"
                        " ('y', 'Yasmina', 'Haddad');");
  assert_set (psl_diagnostic_set_choice (other, grid, "x", "q3", "yes", &error), error);
  assert_set (psl_diagnostic_set_choice (other, grid, "y", "q3", "yes", &error), error);
  assert_set (psl_diagnostic_set_text (other, grid, "y", "q3", "criteria", "Proximité", &error), error);
}

static gint64
counted (JsonObject *consolidated,
         const char *question,
         const char *key)
{
  JsonObject *questions = json_object_get_object_member (consolidated, "questions");
  JsonObject *counts;

  if (!json_object_has_member (questions, question))
    return 0;
  counts = json_object_get_object_member (json_object_get_object_member (questions, question), "counts");
  return json_object_has_member (counts, key) ? json_object_get_int_member (counts, key) : 0;
}

static JsonArray *
texts (JsonObject *consolidated,
       const char *question)
{
  return json_object_get_array_member (json_object_get_object_member (json_object_get_object_member (consolidated,
                                                                                                        "questions"),
                                                                        question), "texts");
}

static void
assert_text (JsonArray  *array,
             guint       index,
             const char *field,
             const char *author,
             const char *text)
{
  JsonObject *entry = json_array_get_object_element (array, index);

  g_assert_cmpstr (json_object_get_string_member (entry, "field"), ==, field);
  g_assert_cmpstr (json_object_get_string_member (entry, "author"), ==, author);
  g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==, text);
}

static void
test_consolidate (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autoptr(JsonObject) c = NULL;

  answer_as_team (f->store, grid);
  c = psl_diagnostic_consolidate (f->store, grid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (c, "respondents"), ==, 3);
  g_assert_cmpint (counted (c, "q3", "yes"), ==, 2);
  g_assert_cmpint (counted (c, "q3", "no"), ==, 1);
  /* Texts in the order of the authors' names, each with its author. */
  g_assert_cmpuint (json_array_get_length (texts (c, "q3")), ==, 2);
  assert_text (texts (c, "q3"), 0, "criteria", "Chloé Martin", "Pas de priorité");
  assert_text (texts (c, "q3"), 1, "criteria", "Alice Vayssière", "Secteurs en tension");
  /* The spread of the scale, row by row. */
  g_assert_cmpint (counted (c, "q9", "history/often"), ==, 2);
  g_assert_cmpint (counted (c, "q9", "history/never"), ==, 1);
  g_assert_cmpint (counted (c, "q9", "history/rarely"), ==, 0);
  g_assert_cmpint (counted (c, "q9", "negotiated/rarely"), ==, 1);
  /* The network × phase table. */
  g_assert_cmpint (counted (c, "q1", "companies/employment"), ==, 2);
  g_assert_cmpint (counted (c, "q1", "companies/orientation"), ==, 1);
  g_assert_cmpint (counted (c, "q1", "iae/confirmation"), ==, 1);
  g_assert_cmpint (counted (c, "q1", "iae/employment"), ==, 0);
  g_assert_cmpint (counted (c, "q22", "often"), ==, 1);
  g_assert_cmpint (counted (c, "q22", "always"), ==, 1);
  g_assert_cmpint (counted (c, "q34", "yes"), ==, 2);
  g_assert_cmpint (counted (c, "q34", "no"), ==, 1);
  g_assert_cmpint (counted (c, "q34", "check:sex"), ==, 2);
  g_assert_cmpint (counted (c, "q34", "check:young"), ==, 1);
  g_assert_cmpuint (json_array_get_length (texts (c, "q8")), ==, 1);
  assert_text (texts (c, "q8"), 0, "receives/orientation", "Alice Vayssière", "L'accueil");
  assert_text (texts (c, "q59"), 0, "text", "Chloé Martin", "Oui, un label du réseau");
  g_assert_false (json_object_has_member (json_object_get_object_member (c, "questions"), "q5")
                  && counted (c, "q5", "yes") > 0);
}

static void
write_text (const char *path,
            const char *contents)
{
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
assert_import_refused (PslStore      *store,
                       const char    *path,
                       int            code,
                       const char    *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean replaced = FALSE;

  g_assert_false (psl_diagnostic_import (store, path, &name, &replaced, &error));
  g_assert_error (error, PSL_STORE_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
  g_assert_null (name);
}

static void
test_exchange (PslTestFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autoptr(PslStore) other = psl_test_open (f->dir, "forem.db");
  g_autoptr(PslDiagnosticGrid) other_grid = NULL;
  g_autofree char *file = g_build_filename (f->dir, "forem.psl-diag", NULL);
  g_autofree char *ours = g_build_filename (f->dir, "garonne.psl-diag", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.psl-diag", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *later = NULL;
  g_autoptr(GPtrArray) structures = NULL;
  g_autoptr(GString) edited = NULL;
  PslDiagnosticStructure *s;
  gboolean replaced = TRUE;

  g_assert_true (psl_installation_set_structure_name (f->store, "Mission locale Garonne", &error));
  answer_as_team (f->store, grid);

  g_assert_true (psl_installation_set_structure_name (other, "Le Forem Charleroi", &error));
  other_grid = psl_diagnostic_grid_load (other, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_assert_cmpstr (other_grid->id, ==, grid->id);
  answer_as_forem (other, other_grid);
  assert_set (psl_diagnostic_set_row (other, other_grid, "y", "q9", "history", "rarely", &error), error);
  assert_set (psl_diagnostic_export (other, file, &error), error);

  g_assert_true (psl_diagnostic_import (f->store, file, &name, &replaced, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Le Forem Charleroi");
  g_assert_false (replaced);
  structures = psl_diagnostic_structures (f->store, grid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (structures->len, ==, 2);
  s = g_ptr_array_index (structures, 0);
  g_assert_true (s->ours);
  g_assert_cmpstr (s->name, ==, "Mission locale Garonne");
  g_assert_cmpuint (s->respondents, ==, 3);
  g_assert_cmpint (counted (s->consolidated, "q3", "yes"), ==, 2);
  s = g_ptr_array_index (structures, 1);
  g_assert_false (s->ours);
  g_assert_cmpstr (s->name, ==, "Le Forem Charleroi");
  g_assert_cmpuint (s->respondents, ==, 2);
  g_assert_cmpint (counted (s->consolidated, "q3", "yes"), ==, 2);
  g_assert_cmpint (counted (s->consolidated, "q3", "no"), ==, 0);
  g_assert_cmpint (counted (s->consolidated, "q9", "history/rarely"), ==, 1);
  assert_text (texts (s->consolidated, "q3"), 0, "criteria", "Yasmina Haddad", "Proximité");

  /* Sent again after a third answer: replaced, not doubled. */
  assert_set (psl_diagnostic_set_choice (other, other_grid, "x", "q5", "no", &error), error);
  assert_set (psl_diagnostic_export (other, file, &error), error);
  g_clear_pointer (&name, g_free);
  g_assert_true (psl_diagnostic_import (f->store, file, &name, &replaced, &error));
  g_assert_true (replaced);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_structure"), ==, 1);
  g_clear_pointer (&structures, g_ptr_array_unref);
  structures = psl_diagnostic_structures (f->store, grid, &error);
  g_assert_cmpuint (structures->len, ==, 2);
  g_assert_cmpint (counted (((PslDiagnosticStructure *) g_ptr_array_index (structures, 1))->consolidated, "q5", "no"),
                   ==, 1);

  /* Bad files. */
  assert_set (psl_diagnostic_export (f->store, ours, &error), error);
  assert_import_refused (f->store, ours, PSL_STORE_ERROR_CONFLICT, "propres réponses");
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  edited = g_string_new (contents);
  g_string_replace (edited, "\"grid_version\" : 1", "\"grid_version\" : 99", 1);
  write_text (bad, edited->str);
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "version 99 du questionnaire");
  g_string_assign (edited, contents);
  g_assert_cmpuint (g_string_replace (edited, "\"respondents\" : 2", "\"respondents\" : 1", 1), ==, 1);
  write_text (bad, edited->str);   /* two said yes out of one: a lie */
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "n’est pas un diagnostic");
  write_text (bad, "");
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "n’est pas un diagnostic");
  write_text (bad, "{\"format\": \"autre\"}");
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "n’est pas un diagnostic");
  write_text (bad, "\xff\xfe{}");
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "n’est pas un diagnostic");
  later = g_strdup_printf ("{\"format\": \"passerelle-diagnostic\", \"format_version\": 9}");
  write_text (bad, later);
  assert_import_refused (f->store, bad, PSL_STORE_ERROR_INVALID, "plus récent");
  assert_import_refused (f->store, "/nonexistent/forem.psl-diag", PSL_STORE_ERROR_INVALID, "ne peut pas être lu");
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM diagnostic_structure"), ==, 1);
}

#define DATA \
  "INSERT INTO person (id, first_name, last_name, sex, entered_on) VALUES ('f1', 'Léa', 'Puech', 'F', '2026-01-05')," \
  " ('f2', 'Inès', 'Bouzid', 'F', '2026-01-05'), ('m1', 'Tom', 'Bach', 'M', '2026-01-05')," \
  " ('x1', 'Sam', 'Roux', NULL, '2026-01-05');" \
  "INSERT INTO company (id, legal_name) VALUES ('vidal', 'Boulangerie Vidal');" \
  "INSERT INTO opportunity (id, company_id, phase, title, trade, proposed_on, origin) VALUES" \
  " ('o1', 'vidal', 4, 'Vendeuse', 'Vendeur en boulangerie', '2026-02-01', 'relation')," \
  " ('o2', 'vidal', 2, 'Immersion', 'Vendeur en boulangerie', '2026-02-01', 'relation')," \
  " ('o3', 'vidal', 1, 'Visite', NULL, '2026-02-01', 'evenement')," \
  " ('o4', 'vidal', 4, 'Boulanger', 'Boulanger', '2026-02-01', NULL);" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, stage, kind, immersion_type, proposed_on," \
  " start_date, planned_end) VALUES" \
  " ('p1', 'f1', 'vidal', 'o1', 'contract', 'contract', NULL, '2026-02-02', '2026-03-01', NULL)," \
  " ('p2', 'f2', 'vidal', 'o2', 'immersion', 'immersion', 'skills', '2026-02-02', '2026-03-01', '2026-03-10')," \
  " ('p3', 'm1', 'vidal', 'o2', 'ended', 'immersion', 'skills', '2026-02-02', '2026-02-01', '2026-02-10')," \
  " ('p4', 'x1', 'vidal', NULL, 'contract', 'contract', NULL, '2026-02-02', '2026-03-01', NULL)," \
  " ('p5', 'm1', 'vidal', 'o4', 'proposed', NULL, NULL, '2026-02-02', NULL, NULL);"

static void
test_data_beside (PslTestFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sexes = psl_diagnostic_placements_by_sex (f->store, &error);
  g_autoptr(GPtrArray) origins = psl_diagnostic_opportunities_by_origin (f->store, &error);
  const PslDiagnosticSexRow *row;
  guint phases[5];

  g_assert_no_error (error);
  /* Started only: the proposal p5 is not counted; the most frequent trade first. */
  g_assert_cmpuint (sexes->len, ==, 2);
  row = g_ptr_array_index (sexes, 0);
  g_assert_cmpstr (row->trade, ==, "Vendeur en boulangerie");
  g_assert_cmpuint (row->women, ==, 2);
  g_assert_cmpuint (row->men, ==, 1);
  g_assert_cmpuint (row->other, ==, 0);
  row = g_ptr_array_index (sexes, 1);
  g_assert_cmpstr (row->trade, ==, "Métier non précisé");
  g_assert_cmpuint (row->other, ==, 1);
  /* The list's six origins in its order (the local watch the last),
   * then those with none. */
  g_assert_cmpuint (origins->len, ==, 7);
  g_assert_cmpstr (((PslDiagnosticCount *) g_ptr_array_index (origins, 0))->label, ==, "Relation existante");
  g_assert_cmpuint (((PslDiagnosticCount *) g_ptr_array_index (origins, 0))->count, ==, 2);
  g_assert_cmpuint (((PslDiagnosticCount *) g_ptr_array_index (origins, 1))->count, ==, 0);
  g_assert_cmpstr (((PslDiagnosticCount *) g_ptr_array_index (origins, 3))->label, ==, "Événement");
  g_assert_cmpuint (((PslDiagnosticCount *) g_ptr_array_index (origins, 3))->count, ==, 1);
  g_assert_cmpstr (((PslDiagnosticCount *) g_ptr_array_index (origins, 5))->label, ==, "Veille économique locale");
  g_assert_cmpuint (((PslDiagnosticCount *) g_ptr_array_index (origins, 5))->count, ==, 0);
  g_assert_cmpstr (((PslDiagnosticCount *) g_ptr_array_index (origins, 6))->label, ==, "Origine non précisée");
  g_assert_cmpuint (((PslDiagnosticCount *) g_ptr_array_index (origins, 6))->count, ==, 1);
  g_assert_true (psl_diagnostic_opportunities_by_phase (f->store, phases, &error));
  g_assert_cmpuint (phases[1], ==, 1);
  g_assert_cmpuint (phases[2], ==, 1);
  g_assert_cmpuint (phases[3], ==, 0);
  g_assert_cmpuint (phases[4], ==, 2);
}

typedef struct
{
  guint yes_rows;      /* "Oui | 2 | 2": question 3, both structures */
  guint headers_ok;
  guint texts_found;
  guint mentoring_rows; /* the mentors' figures beside question 1, as the fixture has them */
  gboolean note_printed;
} Seen;

static void
on_table (PslDocumentPart     part,
          const char         *heading,
          const char * const *headers,
          GPtrArray          *rows,
          gpointer            data)
{
  Seen *seen = data;

  if (part != PSL_DOCUMENT_PART_TABLE)
    return;
  if (g_strv_length ((char **) headers) == 3 && g_strcmp0 (headers[1], "Mission locale Garonne (3)") == 0
      && g_strcmp0 (headers[2], "Le Forem Charleroi (2)") == 0)
    seen->headers_ok++;
  for (guint i = 0; i < rows->len; i++)
    {
      const char * const *cells = g_ptr_array_index (rows, i);

      if (g_strcmp0 (heading, "3. A l’heure actuelle, par rapport à votre réseau d’entreprises, définissez-vous des "
                              "priorités d’intervention ?") == 0
          && g_strcmp0 (cells[0], "Oui") == 0 && g_strcmp0 (cells[1], "2") == 0 && g_strcmp0 (cells[2], "2") == 0)
        seen->yes_rows++;
      static const char *const mentoring[][2] = {
        { "Parrains et marraines bénévoles", "2" }, { "Parrains suivant quelqu’un aujourd’hui", "1" },
        { "Personnes parrainées aujourd’hui", "2" }, { "Personnes parrainées sur douze mois", "3" },
        { "Rencontres sur douze mois", "2" },
      };

      if (g_strcmp0 (headers[0], "Parrainage enregistré") == 0)
        for (guint m = 0; m < G_N_ELEMENTS (mentoring); m++)
          if (g_strcmp0 (cells[0], mentoring[m][0]) == 0 && g_strcmp0 (cells[1], mentoring[m][1]) == 0)
            seen->mentoring_rows++;
      for (guint c = 0; c < g_strv_length ((char **) headers); c++)
        if (cells[c] != NULL && strstr (cells[c], "café") != NULL)
          seen->note_printed = TRUE;
      if (g_strv_length ((char **) headers) == 4 && g_strcmp0 (cells[2], "Yasmina Haddad") == 0
          && g_strcmp0 (cells[1], "Le Forem Charleroi") == 0 && g_strcmp0 (cells[3], "Proximité") == 0)
        seen->texts_found++;
    }
}

static void
test_report (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (f->store, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autoptr(PslStore) other = psl_test_open (f->dir, "forem.db");
  g_autoptr(PslDiagnosticGrid) other_grid = psl_diagnostic_grid_load (other, PSL_DIAGNOSTIC_GRID_CODE, &error);
  g_autofree char *file = g_build_filename (f->dir, "forem.psl-diag", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "diagnostic.pdf", NULL);
  g_autoptr(PslDocument) doc = NULL;
  Seen seen = { 0 };

  g_assert_true (psl_installation_set_structure_name (f->store, "Mission locale Garonne", &error));
  g_assert_true (psl_installation_set_structure_name (other, "Le Forem Charleroi", &error));
  answer_as_team (f->store, grid);
  answer_as_forem (other, other_grid);
  /* Two mentors, one of whom follows two people today; a third person
   * was mentored until last month, by a mentor since deleted (his
   * following counts no more); two meetings this year, one of them
   * noted, and one two years ago. */
  psl_test_exec (f->store,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES"
    " ('pm1', 'Inès', 'Rigal', '2025-01-01'), ('pm2', 'Yanis', 'Bouzid', '2025-01-01'),"
    " ('pm3', 'Léa', 'Marty', '2025-01-01');"
    "INSERT INTO mentor (id, name) VALUES ('m1', 'Jean Delmas'), ('m2', 'Odile Roques'), ('m3', 'Parti');"
    "UPDATE mentor SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = 'm3';"
    "INSERT INTO mentorship (id, mentor_id, person_id, started_on, ended_on) VALUES"
    " ('s1', 'm1', 'pm1', '2024-01-01', NULL), ('s2', 'm1', 'pm2', date('now', 'localtime', '-1 month'), NULL),"
    " ('s3', 'm2', 'pm3', '2024-01-01', date('now', 'localtime', '-1 month')),"
    " ('s4', 'm3', 'pm3', '2024-01-01', NULL);"
    "INSERT INTO mentor_meeting (id, mentorship_id, held_on, kind, note) VALUES"
    " ('g1', 's1', date('now', 'localtime', '-10 days'), 'in_person', 'Premier café, CV repris.'),"
    " ('g2', 's3', date('now', 'localtime', '-2 months'), 'phone', NULL),"
    " ('g3', 's1', date('now', 'localtime', '-2 years'), 'phone', NULL);");
  assert_set (psl_diagnostic_export (other, file, &error), error);
  g_assert_true (psl_diagnostic_import (f->store, file, NULL, NULL, &error));

  doc = psl_diagnostic_report_new (f->store, &error);
  g_assert_no_error (error);
  psl_document_foreach_table (doc, on_table, &seen);
  g_assert_cmpuint (seen.yes_rows, ==, 1);
  g_assert_cmpuint (seen.texts_found, ==, 1);
  g_assert_cmpuint (seen.mentoring_rows, ==, 5);
  g_assert_false (seen.note_printed);
  g_assert_cmpuint (seen.headers_ok, >=, 40);   /* every counted question shows both structures */
  g_assert_true (psl_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (psl_document_get_n_pages (doc), >, 10);
}

static void
on_widest_table (PslDocumentPart     part,
                 const char         *heading,
                 const char * const *headers,
                 GPtrArray          *rows,
                 gpointer            data)
{
  guint *widest = data;

  if (part == PSL_DOCUMENT_PART_TABLE)
    *widest = MAX (*widest, g_strv_length ((char **) headers));
}

/* Eight structures: six side by side at most, the rest said. */
static void
test_many_structures (PslTestFixture *f,
                      gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) doc = NULL;
  guint widest = 0;

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/s%u.psl-diag", f->dir, i);
      g_autofree char *json = g_strdup_printf ("{\"format\": \"passerelle-diagnostic\", \"format_version\": 1,"
                                               " \"grid\": \"annexe3_diagnostic\", \"grid_version\": 1,"
                                               " \"structure\": {\"id\": \"s%u\", \"name\": \"Structure %u\"},"
                                               " \"exported_at\": \"2026-11-30T10:00:00.000Z\","
                                               " \"consolidated\": {\"respondents\": 1, \"questions\":"
                                               " {\"q3\": {\"counts\": {\"yes\": 1}, \"texts\": []}}}}", i, i);

      g_assert_true (g_file_set_contents (path, json, -1, NULL));
      g_assert_true (psl_diagnostic_import (f->store, path, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  doc = psl_diagnostic_report_new (f->store, &error);
  g_assert_no_error (error);
  psl_document_foreach_table (doc, on_widest_table, &widest);
  /* The answer's label, then six structures: this one and five imported. */
  g_assert_cmpuint (widest, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/diagnostic/grid", PslTestFixture, NULL, psl_test_fixture_setup, test_grid, psl_test_fixture_teardown);
  g_test_add ("/diagnostic/bad-grid", PslTestFixture, NULL, psl_test_fixture_setup, test_bad_grid,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/answers", PslTestFixture, TEAM, psl_test_fixture_setup, test_answers,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/consolidate", PslTestFixture, TEAM, psl_test_fixture_setup, test_consolidate,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/exchange", PslTestFixture, TEAM, psl_test_fixture_setup, test_exchange,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/data-beside", PslTestFixture, DATA, psl_test_fixture_setup, test_data_beside,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/many-structures", PslTestFixture, TEAM, psl_test_fixture_setup, test_many_structures,
              psl_test_fixture_teardown);
  g_test_add ("/diagnostic/report", PslTestFixture, TEAM, psl_test_fixture_setup, test_report,
              psl_test_fixture_teardown);
  return g_test_run ();
}
