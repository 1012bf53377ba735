/* psl-bench-campaign.c — the "nouveau pacte" campaign on the large file:
 * the letter and the engagement survey of every active firm of one sector
 * (a large structure's whole file is some 17,000 firms, 35,000 pages: a
 * sector is the size of a real mailing), written as PDF, beside the bare
 * statements reading the same firms and their last answers
 */

#include "config.h"

#include <glib/gstdio.h>

#include "psl-bench.h"
#include "psl-campaign.h"
#include "psl-format.h"
#include "psl-report.h"

#define RUNS 3
#define SECTOR "hotellerie_restauration"

void
psl_bench_campaign (JsonBuilder *b,
                    PslStore    *store,
                    PslBareDb   *bare)
{
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("psl-bench-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  PslCampaignOptions options = { today, today, NULL, NULL, SECTOR };
  guint n_letters = 0, n_pages = 0;

  if (dir == NULL)
    {
      g_printerr ("passerelle-bench: campaign: %s\n", error->message);
      return;
    }
  pdf = g_build_filename (dir, "campagne.pdf", NULL);

  /* A first run to warm the caches, as the other parts do. */
  for (guint run = 0; run <= RUNS; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(PslDocument) doc = psl_campaign_new (store, &options, &n_letters, &error);
      double ms;

      if (doc == NULL || !psl_document_write_pdf (doc, pdf, &error))
        {
          g_printerr ("passerelle-bench: campaign: %s\n", error->message);
          g_unlink (pdf);
          g_rmdir (dir);
          return;
        }
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      n_pages = psl_document_get_n_pages (doc);
      if (run > 0)
        g_array_append_val (app_times, ms);
      ms = psl_floor_campaign (bare, SECTOR);
      if (run > 0)
        g_array_append_val (bare_times, ms);
    }

  json_builder_set_member_name (b, "campaign_sector_pdf");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "sector");
  json_builder_add_string_value (b, SECTOR);
  json_builder_set_member_name (b, "letters");
  json_builder_add_int_value (b, n_letters);
  json_builder_set_member_name (b, "pages");
  json_builder_add_int_value (b, n_pages);
  psl_bench_add_latency (b, "passerelle", app_times);
  psl_bench_add_latency (b, "floor_bare_sqlite", bare_times);
  json_builder_set_member_name (b, "passerelle_median_ms_per_firm");
  psl_bench_add_rounded (b, g_array_index (app_times, double, app_times->len / 2) / MAX (n_letters, 1));
  json_builder_end_object (b);
  g_unlink (pdf);
  g_rmdir (dir);
}
