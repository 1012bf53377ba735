/* psl-import-undo.h — the last import undone: what it made deleted, what it filled emptied */
#pragma once

#include "psl-import-kinds.h"
#include "psl-store.h"

G_BEGIN_DECLS

/* A record an import made, or filled where it was empty. */
typedef struct
{
  const char *table;
  char       *id;
  gboolean    created;
  GPtrArray  *columns;   /* of const char *: the fields it filled */
  GPtrArray  *values;    /* of char *: what it put there */
} PslImportTrace;

/* An import that can still be undone. */
typedef struct
{
  char          *id;
  char          *finished_at;   /* UTC */
  PslImportKind  kind;
  char          *source;
  guint          n_created;
  guint          n_merged;
  guint          n_to_check;
  GPtrArray     *created;       /* of char *: the names of a few records it made */
  char          *refusal;       /* NULL when it can be undone; else why not, to show */
} PslImportRun;

#define PSL_IMPORT_UNDO_HOURS 24

void          psl_import_trace_free     (PslImportTrace *trace);
void          psl_import_run_free       (PslImportRun   *run);
char         *psl_import_undo_record    (PslStore       *store,
                                         PslImportKind   kind,
                                         const char     *source,
                                         const char     *started_at,
                                         guint           n_to_check,
                                         GPtrArray      *traces,
                                         GError        **error);
PslImportRun *psl_import_undo_last      (PslStore       *store,
                                         GError        **error);
PslImportRun *psl_import_last_run       (PslStore       *store,
                                         GError        **error);
char         *psl_import_run_describe   (const PslImportRun *run);
char         *psl_import_run_plan       (const PslImportRun *run);
gboolean      psl_import_undo           (PslStore       *store,
                                         const char     *run_id,
                                         guint          *n_removed,
                                         guint          *n_restored,
                                         GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportRun, psl_import_run_free)

G_END_DECLS
