/* psl-text-pool.c — the texts of a list's rows, kept in a few shared blocks
 *
 * Dates are the texts rows share most (a placement holds four): an ISO
 * date is found by its day in a block of its year rather than hashed and
 * compared: no hash to make, and the blocks stay in the caches.
 */

#include "config.h"

#include <string.h>

#include "psl-text-pool.h"

#define FIRST_YEAR 1900
#define N_YEARS 300
/* A year's days by month and day of month, 31 to a month. */
#define YEAR_DAYS (12 * 31)

struct _PslTextPool
{
  GStringChunk *chunk;
  const char  **years[N_YEARS];   /* each allocated at its first date */
};

static void
pool_clear (PslTextPool *pool)
{
  g_string_chunk_free (pool->chunk);
  for (guint i = 0; i < N_YEARS; i++)
    g_free (pool->years[i]);
}

PslTextPool *
psl_text_pool_new (void)
{
  PslTextPool *pool = g_atomic_rc_box_new0 (PslTextPool);

  /* Blocks of 64 KB: a pool of a few rows (a screen of them, a short
   * list) then holds no more than it keeps, and one of 100,000 rows wastes
   * at most a block. */
  pool->chunk = g_string_chunk_new (1 << 16);
  return pool;
}

PslTextPool *
psl_text_pool_ref (PslTextPool *pool)
{
  return g_atomic_rc_box_acquire (pool);
}

void
psl_text_pool_unref (PslTextPool *pool)
{
  g_atomic_rc_box_release_full (pool, (GDestroyNotify) pool_clear);
}

const char *
psl_text_pool_keep (PslTextPool *pool,
                    const char  *text)
{
  return text != NULL ? g_string_chunk_insert (pool->chunk, text) : NULL;
}

static inline guint
digits (const char *text,
        guint       from,
        guint       n)
{
  guint value = 0;

  for (guint i = from; i < from + n; i++)
    {
      if (text[i] < '0' || text[i] > '9')
        return G_MAXUINT;
      value = value * 10 + (guint) (text[i] - '0');
    }
  return value;
}

/* Where the pool keeps the ISO date text (YYYY-MM-DD and nothing after),
 * NULL for another text. */
static const char **
day_place (PslTextPool *pool,
           const char  *text)
{
  guint year, month, day;

  if (strnlen (text, 11) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  year = digits (text, 0, 4);
  month = digits (text, 5, 2);
  day = digits (text, 8, 2);
  if (year < FIRST_YEAR || year >= FIRST_YEAR + N_YEARS || month < 1 || month > 12 || day < 1 || day > 31)
    return NULL;
  if (pool->years[year - FIRST_YEAR] == NULL)
    pool->years[year - FIRST_YEAR] = g_new0 (const char *, YEAR_DAYS);
  return &pool->years[year - FIRST_YEAR][(month - 1) * 31 + day - 1];
}

const char *
psl_text_pool_share (PslTextPool *pool,
                     const char  *text)
{
  const char **day;

  if (text == NULL)
    return NULL;
  if ((day = day_place (pool, text)) == NULL)
    return g_string_chunk_insert_const (pool->chunk, text);
  if (*day == NULL)
    *day = g_string_chunk_insert_len (pool->chunk, text, 10);
  return *day;
}
