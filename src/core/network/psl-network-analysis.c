/* psl-network-analysis.c — the partnership network laid out and measured
 * with igraph: force-directed positions, betweenness, communities; and the
 * same graph as Graphviz DOT
 *
 * The picture must be the same from one opening to the next: every node
 * starts from a place drawn from its own id (not its rank, which moves when
 * a firm is added) and the random numbers start from a fixed seed.
 */

#define G_LOG_DOMAIN "psl-network-analysis"

#include "config.h"

#include "psl-i18n.h"
#include <igraph.h>
#include <math.h>

#include "psl-partner-map.h"

#define LAYOUT_SEED        20100101
/* Enough for 2,000 nodes to settle from their hashed places; more moves
 * nothing the eye sees and costs time on every opening. */
#define LAYOUT_ITERATIONS  80
/* Smaller groups are not coloured: three firms around one partner are not
 * a community worth a colour. */
#define MIN_COMMUNITY      3

static void
seed_position (const PslMapNode *node,
               guint             n,
               double           *x,
               double           *y)
{
  guint h = g_str_hash (node->id);
  double angle = (h & 0xffff) / 65536.0 * 2 * G_PI;
  double radius = sqrt (((h >> 16) & 0xffff) / 65536.0) * sqrt (n);

  *x = radius * cos (angle);
  *y = radius * sin (angle);
}

/* Links of the same pair count once, heavier the more they share. */
static void
build_graph (PslPartnerMap        *map,
             guint                 skip_below,
             igraph_t             *graph,
             igraph_vector_t      *weights)
{
  guint n = map->nodes->len - skip_below;
  igraph_vector_int_t edges;

  igraph_vector_int_init (&edges, 0);
  igraph_vector_init (weights, 0);
  for (guint i = 0; i < map->links->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, i);

      if (link->source < skip_below)
        continue;
      igraph_vector_int_push_back (&edges, link->source - skip_below);
      igraph_vector_int_push_back (&edges, link->target - skip_below);
      igraph_vector_push_back (weights, 1.0 + log1p (link->weight));
    }
  igraph_create (graph, &edges, n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy (&edges);
}

static gboolean
lay_out (PslPartnerMap *map)
{
  guint n = map->nodes->len;
  igraph_t graph;
  igraph_vector_t weights, minx, maxx, miny, maxy;
  igraph_matrix_t pos;
  double extent = 0;
  igraph_error_t rc;

  build_graph (map, 0, &graph, &weights);
  igraph_matrix_init (&pos, n, 2);
  igraph_vector_init (&minx, n);
  igraph_vector_init (&maxx, n);
  igraph_vector_init (&miny, n);
  igraph_vector_init (&maxy, n);
  for (guint i = 0; i < n; i++)
    {
      double x = 0, y = 0;

      /* The structure stays in the middle. */
      if (i > 0)
        seed_position (g_ptr_array_index (map->nodes, i), n, &x, &y);
      MATRIX (pos, i, 0) = x;
      MATRIX (pos, i, 1) = y;
      VECTOR (minx)[i] = i == 0 ? 0 : -IGRAPH_INFINITY;
      VECTOR (maxx)[i] = i == 0 ? 0 : IGRAPH_INFINITY;
      VECTOR (miny)[i] = i == 0 ? 0 : -IGRAPH_INFINITY;
      VECTOR (maxy)[i] = i == 0 ? 0 : IGRAPH_INFINITY;
    }

  igraph_rng_seed (igraph_rng_default (), LAYOUT_SEED);
  rc = igraph_layout_fruchterman_reingold (&graph, &pos, TRUE, LAYOUT_ITERATIONS, sqrt (n) / 10.0,
                                           IGRAPH_LAYOUT_AUTOGRID, &weights, &minx, &maxx, &miny, &maxy);
  if (rc == IGRAPH_SUCCESS)
    {
      for (guint i = 0; i < n; i++)
        extent = MAX (extent, MAX (fabs (MATRIX (pos, i, 0)), fabs (MATRIX (pos, i, 1))));
      for (guint i = 0; i < n; i++)
        {
          PslMapNode *node = g_ptr_array_index (map->nodes, i);

          node->x = extent > 0 ? MATRIX (pos, i, 0) / extent : 0;
          node->y = extent > 0 ? MATRIX (pos, i, 1) / extent : 0;
        }
    }

  igraph_vector_destroy (&minx);
  igraph_vector_destroy (&maxx);
  igraph_vector_destroy (&miny);
  igraph_vector_destroy (&maxy);
  igraph_matrix_destroy (&pos);
  igraph_vector_destroy (&weights);
  igraph_destroy (&graph);
  return rc == IGRAPH_SUCCESS;
}

typedef struct
{
  igraph_integer_t id;
  guint            size;
} Community;

static int
compare_community (gconstpointer a,
                   gconstpointer b)
{
  const Community *x = a;
  const Community *y = b;

  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Betweenness and communities among the firms and partners: the structure
 * is linked to all of them and would otherwise be the only bridge. */
static gboolean
measure (PslPartnerMap *map)
{
  guint n = map->nodes->len - 1;
  igraph_t graph;
  igraph_vector_t weights, between;
  igraph_vector_int_t membership;
  g_autoptr(GArray) communities = NULL;
  double top = 0;
  igraph_error_t rc;

  if (n == 0)
    return TRUE;

  build_graph (map, 1, &graph, &weights);
  igraph_vector_init (&between, 0);
  igraph_vector_int_init (&membership, 0);

  /* In hops, not strengths: weighted paths cost five times as much on a
   * large network and point to the same firms. */
  rc = igraph_betweenness (&graph, &between, igraph_vss_all (), IGRAPH_UNDIRECTED, NULL);
  if (rc == IGRAPH_SUCCESS)
    rc = igraph_community_multilevel (&graph, &weights, 1.0, &membership, NULL, NULL);

  if (rc == IGRAPH_SUCCESS)
    {
      igraph_integer_t n_ids = igraph_vector_int_size (&membership) > 0 ? igraph_vector_int_max (&membership) + 1 : 0;
      g_autofree int *rank = g_new (int, MAX (n_ids, 1));

      for (guint i = 0; i < n; i++)
        top = MAX (top, VECTOR (between)[i]);

      communities = g_array_sized_new (FALSE, TRUE, sizeof (Community), n_ids);
      g_array_set_size (communities, n_ids);
      for (igraph_integer_t c = 0; c < n_ids; c++)
        g_array_index (communities, Community, c).id = c;
      for (guint i = 0; i < n; i++)
        g_array_index (communities, Community, VECTOR (membership)[i]).size++;
      g_array_sort (communities, compare_community);

      map->n_communities = 0;
      for (igraph_integer_t c = 0; c < n_ids; c++)
        {
          const Community *community = &g_array_index (communities, Community, c);

          rank[community->id] = community->size >= MIN_COMMUNITY ? (int) map->n_communities++ : -1;
        }

      for (guint i = 0; i < n; i++)
        {
          PslMapNode *node = g_ptr_array_index (map->nodes, i + 1);

          node->centrality = top > 0 ? VECTOR (between)[i] / top : 0;
          node->community = rank[VECTOR (membership)[i]];
        }
    }

  igraph_vector_int_destroy (&membership);
  igraph_vector_destroy (&between);
  igraph_vector_destroy (&weights);
  igraph_destroy (&graph);
  return rc == IGRAPH_SUCCESS;
}

/* igraph's own handler aborts the program: report instead. */
static gboolean
run_igraph (gboolean      (*step) (PslPartnerMap *),
            PslPartnerMap  *map)
{
  igraph_error_handler_t *previous = igraph_set_error_handler (igraph_error_handler_ignore);
  gboolean ok = step (map);

  igraph_set_error_handler (previous);
  return ok;
}

gboolean
psl_partner_map_lay_out (PslPartnerMap  *map,
                         GError        **error)
{
  if (!run_igraph (lay_out, map))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The network could not be laid out."));
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_partner_map_analyse (PslPartnerMap  *map,
                         GError        **error)
{
  gboolean ok;

  if (map->analysed)
    return TRUE;

  ok = run_igraph (lay_out, map) && run_igraph (measure, map);

  if (!ok)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The network could not be laid out."));
      return FALSE;
    }
  map->analysed = TRUE;
  return TRUE;
}

static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  g_string_append_c (out, '"');
}

static const char *const node_kinds[] = { "structure", "company", "partner" };
static const char *const link_kinds[] = { "placement", "partnership", "referral", "contact", "shared_firm", "event" };

char *
psl_partner_map_to_dot (PslPartnerMap *map,
                        gboolean       with_positions)
{
  GString *out = g_string_new ("graph passerelle {\n"
                               "  graph [overlap=false, outputorder=edgesfirst];\n"
                               "  node [shape=circle, style=filled, fontname=\"DejaVu Sans\"];\n");

  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);

      g_string_append_printf (out, "  n%u [label=", i);
      append_quoted (out, node->name);
      g_string_append_printf (out, ", kind=%s, interactions=%u, realised=%u",
                              node_kinds[node->kind], node->interactions, node->realised);
      if (node->kind != PSL_MAP_NODE_STRUCTURE && node->sector < map->sectors->len)
        {
          g_string_append (out, ", sector=");
          append_quoted (out, ((PslMapSector *) g_ptr_array_index (map->sectors, node->sector))->label);
        }
      if (map->analysed)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (out, ", community=%d, centrality=%s", node->community,
                                  g_ascii_formatd (number, sizeof number, "%.4f", node->centrality));
          if (with_positions)
            {
              char y[G_ASCII_DTOSTR_BUF_SIZE];

              /* Graphviz points, y up; "!" keeps them where they are. */
              g_string_append_printf (out, ", pos=\"%s,%s!\"",
                                      g_ascii_formatd (number, sizeof number, "%.1f", node->x * 1000),
                                      g_ascii_formatd (y, sizeof y, "%.1f", -node->y * 1000));
            }
        }
      g_string_append (out, "];\n");
    }

  for (guint i = 0; i < map->links->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, i);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "  n%u -- n%u [kind=%s, weight=%s];\n", link->source, link->target,
                              link_kinds[link->kind], g_ascii_formatd (number, sizeof number, "%g", link->weight));
    }
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}
