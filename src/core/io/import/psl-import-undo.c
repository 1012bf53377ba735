/* psl-import-undo.c — the last import undone: what it made deleted, what it filled emptied
 *
 * An import writes, in its own transaction, which records it made and which
 * empty fields of records already there it filled, with the value it put.
 * For a day the last import can be undone, in one transaction: the records
 * it made are deleted (as a deletion in the window is: they can be brought
 * back, and the deletion travels to the other sites), the fields it filled
 * are emptied again unless someone has changed them since, and the marks
 * "à vérifier" it added go.  Items it added to a list stay: other records
 * may use them by then.
 */

#define G_LOG_DOMAIN "psl-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "psl-company.h"
#include "psl-format.h"
#include "psl-contact.h"
#include "psl-interaction.h"
#include "psl-person.h"
#include "psl-import-undo.h"
#include "psl-store-private.h"

void
psl_import_trace_free (PslImportTrace *trace)
{
  if (trace == NULL)
    return;
  g_free (trace->id);
  g_clear_pointer (&trace->columns, g_ptr_array_unref);
  g_clear_pointer (&trace->values, g_ptr_array_unref);
  g_free (trace);
}

void
psl_import_run_free (PslImportRun *run)
{
  if (run == NULL)
    return;
  g_free (run->id);
  g_free (run->finished_at);
  g_free (run->source);
  g_clear_pointer (&run->created, g_ptr_array_unref);
  g_free (run->refusal);
  g_free (run);
}

/* The tables an import writes, and their fields: nothing else is named in SQL. */
static const PslField *
fields_of (const char *table)
{
  if (g_strcmp0 (table, "company") == 0)
    return psl_company_fields;
  if (g_strcmp0 (table, "contact") == 0)
    return psl_contact_fields;
  if (g_strcmp0 (table, "person") == 0)
    return psl_person_fields;
  if (g_strcmp0 (table, "interaction") == 0)
    return psl_interaction_fields;
  return NULL;
}

static char *
filled_json (PslImportTrace *trace)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  for (guint i = 0; i < trace->columns->len; i++)
    {
      json_builder_set_member_name (builder, g_ptr_array_index (trace->columns, i));
      json_builder_add_string_value (builder, g_ptr_array_index (trace->values, i));
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Inside the import's transaction: what it did, for undoing it.  Returns
 * the import's id. */
char *
psl_import_undo_record (PslStore      *store,
                        PslImportKind  kind,
                        const char    *source,
                        const char    *started_at,
                        guint          n_to_check,
                        GPtrArray     *traces,
                        GError       **error)
{
  g_autofree char *id = psl_new_id ();
  g_autofree char *now = psl_now_timestamp ();
  g_autoptr(sqlite3_stmt) run = NULL;
  g_autoptr(sqlite3_stmt) item = NULL;
  guint n_created = 0, n_merged = 0;

  for (guint i = 0; i < traces->len; i++)
    {
      PslImportTrace *trace = g_ptr_array_index (traces, i);

      n_created += trace->created;
      n_merged += !trace->created;
    }
  run = psl_store_prepare (store, "INSERT INTO import_run (run_id, started_at, finished_at, kind, source, n_created,"
                                  " n_merged, n_to_check) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);", error);
  item = psl_store_prepare (store, "INSERT INTO import_trace (run_id, record_table, record_id, created, filled)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5);", error);
  if (run == NULL || item == NULL)
    return NULL;
  sqlite3_bind_text (run, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (run, 2, started_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (run, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (run, 4, psl_import_kind_info (kind)->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (run, 5, source, -1, SQLITE_STATIC);
  sqlite3_bind_int (run, 6, n_created);
  sqlite3_bind_int (run, 7, n_merged);
  sqlite3_bind_int (run, 8, n_to_check);
  if (!psl_store_step_done (store, run, error))
    return NULL;

  sqlite3_bind_text (item, 1, id, -1, SQLITE_STATIC);
  for (guint i = 0; i < traces->len; i++)
    {
      PslImportTrace *trace = g_ptr_array_index (traces, i);
      g_autofree char *filled = trace->created ? NULL : filled_json (trace);

      sqlite3_bind_text (item, 2, trace->table, -1, SQLITE_STATIC);
      sqlite3_bind_text (item, 3, trace->id, -1, SQLITE_STATIC);
      sqlite3_bind_int (item, 4, trace->created);
      sqlite3_bind_text (item, 5, filled, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, item, error))
        return NULL;
    }

  /* A row written twice in a millisecond is stamped a little ahead: the
   * import ends no earlier than its last stamp, so that any later change
   * of its records is seen as one (why_not). */
  {
    g_autoptr(sqlite3_stmt) end = psl_store_prepare (store,
      "UPDATE import_run SET finished_at = max(finished_at, coalesce((SELECT"
      " max(coalesce(c.updated_at, p.updated_at, k.updated_at, i.updated_at)) FROM import_trace t"
      " LEFT JOIN company c ON t.record_table = 'company' AND c.id = t.record_id"
      " LEFT JOIN person p ON t.record_table = 'person' AND p.id = t.record_id"
      " LEFT JOIN contact k ON t.record_table = 'contact' AND k.id = t.record_id"
      " LEFT JOIN interaction i ON t.record_table = 'interaction' AND i.id = t.record_id"
      " WHERE t.run_id = ?1), '')) WHERE run_id = ?1;", error);

    if (end == NULL)
      return NULL;
    sqlite3_bind_text (end, 1, id, -1, SQLITE_STATIC);
    if (!psl_store_step_done (store, end, error))
      return NULL;
  }
  return g_steal_pointer (&id);
}

static char *
since_limit (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_hours (now, -PSL_IMPORT_UNDO_HOURS);

  return g_date_time_format (then, "%Y-%m-%dT%H:%M:%S.000Z");
}

/* Why an import cannot be undone, or NULL when it can: undone already,
 * another one after it, more than a day old, or a record it made changed
 * since (by hand or by a later write: undoing would lose that work).  A
 * field it filled and changed since is no reason: the undo leaves it. */
static char *
why_not (PslStore   *store,
         const char *run_id,
         const char *finished_at,
         gboolean    undone,
         gboolean    last,
         GError    **error)
{
  g_autofree char *limit = since_limit ();
  g_autoptr(sqlite3_stmt) changed = NULL;
  int n_changed;

  if (undone)
    return g_strdup (_("This import has already been undone."));
  if (!last)
    return g_strdup (_("Only the last import can be undone: another one came after it."));
  if (g_strcmp0 (finished_at, limit) < 0)
    return g_strdup (_("This import is more than 24 hours old: it can no longer be undone as a whole. "
                       "Delete or correct its records one by one."));
  changed = psl_store_prepare (store,
    "SELECT count(*) FROM import_trace t"
    " LEFT JOIN company c ON t.record_table = 'company' AND c.id = t.record_id"
    " LEFT JOIN person p ON t.record_table = 'person' AND p.id = t.record_id"
    " LEFT JOIN contact k ON t.record_table = 'contact' AND k.id = t.record_id"
    " LEFT JOIN interaction i ON t.record_table = 'interaction' AND i.id = t.record_id"
    " WHERE t.run_id = ?1 AND t.created"
    " AND coalesce(c.updated_at, p.updated_at, k.updated_at, i.updated_at) > ?2;", error);
  if (changed == NULL)
    return NULL;
  sqlite3_bind_text (changed, 1, run_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (changed, 2, finished_at, -1, SQLITE_STATIC);
  n_changed = sqlite3_step (changed) == SQLITE_ROW ? sqlite3_column_int (changed, 0) : 0;
  if (n_changed > 0)
    /* Translators: %d records made by an import were changed after it */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d record this import made has been changed since: undoing it would "
                                         "lose that work. Delete or correct its records one by one.",
                                         "%d records this import made have been changed since: undoing it would "
                                         "lose that work. Delete or correct its records one by one.",
                                         n_changed), n_changed);
  return NULL;
}

/* The last import, undone or not, with why it cannot be undone when it
 * cannot; NULL with no error when there has been none. */
PslImportRun *
psl_import_last_run (PslStore *store,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT run_id, finished_at, kind, source, n_created, n_merged, n_to_check, undone_at FROM import_run"
    " ORDER BY finished_at DESC LIMIT 1;", error);
  g_autoptr(sqlite3_stmt) names = NULL;
  g_autoptr(PslImportRun) run = NULL;
  GError *local = NULL;

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  run = g_new0 (PslImportRun, 1);
  run->id = psl_column_dup (stmt, 0);
  run->finished_at = psl_column_dup (stmt, 1);
  psl_import_kind_from_name ((const char *) sqlite3_column_text (stmt, 2), &run->kind);
  run->source = psl_column_dup (stmt, 3);
  run->n_created = sqlite3_column_int (stmt, 4);
  run->n_merged = sqlite3_column_int (stmt, 5);
  run->n_to_check = sqlite3_column_int (stmt, 6);
  run->refusal = why_not (store, run->id, run->finished_at, sqlite3_column_type (stmt, 7) != SQLITE_NULL, TRUE,
                          &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }

  /* A few of the records it made, by name, for the user to recognise it. */
  run->created = g_ptr_array_new_with_free_func (g_free);
  names = psl_store_prepare (store,
    "SELECT coalesce(c.legal_name, p.first_name || ' ' || p.last_name, k.first_name || ' ' || k.last_name,"
    "                i.occurred_at)"
    " FROM import_trace t"
    " LEFT JOIN company c ON t.record_table = 'company' AND c.id = t.record_id"
    " LEFT JOIN person p ON t.record_table = 'person' AND p.id = t.record_id"
    " LEFT JOIN contact k ON t.record_table = 'contact' AND k.id = t.record_id"
    " LEFT JOIN interaction i ON t.record_table = 'interaction' AND i.id = t.record_id"
    " WHERE t.run_id = ?1 AND t.created ORDER BY t.rowid LIMIT 5;", error);
  if (names == NULL)
    return NULL;
  sqlite3_bind_text (names, 1, run->id, -1, SQLITE_STATIC);
  while (sqlite3_step (names) == SQLITE_ROW)
    if (sqlite3_column_type (names, 0) != SQLITE_NULL)
      g_ptr_array_add (run->created, psl_column_dup (names, 0));
  return g_steal_pointer (&run);
}

/* The last import, when it can still be undone; NULL with no error when
 * there is none. */
PslImportRun *
psl_import_undo_last (PslStore *store,
                      GError  **error)
{
  g_autoptr(PslImportRun) run = psl_import_last_run (store, error);

  return run != NULL && run->refusal == NULL ? g_steal_pointer (&run) : NULL;
}

static const char *
kind_label (PslImportKind kind)
{
  switch (kind)
    {
    case PSL_IMPORT_CONTACTS:
      return _("Contacts at firms");
    case PSL_IMPORT_PEOPLE:
      return _("People followed");
    case PSL_IMPORT_JOURNAL:
      return _("Journal of exchanges with firms");
    case PSL_IMPORT_FIRMS:
    default:
      return _("Firms");
    }
}

/* "Firms from “list.csv”, on 5 December 2026 at 14:32: 2 created, 1
 * completed, 1 to check", the time in local time. */
char *
psl_import_run_describe (const PslImportRun *run)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (run->finished_at, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *iso = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : g_strdup (run->finished_at);
  g_autofree char *day = psl_format_date (iso);
  g_autofree char *time = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");

  /* Translators: the last import: %1$s what it brought in (Firms…), %2$s the file, %3$s the day, %4$s the
   * time, then the counts of records created, completed and marked to check */
  return g_strdup_printf (_("%1$s from “%2$s”, on %3$s at %4$s: %5$u created, %6$u completed, %7$u to check"),
                          kind_label (run->kind), run->source != NULL ? run->source : "?", day, time,
                          run->n_created, run->n_merged, run->n_to_check);
}

/* What undoing it will do, for the user to confirm. */
char *
psl_import_run_plan (const PslImportRun *run)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u record it made will be removed",
                                             "%u records it made will be removed", run->n_created),
                          run->n_created);
  if (run->created != NULL && run->created->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (run->created, NULL);
      names = g_strjoinv (", ", (char **) run->created->pdata);
      g_ptr_array_remove_index (run->created, run->created->len - 1);
      g_string_append_printf (text, ".\n%s%s", names, run->n_created > run->created->len ? "…" : "");
    }
  g_string_append (text, g_str_has_suffix (text->str, "…") ? "\n" : ".\n");
  if (run->n_merged > 0)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u record it completed will have the fields it filled emptied "
                                                 "again, except those changed since.",
                                                 "%u records it completed will have the fields it filled emptied "
                                                 "again, except those changed since.",
                                                 run->n_merged), run->n_merged);
      g_string_append (text, "\n");
    }
  g_string_append (text, _("The marks “to check” it added go; the values it added to the lists stay."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Empties the fields the import filled, where they still hold what it put. */
static gboolean
empty_filled (PslStore   *store,
              const char *table,
              const char *id,
              const char *json,
              gboolean   *changed,
              GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const PslField *fields = fields_of (table);
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (fields == NULL || json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return TRUE;
  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const PslField *field = psl_record_find_field (fields, l->data);
      g_autofree char *sql = NULL;
      g_autoptr(PslCachedStmt) stmt = NULL;

      if (field == NULL)
        continue;
      /* table and column are the program's own names, checked above. */
      sql = g_strdup_printf ("UPDATE %s SET %s = NULL WHERE id = ?1 AND %s IS ?2;", table, field->column,
                             field->column);
      if ((stmt = psl_store_lend (store, sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, json_object_get_string_member (object, l->data), -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, stmt, error))
        return FALSE;
      *changed |= sqlite3_changes (psl_store_get_db (store)) > 0;
    }
  return TRUE;
}

static gboolean
undo_traces (PslStore   *store,
             const char *run_id,
             const char *started_at,
             guint      *n_removed,
             guint      *n_restored,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) traces = psl_store_prepare (store,
    "SELECT record_table, record_id, created, filled FROM import_trace WHERE run_id = ?1 ORDER BY rowid DESC;",
    error);

  if (traces == NULL)
    return FALSE;
  sqlite3_bind_text (traces, 1, run_id, -1, SQLITE_STATIC);
  while (sqlite3_step (traces) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (traces, 0);
      const char *id = (const char *) sqlite3_column_text (traces, 1);
      g_autofree char *sql = NULL;
      g_autoptr(PslCachedStmt) stmt = NULL;
      g_autoptr(PslCachedStmt) marks = NULL;
      gboolean changed = FALSE;

      if (fields_of (table) == NULL)
        continue;
      if (sqlite3_column_int (traces, 2))
        {
          /* table is one of the four above. */
          sql = g_strdup_printf ("UPDATE %s SET deleted_at = strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now')"
                                 " WHERE id = ?1 AND deleted_at IS NULL;", table);
          if ((stmt = psl_store_lend (store, sql, error)) == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
          if (!psl_store_step_done (store, stmt, error))
            return FALSE;
          *n_removed += sqlite3_changes (psl_store_get_db (store)) > 0;
        }
      else
        {
          if (!empty_filled (store, table, id, (const char *) sqlite3_column_text (traces, 3), &changed, error))
            return FALSE;
          *n_restored += changed;
        }

      /* The marks this import put on the record; older ones stay. */
      marks = psl_store_lend (store, "DELETE FROM import_review WHERE record_table = ?1 AND record_id = ?2"
                                     " AND created_at >= ?3;", error);
      if (marks == NULL)
        return FALSE;
      sqlite3_bind_text (marks, 1, table, -1, SQLITE_STATIC);
      sqlite3_bind_text (marks, 2, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (marks, 3, started_at, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, marks, error))
        return FALSE;
    }
  return TRUE;
}

/* In one transaction: all of it undone, or nothing. */
gboolean
psl_import_undo (PslStore   *store,
                 const char *run_id,
                 guint      *n_removed,
                 guint      *n_restored,
                 GError    **error)
{
  g_autofree char *started_at = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) done = NULL;
  guint removed = 0, restored = 0;

  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store, "SELECT started_at, finished_at, undone_at,"
                                   " finished_at = (SELECT max(finished_at) FROM import_run)"
                                   " FROM import_run WHERE run_id = ?1;", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, run_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      refuse (error, _("This import is not known in this database."));
      goto failed;
    }
  {
    GError *local = NULL;
    g_autofree char *refusal = why_not (store, run_id, (const char *) sqlite3_column_text (stmt, 1),
                                        sqlite3_column_type (stmt, 2) != SQLITE_NULL,
                                        sqlite3_column_int (stmt, 3), &local);

    if (local != NULL || refusal != NULL)
      {
        if (local != NULL)
          g_propagate_error (error, local);
        else
          refuse (error, refusal);
        goto failed;
      }
  }
  started_at = psl_column_dup (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!undo_traces (store, run_id, started_at, &removed, &restored, error))
    goto failed;
  done = psl_store_prepare (store, "UPDATE import_run SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                                   " WHERE run_id = ?1;", error);
  if (done == NULL)
    goto failed;
  sqlite3_bind_text (done, 1, run_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, done, error) || !psl_store_commit (store, error))
    goto failed;
  if (n_removed != NULL)
    *n_removed = removed;
  if (n_restored != NULL)
    *n_restored = restored;
  return TRUE;

failed:
  g_clear_pointer (&stmt, sqlite3_finalize);
  psl_store_rollback (store);
  return FALSE;
}
