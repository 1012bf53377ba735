/* passerelle-bench.c — performance figures on a large database, each beside its floor
 *
 * Prints one JSON object.  Every figure is measured in this run next to the
 * floor it is judged against: the first frame of the Passerelle window next
 * to an empty libadwaita window (both started as fresh processes, timed from
 * spawn to the end of the first paint), and the global search next to the
 * same FTS5 statements run on a bare SQLite connection.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "psl-activity-report.h"
#include "psl-bench.h"
#include "psl-application.h"
#include "psl-company.h"
#include "psl-company-list.h"
#include "psl-format.h"
#include "psl-interaction.h"
#include "psl-matching.h"
#include "psl-opportunity.h"
#include "psl-person-list.h"
#include "psl-report-export.h"
#include "psl-table-export.h"
#include "psl-schedule.h"
#include "psl-compliance.h"
#include "psl-in-work.h"
#include "psl-search.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-window.h"

#define N_QUERIES 200
#define LIMIT_PER_KIND 25

static char *opt_database;
static char *opt_probe;
static int opt_runs = 9;
static char *opt_only;
static char *opt_tour_company;
static char *opt_tour_person;
static char *opt_growth;
static char *opt_chart;
/* The items of a period the Échéancier page shows at first (about a
 * screen); the next ones are read when asked. */
#define SCHEDULE_SHOWN 20

static const GOptionEntry entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &opt_database, "The database to measure (a large one: passerelle demo --large FILE)", "FILE" },
  { "runs", 'n', 0, G_OPTION_ARG_INT, &opt_runs, "How many start-ups of each window to time (default 9)", "N" },
  { "only", 0, 0, G_OPTION_ARG_STRING, &opt_only, "Measure these parts only, separated by commas: search, companies, matching, placements, schedule, followup, activity, campaign, map, startup, tour, sync, privacy, import", "PART,…" },
  { "growth", 0, 0, G_OPTION_ARG_FILENAME, &opt_growth, "Measure this larger file too (passerelle demo --large --scale 2 FILE) and say how each cost grew", "FILE" },
  { "chart", 0, 0, G_OPTION_ARG_FILENAME, &opt_chart, "With --growth, draw how each cost grew into this PNG", "FILE.png" },
  { "probe", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_probe, NULL, NULL },
  { "tour-company", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_tour_company, NULL, NULL },
  { "tour-person", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_tour_person, NULL, NULL },
  { NULL }
};

double
psl_bench_memory_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}

gboolean
psl_bench_copy_key (const char  *database,
                    const char  *key_path,
                    GError     **error)
{
  g_autofree char *beside = g_strconcat (database, ".key", NULL);
  g_autoptr(GFile) src = g_file_new_for_path (beside);
  g_autoptr(GFile) dst = g_file_new_for_path (key_path);

  return g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

gint64
psl_bench_thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
peak_rss_mb (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_maxrss / 1024.0;
}

void
psl_bench_print (JsonBuilder *b,
                 gboolean     pretty)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *json = NULL;

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, pretty);
  json = json_generator_to_data (gen, NULL);
  g_print ("%s\n", json);
  fflush (stdout);
}

void
psl_bench_add_rounded (JsonBuilder *b,
                       double       value)
{
  json_builder_add_double_value (b, round (value * 100) / 100);
}

/* ---- probes: child processes that paint one frame and report ---- */

/* The empty window's opening, as the tour measures the program's: the
 * longest gap between two beats of the main loop up to the first frame,
 * and the most processor time the main thread spent in one. */
static struct
{
  gint64 last, last_cpu, longest, longest_cpu;
} opening;

static gboolean
on_opening_beat_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = psl_bench_thread_cpu_us ();

  opening.longest = MAX (opening.longest, now - opening.last);
  opening.longest_cpu = MAX (opening.longest_cpu, cpu - opening.last_cpu);
  opening.last = now;
  opening.last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  /* The beat that closes the gap of the first frame comes after it. */
  if (opening.last != 0)
    on_opening_beat_cb (NULL);
  g_print ("frame %.1f %.1f %.1f\n", psl_bench_memory_mb ("VmHWM:"), opening.longest / 1000.0,
           opening.longest_cpu / 1000.0);
  fflush (stdout);
  exit (0);
}

static void
on_window_mapped_cb (GtkWidget *window,
                     gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        user_data)
{
  g_signal_connect (window, "map", G_CALLBACK (on_window_mapped_cb), NULL);
}

static void
on_empty_activate_cb (GtkApplication *app)
{
  GtkWidget *window;

  opening.last = g_get_monotonic_time ();
  opening.last_cpu = psl_bench_thread_cpu_us ();
  g_timeout_add_full (G_PRIORITY_HIGH, 4, on_opening_beat_cb, NULL, NULL);
  window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
}

/* Each probe draws as the program does (psl_application_choose_renderer ()),
 * unless the parent said otherwise in GSK_RENDERER. */
static int
run_probe (const char *which)
{
  psl_application_choose_renderer ();
  if (g_strcmp0 (which, "tour") == 0)
    return psl_bench_tour_probe (opt_database, opt_tour_company, opt_tour_person);
  if (g_strcmp0 (which, "empty") == 0)
    {
      g_autoptr(AdwApplication) app = adw_application_new ("io.github.passerelle.BenchEmpty",
                                                           G_APPLICATION_NON_UNIQUE);
      char *argv[] = { (char *) "passerelle-bench", NULL };

      g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
      g_signal_connect (app, "activate", G_CALLBACK (on_empty_activate_cb), NULL);
      return g_application_run (G_APPLICATION (app), 1, argv);
    }
  else
    {
      g_autoptr(PslApplication) app = psl_application_new (G_APPLICATION_NON_UNIQUE);
      char *argv[] = { (char *) "passerelle", (char *) "--database", opt_database, NULL };

      g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
      return g_application_run (G_APPLICATION (app), 3, argv);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
psl_bench_percentile (GArray *values,
                      double  p)
{
  guint index;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  index = (guint) MIN (values->len - 1, (p * values->len));
  return g_array_index (values, double, index);
}

/* Times one probe process from spawn to its first painted frame. */
static gboolean
time_probe (const char *self_path,
            const char *which,
            double     *ms,
            double     *rss_mb)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  const char *argv[] = { self_path, "--probe", which, "--database", opt_database, NULL };

  /* Both windows draw as the program does, unless GSK_RENDERER says
   * otherwise. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error))
    {
      g_printerr ("probe %s: %s\n", which, error->message);
      return FALSE;
    }

  *ms = (g_get_monotonic_time () - start) / 1000.0;
  if (out == NULL || sscanf (out, "frame %lf", rss_mb) != 1)
    {
      g_printerr ("probe %s did not paint a frame (status %d)\n", which, status);
      return FALSE;
    }

  return TRUE;
}

static void
bench_startup (JsonBuilder *b,
               const char  *self_path,
               double      *app_rss)
{
  const char *which[] = { "empty", "passerelle" };
  g_autoptr(GArray) empty_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *times[] = { empty_times, app_times };
  double medians[2];

  /* Taken in turns, so that a busier moment of the machine falls on
   * both windows rather than on one. */
  *app_rss = 0;
  for (int i = 0; i < opt_runs; i++)
    for (guint w = 0; w < 2; w++)
      {
        double ms, probe_rss;

        if (time_probe (self_path, which[w], &ms, &probe_rss))
          {
            g_array_append_val (times[w], ms);
            if (w == 1)
              *app_rss = MAX (*app_rss, probe_rss);
          }
      }
  medians[0] = psl_bench_percentile (empty_times, 0.5);
  medians[1] = psl_bench_percentile (app_times, 0.5);

  json_builder_set_member_name (b, "first_frame");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "passerelle_ms");
  psl_bench_add_rounded (b, medians[1]);
  json_builder_set_member_name (b, "floor_empty_window_ms");
  psl_bench_add_rounded (b, medians[0]);
  json_builder_set_member_name (b, "ratio");
  psl_bench_add_rounded (b, medians[0] > 0 ? medians[1] / medians[0] : 0);
  json_builder_set_member_name (b, "target_ratio");
  psl_bench_add_rounded (b, 1.5);
  json_builder_set_member_name (b, "runs");
  json_builder_add_int_value (b, opt_runs);
  json_builder_set_member_name (b, "renderer");
  json_builder_add_string_value (b, g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "cairo");
  json_builder_end_object (b);
}

/* Prefixes of 2 to 5 letters of real names in the file, spread over it. */
static GPtrArray *
make_prefixes (PslStore *store)
{
  g_autoptr(GPtrArray) prefixes = g_ptr_array_new_with_free_func (g_free);
  /* Names spread over the whole index: every kind, old and new records. */
  g_autoptr(GPtrArray) titles = psl_bench_spread_titles (store, N_QUERIES);
  GRand *rand = g_rand_new_with_seed (1);

  for (guint t = 0; prefixes->len < N_QUERIES && t < titles->len; t++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (titles, t), " ", -1);
      const char *word = words[0] != NULL ? words[g_rand_int_range (rand, 0, g_strv_length (words))] : "";
      glong len = g_utf8_strlen (word, -1);

      if (len < 2)
        continue;
      g_ptr_array_add (prefixes, g_utf8_substring (word, 0, MIN (len, g_rand_int_range (rand, 2, 6))));
    }
  g_rand_free (rand);

  return g_steal_pointer (&prefixes);
}

void
psl_bench_add_latency (JsonBuilder *b,
                       const char  *name,
                       GArray      *times)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "median_ms");
  psl_bench_add_rounded (b, psl_bench_percentile (times, 0.5));
  json_builder_set_member_name (b, "p95_ms");
  psl_bench_add_rounded (b, psl_bench_percentile (times, 0.95));
  json_builder_end_object (b);
}

void
psl_bench_add_measure (JsonBuilder *b,
                       const char  *name,
                       const char  *count_name,
                       gint64       count,
                       GArray      *times,
                       const char  *floor_name,
                       GArray      *floor_times)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, count_name);
  json_builder_add_int_value (b, count);
  psl_bench_add_latency (b, "passerelle", times);
  psl_bench_add_latency (b, floor_name, floor_times);
  json_builder_end_object (b);
}

static void
bench_search (JsonBuilder *b,
              PslStore    *store)
{
  g_autoptr(GPtrArray) prefixes = make_prefixes (store);
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  /* The floor runs the statements Passerelle runs, on a bare connection:
   * per kind, names first, then any field. */
  g_autoptr(PslBareDb) bare = psl_bare_open_read_only (opt_database);
  guint hits_total = 0;

  for (guint i = 0; i < prefixes->len; i++)
    {
      const char *prefix = g_ptr_array_index (prefixes, i);
      g_autofree char *query = psl_search_build_query (prefix);
      g_autofree char *name_query = psl_search_build_name_query (prefix);
      g_autoptr(GPtrArray) hits = NULL;
      gint64 t0;
      double ms;

      t0 = g_get_monotonic_time ();
      hits = psl_search_run (store, prefix, LIMIT_PER_KIND, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (app_times, ms);
      hits_total += hits != NULL ? hits->len : 0;

      ms = psl_floor_search (bare, name_query, query, LIMIT_PER_KIND);
      g_array_append_val (bare_times, ms);
    }

  json_builder_set_member_name (b, "search");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "queries");
  json_builder_add_int_value (b, prefixes->len);
  json_builder_set_member_name (b, "results");
  json_builder_add_int_value (b, hits_total);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_set_member_name (b, "target_p95_ms");
  psl_bench_add_rounded (b, 16.0);
  json_builder_end_object (b);
}

/* Filtering the firm list as someone types names, letter by letter: the
 * in-memory filter of the Entreprises page, beside a LIKE query per key. */
static void
bench_company_filter (JsonBuilder *b,
                      PslStore    *store,
                      PslBareDb   *bare)
{
  g_autoptr(GPtrArray) firms = NULL;
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  const char *typed[] = { "boulangerie", "transports", "saint-cere", "figeac", "menuiserie delmas", "ehpad" };
  PslCompanyFilter filter = { 0 };
  gint64 t0 = g_get_monotonic_time ();
  double load_ms;
  guint n;

  firms = psl_company_list_load (store, NULL);
  load_ms = (g_get_monotonic_time () - t0) / 1000.0;
  n = firms != NULL ? firms->len : 0;

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    for (gsize len = 1; len <= strlen (typed[w]); len++)
      {
        g_autofree char *text = g_strndup (typed[w], len);
        g_autofree char *pattern = g_strdup_printf ("%%%s%%", text);
        g_auto(GStrv) words = NULL;
        guint shown = 0;
        double ms;

        t0 = g_get_monotonic_time ();
        words = psl_fold_words (text);
        for (guint i = 0; i < n; i++)
          {
            shown += psl_company_row_matches (g_ptr_array_index (firms, i), &filter, words);
          }
        ms = (g_get_monotonic_time () - t0) / 1000.0;
        g_array_append_val (app_times, ms);
        (void) shown;

        ms = psl_floor_company_like (bare, pattern);
        g_array_append_val (bare_times, ms);
      }

  json_builder_set_member_name (b, "company_filter");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "firms");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "list_load_ms");
  psl_bench_add_rounded (b, load_ms);
  json_builder_set_member_name (b, "keystrokes");
  json_builder_add_int_value (b, app_times->len);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite_like", bare_times);
  json_builder_set_member_name (b, "target_p95_ms");
  psl_bench_add_rounded (b, 16.0);
  json_builder_end_object (b);
}

/* Opening the firm with the longest history: its record, its journal and
 * its opportunities by year, beside the same rows read on a bare connection. */
static void
bench_open_company (JsonBuilder *b,
                    PslStore    *store,
                    PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *id = NULL;
  gint64 interactions = 0;

  if (!psl_bench_busiest_company (store, &id, &interactions))
    return;

  for (guint run = 0; run < 20; run++)
    {
      g_autoptr(PslCompany) company = NULL;
      g_autoptr(GPtrArray) journal = NULL;
      g_autoptr(GArray) years = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      company = psl_company_load (store, id, NULL);
      journal = psl_interaction_list_for_company (store, id, NULL);
      years = psl_opportunity_phase_years (store, id, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (app_times, ms);

      ms = psl_floor_open_company (bare, id);
      g_array_append_val (bare_times, ms);
    }

  json_builder_set_member_name (b, "open_company");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "interactions");
  json_builder_add_int_value (b, interactions);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_set_member_name (b, "target_ms");
  psl_bench_add_rounded (b, 50.0);
  json_builder_end_object (b);
}



/* The Échéancier of the whole team up to the end of next month, as the
 * page reads it (every period counted, its first items read), beside
 * the same statements on a bare connection. */
static void
bench_schedule (JsonBuilder *b,
                PslStore    *store,
                PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) day = psl_date_parse (today);
  g_autofree char *until = NULL;
  char *first[PSL_DUE_N_WHEN], *last[PSL_DUE_N_WHEN];
  guint n_due = 0;

  g_date_set_day (day, 1);
  g_date_add_months (day, 1);
  g_date_set_day (day, g_date_get_days_in_month (g_date_get_month (day), g_date_get_year (day)));
  until = psl_date_to_iso (day);
  psl_schedule_period_bounds (today, until, first, last);

  /* The first round untimed on each side, as for matching. */
  for (guint run = 0; run < 21; run++)
    {
      g_autoptr(PslSchedule) schedule = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      schedule = psl_schedule_load (store, today, until, NULL, SCHEDULE_SHOWN, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      n_due = 0;
      for (guint w = 0; schedule != NULL && w < PSL_DUE_N_WHEN; w++)
        n_due += schedule->counts[w];
      if (run > 0)
        g_array_append_val (app_times, ms);
      ms = psl_floor_schedule (bare, first, last, SCHEDULE_SHOWN);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }
  for (guint w = 0; w < PSL_DUE_N_WHEN; w++)
    {
      g_free (first[w]);
      g_free (last[w]);
    }

  json_builder_set_member_name (b, "schedule_team");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "items_due");
  json_builder_add_int_value (b, n_due);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_set_member_name (b, "target_p95_ms");
  psl_bench_add_rounded (b, 100.0);
  json_builder_end_object (b);
}

/* The Suivi page of the whole team: the month's figures, the open
 * alerts and the people in their first months of work, as the page reads
 * them; the floor reads bare the placements under way it ranks and the
 * open alerts. */
static void
bench_followup (JsonBuilder *b,
                PslStore    *store,
                PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = psl_today_iso ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint n_in_work = 0;

  psl_period_bounds (PSL_PERIOD_MONTH, today, &from, &to);
  for (guint run = 0; run < 11; run++)
    {
      g_autoptr(PslCompliance) figures = NULL;
      g_autoptr(GPtrArray) alerts = NULL;
      g_autoptr(GPtrArray) in_work = NULL;
      gint64 t0 = g_get_monotonic_time ();
      guint n_alerts;
      double ms;

      figures = psl_compliance_load (store, from, to, today, NULL, NULL, NULL);
      alerts = psl_open_alerts_load (store, NULL, 50, &n_alerts, NULL);
      in_work = psl_in_work_load (store, today, NULL, 100, &n_in_work, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      if (run > 0)
        g_array_append_val (app_times, ms);
      ms = psl_floor_followup (bare, today);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }

  psl_bench_add_measure (b, "followup_page_team", "people_in_first_months", n_in_work, app_times,
                         "floor_bare_sqlite", bare_times);
}

/* The report's tables as the HTML page a web tool would print. */
static char *
tables_as_html (PslDocument *doc)
{
  g_autoptr(GPtrArray) tables = psl_report_tables (doc);
  GString *html = g_string_new ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><style>"
                                "@page { size: A4; margin: 2cm } body { font-family: sans-serif; font-size: 9pt }"
                                " table { border-collapse: collapse; width: 100%; margin-bottom: 1em }"
                                " th, td { border-bottom: 1px solid #ccc; text-align: left; padding: 2px 4px }"
                                " thead { display: table-header-group } tr { break-inside: avoid }"
                                "</style></head><body>");

  g_string_append_printf (html, "<h1>%s</h1>", psl_document_get_title (doc));
  for (guint t = 0; t < tables->len; t++)
    {
      PslExportTable *table = g_ptr_array_index (tables, t);
      g_autofree char *name = g_markup_escape_text (table->name, -1);

      g_string_append_printf (html, "<h2>%s</h2><table><thead><tr>", name);
      for (guint c = 0; table->headers[c] != NULL; c++)
        {
          g_autofree char *cell = g_markup_escape_text (table->headers[c], -1);
          g_string_append_printf (html, "<th>%s</th>", cell);
        }
      g_string_append (html, "</tr></thead><tbody>");
      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);

          g_string_append (html, "<tr>");
          for (guint c = 0; row[c] != NULL; c++)
            {
              g_autofree char *cell = g_markup_escape_text (row[c], -1);
              g_string_append_printf (html, "<td>%s</td>", cell);
            }
          g_string_append (html, "</tr>");
        }
      g_string_append (html, "</tbody></table>");
    }
  g_string_append (html, "</body></html>");
  return g_string_free (html, FALSE);
}

/* Headless Chromium printing that page to PDF, start to finish; -1
 * when it is not installed. */
static double
time_chromium (const char *html_path,
               const char *pdf_path)
{
  const char *names[] = { "chromium", "chromium-browser", "google-chrome" };
  g_autofree char *program = NULL;
  g_autofree char *print_to = g_strdup_printf ("--print-to-pdf=%s", pdf_path);
  g_autofree char *url = g_filename_to_uri (html_path, NULL, NULL);
  gint64 t0;
  int status = 1;

  for (guint i = 0; i < G_N_ELEMENTS (names) && program == NULL; i++)
    program = g_find_program_in_path (names[i]);
  if (program == NULL)
    return -1;
  t0 = g_get_monotonic_time ();
  {
    const char *argv[] = { program, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           print_to, url, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
      return -1;
  }
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* The yearly activity report of the whole structure written as PDF,
 * beside its bare queries, and beside headless Chromium printing the
 * same tables from HTML, as web tools make their PDFs. */
static void
bench_activity_report (JsonBuilder *b,
                       PslStore    *store,
                       PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chromium_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = psl_today_iso ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *dir = g_dir_make_tmp ("psl-bench-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "bilan.pdf", NULL);
  g_autofree char *html_path = g_build_filename (dir, "bilan.html", NULL);
  g_autofree char *html_pdf = g_build_filename (dir, "bilan-html.pdf", NULL);
  g_autofree char *html = NULL;
  guint n_pages = 0;

  psl_period_bounds (PSL_PERIOD_YEAR, today, &from, &to);
  for (guint run = 0; run < 4; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(PslDocument) doc = psl_activity_report_new (store, from, to, NULL, NULL);
      double ms;

      psl_document_write_pdf (doc, pdf, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      n_pages = psl_document_get_n_pages (doc);
      if (run > 0)
        g_array_append_val (app_times, ms);
      ms = psl_floor_activity (bare, from, to);
      if (run > 0)
        g_array_append_val (bare_times, ms);
      if (html == NULL)
        {
          html = tables_as_html (doc);
          g_file_set_contents (html_path, html, -1, NULL);
        }
      if (run > 0 && (ms = time_chromium (html_path, html_pdf)) >= 0)
        g_array_append_val (chromium_times, ms);
    }

  json_builder_set_member_name (b, "activity_report_year_pdf");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "period");
  {
    g_autofree char *period = g_strdup_printf ("%s/%s", from, to);
    json_builder_add_string_value (b, period);
  }
  json_builder_set_member_name (b, "pages");
  json_builder_add_int_value (b, n_pages);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  if (chromium_times->len > 0)
    psl_bench_add_latency (b, "headless_chromium_html", chromium_times);
  else
    {
      json_builder_set_member_name (b, "headless_chromium_html");
      json_builder_add_string_value (b, "not installed");
    }
  json_builder_set_member_name (b, "target_ms");
  json_builder_add_int_value (b, 2000);
  json_builder_set_member_name (b, "target_ratio_to_floor");
  json_builder_add_int_value (b, 3);
  json_builder_end_object (b);
  g_unlink (pdf);
  g_unlink (html_path);
  g_unlink (html_pdf);
  g_rmdir (dir);
}

/* Ranking every person in pathway for the first open opportunity of a
 * trade, beside the bare read of the same people; then the people's
 * table.  Each in a loop of its own: freeing 100,000 rows of the table
 * leaves the allocator work that the next ranking would be charged with. */
static void
bench_matching (JsonBuilder *b,
                PslStore    *store,
                PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list_bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rest_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rest_bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = psl_today_iso ();
  g_autofree char *id = psl_bench_open_opportunity (store);
  gint64 candidates = psl_bench_count_candidates (store);
  guint people_shown = 0, people_in_pathway = 0;

  if (id == NULL)
    return;

  /* The first round untimed, on each side: the figures are those of a
   * counsellor's second look, with the statements prepared and the pages
   * read; 30 rounds timed, so that the 95th percentile is not one outlier. */
  for (guint run = 0; run < 31; run++)
    {
      g_autoptr(GPtrArray) ranked = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      ranked = psl_matching_for_opportunity (store, id, today, 50, NULL);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      if (run > 0)
        g_array_append_val (app_times, ms);
      ms = psl_floor_matching_people (bare);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }

  /* What the window waits for before it shows rows: a screen of people
   * in their pathway, sorted by name.  Then, while it is shown, the others
   * in their pathway, sorted with them; those who left are read when a
   * choice shows them. */
  for (guint run = 0; run < 11; run++)
    {
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GPtrArray) rest = NULL;
      PslFoldSort by_name = { (const char *(*) (gpointer)) psl_person_row_get_name, TRUE, NULL };
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      people = psl_person_list_load_first (store, PSL_PEOPLE_FIRST_ROWS, today, NULL);
      if (people != NULL)
        psl_fold_sort_rows (&by_name, people);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      if (run > 0)
        g_array_append_val (list_times, ms);
      ms = psl_floor_people_first (bare, PSL_PEOPLE_FIRST_ROWS);
      if (run > 0)
        g_array_append_val (list_bare_times, ms);
      people_shown = people != NULL ? people->len : 0;

      t0 = g_get_monotonic_time ();
      rest = people != NULL ? psl_person_list_load_rest (store, people, today, NULL) : NULL;
      if (rest != NULL)
        {
          g_ptr_array_extend (rest, people, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
          psl_fold_sort_rows (&by_name, rest);
        }
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      psl_fold_sort_forget (&by_name);
      if (run > 0)
        g_array_append_val (rest_times, ms);
      ms = psl_floor_people_list (bare, TRUE);
      if (run > 0)
        g_array_append_val (rest_bare_times, ms);
      people_in_pathway = rest != NULL ? rest->len : 0;
    }

  json_builder_set_member_name (b, "matching");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "people_ranked");
  json_builder_add_int_value (b, candidates);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_set_member_name (b, "target_p95_ms");
  psl_bench_add_rounded (b, 200.0);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "people_list");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rows_shown_first");
  json_builder_add_int_value (b, people_shown);
  json_builder_set_member_name (b, "target_p95_ms");
  psl_bench_add_rounded (b, 150.0);
  psl_bench_add_latency (b, "passerelle", list_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", list_bare_times);
  psl_bench_add_measure (b, "rest_read_while_shown", "rows_in_pathway", people_in_pathway, rest_times,
                         "floor_bare_sqlite", rest_bare_times);
  json_builder_end_object (b);
}

static void
add_count (JsonBuilder *b,
           PslStore    *store,
           const char  *name,
           const char  *table)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, psl_store_count_rows (store, table, NULL));
}

/* --only names one part, or several separated by commas. */
static gboolean
wanted (const char *part)
{
  g_auto(GStrv) parts = opt_only != NULL ? g_strsplit (opt_only, ",", -1) : NULL;

  return parts == NULL || g_strv_contains ((const char * const *) parts, part);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— Passerelle performance figures");
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *self_path = NULL;
  gint64 t0;
  double open_ms, app_rss = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (opt_probe != NULL)
    return run_probe (opt_probe);

  {
    g_auto(GStrv) parts = opt_only != NULL ? g_strsplit (opt_only, ",", -1) : NULL;

    if (parts != NULL && parts[0] == NULL)
      {
        g_printerr ("passerelle-bench: --only names the parts to measure, for example --only placements,tour\n");
        return 2;
      }
    for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
      if (!g_strv_contains ((const char *[]) { "search", "companies", "matching", "placements", "schedule",
                                                "followup", "activity", "campaign", "map", "startup", "tour", "sync",
                                                "privacy", "import", NULL }, parts[i]))
        {
          g_printerr ("passerelle-bench: no part named “%s” (search, companies, matching, placements, schedule,"
                      " followup, activity, campaign, map, startup, tour, sync, privacy, import)\n", parts[i]);
          return 2;
        }
  }

  if (opt_database == NULL)
    {
      g_printerr ("passerelle-bench: --database FILE is needed "
                  "(make a large one with: passerelle demo --large FILE)\n");
      return 2;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (opt_chart != NULL && opt_growth == NULL)
    {
      g_printerr ("passerelle-bench: --chart draws the growth: give the larger file with --growth FILE\n");
      return 2;
    }
  if (opt_growth != NULL)
    return psl_bench_growth (self_path, opt_database, opt_growth, opt_only, opt_chart);

  t0 = g_get_monotonic_time ();
  store = psl_store_open (opt_database, PSL_STORE_OPEN_READ_ONLY, &error);
  open_ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (store == NULL)
    {
      g_printerr ("passerelle-bench: %s\n", error->message);
      return 1;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "database");
  json_builder_add_string_value (b, opt_database);
  json_builder_set_member_name (b, "rows");
  json_builder_begin_object (b);
  add_count (b, store, "companies", "company");
  add_count (b, store, "contacts", "contact");
  add_count (b, store, "people", "person");
  add_count (b, store, "interactions", "interaction");
  add_count (b, store, "placements", "placement");
  json_builder_end_object (b);
  json_builder_set_member_name (b, "open_database_ms");
  psl_bench_add_rounded (b, open_ms);

  if (wanted ("search"))
    bench_search (b, store);
  {
    g_autoptr(PslBareDb) bare = psl_bare_open_read_only (opt_database);

    if (wanted ("companies"))
      {
        bench_company_filter (b, store, bare);
        bench_open_company (b, store, bare);
      }
    if (wanted ("matching"))
      bench_matching (b, store, bare);
    if (wanted ("placements"))
      psl_bench_placements (b, store, bare);
    if (wanted ("schedule"))
      bench_schedule (b, store, bare);
    if (wanted ("followup"))
      bench_followup (b, store, bare);
    if (wanted ("activity"))
      bench_activity_report (b, store, bare);
    if (wanted ("campaign"))
      psl_bench_campaign (b, store, bare);
    if (wanted ("map"))
      psl_bench_map (b, store, bare);
  }
  if (wanted ("tour"))
    psl_bench_tour (b, store, self_path, opt_database);
  g_clear_object (&store);
  if (wanted ("sync"))
    psl_bench_sync (b, opt_database);
  if (wanted ("privacy"))
    psl_bench_privacy (b, opt_database);
  if (wanted ("import"))
    psl_bench_import (b);
  if (wanted ("startup"))
    bench_startup (b, self_path, &app_rss);

  /* The window's own memory is in the tour (its peak over every page)
   * and here, once its first frame is drawn on the large file.  The
   * benchmark's process holds what its parts do in it besides the
   * program's work (bare-SQLite floors, a map view, files to import), so
   * its peak is said, not held to a target. */
  json_builder_set_member_name (b, "peak_memory");
  json_builder_begin_object (b);
  if (wanted ("startup"))
    {
      json_builder_set_member_name (b, "window_first_frame_mb");
      psl_bench_add_rounded (b, app_rss);
      json_builder_set_member_name (b, "window_target_mb");
      psl_bench_add_rounded (b, 150);
    }
  json_builder_set_member_name (b, "benchmark_process_mb");
  psl_bench_add_rounded (b, peak_rss_mb (RUSAGE_SELF));
  json_builder_end_object (b);

  json_builder_end_object (b);
  psl_bench_print (b, TRUE);

  return 0;
}
