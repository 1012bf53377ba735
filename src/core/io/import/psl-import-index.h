/* psl-import-index.h — the keys of the records already known, read once per import */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef struct _PslImportIndex PslImportIndex;

PslImportIndex *psl_import_index_new           (PslStore       *store);
void            psl_import_index_free          (PslImportIndex *index);
gboolean        psl_import_index_load_firms    (PslImportIndex *index,
                                                GError        **error);
gboolean        psl_import_index_load_people   (PslImportIndex *index,
                                                GError        **error);
gboolean        psl_import_index_load_contacts (PslImportIndex *index,
                                                GError        **error);
const char     *psl_import_index_firm          (PslImportIndex *index,
                                                const char     *identifier,
                                                const char     *legal_name,
                                                const char     *postcode);
const char     *psl_import_index_firm_by_name  (PslImportIndex *index,
                                                const char     *name);
const char     *psl_import_index_person        (PslImportIndex *index,
                                                const char     *first_name,
                                                const char     *last_name,
                                                const char     *birth_date);
const char     *psl_import_index_contact       (PslImportIndex *index,
                                                const char     *company_id,
                                                const char     *first_name,
                                                const char     *last_name);
void            psl_import_index_add_firm      (PslImportIndex *index,
                                                const char     *id,
                                                const char     *identifier,
                                                const char     *legal_name,
                                                const char     *trade_name,
                                                const char     *postcode);
void            psl_import_index_add_person    (PslImportIndex *index,
                                                const char     *id,
                                                const char     *first_name,
                                                const char     *last_name,
                                                const char     *birth_date);
void            psl_import_index_add_contact   (PslImportIndex *index,
                                                const char     *id,
                                                const char     *company_id,
                                                const char     *first_name,
                                                const char     *last_name);
void            psl_import_index_row_done      (PslImportIndex *index,
                                                gboolean        kept);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PslImportIndex, psl_import_index_free)

G_END_DECLS
