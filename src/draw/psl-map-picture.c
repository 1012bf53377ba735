/* psl-map-picture.c — the partnership map for any surface: places, labels,
 * nodes, legend
 *
 * Both views put their nodes (psl-target-map.c, psl-network-map.c); this
 * file labels them, draws them with their legend and answers "what is
 * under the pointer".  A label is shown whole, or shortened, or not at all
 * and counted: labels never cover each other nor a node.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include "psl-i18n.h"

#include "psl-map-picture-private.h"

#define LEGEND_WIDTH      210.0
#define LEGEND_COLUMN_MIN 150.0
#define LEGEND_LINE       16.0
#define SHORT_LABEL_CHARS 16
#define STRUCTURE_COLOUR  0.16, 0.24, 0.42
#define NEUTRAL_COLOUR    0.62

static const double neutral[3] = { NEUTRAL_COLOUR, NEUTRAL_COLOUR, NEUTRAL_COLOUR };

const double *
psl_map_node_colour (PslMapPicture    *picture,
                     const PslMapNode *node)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  int index = picture->kind == PSL_MAP_TARGET ? (int) node->sector : node->community;

  if (index < 0 || (picture->kind == PSL_MAP_NETWORK && index >= PSL_DRAW_N_SERIES - 1))
    return neutral;
  return theme->series[index % PSL_DRAW_N_SERIES];
}

static void
spot_clear (gpointer data)
{
  g_free (((PslMapSpot *) data)->text);
}

void
psl_map_picture_free (PslMapPicture *picture)
{
  if (picture == NULL)
    return;
  g_array_unref (picture->spots);
  g_array_unref (picture->counters);
  g_array_unref (picture->ring_radii);
  g_array_unref (picture->sector_angles);
  g_array_unref (picture->link_order);
  g_free (picture);
}

static int
compare_label_priority (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  PslPartnerMap *map = user_data;
  const PslMapNode *x = g_ptr_array_index (map->nodes, *(const guint *) a);
  const PslMapNode *y = g_ptr_array_index (map->nodes, *(const guint *) b);

  /* On the network the bridges are named first; on the target the most
   * useful partners. */
  if (x->centrality != y->centrality)
    return x->centrality > y->centrality ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static char *
shorten (const char *name)
{
  if (g_utf8_strlen (name, -1) <= SHORT_LABEL_CHARS)
    return NULL;
  {
    g_autofree char *head = g_utf8_substring (name, 0, SHORT_LABEL_CHARS - 1);

    return g_strconcat (g_strchomp (head), "…", NULL);
  }
}

static void
count_hidden (PslMapPicture    *picture,
              const PslMapNode *node,
              guint             index)
{
  if (picture->kind == PSL_MAP_TARGET && index > 0 && node->sector < picture->counters->len)
    g_array_index (picture->counters, PslMapCounter, node->sector).n_hidden++;
}

static void
place_labels (PslMapPicture  *picture,
              PslPartnerMap  *map,
              cairo_t        *cr,
              PslLabelPlacer *placer)
{
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, psl_draw_theme_get_default (), PSL_MAP_LABEL_SCALE, FALSE, "");
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), map->nodes->len);
  double min_char_width, line_height;
  int w, h;

  /* The narrowest a character can be ("i", "l"), and a line's height. */
  pango_layout_set_text (layout, "iiiiiiiiii", -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  min_char_width = w / 10.0;
  line_height = h;

  /* Nodes first: no label may cover one. */
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      psl_label_placer_block (placer, &(PslRect) { spot->x - spot->radius, spot->y - spot->radius,
                                                   2 * spot->radius, 2 * spot->radius });
      if (i > 0)
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_label_priority, map);
  /* On the network the structure is a node like the others, named first;
   * on the target its name is inside the centre. */
  if (picture->kind == PSL_MAP_NETWORK)
    g_array_prepend_val (order, (guint) { 0 });

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);
      PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);
      g_autofree char *short_name = NULL;
      const char *texts[2] = { node->name, NULL };

      /* Even the shortest label, at its narrowest, finds no room: no need
       * to measure it (most names of a crowded map). */
      if (!psl_label_placer_could_place (placer, spot->x, spot->y, spot->radius,
                                         MIN (g_utf8_strlen (node->name, -1), SHORT_LABEL_CHARS) * min_char_width,
                                         line_height))
        {
          count_hidden (picture, node, i);
          continue;
        }
      texts[1] = short_name = shorten (node->name);

      for (guint t = 0; t < G_N_ELEMENTS (texts) && !spot->labelled && texts[t] != NULL; t++)
        {
          int w, h;

          pango_layout_set_text (layout, texts[t], -1);
          pango_layout_get_pixel_size (layout, &w, &h);
          if (psl_label_placer_place (placer, spot->x, spot->y, spot->radius, w, h, &spot->label))
            {
              spot->labelled = TRUE;
              spot->text = g_strdup (texts[t]);
              picture->n_labelled++;
            }
        }
      if (!spot->labelled)
        count_hidden (picture, node, i);
    }
}

PslMapPicture *
psl_map_picture_new (PslPartnerMap *map,
                     PslMapKind     kind,
                     cairo_t       *cr,
                     double         width,
                     double         height)
{
  PslMapPicture *picture = g_new0 (PslMapPicture, 1);
  g_autoptr(PslLabelPlacer) placer = psl_label_placer_new (width, height);
  gboolean legend_right = width >= height * 1.15;

  picture->kind = kind;
  picture->width = width;
  picture->height = height;
  picture->spots = g_array_sized_new (FALSE, TRUE, sizeof (PslMapSpot), map->nodes->len);
  g_array_set_clear_func (picture->spots, spot_clear);
  g_array_set_size (picture->spots, map->nodes->len);
  picture->counters = g_array_new (FALSE, TRUE, sizeof (PslMapCounter));
  picture->ring_radii = g_array_new (FALSE, FALSE, sizeof (double));
  picture->sector_angles = g_array_new (FALSE, FALSE, sizeof (double));
  picture->link_order = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The legend beside the map on a wide surface, under it on a tall one. */
  if (legend_right)
    picture->plot = (PslRect) { 0, 0, MAX (width - LEGEND_WIDTH, width * 0.6), height };
  else
    picture->plot = (PslRect) { 0, 0, width, MAX (height - 12 * LEGEND_LINE, height * 0.6) };
  psl_label_placer_block (placer, &(PslRect) { legend_right ? picture->plot.width : 0,
                                               legend_right ? 0 : picture->plot.height,
                                               legend_right ? width - picture->plot.width : width,
                                               legend_right ? height : height - picture->plot.height });

  if (kind == PSL_MAP_TARGET)
    psl_target_map_place (picture, map, cr, placer);
  else
    psl_network_map_place (picture, map);
  place_labels (picture, map, cr, placer);
  return picture;
}

static void
path_node (cairo_t          *cr,
           const PslMapNode *node,
           const PslMapSpot *spot,
           double            grow)
{
  double r = spot->radius + grow;

  /* Partner structures are diamonds, so that they read in black and
   * white as well as in colour. */
  if (node->kind == PSL_MAP_NODE_PARTNER)
    {
      r *= 1.25;
      cairo_move_to (cr, spot->x, spot->y - r);
      cairo_line_to (cr, spot->x + r, spot->y);
      cairo_line_to (cr, spot->x, spot->y + r);
      cairo_line_to (cr, spot->x - r, spot->y);
      cairo_close_path (cr);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, spot->x, spot->y, r, 0, 2 * G_PI);
    }
}

static void
draw_structure (PslMapPicture *picture,
                PslPartnerMap *map,
                cairo_t       *cr)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, 0);
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 0.8, TRUE, map->structure_name);
  double side = spot->radius * 1.4;
  int w, h;

  cairo_arc (cr, spot->x, spot->y, spot->radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, STRUCTURE_COLOUR);
  cairo_fill (cr);

  /* The name inside the disc on the target; on the network it is labelled
   * like the other nodes. */
  if (picture->kind != PSL_MAP_TARGET)
    return;
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, side * PANGO_SCALE);
  pango_layout_set_height (layout, side * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, spot->x - w / 2.0, spot->y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_nodes (PslMapPicture *picture,
            PslPartnerMap *map,
            cairo_t       *cr)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, PSL_MAP_LABEL_SCALE, FALSE, "");

  cairo_set_line_width (cr, 0.7);
  for (guint i = 1; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      path_node (cr, node, spot, 0);
      psl_draw_set_colour (cr, psl_map_node_colour (picture, node));
      /* A disc of a few pixels is its colour, an outline would hide it;
       * on a crowded map the discs touch and go without. */
      if (spot->radius < 2.5 || (map->nodes->len > PSL_MAP_SMOOTH_LINKS && spot->radius < 6))
        {
          cairo_fill (cr);
          continue;
        }
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.55);
      cairo_stroke (cr);
    }
  draw_structure (picture, map, cr);

  psl_draw_set_colour (cr, theme->text);
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);

      if (!spot->labelled)
        continue;
      pango_layout_set_text (layout, spot->text, -1);
      cairo_move_to (cr, spot->label.x, spot->label.y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* The chosen node: ringed, with its whole name in a box over the rest. */
static void
draw_selected (PslMapPicture *picture,
               PslPartnerMap *map,
               cairo_t       *cr,
               guint          index)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  const PslMapNode *node = g_ptr_array_index (map->nodes, index);
  const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, index);
  g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, PSL_MAP_LABEL_SCALE, TRUE, node->name);
  double x, y;
  int w, h;

  path_node (cr, node, spot, 3);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);

  pango_layout_get_pixel_size (layout, &w, &h);
  x = CLAMP (spot->x + spot->radius + 6, 2, picture->width - w - 8);
  y = CLAMP (spot->y - h - spot->radius - 6, 2, picture->height - h - 6);
  cairo_rectangle (cr, x - 3, y - 2, w + 6, h + 4);
  cairo_set_source_rgba (cr, 1, 1, 0.94, 0.95);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The legend is a flow of lines that starts a new column when it reaches
 * the bottom of its box.  Columns share the box's width evenly, and a
 * long line wraps in its column rather than being cut. */
typedef struct
{
  cairo_t            *cr;
  const PslDrawTheme *theme;
  PslRect             box;
  double              column;
  double              x, y;
} Legend;

static gboolean
legend_next (Legend *legend,
             double  height)
{
  if (legend->y + height > legend->box.y + legend->box.height && legend->y > legend->box.y + 6)
    {
      legend->x += legend->column;
      legend->y = legend->box.y + 6;
    }
  return legend->x + 60 <= legend->box.x + legend->box.width;
}

static void
legend_heading (Legend     *legend,
                const char *text)
{
  g_autoptr(PangoLayout) layout = psl_draw_layout (legend->cr, legend->theme, 0.85, TRUE, text);
  PangoRectangle logical;
  double height;

  pango_layout_set_width (layout, MAX (legend->column - 8, 40) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_extents (layout, NULL, &logical);
  height = MAX (LEGEND_LINE, (double) logical.height / PANGO_SCALE + 2);
  /* A heading never ends a column: it goes with two of its lines. */
  if (!legend_next (legend, height + 2 * LEGEND_LINE))
    return;
  if (legend->y > legend->box.y + 6)
    legend->y += 4;
  psl_draw_set_colour (legend->cr, legend->theme->text);
  cairo_move_to (legend->cr, legend->x, legend->y);
  pango_cairo_show_layout (legend->cr, layout);
  cairo_new_path (legend->cr);
  legend->y += height;
}

/* The text of a line, wrapped to its column beside its mark. */
static PangoLayout *
legend_layout (Legend     *legend,
               const char *text,
               double     *height)
{
  PangoLayout *layout = psl_draw_layout (legend->cr, legend->theme, 0.8, FALSE, text);
  PangoRectangle logical;

  pango_layout_set_width (layout, MAX (legend->column - 26, 40) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_extents (layout, NULL, &logical);
  *height = MAX (LEGEND_LINE, (double) logical.height / PANGO_SCALE + 3);
  return layout;
}

static void
legend_show (Legend      *legend,
             PangoLayout *layout,
             double       height)
{
  psl_draw_set_colour (legend->cr, legend->theme->text);
  cairo_move_to (legend->cr, legend->x + 18, legend->y);
  pango_cairo_show_layout (legend->cr, layout);
  cairo_new_path (legend->cr);
  legend->y += height;
}

static void
legend_text (Legend     *legend,
             const char *text)
{
  double height;
  g_autoptr(PangoLayout) layout = legend_layout (legend, text, &height);

  if (legend_next (legend, height))
    legend_show (legend, layout, height);
}

static void
legend_swatch (Legend           *legend,
               PslMapNodeKind    kind,
               const double     *colour,
               double            radius,
               const char       *text)
{
  PslMapNode node = { .kind = kind };
  PslMapSpot spot = { .radius = radius };
  double height;
  g_autoptr(PangoLayout) layout = legend_layout (legend, text, &height);

  if (!legend_next (legend, height))
    return;
  spot.x = legend->x + 7;
  spot.y = legend->y + LEGEND_LINE / 2 - 1;
  path_node (legend->cr, &node, &spot, 0);
  psl_draw_set_colour (legend->cr, colour);
  cairo_fill_preserve (legend->cr);
  cairo_set_source_rgba (legend->cr, 0, 0, 0, 0.55);
  cairo_set_line_width (legend->cr, 0.7);
  cairo_stroke (legend->cr);
  legend_show (legend, layout, height);
}

static void
legend_line (Legend     *legend,
             double      width,
             int         dash,
             const char *text)
{
  double height;
  g_autoptr(PangoLayout) layout = legend_layout (legend, text, &height);

  if (!legend_next (legend, height))
    return;
  cairo_move_to (legend->cr, legend->x, legend->y + LEGEND_LINE / 2 - 1);
  cairo_line_to (legend->cr, legend->x + 14, legend->y + LEGEND_LINE / 2 - 1);
  cairo_set_source_rgb (legend->cr, 0.3, 0.3, 0.35);
  cairo_set_line_width (legend->cr, width);
  if (dash >= 0)
    psl_draw_set_series_dash (legend->cr, dash);
  cairo_stroke (legend->cr);
  cairo_set_dash (legend->cr, NULL, 0, 0);
  legend_show (legend, layout, height);
}

static void
draw_legend (PslMapPicture *picture,
             PslPartnerMap *map,
             cairo_t       *cr)
{
  const PslDrawTheme *theme = psl_draw_theme_get_default ();
  gboolean right = picture->plot.width < picture->width;
  Legend legend = { cr, theme };
  guint hidden = 0;

  legend.box = right ? (PslRect) { picture->plot.width + 8, 6, picture->width - picture->plot.width - 8, picture->height - 12 }
                     : (PslRect) { 8, picture->plot.height + 4, picture->width - 16, picture->height - picture->plot.height - 8 };
  legend.column = legend.box.width / MAX (1.0, floor (legend.box.width / LEGEND_COLUMN_MIN));
  legend.x = legend.box.x;
  legend.y = legend.box.y + 6;

  legend_heading (&legend, _("Who"));
  legend_swatch (&legend, PSL_MAP_NODE_COMPANY, neutral, 5, _("Firm"));
  legend_swatch (&legend, PSL_MAP_NODE_PARTNER, neutral, 4, _("Partner structure"));

  if (picture->kind == PSL_MAP_TARGET)
    {
      legend_heading (&legend, map->filter.rings == PSL_MAP_RINGS_LEVEL ? _("Rings: partnership level")
                                                                      : _("Rings: how often in touch"));
      legend_text (&legend, _("nearest the centre: the closest"));
      legend_heading (&legend, _("Opportunities realised"));
      legend_swatch (&legend, PSL_MAP_NODE_COMPANY, neutral, 3, _("none"));
      legend_swatch (&legend, PSL_MAP_NODE_COMPANY, neutral, 5, "1");
      legend_swatch (&legend, PSL_MAP_NODE_COMPANY, neutral, 7.5, "5");
      legend_text (&legend, _("and the line to the centre thickens"));
      legend_heading (&legend, _("Colour: sector"));
      for (guint s = 0; s < map->sectors->len; s++)
        {
          PslMapNode node = { .sector = s };

          legend_swatch (&legend, PSL_MAP_NODE_COMPANY, psl_map_node_colour (picture, &node), 4,
                         ((PslMapSector *) g_ptr_array_index (map->sectors, s))->label);
        }
    }
  else
    {
      legend_heading (&legend, _("Size: holds the network together"));
      legend_text (&legend, _("(the bridges between the others)"));
      legend_heading (&legend, _("Colour: groups that work together"));
      for (guint c = 0; c < MIN (map->n_communities, PSL_DRAW_N_SERIES - 1); c++)
        {
          g_autofree char *text = g_strdup_printf (_("Group %u"), c + 1);
          PslMapNode node = { .community = c };

          legend_swatch (&legend, PSL_MAP_NODE_COMPANY, psl_map_node_colour (picture, &node), 4, text);
        }
      legend_swatch (&legend, PSL_MAP_NODE_COMPANY, neutral, 4, _("Other"));
      legend_heading (&legend, _("Links"));
      for (guint k = 0; k < PSL_MAP_N_LINK_KINDS; k++)
        legend_line (&legend, 1.5, k, psl_map_link_kind_label (k));
    }

  for (guint i = 1; i < picture->spots->len; i++)
    hidden += !g_array_index (picture->spots, PslMapSpot, i).labelled;
  if (hidden > 0 || map->n_left_out > 0 || picture->n_links_hidden > 0)
    legend_heading (&legend, _("Not shown"));
  if (picture->n_links_hidden > 0)
    {
      g_autofree char *text = g_strdup_printf (psl_ngettext ("%u weaker link", "%u weaker links",
                                                            picture->n_links_hidden), picture->n_links_hidden);
      legend_text (&legend, text);
    }
  if (hidden > 0)
    {
      g_autofree char *text = picture->on_paper
                              ? g_strdup_printf (psl_ngettext ("%u name left out for want of room",
                                                               "%u names left out for want of room", hidden), hidden)
                              : g_strdup_printf (psl_ngettext ("%u name (zoom in to read it)",
                                                               "%u names (zoom in to read them)", hidden), hidden);
      legend_text (&legend, text);
    }
  if (map->n_left_out > 0)
    {
      g_autofree char *text = g_strdup_printf (psl_ngettext ("%u less active contact",
                                                            "%u less active contacts", map->n_left_out),
                                               map->n_left_out);
      legend_text (&legend, text);
    }
}

void
psl_map_picture_draw (PslMapPicture *picture,
                      PslPartnerMap *map,
                      cairo_t       *cr,
                      int            selected)
{
  cairo_save (cr);
  /* Text leaves a current point that the first arc would join. */
  cairo_new_path (cr);
  if (picture->kind == PSL_MAP_TARGET)
    psl_target_map_draw_under (picture, map, cr);
  else
    psl_network_map_draw_under (picture, map, cr);
  draw_nodes (picture, map, cr);
  draw_legend (picture, map, cr);
  if (selected > 0 && (guint) selected < map->nodes->len)
    draw_selected (picture, map, cr, selected);
  cairo_restore (cr);
}

int
psl_map_picture_hit (PslMapPicture *picture,
                     double         x,
                     double         y)
{
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  /* The nearest disc within reach, with a little slack for small ones. */
  for (guint i = 0; i < picture->spots->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);
      double d = hypot (spot->x - x, spot->y - y);

      if (d <= MAX (spot->radius * 1.25, 5) && d < best_distance)
        {
          best = i;
          best_distance = d;
        }
    }
  return best;
}

int
psl_map_picture_next (PslMapPicture *picture,
                      int            index,
                      int            direction)
{
  const PslMapSpot *from = index >= 0 && (guint) index < picture->spots->len
                           ? &g_array_index (picture->spots, PslMapSpot, index) : NULL;
  int best = -1;

  /* Reading order: by rows of a label's height, then left to right. */
  for (guint i = 1; i < picture->spots->len; i++)
    {
      const PslMapSpot *spot = &g_array_index (picture->spots, PslMapSpot, i);
      const PslMapSpot *current = best >= 0 ? &g_array_index (picture->spots, PslMapSpot, best) : NULL;
#define KEY(s, n) (floor ((s)->y / 12.0) * 1e6 + (s)->x + (n) * 1e-6)
      double key = KEY (spot, i);

      if (from != NULL && (direction > 0 ? key <= KEY (from, index) : key >= KEY (from, index)))
        continue;
      if (current == NULL || (direction > 0 ? key < KEY (current, best) : key > KEY (current, best)))
        best = i;
#undef KEY
    }
  return best >= 0 ? best : index;
}

gboolean
psl_map_picture_write (PslPartnerMap  *map,
                       PslMapKind      kind,
                       const char     *title,
                       const char     *path,
                       GError        **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  gboolean png = g_str_has_suffix (lower, ".png");
  /* A4 landscape in points for PDF; pixels otherwise. */
  double width = g_str_has_suffix (lower, ".pdf") ? 842 : 1600;
  double height = g_str_has_suffix (lower, ".pdf") ? 595 : 1130;
  double top = title != NULL ? 34 : 0;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  else if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create (partial, width, height);
  else if (g_str_has_suffix (lower, ".pdf"))
    surface = cairo_pdf_surface_create (partial, width, height);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The file name must end in .png, .svg, .pdf or .dot."));
      return FALSE;
    }

  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (title != NULL)
    {
      /* The title fits the page: smaller when long, then on two lines. */
      const PslDrawTheme *theme = psl_draw_theme_get_default ();
      g_autoptr(PangoLayout) layout = psl_draw_layout (cr, theme, 1.3, TRUE, title);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (w > width - 32)
        {
          g_clear_object (&layout);
          layout = psl_draw_layout (cr, theme, MAX (0.9, 1.3 * (width - 32) / w), TRUE, title);
          pango_layout_set_width (layout, (int) (width - 32) * PANGO_SCALE);
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          pango_layout_get_pixel_size (layout, &w, &h);
        }
      psl_draw_set_colour (cr, theme->text);
      cairo_move_to (cr, 16, 10);
      pango_cairo_show_layout (cr, layout);
      top = 10 + h + 6;
    }
  cairo_translate (cr, 12, top);
  {
    g_autoptr(PslMapPicture) picture = psl_map_picture_new (map, kind, cr, width - 24, height - top - 8);

    picture->on_paper = TRUE;

    psl_map_picture_draw (picture, map, cr, -1);
  }
  cairo_destroy (cr);
  if (png)
    status = cairo_surface_write_to_png (surface, partial);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  /* Written beside and renamed over: a failed export leaves the old file. */
  if (status != CAIRO_STATUS_SUCCESS || g_rename (partial, path) != 0)
    {
      g_unlink (partial);
      /* Translators: %s is a file name */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The map could not be written to “%s”."), path);
      return FALSE;
    }
  return TRUE;
}
