/* psl-network-map.c — the network ("toile d'araignée"): the structure,
 * its partners and its firms as a graph, laid out by force
 *
 * The positions come from psl_partner_map_analyse (); here they are only
 * fitted to the surface.  A node grows with its betweenness (the firms and
 * partners that hold the network together) and takes its community's
 * colour.
 */

#include "config.h"

#include <math.h>

#include "psl-map-picture-private.h"

#define MARGIN 16.0

static int
compare_weight (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GArray *links = user_data;
  double x = g_array_index (links, PslMapLink, *(const guint *) a).weight;
  double y = g_array_index (links, PslMapLink, *(const guint *) b).weight;

  if (x != y)
    return x < y ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

void
psl_network_map_place (PslMapPicture *picture,
                       PslPartnerMap *map)
{
  double scale = MAX (MIN (picture->plot.width, picture->plot.height) / 2 - MARGIN, 10);

  picture->cx = picture->plot.x + picture->plot.width / 2;
  picture->cy = picture->plot.y + picture->plot.height / 2;
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);
      PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      spot->x = picture->cx + node->x * scale;
      spot->y = picture->cy + node->y * scale;
      spot->radius = node->kind == PSL_MAP_NODE_STRUCTURE ? 12 : 2.5 + 10 * sqrt (node->centrality);
    }

  for (guint i = 0; i < map->links->len; i++)
    g_array_append_val (picture->link_order, i);
  g_array_sort_with_data (picture->link_order, compare_weight, map->links);
  /* Beyond a few thousand, links are a grey haze that hides the nodes:
   * the strongest are drawn (the heaviest last), the others counted. */
  if (picture->link_order->len > PSL_MAP_DRAWN_LINKS)
    {
      picture->n_links_hidden = picture->link_order->len - PSL_MAP_DRAWN_LINKS;
      g_array_remove_range (picture->link_order, 0, picture->n_links_hidden);
    }
}

void
psl_network_map_draw_under (PslMapPicture *picture,
                            PslPartnerMap *map,
                            cairo_t       *cr)
{
  cairo_save (cr);
  /* A dense network's links are a haze: drawn without anti-aliasing they
   * cost half the time and look the same (paper and vector files are not
   * concerned: they keep their lines exact). */
  cairo_set_antialias (cr, picture->link_order->len > PSL_MAP_SMOOTH_LINKS ? CAIRO_ANTIALIAS_NONE
                                                                             : CAIRO_ANTIALIAS_DEFAULT);
  for (guint i = 0; i < picture->link_order->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, g_array_index (picture->link_order, guint, i));
      const PslMapSpot *a = &g_array_index (picture->spots, PslMapSpot, link->source);
      const PslMapSpot *b = &g_array_index (picture->spots, PslMapSpot, link->target);

      cairo_move_to (cr, a->x, a->y);
      cairo_line_to (cr, b->x, b->y);
      /* Links to the structure are everywhere: lighter, so that those
       * between partners and firms show. */
      cairo_set_source_rgba (cr, 0.3, 0.3, 0.35, link->source == 0 ? 0.12 : 0.45);
      cairo_set_line_width (cr, MIN (0.5 + 0.6 * log1p (link->weight), 4.0));
      /* The kind of a link to the structure goes without saying on a
       * haze of them; between partners and firms it is dashed. */
      if (link->source == 0)
        cairo_set_dash (cr, NULL, 0, 0);
      else
        psl_draw_set_series_dash (cr, link->kind);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
