/* psl-bench-map.c — the partnership map of the large file: read, laid out,
 * drawn, panned; beside bare Cairo drawing the same discs and beside
 * Graphviz's sfdp laying out the same graph
 *
 * The map keeps the 2,000 most active firms and partners of the last
 * twelve months of the whole structure, as the window first shows it; its
 * read is judged against the same rows read on a bare connection.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>

#include "psl-bench.h"
#include "psl-format.h"
#include "psl-map-picture.h"
#include "psl-map-view.h"

#define WIDTH   1400
#define HEIGHT  1000
#define NODES   2000

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* A picture laid out and drawn on a surface of the window's size. */
static double
time_picture (PslPartnerMap *map,
              PslMapKind     kind)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gint64 t0 = g_get_monotonic_time ();
  PslMapPicture *picture = psl_map_picture_new (map, kind, cr, WIDTH, HEIGHT);
  double ms;

  psl_map_picture_draw (picture, map, cr, -1);
  cairo_surface_flush (surface);
  ms = ms_since (t0);
  psl_map_picture_free (picture);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ms;
}

/* The floor: the same discs and lines with bare Cairo, nothing placed or
 * labelled. */
static double
time_bare_cairo (PslPartnerMap *map)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gint64 t0 = g_get_monotonic_time ();
  double ms;

  for (guint i = 0; i < map->links->len; i++)
    {
      const PslMapLink *link = &g_array_index (map->links, PslMapLink, i);
      const PslMapNode *a = g_ptr_array_index (map->nodes, link->source);
      const PslMapNode *b = g_ptr_array_index (map->nodes, link->target);

      cairo_move_to (cr, WIDTH / 2.0 * (1 + a->x), HEIGHT / 2.0 * (1 + a->y));
      cairo_line_to (cr, WIDTH / 2.0 * (1 + b->x), HEIGHT / 2.0 * (1 + b->y));
      cairo_stroke (cr);
    }
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);

      cairo_arc (cr, WIDTH / 2.0 * (1 + node->x), HEIGHT / 2.0 * (1 + node->y), 4, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_surface_flush (surface);
  ms = ms_since (t0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ms;
}

/* Graphviz's force-directed layout of the same graph, process included as
 * a user of Gephi or Graphviz would run it. */
static double
time_sfdp (const char *dot_path)
{
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  int status = -1;

  if (!g_spawn_sync (NULL, (char *[]) { (char *) "sfdp", (char *) "-Tdot", (char *) "-o", (char *) "/dev/null",
                                        (char *) dot_path, NULL },
                     NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error)
      || status != 0)
    return -1;
  return ms_since (t0);
}

/* One frame of the view while it is dragged: the painted part of the
 * picture moved, rendered to pixels as the Cairo renderer does (painted
 * again when the drag reaches its edge). */
static double
time_pan_frame (GtkWidget       *view,
                cairo_surface_t *surface,
                double           dx)
{
  cairo_t *cr = cairo_create (surface);
  gint64 t0 = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  double ms;

  psl_map_view_pan (PSL_MAP_VIEW (view), dx, dx / 2);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  gsk_render_node_draw (node, cr);
  cairo_surface_flush (surface);
  ms = ms_since (t0);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  return ms;
}

static void
bench_pan (JsonBuilder   *b,
           PslPartnerMap *map)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *view;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  double first;

  if (!gtk_init_check ())
    {
      json_builder_set_member_name (b, "pan_frame");
      json_builder_add_string_value (b, "no display");
      cairo_surface_destroy (surface);
      return;
    }
  window = gtk_window_new ();
  view = psl_map_view_new (PSL_MAP_TARGET);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50 || gtk_widget_get_width (view) == 0; i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
  psl_map_view_set_map (PSL_MAP_VIEW (view), map);
  /* Zoomed in, so that there is room to drag. */
  psl_map_view_zoom_at (PSL_MAP_VIEW (view), 2.0, 0, 0);

  first = time_pan_frame (view, surface, 0);
  for (guint i = 0; i < 60; i++)
    {
      double ms = time_pan_frame (view, surface, i < 30 ? -8 : 8);
      g_array_append_val (frames, ms);
    }

  json_builder_set_member_name (b, "view_first_frame_ms");
  psl_bench_add_rounded (b, first);
  psl_bench_add_latency (b, "pan_frame", frames);
  json_builder_set_member_name (b, "pan_target_ms");
  json_builder_add_int_value (b, 16);
  gtk_window_destroy (GTK_WINDOW (window));
  cairo_surface_destroy (surface);
}

void
psl_bench_map (JsonBuilder *b,
               PslStore    *store,
               PslBareDb   *bare)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) first_day = psl_date_parse (today);
  g_autofree char *from = NULL;
  PslMapFilter filter = { NULL, today, NULL, NULL, NULL, NULL, PSL_MAP_RINGS_LEVEL, NODES };
  g_autoptr(PslPartnerMap) map = NULL;
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) target = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) network = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) network_whole = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) measure = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cairo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sfdp = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *dot_path = NULL;
  g_autofree char *dot = NULL;
  g_autoptr(GError) error = NULL;

  g_date_subtract_years (first_day, 1);
  g_date_add_days (first_day, 1);
  filter.from = from = psl_date_to_iso (first_day);

  for (guint run = 0; run < 4; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      g_clear_pointer (&map, psl_partner_map_unref);
      map = psl_partner_map_load (store, &filter, &error);
      if (map == NULL)
        {
          json_builder_set_member_name (b, "partnership_map");
          json_builder_add_string_value (b, error->message);
          return;
        }
      ms = ms_since (t0);
      if (run > 0)
        g_array_append_val (load, ms);
      /* The same rows read bare, in turn with the map's read so that
       * both see the same machine. */
      ms = psl_floor_partner_map (bare, from, today);
      if (run > 0)
        g_array_append_val (load_bare, ms);

      t0 = g_get_monotonic_time ();
      psl_partner_map_analyse (map, NULL);
      ms = ms_since (t0);
      if (run > 0)
        g_array_append_val (measure, ms);
    }

  for (guint run = 0; run < 6; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double lay_out_ms, draw_ms, ms;

      psl_partner_map_lay_out (map, NULL);
      lay_out_ms = ms_since (t0);
      draw_ms = time_picture (map, PSL_MAP_NETWORK);
      ms = lay_out_ms + draw_ms;
      g_array_append_val (layout, lay_out_ms);
      g_array_append_val (network, draw_ms);
      g_array_append_val (network_whole, ms);
      ms = time_picture (map, PSL_MAP_TARGET);
      g_array_append_val (target, ms);
      ms = time_bare_cairo (map);
      g_array_append_val (bare_cairo, ms);
    }

  /* sfdp reads the graph from a file: one that cannot be written is said
   * as such, not taken for a missing Graphviz. */
  dot = psl_partner_map_to_dot (map, FALSE);
  dir = g_dir_make_tmp ("psl-bench-map-XXXXXX", &error);
  dot_path = dir != NULL ? g_build_filename (dir, "network.dot", NULL) : NULL;
  if (dot_path != NULL && g_file_set_contents (dot_path, dot, -1, &error))
    for (guint run = 0; run < 3; run++)
      {
        double ms = time_sfdp (dot_path);

        if (ms >= 0)
          g_array_append_val (sfdp, ms);
      }

  json_builder_set_member_name (b, "partnership_map");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_add_int_value (b, map->nodes->len);
  json_builder_set_member_name (b, "links");
  json_builder_add_int_value (b, map->links->len);
  json_builder_set_member_name (b, "left_out");
  json_builder_add_int_value (b, map->n_left_out);
  /* Ours beside its floor, as the other measures are, so that the growth
   * run pairs them. */
  psl_bench_add_measure (b, "read_year_from_file", "nodes_kept", map->nodes->len, load,
                         "floor_bare_sqlite_same_rows", load_bare);
  json_builder_set_member_name (b, "read_target_p95_ms");
  json_builder_add_int_value (b, 300);
  psl_bench_add_latency (b, "analyse_layout_betweenness_communities", measure);
  psl_bench_add_latency (b, "target_layout_and_draw", target);
  psl_bench_add_latency (b, "network_layout_igraph", layout);
  psl_bench_add_latency (b, "network_draw", network);
  psl_bench_add_latency (b, "network_layout_and_draw", network_whole);
  psl_bench_add_latency (b, "floor_bare_cairo_discs_and_lines", bare_cairo);
  if (sfdp->len > 0)
    psl_bench_add_latency (b, "graphviz_sfdp_same_graph", sfdp);
  else
    {
      json_builder_set_member_name (b, "graphviz_sfdp_same_graph");
      json_builder_add_string_value (b, error != NULL ? error->message : "not installed");
    }
  json_builder_set_member_name (b, "target_ms");
  json_builder_add_int_value (b, 100);
  bench_pan (b, map);
  json_builder_end_object (b);

  if (dot_path != NULL)
    g_unlink (dot_path);
  if (dir != NULL)
    g_rmdir (dir);
}
