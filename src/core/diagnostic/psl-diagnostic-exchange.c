/* psl-diagnostic-exchange.c — a structure's consolidated diagnostic as a file, read by the coordinating structure
 *
 * The pact's structures each diagnose their own service, then compare.
 * What travels is the structure's summary (counts and texts with their
 * authors), never the base.  A file names its grid and version: answers
 * to a grid this program does not know cannot be read side by side, so
 * they are refused rather than guessed.  A structure sending again
 * replaces what it sent before.
 */

#define G_LOG_DOMAIN "psl-diagnostic"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-diagnostic.h"
#include "psl-installation.h"
#include "psl-store-private.h"

#define FORMAT_NAME    "passerelle-diagnostic"
#define FORMAT_VERSION 1
#define MAX_FILE_SIZE  (32 * 1024 * 1024)

gboolean
psl_diagnostic_export (PslStore    *store,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(PslDiagnosticGrid) grid = psl_diagnostic_grid_load (store, PSL_DIAGNOSTIC_GRID_CODE, error);
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(JsonObject) consolidated = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *now = psl_now_timestamp ();
  g_autofree char *json = NULL;
  JsonObject *structure;

  if (grid == NULL || (inst = psl_installation_load (store, error)) == NULL
      || (consolidated = psl_diagnostic_consolidate (store, grid, error)) == NULL)
    return FALSE;
  root = json_object_new ();
  json_object_set_string_member (root, "format", FORMAT_NAME);
  json_object_set_int_member (root, "format_version", FORMAT_VERSION);
  json_object_set_string_member (root, "grid", grid->code);
  json_object_set_int_member (root, "grid_version", grid->version);
  structure = json_object_new ();
  json_object_set_string_member (structure, "id", inst->structure_id);
  json_object_set_string_member (structure, "name", inst->structure_name);
  json_object_set_object_member (root, "structure", structure);
  json_object_set_string_member (root, "exported_at", now);
  json_object_set_object_member (root, "consolidated", json_object_ref (consolidated));
  node = json_node_init_object (json_node_alloc (), root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  if (!g_file_set_contents (path, json, -1, NULL))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The file “%s” cannot be written."), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
not_ours (GError     **error,
          const char  *name)
{
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
               _("“%s” is not a diagnostic exported by Passerelle."), name);
  return FALSE;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static gint64
int_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_INT64 ? json_node_get_int (node) : -1;
}

/* Only what the grid asks is kept: counts that are whole numbers, texts
 * with their field and author.  FALSE when the file lies about it. */
static gboolean
clean_consolidated (JsonObject              *consolidated,
                    const PslDiagnosticGrid *grid)
{
  JsonNode *questions = json_object_get_member (consolidated, "questions");
  g_autoptr(GList) codes = NULL;
  gint64 respondents = int_member (consolidated, "respondents");

  if (respondents < 0 || respondents > 100000 || questions == NULL || !JSON_NODE_HOLDS_OBJECT (questions))
    return FALSE;
  codes = json_object_get_members (json_node_get_object (questions));
  for (GList *l = codes; l != NULL; l = l->next)
    {
      JsonNode *summary_node = json_object_get_member (json_node_get_object (questions), l->data);
      JsonObject *summary;
      JsonNode *counts, *texts;

      if (psl_diagnostic_grid_find (grid, l->data) == NULL)
        {
          json_object_remove_member (json_node_get_object (questions), l->data);
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (summary_node))
        return FALSE;
      summary = json_node_get_object (summary_node);
      counts = json_object_get_member (summary, "counts");
      texts = json_object_get_member (summary, "texts");
      if (counts == NULL || !JSON_NODE_HOLDS_OBJECT (counts) || texts == NULL || !JSON_NODE_HOLDS_ARRAY (texts))
        return FALSE;
      {
        g_autoptr(GList) keys = json_object_get_members (json_node_get_object (counts));

        for (GList *k = keys; k != NULL; k = k->next)
          {
            gint64 n = int_member (json_node_get_object (counts), k->data);

            if (n < 0 || n > respondents)
              return FALSE;
          }
      }
      for (guint i = 0; i < json_array_get_length (json_node_get_array (texts)); i++)
        {
          JsonNode *entry = json_array_get_element (json_node_get_array (texts), i);

          if (!JSON_NODE_HOLDS_OBJECT (entry) || string_member (json_node_get_object (entry), "field") == NULL
              || string_member (json_node_get_object (entry), "author") == NULL
              || string_member (json_node_get_object (entry), "text") == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
psl_diagnostic_import (PslStore    *store,
                       const char  *path,
                       char       **structure_name,
                       gboolean    *replaced,
                       GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *contents = NULL;
  g_autofree char *trimmed = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PslDiagnosticGrid) grid = NULL;
  g_autoptr(PslInstallation) inst = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *consolidated_json = NULL;
  g_autofree char *id = NULL;
  JsonObject *root, *structure, *consolidated;
  const char *grid_code, *key, *sname, *exported_at;
  gint64 grid_version, format_version;
  gsize length = 0;
  gboolean existed;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The file “%s” cannot be read."), name);
      return FALSE;
    }
  if (length == 0 || length > MAX_FILE_SIZE || !g_utf8_validate_len (contents, length, NULL)
      || !json_parser_load_from_data (parser, contents, (gssize) length, NULL)
      || json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return not_ours (error, name);
  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (string_member (root, "format"), FORMAT_NAME) != 0)
    return not_ours (error, name);
  format_version = int_member (root, "format_version");
  if (format_version > FORMAT_VERSION)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” was written by a newer Passerelle: update this one to read it."), name);
      return FALSE;
    }
  grid_code = string_member (root, "grid");
  grid_version = int_member (root, "grid_version");
  structure = json_object_get_member (root, "structure") != NULL
              && JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "structure"))
              ? json_object_get_object_member (root, "structure") : NULL;
  key = string_member (structure, "id");
  sname = string_member (structure, "name");
  trimmed = g_strstrip (g_strdup (sname != NULL ? sname : ""));
  exported_at = string_member (root, "exported_at");
  consolidated = json_object_get_member (root, "consolidated") != NULL
                 && JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "consolidated"))
                 ? json_object_get_object_member (root, "consolidated") : NULL;
  if (format_version < 1 || grid_code == NULL || grid_version < 1 || grid_version > G_MAXINT || key == NULL
      || *key == '\0' || *trimmed == '\0' || exported_at == NULL
      || consolidated == NULL)
    return not_ours (error, name);

  if ((grid = psl_diagnostic_grid_load_version (store, grid_code, (guint) grid_version, &local_error)) == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” answers version %ld of the questionnaire “%s”, which this Passerelle does not know: "
                     "load that grid first, or update Passerelle."), name, (long) grid_version, grid_code);
      return FALSE;
    }
  if (!clean_consolidated (consolidated, grid))
    return not_ours (error, name);
  if ((inst = psl_installation_load (store, error)) == NULL)
    return FALSE;
  if (strcmp (inst->structure_id, key) == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                   _("“%s” holds this structure’s own answers: they are already here."), name);
      return FALSE;
    }

  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), consolidated);

    json_generator_set_root (generator, node);
    consolidated_json = json_generator_to_data (generator, NULL);
  }
  {
    g_autofree char *id_key = g_strdup_printf ("diagnostic-structure:%s|%s", grid->id, key);

    id = psl_diagnostic_derived_id (id_key);
  }
  if (!psl_store_begin (store, error))
    return FALSE;
  stmt = psl_store_prepare (store,
    "SELECT count(*) FROM diagnostic_structure WHERE template_id = ?1 AND structure_key = ?2 AND deleted_at IS NULL;",
    &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  existed = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = psl_store_prepare (store,
    "INSERT INTO diagnostic_structure (id, site_id, template_id, structure_key, structure_name, exported_at,"
    " respondents, consolidated) VALUES (?1, ?2, ?3, ?4, trim(?5), ?6, ?7, ?8)"
    " ON CONFLICT (template_id, structure_key) DO UPDATE SET structure_name = excluded.structure_name,"
    "   exported_at = excluded.exported_at, respondents = excluded.respondents,"
    "   consolidated = excluded.consolidated, site_id = excluded.site_id, deleted_at = NULL,"
    "   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now');", &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, sname, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, exported_at, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, (int) int_member (consolidated, "respondents"));
  sqlite3_bind_text (stmt, 8, consolidated_json, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, &local_error) || !psl_store_commit (store, &local_error))
    goto fail;
  if (structure_name != NULL)
    *structure_name = g_steal_pointer (&trimmed);
  if (replaced != NULL)
    *replaced = existed;
  return TRUE;

fail:
  psl_store_rollback (store);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
