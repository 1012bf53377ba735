/* test-documents.c — every report printed on the demonstration data reads clean
 *
 * The demo a newcomer opens is printed through the command line, under
 * an English desktop on purpose, and each PDF is read back with
 * pdftotext -bbox: every word's box inside the page, no "(null)" or
 * "%s", no English word of the program's own messages, and a header
 * that names the scope of the figures.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "psl-activity-report.h"
#include "psl-demo.h"
#include "psl-document-private.h"
#include "psl-format.h"
#include "psl-map-report.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-test.h"

#define STRUCTURE "Mission locale du Pays de Figeac"

static char *tmpdir;
static char *database;

typedef struct
{
  double  width;
  double  height;
  GString *text;        /* the words of the page, one space apart */
  GString *top;         /* the words of the page's first line */
  double  top_y;
} Page;

static void
page_free (Page *page)
{
  g_string_free (page->text, TRUE);
  g_string_free (page->top, TRUE);
  g_free (page);
}

/* Words a message of the program has in English and its French never
 * has: if one shows in a document, a message went untranslated. */
static GHashTable *
english_words (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PSL_TEST_SOURCE_DIR"), "..", "po", "fr.po", NULL);
  g_autofree char *po = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) french = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z]{5,}", 0, 0, NULL);
  gboolean in_msgid = FALSE;

  g_assert_true (g_file_get_contents (path, &po, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (po, "\n", -1);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; lines[i] != NULL; i++)
      {
        const char *line = lines[i];
        g_autoptr(GMatchInfo) match = NULL;

        if (g_str_has_prefix (line, "msgid "))
          in_msgid = TRUE;
        else if (g_str_has_prefix (line, "msgstr") || g_str_has_prefix (line, "msgctxt"))
          in_msgid = FALSE;
        else if (line[0] != '"')
          continue;
        /* The first pass gathers the French words, the second keeps the
         * English words that are not among them. */
        if (in_msgid != (pass == 1))
          continue;
        g_regex_match (word, line, 0, &match);
        for (; g_match_info_matches (match); g_match_info_next (match, NULL))
          {
            g_autofree char *w = g_match_info_fetch (match, 0);
            g_autofree char *lower = g_ascii_strdown (w, -1);

            if (pass == 0)
              g_hash_table_add (french, g_steal_pointer (&lower));
            else if (!g_hash_table_contains (french, lower))
              g_hash_table_add (english, g_steal_pointer (&lower));
          }
      }
  /* French words of the reference data spelled as English ones ("former",
   * to train, in the engagement survey; "types" and "tables" of networks
   * and rounds in the Annexe 3 grid; "licence", the degree, a person's
   * qualification on the candidate sheet). */
  g_hash_table_remove (english, "former");
  g_hash_table_remove (english, "licence");
  g_hash_table_remove (english, "types");
  g_hash_table_remove (english, "tables");
  g_assert_cmpuint (g_hash_table_size (english), >, 100);
  return english;
}

/* The text of a word of pdftotext's XHTML. */
static char *
unescape (const char *escaped)
{
  static const char *const entities[][2] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };
  GString *out = g_string_new (escaped);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (out, entities[i][0], entities[i][1], 0);
  return g_string_free (out, FALSE);
}

static double
attribute (const char *tag,
           const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char *at = strstr (tag, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

/* The pages of a PDF as pdftotext -bbox reads them; words outside their
 * page are counted in *outside, and named. */
static GPtrArray *
read_pages (const char *pdf,
            guint      *outside)
{
  g_autofree char *command = g_strdup_printf ("pdftotext -bbox %s -", pdf);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  Page *page = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "<page "))
        {
          page = g_new0 (Page, 1);
          page->width = attribute (line, "width");
          page->height = attribute (line, "height");
          page->text = g_string_new (NULL);
          page->top = g_string_new (NULL);
          page->top_y = G_MAXDOUBLE;
          g_ptr_array_add (pages, page);
        }
      else if (g_str_has_prefix (line, "<word ") && page != NULL)
        {
          const char *start = strchr (line, '>') + 1;
          const char *end = strrchr (line, '<');
          g_autofree char *escaped = g_strndup (start, end - start);
          g_autofree char *w = unescape (escaped);
          double x0 = attribute (line, "xMin"), y0 = attribute (line, "yMin");
          double x1 = attribute (line, "xMax"), y1 = attribute (line, "yMax");
          const char *text = w;

          if (x0 < 0 || y0 < 0 || x1 > page->width + 0.5 || y1 > page->height + 0.5)
            {
              (*outside)++;
              g_test_message ("%s page %u: “%s” at %.0f,%.0f–%.0f,%.0f is outside the page", pdf, pages->len,
                              text, x0, y0, x1, y1);
            }
          g_string_append_printf (page->text, "%s ", text);
          if (y0 < page->top_y - 2)
            {
              page->top_y = y0;
              g_string_assign (page->top, text);
            }
          else if (y0 < page->top_y + 2)
            g_string_append_printf (page->top, " %s", text);
        }
    }
  return pages;
}

typedef struct
{
  const char *name;
  const char *args;      /* after "report NAME", before --output */
  const char *scope;     /* what each page's header says, after the structure */
} Report;

static void
print_report (const Report *report,
              const char   *pdf)
{
  g_autofree char *command = g_strdup_printf ("%s report %s %s --database %s --output %s", g_getenv ("PASSERELLE"),
                                              report->name, report->args, database, pdf);
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* An English desktop: the documents still speak French. */
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s: %s", command, err);
}

static void
test_every_report (void)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *last_year = g_strdup_printf ("%d", atoi (today) - 1);
  g_autoptr(GHashTable) english = english_words ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autofree char *company = NULL, *person = NULL, *host = NULL, *commitment = NULL, *immersion = NULL;
  g_autofree char *method = NULL, *partnership_args = NULL;
  g_autofree char *period = NULL, *company_args = NULL, *pathway_args = NULL;
  g_autofree char *candidate_args = NULL, *commitment_args = NULL, *convention_args = NULL;
  g_autofree char *contract = NULL, *clause_args = NULL;
  PslDemoSize size;
  guint outside = 0, faults = 0;

  tmpdir = g_dir_make_tmp ("psl-test-documents-XXXXXX", &error);
  g_assert_no_error (error);
  database = g_build_filename (tmpdir, "demo.db", NULL);
  psl_demo_size_default (&size);
  store = psl_store_open (database, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (psl_demo_generate (store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The busiest firm, a person with contracts who agreed to be presented
   * and one of their firms, the last contract of commitments signed. */
  company = psl_test_query_text (store, "SELECT company_id FROM interaction WHERE company_id IS NOT NULL"
                                        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1;");
  person = psl_test_query_text (store, "SELECT pl.person_id FROM placement pl JOIN consent c ON c.person_id = pl.person_id"
                                       " AND c.scope = 'cv_entreprise' AND c.withdrawn_on IS NULL"
                                       " AND c.expires_on > date('now') WHERE pl.kind = 'contract'"
                                       " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1;");
  g_assert_nonnull (company);
  g_assert_nonnull (person);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT company_id FROM placement WHERE person_id = '%s' LIMIT 1;", person);
    host = psl_test_query_text (store, sql);
  }
  commitment = psl_test_query_text (store, "SELECT id FROM commitment ORDER BY signed_on DESC, id LIMIT 1;");
  immersion = psl_test_query_text (store, "SELECT id FROM placement WHERE kind = 'immersion' AND start_date IS NOT NULL"
                                          " AND deleted_at IS NULL ORDER BY start_date DESC, id LIMIT 1;");
  g_assert_nonnull (immersion);
  /* The partner whose partnership the demo follows with the method. */
  method = psl_test_query_text (store, "SELECT s.partner_id FROM partnership_method m"
                                       " JOIN partnership s ON s.id = m.id LIMIT 1;");
  g_assert_nonnull (method);
  /* The public contract with the most hours on it. */
  contract = psl_test_query_text (store, "SELECT contract_id FROM clause_hours GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1;");
  g_assert_nonnull (contract);
  g_clear_object (&store);

  period = g_strdup_printf ("--from %s-01-01 --to %s-12-31", last_year, last_year);
  company_args = g_strdup_printf ("--company %s", company);
  pathway_args = g_strdup_printf ("--person %s", person);
  candidate_args = g_strdup_printf ("--person %s --company %s", person, host);
  commitment_args = g_strdup_printf ("--commitment %s", commitment);
  convention_args = g_strdup_printf ("--placement %s", immersion);
  partnership_args = g_strdup_printf ("--partner %s", method);
  clause_args = g_strdup_printf ("--contract %s", contract);
  {
    g_autofree char *antenna_period = g_strdup_printf ("%s --antenna 'Antenne de Saint-Céré'", period);
    g_autofree char *this_year = g_strdup_printf ("--from %.4s-01-01 --to %s", today, today);
    g_autofree char *team_period = g_strdup_printf ("%s --team", period);
    const Report reports[] = {
      { "activity", period, NULL },
      { "activity", antenna_period, "Antenne de Saint-Céré" },
      { "activity", this_year, NULL },
      { "followup", period, NULL },
      { "followup", team_period, NULL },
      { "map", period, NULL },
      { "campaign", "", NULL },
      { "company", company_args, NULL },
      { "pathway", pathway_args, NULL },
      { "candidate", candidate_args, NULL },
      { "commitment", commitment_args, NULL },
      { "positioning", "", NULL },
      { "action-plan", "", NULL },
      { "convention", convention_args, NULL },
      { "clause", clause_args, NULL },
      { "diagnostic", "", NULL },
      { "partnership", partnership_args, NULL },
    };

    for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%u.pdf", reports[r].name, r);
        g_autofree char *pdf = g_build_filename (tmpdir, name, NULL);
        g_autofree char *header = reports[r].scope != NULL ? g_strdup_printf ("%s — %s", STRUCTURE, reports[r].scope)
                                                           : g_strdup (STRUCTURE);
        g_autoptr(GPtrArray) pages = NULL;

        print_report (&reports[r], pdf);
        pages = read_pages (pdf, &outside);
        g_assert_cmpuint (pages->len, >, 0);
        for (guint p = 0; p < pages->len; p++)
          {
            Page *page = g_ptr_array_index (pages, p);
            g_auto(GStrv) words = g_strsplit (page->text->str, " ", -1);

            /* The header is the structure's, with the antenna only when
             * the figures are an antenna's (the title follows it on later
             * pages, on the same line). */
            if (!g_str_has_prefix (page->top->str, header) ||
                (reports[r].scope == NULL && g_str_has_prefix (page->top->str + strlen (STRUCTURE), " — ")))
              {
                g_test_message ("%s page %u: the header is “%s”, not “%s”", name, p + 1, page->top->str, header);
                faults++;
              }
            if (strstr (page->text->str, "(null)") != NULL || strstr (page->text->str, "%s") != NULL ||
                strstr (page->text->str, "%d") != NULL)
              {
                g_test_message ("%s page %u: a message was left unfilled", name, p + 1);
                faults++;
              }
            for (guint w = 0; words[w] != NULL; w++)
              {
                g_autofree char *lower = g_ascii_strdown (words[w], -1);
                const char *bare = g_strstrip (g_strdelimit (lower, ".,;:!?()\"", ' '));

                if (g_hash_table_contains (english, bare))
                  {
                    g_test_message ("%s page %u: “%s” is English", name, p + 1, words[w]);
                    faults++;
                  }
              }
          }
      }
  }
  psl_test_rm_rf (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  g_clear_pointer (&database, g_free);
  g_assert_cmpuint (outside, ==, 0);
  g_assert_cmpuint (faults, ==, 0);
}

/* Printed on A4 landscape from the window (the map is printed so), every
 * piece of a document stays inside the page: a chart made for portrait is
 * drawn again to the height a landscape page has, and the text after it
 * is not pushed off the page. */
static void
check_inside (PslDocument *doc,
              const char  *name,
              double       width,
              double       height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  psl_document_paginate (doc, cr, width, height);
  for (guint i = 0; i < doc->pieces->len; i++)
    {
      const PslPiece *piece = &g_array_index (doc->pieces, PslPiece, i);

      if (piece->y < 0 || piece->y + piece->height > height - 60)
        g_error ("%s, %.0f × %.0f: piece %u (block %u) runs from %.0f to %.0f, off the page", name, width, height,
                 i, piece->block, piece->y, piece->y + piece->height);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_landscape (void)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *dir = psl_test_tmpdir ("psl-test-landscape");
  g_autoptr(PslStore) store = psl_test_open (dir, "demo.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(PslDocument) map = NULL;
  g_autoptr(PslDocument) activity = NULL;
  PslMapFilter filter = { .max_nodes = 2000, .rings = PSL_MAP_RINGS_LEVEL };
  PslDemoSize size;
  int year = atoi (today) - 1;

  psl_demo_size_default (&size);
  g_assert_true (psl_demo_generate (store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);
  filter.from = g_strdup_printf ("%d-01-01", year);
  filter.to = g_strdup_printf ("%d-12-31", year);
  map = psl_map_report_load (store, &filter, &error);
  g_assert_no_error (error);
  activity = psl_activity_report_new (store, filter.from, filter.to, NULL, &error);
  g_assert_no_error (error);
  check_inside (map, "map", PSL_A4_HEIGHT, PSL_A4_WIDTH);
  check_inside (map, "map", PSL_A4_WIDTH, PSL_A4_HEIGHT);
  check_inside (activity, "activity", PSL_A4_HEIGHT, PSL_A4_WIDTH);
  psl_map_filter_clear (&filter);
  g_clear_object (&store);
  psl_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);
  g_test_add_func ("/documents/every-report", test_every_report);
  g_test_add_func ("/documents/landscape", test_landscape);
  return g_test_run ();
}
