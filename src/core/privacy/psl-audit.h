/* psl-audit.h — the journal of who read, exported or erased people's data
 *
 * Rows are only added: the database refuses to change or delete them
 * (triggers of migration 0013), whatever the program or a user of its
 * connection asks.  The journal travels between sites. */
#pragma once

#include "psl-store.h"

G_BEGIN_DECLS

typedef enum
{
  PSL_AUDIT_READ_CONFIDENTIAL,
  PSL_AUDIT_EXPORT,
  PSL_AUDIT_PRINT,
  PSL_AUDIT_ERASE,
  PSL_AUDIT_ANONYMISE,
  PSL_AUDIT_RETENTION,
  PSL_AUDIT_ROLE,
  PSL_AUDIT_ACCOUNT,
  PSL_AUDIT_KEY,
} PslAuditAction;

typedef struct
{
  char *at;          /* UTC ISO-8601 */
  char *staff;       /* name, or the login when tied to nobody */
  char *action;      /* in the user's language */
  char *person;      /* the person's name as it is now (anonymised: a code) */
  char *person_id;
  char *detail;
} PslAuditRow;

typedef struct
{
  const char *from;       /* YYYY-MM-DD, or NULL */
  const char *to;
  const char *person_id;
  const char *staff_id;
} PslAuditFilter;

gboolean    psl_audit_add          (PslStore             *store,
                                    PslAuditAction        action,
                                    const char           *person_id,
                                    const char           *detail,
                                    GError              **error);
/* A list of the window that names people, exported: which, how many
 * rows, to which file. */
gboolean    psl_audit_list_export  (PslStore             *store,
                                    const char           *list,
                                    guint                 n_rows,
                                    const char           *path,
                                    GError              **error);
const char *psl_audit_action_label (const char           *code);
/* A detail kept as a code ("person_sensitive", "barrier") in words. */
const char *psl_audit_detail_label (const char           *detail);
GPtrArray  *psl_audit_load         (PslStore             *store,
                                    const PslAuditFilter *filter,
                                    GError              **error);
/* The rows of filter into path, CSV or XLSX by its ending. */
gboolean    psl_audit_export       (PslStore             *store,
                                    const PslAuditFilter *filter,
                                    const char           *path,
                                    guint                *n_rows,
                                    GError              **error);
void        psl_audit_row_free     (PslAuditRow          *row);

G_END_DECLS
