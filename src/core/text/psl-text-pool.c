/* psl-text-pool.c — the texts of a list's rows, kept in a few shared blocks */

#include "config.h"

#include "psl-text-pool.h"

struct _PslTextPool
{
  GStringChunk *chunk;
};

static void
pool_clear (PslTextPool *pool)
{
  g_string_chunk_free (pool->chunk);
}

PslTextPool *
psl_text_pool_new (void)
{
  PslTextPool *pool = g_atomic_rc_box_new0 (PslTextPool);

  pool->chunk = g_string_chunk_new (1 << 20);
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

const char *
psl_text_pool_share (PslTextPool *pool,
                     const char  *text)
{
  return text != NULL ? g_string_chunk_insert_const (pool->chunk, text) : NULL;
}
