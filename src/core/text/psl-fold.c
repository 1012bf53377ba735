/* psl-fold.c — texts compared as people read them: case and accents aside
 *
 * Searching and sorting the lists both go through the folded form, so
 * that what a filter finds and where a name sorts agree ("Élodie" with
 * the e's).  Sorting 200,000 rows by folded keys compared byte by byte
 * costs a tenth of comparing them by the locale's rules.
 */

#include "config.h"

#include <string.h>

#include "psl-fold.h"

/* Lower case without accents: "Étienne" and "etienne" are the same word. */
char *
psl_fold (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return g_strdup ("");
  /* Most names need nothing more than lower case: quicker when 100,000
   * are read. */
  if (g_str_is_ascii (text))
    return g_ascii_strdown (text, -1);
  lower = g_utf8_casefold (text, -1);
  return g_str_to_ascii (lower, "C");
}

char **
psl_fold_words (const char *text)
{
  g_autofree char *folded = psl_fold (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t,;'-", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static const char *
sort_key (PslFoldSort *sort,
          const char  *text)
{
  char *key;

  if (sort->keys == NULL)
    sort->keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  key = g_hash_table_lookup (sort->keys, text);
  if (key == NULL)
    {
      key = psl_fold (text);
      g_hash_table_insert (sort->keys, (gpointer) text, key);
    }
  return key;
}

int
psl_fold_sort_compare (PslFoldSort   *sort,
                       gconstpointer  a,
                       gconstpointer  b)
{
  const char *x = sort->key != NULL ? sort->key ((gpointer) a) : sort->get ((gpointer) a);
  const char *y = sort->key != NULL ? sort->key ((gpointer) b) : sort->get ((gpointer) b);

  /* An empty value goes last. */
  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  if (!sort->fold || sort->key != NULL)
    return strcmp (x, y);
  return strcmp (sort_key (sort, x), sort_key (sort, y));
}

/* A row beside its key and eight bytes of the key, read as a number in
 * the order strcmp () gives, for the sorting to order rows by those
 * numbers in one block: the keys themselves, scattered over the heap, are
 * read once for each eight bytes the sorting goes down, never at each
 * comparison.  24 bytes: the passes move the items whole. */
typedef struct
{
  guint64     head;
  const char *key;
  gpointer    row;
} Keyed;

#define HEAD_BYTES 8

/* Groups this small, alike so far, are put in order by comparing what
 * follows: fewer steps than the passes over each byte. */
#define FEW_ALIKE 16

/* The 8 bytes of key from offset (within its text), big-endian, zeros
 * after its end, as strcmp () orders bytes: unsigned, an end before any
 * byte. */
static void
read_head (Keyed *keyed,
           gsize  offset)
{
  const char *key = keyed->key + offset;

  keyed->head = 0;
  for (guint j = 0; j < HEAD_BYTES && key[j] != '\0'; j++)
    keyed->head |= (guint64) (guchar) key[j] << (56 - 8 * j);
}

/* Sorted by their heads, a byte at a time from the last, each pass
 * keeping the order of the one before (so the rows' own order among
 * equal heads): time in proportion to the rows, where comparing them
 * grows faster, the more so as they outgrow the processor's caches.  A
 * byte that every head shares takes no pass. */
static void
sort_by_heads (Keyed *keyed,
               Keyed *spare,
               guint  n)
{
  Keyed *given = keyed;

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint counts[256] = { 0 }, start = 0;
      Keyed *swap;

      for (guint i = 0; i < n; i++)
        counts[(keyed[i].head >> shift) & 0xff]++;
      if (counts[(keyed[0].head >> shift) & 0xff] == n)
        continue;
      for (guint b = 0; b < 256; b++)
        {
          guint count = counts[b];

          counts[b] = start;
          start += count;
        }
      for (guint i = 0; i < n; i++)
        spare[counts[(keyed[i].head >> shift) & 0xff]++] = keyed[i];
      /* The pass's result is read by the next. */
      swap = keyed;
      keyed = spare;
      spare = swap;
    }
  if (keyed != given)
    memcpy (given, keyed, n * sizeof (Keyed));
}

/* A few rows whose keys are alike up to offset, by what follows, by
 * insertion: a row moves only past those greater, so rows of the same
 * key keep their order. */
static void
sort_few (Keyed *keyed,
          guint  n,
          gsize  offset)
{
  for (guint i = 1; i < n; i++)
    {
      Keyed one = keyed[i];
      guint j = i;

      for (; j > 0 && strcmp (keyed[j - 1].key + offset, one.key + offset) > 0; j--)
        keyed[j] = keyed[j - 1];
      keyed[j] = one;
    }
}

/* Rows whose keys are alike before offset, their heads read from there:
 * sorted by their heads, then each group of rows alike in those eight
 * bytes too, and whose keys go on, by the eight bytes after.  Each key is
 * read as far as it is alike with another, once: rows that share their
 * name (the placements of one person, or people of the same name) cost
 * as much as any others, where comparing them whole made the sort grow
 * half as fast again as the rows. */
static void
sort_from (Keyed *keyed,
           Keyed *spare,
           guint  n,
           gsize  offset)
{
  guint start;

  sort_by_heads (keyed, spare, n);
  for (guint i = 0; i < n; i = start)
    {
      for (start = i + 1; start < n && keyed[start].head == keyed[i].head; start++)
        ;
      /* Alike in 8 bytes, the last of them not the end: the keys go on. */
      if (start - i < 2 || (keyed[i].head & 0xff) == 0)
        continue;
      if (start - i <= FEW_ALIKE)
        {
          sort_few (keyed + i, start - i, offset + HEAD_BYTES);
          continue;
        }
      for (guint j = i; j < start; j++)
        read_head (&keyed[j], offset + HEAD_BYTES);
      sort_from (keyed + i, spare, start - i, offset + HEAD_BYTES);
    }
}

void
psl_fold_sort_rows (PslFoldSort *sort,
                    GPtrArray   *rows)
{
  guint n = rows->len, with_key = 0, without = 0;
  g_autofree Keyed *keyed = g_new (Keyed, MAX (n, 1));
  g_autofree Keyed *spare = g_new (Keyed, MAX (n, 1));
  const char *last = NULL;

  /* Rows with a key first, those without after them, each in its order. */
  for (guint i = 0; i < n; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);
      const char *text = sort->key != NULL ? sort->key (row) : sort->get (row);
      const char *key = text == NULL || !sort->fold || sort->key != NULL ? text : sort_key (sort, text);
      Keyed *one = key != NULL ? &keyed[with_key++] : &spare[without++];

      one->key = key;
      one->row = row;
      /* Rows in a row often share their key. */
      if (key != NULL && key == last)
        one->head = keyed[with_key - 2].head;
      else if (key != NULL)
        read_head (one, 0);
      last = key;
    }
  memcpy (keyed + with_key, spare, without * sizeof (Keyed));
  if (with_key > 0)
    sort_from (keyed, spare, with_key, 0);
  for (guint i = 0; i < n; i++)
    rows->pdata[i] = keyed[i].row;
}

void
psl_fold_sort_forget (PslFoldSort *sort)
{
  g_clear_pointer (&sort->keys, g_hash_table_unref);
}
