/* test-format.c — dates and numbers written the way French users read them */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib.h>
#include <glib/gi18n.h>

#include "psl-date-span.h"
#include "psl-fold.h"
#include "psl-format.h"
#include "psl-id-table.h"
#include "psl-text-pool.h"

/* U+202F NARROW NO-BREAK SPACE, the French thousands separator */
#define NNBSP "\xe2\x80\xaf"

static gboolean
french_loaded (void)
{
  return g_strcmp0 (_("January"), "January") != 0;
}

static const char *
thousands_separator (void)
{
  return C_("thousands separator", ",");
}

static void
test_date_parse (void)
{
  g_autoptr(GDate) date = psl_date_parse ("2026-11-22");
  g_autoptr(GDate) leap = psl_date_parse ("2024-02-29");
  g_autoptr(GDate) stamp = psl_date_parse ("2026-11-22T10:11:12.123Z");
  g_autofree char *iso = NULL;
  g_autofree char *iso2 = NULL;

  g_assert_nonnull (date);
  g_assert_cmpuint (g_date_get_day (date), ==, 22);
  g_assert_cmpuint (g_date_get_month (date), ==, 11);
  g_assert_cmpuint (g_date_get_year (date), ==, 2026);
  iso = psl_date_to_iso (date);
  g_assert_cmpstr (iso, ==, "2026-11-22");

  g_assert_nonnull (leap);
  iso2 = psl_date_to_iso (leap);
  g_assert_cmpstr (iso2, ==, "2024-02-29");

  /* The date part of a timestamp */
  g_assert_nonnull (stamp);
  g_assert_cmpint (g_date_compare (stamp, date), ==, 0);
}

static void
test_date_invalid (void)
{
  const char *bad[] = {
    "2025-02-29",   /* 2025 is not a leap year */
    "1900-02-29",   /* nor is 1900 */
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-11-00",
    "22/11/2026",
    "novembre",
    "",
    "2026-11",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GDate *date = psl_date_parse (bad[i]);

      if (date != NULL)
        g_error ("“%s” should not parse", bad[i]);
      g_assert_null (date);
    }

  g_assert_null (psl_date_parse (NULL));
}

static void
test_date_round_trip (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 2000);
  guint checked = 0;

  /* Every day of 2000 to 2030 goes through ISO and back unchanged. */
  while (g_date_get_year (day) <= 2030)
    {
      g_autofree char *iso = psl_date_to_iso (day);
      g_autoptr(GDate) back = psl_date_parse (iso);

      g_assert_cmpuint (strlen (iso), ==, 10);
      g_assert_nonnull (back);
      g_assert_cmpint (g_date_compare (day, back), ==, 0);
      /* ...and through the short form people read and type back. */
      {
        g_autofree char *shown = psl_format_date_short (iso);
        g_autoptr(GDate) typed = psl_date_parse_user (shown);

        g_assert_nonnull (typed);
        g_assert_cmpint (g_date_compare (day, typed), ==, 0);
      }
      g_date_add_days (day, 1);
      checked++;
    }

  /* 31 years, 8 of them leap years (2000, 04, 08, 12, 16, 20, 24, 28) */
  g_assert_cmpuint (checked, ==, 31 * 365 + 8);
}

static void
test_date_parse_user (void)
{
  static const struct { const char *typed; guint d, m, y; } good[] = {
    { "01/02/2026", 1, 2, 2026 },     /* the first of February, in every language */
    { "13/01/2026", 13, 1, 2026 },
    { "1/2/2026", 1, 2, 2026 },
    { " 22/11/2026 ", 22, 11, 2026 },
    { "2026-11-22", 22, 11, 2026 },
    { "29/02/2024", 29, 2, 2024 },
  };
  static const char *const bad[] = {
    "01/01/2026xyz", "2026-11-22x", "22/11/2026 12", "2026-11-22T10:00", "2026-1-1", "32/01/2026",
    "13/13/2026", "29/02/2025", "01/01/26", "01-01-2026", "01.01.2026", "/01/2026", "001/01/2026",
    "01/01/20261", "", "  ", "novembre",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDate) date = psl_date_parse_user (good[i].typed);

      if (date == NULL)
        g_error ("“%s” should parse", good[i].typed);
      g_assert_cmpuint (g_date_get_day (date), ==, good[i].d);
      g_assert_cmpuint (g_date_get_month (date), ==, good[i].m);
      g_assert_cmpuint (g_date_get_year (date), ==, good[i].y);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDate) date = psl_date_parse_user (bad[i]);

      if (date != NULL)
        g_error ("“%s” should not parse", bad[i]);
    }
  g_assert_null (psl_date_parse_user (NULL));
}

/* Every date written in a message of the program (the English source and
 * its French translation), such as the example of "write it as
 * 31/12/2026", is one the program reads. */
static void
test_message_examples_parse (void)
{
  g_autofree char *po_path = g_build_filename (g_getenv ("PSL_TEST_SOURCE_DIR"), "..", "po", "fr.po", NULL);
  g_autofree char *po = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("(?<![0-9])(?<![0-9][/.-])[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}(?![0-9])(?![/.-][0-9])",
                                         0, 0, NULL);
  g_auto(GStrv) lines = NULL;
  guint examples = 0;

  g_assert_true (g_file_get_contents (po_path, &po, NULL, NULL));
  lines = g_strsplit (po, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      /* Messages only: comments name source lines, not dates. */
      if (lines[i][0] == '#')
        continue;
      g_regex_match (regex, lines[i], 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *example = g_match_info_fetch (match, 0);
          g_autoptr(GDate) date = psl_date_parse_user (example);

          if (date == NULL)
            g_error ("the example “%s” of po/fr.po line %u does not parse", example, i + 1);
          examples++;
        }
    }
  /* "for example 22/11/2026" and its kind, in both languages. */
  g_assert_cmpuint (examples, >=, 20);
}

static void
test_today (void)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(GDate) date = psl_date_parse (today);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_nonnull (date);
  g_assert_cmpuint (strlen (today), ==, 10);
  g_assert_cmpuint (g_date_get_year (date), ==, g_date_time_get_year (now));
}

static void
test_count_structure (void)
{
  const char *sep = thousands_separator ();
  g_autofree char *zero = psl_format_count (0);
  g_autofree char *small = psl_format_count (999);
  g_autofree char *thousand = psl_format_count (1000);
  g_autofree char *big = psl_format_count (1234567);
  g_autofree char *negative = psl_format_count (-1234567);
  g_autofree char *million = psl_format_count (1000000);
  g_auto(GStrv) groups = NULL;
  g_auto(GStrv) neg_groups = NULL;

  g_assert_cmpuint (strlen (sep), >, 0);
  g_assert_cmpstr (zero, ==, "0");
  g_assert_cmpstr (small, ==, "999");

  groups = g_strsplit (big, sep, -1);
  g_assert_cmpuint (g_strv_length (groups), ==, 3);
  g_assert_cmpstr (groups[0], ==, "1");
  g_assert_cmpstr (groups[1], ==, "234");
  g_assert_cmpstr (groups[2], ==, "567");

  neg_groups = g_strsplit (negative, sep, -1);
  g_assert_cmpuint (g_strv_length (neg_groups), ==, 3);
  g_assert_cmpstr (neg_groups[0], ==, "-1");

  g_assert_cmpuint (strlen (thousand), ==, 4 + strlen (sep));
  g_assert_true (g_str_has_prefix (thousand, "1"));
  g_assert_true (g_str_has_suffix (thousand, "000"));
  g_assert_cmpuint (strlen (million), ==, 7 + 2 * strlen (sep));
}

/* Decimals drop their trailing zeros and take the language's separator
 * (the suite runs in French: a comma). */
static void
test_decimal (void)
{
  g_autofree char *whole = psl_format_decimal (35, 2);
  g_autofree char *half = psl_format_decimal (4.5, 1);
  g_autofree char *rounded = psl_format_decimal (17.456, 2);
  g_autofree char *zero = psl_format_decimal (0, 1);
  g_autofree char *negative = psl_format_decimal (-2.25, 1);

  g_assert_cmpstr (whole, ==, "35");
  g_assert_cmpstr (half, ==, "4,5");
  g_assert_cmpstr (rounded, ==, "17,46");
  g_assert_cmpstr (zero, ==, "0");
  g_assert_true (g_str_has_prefix (negative, "-2,"));
}

static void
test_append_part (void)
{
  g_autoptr(GString) line = g_string_new (NULL);

  psl_append_part (line, NULL);
  psl_append_part (line, "");
  g_assert_cmpstr (line->str, ==, "");
  psl_append_part (line, "Emploi");
  psl_append_part (line, "");
  psl_append_part (line, "CDI");
  g_assert_cmpstr (line->str, ==, "Emploi · CDI");
}

static void
test_days_from_today (void)
{
  g_autofree char *today = psl_format_days_from_today ("2026-11-22", "2026-11-22");
  g_autofree char *tomorrow = psl_format_days_from_today ("2026-11-23", "2026-11-22");
  g_autofree char *yesterday = psl_format_days_from_today ("2026-11-21", "2026-11-22");
  g_autofree char *in5 = psl_format_days_from_today ("2026-11-27", "2026-11-22");
  g_autofree char *in40 = psl_format_days_from_today ("2027-01-01", "2026-11-22");
  g_autofree char *late3 = psl_format_days_from_today ("2026-11-19", "2026-11-22");
  g_autofree char *bad = psl_format_days_from_today ("2025-02-29", "2026-11-22");
  g_autofree char *bad2 = psl_format_days_from_today ("2026-11-22", NULL);
  g_autofree char *expect5 = NULL;
  g_autofree char *expect40 = NULL;
  g_autofree char *expect3 = NULL;

  g_assert_cmpstr (today, ==, _("today"));
  g_assert_cmpstr (tomorrow, ==, _("tomorrow"));
  g_assert_cmpstr (yesterday, ==, _("yesterday"));
  g_assert_cmpstr (today, !=, tomorrow);
  g_assert_cmpstr (tomorrow, !=, yesterday);

  expect5 = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", 5), 5);
  expect40 = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", 40), 40);
  expect3 = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", 3), 3);
  g_assert_cmpstr (in5, ==, expect5);
  g_assert_cmpstr (in40, ==, expect40);
  g_assert_cmpstr (late3, ==, expect3);
  g_assert_nonnull (strstr (in5, "5"));
  g_assert_nonnull (strstr (in40, "40"));
  g_assert_nonnull (strstr (late3, "3"));
  g_assert_cmpstr (in5, !=, late3);

  if (!french_loaded ())
    {
      g_assert_cmpstr (in5, ==, "in 5 days");
      g_assert_cmpstr (late3, ==, "3 days late");
    }

  g_assert_cmpstr (bad, ==, "");
  g_assert_cmpstr (bad2, ==, "");
}

static void
test_month_and_weekday_names (void)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint m = 1; m <= 12; m++)
    {
      const char *name = psl_month_name (m);

      g_assert_nonnull (name);
      g_assert_cmpuint (strlen (name), >, 2);
      g_hash_table_add (seen, (gpointer) name);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 12);
  g_hash_table_remove_all (seen);

  for (GDateWeekday d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    g_hash_table_add (seen, (gpointer) psl_weekday_name (d));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 7);
  g_hash_table_unref (seen);
}

static void
test_invalid_dates_format_empty (void)
{
  g_autofree char *a = psl_format_date ("2025-02-29");
  g_autofree char *b = psl_format_date_short ("not a date");
  g_autofree char *c = psl_format_date (NULL);

  g_assert_cmpstr (a, ==, "");
  g_assert_cmpstr (b, ==, "");
  g_assert_cmpstr (c, ==, "");
}

static void
test_english_source (void)
{
  g_autofree char *date = NULL;
  g_autofree char *date_short = NULL;
  g_autofree char *count = NULL;
  g_autofree char *month_year = NULL;

  if (french_loaded ())
    {
      g_test_skip ("the French translation is loaded; the English forms are not used");
      return;
    }

  date = psl_format_date ("2026-11-22");
  date_short = psl_format_date_short ("2026-11-22");
  count = psl_format_count (1234567);
  month_year = psl_format_month_year (11, 2026);
  g_assert_cmpstr (date, ==, "November 22, 2026");
  g_assert_cmpstr (date_short, ==, "22/11/2026");
  g_assert_cmpstr (count, ==, "1,234,567");
  g_assert_cmpstr (month_year, ==, "November 2026");
}

static void
test_french (void)
{
  g_autofree char *date = NULL;
  g_autofree char *date_short = NULL;
  g_autofree char *date_short_jan = NULL;
  g_autofree char *count = NULL;
  g_autofree char *count_small = NULL;
  g_autofree char *month_year = NULL;

  if (!french_loaded ())
    {
      g_test_skip ("the French translation is not loaded (no po/fr.po entry for “January”, "
                   "or PASSERELLE_LOCALEDIR does not point at the built catalogue)");
      return;
    }

  date = psl_format_date ("2026-11-22");
  date_short = psl_format_date_short ("2026-11-22");
  date_short_jan = psl_format_date_short ("2027-01-05");
  count = psl_format_count (1234567);
  count_small = psl_format_count (-1000);
  month_year = psl_format_month_year (11, 2026);

  g_assert_cmpstr (psl_month_name (1), ==, "janvier");
  g_assert_cmpstr (psl_month_name (8), ==, "août");
  g_assert_cmpstr (psl_month_name (12), ==, "décembre");
  g_assert_cmpstr (psl_weekday_name (G_DATE_MONDAY), ==, "lundi");
  g_assert_cmpstr (date, ==, "22 novembre 2026");
  g_assert_cmpstr (date_short, ==, "22/11/2026");
  g_assert_cmpstr (date_short_jan, ==, "05/01/2027");
  g_assert_cmpstr (count, ==, "1" NNBSP "234" NNBSP "567");
  g_assert_cmpstr (count_small, ==, "-1" NNBSP "000");
  g_assert_cmpstr (month_year, ==, "novembre 2026");
}

/* French typography: narrow no-break spaces before the high signs, put
 * in or put in place of a plain space; times, links and text already
 * right stay as they are; bad input is given back whole. */
static void
test_typography (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "3%", "3\u202f%" },
    { "28 %", "28\u202f%" },
    { "28\u00a0%", "28\u202f%" },
    { "28\u202f%", "28\u202f%" },
    { "Objectifs : lever les freins; confirmer", "Objectifs\u202f: lever les freins\u202f; confirmer" },
    { "Pourquoi? Parce que !", "Pourquoi\u202f? Parce que\u202f!" },
    { "Rendez-vous à 09:30", "Rendez-vous à 09:30" },
    { "https://www.ml-figeac.example", "https://www.ml-figeac.example" },
    { "« Cap emploi »", "«\u00a0Cap emploi\u00a0»" },
    { "(33 %)", "(33\u202f%)" },
    { "Note:", "Note\u202f:" },
    { "", "" },
    { ":", ":" },
    { "%", "%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = psl_format_typography (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_null (psl_format_typography (NULL));
}

/* A period typed as two days: each side said wrong on its own, an end
 * before the start refused, the days kept in ISO. */
static void
test_date_span (void)
{
  g_auto(PslDateSpan) span = { NULL };

  g_assert_cmpint (psl_date_span_parse ("31/02/2026", "30/06/2026", &span), ==, PSL_DATE_SPAN_BAD_FROM);
  g_assert_cmpint (psl_date_span_parse ("01/01/2026", "juin", &span), ==, PSL_DATE_SPAN_BAD_TO);
  g_assert_cmpint (psl_date_span_parse (NULL, "", &span), ==, PSL_DATE_SPAN_BAD_FROM | PSL_DATE_SPAN_BAD_TO);
  g_assert_cmpint (psl_date_span_parse ("01/07/2026", "30/06/2026", &span), ==, PSL_DATE_SPAN_REVERSED);
  g_assert_null (span.from);
  g_assert_cmpint (psl_date_span_parse (" 01/01/2026", "2026-01-01", &span), ==, PSL_DATE_SPAN_OK);
  g_assert_cmpstr (span.from, ==, "2026-01-01");
  g_assert_cmpstr (span.to, ==, "2026-01-01");
}

/* Each row is its key.  Keys alike in their first eight or sixteen bytes
 * (the sort compares eight at a time as numbers), one ending there, bytes over 127 (an
 * unfolded "é"), a key that begins another, the same key at two
 * addresses and the same address twice, none: the order strcmp () gives,
 * rows of equal keys in the order they came, none last. */
static const char *
row_key (gpointer row)
{
  return row;
}

static void
test_fold_sort_keys (void)
{
  static const char martin[] = "martin jean-pierre";
  char *other_martin = g_strdup (martin);
  const char *given[] = {
    "martin jean-pierre b", martin, "martin jean-pier", NULL, "martin jean-pierrd", "\xc3\xa9mile", "z",
    other_martin, "martin", "martin jean-pierre a", martin, "", "martin jean-pierr\xc3\xa9", "mart",
  };
  /* given's places, in the order expected. */
  static const guint expected[] = { 11, 13, 8, 2, 4, 1, 7, 10, 9, 0, 12, 6, 5, 3 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  PslFoldSort by_key = { row_key, TRUE, NULL, row_key };

  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    g_ptr_array_add (rows, (gpointer) given[i]);
  psl_fold_sort_rows (&by_key, rows);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_index (rows, i) == given[expected[i]]);
  g_assert_cmpint (psl_fold_sort_compare (&by_key, given[4], given[1]), <, 0);
  g_assert_cmpint (psl_fold_sort_compare (&by_key, given[9], given[0]), <, 0);
  g_free (other_martin);
}

/* Many keys of few letters, so that long runs begin alike, a third of
 * them the text of an earlier one at another address (people of the same
 * name), some longer than five times the eight bytes the sort reads at a
 * time: in strcmp ()'s order, equal keys in the order they came. */
static void
test_fold_sort_many (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (26);
  PslFoldSort by_key = { row_key, TRUE, NULL, row_key };

  for (guint i = 0; i < 20000; i++)
    {
      guint length = g_rand_int_range (rand, 0, i % 5 == 0 ? 48 : 24);
      char *text = g_malloc0 (length + 1);

      for (guint j = 0; j < length; j++)
        text[j] = j < 10 ? "ab"[g_rand_int_range (rand, 0, 2)] : "ab\xc3 "[g_rand_int_range (rand, 0, 4)];
      if (i % 3 == 2)
        {
          g_free (text);
          text = g_strdup (g_ptr_array_index (texts, g_rand_int_range (rand, 0, i)));
        }
      g_ptr_array_add (texts, text);
      g_ptr_array_add (rows, text);
      g_hash_table_insert (places, text, GUINT_TO_POINTER (i));
    }
  psl_fold_sort_rows (&by_key, rows);
  g_assert_cmpuint (rows->len, ==, 20000);
  for (guint i = 1; i < rows->len; i++)
    {
      const char *x = g_ptr_array_index (rows, i - 1), *y = g_ptr_array_index (rows, i);
      int order = strcmp (x, y);

      g_assert_cmpint (order, <=, 0);
      if (order == 0)
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (places, x)), <,
                          GPOINTER_TO_UINT (g_hash_table_lookup (places, y)));
    }
}

/* Texts kept once for equal texts, dates (found by their day) as the
 * rest: each the text given, the same address for the same text, another
 * for another, whatever looks almost like a date. */
/* Ids numbered in the order met, each once, told apart by any of their
 * characters, whatever their length. */
static void
test_id_table (void)
{
  g_autoptr(PslIdTable) table = psl_id_table_new ();
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  const char *uuid = "7664f615-11b2-4f7d-98b7-c2d395319e02";
  /* The same but for one character, in the parts not mixed into the hash
   * and in those that are. */
  const char *near[] = { "7664f615-11b2-4f7d-98b7-c2d395319e03", "7664f615-11b3-4f7d-98b7-c2d395319e02",
                         "7664f616-11b2-4f7d-98b7-c2d395319e02", "7664F615-11b2-4f7d-98b7-c2d395319e02" };

  g_assert_cmpuint (psl_id_table_number (table, NULL, TRUE), ==, PSL_ID_NONE);
  g_assert_cmpuint (psl_id_table_number (table, uuid, FALSE), ==, PSL_ID_NONE);
  g_assert_cmpuint (psl_id_table_number (table, uuid, TRUE), ==, 0);
  g_assert_cmpuint (psl_id_table_number (table, "p1", TRUE), ==, 1);
  g_assert_cmpuint (psl_id_table_number (table, "", TRUE), ==, 2);
  /* 37 characters: not cut to 36 */
  g_assert_cmpuint (psl_id_table_number (table, "7664f615-11b2-4f7d-98b7-c2d395319e02x", TRUE), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (near); i++)
    g_assert_cmpuint (psl_id_table_number (table, near[i], TRUE), ==, 4 + i);
  g_assert_cmpuint (psl_id_table_number (table, uuid, TRUE), ==, 0);
  g_assert_cmpuint (psl_id_table_number (table, "p1", FALSE), ==, 1);
  g_assert_cmpuint (psl_id_table_number (table, "p2", FALSE), ==, PSL_ID_NONE);
  g_assert_cmpuint (psl_id_table_size (table), ==, 8);

  /* Many, so that the table grows: each keeps its number. */
  for (guint i = 0; i < 50000; i++)
    {
      char *id = i % 2 == 0 ? g_uuid_string_random () : g_strdup_printf ("00000000-0000-4000-8000-%012u", i);

      g_ptr_array_add (made, id);
      g_assert_cmpuint (psl_id_table_number (table, id, TRUE), ==, 8 + i);
    }
  for (guint i = 0; i < made->len; i++)
    g_assert_cmpuint (psl_id_table_number (table, g_ptr_array_index (made, i), FALSE), ==, 8 + i);
  g_assert_cmpuint (psl_id_table_number (table, near[0], FALSE), ==, 4);
  g_assert_cmpuint (psl_id_table_size (table), ==, 8 + 50000);

  /* Ids never added, some of them past the bits of the ids met. */
  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *absent = g_strdup_printf ("00000000-0000-4000-9000-%012u", i);

      g_assert_cmpuint (psl_id_table_number (table, absent, FALSE), ==, PSL_ID_NONE);
    }
  g_assert_cmpuint (psl_id_table_size (table), ==, 8 + 50000);
}

static void
test_text_pool_share (void)
{
  static const char *texts[] = {
    "2026-06-03", "2026-06-04", "2025-06-03", "2026-07-03", "1899-12-31", "2200-01-01", "1900-01-01",
    "2199-12-31", "2026-13-01", "2026-00-10", "2026-06-32", "2026-06-00", "2026-6-03", "2026-06-031",
    "2026-06-03T09:00", "abcd-ef-gh", "2026/06/03", "", "2026-02-31", "2026-03-01", "cdi", "2026-06-0",
  };
  g_autoptr(PslTextPool) pool = psl_text_pool_new ();
  const char *kept[G_N_ELEMENTS (texts)];

  g_assert_null (psl_text_pool_share (pool, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      kept[i] = psl_text_pool_share (pool, texts[i]);
      g_assert_cmpstr (kept[i], ==, texts[i]);
      g_assert_true (kept[i] != texts[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *again = g_strdup (texts[i]);

      g_assert_true (psl_text_pool_share (pool, again) == kept[i]);
      for (guint j = 0; j < i; j++)
        g_assert_true (kept[i] != kept[j]);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PASSERELLE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/date-parse", test_date_parse);
  g_test_add_func ("/format/typography", test_typography);
  g_test_add_func ("/format/date-invalid", test_date_invalid);
  g_test_add_func ("/format/date-round-trip", test_date_round_trip);
  g_test_add_func ("/format/date-parse-user", test_date_parse_user);
  g_test_add_func ("/format/date-span", test_date_span);
  g_test_add_func ("/format/message-examples-parse", test_message_examples_parse);
  g_test_add_func ("/format/today", test_today);
  g_test_add_func ("/format/count-structure", test_count_structure);
  g_test_add_func ("/format/decimal", test_decimal);
  g_test_add_func ("/format/append-part", test_append_part);
  g_test_add_func ("/format/days-from-today", test_days_from_today);
  g_test_add_func ("/format/month-and-weekday-names", test_month_and_weekday_names);
  g_test_add_func ("/format/invalid-dates-format-empty", test_invalid_dates_format_empty);
  g_test_add_func ("/format/english-source", test_english_source);
  g_test_add_func ("/format/french", test_french);
  g_test_add_func ("/format/fold-sort-keys", test_fold_sort_keys);
  g_test_add_func ("/format/fold-sort-many", test_fold_sort_many);
  g_test_add_func ("/format/text-pool-share", test_text_pool_share);
  g_test_add_func ("/format/id-table", test_id_table);

  return g_test_run ();
}
