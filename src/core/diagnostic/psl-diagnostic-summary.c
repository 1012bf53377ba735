/* psl-diagnostic-summary.c — the team's answers summed into the structure's, beside the other structures' and the program's own data
 *
 * Counting keeps the spread of every scale (how many said never, rarely,
 * often), and every free text is kept with its author: a diagnostic day
 * reads what each one wrote, not an average.  The same summary, as JSON,
 * is what a structure sends to the coordinating one.
 */

#define G_LOG_DOMAIN "psl-diagnostic"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-diagnostic.h"
#include "psl-installation.h"
#include "psl-store-private.h"

static void
count (JsonObject *counts,
       const char *key)
{
  gint64 n = json_object_has_member (counts, key) ? json_object_get_int_member (counts, key) : 0;

  json_object_set_int_member (counts, key, n + 1);
}

static void
add_text (JsonArray  *texts,
          const char *field,
          const char *author,
          const char *text)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "field", field);
  json_object_set_string_member (entry, "author", author);
  json_object_set_string_member (entry, "text", text);
  json_array_add_object_element (texts, entry);
}

static JsonObject *
question_summary (JsonObject *questions,
                  const char *code)
{
  JsonObject *summary;

  if (json_object_has_member (questions, code))
    return json_object_get_object_member (questions, code);
  summary = json_object_new ();
  json_object_set_object_member (summary, "counts", json_object_new ());
  json_object_set_array_member (summary, "texts", json_array_new ());
  json_object_set_object_member (questions, code, summary);
  return summary;
}

/* Adds one member's answer to one question; TRUE when it said something. */
static gboolean
add_answer (JsonObject                  *questions,
            const PslDiagnosticQuestion *q,
            JsonObject                  *answer,
            const char                  *author)
{
  JsonObject *summary = question_summary (questions, q->code);
  JsonObject *counts = json_object_get_object_member (summary, "counts");
  JsonArray *texts = json_object_get_array_member (summary, "texts");
  gboolean said = FALSE;
  JsonNode *node;

  if ((node = json_object_get_member (answer, "choice")) != NULL && json_node_get_value_type (node) == G_TYPE_STRING
      && psl_diagnostic_option_label (q->options, json_node_get_string (node)) != NULL)
    {
      count (counts, json_node_get_string (node));
      said = TRUE;
    }
  if ((node = json_object_get_member (answer, "checks")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    for (guint i = 0; q->checks != NULL && i < q->checks->len; i++)
      {
        const PslDiagnosticOption *check = g_ptr_array_index (q->checks, i);
        g_autofree char *key = g_strconcat ("check:", check->code, NULL);

        if (json_object_has_member (json_node_get_object (node), check->code))
          {
            count (counts, key);
            said = TRUE;
          }
      }
  if ((node = json_object_get_member (answer, "rows")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    for (guint i = 0; q->rows != NULL && i < q->rows->len; i++)
      {
        const PslDiagnosticOption *row = g_ptr_array_index (q->rows, i);
        JsonNode *value = json_object_get_member (json_node_get_object (node), row->code);

        if (value != NULL && json_node_get_value_type (value) == G_TYPE_STRING
            && psl_diagnostic_option_label (q->options, json_node_get_string (value)) != NULL)
          {
            g_autofree char *key = g_strdup_printf ("%s/%s", row->code, json_node_get_string (value));

            count (counts, key);
            said = TRUE;
          }
      }
  if ((node = json_object_get_member (answer, "cells")) != NULL && JSON_NODE_HOLDS_OBJECT (node)
      && q->kind == PSL_DIAGNOSTIC_GRID)
    for (guint r = 0; r < q->rows->len; r++)
      for (guint c = 0; c < q->columns->len; c++)
        {
          const PslDiagnosticOption *row = g_ptr_array_index (q->rows, r);
          const PslDiagnosticOption *column = g_ptr_array_index (q->columns, c);
          g_autofree char *key = g_strdup_printf ("%s/%s", row->code, column->code);
          JsonNode *value = json_object_get_member (json_node_get_object (node), key);

          if (value == NULL)
            continue;
          if (!q->cell_text)
            count (counts, key);
          else if (json_node_get_value_type (value) == G_TYPE_STRING)
            add_text (texts, key, author, json_node_get_string (value));
          else
            continue;
          said = TRUE;
        }
  if ((node = json_object_get_member (answer, "texts")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    for (guint i = 0; i < q->texts->len; i++)
      {
        const PslDiagnosticOption *field = g_ptr_array_index (q->texts, i);
        JsonNode *value = json_object_get_member (json_node_get_object (node), field->code);

        if (value != NULL && json_node_get_value_type (value) == G_TYPE_STRING)
          {
            add_text (texts, field->code, author, json_node_get_string (value));
            said = TRUE;
          }
      }
  return said;
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  return NULL;
}

JsonObject *
psl_diagnostic_consolidate (PslStore                *store,
                            const PslDiagnosticGrid *grid,
                            GError                 **error)
{
  g_autoptr(JsonObject) result = json_object_new ();
  g_autoptr(GHashTable) respondents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *questions = json_object_new ();
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT a.staff_id, a.question, a.answer, trim(s.first_name || ' ' || s.last_name)"
    "  FROM diagnostic_answer a JOIN staff s ON s.id = a.staff_id"
    " WHERE a.template_id = ?1 AND a.deleted_at IS NULL"
    " ORDER BY s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE, s.id;", error);
  int rc;

  json_object_set_object_member (result, "questions", questions);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const PslDiagnosticQuestion *q = psl_diagnostic_grid_find (grid, (const char *) sqlite3_column_text (stmt, 1));
      g_autoptr(JsonObject) answer = parse_object ((const char *) sqlite3_column_text (stmt, 2));

      if (q != NULL && answer != NULL && add_answer (questions, q, answer, (const char *) sqlite3_column_text (stmt, 3)))
        g_hash_table_add (respondents, psl_column_dup (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "diagnostic_answer");
      return NULL;
    }
  json_object_set_int_member (result, "respondents", g_hash_table_size (respondents));
  return g_steal_pointer (&result);
}

void
psl_diagnostic_structure_free (PslDiagnosticStructure *structure)
{
  if (structure == NULL)
    return;
  g_free (structure->key);
  g_free (structure->name);
  g_free (structure->exported_at);
  g_clear_pointer (&structure->consolidated, json_object_unref);
  g_free (structure);
}

GPtrArray *
psl_diagnostic_structures (PslStore                *store,
                           const PslDiagnosticGrid *grid,
                           GError                 **error)
{
  g_autoptr(GPtrArray) structures = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_diagnostic_structure_free);
  g_autoptr(PslInstallation) inst = psl_installation_load (store, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  PslDiagnosticStructure *ours;
  int rc;

  if (inst == NULL)
    return NULL;
  ours = g_new0 (PslDiagnosticStructure, 1);
  g_ptr_array_add (structures, ours);
  ours->ours = TRUE;
  ours->key = g_strdup (inst->structure_id);
  ours->name = g_strdup (inst->structure_name);
  if ((ours->consolidated = psl_diagnostic_consolidate (store, grid, error)) == NULL)
    return NULL;
  ours->respondents = (guint) json_object_get_int_member (ours->consolidated, "respondents");

  stmt = psl_store_prepare (store,
    "SELECT structure_key, structure_name, exported_at, respondents, consolidated FROM diagnostic_structure"
    " WHERE template_id = ?1 AND deleted_at IS NULL ORDER BY structure_name COLLATE NOCASE, structure_key;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslDiagnosticStructure *other = g_new0 (PslDiagnosticStructure, 1);

      other->key = psl_column_dup (stmt, 0);
      other->name = psl_column_dup (stmt, 1);
      other->exported_at = psl_column_dup (stmt, 2);
      other->respondents = (guint) sqlite3_column_int (stmt, 3);
      other->consolidated = parse_object ((const char *) sqlite3_column_text (stmt, 4));
      if (other->consolidated == NULL)
        other->consolidated = json_object_new ();
      g_ptr_array_add (structures, other);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "diagnostic_structure");
      return NULL;
    }
  return g_steal_pointer (&structures);
}

void
psl_diagnostic_sex_row_free (PslDiagnosticSexRow *row)
{
  if (row == NULL)
    return;
  g_free (row->trade);
  g_free (row);
}

GPtrArray *
psl_diagnostic_placements_by_sex (PslStore  *store,
                                  GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_diagnostic_sex_row_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT coalesce(nullif(trim(o.trade), ''), ''),"
    "       sum(p.sex = 'F'), sum(p.sex = 'M'), sum(p.sex IS NULL OR p.sex NOT IN ('F', 'M'))"
    "  FROM placement pl JOIN person p ON p.id = pl.person_id"
    "  LEFT JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE pl.deleted_at IS NULL AND pl.start_date IS NOT NULL"
    "   AND pl.stage IN ('immersion', 'contract', 'ended')"
    " GROUP BY 1 ORDER BY count(*) DESC, 1;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslDiagnosticSexRow *row = g_new0 (PslDiagnosticSexRow, 1);

      row->trade = *sqlite3_column_text (stmt, 0) != '\0' ? psl_column_dup (stmt, 0)
                                                         : g_strdup (_("Trade not given"));
      row->women = (guint) sqlite3_column_int (stmt, 1);
      row->men = (guint) sqlite3_column_int (stmt, 2);
      row->other = (guint) sqlite3_column_int (stmt, 3);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "placement");
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
psl_diagnostic_opportunities_by_phase (PslStore  *store,
                                       guint      counts[5],
                                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT phase, count(*) FROM opportunity WHERE deleted_at IS NULL GROUP BY phase;", error);
  int rc;

  memset (counts, 0, 5 * sizeof (guint));
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int phase = sqlite3_column_int (stmt, 0);

      if (phase >= 1 && phase <= 4)
        counts[phase] = (guint) sqlite3_column_int (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "opportunity");
      return FALSE;
    }
  return TRUE;
}

void
psl_diagnostic_count_free (PslDiagnosticCount *count)
{
  if (count == NULL)
    return;
  g_free (count->label);
  g_free (count);
}

GPtrArray *
psl_diagnostic_opportunities_by_origin (PslStore  *store,
                                        GError   **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_diagnostic_count_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT r.label, count(o.id), r.position FROM ref_item r"
    "  LEFT JOIN opportunity o ON o.origin = r.code AND o.deleted_at IS NULL"
    " WHERE r.list_code = 'opportunity_origin' GROUP BY r.code"
    " UNION ALL SELECT NULL, count(*), 1000000 FROM opportunity"
    " WHERE deleted_at IS NULL AND (origin IS NULL OR origin NOT IN"
    "   (SELECT code FROM ref_item WHERE list_code = 'opportunity_origin'))"
    " ORDER BY 3, 1;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslDiagnosticCount *count = g_new0 (PslDiagnosticCount, 1);

      count->label = sqlite3_column_type (stmt, 0) != SQLITE_NULL ? psl_column_dup (stmt, 0)
                                                                  : g_strdup (_("Origin not given"));
      count->count = (guint) sqlite3_column_int (stmt, 1);
      g_ptr_array_add (counts, count);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), "opportunity");
      return NULL;
    }
  return g_steal_pointer (&counts);
}
