/* psl-bench-tour.c — every page of the window opened once on the large file: how long each takes to show,
 * how long the main thread stalls meanwhile, and how much memory the process holds after it
 *
 * The tour runs in a process of its own (the benchmark's "--probe tour"),
 * so that its memory is the window's alone: the parent only picks the firm
 * and the person to open and copies the child's JSON.  The child opens the
 * file read only (the benchmark never writes to it), makes the window as
 * the application does, and shows each sidebar page in turn, then the
 * busiest firm and person.  A heartbeat at high priority on the main loop
 * measures the stalls: any gap between two beats is time the window could
 * neither draw nor answer.  A page is shown when no read of what is on
 * screen is under way or still to start, and a frame was painted since.
 * The opening of the window, up to its first frame, is one gap that any
 * GTK program has: it is given apart ("opening_…"), beside an empty
 * libadwaita window's, and the tour's stalls are those after it.
 */

#include "config.h"

#include <adwaita.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "psl-application.h"
#include "psl-bench.h"
#include "psl-match-group.h"
#include "psl-page.h"
#include "psl-reports-page.h"
#include "psl-schedule-page.h"
#include "psl-store-open.h"
#include "psl-table-view.h"
#include "psl-window.h"

#define HEARTBEAT_MS 4
/* A page that has shown nothing after this is given up on. */
#define PAGE_DEADLINE_S 120
/* The visit lasts until the main loop has been this many beats in a row
 * without a gap longer than a frame: work a page leaves for after its
 * first frame (rows laid out in idle time) is the page's own. */
#define QUIET_BEATS 10
#define FRAME_US 16667
#define TARGET_STALL_MS 50.0
#define TARGET_MEMORY_MB 200.0

typedef struct
{
  PslWindow *window;
  gint64     last_beat;
  gint64     last_cpu;      /* the main thread's processor time then */
  gint64     longest;       /* µs, the longest gap of this visit */
  gint64     longest_cpu;   /* µs, the most processor time between two beats */
  guint      quiet;         /* beats in a row under a frame's time */
  guint      frames;        /* painted since the visit began */
  gint64     shown_at;      /* 0 until the page is shown */
  gint64     phase_at[2];   /* traced: before paint, after layout */
  gint64     began;         /* the first visit's start, before the window */
  gint64     first_frame;   /* when the window's first frame was painted, 0 before */
  gint64     opening[2];    /* µs, the gap up to it: wall, processor */
  double     worst_ms[2];   /* of the whole tour: wall, processor */
} Tour;

/* The gap in wall time is what the user waits; the processor time the
 * main thread spent in it tells work from waiting (on a lock, or for the
 * processor on a busy machine). */
static gboolean
on_heartbeat_cb (gpointer data)
{
  Tour *tour = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = psl_bench_thread_cpu_us ();
  gint64 gap = now - tour->last_beat;

  if (g_getenv ("PSL_BENCH_TOUR_TRACE") != NULL && gap > 50000)
    g_printerr ("tour: a stall of %.0f ms (%.0f ms of processor), monotonic %.6f to %.6f s\n",
                gap / 1000.0, (cpu - tour->last_cpu) / 1000.0,
                tour->last_beat / (double) G_USEC_PER_SEC, now / (double) G_USEC_PER_SEC);
  if (tour->first_frame == 0 || tour->last_beat < tour->first_frame)
    {
      tour->opening[0] = MAX (tour->opening[0], gap);
      tour->opening[1] = MAX (tour->opening[1], cpu - tour->last_cpu);
    }
  else
    {
      tour->longest = MAX (tour->longest, gap);
      tour->longest_cpu = MAX (tour->longest_cpu, cpu - tour->last_cpu);
    }
  tour->last_cpu = cpu;
  tour->quiet = gap < FRAME_US ? tour->quiet + 1 : 0;
  tour->last_beat = now;
  return G_SOURCE_CONTINUE;
}

/* A read of what is on screen is under way, or waits for the first frame. */
static gboolean
is_busy (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (PSL_IS_PAGE (widget)
      && (psl_page_is_loading (PSL_PAGE (widget)) || psl_page_is_stale (PSL_PAGE (widget))))
    return TRUE;
  if ((PSL_IS_TABLE_VIEW (widget) && psl_table_view_is_loading (PSL_TABLE_VIEW (widget)))
      || (PSL_IS_MATCH_GROUP (widget) && psl_match_group_is_loading (PSL_MATCH_GROUP (widget)))
      || (PSL_IS_REPORTS_PAGE (widget) && psl_reports_page_is_busy (PSL_REPORTS_PAGE (widget)))
      || (PSL_IS_SCHEDULE_PAGE (widget) && psl_schedule_page_is_loading (PSL_SCHEDULE_PAGE (widget))))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_busy (child))
      return TRUE;
  return FALSE;
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

/* With PSL_BENCH_TOUR_TRACE, a frame longer than a stall says whether
 * its time went in the layout or the drawing. */
static void
on_before_paint_cb (GdkFrameClock *clock,
                    Tour          *tour)
{
  tour->phase_at[0] = g_get_monotonic_time ();
}

static void
on_layout_cb (GdkFrameClock *clock,
              Tour          *tour)
{
  tour->phase_at[1] = g_get_monotonic_time ();
}

static void
on_paint_cb (GdkFrameClock *clock,
             Tour          *tour)
{
  gint64 now = g_get_monotonic_time ();

  if (now - tour->phase_at[0] > 50000)
    g_printerr ("tour: a frame of %.0f ms: %.0f ms to the end of its layout, %.0f ms drawing\n",
                (now - tour->phase_at[0]) / 1000.0, (tour->phase_at[1] - tour->phase_at[0]) / 1000.0,
                (now - tour->phase_at[1]) / 1000.0);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Tour          *tour)
{
  tour->frames++;
  if (tour->first_frame == 0)
    tour->first_frame = g_get_monotonic_time ();
  if (tour->shown_at == 0 && !is_busy (GTK_WIDGET (tour->window)))
    tour->shown_at = g_get_monotonic_time ();
}

/* Frames go on being made while the tour waits, so that each end of a
 * read is seen at the next one. */
static gboolean
keep_ticking_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*GoFunc) (PslWindow  *window,
                            const char *arg);

static gboolean
go_page (PslWindow  *window,
         const char *name)
{
  psl_window_show_page (window, name);
  return g_strcmp0 (psl_window_get_page (window), name) == 0;
}

/* Shows one page and records its figures; FALSE when it showed nothing
 * in time. */
static gboolean
visit (Tour        *tour,
       JsonBuilder *b,
       const char  *name,
       GoFunc       go,
       const char  *arg)
{
  gint64 start = tour->began != 0 ? tour->began : g_get_monotonic_time ();
  gint64 deadline = start + PAGE_DEADLINE_S * G_USEC_PER_SEC;
  gboolean went = TRUE;

  tour->longest = tour->longest_cpu = 0;
  tour->quiet = 0;
  tour->frames = 0;
  tour->shown_at = 0;
  /* The first visit counts the window's making as its first gap. */
  if (tour->began == 0)
    {
      tour->last_beat = start;
      tour->last_cpu = psl_bench_thread_cpu_us ();
    }
  tour->began = 0;
  if (g_getenv ("PSL_BENCH_TOUR_TRACE") != NULL)
    g_printerr ("tour: %s\n", name);
  if (go != NULL)
    went = go (tour->window, arg);
  while ((tour->shown_at == 0 || tour->quiet < QUIET_BEATS) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  if (g_getenv ("PSL_BENCH_TOUR_TRACE") != NULL)
    g_printerr ("tour: %u widgets\n", count_widgets (GTK_WIDGET (tour->window)));
  tour->worst_ms[0] = MAX (tour->worst_ms[0], tour->longest / 1000.0);
  tour->worst_ms[1] = MAX (tour->worst_ms[1], tour->longest_cpu / 1000.0);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "shown_ms");
  psl_bench_add_rounded (b, tour->shown_at != 0 ? (tour->shown_at - start) / 1000.0 : -1);
  json_builder_set_member_name (b, "longest_stall_ms");
  psl_bench_add_rounded (b, tour->longest / 1000.0);
  json_builder_set_member_name (b, "most_processor_between_beats_ms");
  psl_bench_add_rounded (b, tour->longest_cpu / 1000.0);
  json_builder_set_member_name (b, "rss_mb");
  psl_bench_add_rounded (b, psl_bench_memory_mb ("VmRSS:"));
  /* What the process holds in use on the heap, and what it keeps free
   * there without giving back: the resident size less the libraries. */
  json_builder_set_member_name (b, "heap_in_use_mb");
  psl_bench_add_rounded (b, mallinfo2 ().uordblks / 1048576.0);
  json_builder_set_member_name (b, "heap_free_mb");
  psl_bench_add_rounded (b, mallinfo2 ().fordblks / 1048576.0);
  json_builder_set_member_name (b, "hwm_mb");
  psl_bench_add_rounded (b, psl_bench_memory_mb ("VmHWM:"));
  if (!went || tour->shown_at == 0)
    {
      json_builder_set_member_name (b, "failed");
      json_builder_add_string_value (b, !went ? "not opened" : "still loading at the deadline");
    }
  json_builder_end_object (b);
  return went && tour->shown_at != 0;
}

int
psl_bench_tour_probe (const char *database,
                      const char *company_id,
                      const char *person_id)
{
  const char *pages[] = { "companies", "people", "placements", "followup", "map", "schedule", "reports" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslApplication) app = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  Tour tour = { 0 };
  guint failed = 0;

  gtk_init ();
  adw_init ();
  app = psl_application_new (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("tour: %s\n", error->message);
      return 1;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "pages");
  json_builder_begin_array (b);

  /* The home page is timed from the opening of the file, as at start-up. */
  tour.began = tour.last_beat = g_get_monotonic_time ();
  tour.last_cpu = psl_bench_thread_cpu_us ();
  store = psl_store_open (database, PSL_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("tour: %s\n", error->message);
      return 1;
    }
  tour.window = psl_window_new (app, database, store, NULL);
  gtk_window_present (GTK_WINDOW (tour.window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (tour.window)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), &tour);
  gtk_widget_add_tick_callback (GTK_WIDGET (tour.window), keep_ticking_cb, NULL, NULL);
  if (g_getenv ("PSL_BENCH_TOUR_TRACE") != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (tour.window));

      g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), &tour);
      g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), &tour);
      g_signal_connect (clock, "paint", G_CALLBACK (on_paint_cb), &tour);
    }
  g_timeout_add_full (G_PRIORITY_HIGH, HEARTBEAT_MS, on_heartbeat_cb, &tour, NULL);

  failed += !visit (&tour, b, "home", NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    failed += !visit (&tour, b, pages[i], go_page, pages[i]);
  if (company_id != NULL)
    failed += !visit (&tour, b, "company", psl_window_open_company, company_id);
  if (person_id != NULL)
    failed += !visit (&tour, b, "person", psl_window_open_person, person_id);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "opening_stall_ms");
  psl_bench_add_rounded (b, tour.opening[0] / 1000.0);
  json_builder_set_member_name (b, "opening_processor_ms");
  psl_bench_add_rounded (b, tour.opening[1] / 1000.0);
  json_builder_set_member_name (b, "longest_stall_ms");
  psl_bench_add_rounded (b, tour.worst_ms[0]);
  json_builder_set_member_name (b, "most_processor_between_beats_ms");
  psl_bench_add_rounded (b, tour.worst_ms[1]);
  json_builder_set_member_name (b, "target_stall_ms");
  psl_bench_add_rounded (b, TARGET_STALL_MS);
  json_builder_set_member_name (b, "peak_rss_mb");
  psl_bench_add_rounded (b, psl_bench_memory_mb ("VmHWM:"));
  json_builder_set_member_name (b, "target_peak_rss_mb");
  psl_bench_add_rounded (b, TARGET_MEMORY_MB);
  json_builder_set_member_name (b, "heartbeat_ms");
  json_builder_add_int_value (b, HEARTBEAT_MS);
  json_builder_set_member_name (b, "pages_not_shown");
  json_builder_add_int_value (b, failed);
  json_builder_end_object (b);
  psl_bench_print (b, FALSE);
  /* No closing: the window would save its state, and tearing down a
   * window of 200,000 rows is no part of the tour. */
  _exit (0);
}

/* An empty window's resident memory at its first frame, and its opening. */
static gboolean
empty_window_probe (const char *self_path,
                    char      **envp,
                    double     *rss_mb,
                    double     *opening_ms,
                    double     *opening_cpu_ms)
{
  const char *argv[] = { self_path, "--probe", "empty", NULL };
  g_autofree char *out = NULL;

  return g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, NULL)
         && out != NULL && sscanf (out, "frame %lf %lf %lf", rss_mb, opening_ms, opening_cpu_ms) == 3;
}

/* The parent: picks the firm and the person, runs the child, copies its
 * figures under "tour". */
void
psl_bench_tour (JsonBuilder *b,
                PslStore    *store,
                const char  *self_path,
                const char  *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *company_id = NULL;
  g_autofree char *person_id = NULL;
  g_autofree char *out = NULL;
  gint64 interactions = 0, rows = 0;
  int status = 0;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  /* Drawn as the program draws (psl_application_choose_renderer ()):
   * with Cairo, without the GL driver.  Settings kept in memory, so that
   * the user's last page is neither read nor written.  What the GL driver
   * would add is measured apart, below, on an empty window told to draw
   * with Cairo (GSK_RENDERER set, so that GDK keeps GL). */
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "GSETTINGS_BACKEND", "memory", TRUE);
  g_auto(GStrv) gl_envp = g_environ_setenv (g_strdupv (envp), "GSK_RENDERER", "cairo", FALSE);

  g_ptr_array_add (argv, (gpointer) self_path);
  g_ptr_array_add (argv, (gpointer) "--probe");
  g_ptr_array_add (argv, (gpointer) "tour");
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) database);
  if (psl_bench_busiest_company (store, &company_id, &interactions))
    {
      g_ptr_array_add (argv, (gpointer) "--tour-company");
      g_ptr_array_add (argv, company_id);
    }
  if (psl_bench_busiest_person (store, &person_id, &rows))
    {
      g_ptr_array_add (argv, (gpointer) "--tour-person");
      g_ptr_array_add (argv, person_id);
    }
  g_ptr_array_add (argv, NULL);

  json_builder_set_member_name (b, "tour");
  if (!g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error)
      || !json_parser_load_from_data (parser, out, -1, &error))
    {
      json_builder_add_string_value (b, error->message);
      return;
    }
  json_builder_add_value (b, json_node_copy (json_parser_get_root (parser)));
  /* The floor of the tour's memory: an empty libadwaita window, drawn
   * the same way, at its first frame (GTK, the fonts); then the same with
   * the GL driver that GDK loads under X11 unless told not to, for what
   * it would add. */
  {
    double empty_mb = 0, opening_ms = 0, opening_cpu_ms = 0, gl_mb = 0;

    if (empty_window_probe (self_path, gl_envp, &gl_mb, &opening_ms, &opening_cpu_ms)
        && empty_window_probe (self_path, envp, &empty_mb, &opening_ms, &opening_cpu_ms))
      {
        json_builder_set_member_name (b, "tour_gl_driver_not_loaded_mb");
        psl_bench_add_rounded (b, gl_mb - empty_mb);
        json_builder_set_member_name (b, "tour_floor_empty_window_rss_mb");
        psl_bench_add_rounded (b, empty_mb);
        json_builder_set_member_name (b, "tour_floor_empty_window_opening_stall_ms");
        psl_bench_add_rounded (b, opening_ms);
        json_builder_set_member_name (b, "tour_floor_empty_window_opening_processor_ms");
        psl_bench_add_rounded (b, opening_cpu_ms);
      }
  }
  json_builder_set_member_name (b, "tour_company_interactions");
  json_builder_add_int_value (b, interactions);
  json_builder_set_member_name (b, "tour_person_rows");
  json_builder_add_int_value (b, rows);
}
