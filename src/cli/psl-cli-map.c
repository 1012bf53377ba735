/* psl-cli-map.c — passerelle export map --view target|network [--from DATE --to DATE]
 *                 [--antenna NAME] [--rings level|frequency] --output FILE.png|.svg|.pdf|.dot
 *                 (--view is needed but for .dot, which is always the network)
 *
 * The partnership map with no display, for a funder's file or for Gephi
 * and Graphviz (DOT).  Without a period, the last twelve months.  Exit
 * status: 0 written, 1 the data or the file could not be used, 2 bad usage.
 */

#define G_LOG_DOMAIN "psl-cli-map"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-cli.h"
#include "psl-store-open.h"
#include "psl-format.h"
#include "psl-map-picture.h"
#include "psl-partner-map.h"

/* A map of more nodes is a grey cloud on paper. */
#define PRINTED_NODES 2000

static gboolean
write_dot (PslPartnerMap  *map,
           const char     *path,
           GError        **error)
{
  g_autofree char *dot = NULL;

  if (!psl_partner_map_analyse (map, error))
    return FALSE;
  dot = psl_partner_map_to_dot (map, TRUE);
  return g_file_set_contents (path, dot, -1, error);
}

static void
last_twelve_months (char **from,
                    char **to)
{
  g_autoptr(GDate) first = NULL;

  *to = psl_today_iso ();
  first = psl_date_parse (*to);
  g_date_subtract_years (first, 1);
  g_date_add_days (first, 1);
  *from = psl_date_to_iso (first);
}

int
psl_cli_export_map (int    argc,
                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *view = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *antenna = NULL;
  g_autofree char *rings = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, N_("The database to read"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE.png|.svg|.pdf|.dot") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, N_("The target or the network"), "target|network" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day of the period"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day of the period"), N_("DATE") },
    { "antenna", 0, 0, G_OPTION_ARG_STRING, &antenna, N_("One antenna, by name"), N_("NAME") },
    { "rings", 0, 0, G_OPTION_ARG_STRING, &rings, N_("The target’s rings: partnership level or how often in touch"),
      "level|frequency" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("map — draw the partnership map to a file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(PslPartnerMap) map = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *title = NULL;
  PslMapFilter filter = { .max_nodes = PRINTED_NODES };
  PslMapKind map_kind = PSL_MAP_TARGET;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      psl_cli_fail ("export", "%s", error->message);
      return 2;
    }
  if (!psl_cli_texts_fit ("export", "--view", view, "--from", from, "--to", to, "--antenna", antenna,
                          "--rings", rings, NULL))
    return 2;
  if (argc != 2 || output == NULL
      || (view != NULL && g_strcmp0 (view, "target") != 0 && g_strcmp0 (view, "network") != 0)
      || (rings != NULL && g_strcmp0 (rings, "level") != 0 && g_strcmp0 (rings, "frequency") != 0)
      || ((from == NULL) != (to == NULL)))
    {
      psl_cli_fail ("export", _("usage: passerelle export map --view target|network "
                    "[--from DATE --to DATE] [--antenna NAME] [--rings level|frequency] "
                    "--output FILE.png|.svg|.pdf, or [--view network] --output FILE.dot"));
      return 2;
    }
  lower = g_ascii_strdown (output, -1);
  if (!psl_cli_has_ending (lower, ".png") && !psl_cli_has_ending (lower, ".svg")
      && !psl_cli_has_ending (lower, ".pdf") && !psl_cli_has_ending (lower, ".dot"))
    {
      psl_cli_fail ("export", _("the file name must end in .png, .svg, .pdf or .dot."));
      return 2;
    }
  /* A DOT file is the network for Gephi or Graphviz; a picture is either
   * map, and the usage says which is wanted rather than guess. */
  if (g_str_has_suffix (lower, ".dot") && g_strcmp0 (view, "target") == 0)
    {
      psl_cli_fail ("export", _("a .dot file holds the network, not the target: "
                                "leave out --view target or write a .png, .svg or .pdf."));
      return 2;
    }
  if (!g_str_has_suffix (lower, ".dot") && view == NULL)
    {
      psl_cli_fail ("export", _("say which map to draw: --view target or --view network."));
      return 2;
    }
  if (from == NULL)
    last_twelve_months (&filter.from, &filter.to);
  else if (!psl_cli_period (from, to, &filter.from, &filter.to, &error))
    {
      psl_cli_fail ("export", "%s", error->message);
      psl_map_filter_clear (&filter);
      return 2;
    }
  if (g_strcmp0 (filter.from, filter.to) > 0)
    {
      psl_cli_fail ("export", _("the period ends before it starts."));
      psl_map_filter_clear (&filter);
      return 2;
    }
  if (g_strcmp0 (view, "network") == 0)
    map_kind = PSL_MAP_NETWORK;
  filter.rings = g_strcmp0 (rings, "frequency") == 0 ? PSL_MAP_RINGS_FREQUENCY : PSL_MAP_RINGS_LEVEL;

  store = psl_store_open (database, PSL_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL && antenna != NULL)
    filter.antenna_id = psl_cli_find_antenna (store, antenna, &error);
  if (store == NULL || (antenna != NULL && filter.antenna_id == NULL)
      || (map = psl_partner_map_load (store, &filter, &error)) == NULL
      || (map_kind == PSL_MAP_NETWORK && !psl_partner_map_analyse (map, &error)))
    {
      psl_cli_fail ("export", "%s", error->message);
      psl_map_filter_clear (&filter);
      return 1;
    }

  {
    g_autofree char *first = psl_format_date (filter.from);
    g_autofree char *last = psl_format_date (filter.to);

    /* Translators: the title of the map: the structure, the view, the period */
    title = g_strdup_printf (_("%s — %s, %s to %s"), map->structure_name,
                             map_kind == PSL_MAP_TARGET ? _("partnership target") : _("partnership network"),
                             first, last);
  }
  psl_map_filter_clear (&filter);
  if (g_str_has_suffix (lower, ".dot") ? !write_dot (map, output, &error)
                                       : !psl_map_picture_write (map, map_kind, title, output, &error))
    {
      psl_cli_fail ("export", "%s", error->message);
      return 1;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Map of %u firm or partner written to %s\n",
                        "Map of %u firms and partners written to %s\n", map->nodes->len - 1),
           map->nodes->len - 1, output);
  return 0;
}
