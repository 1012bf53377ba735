/* psl-ref.h — the editable reference lists (sectors, barriers, contract types…) */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *code;
  char *label;
  char *parent_code;
} PslRefItem;

void        psl_ref_item_free   (PslRefItem *item);
GPtrArray  *psl_ref_list        (PslStore   *store,
                                 const char *list_code,
                                 const char *country,
                                 GError    **error);
char       *psl_ref_label       (PslStore   *store,
                                 const char *list_code,
                                 const char *code);
GPtrArray  *psl_ref_choices     (PslStore   *store,
                                 const char *sql,
                                 GError    **error);
GPtrArray  *psl_ref_choices_for (PslStore   *store,
                                 const char *sql,
                                 const char *param,
                                 GError    **error);
gboolean    psl_ref_has_code    (PslStore   *store,
                                 const char *list_code,
                                 const char *code);
/* code → label of items, in a table owning its strings. */
GHashTable *psl_ref_labels      (GPtrArray  *items);

G_END_DECLS
