/* psl-target-map.c — the target ("cible"): the structure in the centre,
 * firms and partners on rings by closeness and in sectors by trade
 *
 * Annexe 3, question 2 asks each structure to place its networks on a
 * target, nearer the more often it works with them, with a line to the
 * centre as thick as the relation is useful to the people.  Here the line
 * and the node grow with the opportunities realised in the period.
 *
 * Every node stays inside its cell (its ring × its sector): the cell is cut
 * in rows parallel to the rings, each row holding a share of the nodes in
 * proportion to its length, and the discs shrink when the cell is crowded.
 */

#include "config.h"

#include <math.h>
#include "psl-i18n.h"

#include "psl-map-picture-private.h"

/* Room for the sector titles around the outer ring. */
#define SECTOR_TITLE_ROOM 34.0
#define SECTOR_TITLE_WIDTH 150.0
#define SECTOR_TITLE_SCALE 0.85
/* Every sector gets at least this share of the turn, so that a sector of
 * two firms can still be read. */
#define MIN_SECTOR_SHARE  0.05

static double
ring_inner (PslMapPicture *picture,
            guint          ring)
{
  return g_array_index (picture->ring_radii, double, ring);
}

static double
ring_outer (PslMapPicture *picture,
            guint          ring)
{
  return g_array_index (picture->ring_radii, double, ring + 1);
}

static PangoLayout *
sector_title_layout (cairo_t            *cr,
                     const PslDrawTheme *theme,
                     const char         *title)
{
  PangoLayout *layout = psl_draw_layout (cr, theme, SECTOR_TITLE_SCALE, TRUE, title);

  pango_layout_set_width (layout, SECTOR_TITLE_WIDTH * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  return layout;
}

static char *
count_text (guint n_hidden)
{
  /* Translators: how many names of a sector did not fit on the map */
  return g_strdup_printf (psl_ngettext ("+%u name not shown", "+%u names not shown", n_hidden),
                          n_hidden);
}

/* The widest the count under a sector's title can be. */
static int
count_width (cairo_t            *cr,
             const PslDrawTheme *theme,
             guint               n_nodes)
{
  g_autofree char *text = count_text (n_nodes);
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.8, FALSE, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static void
set_sector_angles (PslMapPicture *picture,
                   PslPartnerMap *map)
{
  guint n = map->sectors->len;
  double total = 0, angle = 0;
  guint nodes = MAX (map->nodes->len - 1, 1);

  for (guint s = 0; s < n; s++)
    total += MAX (((PslMapSector *) g_ptr_array_index (map->sectors, s))->n_nodes, nodes * MIN_SECTOR_SHARE);

  g_array_append_val (picture->sector_angles, angle);
  for (guint s = 0; s < n; s++)
    {
      double share = MAX (((PslMapSector *) g_ptr_array_index (map->sectors, s))->n_nodes, nodes * MIN_SECTOR_SHARE);

      angle += 2 * G_PI * share / total;
      g_array_append_val (picture->sector_angles, angle);
    }
}

static void
set_ring_radii (PslMapPicture *picture,
                PslPartnerMap *map)
{
  double outer = MAX (MIN (picture->plot.width, picture->plot.height) / 2 - SECTOR_TITLE_ROOM, 20);
  double centre = MAX (outer * 0.12, 24);
  guint n = MAX (map->rings->len, 1);

  picture->cx = picture->plot.x + picture->plot.width / 2;
  picture->cy = picture->plot.y + picture->plot.height / 2;
  g_array_append_val (picture->ring_radii, centre);
  for (guint i = 1; i <= n; i++)
    {
      double r = centre + (outer - centre) * i / n;
      g_array_append_val (picture->ring_radii, r);
    }
}

/* Clockwise from the top, as a clock is read. */
static void
polar (PslMapPicture *picture,
       double         radius,
       double         angle,
       double        *x,
       double        *y)
{
  *x = picture->cx + radius * sin (angle);
  *y = picture->cy - radius * cos (angle);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const PslMapNode *x = *(PslMapNode **) a;
  const PslMapNode *y = *(PslMapNode **) b;
  int by_name = g_utf8_collate (x->name, y->name);

  return by_name != 0 ? by_name : g_strcmp0 (x->id, y->id);
}

/* The node's disc from the opportunities it realised. */
static double
wanted_radius (const PslMapNode *node)
{
  return MIN (3.0 + 2.0 * sqrt (node->realised), 14.0);
}

static void
place_cell (PslMapPicture *picture,
            PslPartnerMap *map,
            GPtrArray     *cell,
            guint          ring,
            guint          sector,
            GHashTable    *index_of)
{
  double ri = ring_inner (picture, ring);
  double ro = ring_outer (picture, ring);
  double a0 = g_array_index (picture->sector_angles, double, sector);
  double a1 = g_array_index (picture->sector_angles, double, sector + 1);
  double span = a1 - a0;
  guint n = cell->len;
  double area = 0.5 * span * (ro * ro - ri * ri);
  double spacing = sqrt (area / MAX (n, 1));
  guint rows = CLAMP ((guint) floor ((ro - ri) / MAX (spacing, 1)), 1, MAX (n, 1));
  g_autofree guint *per_row = g_new0 (guint, rows);
  double length = 0;
  guint given = 0, k = 0;

  if (n == 0)
    return;
  g_ptr_array_sort (cell, compare_names);

  /* Each row's share in proportion to its length; the rest to the outer
   * rows, which are the longest. */
  for (guint j = 0; j < rows; j++)
    length += ri + (j + 0.5) * (ro - ri) / rows;
  for (guint j = 0; j < rows; j++)
    {
      per_row[j] = (guint) floor (n * (ri + (j + 0.5) * (ro - ri) / rows) / length);
      given += per_row[j];
    }
  for (guint j = rows; given < n; j = j > 1 ? j - 1 : rows)
    {
      per_row[j - 1]++;
      given++;
    }

  for (guint j = 0; j < rows; j++)
    {
      double r = ri + (j + 0.5) * (ro - ri) / rows;
      double half_band = (ro - ri) / rows / 2;

      for (guint t = 0; t < per_row[j]; t++, k++)
        {
          const PslMapNode *node = g_ptr_array_index (cell, k);
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, node));
          PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, index);
          /* The chord, not the arc: the disc must fit between the slot's radii. */
          double half_slot = r * sin (MIN (span / per_row[j] / 2, G_PI / 2));

          polar (picture, r, a0 + (t + 0.5) * span / per_row[j], &spot->x, &spot->y);
          /* Inside the row and the slot, with a hair between discs. */
          spot->radius = MAX (MIN (wanted_radius (node), MIN (half_band, half_slot) - 0.5), 1.0);
        }
    }
  (void) map;
}

void
psl_target_map_place (PslMapPicture  *picture,
                      PslPartnerMap  *map,
                      cairo_t        *cr,
                      PslLabelPlacer *placer)
{
  guint n_rings = MAX (map->rings->len, 1);
  guint n_sectors = map->sectors->len;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  PslMapSpot *centre;

  set_ring_radii (picture, map);
  set_sector_angles (picture, map);

  for (guint c = 0; c < n_rings * MAX (n_sectors, 1); c++)
    g_ptr_array_add (cells, g_ptr_array_new ());
  for (guint i = 1; i < map->nodes->len; i++)
    {
      PslMapNode *node = g_ptr_array_index (map->nodes, i);
      guint ring = MIN (node->ring, n_rings - 1);

      g_hash_table_insert (index_of, node, GUINT_TO_POINTER (i));
      g_ptr_array_add (g_ptr_array_index (cells, ring * n_sectors + node->sector), node);
    }
  for (guint ring = 0; ring < n_rings; ring++)
    for (guint s = 0; s < n_sectors; s++)
      place_cell (picture, map, g_ptr_array_index (cells, ring * n_sectors + s), ring, s, index_of);

  centre = &g_array_index (picture->spots, PslMapSpot, 0);
  centre->x = picture->cx;
  centre->y = picture->cy;
  centre->radius = ring_inner (picture, 0);

  /* The ring titles, up the vertical axis, and the sector titles around. */
  for (guint ring = 0; ring < map->rings->len; ring++)
    {
      g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.8, FALSE, g_ptr_array_index (map->rings, ring));
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      psl_label_placer_block (placer, &(PslRect) { picture->cx + 3, picture->cy - ring_outer (picture, ring) + 1, w, h });
    }
  for (guint s = 0; s < n_sectors; s++)
    {
      const PslMapSector *sector = g_ptr_array_index (map->sectors, s);
      g_autoptr(PangoLayout) layout = sector_title_layout (cr, theme, sector->label);
      PslMapCounter counter = { 0 };
      double mid = (g_array_index (picture->sector_angles, double, s) + g_array_index (picture->sector_angles, double, s + 1)) / 2;
      double x, y;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      h += h / pango_layout_get_line_count (layout);   /* the count's line */
      w = MAX (w, count_width (cr, theme, sector->n_nodes));
      polar (picture, ring_outer (picture, n_rings - 1) + 8, mid, &x, &y);
      /* Away from the centre: on the left side right-aligned, above the
       * middle standing on the point. */
      counter.xalign = sin (mid) < -0.2 ? 1 : sin (mid) > 0.2 ? 0 : 0.5;
      counter.box.width = w;
      counter.box.height = h;
      counter.box.x = CLAMP (x - counter.xalign * w, picture->plot.x, picture->plot.x + picture->plot.width - w);
      counter.box.y = CLAMP (cos (mid) > 0 ? y - h : y, picture->plot.y, picture->plot.y + picture->plot.height - h);
      psl_label_placer_block (placer, &counter.box);
      g_array_append_val (picture->counters, counter);
    }
}

static void
draw_sector_title (cairo_t             *cr,
                   const PslDrawTheme  *theme,
                   const PslMapSector  *sector,
                   const PslMapCounter *counter)
{
  g_autoptr(PangoLayout) layout = sector_title_layout (cr, theme, sector->label);
  int w, h;

  /* Aligned within the lines' own width, not the wrapping width. */
  pango_layout_set_width (layout, ceil (counter->box.width) * PANGO_SCALE);
  pango_layout_set_alignment (layout, counter->xalign == 1 ? PANGO_ALIGN_RIGHT
                                      : counter->xalign == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &w, &h);
  psl_draw_set_colour (cr, theme->text);
  cairo_move_to (cr, counter->box.x, counter->box.y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);

  if (counter->n_hidden > 0)
    {
      g_autofree char *text = count_text (counter->n_hidden);

      psl_draw_set_colour (cr, theme->dim_text);
      psl_draw_text (cr, theme, counter->box.x + counter->xalign * counter->box.width, counter->box.y + h,
                     0.8, FALSE, counter->xalign, 0, text);
      cairo_new_path (cr);
    }
}

void
psl_target_map_draw_under (PslMapPicture *picture,
                           PslPartnerMap *map,
                           cairo_t       *cr)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  guint n_rings = picture->ring_radii->len - 1;
  double outer = ring_outer (picture, n_rings - 1);

  /* Rings from the outside in, alternately shaded. */
  for (guint ring = n_rings; ring > 0; ring--)
    {
      double shade = (ring % 2) ? 0.955 : 0.985;

      cairo_new_sub_path (cr);
      cairo_arc (cr, picture->cx, picture->cy, ring_outer (picture, ring - 1), 0, 2 * G_PI);
      cairo_set_source_rgb (cr, shade, shade, shade + 0.01);
      cairo_fill_preserve (cr);
      psl_draw_set_colour (cr, theme->grid);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
    }

  /* Sector bounds. */
  for (guint s = 0; s + 1 < picture->sector_angles->len && map->sectors->len > 1; s++)
    {
      double x0, y0, x1, y1, angle = g_array_index (picture->sector_angles, double, s);

      polar (picture, ring_inner (picture, 0), angle, &x0, &y0);
      polar (picture, outer + 6, angle, &x1, &y1);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
    }
  psl_draw_set_colour (cr, theme->grid);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  for (guint ring = 0; ring < map->rings->len; ring++)
    {
      psl_draw_set_colour (cr, theme->dim_text);
      psl_draw_text (cr, theme, picture->cx + 3, picture->cy - ring_outer (picture, ring) + 1, 0.8, FALSE, 0, 0,
                     g_ptr_array_index (map->rings, ring));
      cairo_new_path (cr);
    }
  for (guint s = 0; s < map->sectors->len; s++)
    draw_sector_title (cr, theme, g_ptr_array_index (map->sectors, s),
                       &g_array_index (picture->counters, PslMapCounter, s));

  /* The lines to the centre, as thick as what was realised; plain edges
   * are enough for lines that go under the discs. */
  cairo_save (cr);
  cairo_set_antialias (cr, map->nodes->len > PSL_MAP_SMOOTH_LINKS ? CAIRO_ANTIALIAS_NONE : CAIRO_ANTIALIAS_DEFAULT);
  for (guint i = 1; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      if (node->realised == 0)
        continue;
      cairo_move_to (cr, picture->cx, picture->cy);
      cairo_line_to (cr, spot->x, spot->y);
      cairo_set_source_rgba (cr, 0.25, 0.25, 0.3, 0.35);
      cairo_set_line_width (cr, MIN (0.6 + 0.8 * sqrt (node->realised), 8.0));
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

gboolean
psl_map_picture_in_cell (PslMapPicture *picture,
                         PslPartnerMap *map,
                         guint          index)
{
  const PslMapNode *node = g_ptr_array_index (map->nodes, index);
  const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, index);
  double dx = spot->x - picture->cx, dy = spot->y - picture->cy;
  double r = hypot (dx, dy);
  double angle = atan2 (dx, -dy);
  double a0, a1;

  if (index == 0 || picture->kind != PSL_MAP_TARGET)
    return TRUE;
  if (angle < 0)
    angle += 2 * G_PI;
  a0 = g_array_index (picture->sector_angles, double, node->sector);
  a1 = g_array_index (picture->sector_angles, double, node->sector + 1);
  return r - spot->radius >= ring_inner (picture, node->ring) - 1e-6
         && r + spot->radius <= ring_outer (picture, node->ring) + 1e-6
         && angle - asin (MIN (spot->radius / r, 1)) >= a0 - 1e-6
         && angle + asin (MIN (spot->radius / r, 1)) <= a1 + 1e-6;
}
