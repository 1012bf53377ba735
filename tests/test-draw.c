/* test-draw.c — the renderers of src/draw: geometry, and pictures drawn inside their bounds */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "psl-bar-chart.h"
#include "psl-gantt-chart.h"
#include "psl-heat-map.h"
#include "psl-profile-chart.h"
#include "psl-quadrant-chart.h"
#include "psl-radar.h"
#include "psl-test-image.h"

#define MARGIN 40

/* The twelve criteria of Annexe 4, form B, as the window draws them. */
static const char *criteria[] = {
  "Sa disponibilité", "Sa convivialité", "Sa qualité d'écoute", "Son implication dans la relation",
  "Sa réactivité face à votre sollicitation",
  "Sa réceptivité à vos sollicitations (prise en compte de vos demandes)", "Son aptitude aux compromis",
  "La fréquence de vos contacts", "Son regard sur les jeunes",
  "Sa perception et son identification de la structure par rapport aux autres prestataires",
  "Sa capacité à être un vecteur d'image positive pour votre structure",
  "Sa capacité à être un vecteur d'image négative de votre structure",
};
static const double rated_2025[] = { 2, 1, 2, 3, 2, 1, 2, 1, 3, 1, 4, 1 };
static const double rated_2026[] = { 4, 4, 3, 3, 4, 2, 3, 3, 4, 2, 3, 1 };

static void
test_radar_point (void)
{
  double x, y;

  /* Axis 0 points straight up. */
  psl_radar_point (100, 100, 50, 12, 0, 1, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 50, 1e-9);
  /* A quarter turn clockwise on four axes is to the right. */
  psl_radar_point (100, 100, 50, 4, 1, 1, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-9);
  /* Half way along the bottom axis of four. */
  psl_radar_point (100, 100, 50, 4, 2, 0.5, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 125, 1e-9);
  /* Fraction 0 is the centre. */
  psl_radar_point (100, 100, 50, 12, 7, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-9);
}

/* Draws the radar at (MARGIN, MARGIN) on a white surface MARGIN wider on
 * every side; returns how many pixels it inked, and fails if any fell in
 * the margin. */
static guint
draw_inside (double          width,
             double          height,
             const PslRadar *radar,
             const char     *png)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width + 2 * MARGIN,
                                                         height + 2 * MARGIN);
  cairo_t *cr = cairo_create (surface);
  guint inked = 0, outside = 0;
  int stride;
  guchar *data;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, MARGIN, MARGIN);
  psl_radar_draw (cr, width, height, radar);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height + 2 * MARGIN; y++)
    for (int x = 0; x < width + 2 * MARGIN; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + 4 * x) & 0xffffff;

        if (pixel == 0xffffff)
          continue;
        inked++;
        /* Antialiasing may spill half a pixel. */
        if (x < MARGIN - 1 || y < MARGIN - 1 || x > width + MARGIN || y > height + MARGIN)
          outside++;
      }
  if (png != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (outside, ==, 0);
  return inked;
}

static void
test_radar_inside (void)
{
  const double *series[] = { rated_2025, rated_2026 };
  const char *years[] = { "2025", "2026" };
  PslRadar radar = { G_N_ELEMENTS (criteria), criteria, 5, 2, series, years };
  g_autofree char *dir = g_dir_make_tmp ("passerelle-draw-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "radar.png", NULL);

  /* The tab's size, an A4 half page, and a cramped square. */
  g_assert_cmpuint (draw_inside (530, 460, &radar, png), >, 5000);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (draw_inside (480, 360, &radar, NULL), >, 5000);
  g_assert_cmpuint (draw_inside (300, 300, &radar, NULL), >, 2000);
  g_unlink (png);
  g_rmdir (dir);
}

static void
test_radar_refuses (void)
{
  const double *series[] = { rated_2025 };
  PslRadar two_axes = { 2, criteria, 5, 1, series, NULL };
  PslRadar no_max = { 12, criteria, 0, 1, series, NULL };

  /* Too few axes or no scale: nothing drawn rather than nonsense. */
  g_assert_cmpuint (draw_inside (200, 200, &two_axes, NULL), ==, 0);
  g_assert_cmpuint (draw_inside (200, 200, &no_max, NULL), ==, 0);
}

/* The labels of the twelve long criteria: apart from each other, outside
 * the ring, inside the drawing, and the ring as large as that allows. */
static void
check_labels_apart (double width,
                    double height)
{
  const double *series[] = { rated_2025, rated_2026 };
  const char *years[] = { "2025", "2026" };
  PslRadar radar = { G_N_ELEMENTS (criteria), criteria, 5, 2, series, years };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  PslRadarLayout layout;

  g_assert_true (psl_radar_layout (cr, width, height, &radar, &layout));
  g_assert_cmpuint (layout.n_labels, ==, 12);
  /* Not the postage stamp it used to be among its labels. */
  g_assert_cmpfloat (layout.radius, >=, MIN (width, height) * 0.22);
  for (guint i = 0; i < layout.n_labels; i++)
    {
      const PslDrawBox *a = &layout.labels[i];
      double nx = CLAMP (layout.cx, a->x, a->x + a->width);
      double ny = CLAMP (layout.cy, a->y, a->y + a->height);

      g_assert_cmpfloat (a->width, >, 10);
      g_assert_cmpfloat (a->x, >=, 0);
      g_assert_cmpfloat (a->y, >=, 0);
      g_assert_cmpfloat (a->x + a->width, <=, width);
      /* The legend's line is below. */
      g_assert_cmpfloat (a->y + a->height, <=, height - 20);
      g_assert_cmpfloat (hypot (layout.cx - nx, layout.cy - ny), >, layout.radius);
      for (guint j = 0; j < i; j++)
        g_assert_false (psl_draw_boxes_meet (a, &layout.labels[j], 0));
    }
  psl_radar_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_radar_labels_apart (void)
{
  /* The reference's size, the tab's, an A4 half page, wide and low. */
  check_labels_apart (480, 400);
  check_labels_apart (530, 460);
  check_labels_apart (680, 420);
  check_labels_apart (900, 380);
}

static void
test_boxes_meet (void)
{
  PslDrawBox a = { 0, 0, 10, 10 }, b = { 12, 0, 10, 10 }, c = { 5, 5, 10, 10 };

  g_assert_false (psl_draw_boxes_meet (&a, &b, 0));
  g_assert_true (psl_draw_boxes_meet (&a, &b, 3));
  g_assert_true (psl_draw_boxes_meet (&a, &c, 0));
  g_assert_true (psl_draw_boxes_meet (&c, &a, 0));
}

/* Twenty-four firms: a crowd near the origin whose names cannot all be
 * written, a few spread out, one highlighted among the crowd. */
static const PslQuadrantChartPoint firms[] = {
  { "Maçonnerie Lafon", 9, 82, FALSE },
  { "Hôtel des Tilleuls", 6, 45, FALSE },
  { "GAEC Marty", 1, 70, TRUE },
  { "Boulangerie Roux", 1, 68, FALSE },
  { "Transports Vidal", 2, 72, FALSE },
  { "Garage Fabre", 1, 66, FALSE },
  { "Pressing Delmas", 0, 71, FALSE },
  { "Mairie de Figeac", 2, 64, FALSE },
  { "Espaces Verts Causse", 1, 75, FALSE },
  { "Super U Capdenac", 3, 30, FALSE },
  { "Ehpad Les Charmilles", 2, 25, FALSE },
  { "Menuiserie Bex", 1, 28, FALSE },
  { "Plomberie Costes", 0, 33, FALSE },
  { "Traiteur Andrieu", 2, 35, FALSE },
  { "Clinique du Quercy", 12, 91, FALSE },
  { "Logistique Ségala", 15, 55, FALSE },
  { "ADMR Lot", 7, 62, FALSE },
  { "Camping du Lac", 5, 20, FALSE },
  { "Ratier-Figeac", 11, 38, FALSE },
  { "Biocoop Figeac", 0, 90, FALSE },
  { "Auto-école Lacombe", 1, 10, FALSE },
  { "Ferme de Lissac", 0, 5, FALSE },
  { "Imprimerie Delon", 4.5, 60, FALSE },
  { "Restaurant La Dinée", 3, 69, FALSE },
};

static const PslQuadrantChart quadrant = {
  G_N_ELEMENTS (firms), firms, 60, 4,
  { "Relation à construire", "Bonne relation, opportunités à développer",
    "Beaucoup d'opportunités, relation à consolider", "Pilier du réseau" },
  "Opportunités réalisées en 2025 (pondérées)", "Qualité de la relation (sur 100)",
};

static void
test_quadrant_geometry (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  PslQuadrantChartLayout layout;
  guint shown = 0, hidden = 0;

  psl_quadrant_chart_layout (cr, 640, 440, &quadrant, &layout);
  /* Four across: twice the threshold of 4 is 8, but Clinique du Quercy's
   * 12 and Logistique Ségala's 15 push the edge to 15 × 1.08. */
  g_assert_cmpfloat_with_epsilon (layout.x_max, 16.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout.threshold_x, layout.plot.x + layout.plot.width * 4 / 16.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout.threshold_y, layout.plot.y + layout.plot.height * 0.4, 1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (firms); i++)
    {
      PslQuadrantChartCorner corner = psl_quadrant_chart_corner (&quadrant, &firms[i]);
      gboolean right = corner == PSL_QUADRANT_CHART_TOP_RIGHT || corner == PSL_QUADRANT_CHART_BOTTOM_RIGHT;
      gboolean top = corner == PSL_QUADRANT_CHART_TOP_LEFT || corner == PSL_QUADRANT_CHART_TOP_RIGHT;
      const PslDrawBox *label = &layout.label_boxes[i];

      /* Each point in its own quadrant. */
      g_assert_true (right ? layout.point_x[i] >= layout.threshold_x : layout.point_x[i] < layout.threshold_x);
      g_assert_true (top ? layout.point_y[i] <= layout.threshold_y : layout.point_y[i] > layout.threshold_y);
      g_assert_cmpfloat (layout.point_x[i], >=, layout.plot.x);
      g_assert_cmpfloat (layout.point_x[i], <=, layout.plot.x + layout.plot.width);
      if (label->width == 0)
        {
          hidden++;
          continue;
        }
      shown++;
      g_assert_cmpfloat (label->x, >=, layout.plot.x);
      g_assert_cmpfloat (label->x + label->width, <=, layout.plot.x + layout.plot.width);
      for (guint j = 0; j < i; j++)
        if (layout.label_boxes[j].width > 0)
          g_assert_false (psl_draw_boxes_meet (label, &layout.label_boxes[j], 0));
    }
  /* Maçonnerie Lafon (9; 82) is a pillar, Super U (3; 30) to build. */
  g_assert_cmpint (psl_quadrant_chart_corner (&quadrant, &firms[0]), ==, PSL_QUADRANT_CHART_TOP_RIGHT);
  g_assert_cmpint (psl_quadrant_chart_corner (&quadrant, &firms[9]), ==, PSL_QUADRANT_CHART_BOTTOM_LEFT);
  /* At the threshold is above it: Imprimerie Delon's 4.5 is right of 4,
   * quality 60 is good. */
  g_assert_cmpint (psl_quadrant_chart_corner (&quadrant, &firms[22]), ==, PSL_QUADRANT_CHART_TOP_RIGHT);
  /* The highlighted firm is always named; the crowd is counted. */
  g_assert_cmpfloat (layout.label_boxes[2].width, >, 0);
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (shown, >, 10);
  g_assert_cmpuint (layout.hidden[0] + layout.hidden[1] + layout.hidden[2] + layout.hidden[3], ==, hidden);
  psl_quadrant_chart_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Draws with func on a white surface of this size and compares with the
 * reference picture name. */
static void
check_reference (void      (*func) (cairo_t *, double, double, gpointer),
                 gconstpointer data,
                 int        width,
                 int        height,
                 const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  func (cr, width, height, (gpointer) data);
  cairo_destroy (cr);
  psl_test_image_matches (surface, name, 0.002, &error);
  g_assert_no_error (error);
  cairo_surface_destroy (surface);
}

/* Annexe 3, question 1, as a team of three answered it: the networks
 * down, the phases across, each cell the number who ticked it. */
static const char *heat_rows[] = {
  "Entreprises", "Chambres consulaires, syndicats professionnels, réseaux d'influence (ex : Rotary, Lions…)",
  "Entreprises de Travail Temporaire", "Insertion par l'Activité Economique (IAE)", "Parrainage", "Autres",
};
static const char *heat_columns[] = { "Orientation", "Confirmation de projet", "Formation en alternance", "Emploi" };
static const guint heat_counts[] = { 1, 0, 2, 3,  0, 1, 0, 1,  2, 2, 0, 3,  0, 3, 1, 0,  1, 0, 0, 0,  0, 0, 0, 0 };

static void
test_heat_map_reference (void)
{
  PslHeatMap map = { "Mission locale Garonne (3)", G_N_ELEMENTS (heat_rows), G_N_ELEMENTS (heat_columns),
                     heat_rows, heat_columns, heat_counts, 3 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double narrow = psl_heat_map_height (cr, &map, 320);
  double wide = psl_heat_map_height (cr, &map, 640);

  /* Labels wrap: a narrower table is taller, never shorter than its rows. */
  g_assert_cmpfloat (narrow, >, wide);
  g_assert_cmpfloat (wide, >=, 18.0 * G_N_ELEMENTS (heat_rows));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  check_reference (psl_heat_map_draw, &map, 640, (int) ceil (wide), "heat-map.png");
}

static void
test_quadrant_reference (void)
{
  check_reference (psl_quadrant_chart_draw, &quadrant, 640, 440, "quadrant.png");
}

/* Placements by type, as the activity report stacks them: under way,
 * ended as planned, ended early; one type with none of some. */
static void
test_stacked_bars_reference (void)
{
  g_autoptr(PslBarChart) chart = psl_bar_chart_new ();

  psl_bar_chart_set_series (chart, (const char *[]) { "En cours", "Terminés comme prévu", "Rompus", NULL });
  psl_bar_chart_set_stacked (chart, TRUE);
  psl_bar_chart_add_group (chart, "Immersions (PMSMP, stages)", (double[]) { 12, 30, 4 });
  psl_bar_chart_add_group (chart, "CDD", (double[]) { 8, 14, 3 });
  psl_bar_chart_add_group (chart, "CDI", (double[]) { 9, 0, 1 });
  psl_bar_chart_add_group (chart, "CDDI", (double[]) { 15, 6, 5 });
  psl_bar_chart_add_group (chart, "Contrat de professionnalisation", (double[]) { 3, 1, 0 });
  psl_bar_chart_add_group (chart, "Intérim", (double[]) { 2, 11, 2 });
  check_reference (psl_bar_chart_draw, chart, 640, 260, "stacked-bars.png");
}

/* Values wider than their bars, on bars of about the same height, as
 * the benchmark's growth chart draws them: each value is raised above its
 * neighbour's rather than written over it. */
static void
test_bars_close_values_reference (void)
{
  g_autoptr(PslBarChart) chart = psl_bar_chart_new ();

  psl_bar_chart_set_series (chart, (const char *[]) { "premier fichier", "deux fois plus grand", "plancher", NULL });
  psl_bar_chart_set_limit (chart, 2.2, "limite : 2,2");
  psl_bar_chart_add_group (chart, "filtre", (double[]) { 1, 1.92, 1.97 });
  psl_bar_chart_add_group (chart, "lecture", (double[]) { 1, 2.11, 2.2 });
  psl_bar_chart_add_group (chart, "recherche", (double[]) { 1, 1.2, 1.4 });
  psl_bar_chart_add_group (chart, "carte", (double[]) { 1, 0.98, 0 });
  psl_bar_chart_add_group (chart, "suivi", (double[]) { 1, 1.58, 1.83 });
  psl_bar_chart_add_group (chart, "liste", (double[]) { 1, 1.98, 1.96 });
  check_reference (psl_bar_chart_draw, chart, 420, 260, "bars-close-values.png");
}

/* Bars side by side under a limit, one going beyond it: the limit's
 * dashed line crosses the chart and the legend says it after the series. */
static void
test_bars_limit_reference (void)
{
  g_autoptr(PslBarChart) chart = psl_bar_chart_new ();

  psl_bar_chart_set_series (chart, (const char *[]) { "2025", "2026", NULL });
  psl_bar_chart_set_limit (chart, 40, "Objectif de la convention : 40");
  psl_bar_chart_add_group (chart, "Sorties vers l’emploi durable", (double[]) { 31, 44 });
  psl_bar_chart_add_group (chart, "Sorties vers l’emploi de transition", (double[]) { 22, 18 });
  psl_bar_chart_add_group (chart, "Sorties positives", (double[]) { 12, 9 });
  check_reference (psl_bar_chart_draw, chart, 640, 260, "bars-limit.png");
}

/* The seventeen items of Annexe 3, question 51, as the French program
 * writes them; the structure leaves one unrated, which breaks its line. */
static const char *items[] = {
  "Choix quantitatif (demande de volume)", "Critères impératifs (critères précis)",
  "Connaissance du public", "Responsabilité (ex. : bouc émissaire)", "Étendue géographique de la réponse",
  "Ingénierie de compétences (réponse en termes de propositions, de montage…)", "Coût du service",
  "Simplicité (ex. : identification)", "Temporalité brève : réactivité, urgence",
  "Temporalité longue de l'action (construction dans la durée)", "Conseil et surprise (force de proposition)",
  "Esprit de service", "Gamme de services", "Proximité", "Accès aux mesures",
  "Action sur la disponibilité et la mobilité", "SAV",
};
static const int ours[] = { 2, 3, 5, 4, 3, 4, 5, 3, 2, 5, 4, 5, 3, 5, 5, 4, 0 };
static const int interim[] = { 5, 4, 2, 5, 4, 2, 2, 4, 5, 1, 2, 3, 3, 4, 1, 2, 3 };
static const int france_travail[] = { 4, 2, 3, 2, 5, 3, 5, 2, 2, 3, 2, 2, 4, 2, 5, 3, 2 };

static const PslProfileChart profile = {
  G_N_ELEMENTS (items), items, 3, { ours, interim, france_travail },
  { "Notre structure", "Intérim", "France Travail" }, "Atout faible", "Atout important",
};

static void
test_profile_reference (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  double x1, y1, x5, y5, xi, yi;

  /* 1 and 5 at either end of the scale, rows going down, and the series
   * of one row set slightly apart. */
  psl_profile_chart_point (cr, &profile, 640, 520, 0, 0, 1, &x1, &y1);
  psl_profile_chart_point (cr, &profile, 640, 520, 0, 16, 5, &x5, &y5);
  psl_profile_chart_point (cr, &profile, 640, 520, 1, 0, 1, &xi, &yi);
  g_assert_cmpfloat (x1, <, x5);
  g_assert_cmpfloat (x5, <, 640);
  g_assert_cmpfloat (y1, <, y5);
  g_assert_cmpfloat (y5, <, 520);
  g_assert_cmpfloat_with_epsilon (xi, x1, 1e-9);
  g_assert_cmpfloat (yi, >, y1);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  check_reference (psl_profile_chart_draw, &profile, 640, 520, "profile.png");
}

/* The seed's first activity over a year from February, today in
 * mid-June; one sub-activity without dates, one running past the end. */
static const PslGanttRow plan_rows[] = {
  { "1 Développement et fidélisation de réseaux d'entreprises", 0, 0, 10 },
  { "1.1 Échanges de pratiques entre les trois partenaires", 1, 0, 4 },
  { "1.2 Identification et analyse des besoins", 1, 1, 7 },
  { "1.3 Définition du dispositif expérimental", 1, 2, 10 },
  { "1.4 Développement des nouvelles collaborations", 1, 0, 10 },
  { "1.5 Fidélisation et valorisation des entreprises", 1, 7, 10 },
  { "2 Visites transnationales d'études et guide méthodologique", 0, 3, 14 },
  { "2.1 Études comparatives", 1, 3, 9 },
  { "2.2 Production et diffusion du guide", 1, -1, -1 },
};

static const PslGanttChart plan = { G_N_ELEMENTS (plan_rows), plan_rows, 2026, 2, 12, 4.5 };

static void
test_gantt_geometry (void)
{
  PslGanttLayout layout;
  double width = 760, height = psl_gantt_chart_natural_height (&plan);

  psl_gantt_chart_layout (&plan, width, height, &layout);
  g_assert_cmpfloat_with_epsilon (layout.month_width, (width - layout.label_width) / 12, 1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (plan_rows); i++)
    {
      const PslDrawBox *bar = &layout.bars[i];
      int start = plan_rows[i].start, end = MIN (plan_rows[i].end, 11);

      if (start < 0)
        {
          g_assert_cmpfloat (bar->width, ==, 0);
          continue;
        }
      /* From the first day of its first month to the last of its last. */
      g_assert_cmpfloat_with_epsilon (bar->x, layout.label_width + layout.month_width * start, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->x + bar->width, layout.label_width + layout.month_width * (end + 1), 1e-9);
      g_assert_cmpfloat (bar->x + bar->width, <=, width + 1e-9);
      /* Inside its own row. */
      g_assert_cmpfloat (bar->y, >=, layout.header_height + layout.row_height * i);
      g_assert_cmpfloat (bar->y + bar->height, <=, layout.header_height + layout.row_height * (i + 1));
    }
  /* Activity 2 runs to month 14: cut at the chart's last month. */
  g_assert_cmpfloat_with_epsilon (layout.bars[6].x + layout.bars[6].width, width, 1e-9);
  psl_gantt_chart_layout_clear (&layout);
}

static void
test_gantt_reference (void)
{
  check_reference (psl_gantt_chart_draw, &plan, 760, (int) psl_gantt_chart_natural_height (&plan), "gantt.png");
}

/* The same function draws on paper: a PDF with the labels as text. */
static void
test_radar_pdf (void)
{
  const double *series[] = { rated_2026 };
  PslRadar radar = { G_N_ELEMENTS (criteria), criteria, 5, 1, series, NULL };
  g_autofree char *dir = g_dir_make_tmp ("passerelle-draw-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "radar.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, 595, 842);
  cairo_t *cr = cairo_create (surface);
  gsize length;

  cairo_translate (cr, 57, 57);
  psl_radar_draw (cr, 481, 400, &radar);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The picture itself, against the one accepted by eye. */
static void
test_radar_reference (void)
{
  const double *series[] = { rated_2025, rated_2026 };
  const char *names[] = { "2025", "2026" };
  PslRadar radar = { G_N_ELEMENTS (criteria), criteria, 5, 2, series, names };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 480, 400);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  psl_radar_draw (cr, 480, 400, &radar);
  cairo_destroy (cr);

  psl_test_image_matches (surface, "radar.png", 0.002, &error);
  g_assert_no_error (error);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  /* The month names of the Gantt chart in French, as users see them. */
  setlocale (LC_ALL, "");
  if (g_getenv ("PASSERELLE_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PASSERELLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/draw/radar/point", test_radar_point);
  g_test_add_func ("/draw/radar/inside", test_radar_inside);
  g_test_add_func ("/draw/radar/refuses", test_radar_refuses);
  g_test_add_func ("/draw/radar/pdf", test_radar_pdf);
  g_test_add_func ("/draw/radar/labels-apart", test_radar_labels_apart);
  g_test_add_func ("/draw/boxes-meet", test_boxes_meet);
  g_test_add_func ("/draw/quadrant/geometry", test_quadrant_geometry);
  g_test_add_func ("/draw/quadrant/reference", test_quadrant_reference);
  g_test_add_func ("/draw/bars/stacked-reference", test_stacked_bars_reference);
  g_test_add_func ("/draw/bars/limit-reference", test_bars_limit_reference);
  g_test_add_func ("/draw/bars/close-values-reference", test_bars_close_values_reference);
  g_test_add_func ("/draw/profile/reference", test_profile_reference);
  g_test_add_func ("/draw/gantt/geometry", test_gantt_geometry);
  g_test_add_func ("/draw/gantt/reference", test_gantt_reference);
  g_test_add_func ("/draw/radar/reference", test_radar_reference);
  g_test_add_func ("/draw/heat-map/reference", test_heat_map_reference);

  return g_test_run ();
}
