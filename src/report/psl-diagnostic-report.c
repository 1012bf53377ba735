/* psl-diagnostic-report.c — the diagnostic of the employer-relations service: the team's answers and other structures', side by side
 *
 * For the pact's comparison day: question by question, how many in each
 * structure answered what (stacked bars where a scale has more than two
 * steps, a shaded table for the networks × phases), then every free text
 * with its author and structure.  Where the program already knows the
 * answer (the target of question 2, the positioning of question 51,
 * the opportunities by phase, the placements by sex and trade), its
 * figures are printed beside what the team said.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-bar-chart.h"
#include "psl-diagnostic.h"
#include "psl-diagnostic-report.h"
#include "psl-format.h"
#include "psl-heat-map.h"
#include "psl-map-picture.h"
#include "psl-mentor.h"
#include "psl-positioning-report.h"
#include "psl-profile-chart.h"
#include "psl-report.h"

#define BODY_WIDTH    (PSL_A4_WIDTH - 2 * 52.0)
#define BAR_HEIGHT    170
#define TARGET_HEIGHT 420
#define PROFILE_HEIGHT 430
#define MAX_STRUCTURES 6u  /* side by side in a table of A4 width */

typedef struct
{
  PslStore          *store;
  PslDocument       *doc;
  PslDiagnosticGrid *grid;
  GPtrArray         *structures;
  gboolean           shown_sexes;
} Report;

static gint64
counted (const PslDiagnosticStructure *s,
         const char                   *question,
         const char                   *key)
{
  JsonObject *questions = json_object_get_object_member (s->consolidated, "questions");
  JsonObject *counts;
  JsonNode *n;

  if (questions == NULL || !json_object_has_member (questions, question))
    return 0;
  counts = json_object_get_object_member (json_object_get_object_member (questions, question), "counts");
  n = counts != NULL ? json_object_get_member (counts, key) : NULL;
  return n != NULL && json_node_get_value_type (n) == G_TYPE_INT64 ? json_node_get_int (n) : 0;
}

static JsonArray *
texts_of (const PslDiagnosticStructure *s,
          const char                   *question)
{
  JsonObject *questions = json_object_get_object_member (s->consolidated, "questions");

  if (questions == NULL || !json_object_has_member (questions, question))
    return NULL;
  return json_object_get_array_member (json_object_get_object_member (questions, question), "texts");
}

/* "Mission locale (3)": the structure and how many answered. */
static char *
structure_header (const PslDiagnosticStructure *s)
{
  /* Translators: a column of the diagnostic: a structure and how many of its staff answered */
  return g_strdup_printf (_("%s (%u)"), s->name, s->respondents);
}

/* A table of the label column then one column per structure. */
static PslDocumentTable *
add_count_table (Report     *r,
                 const char *first)
{
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *widths = g_new0 (double, r->structures->len + 1);

  g_ptr_array_add (headers, g_strdup (first));
  widths[0] = 3.2;
  for (guint i = 0; i < r->structures->len; i++)
    {
      g_ptr_array_add (headers, structure_header (g_ptr_array_index (r->structures, i)));
      widths[i + 1] = 1.2;
    }
  return psl_document_add_table (r->doc, headers->len, (const char * const *) headers->pdata, widths);
}

static void
add_count_row (Report     *r,
               PslDocumentTable *table,
               const char *label,
               const char *question,
               const char *key)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (label));
  for (guint i = 0; i < r->structures->len; i++)
    {
      const PslDiagnosticStructure *s = g_ptr_array_index (r->structures, i);

      g_ptr_array_add (cells, psl_format_count (counted (s, question, key)));
    }
  psl_document_table_add_row (table, (const char * const *) cells->pdata);
}

/* Stacked bars: one per structure (and row), the scale's steps stacked. */
static void
add_scale_chart (Report                      *r,
                 const PslDiagnosticQuestion *q,
                 const PslDiagnosticOption   *row)
{
  PslBarChart *chart = psl_bar_chart_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint o = 0; o < q->options->len; o++)
    g_ptr_array_add (names, ((PslDiagnosticOption *) g_ptr_array_index (q->options, o))->label);
  g_ptr_array_add (names, NULL);
  psl_bar_chart_set_series (chart, (const char * const *) names->pdata);
  psl_bar_chart_set_stacked (chart, TRUE);
  for (guint i = 0; i < r->structures->len; i++)
    {
      const PslDiagnosticStructure *s = g_ptr_array_index (r->structures, i);
      g_autofree double *values = g_new0 (double, q->options->len);

      for (guint o = 0; o < q->options->len; o++)
        {
          const PslDiagnosticOption *option = g_ptr_array_index (q->options, o);
          g_autofree char *key = row != NULL ? g_strdup_printf ("%s/%s", row->code, option->code)
                                             : g_strdup (option->code);

          values[o] = (double) counted (s, q->code, key);
        }
      psl_bar_chart_add_group (chart, s->name, values);
    }
  psl_document_add_chart (r->doc, BAR_HEIGHT, psl_bar_chart_draw, chart, (GDestroyNotify) psl_bar_chart_free);
}

static void
add_choice (Report                      *r,
            const PslDiagnosticQuestion *q)
{
  PslDocumentTable *table = add_count_table (r, _("Answer"));
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint o = 0; o < q->options->len; o++)
    {
      const PslDiagnosticOption *option = g_ptr_array_index (q->options, o);

      add_count_row (r, table, option->label, q->code, option->code);
    }
  /* Those who answered the grid but not this question. */
  g_ptr_array_add (cells, g_strdup (_("No answer")));
  for (guint i = 0; i < r->structures->len; i++)
    {
      const PslDiagnosticStructure *s = g_ptr_array_index (r->structures, i);
      gint64 said = 0;

      for (guint o = 0; o < q->options->len; o++)
        said += counted (s, q->code, ((PslDiagnosticOption *) g_ptr_array_index (q->options, o))->code);
      g_ptr_array_add (cells, psl_format_count (MAX (0, (gint64) s->respondents - said)));
    }
  psl_document_table_add_row (table, (const char * const *) cells->pdata);
  if (q->options->len > 2)
    add_scale_chart (r, q, NULL);
}

static void
add_checks (Report                      *r,
            const PslDiagnosticQuestion *q)
{
  PslDocumentTable *table = add_count_table (r, q->checks_label != NULL ? q->checks_label : _("Ticked"));

  for (guint c = 0; c < q->checks->len; c++)
    {
      const PslDiagnosticOption *check = g_ptr_array_index (q->checks, c);
      g_autofree char *key = g_strconcat ("check:", check->code, NULL);

      add_count_row (r, table, check->label, q->code, key);
    }
}

static void
add_rows (Report                      *r,
          const PslDiagnosticQuestion *q)
{
  for (guint w = 0; w < q->rows->len; w++)
    {
      const PslDiagnosticOption *row = g_ptr_array_index (q->rows, w);
      PslDocumentTable *table;

      psl_document_add_paragraph (r->doc, row->label);
      table = add_count_table (r, _("Answer"));
      for (guint o = 0; o < q->options->len; o++)
        {
          const PslDiagnosticOption *option = g_ptr_array_index (q->options, o);
          g_autofree char *key = g_strdup_printf ("%s/%s", row->code, option->code);

          add_count_row (r, table, option->label, q->code, key);
        }
      if (q->options->len > 2)
        add_scale_chart (r, q, row);
    }
}

typedef struct
{
  PslHeatMap   map;
  GPtrArray   *rows;
  GPtrArray   *columns;
  guint       *counts;
  char        *title;
} HeatMap;

static void
heat_map_free (HeatMap *h)
{
  g_ptr_array_unref (h->rows);
  g_ptr_array_unref (h->columns);
  g_free (h->counts);
  g_free (h->title);
  g_free (h);
}

static void
add_heat_map (Report                       *r,
              const PslDiagnosticQuestion  *q,
              const PslDiagnosticStructure *s)
{
  HeatMap *h = g_new0 (HeatMap, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  /* The chart outlives the grid: it keeps its own labels. */
  h->rows = g_ptr_array_new_with_free_func (g_free);
  h->columns = g_ptr_array_new_with_free_func (g_free);
  h->counts = g_new0 (guint, q->rows->len * q->columns->len);
  for (guint w = 0; w < q->rows->len; w++)
    g_ptr_array_add (h->rows, g_strdup (((PslDiagnosticOption *) g_ptr_array_index (q->rows, w))->label));
  for (guint c = 0; c < q->columns->len; c++)
    g_ptr_array_add (h->columns, g_strdup (((PslDiagnosticOption *) g_ptr_array_index (q->columns, c))->label));
  for (guint w = 0; w < q->rows->len; w++)
    for (guint c = 0; c < q->columns->len; c++)
      {
        g_autofree char *key = g_strdup_printf ("%s/%s", ((PslDiagnosticOption *) g_ptr_array_index (q->rows, w))->code,
                                                ((PslDiagnosticOption *) g_ptr_array_index (q->columns, c))->code);

        h->counts[w * q->columns->len + c] = (guint) counted (s, q->code, key);
      }
  h->map.n_rows = q->rows->len;
  h->map.n_columns = q->columns->len;
  h->map.row_labels = (const char * const *) h->rows->pdata;
  h->map.column_labels = (const char * const *) h->columns->pdata;
  h->map.counts = h->counts;
  h->map.whole = s->respondents;
  h->title = structure_header (s);
  h->map.title = h->title;
  /* Measured as it will be drawn, to keep it whole on its page. */
  psl_document_add_chart (r->doc, psl_heat_map_height (cr, &h->map, BODY_WIDTH), psl_heat_map_draw, h,
                          (GDestroyNotify) heat_map_free);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Every text, with the structure and the author that wrote it. */
static void
add_texts (Report                      *r,
           const PslDiagnosticQuestion *q)
{
  static const double widths[] = { 2.6, 1.5, 1.3, 4.2 };
  const char *headers[] = { _("About"), _("Structure"), _("Written by"), _("Answer") };
  PslDocumentTable *table = NULL;

  for (guint i = 0; i < r->structures->len; i++)
    {
      const PslDiagnosticStructure *s = g_ptr_array_index (r->structures, i);
      JsonArray *texts = texts_of (s, q->code);

      for (guint t = 0; texts != NULL && t < json_array_get_length (texts); t++)
        {
          JsonObject *entry = json_array_get_object_element (texts, t);
          const char *field = json_object_get_string_member (entry, "field");
          const char *about = psl_diagnostic_option_label (q->texts, field);
          g_autofree char *cell = NULL;
          const char *cells[4];

          if (about == NULL && q->kind == PSL_DIAGNOSTIC_GRID && strchr (field, '/') != NULL)
            {
              g_auto(GStrv) parts = g_strsplit (field, "/", 2);

              cell = g_strdup_printf ("%s — %s", psl_report_or_dash (psl_diagnostic_option_label (q->rows, parts[0])),
                                      psl_report_or_dash (psl_diagnostic_option_label (q->columns, parts[1])));
              about = cell;
            }
          if (table == NULL)
            table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);
          cells[0] = about != NULL && *about != '\0' ? about : "—";
          cells[1] = s->name;
          cells[2] = json_object_get_string_member (entry, "author");
          cells[3] = json_object_get_string_member (entry, "text");
          psl_document_table_add_row (table, cells);
        }
    }
}

static void
draw_target (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  g_autoptr(PslMapPicture) picture = psl_map_picture_new (data, PSL_MAP_TARGET, cr, width, height);

  picture->on_paper = TRUE;

  psl_map_picture_draw (picture, data, cr, -1);
}

/* Question 2: the structure's target drawn from its contacts of the last
 * twelve months, rings by how often (as the question asks). */
static void
add_target (Report *r)
{
  g_autoptr(GDate) today = g_date_new ();
  g_autoptr(GDate) year_ago = NULL;
  PslMapFilter filter = { .max_nodes = 60, .rings = PSL_MAP_RINGS_FREQUENCY };
  g_autoptr(GError) error = NULL;
  PslPartnerMap *map;

  g_date_set_time_t (today, time (NULL));
  year_ago = g_date_copy (today);
  g_date_subtract_years (year_ago, 1);
  filter.from = psl_date_to_iso (year_ago);
  filter.to = psl_date_to_iso (today);
  map = psl_partner_map_load (r->store, &filter, &error);
  psl_map_filter_clear (&filter);
  if (map == NULL || !psl_partner_map_analyse (map, &error))
    {
      g_clear_pointer (&map, psl_partner_map_unref);
      psl_document_add_note (r->doc, error->message);
      return;
    }
  psl_document_add_note (r->doc, _("Beside the answers, this structure’s target as recorded: the partners of the last "
                                   "twelve months, nearer the centre the more often they were in touch."));
  psl_document_add_chart (r->doc, TARGET_HEIGHT, draw_target, map, (GDestroyNotify) psl_partner_map_unref);
}

static void
draw_profile (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  psl_profile_chart_draw (cr, width, height, &((PslPositioningChart *) data)->chart);
}

/* Question 51: the positioning filled in with its own tool. */
static void
add_positioning (Report *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PslPositioning) positioning = psl_positioning_load (r->store, &error);
  PslPositioningChart *chart;

  if (positioning == NULL)
    {
      psl_document_add_note (r->doc, error->message);
      return;
    }
  if (positioning->answered_on == NULL)
    {
      psl_document_add_note (r->doc, _("The positioning of this structure is not filled in yet (Reports, "
                                       "“Positioning of the service”)."));
      return;
    }
  psl_document_add_note (r->doc, _("Beside the answers, the positioning this structure filled in."));
  chart = g_new0 (PslPositioningChart, 1);
  psl_positioning_chart_fill (chart, positioning);
  psl_document_add_chart (r->doc, PROFILE_HEIGHT, draw_profile, chart, g_free);
}

static void
add_opportunities (Report *r)
{
  const char *headers[] = { _("Phase of the pathway"), _("Opportunities recorded") };
  static const double widths[] = { 3, 1.5 };
  const char *phases[] = { NULL, _("Orientation"), _("Confirmation of the project"), _("Work-study training"),
                           _("Employment") };
  g_autoptr(GError) error = NULL;
  guint counts[5];
  PslDocumentTable *table;

  if (!psl_diagnostic_opportunities_by_phase (r->store, counts, &error))
    {
      psl_document_add_note (r->doc, error->message);
      return;
    }
  psl_document_add_note (r->doc, _("Beside the answers, the opportunities this structure recorded with firms, by phase: "
                                    "the row “Entreprises” of the table."));
  table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint p = 1; p <= 4; p++)
    {
      g_autofree char *n = psl_format_count (counts[p]);

      psl_document_table_add_row (table, (const char *[]) { phases[p], n });
    }
}

/* The row "Parrainage" of question 1: the mentors the program records.
 * Counts only: a meeting's note is the team's, never printed. */
static void
add_mentoring (Report *r)
{
  const char *headers[] = { _("Mentoring recorded"), _("Number") };
  static const double widths[] = { 3, 1.5 };
  g_autoptr(GError) error = NULL;
  g_autofree char *today = psl_today_iso ();
  PslMentoringFigures figures;
  PslDocumentTable *table;
  struct { const char *label; guint value; } rows[] = {
    { _("Volunteer mentors"), 0 },
    { _("Mentors following someone today"), 0 },
    { _("People with a mentor today"), 0 },
    { _("People with a mentor over twelve months"), 0 },
    { _("Meetings over twelve months"), 0 },
  };

  if (!psl_mentoring_figures (r->store, today, &figures, &error))
    {
      psl_document_add_note (r->doc, error->message);
      return;
    }
  rows[0].value = figures.mentors;
  rows[1].value = figures.active_mentors;
  rows[2].value = figures.mentored_now;
  rows[3].value = figures.mentored_year;
  rows[4].value = figures.meetings_year;
  psl_document_add_note (r->doc, _("Beside the row “Parrainage”, the volunteer mentors this structure records "
                                    "(Firms › Mentors)."));
  table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *n = psl_format_count (rows[i].value);

      psl_document_table_add_row (table, (const char *[]) { rows[i].label, n });
    }
}

/* Question 9 asks how opportunities come; the program records it. */
static void
add_origins (Report *r)
{
  const char *headers[] = { _("How it came"), _("Opportunities recorded") };
  static const double widths[] = { 3, 1.5 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = psl_diagnostic_opportunities_by_origin (r->store, &error);
  PslDocumentTable *table;

  if (counts == NULL)
    {
      psl_document_add_note (r->doc, error->message);
      return;
    }
  psl_document_add_note (r->doc, _("Beside the answers, the opportunities this structure recorded, by how they "
                                    "came."));
  table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < counts->len; i++)
    {
      const PslDiagnosticCount *count = g_ptr_array_index (counts, i);
      g_autofree char *n = psl_format_count (count->count);

      psl_document_table_add_row (table, (const char *[]) { count->label, n });
    }
}

static void
add_placements_by_sex (Report *r)
{
  const char *headers[] = { _("Trade"), _("Women"), _("Men"), _("Not given") };
  static const double widths[] = { 3, 1, 1, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = psl_diagnostic_placements_by_sex (r->store, &error);
  PslDocumentTable *table;
  guint women = 0, men = 0, other = 0;

  if (rows == NULL)
    {
      psl_document_add_note (r->doc, error->message);
      return;
    }
  psl_document_add_note (r->doc, _("Beside the answers, the immersions and contracts this structure started, by "
                                    "trade and by sex."));
  if (rows->len == 0)
    {
      psl_document_add_note (r->doc, _("No immersion or contract has started yet."));
      return;
    }
  table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < rows->len; i++)
    {
      const PslDiagnosticSexRow *row = g_ptr_array_index (rows, i);
      g_autofree char *f = psl_format_count (row->women);
      g_autofree char *m = psl_format_count (row->men);
      g_autofree char *o = psl_format_count (row->other);

      psl_document_table_add_row (table, (const char *[]) { row->trade, f, m, o });
      women += row->women;
      men += row->men;
      other += row->other;
    }
  {
    g_autofree char *f = psl_format_count (women);
    g_autofree char *m = psl_format_count (men);
    g_autofree char *o = psl_format_count (other);

    psl_document_table_add_total (table, (const char *[]) { _("Total"), f, m, o });
  }
}

static void
add_question (Report                      *r,
              const PslDiagnosticQuestion *q)
{
  /* Translators: a question of the diagnostic grid: its number and its wording */
  g_autofree char *heading = g_strdup_printf (_("%u. %s"), q->number, q->label);

  psl_document_add_heading (r->doc, heading);
  if (q->hint != NULL)
    psl_document_add_note (r->doc, q->hint);
  switch (q->kind)
    {
    case PSL_DIAGNOSTIC_CHOICE:
      add_choice (r, q);
      break;
    case PSL_DIAGNOSTIC_ROWS:
      add_rows (r, q);
      break;
    case PSL_DIAGNOSTIC_GRID:
      if (!q->cell_text)
        for (guint i = 0; i < r->structures->len; i++)
          add_heat_map (r, q, g_ptr_array_index (r->structures, i));
      break;
    case PSL_DIAGNOSTIC_TEXT:
    case PSL_DIAGNOSTIC_TOOL:
    default:
      break;
    }
  if (q->checks != NULL)
    add_checks (r, q);
  add_texts (r, q);

  if (g_strcmp0 (q->tool, "target_map") == 0)
    add_target (r);
  else if (g_strcmp0 (q->tool, "positioning") == 0)
    add_positioning (r);
  if (g_strcmp0 (q->data, "opportunities_by_network") == 0)
    {
      add_opportunities (r);
      add_mentoring (r);
    }
  else if (g_strcmp0 (q->data, "opportunities_by_origin") == 0)
    add_origins (r);
  else if (g_strcmp0 (q->data, "placements_by_sex") == 0 && !r->shown_sexes)
    {
      add_placements_by_sex (r);
      r->shown_sexes = TRUE;
    }
}

static void
add_structures (Report *r)
{
  const char *headers[] = { _("Structure"), _("Staff who answered"), _("Answers as of") };
  static const double widths[] = { 3, 1.4, 1.6 };
  PslDocumentTable *table = psl_document_add_table (r->doc, G_N_ELEMENTS (headers), headers, widths);

  for (guint i = 0; i < r->structures->len; i++)
    {
      const PslDiagnosticStructure *s = g_ptr_array_index (r->structures, i);
      g_autofree char *n = psl_format_count (s->respondents);
      g_autofree char *day = s->exported_at != NULL ? g_strndup (s->exported_at, 10) : NULL;
      g_autofree char *date = day != NULL ? psl_format_date (day) : g_strdup (_("today, this structure"));

      psl_document_table_add_row (table, (const char *[]) { s->name, n, date });
    }
}

PslDocument *
psl_diagnostic_report_new (PslStore  *store,
                           GError   **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (store, PSL_DIAGNOSTIC_GRID_CODE, error);
  g_autoptr(GPtrArray) structures = NULL;
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  Report r = { store };
  const char *section = NULL;

  if (grid == NULL || (structures = psl_diagnostic_structures (store, grid, error)) == NULL
      || (doc = psl_report_document_new (store, _("Diagnostic of the Employer-Relations Service"), error)) == NULL)
    return NULL;
  r.doc = doc;
  r.grid = grid;
  r.structures = structures;
  /* Translators: under the diagnostic's title: the grid's title and version */
  subtitle = g_strdup_printf (_("%s, version %u"), grid->title, grid->version);
  psl_document_set_subtitle (doc, subtitle);
  psl_document_add_paragraph (doc, _("Each member of staff answered on their own; the counts say how many answered "
                                     "what in each structure, and every text is given with its author."));
  add_structures (&r);
  /* A table of A4 width holds six structures side by side: the others
   * are named above but left out of the comparison, and it says so. */
  if (structures->len > MAX_STRUCTURES)
    {
      g_autofree char *note = g_strdup_printf (_("Only the first %u structures are compared below; print the others "
                                                 "from a base that holds fewer."), MAX_STRUCTURES);

      psl_document_add_note (doc, note);
      g_ptr_array_set_size (structures, MAX_STRUCTURES);
    }
  for (guint i = 0; i < grid->questions->len; i++)
    {
      const PslDiagnosticQuestion *q = g_ptr_array_index (grid->questions, i);

      if (q->section != section)
        {
          if (section != NULL)
            psl_document_add_page_break (doc);
          psl_document_add_heading (doc, q->section);
          section = q->section;
        }
      if (q->starts_part && *q->part != '\0')
        psl_document_add_paragraph (doc, q->part);
      if (q->starts_part && q->part_note != NULL)
        psl_document_add_note (doc, q->part_note);
      add_question (&r, q);
    }
  return g_steal_pointer (&doc);
}
