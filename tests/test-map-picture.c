/* test-map-picture.c — the partnership map's geometry and pictures: every
 * node in its ring and sector, labels that never overlap, hit-testing,
 * keyboard order, reference pictures and files */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "psl-map-picture.h"
#include "psl-test-image.h"

static const char *words[] = {
  "Boulangerie", "Garage", "Maçonnerie", "du Lot", "Plomberie-chauffage", "Restaurant", "de la Vallée",
  "Transports", "SARL", "Menuiserie", "Hôtel", "Pharmacie", "Entreprise générale", "Bex", "Usinage",
};

static void
node_free (PslMapNode *node)
{
  g_free (node->id);
  g_free (node->name);
  g_free (node->detail);
  g_free (node);
}

static void
sector_free (PslMapSector *sector)
{
  g_free (sector->code);
  g_free (sector->label);
  g_free (sector);
}

/* A map made in memory: n nodes over 7 rings and 8 sectors, names of one
 * to four words, a tenth of partners, links at random; the same for the
 * same seed. */
static PslPartnerMap *
synthetic_map (guint   n,
               guint32 seed)
{
  static const char *sectors[] = { "Tertiaire", "BTP", "Hôtellerie-restauration", "Transport-logistique",
                                   "Services aux personnes", "Industrie", "Espaces verts", "Structures partenaires" };
  PslPartnerMap *map = g_new0 (PslPartnerMap, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  PslMapNode *structure = g_new0 (PslMapNode, 1);

  map->ref_count = 1;
  map->filter.from = g_strdup ("2026-01-01");
  map->filter.to = g_strdup ("2026-12-31");
  map->structure_name = g_strdup ("Mission locale du Causse");
  map->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  map->links = g_array_new (FALSE, FALSE, sizeof (PslMapLink));
  map->rings = g_ptr_array_new_with_free_func (g_free);
  map->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify) sector_free);
  for (guint r = 0; r < 7; r++)
    g_ptr_array_add (map->rings, g_strdup_printf ("Anneau %u", r + 1));
  for (guint s = 0; s < G_N_ELEMENTS (sectors); s++)
    {
      PslMapSector *sector = g_new0 (PslMapSector, 1);

      sector->code = g_strdup_printf ("s%u", s);
      sector->label = g_strdup (sectors[s]);
      g_ptr_array_add (map->sectors, sector);
    }

  structure->id = g_strdup ("");
  structure->name = g_strdup (map->structure_name);
  structure->community = -1;
  g_ptr_array_add (map->nodes, structure);
  for (guint i = 1; i < n; i++)
    {
      PslMapNode *node = g_new0 (PslMapNode, 1);
      GString *name = g_string_new (words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      guint n_words = g_rand_int_range (rand, 0, 4);

      for (guint w = 0; w < n_words; w++)
        g_string_append_printf (name, " %s", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      node->id = g_strdup_printf ("node-%u", i);
      node->name = g_string_free (name, FALSE);
      node->kind = i % 10 == 0 ? PSL_MAP_NODE_PARTNER : PSL_MAP_NODE_COMPANY;
      node->sector = node->kind == PSL_MAP_NODE_PARTNER ? 7 : g_rand_int_range (rand, 0, 7);
      node->ring = g_rand_int_range (rand, 0, 7);
      node->realised = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 1, 25) : 0;
      node->interactions = g_rand_int_range (rand, 0, 40);
      node->score = node->realised * 10 + node->interactions;
      node->community = -1;
      ((PslMapSector *) g_ptr_array_index (map->sectors, node->sector))->n_nodes++;
      g_ptr_array_add (map->nodes, node);

      {
        PslMapLink link = { 0, i, PSL_MAP_LINK_CONTACT, 1 + node->realised };
        g_array_append_val (map->links, link);
      }
      if (i > 10 && g_rand_int_range (rand, 0, 3) == 0)
        {
          PslMapLink link = { 10 * g_rand_int_range (rand, 1, i / 10 + 1), i, PSL_MAP_LINK_PLACEMENT, 2 };

          if (link.source < i)
            g_array_append_val (map->links, link);
        }
    }
  return map;
}

static cairo_t *
measuring_context (cairo_surface_t **surface)
{
  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  return cairo_create (*surface);
}

/* No two labels share a pixel, none covers a node, all stay on the surface. */
static void
assert_labels_apart (PslMapPicture *picture)
{
  guint labelled = 0;

  for (guint i = 0; i < picture->spots->len; i++)
    {
      const PslMapSpot *a = &g_array_index (picture->spots, PslMapSpot, i);

      if (!a->labelled)
        continue;
      labelled++;
      g_assert_cmpfloat (a->label.x, >=, 0);
      g_assert_cmpfloat (a->label.y, >=, 0);
      g_assert_cmpfloat (a->label.x + a->label.width, <=, picture->width);
      g_assert_cmpfloat (a->label.y + a->label.height, <=, picture->height);
      for (guint j = 0; j < picture->spots->len; j++)
        {
          const PslMapSpot *b = &g_array_index (picture->spots, PslMapSpot, j);
          PslRect disc = { b->x - b->radius, b->y - b->radius, 2 * b->radius, 2 * b->radius };

          if (j != i && b->labelled)
            g_assert_false (psl_rect_intersects (&a->label, &b->label));
          g_assert_false (psl_rect_intersects (&a->label, &disc));
        }
    }
  g_assert_cmpuint (labelled, ==, picture->n_labelled);
}

static void
test_target_geometry (void)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (500, 7);
  cairo_surface_t *surface;
  cairo_t *cr = measuring_context (&surface);
  g_autoptr(PslMapPicture) picture = psl_map_picture_new (map, PSL_MAP_TARGET, cr, 1400, 1000);
  guint hidden = 0, counted = 0;

  g_assert_cmpuint (picture->spots->len, ==, 500);
  for (guint i = 1; i < map->nodes->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      g_assert_true (psl_map_picture_in_cell (picture, map, i));
      g_assert_cmpfloat (spot->radius, >=, 1);
      hidden += !spot->labelled;
    }
  assert_labels_apart (picture);
  /* Readable, and what is not shown is counted in its sector. */
  g_assert_cmpuint (picture->n_labelled, >, 100);
  for (guint s = 0; s < picture->counters->len; s++)
    counted += g_array_index (picture->counters, PslMapCounter, s).n_hidden;
  g_assert_cmpuint (counted, ==, hidden);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Crowded: every node still in its cell, discs shrunk to fit. */
static void
test_target_crowded (void)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (2000, 11);
  cairo_surface_t *surface;
  cairo_t *cr = measuring_context (&surface);
  g_autoptr(PslMapPicture) picture = psl_map_picture_new (map, PSL_MAP_TARGET, cr, 700, 500);

  for (guint i = 1; i < map->nodes->len; i++)
    g_assert_true (psl_map_picture_in_cell (picture, map, i));
  assert_labels_apart (picture);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_network_geometry (void)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (500, 7);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr = measuring_context (&surface);
  g_autoptr(PslMapPicture) picture = NULL;

  g_assert_true (psl_partner_map_analyse (map, &error));
  g_assert_no_error (error);
  picture = psl_map_picture_new (map, PSL_MAP_NETWORK, cr, 1400, 1000);
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      g_assert_cmpfloat (spot->x, >=, picture->plot.x);
      g_assert_cmpfloat (spot->x, <=, picture->plot.x + picture->plot.width);
      g_assert_cmpfloat (spot->y, >=, picture->plot.y);
      g_assert_cmpfloat (spot->y, <=, picture->plot.y + picture->plot.height);
    }
  assert_labels_apart (picture);
  /* The structure is in the middle and named. */
  g_assert_cmpfloat (g_array_index (picture->spots, PslMapSpot, 0).x, ==, picture->plot.x + picture->plot.width / 2);
  g_assert_true (g_array_index (picture->spots, PslMapSpot, 0).labelled);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_hit_and_order (void)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (120, 3);
  cairo_surface_t *surface;
  cairo_t *cr = measuring_context (&surface);
  g_autoptr(PslMapPicture) picture = psl_map_picture_new (map, PSL_MAP_TARGET, cr, 1000, 800);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  int index = -1;

  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      g_assert_cmpint (psl_map_picture_hit (picture, spot->x, spot->y), ==, i);
    }
  g_assert_cmpint (psl_map_picture_hit (picture, 2, 2), ==, -1);

  /* The keyboard visits every firm and partner once, then stops. */
  for (guint step = 0; step < map->nodes->len - 1; step++)
    {
      int next = psl_map_picture_next (picture, index, +1);

      g_assert_cmpint (next, >, 0);
      g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER (next)));
      g_hash_table_add (seen, GINT_TO_POINTER (next));
      index = next;
    }
  g_assert_cmpint (psl_map_picture_next (picture, index, +1), ==, index);
  g_assert_cmpint (psl_map_picture_next (picture, psl_map_picture_next (picture, index, -1), +1), ==, index);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_reference (PslMapKind  kind,
                const char *name)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (40, 5);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PslMapPicture) picture = NULL;

  g_assert_true (psl_partner_map_analyse (map, &error));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  picture = psl_map_picture_new (map, kind, cr, 900, 600);
  psl_map_picture_draw (picture, map, cr, 12);
  cairo_destroy (cr);
  psl_test_image_matches (surface, name, 0.003, &error);
  g_assert_no_error (error);
  cairo_surface_destroy (surface);
}

static void
test_reference (void)
{
  draw_reference (PSL_MAP_TARGET, "map-target.png");
  draw_reference (PSL_MAP_NETWORK, "map-network.png");
}

static void
test_write (void)
{
  g_autoptr(PslPartnerMap) map = synthetic_map (60, 9);
  g_autofree char *dir = g_dir_make_tmp ("passerelle-map-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "carte.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "carte.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "carte.PNG", NULL);
  g_autofree char *bad = g_build_filename (dir, "carte.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-folder", "carte.png", NULL);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (psl_partner_map_analyse (map, &error));
  g_assert_true (psl_map_picture_write (map, PSL_MAP_TARGET, "Carte — essai", pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", pdf, (char *) "-", NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_nonnull (strstr (text, "Carte — essai"));
  g_assert_nonnull (strstr (text, "Hôtellerie-restauration"));
  g_assert_nonnull (strstr (text, "Mission"));

  g_assert_true (psl_map_picture_write (map, PSL_MAP_NETWORK, NULL, svg, &error));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (psl_map_picture_write (map, PSL_MAP_NETWORK, NULL, png, &error));
  g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);

  /* An unknown ending or a missing folder: an error, and no file left. */
  g_assert_false (psl_map_picture_write (map, PSL_MAP_TARGET, NULL, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_false (psl_map_picture_write (map, PSL_MAP_TARGET, NULL, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_unlink (pdf);
  g_unlink (svg);
  g_unlink (png);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/map-picture/target/geometry", test_target_geometry);
  g_test_add_func ("/map-picture/target/crowded", test_target_crowded);
  g_test_add_func ("/map-picture/network/geometry", test_network_geometry);
  g_test_add_func ("/map-picture/hit-and-order", test_hit_and_order);
  g_test_add_func ("/map-picture/reference", test_reference);
  g_test_add_func ("/map-picture/write", test_write);

  return g_test_run ();
}
