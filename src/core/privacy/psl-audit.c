/* psl-audit.c — the journal of who read, exported or erased people's data */

#define G_LOG_DOMAIN "psl-audit"

#include "config.h"

#include "psl-i18n.h"

#include "psl-audit.h"
#include "psl-format.h"
#include "psl-actor.h"
#include "psl-table-export.h"
#include "psl-store-private.h"

static const char *const action_codes[] = {
  [PSL_AUDIT_READ_CONFIDENTIAL] = "read_confidential",
  [PSL_AUDIT_EXPORT]            = "export",
  [PSL_AUDIT_PRINT]             = "print",
  [PSL_AUDIT_ERASE]             = "erase",
  [PSL_AUDIT_ANONYMISE]         = "anonymise",
  [PSL_AUDIT_RETENTION]         = "retention",
  [PSL_AUDIT_ROLE]              = "role",
  [PSL_AUDIT_ACCOUNT]           = "account",
  [PSL_AUDIT_KEY]               = "key",
};

#define LOAD_SQL \
  "SELECT a.at, coalesce(s.first_name || ' ' || s.last_name, a.account, ''), a.action," \
  "       CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END," \
  "       a.person_id, a.detail" \
  "  FROM audit_entry a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN person p ON p.id = a.person_id" \
  " WHERE (?1 IS NULL OR a.at >= ?1) AND (?2 IS NULL OR a.at < date(?2, '+1 day'))" \
  "   AND (?3 IS NULL OR a.person_id = ?3) AND (?4 IS NULL OR a.staff_id = ?4)" \
  " ORDER BY a.at DESC, a.id;"

gboolean
psl_audit_add (PslStore       *store,
               PslAuditAction  action,
               const char     *person_id,
               const char     *detail,
               GError        **error)
{
  g_autofree char *actor = psl_privacy_get_actor (store);
  g_autofree char *id = psl_new_id ();
  g_autofree char *now = psl_now_timestamp ();
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO audit_entry (id, site_id, at, staff_id, account, action, person_id, detail)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, psl_privacy_get_account (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, action_codes[action], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, detail, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_audit_list_export (PslStore    *store,
                       const char  *list,
                       guint        n_rows,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *rows = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (list != NULL && path != NULL, FALSE);

  /* Translators: how many rows of a list were exported */
  rows = g_strdup_printf (ngettext ("%u row", "%u rows", n_rows), n_rows);
  /* Translators: %1$s is the name of a list of the window, %2$s how many
   * rows of it, %3$s the file written */
  detail = g_strdup_printf (_("List “%1$s”, %2$s, to “%3$s”"), list, rows, base);
  return psl_audit_add (store, PSL_AUDIT_EXPORT, NULL, detail, error);
}

const char *
psl_audit_action_label (const char *code)
{
  if (g_strcmp0 (code, "read_confidential") == 0)
    return _("Read the confidential part");
  if (g_strcmp0 (code, "export") == 0)
    return _("Exported personal data");
  if (g_strcmp0 (code, "print") == 0)
    return _("Printed personal data");
  if (g_strcmp0 (code, "erase") == 0)
    return _("Erased on request");
  if (g_strcmp0 (code, "anonymise") == 0)
    return _("Anonymised by the retention rules");
  /* A run of the rules, or a rule changed: the detail says which. */
  if (g_strcmp0 (code, "retention") == 0)
    return _("Retention of data");
  if (g_strcmp0 (code, "role") == 0)
    return _("Role changed");
  if (g_strcmp0 (code, "account") == 0)
    return _("Login tied to a staff member");
  return _("Structure key");
}

/* What was read, as the journal keeps it (the table's name, the same at
 * every site), in the user's words; any other detail as it is. */
const char *
psl_audit_detail_label (const char *detail)
{
  if (g_strcmp0 (detail, "person_sensitive") == 0)
    return _("confidential part (health, justice, resources…)");
  if (g_strcmp0 (detail, "barrier") == 0)
    return _("details of a barrier");
  return detail;
}

void
psl_audit_row_free (PslAuditRow *row)
{
  if (row == NULL)
    return;
  g_free (row->at);
  g_free (row->staff);
  g_free (row->action);
  g_free (row->person);
  g_free (row->person_id);
  g_free (row->detail);
  g_free (row);
}

static gpointer
read_row (sqlite3_stmt *stmt)
{
  PslAuditRow *row = g_new0 (PslAuditRow, 1);

  row->at = psl_column_dup (stmt, 0);
  row->staff = psl_column_dup (stmt, 1);
  row->action = g_strdup (psl_audit_action_label ((const char *) sqlite3_column_text (stmt, 2)));
  row->person = psl_column_dup (stmt, 3);
  row->person_id = psl_column_dup (stmt, 4);
  row->detail = g_strdup (psl_audit_detail_label ((const char *) sqlite3_column_text (stmt, 5)));
  return row;
}

GPtrArray *
psl_audit_load (PslStore             *store,
                const PslAuditFilter *filter,
                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, LOAD_SQL, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_audit_row_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, filter->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, filter->to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, filter->person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, filter->staff_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the audit journal"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
psl_audit_export (PslStore             *store,
                  const PslAuditFilter *filter,
                  const char           *path,
                  guint                *n_rows,
                  GError              **error)
{
  const char *headers[] = { _("When (UTC)"), _("Staff member"), _("Action"), _("Person"), _("Person's id"),
                            _("Detail"), NULL };
  g_autoptr(GPtrArray) rows = psl_audit_load (store, filter, error);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_export_table_free);
  PslExportTable *table;

  if (rows == NULL)
    return FALSE;
  table = psl_export_table_new (_("Audit journal"), headers);
  g_ptr_array_add (tables, table);
  for (guint i = 0; i < rows->len; i++)
    {
      PslAuditRow *row = g_ptr_array_index (rows, i);
      const char *cells[] = { row->at, row->staff, row->action, row->person ? row->person : "",
                              row->person_id ? row->person_id : "", row->detail ? row->detail : "", NULL };

      psl_export_table_add_row (table, cells);
    }
  if (n_rows != NULL)
    *n_rows = rows->len;
  /* Names and what was done with them: the owner's only. */
  return psl_export_tables_write_private (tables, path, error);
}
