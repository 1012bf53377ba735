/* psl-fold.h — texts compared as people read them: case and accents aside */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case without accents. */
char       *psl_fold              (const char *text);
/* The folded words of text, split at spaces and punctuation. */
char      **psl_fold_words        (const char *text);

/* Rows sorted by one of their texts: folded when fold is set (names,
 * labels), as they are otherwise (ISO dates); a row without it last.
 * The folded keys are kept by the address of the text, which the rows
 * share (a firm's name, a label): forget them before the rows go.  Rows
 * that keep their text folded give it with key, used as it is. */
typedef struct
{
  const char *(*get) (gpointer row);
  gboolean     fold;
  GHashTable  *keys;
  const char *(*key) (gpointer row);
} PslFoldSort;

int         psl_fold_sort_compare (PslFoldSort   *sort,
                                   gconstpointer  a,
                                   gconstpointer  b);
void        psl_fold_sort_rows    (PslFoldSort   *sort,
                                   GPtrArray     *rows);
void        psl_fold_sort_forget  (PslFoldSort   *sort);

G_END_DECLS
