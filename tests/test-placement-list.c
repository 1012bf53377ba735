/* test-placement-list.c — every placement in one list: what each row says, the filters, the counts by stage */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "psl-company-list.h"
#include "psl-placement-list.h"
#include "psl-test.h"

/* Two antennas, two counsellors; nine placements of four people with
 * three firms, one deleted, one of a deleted person, one with a deleted
 * firm.  Last changes are set by hand: today is 2026-11-23 and three
 * weeks before is 2026-11-02. */
#define DATA \
  "INSERT INTO site (id, name) VALUES ('nord', 'Antenne Nord'), ('sud', 'Antenne Sud');" \
  "INSERT INTO staff (id, first_name, last_name) VALUES ('ana', 'Ana', 'Roux'), ('marc', 'Marc', 'Vidal');" \
  "INSERT INTO company (id, legal_name, trade_name) VALUES ('vidal', 'SARL Vidal', 'Boulangerie Vidal')," \
  " ('moulin', 'Garage du Moulin', NULL), ('gone', 'Ancienne Scierie', NULL);" \
  "UPDATE company SET deleted_at = '2026-01-01' WHERE id = 'gone';" \
  "INSERT INTO person (id, first_name, last_name, entered_on, antenna_id, referent_id) VALUES" \
  " ('lea', 'Léa', 'Puech', '2025-01-01', 'nord', 'ana')," \
  " ('hugo', 'Hugo', 'Rigal', '2025-01-01', 'sud', 'marc')," \
  " ('zoe', 'Zoé', 'Cance', '2025-01-01', 'sud', 'ana')," \
  " ('old', 'Paul', 'Ancien', '2025-01-01', 'nord', 'ana');" \
  "UPDATE person SET deleted_at = '2026-01-01' WHERE id = 'old';" \
  "INSERT INTO opportunity (id, company_id, phase, title, proposed_on, status) VALUES" \
  " ('vendeuse', 'vidal', 4, 'Vendeuse en boulangerie', '2026-09-01', 'open');" \
  "INSERT INTO placement (id, person_id, company_id, opportunity_id, staff_id, stage, kind, immersion_type," \
  " contract_type, proposed_on, start_date, planned_end, end_date, refusal_reason, updated_at) VALUES" \
  /* waiting since October: counts as one to chase */ \
  " ('p1', 'lea', 'vidal', 'vendeuse', NULL, 'proposed', NULL, NULL, NULL, '2026-10-01', NULL, NULL, NULL, NULL," \
  "  '2026-10-01T09:00:00.000Z')," \
  /* presented last week: not yet */ \
  " ('p2', 'hugo', 'moulin', NULL, NULL, 'presented', NULL, NULL, NULL, '2026-11-10', NULL, NULL, NULL, NULL," \
  "  '2026-11-16T09:00:00.000Z')," \
  /* the meeting moved on 2 November exactly: not before three weeks */ \
  " ('p3', 'zoe', 'moulin', NULL, 'marc', 'meeting', NULL, NULL, NULL, '2026-10-20', NULL, NULL, NULL, NULL," \
  "  '2026-11-02T09:00:00.000Z')," \
  " ('p4', 'lea', 'moulin', NULL, NULL, 'immersion', 'immersion', 'skills', NULL, '2026-09-01', '2026-09-15'," \
  "  '2026-09-26', NULL, NULL, '2026-09-15T09:00:00.000Z')," \
  " ('p5', 'hugo', 'vidal', NULL, NULL, 'contract', 'contract', NULL, 'cdi', '2026-06-01', '2026-07-01', NULL," \
  "  NULL, NULL, '2026-07-01T09:00:00.000Z')," \
  " ('p6', 'zoe', 'vidal', NULL, NULL, 'ended', 'contract', NULL, 'cdd', '2026-01-05', '2026-02-01'," \
  "  '2026-07-31', '2026-05-15', NULL, '2026-05-15T09:00:00.000Z')," \
  " ('p7', 'lea', 'vidal', NULL, 'marc', 'refused', NULL, NULL, NULL, '2026-03-01', NULL, NULL, NULL," \
  "  'entreprise_refuse', '2026-03-10T09:00:00.000Z')," \
  " ('p8', 'lea', 'moulin', NULL, NULL, 'withdrawn', NULL, NULL, NULL, '2026-04-01', NULL, NULL, NULL," \
  "  'personne_refuse', '2026-04-02T09:00:00.000Z')," \
  " ('deleted', 'lea', 'moulin', NULL, NULL, 'proposed', NULL, NULL, NULL, '2026-10-01', NULL, NULL, NULL, NULL," \
  "  '2026-10-01T09:00:00.000Z')," \
  " ('of-old', 'old', 'moulin', NULL, NULL, 'proposed', NULL, NULL, NULL, '2026-10-01', NULL, NULL, NULL, NULL," \
  "  '2026-10-01T09:00:00.000Z')," \
  " ('at-gone', 'hugo', 'gone', NULL, NULL, 'proposed', NULL, NULL, NULL, '2026-10-01', NULL, NULL, NULL, NULL," \
  "  '2026-10-01T09:00:00.000Z');" \
  "UPDATE placement SET deleted_at = '2026-11-01T00:00:00.000Z' WHERE id = 'deleted';"

static int
compare_texts (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
load (PslTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = psl_placement_list_load (f->store, PSL_PLACEMENTS_ALL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static PslPlacementRow *
find (GPtrArray  *list,
      const char *id)
{
  for (guint i = 0; i < list->len; i++)
    {
      PslPlacementRow *row = g_ptr_array_index (list, i);

      if (g_strcmp0 (psl_placement_row_get_id (row), id) == 0)
        return row;
    }
  return NULL;
}

static char *
join_ids (GPtrArray *rows)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "",
                            psl_placement_row_get_id (g_ptr_array_index (rows, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The ids the filter keeps, in the list's order, joined by spaces: the
 * pass over the whole list, which searches each person and firm once,
 * keeps the same rows as the rows asked one by one. */
static char *
kept (GPtrArray                *list,
      const PslPlacementFilter *filter,
      const char               *text)
{
  g_auto(GStrv) words = psl_fold_words (text);
  g_autoptr(GPtrArray) one_by_one = g_ptr_array_new ();
  g_autoptr(GPtrArray) in_one_pass = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  char *ids;
  guint counts[PSL_N_STAGES], n_waiting;

  for (guint i = 0; i < list->len; i++)
    if (psl_placement_row_matches (g_ptr_array_index (list, i), filter, words))
      g_ptr_array_add (one_by_one, g_ptr_array_index (list, i));
  psl_placement_list_filter (list, filter, words, in_one_pass, counts, &n_waiting);
  expected = join_ids (one_by_one);
  ids = join_ids (in_one_pass);
  g_assert_cmpstr (ids, ==, expected);
  return ids;
}

/* The table sorts by the names each row keeps folded, as it would by
 * folding them itself: by person (a person's placements in the file's
 * order), then by firm. */
static void
test_sort_keys (PslTestFixture *f,
                gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);
  PslFoldSort by_person = { (const char *(*) (gpointer)) psl_placement_row_get_person_name, TRUE, NULL,
                            (const char *(*) (gpointer)) psl_placement_row_get_person_key };
  PslFoldSort by_firm = { (const char *(*) (gpointer)) psl_placement_row_get_company_name, TRUE, NULL,
                          (const char *(*) (gpointer)) psl_placement_row_get_company_key };
  PslFoldSort by_folding = { (const char *(*) (gpointer)) psl_placement_row_get_person_name, TRUE, NULL, NULL };
  g_autofree char *persons = NULL, *firms = NULL, *again = NULL, *folded = NULL;

  g_assert_cmpstr (psl_placement_row_get_person_key (find (list, "p1")), ==, "puech lea");
  g_assert_cmpstr (psl_placement_row_get_company_key (find (list, "p1")), ==, "boulangerie vidal");
  psl_fold_sort_rows (&by_person, list);
  persons = join_ids (list);
  g_assert_cmpstr (persons, ==, "p3 p6 p1 p4 p7 p8 p2 p5");
  /* A placement compared with another as the header's sorter does. */
  g_assert_cmpint (psl_fold_sort_compare (&by_person, find (list, "p3"), find (list, "p1")), <, 0);
  g_assert_cmpint (psl_fold_sort_compare (&by_person, find (list, "p5"), find (list, "p1")), >, 0);
  psl_fold_sort_rows (&by_firm, list);
  firms = join_ids (list);
  /* A firm's placements in the persons' order they had. */
  g_assert_cmpstr (firms, ==, "p6 p1 p7 p5 p3 p4 p8 p2");

  /* From the firms' order, by person again: by the keys kept and by the
   * names folded at the sorting, the same order, each person's
   * placements in the firms' order. */
  psl_fold_sort_rows (&by_person, list);
  again = join_ids (list);
  psl_fold_sort_rows (&by_firm, list);
  psl_fold_sort_rows (&by_folding, list);
  folded = join_ids (list);
  psl_fold_sort_forget (&by_folding);
  g_assert_cmpstr (again, ==, "p6 p3 p1 p7 p4 p8 p5 p2");
  g_assert_cmpstr (folded, ==, again);
}

static void
test_rows (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);
  PslPlacementRow *row;

  /* Eight: neither the deleted one, nor the deleted person's, nor the
   * one with a deleted firm. */
  g_assert_cmpuint (list->len, ==, 8);
  g_assert_null (find (list, "deleted"));
  g_assert_null (find (list, "of-old"));
  g_assert_null (find (list, "at-gone"));

  /* The opportunity's title; the firm's trade name; nobody named, the
   * person's referent counts. */
  row = find (list, "p1");
  g_assert_cmpstr (psl_placement_row_get_person_name (row), ==, "Puech Léa");
  g_assert_cmpstr (psl_placement_row_get_person_id (row), ==, "lea");
  g_assert_cmpstr (psl_placement_row_get_company_name (row), ==, "Boulangerie Vidal");
  g_assert_cmpstr (psl_placement_row_get_company_id (row), ==, "vidal");
  g_assert_cmpstr (psl_placement_row_get_what (row), ==, "Vendeuse en boulangerie");
  g_assert_cmpstr (psl_placement_row_get_staff_name (row), ==, "Ana Roux");
  g_assert_cmpint (psl_placement_row_get_stage (row), ==, PSL_STAGE_PROPOSED);
  g_assert_cmpstr (psl_placement_row_get_stage_label (row), ==, "Proposée");
  g_assert_cmpstr (psl_placement_row_get_moved_on (row), ==, "2026-10-01");
  g_assert_null (psl_placement_row_get_start_date (row));

  /* A counsellor named wins over the referent. */
  g_assert_cmpstr (psl_placement_row_get_staff_name (find (list, "p3")), ==, "Marc Vidal");
  /* No opportunity: the immersion's purpose, the contract's type. */
  g_assert_cmpstr (psl_placement_row_get_what (find (list, "p4")), ==, "Confirmer des compétences");
  g_assert_cmpstr (psl_placement_row_get_what (find (list, "p5")), ==, "CDI");
  g_assert_null (psl_placement_row_get_what (find (list, "p2")));
  /* The actual end, else the planned one. */
  g_assert_cmpstr (psl_placement_row_get_end_date (find (list, "p6")), ==, "2026-05-15");
  g_assert_cmpstr (psl_placement_row_get_end_date (find (list, "p4")), ==, "2026-09-26");
  g_assert_cmpstr (psl_placement_row_get_start_date (find (list, "p4")), ==, "2026-09-15");
  g_assert_cmpstr (psl_placement_row_get_proposed_on (find (list, "p4")), ==, "2026-09-01");
}

static void
test_filters (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);
  PslPlacementFilter filter = { PSL_PLACEMENTS_UNDER_WAY, 0, NULL, NULL, FALSE, "2026-11-02" };
  g_autofree char *under_way = NULL, *closed = NULL, *all = NULL, *meeting = NULL, *ana = NULL;
  g_autofree char *sud = NULL, *waiting = NULL, *words = NULL, *eight = NULL, *nine = NULL, *nothing = NULL, *ana_closed = NULL;

  /* In the file's order. */
  under_way = kept (list, &filter, NULL);
  g_assert_cmpstr (under_way, ==, "p1 p2 p3 p4 p5");
  filter.scope = PSL_PLACEMENTS_CLOSED;
  closed = kept (list, &filter, NULL);
  g_assert_cmpstr (closed, ==, "p6 p7 p8");
  filter.scope = PSL_PLACEMENTS_ALL;
  all = kept (list, &filter, NULL);
  g_assert_cmpstr (all, ==, "p1 p2 p3 p4 p5 p6 p7 p8");
  filter.scope = PSL_PLACEMENTS_ONE_STAGE;
  filter.stage = PSL_STAGE_MEETING;
  meeting = kept (list, &filter, NULL);
  g_assert_cmpstr (meeting, ==, "p3");

  /* Ana: her named placements and those of the people she follows with
   * nobody named; p3 is Marc's though Zoé is hers, p7 Marc's too. */
  filter.scope = PSL_PLACEMENTS_ALL;
  filter.staff_id = "ana";
  ana = kept (list, &filter, NULL);
  g_assert_cmpstr (ana, ==, "p1 p4 p6 p8");
  filter.scope = PSL_PLACEMENTS_CLOSED;
  ana_closed = kept (list, &filter, NULL);
  g_assert_cmpstr (ana_closed, ==, "p6 p8");

  /* The person's antenna. */
  filter.staff_id = NULL;
  filter.scope = PSL_PLACEMENTS_ALL;
  filter.antenna_id = "sud";
  sud = kept (list, &filter, NULL);
  g_assert_cmpstr (sud, ==, "p2 p3 p5 p6");

  /* Waiting: still awaiting an answer and unmoved before 2 November; the
   * meeting of 2 November itself is not, nor anything started or closed. */
  filter.antenna_id = NULL;
  filter.waiting = TRUE;
  waiting = kept (list, &filter, NULL);
  g_assert_cmpstr (waiting, ==, "p1");
  filter.waiting = FALSE;

  /* Words, without accents or case, across person, firm and opportunity. */
  words = kept (list, &filter, "LEA boulang");
  g_assert_cmpstr (words, ==, "p1 p7");
  /* Eight words, the most a pass searches party by party, then nine,
   * searched row by row: the same rows. */
  eight = kept (list, &filter, "lea le l e lea le l boulang");
  g_assert_cmpstr (eight, ==, "p1 p7");
  nine = kept (list, &filter, "lea le l e lea le l a boulang");
  g_assert_cmpstr (nine, ==, "p1 p7");
  nothing = kept (list, &filter, "introuvable");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_counts (PslTestFixture *f,
             gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);
  PslPlacementFilter filter = { PSL_PLACEMENTS_ONE_STAGE, PSL_STAGE_CONTRACT, NULL, NULL, FALSE, "2026-11-02" };
  guint counts[PSL_N_STAGES], n_waiting = 99;
  const guint everyone[PSL_N_STAGES] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  const guint ana[PSL_N_STAGES] = { 1, 0, 0, 1, 0, 1, 0, 1 };

  /* The scope and the stage shown do not change the counts; one waits. */
  psl_placement_list_filter (list, &filter, NULL, NULL, counts, &n_waiting);
  g_assert_cmpmem (counts, sizeof counts, everyone, sizeof everyone);
  g_assert_cmpuint (n_waiting, ==, 1);
  filter.staff_id = "ana";
  psl_placement_list_filter (list, &filter, NULL, NULL, counts, &n_waiting);
  g_assert_cmpmem (counts, sizeof counts, ana, sizeof ana);
  g_assert_cmpuint (n_waiting, ==, 1);
  /* Marc's: the meeting of 2 November is not waiting yet. */
  filter.staff_id = "marc";
  psl_placement_list_filter (list, &filter, NULL, NULL, counts, &n_waiting);
  g_assert_cmpuint (counts[PSL_STAGE_MEETING], ==, 1);
  g_assert_cmpuint (n_waiting, ==, 0);
  /* Showing only the waiting ones leaves the counts as they were. */
  filter.staff_id = NULL;
  filter.waiting = TRUE;
  psl_placement_list_filter (list, &filter, NULL, NULL, counts, &n_waiting);
  g_assert_cmpmem (counts, sizeof counts, everyone, sizeof everyone);
  g_assert_cmpuint (n_waiting, ==, 1);
  /* Words narrow both. */
  psl_placement_list_filter (list, &filter, (char *[]) { "hugo", NULL }, NULL, counts, &n_waiting);
  g_assert_cmpuint (counts[PSL_STAGE_PRESENTED] + counts[PSL_STAGE_CONTRACT], ==, 2);
  g_assert_cmpuint (counts[PSL_STAGE_PROPOSED], ==, 0);
  g_assert_cmpuint (n_waiting, ==, 0);

  /* Nothing to count. */
  psl_placement_list_filter (NULL, &filter, NULL, NULL, counts, &n_waiting);
  for (guint i = 0; i < PSL_N_STAGES; i++)
    g_assert_cmpuint (counts[i], ==, 0);
  g_assert_cmpuint (n_waiting, ==, 0);
}

static void
test_stages (void)
{
  for (PslStage s = 0; s < PSL_N_STAGES; s++)
    {
      g_assert_cmpint (psl_stage_from_code (psl_stage_code (s)), ==, s);
      g_assert_cmpstr (psl_stage_label (s), !=, "");
    }
  g_assert_cmpint (psl_stage_from_code ("hired"), ==, PSL_N_STAGES);
  g_assert_cmpint (psl_stage_from_code (NULL), ==, PSL_N_STAGES);
  g_assert_null (psl_stage_code (PSL_N_STAGES));
  g_assert_true (PSL_STAGE_IS_OPEN (PSL_STAGE_CONTRACT));
  g_assert_false (PSL_STAGE_IS_OPEN (PSL_STAGE_ENDED));
  g_assert_true (PSL_STAGE_IS_PENDING (PSL_STAGE_MEETING));
  g_assert_false (PSL_STAGE_IS_PENDING (PSL_STAGE_IMMERSION));
}

static GPtrArray *
load_part (PslTestFixture    *f,
           PslPlacementScope  part)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = psl_placement_list_load (f->store, part, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The page reads the placements under way first, then the rest: the two
 * parts hold the same rows as the whole, and a list made of both (two
 * readings, each with its own people and firms) filters and counts as the
 * whole does. */
static void
test_parts (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GPtrArray) whole = load (f);
  g_autoptr(GPtrArray) under_way = load_part (f, PSL_PLACEMENTS_UNDER_WAY);
  g_autoptr(GPtrArray) both = load_part (f, PSL_PLACEMENTS_CLOSED);
  g_autofree char *ids_under_way = join_ids (under_way);
  g_autofree char *ids_closed = join_ids (both);
  PslPlacementFilter all = { PSL_PLACEMENTS_ALL, 0, NULL, NULL, FALSE, "2026-11-02" };
  const char *const searches[] = { "vidal", "moulin", "léa vidal", "rigal garage", "boulangerie puech", "" };

  g_assert_cmpstr (ids_under_way, ==, "p1 p2 p3 p4 p5");
  g_assert_cmpstr (ids_closed, ==, "p6 p7 p8");
  /* A row of the first part says what it says in the whole. */
  g_assert_cmpstr (psl_placement_row_get_person_name (find (under_way, "p1")), ==, "Puech Léa");
  g_assert_cmpstr (psl_placement_row_get_what (find (under_way, "p1")), ==, "Vendeuse en boulangerie");
  g_assert_cmpstr (psl_placement_row_get_staff_name (find (under_way, "p3")), ==,
                   psl_placement_row_get_staff_name (find (whole, "p3")));

  for (guint i = 0; i < under_way->len; i++)
    g_ptr_array_add (both, g_object_ref (g_ptr_array_index (under_way, i)));
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_auto(GStrv) words = psl_fold_words (searches[i]);
      guint counts_whole[PSL_N_STAGES], counts_both[PSL_N_STAGES], waiting_whole, waiting_both;
      g_autofree char *from_whole = kept (whole, &all, searches[i]);
      g_autofree char *from_both = kept (both, &all, searches[i]);
      g_auto(GStrv) sorted_whole = g_strsplit (from_whole, " ", -1);
      g_auto(GStrv) sorted_both = g_strsplit (from_both, " ", -1);

      psl_placement_list_filter (whole, &all, words, NULL, counts_whole, &waiting_whole);
      psl_placement_list_filter (both, &all, words, NULL, counts_both, &waiting_both);
      g_assert_cmpmem (counts_both, sizeof counts_both, counts_whole, sizeof counts_whole);
      g_assert_cmpuint (waiting_both, ==, waiting_whole);
      qsort (sorted_whole, g_strv_length (sorted_whole), sizeof (char *), (GCompareFunc) compare_texts);
      qsort (sorted_both, g_strv_length (sorted_both), sizeof (char *), (GCompareFunc) compare_texts);
      g_assert_true (g_strv_equal ((const char * const *) sorted_both, (const char * const *) sorted_whole));
    }
  /* Written by hand: Léa with Vidal, in the two parts. */
  {
    g_autofree char *found = kept (both, &all, "léa vidal");

    g_assert_cmpstr (found, ==, "p7 p1");
  }
}

static void
test_empty (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);

  g_assert_cmpuint (list->len, ==, 0);
}

/* The first screen: the placements under way of the first people by
 * name (Cance, then Puech: not the deleted Ancien), then the rest, each
 * once, together the whole list. */
static void
test_first_screen (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) whole = load (f);
  g_autoptr(GPtrArray) first = psl_placement_list_load_first (f->store, 3, &error);
  g_autoptr(GPtrArray) rest = NULL;
  g_autofree char *ids_first = NULL;
  g_autofree char *ids_rest = NULL;

  g_assert_no_error (error);
  ids_first = join_ids (first);
  g_assert_cmpstr (ids_first, ==, "p1 p3 p4");
  g_assert_cmpstr (psl_placement_row_get_person_name (find (first, "p3")), ==, "Cance Zoé");
  g_assert_cmpstr (psl_placement_row_get_what (find (first, "p1")), ==, "Vendeuse en boulangerie");
  g_assert_cmpstr (psl_placement_row_get_company_name (find (first, "p4")), ==, "Garage du Moulin");

  rest = psl_placement_list_load_rest (f->store, PSL_PLACEMENTS_ALL, first, &error);
  g_assert_no_error (error);
  ids_rest = join_ids (rest);
  g_assert_cmpstr (ids_rest, ==, "p2 p5 p6 p7 p8");
  g_assert_cmpuint (first->len + rest->len, ==, whole->len);
  /* Those under way only, as the page reads them next. */
  {
    g_autoptr(GPtrArray) under_way = psl_placement_list_load_rest (f->store, PSL_PLACEMENTS_UNDER_WAY, first, &error);
    g_autofree char *ids = join_ids (under_way);

    g_assert_no_error (error);
    g_assert_cmpstr (ids, ==, "p2 p5");
  }

  /* A screen larger than what is under way holds it all. */
  {
    g_autoptr(GPtrArray) all_under_way = psl_placement_list_load_first (f->store, 200, &error);
    g_autofree char *ids = join_ids (all_under_way);

    g_assert_no_error (error);
    g_assert_cmpstr (ids, ==, "p1 p2 p3 p4 p5");
  }

  /* An id with a quote, looked up among the few. */
  psl_test_exec (f->store,
    "INSERT INTO person (id, first_name, last_name, entered_on) VALUES ('o''brien', 'Aoife', 'Abadie', '2025-01-01');"
    "INSERT INTO placement (id, person_id, company_id, stage, proposed_on) VALUES"
    " ('quoted', 'o''brien', 'vidal', 'proposed', '2026-11-20');");
  {
    g_autoptr(GPtrArray) quoted = psl_placement_list_load_first (f->store, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (quoted->len, ==, 1);
    g_assert_cmpstr (psl_placement_row_get_person_name (g_ptr_array_index (quoted, 0)), ==, "Abadie Aoife");
  }
}

/* More parties than are looked up one by one: their tables are scanned,
 * and each row still finds its own. */
static void
test_many_parties (PslTestFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;

  psl_test_exec (f->store,
    "INSERT INTO company (id, legal_name) VALUES ('firm', 'Scierie Barrès');"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)"
    " INSERT INTO person (id, first_name, last_name, entered_on) SELECT 'person-' || i, 'Prénom' || i,"
    "  'Nom' || printf ('%04d', i), '2025-01-01' FROM n;"
    "INSERT INTO placement (id, person_id, company_id, stage, proposed_on)"
    " SELECT 'pl-' || substr(id, 8), id, 'firm', CASE WHEN rowid % 2 = 0 THEN 'proposed' ELSE 'refused' END,"
    "  '2026-10-01' FROM person;");
  list = psl_placement_list_load (f->store, PSL_PLACEMENTS_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2500);
  for (guint i = 0; i < list->len; i++)
    {
      PslPlacementRow *row = g_ptr_array_index (list, i);
      guint n = atoi (psl_placement_row_get_id (row) + 3);
      g_autofree char *name = g_strdup_printf ("Nom%04u Prénom%u", n, n);

      g_assert_cmpstr (psl_placement_row_get_person_name (row), ==, name);
      g_assert_cmpstr (psl_placement_row_get_company_name (row), ==, "Scierie Barrès");
    }

  /* The first screen, by name, then the 2,490 others. */
  first = psl_placement_list_load_first (f->store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 10);
  g_assert_nonnull (find (first, "pl-2"));
  g_assert_nonnull (find (first, "pl-20"));
  g_assert_null (find (first, "pl-1"));
  rest = psl_placement_list_load_rest (f->store, PSL_PLACEMENTS_ALL, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rest->len, ==, 2490);
  g_assert_null (find (rest, "pl-2"));
}

/* The ids a pass keeps, joined by spaces; counts[] and n_waiting filled. */
static char *
pass_kept (PslPlacementPass         *pass,
           GPtrArray                *rows,
           const PslPlacementFilter *filter,
           char * const             *words,
           guint                     counts[PSL_N_STAGES],
           guint                    *n_waiting)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  psl_placement_pass_filter (pass, rows, filter, words, kept, counts, n_waiting);
  return join_ids (kept);
}

/* A pass kept by a page reads its copy while the rows stay the same, and
 * copies them again when they change: sorted otherwise in place, or
 * another list. */
static void
test_pass (PslTestFixture *f,
           gconstpointer   data)
{
  g_autoptr(GPtrArray) list = load (f);
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(PslPlacementPass) pass = psl_placement_pass_new ();
  PslPlacementFilter all = { PSL_PLACEMENTS_ALL, 0, NULL, NULL, FALSE, "2026-11-02" };
  PslPlacementFilter nord_waiting = { PSL_PLACEMENTS_UNDER_WAY, 0, NULL, "nord", TRUE, "2026-11-02" };
  g_auto(GStrv) vidal = psl_fold_words ("vidal");
  guint counts[PSL_N_STAGES], n_waiting;
  char *ids;

  for (guint round = 0; round < 2; round++)
    {
      ids = pass_kept (pass, list, &all, vidal, counts, &n_waiting);
      /* Léa's proposal at Vidal, Hugo's contract there, Zoé's and Léa's
       * closed ones; the deleted firm's not listed. */
      g_assert_cmpstr (ids, ==, round == 0 ? "p1 p5 p6 p7" : "p7 p6 p5 p1");
      g_free (ids);
      g_assert_cmpuint (counts[PSL_STAGE_PROPOSED], ==, 1);
      g_assert_cmpuint (counts[PSL_STAGE_ENDED], ==, 1);
      g_assert_cmpuint (n_waiting, ==, 1);
      /* The same rows in the other order, in place. */
      for (guint i = 0; i < list->len / 2; i++)
        {
          gpointer swap = list->pdata[i];

          list->pdata[i] = list->pdata[list->len - 1 - i];
          list->pdata[list->len - 1 - i] = swap;
        }
    }

  /* The filters but the words read from the copy too: Léa's, of the
   * northern antenna, under way and waiting since before 2 November. */
  ids = pass_kept (pass, list, &nord_waiting, NULL, counts, &n_waiting);
  g_assert_cmpstr (ids, ==, "p1");
  g_free (ids);
  g_assert_cmpuint (counts[PSL_STAGE_IMMERSION], ==, 1);
  g_assert_cmpuint (counts[PSL_STAGE_PRESENTED], ==, 0);

  /* Another list, of the placements under way only. */
  other = psl_placement_list_load (f->store, PSL_PLACEMENTS_UNDER_WAY, NULL);
  ids = pass_kept (pass, other, &all, vidal, counts, &n_waiting);
  g_assert_cmpstr (ids, ==, "p1 p5");
  g_free (ids);
  g_assert_cmpuint (counts[PSL_STAGE_ENDED], ==, 0);
  /* Rows added to the same list, of another reading. */
  g_ptr_array_add (other, g_object_ref (find (list, "p6")));
  ids = pass_kept (pass, other, &all, vidal, counts, &n_waiting);
  g_assert_cmpstr (ids, ==, "p1 p5 p6");
  g_free (ids);
  g_assert_cmpuint (counts[PSL_STAGE_ENDED], ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/placement-list/rows", PslTestFixture, DATA,
              psl_test_fixture_setup, test_rows, psl_test_fixture_teardown);
  g_test_add ("/placement-list/filters", PslTestFixture, DATA,
              psl_test_fixture_setup, test_filters, psl_test_fixture_teardown);
  g_test_add ("/placement-list/counts", PslTestFixture, DATA,
              psl_test_fixture_setup, test_counts, psl_test_fixture_teardown);
  g_test_add ("/placement-list/parts", PslTestFixture, DATA,
              psl_test_fixture_setup, test_parts, psl_test_fixture_teardown);
  g_test_add ("/placement-list/first-screen", PslTestFixture, DATA,
              psl_test_fixture_setup, test_first_screen, psl_test_fixture_teardown);
  g_test_add ("/placement-list/many-parties", PslTestFixture, NULL,
              psl_test_fixture_setup, test_many_parties, psl_test_fixture_teardown);
  g_test_add ("/placement-list/pass", PslTestFixture, DATA,
              psl_test_fixture_setup, test_pass, psl_test_fixture_teardown);
  g_test_add_func ("/placement-list/stages", test_stages);
  g_test_add ("/placement-list/sort-keys", PslTestFixture, DATA, psl_test_fixture_setup, test_sort_keys,
              psl_test_fixture_teardown);
  g_test_add ("/placement-list/empty", PslTestFixture, NULL,
              psl_test_fixture_setup, test_empty, psl_test_fixture_teardown);

  return g_test_run ();
}
