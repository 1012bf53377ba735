/* psl-import-review.h — values an import kept for checking ("à vérifier") */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *field;
  char *value;
  char *reason;
  char *source;
} PslImportReviewItem;

void       psl_import_review_item_free (PslImportReviewItem *item);
gboolean   psl_import_review_add       (PslStore   *store,
                                        const char *record_table,
                                        const char *record_id,
                                        const char *field,
                                        const char *value,
                                        const char *reason,
                                        const char *source,
                                        GError    **error);
gboolean   psl_import_review_clear     (PslStore   *store,
                                        const char *record_table,
                                        const char *record_id,
                                        const char *field,
                                        GError    **error);
GPtrArray *psl_import_review_list      (PslStore   *store,
                                        const char *record_table,
                                        const char *record_id,
                                        GError    **error);
gint64     psl_import_review_count     (PslStore   *store,
                                        const char *record_table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportReviewItem, psl_import_review_item_free)

G_END_DECLS
