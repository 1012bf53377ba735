/* test-person.c — people: creation, duplicates and their merge, referents over time, dates in order, the list */

#include "config.h"

#include <string.h>

#include "psl-company-list.h"
#include "psl-fold.h"
#include "psl-format.h"
#include "psl-outcome.h"
#include "psl-person.h"
#include "psl-person-list.h"
#include "psl-test.h"

/* Staff ids are UUIDs, as the forms check. */
#define S1 "00000000-0000-4000-8000-000000000001"
#define S2 "00000000-0000-4000-8000-000000000002"

#define PEOPLE \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('" S1 "', 'Salomé', 'Lalbertie'), ('" S2 "', 'Laurent', 'Lapergue');" \
  "INSERT INTO company (id, legal_name) VALUES ('c', 'Garage du Moulin');" \
  "INSERT INTO person (id, first_name, last_name, birth_date, commune, referent_id, entered_on, exited_on) VALUES" \
  " ('lea', 'Léa', 'Puech', '2004-05-12', 'Figeac', '" S1 "', '2025-01-06', NULL)," \
  " ('lea2', 'LÉA', 'puech', '2004-05-12', 'Figeac', NULL, '2025-09-01', NULL)," \
  " ('hugo', 'Hugo', 'Rigal', '1969-02-01', 'Cajarc', '" S2 "', '2024-03-01', '2025-06-30')," \
  " ('ines', 'Inès', 'Bouzid', NULL, 'Assier', NULL, '2025-02-01', NULL);" \
  "INSERT INTO person_referent (id, person_id, staff_id, from_date) VALUES ('r1', 'lea', '" S1 "', '2025-01-06');" \
  "INSERT INTO barrier (id, person_id, code, identified_on) VALUES ('b1', 'lea2', 'mobilite', '2025-09-02');" \
  "INSERT INTO placement (id, person_id, company_id, stage, proposed_on) VALUES ('p1', 'lea2', 'c', 'proposed', '2025-09-10');" \
  "INSERT INTO followup (id, person_id, label, due_on) VALUES ('f1', 'lea', 'Point à un mois', '2025-02-01');"

static void
test_create (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = psl_person_create (f->store, " Nadia ", "Benali", "2001-03-04", S2, "2026-10-01", &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
  /* Trimmed, and the first referent period opened at the start. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE first_name = 'Nadia'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_referent r JOIN person p"
                                             " ON p.id = r.person_id WHERE p.first_name = 'Nadia'"
                                             " AND r.staff_id = '" S2 "' AND r.from_date = '2026-10-01'"
                                             " AND r.to_date IS NULL"), ==, 1);

  /* The same person again (case aside) is refused, naming the record. */
  g_assert_null (psl_person_create (f->store, "nadia", "BENALI", "2001-03-04", NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Nadia Benali"));
  g_clear_error (&error);
  /* A namesake born another day, or with no date of birth, is someone else. */
  g_free (psl_person_create (f->store, "Nadia", "Benali", "1999-03-04", NULL, NULL, &error));
  g_assert_no_error (error);
  g_free (psl_person_create (f->store, "Nadia", "Benali", NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* No name, or born after the start: refused, nothing written. */
  g_assert_null (psl_person_create (f->store, "  ", "Benali", NULL, NULL, NULL, &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (psl_person_create (f->store, "Zoé", "Marty", "2026-10-02", NULL, "2026-10-01", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person"), ==, 4 + 3);
}

static void
test_referent_history (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autofree char *today = psl_today_iso ();
  PslReferentPeriod *now, *before;

  g_assert_true (psl_person_set (f->store, "lea", "referent_id", S2, &error));
  g_assert_no_error (error);
  periods = psl_person_referents (f->store, "lea", &error);
  g_assert_cmpuint (periods->len, ==, 2);
  now = g_ptr_array_index (periods, 0);
  before = g_ptr_array_index (periods, 1);
  g_assert_cmpstr (now->staff_id, ==, S2);
  g_assert_cmpstr (now->from_date, ==, today);
  g_assert_null (now->to_date);
  g_assert_cmpstr (before->staff_id, ==, S1);
  g_assert_cmpstr (before->to_date, ==, today);

  /* Setting the same referent again changes nothing. */
  g_assert_true (psl_person_set (f->store, "lea", "referent_id", S2, &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_referent WHERE person_id = 'lea'"), ==, 2);
  /* Nobody: the period closes, none opens. */
  g_assert_true (psl_person_set (f->store, "lea", "referent_id", "", &error));
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person_referent WHERE person_id = 'lea'"
                                             " AND to_date IS NULL"), ==, 0);
}

static void
test_dates_in_order (PslTestFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  /* An exit before the entry, a birth after it: refused, the old value kept. */
  g_assert_false (psl_person_set (f->store, "lea", "exited_on", "2024-12-31", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_person_set (f->store, "lea", "birth_date", "06/01/2025", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea'"
                                             " AND exited_on IS NULL AND birth_date = '2004-05-12'"), ==, 1);
  /* In the French way, in order: saved as ISO. */
  g_assert_true (psl_person_set (f->store, "lea", "exited_on", "15/10/2026", &error));
  g_assert_no_error (error);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea'"
                                             " AND exited_on = '2026-10-15'"), ==, 1);
}

static void
test_duplicates_and_merge (PslTestFixture *f,
                           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = psl_person_find_duplicates (f->store, "Léa", "Puech", "2004-05-12", "lea", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((PslPersonDuplicate *) g_ptr_array_index (found, 0))->id, ==, "lea2");

  g_assert_true (psl_person_merge (f->store, "lea", "lea2", &error));
  g_assert_no_error (error);
  /* Everything recorded on the duplicate is now on the record kept. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE person_id = 'lea'"), ==, 1);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM placement WHERE person_id = 'lea'"), ==, 1);
  /* The duplicate is kept, deleted, and points to it. */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM person WHERE id = 'lea2'"
                                             " AND deleted_at IS NOT NULL AND merged_into = 'lea'"), ==, 1);
  g_ptr_array_unref (found);
  found = psl_person_find_duplicates (f->store, "Léa", "Puech", "2004-05-12", "lea", &error);
  g_assert_cmpuint (found->len, ==, 0);

  /* Not into oneself; not twice. */
  g_assert_false (psl_person_merge (f->store, "lea", "lea", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (psl_person_merge (f->store, "lea", "lea2", &error));
  g_assert_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM barrier WHERE person_id = 'lea'"), ==, 1);
}

static void
test_list (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  PslPeopleFilter filter = { .status = PSL_PEOPLE_ALL, .today = "2026-11-22" };
  g_auto(GStrv) words = psl_fold_words ("puech");
  guint n_in = 0, n_exited = 0, n_no_referent = 0, n_overdue = 0, n_words = 0, n_cajarc = 0, n_check = 0;

  /* An import kept Hugo's birth date for checking. */
  psl_test_exec (f->store, "INSERT INTO import_review (id, record_table, record_id, field, value, reason)"
                           " VALUES ('r1', 'person', 'hugo', 'birth_date', '31/02/1969', 'date illisible');");
  /* Two of them belong to another antenna: a site of the structure that
   * exchanges with this one. */
  psl_test_exec (f->store, "INSERT INTO site (id, structure_id, name)"
                           " SELECT 'cajarc', structure_id, 'Permanence de Cajarc' FROM site LIMIT 1;"
                           "UPDATE person SET antenna_id = 'cajarc' WHERE id IN ('lea', 'hugo');");
  list = psl_person_list_load (f->store, PSL_PEOPLE_ALL, "2026-11-22", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      PslPersonRow *row = g_ptr_array_index (list, i);

      filter.status = PSL_PEOPLE_IN_PATHWAY;
      n_in += psl_person_row_matches (row, &filter, NULL);
      filter.status = PSL_PEOPLE_EXITED;
      n_exited += psl_person_row_matches (row, &filter, NULL);
      filter.status = PSL_PEOPLE_ALL;
      filter.no_referent = TRUE;
      n_no_referent += psl_person_row_matches (row, &filter, NULL);
      filter.no_referent = FALSE;
      filter.overdue = TRUE;
      n_overdue += psl_person_row_matches (row, &filter, NULL);
      filter.overdue = FALSE;
      filter.to_check = TRUE;
      n_check += psl_person_row_matches (row, &filter, NULL);
      filter.to_check = FALSE;
      n_words += psl_person_row_matches (row, &filter, words);
      filter.antenna_id = "cajarc";
      n_cajarc += psl_person_row_matches (row, &filter, NULL);
      filter.antenna_id = NULL;
      if (g_strcmp0 (psl_person_row_get_id (row), "lea") == 0)
        g_assert_cmpstr (psl_person_row_get_antenna_name (row), ==, "Permanence de Cajarc");
      /* Hugo was born in 1969: 55 or over on the day. */
      if (g_strcmp0 (psl_person_row_get_id (row), "hugo") == 0)
        g_assert_cmpstr (psl_person_row_get_age_band (row), ==, psl_age_band_label (PSL_AGE_55_AND_OVER));
      if (g_strcmp0 (psl_person_row_get_id (row), "lea") == 0)
        g_assert_cmpstr (psl_person_row_get_next_due (row), ==, "2025-02-01");
    }
  g_assert_cmpuint (n_in, ==, 3);
  g_assert_cmpuint (n_exited, ==, 1);
  g_assert_cmpuint (n_no_referent, ==, 2);
  g_assert_cmpuint (n_overdue, ==, 1);
  g_assert_cmpuint (n_words, ==, 2);
  g_assert_cmpuint (n_cajarc, ==, 2);
  g_assert_cmpuint (n_check, ==, 1);

  /* The page reads those in their pathway first, then those who left:
   * three and one, the same rows, Léa's next step read with the first. */
  {
    g_autoptr(GPtrArray) in_pathway = psl_person_list_load (f->store, PSL_PEOPLE_IN_PATHWAY, "2026-11-22", &error);
    g_autoptr(GPtrArray) exited = psl_person_list_load (f->store, PSL_PEOPLE_EXITED, "2026-11-22", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (in_pathway->len, ==, 3);
    g_assert_cmpuint (exited->len, ==, 1);
    filter.status = PSL_PEOPLE_EXITED;
    g_assert_true (psl_person_row_matches (g_ptr_array_index (exited, 0), &filter, NULL));
    g_assert_null (psl_person_row_get_next_due (g_ptr_array_index (exited, 0)));
    for (guint i = 0; i < in_pathway->len; i++)
      if (g_strcmp0 (psl_person_row_get_id (g_ptr_array_index (in_pathway, i)), "lea") == 0)
        g_assert_cmpstr (psl_person_row_get_next_due (g_ptr_array_index (in_pathway, i)), ==, "2025-02-01");
  }
}

/* Each person's next date due is the earliest of their follow-ups not
 * done and their reviews not held, whoever comes before or after them in
 * the order of ids: people with both, with one kind, with none between
 * two who have some, the last of all, one who left; done, held or deleted
 * ones do not count. */
static void
test_next_due (PslTestFixture *f,
               gconstpointer   data)
{
  struct { const char *id; const char *due; } expected[] = {
    { "d01", "2026-12-03" },   /* a follow-up before a review */
    { "d02", NULL },           /* nothing: between two who have */
    { "d03", "2026-12-01" },   /* a review before a follow-up */
    { "d04", "2026-12-10" },   /* a review only */
    { "d05", "2026-11-30" },   /* follow-ups only, the earlier one */
    { "d06", NULL },           /* done, held and deleted only */
    { "d07", "2027-01-15" },   /* the last id, a follow-up */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  guint found = 0;

  psl_test_exec (f->store,
    "DELETE FROM person;"
    "INSERT INTO person (id, first_name, last_name, entered_on, exited_on) VALUES"
    " ('d07', 'G', 'G', '2026-01-01', NULL), ('d03', 'C', 'C', '2026-01-01', NULL),"
    " ('d01', 'A', 'A', '2026-01-01', NULL), ('d05', 'E', 'E', '2026-01-01', NULL),"
    " ('d02', 'B', 'B', '2026-01-01', NULL), ('d06', 'F', 'F', '2026-01-01', NULL),"
    " ('d04', 'D', 'D', '2026-01-01', NULL), ('d00', 'Z', 'Z', '2026-01-01', '2026-06-01');"
    "INSERT INTO followup (id, person_id, label, due_on, done_on, deleted_at) VALUES"
    " ('f1', 'd01', 'x', '2026-12-03', NULL, NULL), ('f2', 'd03', 'x', '2026-12-05', NULL, NULL),"
    " ('f3', 'd05', 'x', '2026-12-20', NULL, NULL), ('f4', 'd05', 'x', '2026-11-30', NULL, NULL),"
    " ('f5', 'd06', 'x', '2026-10-01', '2026-10-02', NULL), ('f6', 'd06', 'x', '2026-10-01', NULL, '2026-10-03'),"
    " ('f7', 'd07', 'x', '2027-01-15', NULL, NULL), ('f8', 'd00', 'x', '2026-05-01', NULL, NULL);"
    "INSERT INTO commitment (id, person_id, signed_on, review_on, review_outcome, deleted_at) VALUES"
    " ('c1', 'd01', '2026-01-01', '2026-12-08', NULL, NULL), ('c2', 'd03', '2026-01-01', '2026-12-01', NULL, NULL),"
    " ('c3', 'd04', '2026-01-01', '2026-12-10', NULL, NULL), ('c4', 'd06', '2026-01-01', '2026-09-01', 'achieved', NULL),"
    " ('c5', 'd06', '2026-01-01', '2026-09-01', NULL, '2026-09-02');");

  for (PslPeopleStatus part = PSL_PEOPLE_ALL; part <= PSL_PEOPLE_IN_PATHWAY; part++)
    {
      if (part == PSL_PEOPLE_EXITED)
        continue;
      g_clear_pointer (&people, g_ptr_array_unref);
      people = psl_person_list_load (f->store, part, "2026-11-22", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (people->len, ==, part == PSL_PEOPLE_ALL ? 8 : 7);
      for (guint i = 0; i < people->len; i++)
        {
          PslPersonRow *row = g_ptr_array_index (people, i);

          if (g_str_equal (psl_person_row_get_id (row), "d00"))
            g_assert_null (psl_person_row_get_next_due (row));
          for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
            if (g_str_equal (psl_person_row_get_id (row), expected[k].id))
              {
                g_assert_cmpstr (psl_person_row_get_next_due (row), ==, expected[k].due);
                found++;
              }
        }
    }
  g_assert_cmpuint (found, ==, 2 * G_N_ELEMENTS (expected));

  /* The first screen, three by name (A, B, C: d01, d02, d03), each with
   * its date due looked up alone; then the other four in their pathway,
   * with theirs read along the ids, and not the one who left. */
  {
    g_autoptr(GPtrArray) first = psl_person_list_load_first (f->store, 3, "2026-11-22", &error);
    g_autoptr(GPtrArray) rest = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (first->len, ==, 3);
    for (guint i = 0; i < first->len; i++)
      {
        g_assert_cmpstr (psl_person_row_get_id (g_ptr_array_index (first, i)), ==, expected[i].id);
        g_assert_cmpstr (psl_person_row_get_next_due (g_ptr_array_index (first, i)), ==, expected[i].due);
      }
    rest = psl_person_list_load_rest (f->store, first, "2026-11-22", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rest->len, ==, 4);
    for (guint i = 0; i < rest->len; i++)
      g_assert_cmpstr (psl_person_row_get_next_due (g_ptr_array_index (rest, i)), ==, expected[i + 3].due);
  }
}

/* The index the first screen walks is made of the expression the list
 * reads it with, and that expression folds the letters it knows as
 * psl_fold () does. */
static void
test_folded_name_index (PslTestFixture *f,
                        gconstpointer   data)
{
  static const char *const words[] = { "Écuyer", "éluard", "Lefèvre", "Jörg", "Çelik", "Œuvray", "Hélène",
                                       "Nuñez", "Martin", "Anaïs", "Chloé", "Noël", "Ève", "Îlot", "Ôté", "Bœuf" };
  g_autofree char *expression = psl_person_folded_name_sql ("last_name || ' ' || first_name");
  g_autofree char *expected = g_strdup_printf ("CREATE INDEX person_name_folded ON person(%s)\n"
                                               "  WHERE deleted_at IS NULL AND exited_on IS NULL", expression);
  g_autofree char *stored = psl_test_query_text (f->store,
    "SELECT sql FROM sqlite_master WHERE name = 'person_name_folded';");

  g_assert_cmpstr (stored, ==, expected);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("'%s'", words[i]);
      g_autofree char *folded = psl_person_folded_name_sql (quoted);
      g_autofree char *query = g_strdup_printf ("SELECT %s;", folded);
      g_autofree char *in_sql = psl_test_query_text (f->store, query);
      g_autofree char *in_c = psl_fold (words[i]);

      /* ñ is not among the letters: it keeps its form in SQL. */
      if (g_str_equal (words[i], "Nuñez"))
        g_assert_cmpstr (in_sql, !=, in_c);
      else
        g_assert_cmpstr (in_sql, ==, in_c);
    }
}

static int
by_text (gconstpointer a,
         gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Many people, names in mixed case, some with accents, some deleted or
 * gone: the first screen is the first of those in their pathway as the
 * list sorts them once whole, and with the rest makes each of them once. */
static void
test_first_screen (PslTestFixture *f,
                   gconstpointer   data)
{
  static const char *const names[] = { "martin", "Martin", "MARTIN", "Bernard", "bernard", "Dubois", "Écuyer",
                                       "Ecuyer", "éluard", "Zola", "Lefèvre", "Lefevre", "Ève", "Ab", "André",
                                       "Andrieu", "Émilie", "Emma" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2500);
  g_autoptr(GString) sql = g_string_new ("DELETE FROM person;");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);

  for (guint i = 0; i < 2500; i++)
    g_string_append_printf (sql,
      "INSERT INTO person (id, first_name, last_name, entered_on, exited_on, deleted_at) VALUES"
      " ('r%04u', '%s', '%s', '2026-01-01', %s, %s);",
      i, names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))], names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
      g_rand_int_range (rand, 0, 3) == 0 ? "'2026-06-01'" : "NULL",
      g_rand_int_range (rand, 0, 20) == 0 ? "'2026-07-01'" : "NULL");
  psl_test_exec (f->store, sql->str);

  first = psl_person_list_load_first (f->store, 200, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 200);
  /* The first 200 of the whole list sorted by names folded, as the table
   * sorts them ("André" before "Andrieu"); names equal once folded may
   * come in any order, so the folded names are compared, not the ids. */
  all = psl_person_list_load (f->store, PSL_PEOPLE_IN_PATHWAY, "2026-11-22", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (folded, psl_fold (psl_person_row_get_name (g_ptr_array_index (all, i))));
  g_ptr_array_sort (folded, by_text);
  for (guint i = 0; i < first->len; i++)
    {
      g_autofree char *name = psl_fold (psl_person_row_get_name (g_ptr_array_index (first, i)));

      g_string_append_printf (got, "%s|", name);
      g_string_append_printf (want, "%s|", (char *) g_ptr_array_index (folded, i));
    }
  g_assert_cmpstr (got->str, ==, want->str);

  rest = psl_person_list_load_rest (f->store, first, "2026-11-22", &error);
  g_assert_no_error (error);
  for (guint part = 0; part < 2; part++)
    {
      GPtrArray *rows = part == 0 ? first : rest;

      for (guint i = 0; i < rows->len; i++)
        {
          PslPersonRow *row = g_ptr_array_index (rows, i);

          g_assert_true (g_hash_table_add (seen, (gpointer) psl_person_row_get_id (row)));
          g_assert_null (psl_person_row_get_exited_on (row));
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, all->len);
}

/* A firm belongs to its referent's antenna: the firms' list names it and
 * filters by it, as the people's list does. */
static void
test_firms_by_antenna (PslTestFixture *f,
                       gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  PslCompanyRow *row = NULL;
  PslCompanyFilter filter = { .today = "2026-11-22" };

  psl_test_exec (f->store, "INSERT INTO site (id, structure_id, name)"
                           " SELECT 'cajarc', structure_id, 'Permanence de Cajarc' FROM site LIMIT 1;"
                           "UPDATE staff SET antenna_id = 'cajarc' WHERE id = '" S1 "';"
                           "UPDATE company SET referent_id = '" S1 "' WHERE id = 'c';");
  list = psl_company_list_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  row = g_ptr_array_index (list, 0);
  g_assert_cmpstr (psl_company_row_get_antenna_name (row), ==, "Permanence de Cajarc");
  filter.antenna_id = "cajarc";
  g_assert_true (psl_company_row_matches (row, &filter, NULL));
  filter.antenna_id = "ailleurs";
  g_assert_false (psl_company_row_matches (row, &filter, NULL));
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add ("/person/create", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_create, psl_test_fixture_teardown);
  g_test_add ("/person/referent-history", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_referent_history, psl_test_fixture_teardown);
  g_test_add ("/person/dates-in-order", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_dates_in_order, psl_test_fixture_teardown);
  g_test_add ("/person/duplicates-and-merge", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_duplicates_and_merge, psl_test_fixture_teardown);
  g_test_add ("/person/firms-by-antenna", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_firms_by_antenna, psl_test_fixture_teardown);
  g_test_add ("/person/list", PslTestFixture, PEOPLE, psl_test_fixture_setup,
              test_list, psl_test_fixture_teardown);
  g_test_add ("/person/folded-name-index", PslTestFixture, NULL, psl_test_fixture_setup,
              test_folded_name_index, psl_test_fixture_teardown);
  g_test_add ("/person/first-screen", PslTestFixture, NULL, psl_test_fixture_setup,
              test_first_screen, psl_test_fixture_teardown);
  g_test_add ("/person/next-due", PslTestFixture, NULL, psl_test_fixture_setup,
              test_next_due, psl_test_fixture_teardown);
  return g_test_run ();
}
