/* psl-bench-growth.c — the same measures on two files, one larger: how each cost grew with the data
 *
 * The benchmark runs itself on each file in turn, ROUNDS times (a child
 * process each, so that no run inherits another's caches or memory).  A
 * measure is any object holding a median_ms (or a tour page's shown_ms,
 * the first frame, the tour's peak memory) that is not a floor or another
 * program's time: those are there to judge a figure, not figures of
 * Passerelle.  A run's cost for a measure is its median over the run's
 * repetitions, not the p95 that the targets judge: with ten repetitions
 * the p95 is the slowest, one moment of a machine shared with others, and
 * it moved by a quarter from one round to the next where the median moved
 * by a tenth.
 *
 * A round is a run on the smaller file, then one on the larger, and gives
 * each measure the ratio of its two costs; the measure's growth is the
 * median of its rounds' ratios, the data's the ratio of the files' rows.
 * The machine runs faster or slower for minutes at a time (by a fifth to
 * two thirds on a shared virtual machine): the two runs of a round, one
 * after the other, most often share its pace, and the median leaves out
 * the round whose two runs did not.  The least of each file's rounds
 * would pair the luckiest moment of each file, for a measure of a few
 * milliseconds often a different pace on each.  A cost may grow as the
 * data does, and a little more for the noise of a run (a tenth of it,
 * GROWTH_LIMIT_PER_DATA); most should not grow at all, since a page shows what
 * fits on a screen.
 *
 * A measure beside a floor (bare SQLite on the same rows) also gives the
 * floor's ratio: where the floor itself grows faster than the data (the
 * pages of a file larger than the disk cache read from the disk), the
 * machine sets the pace, not the program.
 *
 * The chart puts beside each measure a bar of 1 (its cost on the smaller
 * file), a bar of its ratio and one of its floor's, the data's own ratio
 * first, under a dashed line at the limit: a reader sees at a glance which
 * costs stay flat, which follow the data and which go beyond.
 */

#include "config.h"

#include <cairo.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "psl-bar-chart.h"
#include "psl-bench.h"

/* For twice the data: the data's ratio and a tenth for the noise. */
#define GROWTH_LIMIT_PER_DATA 1.1

/* Rounds of a run on each file; odd, for a median among them. */
#define ROUNDS 3

/* The figure of a measure's runs that gives its cost. */
#define COST "median_ms"

/* A measure in one run. */
typedef struct
{
  char       *name;    /* its path in the JSON, "placements / first_read" */
  double      value;   /* its cost */
  double      floor;   /* its floor's cost beside it, or 0 */
  const char *unit;
} Figure;

/* A measure over the rounds. */
typedef struct
{
  char       *name;
  const char *unit;
  double      small;        /* the median of its costs on the smaller file */
  double      large;
  double      ratio;        /* the median of the rounds' ratios */
  double      floor_ratio;  /* the same for its floor, or 0 */
  double      ratios[ROUNDS];
  guint       rounds;       /* those where both runs measured it */
} Measure;

static void
figure_free (gpointer data)
{
  Figure *figure = data;

  g_free (figure->name);
  g_free (figure);
}

static void
measure_free (gpointer data)
{
  Measure *measure = data;

  g_free (measure->name);
  g_free (measure);
}

/* A file held in the system's cache for a run: mapped and locked in
 * memory, as a file in daily use stays there.  Read through only, the
 * pages a run needs later may be gone when it comes to them: a machine
 * that gives back memory unused for some seconds (as virtual machines
 * do) drops them, the more of them the longer the run, and the larger
 * file's ratios then say more of the disk than of the program.  Where
 * locking is refused (a limit on locked memory), the file is read through
 * once and the run says it was not held. */
typedef struct
{
  gpointer map;
  gsize    size;
} Held;

static gboolean
hold_in_cache (const char *path,
               Held       *held)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  int fd = g_open (path, O_RDONLY, 0);

  held->map = NULL;
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) == 0 && st.st_size > 0)
    {
      held->size = st.st_size;
      held->map = mmap (NULL, held->size, PROT_READ, MAP_SHARED, fd, 0);
      if (held->map == MAP_FAILED || mlock (held->map, held->size) != 0)
        {
          if (held->map != MAP_FAILED)
            munmap (held->map, held->size);
          held->map = NULL;
        }
    }
  if (held->map == NULL)
    {
      buffer = g_malloc (1 << 20);
      while (read (fd, buffer, 1 << 20) > 0)
        ;
    }
  close (fd);
  return held->map != NULL;
}

static void
let_go (Held *held)
{
  if (held->map != NULL)
    munmap (held->map, held->size);
  held->map = NULL;
}

/* The benchmark's JSON on database, or NULL when the run failed (its
 * messages went to our standard error). */
static JsonNode *
run_on (const char  *self_path,
        const char  *database,
        const char  *only,
        GError     **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  int status = 0;
  Held held;
  gboolean was_held;
  JsonNode *root;

  g_ptr_array_add (argv, (gpointer) self_path);
  g_ptr_array_add (argv, "--database");
  g_ptr_array_add (argv, (gpointer) database);
  if (only != NULL)
    {
      g_ptr_array_add (argv, "--only");
      g_ptr_array_add (argv, (gpointer) only);
    }
  g_ptr_array_add (argv, NULL);
  was_held = hold_in_cache (database, &held);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_CHILD_INHERITS_STDERR, NULL, NULL, &out, NULL,
                     &status, error)
      || !g_spawn_check_wait_status (status, error)
      || !json_parser_load_from_data (parser, out, -1, error))
    {
      let_go (&held);
      g_prefix_error (error, "the run on %s: ", database);
      return NULL;
    }
  let_go (&held);
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "the run on %s: no figures", database);
      return NULL;
    }
  root = json_node_copy (json_parser_get_root (parser));
  json_object_set_boolean_member (json_node_get_object (root), "file_held_in_memory", was_held);
  return root;
}

/* Floors and other programs' times judge a figure; they are not ours. */
static gboolean
is_ours (const char *name)
{
  return strstr (name, "floor") == NULL && strstr (name, "graphviz") == NULL && strstr (name, "chromium") == NULL
         && strstr (name, "target") == NULL;
}

static void
add_found (GHashTable *found,
           const char *path,
           double      value,
           const char *unit)
{
  Figure *figure = g_new0 (Figure, 1);

  figure->name = g_strdup (path);
  figure->value = value;
  figure->unit = unit;
  g_hash_table_replace (found, figure->name, figure);
}

/* The floor beside a measure "… / passerelle": its sibling whose name
 * starts with "floor", when it has a median; else 0. */
static double
floor_beside (JsonObject *parent)
{
  g_autoptr(GList) members = json_object_get_members (parent);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (parent, l->data);

      if (g_str_has_prefix (l->data, "floor") && JSON_NODE_HOLDS_OBJECT (node)
          && json_object_has_member (json_node_get_object (node), COST))
        return json_object_get_double_member (json_node_get_object (node), COST);
    }
  return 0;
}

/* The tour's pages, each named by its name. */
static void
collect_pages (JsonArray  *pages,
               const char *path,
               GHashTable *found)
{
  for (guint i = 0; i < json_array_get_length (pages); i++)
    {
      JsonObject *page = json_array_get_object_element (pages, i);

      if (page != NULL && json_object_has_member (page, "name") && json_object_has_member (page, "shown_ms"))
        {
          g_autofree char *name = g_strdup_printf ("%s / %s", path, json_object_get_string_member (page, "name"));

          add_found (found, name, json_object_get_double_member (page, "shown_ms"), "ms");
        }
    }
}

/* Every measure under object into found, by its path: an object with a
 * median is one ("… / passerelle" is left out of its name, the figure being
 * ours), and so are the first frame and the tour's peak memory. */
static void
collect (JsonObject *object,
         const char *path,
         GHashTable *found)
{
  g_autoptr(GList) members = NULL;

  if (json_object_has_member (object, COST))
    {
      g_autofree char *name = g_str_has_suffix (path, " / passerelle")
                                ? g_strndup (path, strlen (path) - strlen (" / passerelle"))
                                : g_strdup (path);

      add_found (found, name, json_object_get_double_member (object, COST), "ms");
      return;
    }
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode *node = json_object_get_member (object, member);
      g_autofree char *name = *path != '\0' ? g_strdup_printf ("%s / %s", path, member) : g_strdup (member);

      if (!is_ours (member))
        continue;
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          Figure *figure;

          collect (json_node_get_object (node), name, found);
          /* Ours beside its floor: the floor's growth says what the
           * machine and the data cost anyway. */
          if (g_str_equal (member, "passerelle")
              && (figure = g_hash_table_lookup (found, path)) != NULL)
            figure->floor = floor_beside (object);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        collect_pages (json_node_get_array (node), name, found);
      else if (g_str_equal (member, "passerelle_ms") || g_str_equal (member, "peak_rss_mb"))
        add_found (found, name, json_node_get_double (node), g_str_has_suffix (member, "_mb") ? "MB" : "ms");
    }
}

/* path → Figure of a run's JSON. */
static GHashTable *
figures_of (JsonNode *run)
{
  GHashTable *found = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, figure_free);

  collect (json_node_get_object (run), "", found);
  return found;
}

static double
data_ratio (JsonNode *small,
            JsonNode *large)
{
  JsonObject *a = json_object_get_object_member (json_node_get_object (small), "rows");
  JsonObject *b = json_object_get_object_member (json_node_get_object (large), "rows");
  g_autoptr(GList) members = json_object_get_members (a);
  double sum = 0;
  guint n = 0;

  for (GList *l = members; l != NULL; l = l->next)
    if (json_object_get_int_member (a, l->data) > 0 && json_object_has_member (b, l->data))
      {
        sum += (double) json_object_get_int_member (b, l->data) / json_object_get_int_member (a, l->data);
        n++;
      }
  return n > 0 ? sum / n : 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 ((*(Measure **) a)->name, (*(Measure **) b)->name);
}

/* The measures of the rounds, in the order of their names: those of the
 * first run on the smaller file, each with the rounds where both runs
 * measured it. */
static GPtrArray *
pair (GPtrArray *small_runs,
      GPtrArray *large_runs)
{
  guint rounds = MIN (MIN (small_runs->len, large_runs->len), ROUNDS);
  GHashTable *small[ROUNDS] = { NULL }, *large[ROUNDS] = { NULL };
  GPtrArray *paired = g_ptr_array_new_with_free_func (measure_free);
  GHashTableIter iter;
  Figure *first;

  for (guint r = 0; r < rounds; r++)
    {
      small[r] = figures_of (g_ptr_array_index (small_runs, r));
      large[r] = figures_of (g_ptr_array_index (large_runs, r));
    }
  g_hash_table_iter_init (&iter, small[0]);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &first))
    {
      g_autoptr(GArray) on_small = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) on_large = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) floor_ratios = g_array_new (FALSE, FALSE, sizeof (double));
      Measure *measure;

      for (guint r = 0; r < rounds; r++)
        {
          Figure *a = g_hash_table_lookup (small[r], first->name);
          Figure *b = g_hash_table_lookup (large[r], first->name);
          double ratio, floor_ratio;

          /* A figure of -1 is a page that showed nothing. */
          if (a == NULL || b == NULL || a->value <= 0 || b->value <= 0)
            continue;
          ratio = b->value / a->value;
          g_array_append_val (on_small, a->value);
          g_array_append_val (on_large, b->value);
          g_array_append_val (ratios, ratio);
          if (a->floor > 0 && b->floor > 0)
            {
              floor_ratio = b->floor / a->floor;
              g_array_append_val (floor_ratios, floor_ratio);
            }
        }
      if (ratios->len == 0)
        continue;
      measure = g_new0 (Measure, 1);
      measure->name = g_strdup (first->name);
      measure->unit = first->unit;
      measure->rounds = ratios->len;
      memcpy (measure->ratios, ratios->data, ratios->len * sizeof (double));
      measure->small = psl_bench_percentile (on_small, 0.5);
      measure->large = psl_bench_percentile (on_large, 0.5);
      measure->ratio = psl_bench_percentile (ratios, 0.5);
      measure->floor_ratio = psl_bench_percentile (floor_ratios, 0.5);
      g_ptr_array_add (paired, measure);
    }
  for (guint r = 0; r < rounds; r++)
    {
      g_hash_table_unref (small[r]);
      g_hash_table_unref (large[r]);
    }
  g_ptr_array_sort (paired, compare_names);
  return paired;
}

static double
round_to (double value,
          double step)
{
  return (double) (gint64) (value / step + 0.5) * step;
}

/* A row of the chart: the measures from first to last (excluded), the
 * data's own ratio leading the first row. */
static void
draw_chart_row (cairo_t   *cr,
                GPtrArray *measures,
                guint      first,
                guint      last,
                double     data,
                double     width,
                double     height)
{
  g_autoptr(PslBarChart) chart = psl_bar_chart_new ();
  g_autofree char *larger = g_strdup_printf ("on a file %.3g times as large", data);
  g_autofree char *limit = g_strdup_printf ("limit: %g (the data's ratio and a tenth)", round_to (data * GROWTH_LIMIT_PER_DATA, 0.01));

  psl_bar_chart_set_series (chart, (const char *[]) { "cost on the first file (1)", larger,
                                                      "its floor (bare SQLite) on that file, 0 where it has none", NULL });
  psl_bar_chart_set_limit (chart, round_to (data * GROWTH_LIMIT_PER_DATA, 0.01), limit);
  if (first == 0)
    psl_bar_chart_add_group (chart, "the data itself", (double[]) { 1, round_to (data, 0.01), round_to (data, 0.01) });
  for (guint i = first; i < last; i++)
    {
      Measure *measure = g_ptr_array_index (measures, i);
      g_autofree char *label = g_strdelimit (g_strdup (measure->name), "_", ' ');

      psl_bar_chart_add_group (chart, label,
                               (double[]) { 1, round_to (measure->ratio, 0.01), round_to (measure->floor_ratio, 0.01) });
    }
  psl_bar_chart_draw (cr, width, height, chart);
}

/* Drawn by the project's bar chart, twice its size for a screen, in rows
 * of a dozen measures so that a screen shows a row whole. */
static gboolean
draw_chart (const char *path,
            GPtrArray  *measures,
            double      data,
            GError    **error)
{
  const guint per_row = 12;
  guint rows = (measures->len + 1 + per_row - 1) / per_row;
  double row_height = 420, width = 90 * per_row + 24, height = row_height * rows;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * 2, height * 2);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  for (guint row = 0; row < rows; row++)
    {
      /* The first row gives one place to the data's own ratio. */
      guint first = row == 0 ? 0 : row * per_row - 1;
      guint last = MIN ((row + 1) * per_row - 1, measures->len);

      cairo_save (cr);
      cairo_translate (cr, 12, 12 + row * row_height);
      draw_chart_row (cr, measures, first, last, data, width - 24, row_height - 24);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

int
psl_bench_growth (const char *self_path,
                  const char *small_database,
                  const char *large_database,
                  const char *only,
                  const char *chart_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) small_runs = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GPtrArray) large_runs = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) measures = NULL;
  JsonNode *small, *large;
  double data, limit;
  guint faster = 0;

  /* Each file in turn, ROUNDS times: a machine shared with others runs
   * slower for minutes at a time, and would count against whichever
   * file it happened to. */
  for (guint r = 0; r < ROUNDS; r++)
    {
      JsonNode *run = run_on (self_path, small_database, only, &error);

      if (run != NULL)
        {
          g_ptr_array_add (small_runs, run);
          run = run_on (self_path, large_database, only, &error);
        }
      if (run == NULL)
        {
          g_printerr ("passerelle-bench: %s\n", error->message);
          return 1;
        }
      g_ptr_array_add (large_runs, run);
    }
  small = g_ptr_array_index (small_runs, 0);
  large = g_ptr_array_index (large_runs, 0);
  measures = pair (small_runs, large_runs);
  data = data_ratio (small, large);
  limit = data * GROWTH_LIMIT_PER_DATA;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "smaller");
  json_builder_add_value (b, json_node_copy (small));
  json_builder_set_member_name (b, "larger");
  json_builder_add_value (b, json_node_copy (large));
  json_builder_set_member_name (b, "growth");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "data_ratio");
  psl_bench_add_rounded (b, data);
  json_builder_set_member_name (b, "rounds");
  json_builder_add_int_value (b, ROUNDS);
  json_builder_set_member_name (b, "cost");
  json_builder_add_string_value (b, COST);
  json_builder_set_member_name (b, "ratio");
  json_builder_add_string_value (b, "the median of the rounds' ratios, each round a run on each file in turn");
  json_builder_set_member_name (b, "limit_ratio");
  psl_bench_add_rounded (b, limit);
  json_builder_set_member_name (b, "measures");
  json_builder_begin_array (b);
  for (guint i = 0; i < measures->len; i++)
    {
      Measure *measure = g_ptr_array_index (measures, i);
      double ratio = measure->ratio;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, measure->name);
      json_builder_set_member_name (b, "unit");
      json_builder_add_string_value (b, measure->unit);
      json_builder_set_member_name (b, "smaller");
      psl_bench_add_rounded (b, measure->small);
      json_builder_set_member_name (b, "larger");
      psl_bench_add_rounded (b, measure->large);
      json_builder_set_member_name (b, "ratio");
      psl_bench_add_rounded (b, ratio);
      json_builder_set_member_name (b, "round_ratios");
      json_builder_begin_array (b);
      for (guint r = 0; r < measure->rounds; r++)
        psl_bench_add_rounded (b, measure->ratios[r]);
      json_builder_end_array (b);
      if (measure->floor_ratio > 0)
        {
          json_builder_set_member_name (b, "floor_ratio");
          psl_bench_add_rounded (b, measure->floor_ratio);
        }
      json_builder_set_member_name (b, "grew_faster_than_data");
      json_builder_add_boolean_value (b, ratio > limit);
      json_builder_end_object (b);
      faster += ratio > limit;
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "measures_faster_than_data");
  json_builder_add_int_value (b, faster);
  json_builder_end_object (b);
  json_builder_end_object (b);

  /* The figures first: a chart that cannot be written loses no run. */
  psl_bench_print (b, TRUE);
  if (chart_path != NULL && !draw_chart (chart_path, measures, data, &error))
    {
      g_printerr ("passerelle-bench: the chart: %s\n", error->message);
      return 1;
    }
  return 0;
}
