/* psl-map-report.c — "Carte des partenariats": the target, the network and
 * the most active firms and partners, on A4
 *
 * The pictures are the window's own (psl-map-picture), drawn again at the
 * size of the paper; the table says in figures what they show by size
 * and place, for a funder who reads figures.
 */

#define G_LOG_DOMAIN "psl-report"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-map-picture.h"
#include "psl-map-report.h"
#include "psl-report.h"

/* A picture's height on the page, in points: the rest of an A4 page under
 * its heading. */
#define PICTURE_HEIGHT 600
#define TABLE_ROWS     60

typedef struct
{
  PslPartnerMap *map;
  PslMapKind     kind;
} Picture;

static void
picture_free (Picture *picture)
{
  psl_partner_map_unref (picture->map);
  g_free (picture);
}

static void
draw_picture (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  Picture *p = data;
  g_autoptr(PslMapPicture) picture = psl_map_picture_new (p->map, p->kind, cr, width, height);

  picture->on_paper = TRUE;

  psl_map_picture_draw (picture, p->map, cr, -1);
}

static void
add_picture (PslDocument   *doc,
             PslPartnerMap *map,
             PslMapKind     kind)
{
  Picture *picture = g_new0 (Picture, 1);

  picture->map = psl_partner_map_ref (map);
  picture->kind = kind;
  psl_document_add_chart (doc, PICTURE_HEIGHT, draw_picture, picture, (GDestroyNotify) picture_free);
}

static void
add_table (PslDocument   *doc,
           PslPartnerMap *map)
{
  static const double widths[] = { 4, 2.4, 2.4, 1.1, 1.1, 1.1, 1.1, 1.1 };
  const char *headers[] = { _("Name"), _("Sector or kind"), _("Ring"), _("Exchanges"), _("Opportunities realised"),
                            _("People started"), _("People referred"), _("Holds the network") };
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  PslDocumentTable *table;

  for (guint i = 1; i < map->nodes->len; i++)
    g_ptr_array_add (nodes, g_ptr_array_index (map->nodes, i));
  g_ptr_array_sort (nodes, psl_map_node_compare_score);

  psl_document_add_heading (doc, _("The Most Active"));
  table = psl_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < MIN (nodes->len, TABLE_ROWS); i++)
    {
      const PslMapNode *node = g_ptr_array_index (nodes, i);
      const char *sector = node->kind == PSL_MAP_NODE_PARTNER ? node->detail
                           : ((PslMapSector *) g_ptr_array_index (map->sectors, node->sector))->label;
      g_autofree char *contacts = psl_format_count (node->interactions);
      g_autofree char *realised = psl_format_count (node->realised);
      g_autofree char *placed = psl_format_count (node->placements);
      g_autofree char *referred = psl_format_count (node->referrals);
      g_autofree char *bridge = g_strdup_printf ("%.0f %%", 100 * node->centrality);
      const char *cells[] = { node->name, psl_report_or_dash (sector), g_ptr_array_index (map->rings, node->ring),
                              contacts, realised, placed, referred, bridge };

      psl_document_table_add_row (table, cells);
    }
  if (nodes->len > TABLE_ROWS)
    {
      g_autofree char *more = psl_format_count (nodes->len - TABLE_ROWS);
      /* Translators: %s is a count */
      g_autofree char *note = g_strdup_printf (_("%s more are on the map and in the window's list."), more);

      psl_document_add_note (doc, note);
    }
}

PslDocument *
psl_map_report_new (PslStore       *store,
                    PslPartnerMap  *map,
                    GError        **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslDocument) doc = NULL;
  g_autofree char *period = NULL;
  guint firms = 0, partners = 0, realised = 0;

  if (!psl_partner_map_analyse (map, error)
      || (doc = psl_report_document_new_for_antenna (store, _("Partnership Map"), map->filter.antenna_id,
                                                      error)) == NULL)
    return NULL;
  period = psl_report_period (map->filter.from, map->filter.to);
  psl_document_set_subtitle (doc, period);

  for (guint i = 1; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);

      firms += node->kind == PSL_MAP_NODE_COMPANY;
      partners += node->kind == PSL_MAP_NODE_PARTNER;
      realised += node->kind == PSL_MAP_NODE_COMPANY ? node->realised : 0;
    }
  psl_report_add_count (doc, firms, ngettext ("firm worked with", "firms worked with", firms));
  psl_report_add_count (doc, partners, ngettext ("partner structure", "partner structures", partners));
  psl_report_add_count (doc, realised, ngettext ("opportunity realised with them",
                                                 "opportunities realised with them", realised));
  psl_report_add_count (doc, map->n_communities, ngettext ("group that works together",
                                                           "groups that work together", map->n_communities));
  psl_document_add_note (doc, _("On the map: the firms and partners with a contact, an opportunity realised, a "
                                "person started or referred, or a partnership running in the period."));

  /* The figures first, so that the first page is full; then each picture
   * right under its heading, which goes with it to the next page, and
   * what it shows under it. */
  add_table (doc, map);
  psl_document_add_heading (doc, _("The Target"));
  add_picture (doc, map, PSL_MAP_TARGET);
  psl_document_add_note (doc, map->filter.rings == PSL_MAP_RINGS_LEVEL
                              ? _("Nearer the centre, the higher the partnership level; the larger the "
                                  "disc and the thicker its line, the more opportunities were realised.")
                              : _("Nearer the centre, the more often in touch in the period; the larger "
                                  "the disc and the thicker its line, the more opportunities were realised."));
  psl_document_add_heading (doc, _("The Network"));
  add_picture (doc, map, PSL_MAP_NETWORK);
  psl_document_add_note (doc, _("Who works with whom: partners linked to the firms where the people they "
                                "sent started, to the firms met with them, and to each other through the "
                                "firms they share. The largest discs hold the network together."));
  return g_steal_pointer (&doc);
}

PslDocument *
psl_map_report_load (PslStore           *store,
                     const PslMapFilter *filter,
                     GError            **error)
{
  PSL_DOCUMENT_LANGUAGE_SCOPE ();
  g_autoptr(PslPartnerMap) map = NULL;

  if (!psl_date_is_iso (filter->from) || !psl_date_is_iso (filter->to) || g_strcmp0 (filter->from, filter->to) > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give a period whose first day comes before its last, for example from "
                             "01/01/2026 to 31/12/2026."));
      return NULL;
    }
  if ((map = psl_partner_map_load (store, filter, error)) == NULL)
    return NULL;
  return psl_map_report_new (store, map, error);
}
