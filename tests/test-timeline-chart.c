/* test-timeline-chart.c — timelines: bars that never overlap in a lane,
 * everything inside its lane, French axis, hit-testing, refused dates,
 * reference pictures and PDF */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "psl-fact-charts.h"
#include "psl-test.h"
#include "psl-test-image.h"

static guint32
day (const char *iso)
{
  g_autoptr(GDate) date = g_date_new ();
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_set_dmy (date, d, m, y);
  return g_date_get_julian (date);
}

static char *
iso (guint32 julian)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static cairo_t *
scratch (cairo_surface_t **surface)
{
  *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  return cairo_create (*surface);
}

/* 300 bars over three years in three lanes, many overlapping, and marks. */
static void
test_rows (void)
{
  g_autoptr(PslTimelineChart) chart = psl_timeline_chart_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  guint32 start = day ("2024-01-01");
  cairo_surface_t *surface;
  cairo_t *cr = scratch (&surface);
  g_autoptr(PslTimelineLayout) layout = NULL;
  guint style = psl_timeline_chart_add_style (chart, "Contrats", 0, PSL_TIMELINE_GLYPH_CIRCLE);
  guint mark = psl_timeline_chart_add_style (chart, "Suivis", 1, PSL_TIMELINE_GLYPH_DIAMOND);

  for (guint l = 0; l < 3; l++)
    psl_timeline_chart_add_lane (chart, l == 0 ? "Un" : l == 1 ? "Deux" : "Trois");
  for (guint i = 0; i < 300; i++)
    {
      guint32 first = start + g_rand_int_range (rand, 0, 3 * 365);
      g_autofree char *a = iso (first);
      g_autofree char *b = iso (first + g_rand_int_range (rand, 0, 200));

      g_assert_true (psl_timeline_chart_add_bar (chart, i % 3, a, i % 50 == 0 ? NULL : b, style, "x", "placement", NULL));
      g_assert_true (psl_timeline_chart_add_mark (chart, i % 3, a, mark, "y", "followup", NULL));
    }

  /* The whole span, then a month in the middle: both hold. */
  for (guint zoom = 0; zoom < 2; zoom++)
    {
      guint32 first = zoom == 0 ? start : start + 400, last = zoom == 0 ? start + 3 * 365 + 200 : start + 430;

      g_clear_pointer (&layout, psl_timeline_layout_free);
      layout = psl_timeline_layout_new (chart, cr, 1200, 600, first, last, start + 500);
      for (guint i = 0; i < psl_timeline_chart_get_n_items (chart); i++)
        {
          const PslTimelineItem *item = psl_timeline_chart_get_item (chart, i);
          const PslRect *box = &g_array_index (layout->boxes, PslRect, i);
          double top = g_array_index (layout->lane_tops, double, item->lane);
          double bottom = g_array_index (layout->lane_tops, double, item->lane + 1);

          if (box->width <= 0)
            {
              /* Out of view: wholly before or after. */
              g_assert_true (item->first > last || (item->is_bar ? (!item->open && item->last < first) : item->first < first));
              continue;
            }
          g_assert_cmpfloat (box->x, >=, layout->plot.x - 0.5);
          g_assert_cmpfloat (box->x + box->width, <=, layout->plot.x + layout->plot.width + 0.5);
          g_assert_cmpfloat (box->y, >=, top);
          g_assert_cmpfloat (box->y + box->height, <=, bottom);
          if (!item->is_bar)
            continue;
          for (guint j = i + 1; j < psl_timeline_chart_get_n_items (chart); j++)
            {
              const PslTimelineItem *other = psl_timeline_chart_get_item (chart, j);
              const PslRect *obox = &g_array_index (layout->boxes, PslRect, j);

              if (other->is_bar && other->lane == item->lane && obox->width > 0)
                g_assert_false (psl_rect_intersects (box, obox));
            }
        }
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_refused (void)
{
  g_autoptr(PslTimelineChart) chart = psl_timeline_chart_new ();
  guint lane = psl_timeline_chart_add_lane (chart, "Parcours");
  guint style = psl_timeline_chart_add_style (chart, "Contrats", 0, PSL_TIMELINE_GLYPH_CIRCLE);

  g_assert_false (psl_timeline_chart_add_bar (chart, lane, "2026-02-30", "2026-03-01", style, NULL, NULL, NULL));
  g_assert_false (psl_timeline_chart_add_bar (chart, lane, "2026-03-10", "2026-03-01", style, NULL, NULL, NULL));
  g_assert_false (psl_timeline_chart_add_mark (chart, lane, NULL, style, NULL, NULL, NULL));
  g_assert_false (psl_timeline_chart_add_mark (chart, lane, "hier", style, NULL, NULL, NULL));
  g_assert_cmpuint (psl_timeline_chart_get_n_items (chart), ==, 0);
  /* A date with its time of day is a day. */
  g_assert_true (psl_timeline_chart_add_mark (chart, lane, "2026-03-10T09:30", style, NULL, NULL, NULL));
}

static PslTimelineFact *
fact (const char      *date,
      const char      *end,
      PslTimelineKind  kind,
      const char      *label)
{
  PslTimelineFact *f = g_new0 (PslTimelineFact, 1);

  f->date = g_strdup (date);
  f->end_date = g_strdup (end);
  f->kind = kind;
  f->label = g_strdup (label);
  f->ref_id = g_strdup (date);
  return f;
}

/* Léa's pathway, as psl_timeline_for_person gives it. */
static PslTimelineChart *
pathway (void)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_timeline_fact_free);

  g_ptr_array_add (facts, fact ("2025-09-15", NULL, PSL_TIMELINE_ENTRY, "Entrée en parcours"));
  g_ptr_array_add (facts, fact ("2025-09-20", NULL, PSL_TIMELINE_COMMITMENT_SIGNED, "Contrat d'engagement signé"));
  g_ptr_array_add (facts, fact ("2025-10-01", NULL, PSL_TIMELINE_BARRIER_IDENTIFIED, "Mobilité"));
  g_ptr_array_add (facts, fact ("2025-11-03", "2025-11-14", PSL_TIMELINE_IMMERSION, "Immersion à la Boulangerie Vidal"));
  g_ptr_array_add (facts, fact ("2026-01-05", "2026-06-30", PSL_TIMELINE_CONTRACT, "CDD à la Boulangerie Vidal"));
  g_ptr_array_add (facts, fact ("2026-03-01", "2026-03-05", PSL_TIMELINE_IMMERSION, "Immersion au Garage du Moulin"));
  g_ptr_array_add (facts, fact ("2026-01-19", NULL, PSL_TIMELINE_FOLLOWUP_DONE, "Suivi à J+15"));
  g_ptr_array_add (facts, fact ("2026-01-21", NULL, PSL_TIMELINE_ALERT_RAISED, "Alerte : retards"));
  g_ptr_array_add (facts, fact ("2026-02-05", NULL, PSL_TIMELINE_FOLLOWUP_DONE, "Suivi à M+1"));
  g_ptr_array_add (facts, fact ("2026-07-01", NULL, PSL_TIMELINE_EXIT, "Sortie : emploi durable"));
  return psl_pathway_chart_new (facts);
}

static void
draw_reference (PslTimelineChart *chart,
                const char       *first,
                const char       *last,
                const char       *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PslTimelineLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  layout = psl_timeline_layout_new (chart, cr, 900, 300, day (first), day (last), day ("2026-02-10"));
  psl_timeline_chart_draw (chart, layout, cr, -1);
  cairo_destroy (cr);
  psl_test_image_matches (surface, name, 0.003, &error);
  g_assert_no_error (error);
  cairo_surface_destroy (surface);
}

static void
test_reference (void)
{
  g_autoptr(PslTimelineChart) chart = pathway ();
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_company_fact_free);
  g_autoptr(PslTimelineChart) relationship = NULL;
  const struct { const char *date, *end; PslCompanyFactKind kind; const char *label; } company[] = {
    { "2025-03-02", NULL, PSL_COMPANY_FACT_CONTACT, "Visite" },
    { "2025-04-10", NULL, PSL_COMPANY_FACT_LEVEL, "Engagée" },
    { "2025-06-01", NULL, PSL_COMPANY_FACT_OPPORTUNITY, "Immersion vendeuse" },
    { "2025-11-03", "2025-11-14", PSL_COMPANY_FACT_IMMERSION, "Léa P." },
    { "2025-12-15", NULL, PSL_COMPANY_FACT_CONTACT, "Appel" },
    { "2026-01-05", "2026-06-30", PSL_COMPANY_FACT_CONTRACT, "Léa P." },
    { "2026-01-10", NULL, PSL_COMPANY_FACT_INTRODUCED, "Hugo B." },
    { "2026-02-01", NULL, PSL_COMPANY_FACT_EVALUATION, "Relation évaluée" },
  };

  /* The pathway whole, then two months around today. */
  draw_reference (chart, "2025-09-01", "2026-07-31", "timeline-pathway-year.png");
  draw_reference (chart, "2026-01-01", "2026-02-28", "timeline-pathway-days.png");

  for (guint i = 0; i < G_N_ELEMENTS (company); i++)
    {
      PslCompanyFact *f = g_new0 (PslCompanyFact, 1);

      f->date = g_strdup (company[i].date);
      f->end_date = g_strdup (company[i].end);
      f->kind = company[i].kind;
      f->label = g_strdup (company[i].label);
      g_ptr_array_add (facts, f);
    }
  relationship = psl_relationship_chart_new (facts);
  draw_reference (relationship, "2025-01-01", "2026-12-31", "timeline-relationship.png");
}

/* The axis in French, at every zoom, on paper. */
static void
test_french_pdf (void)
{
  g_autoptr(PslTimelineChart) chart = pathway ();
  g_autofree char *dir = g_dir_make_tmp ("passerelle-timeline-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "parcours.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, 842, 595);
  cairo_t *cr = cairo_create (surface);
  const char *views[][2] = { { "2026-01-01", "2026-01-14" }, { "2025-09-01", "2026-07-31" }, { "2020-01-01", "2027-12-31" } };
  int status;

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(PslTimelineLayout) layout = psl_timeline_layout_new (chart, cr, 800, 500, day (views[v][0]),
                                                                     day (views[v][1]), day ("2026-02-10"));

      psl_timeline_chart_draw (chart, layout, cr, -1);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", pdf, (char *) "-", NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "janvier 2026"));      /* a month over its days */
  g_assert_nonnull (strstr (text, "lu 5"));              /* Monday 5 January */
  g_assert_nonnull (strstr (text, "février"));           /* months over a year */
  g_assert_nonnull (strstr (text, "T3"));                /* quarters over eight years */
  g_assert_nonnull (strstr (text, "2023"));
  g_assert_nonnull (strstr (text, "Immersions et contrats"));
  g_assert_nonnull (strstr (text, "Entrée et sortie"));
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_hit (void)
{
  g_autoptr(PslTimelineChart) chart = pathway ();
  cairo_surface_t *surface;
  cairo_t *cr = scratch (&surface);
  g_autoptr(PslTimelineLayout) layout = psl_timeline_layout_new (chart, cr, 900, 300, day ("2025-09-01"),
                                                                 day ("2026-07-31"), day ("2026-02-10"));

  for (guint i = 0; i < psl_timeline_chart_get_n_items (chart); i++)
    {
      const PslRect *box = &g_array_index (layout->boxes, PslRect, i);
      int hit = psl_timeline_layout_hit (layout, box->x + box->width / 2, box->y + box->height / 2);

      /* The mark itself, or a mark drawn over the middle of a bar. */
      g_assert_cmpint (hit, >=, 0);
      if (!psl_timeline_chart_get_item (chart, i)->is_bar)
        g_assert_cmpint (hit, ==, i);
    }
  g_assert_cmpint (psl_timeline_layout_hit (layout, 2, 2), ==, -1);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add_func ("/timeline-chart/rows", test_rows);
  g_test_add_func ("/timeline-chart/refused", test_refused);
  g_test_add_func ("/timeline-chart/hit", test_hit);
  g_test_add_func ("/timeline-chart/reference", test_reference);
  g_test_add_func ("/timeline-chart/french-pdf", test_french_pdf);

  return g_test_run ();
}
