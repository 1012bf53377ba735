/* psl-import.h — importing a list of firms from a CSV file, in one transaction */
#pragma once

#include "psl-csv.h"
#include "psl-import-kinds.h"
#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_IMPORT_DUPLICATES_SKIP,   /* a firm already known is left as it is */
  PSL_IMPORT_DUPLICATES_MERGE,  /* its empty fields are filled from the file */
} PslImportDuplicates;

typedef struct
{
  guint  line;
  char  *reason;
} PslImportRejection;

typedef struct
{
  guint      imported;
  guint      merged;
  guint      skipped;
  GPtrArray *rejected;          /* of PslImportRejection, in line order: rows left out */
  GPtrArray *to_check;          /* of PslImportRejection: rows in, with values kept to check */
  char      *run_id;            /* the import, to undo it (psl-import-undo.h); NULL if it did nothing */
} PslImportReport;

/* A value of a list column chosen as "add it to the list". */
#define PSL_IMPORT_ADD_TO_LIST "+"

/* For each column of the file, the firm's column it fills, or NULL; and
 * for the columns tied to a list, the item each value of the file means. */
typedef struct
{
  PslImportKind kind;
  guint       n_columns;
  char      **targets;
  GHashTable *values;           /* target → (value in the file → code, "" to check, or "+") */
  char       *source;           /* the file's name, for the marks "à vérifier" */
} PslImportMapping;

/* A distinct value of a list column, as the window shows it. */
typedef struct
{
  char  *value;
  guint  rows;
  char  *matched;               /* the code found by itself, or NULL */
} PslImportValue;

void              psl_import_report_free   (PslImportReport  *report);
void              psl_import_mapping_free  (PslImportMapping *mapping);
PslImportMapping *psl_import_guess_mapping (PslCsvTable      *table);
PslImportMapping *psl_import_guess_mapping_for (PslCsvTable  *table,
                                                PslImportKind kind);
PslImportMapping *psl_import_mapping_copy  (PslImportMapping *mapping);
gboolean          psl_import_mapping_set   (PslImportMapping *mapping,
                                            guint             column,
                                            const char       *target,
                                            GError          **error);
gboolean          psl_import_is_list_target (PslImportKind kind,
                                             const char   *target);
GPtrArray        *psl_import_list_items    (PslStore         *store,
                                            PslImportKind     kind,
                                            const char       *target);
GPtrArray        *psl_import_distinct_values (PslStore       *store,
                                              PslCsvTable    *table,
                                              PslImportMapping *mapping,
                                              guint           column);
void              psl_import_value_free    (PslImportValue   *value);
void              psl_import_mapping_set_value (PslImportMapping *mapping,
                                                const char       *target,
                                                const char       *value,
                                                const char       *choice);
const char       *psl_import_mapping_get_value (PslImportMapping *mapping,
                                                const char       *target,
                                                const char       *value);
char             *psl_import_mapping_to_json   (PslImportMapping *mapping,
                                                PslCsvTable      *table);
gboolean          psl_import_mapping_apply_json (PslImportMapping *mapping,
                                                 PslCsvTable      *table,
                                                 const char       *json,
                                                 GError          **error);
gboolean          psl_import_mapping_remember  (PslStore         *store,
                                                PslCsvTable      *table,
                                                PslImportMapping *mapping,
                                                GError          **error);
gboolean          psl_import_mapping_recall    (PslStore         *store,
                                                PslCsvTable      *table,
                                                PslImportMapping *mapping);
PslImportReport  *psl_import_records       (PslStore         *store,
                                            PslCsvTable      *table,
                                            PslImportMapping *mapping,
                                            PslImportDuplicates duplicates,
                                            gboolean          dry_run,
                                            GError          **error);
PslImportReport  *psl_import_companies     (PslStore         *store,
                                            PslCsvTable      *table,
                                            PslImportMapping *mapping,
                                            PslImportDuplicates duplicates,
                                            gboolean          dry_run,
                                            GError          **error);

char             *psl_import_report_to_csv (PslImportReport *report,
                                            const char      *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportReport, psl_import_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportMapping, psl_import_mapping_free)

G_END_DECLS
