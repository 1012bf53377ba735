/* psl-import-match.c — matching the values a file writes to a list's items
 *
 * An office writes "Tertiaire (commerce, administratif)", "Hôtellerie",
 * "bâtiment" or "Serv. aux pers." where the list says "Tertiaire (commerce,
 * administratif…)", "Hôtellerie-restauration", "BTP" and "Services aux
 * personnes et aux collectivités".  Values are compared without case,
 * accents or punctuation, then word by word (a word of the file may be the
 * start of a word of the label, abbreviations expanded), then by the
 * nearest spelling.  A value matches only when one item is clearly the
 * answer: an ambiguous value is left for the user, never guessed.
 */

#define G_LOG_DOMAIN "psl-import-match"

#include "config.h"

#include <string.h>

#include "psl-import-match.h"

/* Abbreviations and other words of the lists, as whole words. */
static const struct { const char *word; const char *means; } abbreviations[] = {
  { "hcr", "hotellerie restauration" },
  { "chr", "hotellerie restauration" },
  { "resto", "restauration" },
  { "sap", "services aux personnes" },
  { "batiment", "btp" },
  { "bat", "btp" },
  { "tp", "btp" },
  { "travaux", "btp" },
  { "ev", "espaces verts" },
  { "logistique", "transport logistique" },
  { "asso", "associatif" },
  { "association", "associatif" },
  { "collectivite", "collectivite publique" },
  { "mairie", "collectivite publique" },
  { "admin", "administratif" },
};

static const char *stop_words[] = {
  "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur",
  "m", "mme", "mr", "mlle", "monsieur", "madame", NULL
};

static void
item_free (PslMatchItem *item)
{
  g_free (item->code);
  g_free (item->label);
  g_free (item);
}

GPtrArray *
psl_match_items_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
}

void
psl_match_items_add (GPtrArray  *items,
                     const char *code,
                     const char *label)
{
  PslMatchItem *item = g_new0 (PslMatchItem, 1);

  item->code = g_strdup (code);
  item->label = g_strdup (label);
  g_ptr_array_add (items, item);
}

/* Lower case, no accents, every run of punctuation or space one space. */
char *
psl_match_normalize (const char *text)
{
  g_autofree char *down = NULL;
  g_autofree char *ascii = NULL;
  GString *out;
  gboolean space = TRUE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  down = g_utf8_strdown (text, -1);
  ascii = g_str_to_ascii (down, "C");
  out = g_string_sized_new (strlen (ascii));
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          g_string_append_c (out, *p);
          space = FALSE;
        }
      else if (!space)
        {
          g_string_append_c (out, ' ');
          space = TRUE;
        }
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* The words that carry meaning, abbreviations expanded. */
static GPtrArray *
words_of (const char *normalized,
          gboolean    expand)
{
  g_auto(GStrv) parts = g_strsplit (normalized, " ", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *means = NULL;

      if (*parts[i] == '\0' || g_strv_contains (stop_words, parts[i]))
        continue;
      for (guint a = 0; expand && a < G_N_ELEMENTS (abbreviations); a++)
        if (strcmp (parts[i], abbreviations[a].word) == 0)
          means = abbreviations[a].means;
      if (means != NULL)
        {
          g_auto(GStrv) more = g_strsplit (means, " ", -1);

          for (guint m = 0; more[m] != NULL; m++)
            if (!g_strv_contains (stop_words, more[m]))
              g_ptr_array_add (words, g_strdup (more[m]));
        }
      else
        g_ptr_array_add (words, g_strdup (parts[i]));
    }
  return words;
}

/* A word alone of one or two letters is no abbreviation, only an initial
 * beside another word ("J. Dupuy"). */
static gboolean
word_starts_one_of (const char *word,
                    GPtrArray  *words,
                    gboolean    alone)
{
  for (guint i = 0; i < words->len; i++)
    if (alone && strlen (word) < 3 ? strcmp (g_ptr_array_index (words, i), word) == 0
                                   : g_str_has_prefix (g_ptr_array_index (words, i), word))
      return TRUE;
  return FALSE;
}

/* Every word of the value begins a word of the label ("serv pers"), or
 * every word of the label is in the value ("Industrie agroalimentaire"). */
static gboolean
words_match (GPtrArray *value_words,
             GPtrArray *label_words)
{
  gboolean all = value_words->len > 0;

  for (guint i = 0; all && i < value_words->len; i++)
    all = word_starts_one_of (g_ptr_array_index (value_words, i), label_words, value_words->len == 1);
  if (all)
    return TRUE;

  all = label_words->len > 0;
  for (guint i = 0; all && i < label_words->len; i++)
    all = g_ptr_array_find_with_equal_func (value_words, g_ptr_array_index (label_words, i),
                                            g_str_equal, NULL);
  return all;
}

static guint
distance (const char *a,
          const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

/* The single code among candidates, or NULL when none or several. */
static char *
single (GPtrArray *codes)
{
  for (guint i = 1; i < codes->len; i++)
    if (g_strcmp0 (codes->pdata[i], codes->pdata[0]) != 0)
      return NULL;
  return codes->len > 0 ? g_strdup (codes->pdata[0]) : NULL;
}

/* The code of the item the value means, or NULL when it cannot be told. */
char *
psl_match_value (GPtrArray  *items,
                 const char *value)
{
  g_autofree char *norm = psl_match_normalize (value);
  g_autoptr(GPtrArray) exact = g_ptr_array_new ();
  g_autoptr(GPtrArray) by_words = g_ptr_array_new ();
  g_autoptr(GPtrArray) nearest = g_ptr_array_new ();
  g_autoptr(GPtrArray) value_words = NULL;
  guint best = G_MAXUINT;

  if (*norm == '\0' || items == NULL)
    return NULL;
  value_words = words_of (norm, TRUE);

  for (guint i = 0; i < items->len; i++)
    {
      PslMatchItem *item = g_ptr_array_index (items, i);
      g_autofree char *code = psl_match_normalize (item->code);
      g_autofree char *label = psl_match_normalize (item->label);
      g_autoptr(GPtrArray) label_words = words_of (label, FALSE);
      guint d, allowed;

      if (g_strcmp0 (value, item->code) == 0 || strcmp (norm, code) == 0 || strcmp (norm, label) == 0)
        g_ptr_array_add (exact, item->code);
      else if (words_match (value_words, label_words))
        g_ptr_array_add (by_words, item->code);

      /* A slip of the keyboard: a quarter of the letters at most. */
      d = distance (norm, label);
      allowed = MAX (1, strlen (label) / 4);
      if (d <= allowed && d < best)
        {
          best = d;
          g_ptr_array_set_size (nearest, 0);
        }
      if (d <= allowed && d == best)
        g_ptr_array_add (nearest, item->code);
    }

  if (exact->len > 0)
    return single (exact);
  if (by_words->len > 0)
    return single (by_words);
  return single (nearest);
}
