/* psl-import.h — importing a list of firms from a CSV file, in one transaction */
#pragma once

#include "psl-csv.h"
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
  GPtrArray *rejected;          /* of PslImportRejection, in line order */
} PslImportReport;

/* For each column of the file, the firm's column it fills, or NULL. */
typedef struct
{
  guint   n_columns;
  char  **targets;
} PslImportMapping;

void              psl_import_report_free   (PslImportReport  *report);
void              psl_import_mapping_free  (PslImportMapping *mapping);
PslImportMapping *psl_import_guess_mapping (PslCsvTable      *table);
PslImportMapping *psl_import_mapping_copy  (PslImportMapping *mapping);
gboolean          psl_import_mapping_set   (PslImportMapping *mapping,
                                            guint             column,
                                            const char       *target,
                                            GError          **error);
PslImportReport  *psl_import_companies     (PslStore         *store,
                                            PslCsvTable      *table,
                                            PslImportMapping *mapping,
                                            PslImportDuplicates duplicates,
                                            gboolean          dry_run,
                                            GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportReport, psl_import_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportMapping, psl_import_mapping_free)

G_END_DECLS
