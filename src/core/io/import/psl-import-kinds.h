/* psl-import-kinds.h — what each kind of import fills: firms, contacts, people, journal */
#pragma once

#include "psl-record.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_IMPORT_FIRMS,
  PSL_IMPORT_CONTACTS,
  PSL_IMPORT_PEOPLE,
  PSL_IMPORT_JOURNAL,
} PslImportKind;

typedef struct
{
  PslImportKind   kind;
  const char     *name;       /* as the command line says it */
  const char     *table;      /* where the records go */
  const PslField *fields;     /* the record's own fields */
  const PslField *targets;    /* what a column may fill: the fields offered, and the firm it belongs to */
  const char     *required;   /* the target without which a row is left out */
} PslImportKindInfo;

const PslImportKindInfo *psl_import_kind_info      (PslImportKind  kind);
gboolean                 psl_import_kind_from_name (const char    *name,
                                                    PslImportKind *kind);
const char              *psl_import_kind_guess     (PslImportKind  kind,
                                                    const char    *folded_title);

G_END_DECLS
