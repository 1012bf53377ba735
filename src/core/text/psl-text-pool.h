/* psl-text-pool.h — the texts of a list's rows, kept in a few shared blocks
 *
 * Reading 100,000 people or 200,000 placements spent more in the
 * allocator than in the file when every row owned a dozen small strings.
 * The rows of one reading keep their texts in one pool instead, each row
 * holding a reference to it; texts that repeat (a commune, a referent, a
 * date) are kept once.  The pool goes with its last row.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PslTextPool PslTextPool;

PslTextPool *psl_text_pool_new     (void);
PslTextPool *psl_text_pool_ref     (PslTextPool *pool);
void         psl_text_pool_unref   (PslTextPool *pool);
/* A copy of text in the pool, or NULL for NULL. */
const char  *psl_text_pool_keep    (PslTextPool *pool,
                                    const char  *text);
/* The same, kept once for every equal text. */
const char  *psl_text_pool_share   (PslTextPool *pool,
                                    const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslTextPool, psl_text_pool_unref)

G_END_DECLS
