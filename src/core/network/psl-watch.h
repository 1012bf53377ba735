/* psl-watch.h — the local economic watch: settlements, closures, projects read in the press or studies */
#pragma once

#include "psl-opportunity.h"

G_BEGIN_DECLS

/* A summary says what was read, in a few lines. */
#define PSL_WATCH_SUMMARY_MAX 2000

typedef struct
{
  char     *id;
  char     *kind;              /* settlement, closure, extension, project */
  char     *kind_label;
  char     *noted_on;
  char     *source;
  char     *summary;
  char     *commune;
  char     *company_id;        /* NULL while the firm is not in the network */
  char     *firm;              /* the firm's name, in the network or not */
  char     *opportunity_id;    /* what the entry became, or NULL */
  char     *opportunity_title;
  char     *interaction_id;
  char     *visit_on;
} PslWatchLine;

extern const PslField psl_watch_fields[];
extern const char *const psl_watch_kind_choices[];

char         *psl_watch_create           (PslStore           *store,
                                          const char         *kind,
                                          const char         *noted_on,
                                          const char         *summary,
                                          const char         *company_id,
                                          const char         *firm_name,
                                          GError            **error);
char         *psl_watch_create_from_form (PslStore           *store,
                                          const char         *parent_id,
                                          const char * const *columns,
                                          const char * const *values,
                                          GError            **error);
gboolean      psl_watch_check_form       (GHashTable         *values,
                                          const char        **refused_column,
                                          GError            **error);
gboolean      psl_watch_set              (PslStore           *store,
                                          const char         *id,
                                          const char         *column,
                                          const char         *value,
                                          GError            **error);
GPtrArray    *psl_watch_list             (PslStore           *store,
                                          GError            **error);
PslWatchLine *psl_watch_load             (PslStore           *store,
                                          const char         *id,
                                          GError            **error);
void          psl_watch_line_free        (PslWatchLine       *line);
char         *psl_watch_line_outcome     (const PslWatchLine *line);

char         *psl_watch_to_opportunity   (PslStore           *store,
                                          const char         *id,
                                          const char         *today,
                                          GError            **error);
char         *psl_watch_to_visit         (PslStore           *store,
                                          const char         *id,
                                          const char         *visit_on,
                                          GError            **error);

/* What an entry became when it is already recorded: an opportunity or a
 * visit of the entry's firm of the network. */
gboolean      psl_watch_tie              (PslStore           *store,
                                          const char         *id,
                                          const char         *record_id,
                                          gboolean            visit,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslWatchLine, psl_watch_line_free)

G_END_DECLS
