/* test-partner-map.c — the structure's network read from the file: who is on
 * the map, every count, rings, sectors, links, filters, layout and DOT */

#include "config.h"

#include <string.h>

#include "map-fixture.h"
#include "psl-partner-map.h"
#include "psl-store-open.h"
#include "psl-summaries.h"
#include "psl-test.h"

static PslPartnerMap *
load (PslStore    *store,
      PslMapRings  rings,
      const char  *antenna,
      const char  *sector,
      const char  *referent,
      const char  *level,
      guint        max_nodes)
{
  PslMapFilter filter = { (char *) MAP_FROM, (char *) MAP_TO, (char *) antenna, (char *) sector,
                          (char *) referent, (char *) level, rings, max_nodes };
  g_autoptr(GError) error = NULL;
  PslPartnerMap *map = psl_partner_map_load (store, &filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  return map;
}

static const PslMapNode *
node (PslPartnerMap *map,
      const char    *id)
{
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapNode *n = g_ptr_array_index (map->nodes, i);

      if (g_strcmp0 (n->id, id) == 0)
        return n;
    }
  return NULL;
}

static guint
index_of (PslPartnerMap *map,
          const char    *id)
{
  for (guint i = 0; i < map->nodes->len; i++)
    if (g_strcmp0 (((PslMapNode *) g_ptr_array_index (map->nodes, i))->id, id) == 0)
      return i;
  g_assert_not_reached ();
}

static double
link_weight (PslPartnerMap  *map,
             const char     *a,
             const char     *b,
             PslMapLinkKind  kind)
{
  guint ia = index_of (map, a), ib = index_of (map, b);

  for (guint i = 0; i < map->links->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, i);

      if (link->kind == kind && link->source == MIN (ia, ib) && link->target == MAX (ia, ib))
        return link->weight;
    }
  return 0;
}

static void
test_nodes (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  const PslMapNode *structure = g_ptr_array_index (map->nodes, 0);

  g_assert_cmpuint (map->nodes->len, ==, 6);
  g_assert_cmpint (structure->kind, ==, PSL_MAP_NODE_STRUCTURE);
  g_assert_cmpstr (map->structure_name, ==, "Mission locale du Causse");
  g_assert_null (node (map, "c4"));
  g_assert_null (node (map, "c5"));
  g_assert_null (node (map, "pc"));
  g_assert_cmpuint (map->n_left_out, ==, 0);

  /* The trade name when there is one, else the legal name. */
  g_assert_cmpstr (node (map, "c1")->name, ==, "Maçonnerie Bex");
  g_assert_cmpstr (node (map, "c3")->name, ==, "Atelier \"Guillemets\"");

  g_assert_cmpuint (node (map, "c1")->interactions, ==, 7);
  g_assert_cmpuint (node (map, "c1")->realised, ==, 2);
  g_assert_cmpuint (node (map, "c1")->placements, ==, 1);
  g_assert_false (node (map, "c1")->partnership);
  g_assert_cmpuint (node (map, "c2")->interactions, ==, 3);
  g_assert_cmpuint (node (map, "c2")->realised, ==, 0);
  g_assert_cmpuint (node (map, "c2")->placements, ==, 1);
  g_assert_true (node (map, "c2")->partnership);
  g_assert_cmpuint (node (map, "c3")->interactions, ==, 1);
  g_assert_cmpuint (node (map, "c3")->placements, ==, 0);
  g_assert_cmpuint (node (map, "pa")->interactions, ==, 1);
  g_assert_cmpuint (node (map, "pa")->realised, ==, 1);
  g_assert_cmpuint (node (map, "pa")->referrals, ==, 1);
  g_assert_false (node (map, "pa")->partnership);
  g_assert_cmpuint (node (map, "pb")->interactions, ==, 0);
  g_assert_cmpuint (node (map, "pb")->realised, ==, 1);
  g_assert_cmpuint (node (map, "pb")->referrals, ==, 2);
  g_assert_true (node (map, "pb")->partnership);

  /* The same counts straight from SQL, to be sure the C pass reads them all. */
  g_assert_cmpint (psl_test_count (f->store,
                   "SELECT count(*) FROM interaction WHERE company_id = 'c1' AND deleted_at IS NULL"
                   " AND occurred_at BETWEEN '" MAP_FROM "' AND '" MAP_TO "T23:59'"), ==, 7);
  g_assert_cmpint (psl_test_count (f->store,
                   "SELECT count(*) FROM referral WHERE partner_id = 'pb' AND received_on BETWEEN '"
                   MAP_FROM "' AND '" MAP_TO "'"), ==, 2);
}

static void
test_rings_and_sectors (PslTestFixture *f,
                        gconstpointer   data)
{
  g_autoptr(PslPartnerMap) level = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  g_autoptr(PslPartnerMap) often = load (f->store, PSL_MAP_RINGS_FREQUENCY, NULL, NULL, NULL, NULL, 0);
  const char *sectors[] = { "btp", "industrie", NULL, "partner" };

  /* Six levels, the highest nearest, then "not set". */
  g_assert_cmpuint (level->rings->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (level->rings, 0), ==, "Ambassadrice");
  g_assert_cmpstr (g_ptr_array_index (level->rings, 5), ==, "Référencée");
  g_assert_cmpuint (node (level, "c1")->ring, ==, 0);
  g_assert_cmpuint (node (level, "c2")->ring, ==, 5);
  g_assert_cmpuint (node (level, "c3")->ring, ==, 6);
  /* A partner with an agreement counts as a formalised partnership. */
  g_assert_cmpuint (node (level, "pb")->ring, ==, 1);
  g_assert_cmpuint (node (level, "pa")->ring, ==, 5);

  /* Six months: c1 seven times, c2 three, c3 and pa once, pb never. */
  g_assert_cmpuint (often->rings->len, ==, 4);
  g_assert_cmpuint (node (often, "c1")->ring, ==, 0);
  g_assert_cmpuint (node (often, "c2")->ring, ==, 1);
  g_assert_cmpuint (node (often, "c3")->ring, ==, 2);
  g_assert_cmpuint (node (often, "pa")->ring, ==, 2);
  g_assert_cmpuint (node (often, "pb")->ring, ==, 3);

  /* Only the sectors with somebody, in the list's order. */
  g_assert_cmpuint (level->sectors->len, ==, G_N_ELEMENTS (sectors));
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    g_assert_cmpstr (((PslMapSector *) g_ptr_array_index (level->sectors, i))->code, ==, sectors[i]);
  g_assert_cmpuint (((PslMapSector *) g_ptr_array_index (level->sectors, 3))->n_nodes, ==, 2);
  g_assert_cmpuint (node (level, "c1")->sector, ==, 0);
  g_assert_cmpuint (node (level, "c3")->sector, ==, 2);
  g_assert_cmpuint (node (level, "pa")->sector, ==, 3);
}

static void
test_links (PslTestFixture *f,
            gconstpointer   data)
{
  g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);

  g_assert_cmpuint (map->links->len, ==, 14);
  g_assert_cmpfloat (link_weight (map, "", "c1", PSL_MAP_LINK_PLACEMENT), ==, 1);
  g_assert_cmpfloat (link_weight (map, "", "c2", PSL_MAP_LINK_PARTNERSHIP), ==, 1);
  g_assert_cmpfloat (link_weight (map, "", "c3", PSL_MAP_LINK_CONTACT), ==, 1);
  g_assert_cmpfloat (link_weight (map, "", "pb", PSL_MAP_LINK_REFERRAL), ==, 2);
  /* pa sent p1, who started at c1; pb sent p3, who started at c2. */
  g_assert_cmpfloat (link_weight (map, "pa", "c1", PSL_MAP_LINK_PLACEMENT), ==, 1);
  g_assert_cmpfloat (link_weight (map, "pb", "c2", PSL_MAP_LINK_PLACEMENT), ==, 1);
  g_assert_cmpfloat (link_weight (map, "pa", "c2", PSL_MAP_LINK_CONTACT), ==, 1);
  g_assert_cmpfloat (link_weight (map, "pa", "c3", PSL_MAP_LINK_EVENT), ==, 1);
  /* Both work with c2. */
  g_assert_cmpfloat (link_weight (map, "pa", "pb", PSL_MAP_LINK_SHARED_FIRM), ==, 1);
  g_assert_cmpfloat (link_weight (map, "pb", "c1", PSL_MAP_LINK_PLACEMENT), ==, 0);

  for (guint i = 0; i < map->links->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, i);

      g_assert_cmpuint (link->source, <, link->target);
      g_assert_cmpuint (link->target, <, map->nodes->len);
    }
}

static void
test_filters (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(PslPartnerMap) south = load (f->store, PSL_MAP_RINGS_LEVEL, "s", NULL, NULL, NULL, 0);
  g_autoptr(PslPartnerMap) partners = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, "partner", NULL, NULL, 0);
  g_autoptr(PslPartnerMap) bruno = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, "b", NULL, 0);
  g_autoptr(PslPartnerMap) ambassadors = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, "ambassadrice", 0);
  g_autoptr(PslPartnerMap) three = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 3);
  g_autoptr(PslPartnerMap) building = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, "btp", NULL, NULL, 0);

  /* Sud: Bruno's contacts, Sud's people; Alice's rows stay in Nord. */
  g_assert_cmpuint (south->nodes->len, ==, 4);
  g_assert_null (node (south, "c1"));
  g_assert_null (node (south, "pa"));
  g_assert_cmpuint (node (south, "c2")->interactions, ==, 2);
  g_assert_false (node (south, "c2")->partnership);
  g_assert_cmpuint (node (south, "pb")->referrals, ==, 2);

  g_assert_cmpuint (partners->nodes->len, ==, 3);
  g_assert_nonnull (node (partners, "pa"));
  g_assert_nonnull (node (partners, "pb"));

  g_assert_cmpuint (bruno->nodes->len, ==, 3);
  g_assert_nonnull (node (bruno, "c2"));
  g_assert_nonnull (node (bruno, "c3"));

  g_assert_cmpuint (ambassadors->nodes->len, ==, 2);
  g_assert_nonnull (node (ambassadors, "c1"));

  /* The building trade: c1 alone (c4 has no activity, c5 is deleted), no
   * partner, and c1 read whole once kept. */
  g_assert_cmpuint (building->nodes->len, ==, 2);
  g_assert_cmpstr (node (building, "c1")->name, ==, "Maçonnerie Bex");
  g_assert_nonnull (node (building, "c1")->detail);
  g_assert_cmpuint (building->sectors->len, >=, 1);

  /* The most active kept: c1 (37), pb (35), pa (21); c2 (18) and c3 (1) counted. */
  g_assert_cmpuint (three->nodes->len, ==, 4);
  g_assert_cmpuint (three->n_left_out, ==, 2);
  g_assert_nonnull (node (three, "c1"));
  g_assert_nonnull (node (three, "pb"));
  g_assert_nonnull (node (three, "pa"));
  g_assert_null (node (three, "c2"));
  g_assert_cmpstr (node (three, "c1")->name, ==, "Maçonnerie Bex");
}

static void
test_empty (PslTestFixture *f,
            gconstpointer   data)
{
  /* Before everything: the partnerships with no end still run in 2030. */
  PslMapFilter filter = { (char *) "2020-01-01", (char *) "2020-12-31" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslPartnerMap) map = psl_partner_map_load (f->store, &filter, &error);
  g_autofree char *dot = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (map->nodes->len, ==, 1);
  g_assert_cmpuint (map->links->len, ==, 0);
  g_assert_cmpuint (map->sectors->len, ==, 0);
  g_assert_true (psl_partner_map_analyse (map, &error));
  g_assert_no_error (error);
  dot = psl_partner_map_to_dot (map, TRUE);
  g_assert_nonnull (strstr (dot, "n0 [label="));
  g_assert_null (strstr (dot, "--"));
}

static void
test_analyse (PslTestFixture *f,
              gconstpointer   data)
{
  g_autoptr(PslPartnerMap) first = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  g_autoptr(PslPartnerMap) again = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  const PslMapNode *structure;

  g_assert_true (psl_partner_map_analyse (first, &error));
  g_assert_true (psl_partner_map_analyse (again, &error));
  g_assert_no_error (error);

  structure = g_ptr_array_index (first->nodes, 0);
  g_assert_cmpfloat (structure->x, ==, 0);
  g_assert_cmpfloat (structure->y, ==, 0);
  for (guint i = 0; i < first->nodes->len; i++)
    {
      const PslMapNode *a = g_ptr_array_index (first->nodes, i);
      const PslMapNode *b = g_ptr_array_index (again->nodes, i);

      /* The same picture from one opening to the next. */
      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
      g_assert_cmpfloat (ABS (a->x), <=, 1.0);
      g_assert_cmpfloat (ABS (a->y), <=, 1.0);
      g_assert_cmpfloat (a->centrality, >=, 0);
      g_assert_cmpfloat (a->centrality, <=, 1);
    }
  /* pa is the only way between c1, c3 and the rest. */
  g_assert_cmpfloat (node (first, "pa")->centrality, ==, 1.0);
  g_assert_cmpfloat (node (first, "c3")->centrality, ==, 0);
  g_assert_cmpint (structure->community, ==, -1);
}

static void
test_dot (PslTestFixture *f,
          gconstpointer   data)
{
  g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dot = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *dir = psl_test_tmpdir ("map-dot");
  g_autofree char *path = g_build_filename (dir, "map.dot", NULL);
  g_auto(GStrv) lines = NULL;
  guint n_nodes = 0, n_edges = 0;
  int status = -1;

  g_assert_true (psl_partner_map_analyse (map, &error));
  dot = psl_partner_map_to_dot (map, TRUE);
  g_assert_nonnull (strstr (dot, "label=\"Atelier \\\"Guillemets\\\"\""));
  g_assert_nonnull (strstr (dot, "kind=shared_firm"));
  g_assert_nonnull (strstr (dot, "pos=\""));

  /* Graphviz reads it back: every node and link is there. */
  g_assert_true (g_file_set_contents (path, dot, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "dot", (char *) "-Tplain", path, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &plain, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (plain, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      n_nodes += g_str_has_prefix (lines[i], "node ");
      n_edges += g_str_has_prefix (lines[i], "edge ");
    }
  g_assert_cmpuint (n_nodes, ==, 6);
  g_assert_cmpuint (n_edges, ==, 14);
  psl_test_rm_rf (dir);
}

/* The starts and the opportunities realised as the writes keep them
 * (data/migrations/0027-map-links.sql), one word each. */
#define KEPT_STARTS \
  "SELECT group_concat(placement_id || ':' || coalesce(partner_id, '-'), ' ')" \
  "  FROM (SELECT * FROM start_partner ORDER BY placement_id);"
#define KEPT_REALISED \
  "SELECT group_concat(opportunity_id, ' ') FROM (SELECT * FROM opportunity_realised ORDER BY opportunity_id);"

static void
assert_kept_right (PslStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (psl_summaries_differences (store, &error), ==, 0);
  g_assert_no_error (error);
}

/* The fixture's starts: pl1 (p1, last sent by pa in January), pl2 (p3,
 * sent by pb), pl4 (p4, sent by pb, in July); pl3 was refused.  Realised:
 * o1 and o4 filled, o2 where p1 started; o3 is still open. */
static void
assert_fixture_kept (PslStore *store)
{
  psl_test_assert_text (store, KEPT_STARTS, "pl1:pa pl2:pb pl4:pb");
  psl_test_assert_text (store, KEPT_REALISED, "o1 o2 o4");
  assert_kept_right (store);
}

/* Each write reaches the map through the kept starts and opportunities,
 * and undone, gives back the first map; the figures are the fixture's,
 * moved by hand. */
static void
test_kept_links_follow_writes (PslTestFixture *f,
                               gconstpointer   data)
{
  assert_fixture_kept (f->store);

  /* pb sends p1 again after pa: p1's start at c1 is now pb's. */
  psl_test_exec (f->store, "INSERT INTO referral (id, partner_id, person_id, received_on)"
                           " VALUES ('r6', 'pb', 'p1', '2026-02-20');");
  psl_test_assert_text (f->store, KEPT_STARTS, "pl1:pb pl2:pb pl4:pb");
  assert_kept_right (f->store);
  {
    g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);

    g_assert_cmpuint (node (map, "pa")->realised, ==, 0);
    g_assert_cmpuint (node (map, "pb")->realised, ==, 2);
    g_assert_cmpuint (node (map, "pb")->referrals, ==, 3);
    g_assert_cmpfloat (link_weight (map, "pb", "c1", PSL_MAP_LINK_PLACEMENT), ==, 1);
    g_assert_cmpfloat (link_weight (map, "pa", "c1", PSL_MAP_LINK_PLACEMENT), ==, 0);
  }
  /* Moved before January's: pa's again. */
  psl_test_exec (f->store, "UPDATE referral SET received_on = '2025-12-20' WHERE id = 'r6';");
  psl_test_assert_text (f->store, KEPT_STARTS, "pl1:pa pl2:pb pl4:pb");
  psl_test_exec (f->store, "DELETE FROM referral WHERE id = 'r6';");
  assert_fixture_kept (f->store);

  /* p1's start deleted: c1 keeps o1 only, pa places nobody; c1 is a contact. */
  psl_test_exec (f->store, "UPDATE placement SET deleted_at = '2026-07-01T00:00:00Z' WHERE id = 'pl1';");
  psl_test_assert_text (f->store, KEPT_STARTS, "pl2:pb pl4:pb");
  psl_test_assert_text (f->store, KEPT_REALISED, "o1 o4");
  assert_kept_right (f->store);
  {
    g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);

    g_assert_cmpuint (node (map, "c1")->realised, ==, 1);
    g_assert_cmpuint (node (map, "c1")->placements, ==, 0);
    g_assert_cmpuint (node (map, "pa")->realised, ==, 0);
    g_assert_cmpfloat (link_weight (map, "", "c1", PSL_MAP_LINK_PLACEMENT), ==, 0);
    g_assert_cmpfloat (link_weight (map, "", "c1", PSL_MAP_LINK_CONTACT), ==, 7);
    g_assert_cmpfloat (link_weight (map, "pa", "c1", PSL_MAP_LINK_PLACEMENT), ==, 0);
  }
  /* Undone. */
  psl_test_exec (f->store, "UPDATE placement SET deleted_at = NULL WHERE id = 'pl1';");
  assert_fixture_kept (f->store);

  /* p3 refused at c2 after all, o3 filled, o1 proposed before the period,
   * o2 deleted: c2 realises one, places nobody; pb places nobody; c1
   * realises nothing in the period but keeps p1's start. */
  psl_test_exec (f->store, "UPDATE placement SET stage = 'refused' WHERE id = 'pl2';"
                           "UPDATE opportunity SET status = 'filled' WHERE id = 'o3';"
                           "UPDATE opportunity SET proposed_on = '2025-11-01' WHERE id = 'o1';"
                           "UPDATE opportunity SET deleted_at = '2026-07-01T00:00:00Z' WHERE id = 'o2';");
  psl_test_assert_text (f->store, KEPT_STARTS, "pl1:pa pl4:pb");
  psl_test_assert_text (f->store, KEPT_REALISED, "o1 o3 o4");
  assert_kept_right (f->store);
  {
    g_autoptr(PslPartnerMap) map = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);

    g_assert_cmpuint (node (map, "c1")->realised, ==, 0);
    g_assert_cmpuint (node (map, "c1")->placements, ==, 1);
    g_assert_cmpuint (node (map, "c2")->realised, ==, 1);
    g_assert_cmpuint (node (map, "c2")->placements, ==, 0);
    g_assert_cmpuint (node (map, "pb")->realised, ==, 0);
    g_assert_cmpfloat (link_weight (map, "pb", "c2", PSL_MAP_LINK_PLACEMENT), ==, 0);
  }

  /* Rows gone for good, then counted again from scratch. */
  psl_test_exec (f->store, "DELETE FROM placement WHERE id = 'pl4';"
                           "DELETE FROM referral WHERE id = 'r1';"
                           "DELETE FROM opportunity WHERE id = 'o4';");
  psl_test_assert_text (f->store, KEPT_STARTS, "pl1:pa");
  psl_test_assert_text (f->store, KEPT_REALISED, "o1 o3");
  assert_kept_right (f->store);
  psl_test_exec (f->store, "DELETE FROM start_partner; UPDATE opportunity_realised SET company_id = 'c4';");
  g_assert_cmpint (psl_summaries_differences (f->store, NULL), ==, 1 + 2 * 2);
  g_assert_true (psl_summaries_rebuild (f->store, NULL));
  psl_test_assert_text (f->store, KEPT_STARTS, "pl1:pa");
  psl_test_assert_text (f->store, KEPT_REALISED, "o1 o3");
  assert_kept_right (f->store);
}

/* A file of the version before: the upgrade counts its starts and
 * opportunities, and the map reads them as it read the rows. */
static void
test_kept_links_at_upgrade (void)
{
  g_autofree char *dir = psl_test_tmpdir ("map-upgrade");
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  {
    g_autoptr(PslStore) old = psl_store_open_at_version (path, 26, &error);

    g_assert_no_error (error);
    psl_test_exec (old, MAP_FIXTURE);
    g_assert_cmpint (psl_test_count (old, "SELECT count(*) FROM sqlite_master WHERE name = 'start_partner';"), ==, 0);
  }
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_fixture_kept (store);
  {
    g_autoptr(PslPartnerMap) map = load (store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);

    g_assert_cmpuint (map->nodes->len, ==, 6);
    g_assert_cmpuint (map->links->len, ==, 14);
    g_assert_cmpuint (node (map, "c1")->realised, ==, 2);
    g_assert_cmpuint (node (map, "pa")->realised, ==, 1);
    g_assert_cmpuint (node (map, "pb")->realised, ==, 1);
    g_assert_cmpfloat (link_weight (map, "pa", "c1", PSL_MAP_LINK_PLACEMENT), ==, 1);
    g_assert_cmpfloat (link_weight (map, "pb", "c2", PSL_MAP_LINK_PLACEMENT), ==, 1);
  }
  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

/* Firms whose ids begin alike, over their first eight bytes and shorter:
 * each row finds its own firm, whether in the month summaries (whole
 * months) or in the contacts of the days around them. */
static void
test_ids_alike (PslTestFixture *f,
                gconstpointer   data)
{
  static const struct { const char *id, *name; guint whole, from_15th; } expected[] = {
    { "firm-00", "B", 1, 1 }, { "firm-000", "E", 2, 2 }, { "firm-0001", "D", 3, 3 },
    { "firm-0001a", "A", 4, 4 }, { "firm-0001b", "F", 1, 1 }, { "firm-0002", "C", 2, 1 },
  };
  PslMapFilter from_15th = { (char *) "2026-01-15", (char *) MAP_TO, NULL, NULL, NULL, NULL, PSL_MAP_RINGS_LEVEL, 0 };
  g_autoptr(PslPartnerMap) whole = NULL;
  g_autoptr(PslPartnerMap) part = NULL;
  g_autoptr(GError) error = NULL;

  psl_test_exec (f->store,
    "INSERT INTO company (id, legal_name, referent_id) VALUES ('firm-0001a', 'A', 'a'), ('firm-00', 'B', 'a'),"
    " ('firm-0002', 'C', 'a'), ('firm-0001', 'D', 'a'), ('firm-000', 'E', 'a'), ('firm-0001b', 'F', 'a');"
    "INSERT INTO interaction (id, company_id, staff_id, kind, occurred_at) VALUES"
    " ('f1', 'firm-00', 'a', 'appel', '2026-02-03T08:00'),"
    " ('f2', 'firm-000', 'a', 'appel', '2026-02-04T08:00'), ('f3', 'firm-000', 'a', 'appel', '2026-03-05T08:00'),"
    " ('f4', 'firm-0001', 'a', 'appel', '2026-02-05T08:00'), ('f5', 'firm-0001', 'a', 'appel', '2026-03-06T08:00'),"
    " ('f6', 'firm-0001', 'a', 'appel', '2026-01-20T08:00'),"
    " ('f7', 'firm-0001a', 'a', 'appel', '2026-02-06T08:00'), ('f8', 'firm-0001a', 'a', 'appel', '2026-02-07T08:00'),"
    " ('f9', 'firm-0001a', 'a', 'appel', '2026-03-07T08:00'), ('f10', 'firm-0001a', 'a', 'appel', '2026-01-16T08:00'),"
    " ('f11', 'firm-0001b', 'a', 'appel', '2026-03-08T08:00'),"
    " ('f12', 'firm-0002', 'a', 'appel', '2026-01-10T08:00'), ('f13', 'firm-0002', 'a', 'appel', '2026-02-08T08:00');");

  whole = load (f->store, PSL_MAP_RINGS_LEVEL, NULL, NULL, NULL, NULL, 0);
  part = psl_partner_map_load (f->store, &from_15th, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_nonnull (node (whole, expected[i].id));
      g_assert_cmpuint (node (whole, expected[i].id)->interactions, ==, expected[i].whole);
      g_assert_cmpuint (node (part, expected[i].id)->interactions, ==, expected[i].from_15th);
      g_assert_cmpstr (node (whole, expected[i].id)->name, ==, expected[i].name);
    }
  /* The fixture's firms still have their own. */
  g_assert_cmpuint (node (whole, "c1")->interactions, ==, 7);
  g_assert_cmpuint (node (whole, "c2")->interactions, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

#define ADD(path, fn) g_test_add (path, PslTestFixture, MAP_FIXTURE, psl_test_fixture_setup, fn, psl_test_fixture_teardown)
  ADD ("/partner-map/nodes", test_nodes);
  ADD ("/partner-map/rings-and-sectors", test_rings_and_sectors);
  ADD ("/partner-map/links", test_links);
  ADD ("/partner-map/filters", test_filters);
  ADD ("/partner-map/empty", test_empty);
  ADD ("/partner-map/analyse", test_analyse);
  ADD ("/partner-map/dot", test_dot);
  ADD ("/partner-map/kept-links-follow-writes", test_kept_links_follow_writes);
  ADD ("/partner-map/ids-alike", test_ids_alike);
#undef ADD
  g_test_add_func ("/partner-map/kept-links-at-upgrade", test_kept_links_at_upgrade);

  return g_test_run ();
}
