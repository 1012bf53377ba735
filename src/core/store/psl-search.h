/* psl-search.h — full-text search over firms, contacts, people, partners and notes */
#pragma once

struct sqlite3;

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *kind;     /* "company", "contact", "person", "partner", "note" */
  char *ref_id;
  char *title;
  char *detail;
} PslSearchHit;

void       psl_search_hit_free          (PslSearchHit *hit);
char      *psl_search_build_query       (const char   *text);
char      *psl_search_build_name_query  (const char   *text);
char      *psl_search_statement         (const char   *kind);
GPtrArray *psl_search_run               (PslStore     *store,
                                         const char   *text,
                                         guint         limit_per_kind,
                                         GError      **error);
const char * const *psl_search_kinds    (void);
const char *psl_search_kind_label       (const char   *kind);
gboolean   psl_search_defer             (PslStore     *store,
                                         GError      **error);
gboolean   psl_search_catch_up          (PslStore     *store,
                                         GError      **error);
gboolean   psl_search_install_triggers  (struct sqlite3 *db,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslSearchHit, psl_search_hit_free)

G_END_DECLS
