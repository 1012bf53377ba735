/* psl-diagnostic.c — the diagnostic grid answered by each member of staff, saved as they go
 *
 * Annexe 3 asks the team, not one person: each member answers on their
 * own, and the structure's answer is their sum (psl-diagnostic-summary.c).
 * One row per member and question, written at each change, so that two
 * members, or two antennas, never overwrite each other's answers.
 */

#define G_LOG_DOMAIN "psl-diagnostic"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-diagnostic.h"
#include "psl-store-private.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  return json_object_new ();
}

GHashTable *
psl_diagnostic_load_answers (PslStore                *store,
                             const PslDiagnosticGrid *grid,
                             const char              *staff_id,
                             GError                 **error)
{
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) json_object_unref);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT question, answer FROM diagnostic_answer"
    " WHERE template_id = ?1 AND staff_id = ?2 AND deleted_at IS NULL;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, staff_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (answers, psl_column_dup (stmt, 0), parse_object ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "diagnostic_answer");
      return NULL;
    }
  return g_steal_pointer (&answers);
}

static gboolean
refuse (GError     **error,
        const char  *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

typedef gboolean (*ChangeFunc) (JsonObject                  *answer,
                                const PslDiagnosticQuestion *q,
                                const char * const          *args,
                                GError                     **error);

/* Empty members are dropped, so that a cleared answer leaves nothing. */
static void
prune (JsonObject *answer)
{
  static const char *const members[] = { "checks", "texts", "rows", "cells" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (json_object_has_member (answer, members[i])
        && json_object_get_size (json_object_get_object_member (answer, members[i])) == 0)
      json_object_remove_member (answer, members[i]);
}

static gboolean
change_answer (PslStore                *store,
               const PslDiagnosticGrid *grid,
               const char              *staff_id,
               const char              *question,
               ChangeFunc               change,
               const char * const      *args,
               GError                 **error)
{
  const PslDiagnosticQuestion *q = psl_diagnostic_grid_find (grid, question);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autofree char *id = NULL;

  if (q == NULL)
    return refuse (error, _("The questionnaire has no question “%s”."), question != NULL ? question : "");
  if (staff_id == NULL)
    return refuse (error, _("Choose who answers the questionnaire."));
  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store,
    "SELECT (SELECT id FROM staff WHERE id = ?2),"
    "       (SELECT answer FROM diagnostic_answer WHERE template_id = ?1 AND staff_id = ?2 AND question = ?3);",
    &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, question, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (&local_error, psl_store_get_db (store), "diagnostic_answer");
      goto fail;
    }
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      refuse (&local_error, _("This member of staff is not in the team."));
      goto fail;
    }
  answer = parse_object ((const char *) sqlite3_column_text (stmt, 1));
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!change (answer, q, args, &local_error))
    goto fail;
  prune (answer);
  root = json_node_init_object (json_node_alloc (), answer);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  {
    g_autofree char *key = g_strdup_printf ("diagnostic-answer:%s|%s|%s", grid->id, staff_id, question);

    id = psl_diagnostic_derived_id (key);
  }
  stmt = psl_store_prepare (store,
    "INSERT INTO diagnostic_answer (id, site_id, template_id, staff_id, question, answer)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (template_id, staff_id, question) DO UPDATE SET answer = excluded.answer,"
    "   site_id = excluded.site_id, deleted_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now');",
    &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, question, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, json, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, &local_error) || !psl_store_commit (store, &local_error))
    goto fail;
  return TRUE;

fail:
  psl_store_rollback (store);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static JsonObject *
member_object (JsonObject *answer,
               const char *name)
{
  if (!json_object_has_member (answer, name) || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (answer, name)))
    json_object_set_object_member (answer, name, json_object_new ());
  return json_object_get_object_member (answer, name);
}

static void
remove_member (JsonObject *object,
               const char *name)
{
  if (json_object_has_member (object, name))
    json_object_remove_member (object, name);
}

static gboolean
check_option (const PslDiagnosticQuestion  *q,
              const char                   *option,
              GError                      **error)
{
  if (option == NULL || psl_diagnostic_option_label (q->options, option) != NULL)
    return TRUE;
  return refuse (error, _("“%s” is not an answer to question %u."), option, q->number);
}

static gboolean
change_choice (JsonObject                  *answer,
               const PslDiagnosticQuestion *q,
               const char * const          *args,
               GError                     **error)
{
  if (q->kind != PSL_DIAGNOSTIC_CHOICE)
    return refuse (error, _("Question %u is not answered with a choice."), q->number);
  if (!check_option (q, args[0], error))
    return FALSE;
  if (args[0] == NULL)
    remove_member (answer, "choice");
  else
    json_object_set_string_member (answer, "choice", args[0]);
  return TRUE;
}

gboolean
psl_diagnostic_set_choice (PslStore                *store,
                           const PslDiagnosticGrid *grid,
                           const char              *staff_id,
                           const char              *question,
                           const char              *option,
                           GError                 **error)
{
  const char *args[] = { option };

  return change_answer (store, grid, staff_id, question, change_choice, args, error);
}

static gboolean
change_check (JsonObject                  *answer,
              const PslDiagnosticQuestion *q,
              const char * const          *args,
              GError                     **error)
{
  if (psl_diagnostic_option_label (q->checks, args[0]) == NULL)
    return refuse (error, _("Question %u has no box “%s”."), q->number, args[0] != NULL ? args[0] : "");
  if (args[1] != NULL)
    json_object_set_boolean_member (member_object (answer, "checks"), args[0], TRUE);
  else
    remove_member (member_object (answer, "checks"), args[0]);
  return TRUE;
}

gboolean
psl_diagnostic_set_check (PslStore                *store,
                          const PslDiagnosticGrid *grid,
                          const char              *staff_id,
                          const char              *question,
                          const char              *check,
                          gboolean                 ticked,
                          GError                 **error)
{
  const char *args[] = { check, ticked ? "1" : NULL };

  return change_answer (store, grid, staff_id, question, change_check, args, error);
}

/* Free texts: valid UTF-8, trimmed, at most 20,000 characters. */
static gboolean
clean_text (const char   *text,
            guint         number,
            char        **cleaned,
            GError      **error)
{
  if (text == NULL)
    {
      *cleaned = NULL;
      return TRUE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    return refuse (error, _("The answer to question %u contains characters that are not valid text."), number);
  if (g_utf8_strlen (text, -1) > 20000)
    return refuse (error, _("The answer to question %u is too long (20,000 characters at most)."), number);
  *cleaned = g_strstrip (g_strdup (text));
  if (**cleaned == '\0')
    g_clear_pointer (cleaned, g_free);
  return TRUE;
}

static gboolean
change_text (JsonObject                  *answer,
             const PslDiagnosticQuestion *q,
             const char * const          *args,
             GError                     **error)
{
  g_autofree char *text = NULL;

  if (psl_diagnostic_option_label (q->texts, args[0]) == NULL)
    return refuse (error, _("Question %u asks no text “%s”."), q->number, args[0] != NULL ? args[0] : "");
  if (!clean_text (args[1], q->number, &text, error))
    return FALSE;
  if (text == NULL)
    remove_member (member_object (answer, "texts"), args[0]);
  else
    json_object_set_string_member (member_object (answer, "texts"), args[0], text);
  return TRUE;
}

gboolean
psl_diagnostic_set_text (PslStore                *store,
                         const PslDiagnosticGrid *grid,
                         const char              *staff_id,
                         const char              *question,
                         const char              *field,
                         const char              *text,
                         GError                 **error)
{
  const char *args[] = { field, text };

  return change_answer (store, grid, staff_id, question, change_text, args, error);
}

static gboolean
change_row (JsonObject                  *answer,
            const PslDiagnosticQuestion *q,
            const char * const          *args,
            GError                     **error)
{
  if (q->kind != PSL_DIAGNOSTIC_ROWS || psl_diagnostic_option_label (q->rows, args[0]) == NULL)
    return refuse (error, _("Question %u has no line “%s”."), q->number, args[0] != NULL ? args[0] : "");
  if (!check_option (q, args[1], error))
    return FALSE;
  if (args[1] == NULL)
    remove_member (member_object (answer, "rows"), args[0]);
  else
    json_object_set_string_member (member_object (answer, "rows"), args[0], args[1]);
  return TRUE;
}

gboolean
psl_diagnostic_set_row (PslStore                *store,
                        const PslDiagnosticGrid *grid,
                        const char              *staff_id,
                        const char              *question,
                        const char              *row,
                        const char              *option,
                        GError                 **error)
{
  const char *args[] = { row, option };

  return change_answer (store, grid, staff_id, question, change_row, args, error);
}

static gboolean
change_cell (JsonObject                  *answer,
             const PslDiagnosticQuestion *q,
             const char * const          *args,
             GError                     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  JsonObject *cells;

  if (q->kind != PSL_DIAGNOSTIC_GRID || psl_diagnostic_option_label (q->rows, args[0]) == NULL
      || psl_diagnostic_option_label (q->columns, args[1]) == NULL)
    return refuse (error, _("The table of question %u has no such cell."), q->number);
  key = g_strdup_printf ("%s/%s", args[0], args[1]);
  cells = member_object (answer, "cells");
  if (!q->cell_text)
    {
      if (args[2] != NULL)
        json_object_set_boolean_member (cells, key, TRUE);
      else
        remove_member (cells, key);
      return TRUE;
    }
  if (!clean_text (args[2], q->number, &text, error))
    return FALSE;
  if (text == NULL)
    remove_member (cells, key);
  else
    json_object_set_string_member (cells, key, text);
  return TRUE;
}

gboolean
psl_diagnostic_set_cell (PslStore                *store,
                         const PslDiagnosticGrid *grid,
                         const char              *staff_id,
                         const char              *question,
                         const char              *row,
                         const char              *column,
                         const char              *value,
                         GError                 **error)
{
  const char *args[] = { row, column, value };

  return change_answer (store, grid, staff_id, question, change_cell, args, error);
}
