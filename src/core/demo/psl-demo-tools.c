/* psl-demo-tools.c — what every part of the demonstration draws with
 *
 * Ids, dates, working days, names, addresses, phone numbers and the
 * progress shown while the file is made: the small tools every part
 * uses, all drawn from the one seeded generator, apart from what they
 * help to make.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <string.h>

#include "psl-demo-private.h"

/* Barriers, with how often they are met; the last column says which
 * ones are sensitive data, recorded apart when the person agrees. */
const Barrier psl_demo_barriers[] = {
  { "mobilite", 30, NULL }, { "logement", 12, NULL }, { "sante", 6, "health" },
  { "garde_enfants", 8, NULL }, { "finances", 10, NULL }, { "justice", 3, "justice" },
  { "langue", 5, NULL }, { "qualification", 20, NULL }, { "confiance", 15, NULL },
  { "acces_droits", 6, NULL }, { "handicap", 3, "disability" }, { "administratif", 5, NULL },
};
G_STATIC_ASSERT (G_N_ELEMENTS (psl_demo_barriers) == N_BARRIERS);

/* A random UUID (version 4) made from the seeded generator, so that ids
 * follow the seed like everything else. */
void
psl_demo_make_id (Gen *g,
                  Id   out)
{
  static const char hex[] = "0123456789abcdef";
  guint32 words[4];
  guint d = 0;

  for (guint i = 0; i < 4; i++)
    words[i] = g_rand_int (g->rand);
  words[1] = (words[1] & 0xffff0fff) | 0x00004000;
  words[2] = (words[2] & 0x3fffffff) | 0x80000000;

  for (guint i = 0; i < 32; i++)
    {
      if (i == 8 || i == 12 || i == 16 || i == 20)
        out[d++] = '-';
      out[d++] = hex[(words[i / 8] >> (28 - 4 * (i % 8))) & 0xf];
    }
  out[d] = '\0';
}

const char *
psl_demo_on (Gen *g,
             int  offset)
{
  g_assert (offset >= -PAST_DAYS && offset <= FUTURE_DAYS);
  return g->dates + (gsize) (offset + PAST_DAYS) * 11;
}

static guint
weekday (Gen *g,
         int  offset)
{
  return (g->first_weekday - 1 + (guint) (offset + PAST_DAYS)) % 7 + 1;
}

/* Work happens on weekdays: a Saturday or Sunday moves to the Friday
 * before (nothing moves into the future) or to the Monday after. */
int
psl_demo_workday_before (Gen *g,
                         int  offset)
{
  guint w = weekday (g, offset);
  return w >= G_DATE_SATURDAY ? offset - (int) (w - G_DATE_FRIDAY) : offset;
}

int
psl_demo_workday_after (Gen *g,
                        int  offset)
{
  guint w = weekday (g, offset);
  return w >= G_DATE_SATURDAY ? offset + (int) (8 - w) : offset;
}

/* a working day in [lo, hi], never after hi when hi is in the past */
int
psl_demo_workday_between (Gen *g,
                          int  lo,
                          int  hi)
{
  int day = psl_demo_workday_before (g, between (g, lo, MAX (lo, hi)));
  return day < lo ? MIN (psl_demo_workday_after (g, lo), MAX (lo, hi)) : day;
}

void
psl_demo_progress_to (Gen    *g,
                      double  share_of_phase)
{
  double fraction = MIN (1.0, g->phase_start + g->phase_share * share_of_phase);

  if (g->progress != NULL && fraction - g->reported >= 0.01)
    {
      g->reported = fraction;
      g->progress (fraction, g->user_data);
    }
}

void
psl_demo_begin_phase (Gen    *g,
                      double  share)
{
  psl_demo_progress_to (g, 1.0);
  g->phase_start += g->phase_share;
  g->phase_share = share;
}

/* "Boulangerie Delmas" → "boulangerie-delmas", for e-mail addresses */
char *
psl_demo_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* A firm's web domain as firms choose them: its name when short, else
 * the initials of its words and the last one ("aad-figeac" for the
 * Association d’aide à domicile de Figeac), which an address can hold. */
char *
psl_demo_domain_of (const char *name)
{
  static const char *const small[] = { "d", "de", "du", "des", "l", "la", "le", "les", "a", "au", "aux", "et",
                                       "en", "sur", NULL };
  g_autofree char *whole = psl_demo_slug (name);
  g_auto(GStrv) words = NULL;
  GString *out;
  guint n;

  if (strlen (whole) <= 20)
    return g_steal_pointer (&whole);
  words = g_strsplit (whole, "-", -1);
  n = g_strv_length (words);
  out = g_string_new (NULL);
  for (guint i = 0; i + 1 < n; i++)
    if (!g_strv_contains (small, words[i]))
      g_string_append_c (out, words[i][0]);
  g_string_append_printf (out, "%s%s", out->len > 0 ? "-" : "", words[n - 1]);
  return g_string_free (out, FALSE);
}

char **
psl_demo_slugs_of (const char *const *names)
{
  guint n = psl_demo_count (names, sizeof (char *));
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = psl_demo_slug (names[i]);
  return out;
}

void
psl_demo_make_name (Gen      *g,
                    gboolean  female,
                    Name     *name)
{
  const char *const *firsts = female ? psl_demo_female_names : psl_demo_male_names;
  guint f = pick (g, psl_demo_count (firsts, sizeof (char *)));
  guint l = pick (g, psl_demo_count (psl_demo_last_names, sizeof (char *)));

  name->female = female;
  name->first = firsts[f];
  name->last = psl_demo_last_names[l];
  name->first_slug = (female ? g->female_slugs : g->male_slugs)[f];
  name->last_slug = g->last_slugs[l];
}

void
psl_demo_landline (Gen  *g,
                   char  out[16])
{
  g_snprintf (out, 16, "05 65 %02u %02u %02u", pick (g, 100), pick (g, 100), pick (g, 100));
}

void
psl_demo_mobile (Gen  *g,
                 char  out[16])
{
  g_snprintf (out, 16, "0%c %02u %02u %02u %02u", chance (g, 0.6) ? '6' : '7',
              pick (g, 100), pick (g, 100), pick (g, 100), pick (g, 100));
}

/* "de Figeac", "d'Assier" */
void
psl_demo_of_place (const char *place,
                   char       *out,
                   gsize       size)
{
  gboolean vowel = strchr ("AEIOUY", place[0]) != NULL || g_str_has_prefix (place, "É");

  g_snprintf (out, size, "%s%s", vowel ? "d’" : "de ", place);
}

void
psl_demo_address (Gen                  *g,
                  const PslDemoCommune *place,
                  gboolean              town,
                  char                 *out,
                  gsize                 size)
{
  if (town || chance (g, 0.5))
    g_snprintf (out, size, "%u %s", 1 + pick (g, 60), pick_str (g, psl_demo_streets));
  else
    g_strlcpy (out, pick_str (g, psl_demo_localities), size);
}

/* Fills a firm or partner name pattern (see psl-demo-names.h). */
void
psl_demo_expand_name (Gen                  *g,
                      const char           *pattern,
                      const char           *family,
                      const PslDemoCommune *place,
                      char                 *out,
                      gsize                 size)
{
  out[0] = '\0';
  for (const char *p = pattern; *p != '\0';)
    {
      char piece[64] = { 0 };

      if (g_str_has_prefix (p, "{n}"))
        g_strlcpy (piece, family, sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{p}"))
        g_strlcpy (piece, place->name, sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{dp}"))
        psl_demo_of_place (place->name, piece, sizeof piece), p += 4;
      else if (g_str_has_prefix (p, "{l}"))
        g_strlcpy (piece, pick_str (g, psl_demo_places), sizeof piece), p += 3;
      else if (g_str_has_prefix (p, "{r}"))
        g_strlcpy (piece, pick_str (g, psl_demo_residences), sizeof piece), p += 3;
      else
        piece[0] = *p++;
      g_strlcat (out, piece, size);
    }
}

/* ["a","b"] from one to `most` distinct codes of a table */
void
psl_demo_json_codes (Gen          *g,
                     const Choice *choices,
                     guint         n_choices,
                     guint         most,
                     char         *out,
                     gsize         size)
{
  guint n = 1 + pick (g, most), taken = 0;

  g_strlcpy (out, "[", size);
  for (guint i = 0; i < n; i++)
    {
      guint k = choose_index (g, choices, n_choices);

      if (taken & (1u << k))
        continue;
      taken |= 1u << k;
      if (out[1] != '\0')
        g_strlcat (out, ",", size);
      g_strlcat (out, "\"", size);
      g_strlcat (out, choices[k].code, size);
      g_strlcat (out, "\"", size);
    }
  g_strlcat (out, "]", size);
}

const char *
psl_demo_contact_id (Gen *g,
                     int  contact)
{
  return contact >= 0 ? g->contacts[contact] : NULL;
}

int
psl_demo_company_contact (Gen   *g,
                          guint  c)
{
  const Company *company = &g->companies[c];

  return company->n_contacts > 0 ? (int) (company->first_contact + pick (g, company->n_contacts)) : -1;
}

int
psl_demo_partner_contact (Gen   *g,
                          guint  p)
{
  const Partner *partner = &g->partners[p];

  return partner->n_contacts > 0 ? (int) (partner->first_contact + pick (g, partner->n_contacts)) : -1;
}

guint
psl_demo_active_cip (Gen   *g,
                     guint  antenna)
{
  GArray *here = g->cips[antenna];

  if (here->len == 0)
    here = g->cips[0];
  return g_array_index (here, guint, pick (g, here->len));
}

/* A job title for a role, in the firm's sector when it has its own;
 * partners' staff have the role "autre". */
const char *
psl_demo_job_title (Gen        *g,
                    const char *role,
                    const char *sector,
                    gboolean    female)
{
  const PslDemoJobTitle *fits[16];
  guint n = 0;

  for (const PslDemoJobTitle *t = psl_demo_job_titles; t->role != NULL && n < G_N_ELEMENTS (fits); t++)
    if (strcmp (t->role, role) == 0 && (t->sector == NULL || g_strcmp0 (t->sector, sector) == 0))
      fits[n++] = t;
  if (n == 0)
    return NULL;
  n = pick (g, n);
  return female ? fits[n]->female : fits[n]->male;
}
