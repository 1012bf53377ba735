/* psl-format.c — dates and numbers written the way French users read them
 *
 * Month and day names come from our own translations rather than from the
 * C library, whose French names need a generated fr_FR locale that many
 * desktops lack (LANGUAGE=fr with LANG=C.UTF-8 must still say "novembre").
 */

#define G_LOG_DOMAIN "psl-format"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-format.h"

static const char * const month_names[] = {
  NULL, N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

static const char * const weekday_names[] = {
  NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday"),
};

const char *
psl_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return _(month_names[month]);
}

const char *
psl_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");
  return _(weekday_names[weekday]);
}

/* Accepts "YYYY-MM-DD" and the date part of an ISO-8601 timestamp. */
GDate *
psl_date_parse (const char *iso)
{
  guint y, m, d;
  GDate *date;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;

  date = g_date_new_dmy (d, m, y);
  return date;
}

/* Up to max_digits digits at *p, at least one; moves p past them. */
static gboolean
read_digits (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (n < max_digits && g_ascii_isdigit (**p))
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      n++;
    }
  return n > 0;
}

/* A date as a person types it: DD/MM/YYYY (the day may be one digit, so
 * may the month) or YYYY-MM-DD, and nothing else around it but spaces.
 * Day first in every language: Passerelle serves French and Belgian
 * structures, whose papers all write the day first, and a desktop left in
 * English must not read 01/02/2026 as the second of January.  Two-digit
 * years are not guessed. */
GDate *
psl_date_parse_user (const char *text)
{
  g_autofree char *typed = NULL;
  const char *p;
  guint d, m, y;

  if (text == NULL)
    return NULL;
  typed = g_strstrip (g_strdup (text));
  if (psl_date_is_iso (typed))
    return psl_date_parse (typed);
  p = typed;
  if (!read_digits (&p, 2, &d) || *p++ != '/' || !read_digits (&p, 2, &m) || *p++ != '/'
      || !read_digits (&p, 4, &y) || y < 1000 || *p != '\0')
    return NULL;
  return g_date_valid_dmy (d, m, y) ? g_date_new_dmy (d, m, y) : NULL;
}

char *
psl_date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
psl_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
psl_format_date (const char *iso)
{
  g_autoptr(GDate) date = psl_date_parse (iso);

  if (date == NULL)
    return g_strdup ("");

  if (g_date_get_day (date) == 1)
    /* Translators: the first day of a month: %1$s is the month name, %2$u the year
     * (French writes "1er novembre 2026") */
    return g_strdup_printf (C_("long date, first of the month", "%1$s 1, %2$u"),
                            psl_month_name (g_date_get_month (date)),
                            g_date_get_year (date));

  /* Translators: a long date: %1$u is the day, %2$s the month name, %3$u the year */
  return g_strdup_printf (C_("long date", "%2$s %1$u, %3$u"),
                          g_date_get_day (date),
                          psl_month_name (g_date_get_month (date)),
                          g_date_get_year (date));
}

char *
psl_format_date_short (const char *iso)
{
  g_autoptr(GDate) date = psl_date_parse (iso);

  if (date == NULL)
    return g_strdup ("");

  /* Day first whatever the language: it is the form psl_date_parse_user reads. */
  return g_strdup_printf ("%02u/%02u/%u",
                          g_date_get_day (date),
                          g_date_get_month (date),
                          g_date_get_year (date));
}

char *
psl_format_month_year (guint month,
                       guint year)
{
  /* Translators: %1$s is a month name, %2$u a year */
  return g_strdup_printf (C_("month and year", "%1$s %2$u"), psl_month_name (month), year);
}

char *
psl_format_count (gint64 value)
{
  /* Translators: the thousands separator; French uses a narrow no-break space */
  const char *sep = C_("thousands separator", ",");
  /* The magnitude as unsigned, so that G_MININT64 has one too. */
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude);
  GString *out = g_string_new (value < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}

/* A number with at most digits decimals, trailing zeros dropped:
 * 35 → "35", 4.5 → "4,5" in French. */
char *
psl_format_decimal (double value,
                    guint  digits)
{
  /* Translators: the decimal separator; French uses a comma */
  const char *sep = C_("decimal separator", ".");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;
  gsize len;

  g_ascii_formatd (buf, sizeof buf, digits == 0 ? "%.0f" : digits == 1 ? "%.1f" : "%.2f", value);
  point = strchr (buf, '.');
  if (point == NULL)
    return g_strdup (buf);
  len = strlen (buf);
  while (len > 0 && buf[len - 1] == '0')
    buf[--len] = '\0';
  if (buf[len - 1] == '.')
    {
      buf[len - 1] = '\0';
      return g_strdup (buf);
    }
  *point = '\0';
  return g_strconcat (buf, sep, point + 1, NULL);
}

char *
psl_format_days_from_today (const char *iso,
                            const char *today_iso)
{
  g_autoptr(GDate) date = psl_date_parse (iso);
  g_autoptr(GDate) today = psl_date_parse (today_iso);
  int days;

  if (date == NULL || today == NULL)
    return g_strdup ("");

  days = g_date_days_between (today, date);
  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days == -1)
    return g_strdup (_("yesterday"));
  if (days > 0)
    return g_strdup_printf (psl_ngettext ("in %d day", "in %d days", days), days);
  return g_strdup_printf (psl_ngettext ("%d day late", "%d days late", -days), -days);
}

int
psl_whole_months (const char *start,
                  const char *day,
                  gboolean    inclusive)
{
  g_autoptr(GDate) a = psl_date_parse (start);
  g_autoptr(GDate) b = psl_date_parse (day);
  int months;

  if (a == NULL || b == NULL || g_date_compare (b, a) < 0)
    return -1;
  /* A contract to 31 August, last day in, ends on 1 September. */
  if (inclusive)
    g_date_add_days (b, 1);
  months = (g_date_get_year (b) - g_date_get_year (a)) * 12 + (int) g_date_get_month (b) - (int) g_date_get_month (a);
  if (g_date_get_day (b) < g_date_get_day (a))
    months--;
  return months;
}

/* Adds part to a line of details, after a middle dot when the line
 * already says something; nothing for an empty part. */
void
psl_append_part (GString    *text,
                 const char *part)
{
  psl_append_separated (text, " · ", part);
}

/* The same with another separator (", " in an address). */
void
psl_append_separated (GString    *text,
                      const char *separator,
                      const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, separator);
  g_string_append (text, part);
}

/* YYYY-MM-DD exactly, and a day that exists: dates are compared as text
 * in SQL, which only works on that form. */
gboolean
psl_date_is_iso (const char *text)
{
  g_autoptr(GDate) date = NULL;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  date = psl_date_parse (text);
  return date != NULL;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0x00a0 || c == 0x202f;
}

char *
psl_format_typography (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gunichar after = g_utf8_get_char (next);
      gboolean ends = after == 0 || g_unichar_isspace (after) || after == ')' || after == 0x00bb;
      gboolean high = c == ';' || c == '!' || c == '?' || c == ':' || c == '%';

      if (high && (c == '%' || ends))
        {
          /* the space before, whatever it was, becomes a narrow one */
          gsize len = out->len;
          const char *prev = len > 0 ? g_utf8_find_prev_char (out->str, out->str + len) : NULL;
          gunichar before = prev != NULL ? g_utf8_get_char (prev) : 0;

          if (prev != NULL && is_space (before))
            {
              g_string_truncate (out, (gsize) (prev - out->str));
              g_string_append (out, PSL_NARROW_NBSP);
            }
          else if (prev != NULL && (c == '%' ? g_unichar_isdigit (before)
                                             : g_unichar_isalnum (before) || before == ')' || before == 0x00bb))
            g_string_append (out, PSL_NARROW_NBSP);
        }
      else if (c == 0x00bb && out->len > 0 && out->str[out->len - 1] == ' ')
        {
          g_string_truncate (out, out->len - 1);
          g_string_append (out, PSL_NBSP);
        }

      g_string_append_len (out, p, next - p);

      if (c == 0x00ab && after == ' ')
        {
          g_string_append (out, PSL_NBSP);
          p = next;   /* the plain space is replaced */
        }
    }
  return g_string_free (out, FALSE);
}

const char *
psl_by_sex (const char *sex,
            const char *female,
            const char *male,
            const char *either)
{
  if (g_strcmp0 (sex, "F") == 0)
    return female;
  if (g_strcmp0 (sex, "M") == 0)
    return male;
  return either;
}
