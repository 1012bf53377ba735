/* psl-diagnostic-grid.c — a diagnostic grid read from its definition file: sections, questions, scales
 *
 * The grid of Annexe 3 (seed 004) is data, not code: a JSON file in
 * data/diagnostic, bundled in the resources and written into
 * questionnaire_template as "code/version" the first time it is needed.
 * A later grid, or another funder's, is loaded the same way from its
 * file.  Its id is derived from "code/version", so that every antenna of
 * a structure, and every structure, names the same grid the same way.
 */

#define G_LOG_DOMAIN "psl-diagnostic"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-diagnostic-grid.h"
#include "psl-store-private.h"

#define GRIDS_PATH "/io/github/passerelle/Passerelle/diagnostic/"

static void
option_free (PslDiagnosticOption *option)
{
  g_free (option->code);
  g_free (option->label);
  g_free (option);
}

static void
question_free (PslDiagnosticQuestion *q)
{
  g_free (q->code);
  g_free (q->label);
  g_free (q->hint);
  g_clear_pointer (&q->options, g_ptr_array_unref);
  g_clear_pointer (&q->rows, g_ptr_array_unref);
  g_clear_pointer (&q->columns, g_ptr_array_unref);
  g_clear_pointer (&q->checks, g_ptr_array_unref);
  g_clear_pointer (&q->texts, g_ptr_array_unref);
  g_free (q->checks_label);
  g_free (q->tool);
  g_free (q->data);
  g_free (q);
}

void
psl_diagnostic_grid_free (PslDiagnosticGrid *grid)
{
  if (grid == NULL)
    return;
  g_free (grid->id);
  g_free (grid->code);
  g_free (grid->title);
  g_clear_pointer (&grid->questions, g_ptr_array_unref);
  g_clear_pointer (&grid->titles, g_ptr_array_unref);
  g_free (grid);
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  /* Translators: %s says what is wrong in a questionnaire file */
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("This questionnaire file cannot be used: %s."), what);
  return FALSE;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* [["code", "label"], …] into PslDiagnosticOption; NULL when malformed. */
static GPtrArray *
parse_options (JsonNode *node)
{
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *pair_node = json_array_get_element (array, i);
      JsonArray *pair;
      PslDiagnosticOption *option;

      if (!JSON_NODE_HOLDS_ARRAY (pair_node) || json_array_get_length (pair = json_node_get_array (pair_node)) != 2
          || json_node_get_value_type (json_array_get_element (pair, 0)) != G_TYPE_STRING
          || json_node_get_value_type (json_array_get_element (pair, 1)) != G_TYPE_STRING
          || *json_array_get_string_element (pair, 0) == '\0'
          || psl_diagnostic_option_label (options, json_array_get_string_element (pair, 0)) != NULL)
        return NULL;
      option = g_new0 (PslDiagnosticOption, 1);
      option->code = g_strdup (json_array_get_string_element (pair, 0));
      option->label = g_strdup (json_array_get_string_element (pair, 1));
      g_ptr_array_add (options, option);
    }
  return g_steal_pointer (&options);
}

static const char *const kind_names[] = { "choice", "text", "grid", "rows", "tool" };

static PslDiagnosticQuestion *
parse_question (JsonObject  *object,
                JsonObject  *scales,
                GError     **error)
{
  g_autoptr(GPtrArray) unused = NULL;
  PslDiagnosticQuestion *q = g_new0 (PslDiagnosticQuestion, 1);
  const char *kind = member_string (object, "kind");
  const char *scale = member_string (object, "scale");
  const char *cell = member_string (object, "cell");
  gboolean known_kind = FALSE;
  g_autofree char *what = NULL;

  q->code = g_strdup (member_string (object, "code"));
  q->label = g_strdup (member_string (object, "label"));
  q->hint = g_strdup (member_string (object, "hint"));
  q->checks_label = g_strdup (member_string (object, "checks_label"));
  q->tool = g_strdup (member_string (object, "tool"));
  q->data = g_strdup (member_string (object, "data"));
  q->number = json_object_has_member (object, "number") ? (guint) json_object_get_int_member (object, "number") : 0;
  for (guint k = 0; kind != NULL && k < G_N_ELEMENTS (kind_names); k++)
    if (strcmp (kind, kind_names[k]) == 0)
      {
        q->kind = k;
        known_kind = TRUE;
      }
  if (q->code == NULL || *q->code == '\0' || q->label == NULL || q->number == 0)
    what = g_strdup (_("a question has no code, number or wording"));
  else if (!known_kind)
    what = g_strdup_printf (_("question %u is of an unknown kind"), q->number);
  else if ((q->kind == PSL_DIAGNOSTIC_CHOICE || q->kind == PSL_DIAGNOSTIC_ROWS)
           && (scale == NULL || !json_object_has_member (scales, scale)
               || (q->options = parse_options (json_object_get_member (scales, scale))) == NULL
               || q->options->len == 0))
    what = g_strdup_printf (_("the scale of question %u is missing"), q->number);
  else if ((q->kind == PSL_DIAGNOSTIC_GRID || q->kind == PSL_DIAGNOSTIC_ROWS)
           && ((q->rows = parse_options (json_object_get_member (object, "rows"))) == NULL || q->rows->len == 0))
    what = g_strdup_printf (_("the rows of question %u are missing"), q->number);
  else if (q->kind == PSL_DIAGNOSTIC_GRID
           && ((q->columns = parse_options (json_object_get_member (object, "columns"))) == NULL
               || q->columns->len == 0))
    what = g_strdup_printf (_("the columns of question %u are missing"), q->number);
  else if (json_object_has_member (object, "texts")
           && (q->texts = parse_options (json_object_get_member (object, "texts"))) == NULL)
    what = g_strdup_printf (_("the texts of question %u are malformed"), q->number);
  else if (json_object_has_member (object, "checks")
           && (q->checks = parse_options (json_object_get_member (object, "checks"))) == NULL)
    what = g_strdup_printf (_("the boxes of question %u are malformed"), q->number);
  if (what != NULL)
    {
      invalid (error, what);
      question_free (q);
      return NULL;
    }
  q->cell_text = g_strcmp0 (cell, "text") == 0;
  if (q->texts == NULL)
    q->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  return q;
}

PslDiagnosticGrid *
psl_diagnostic_grid_parse (const char  *json,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PslDiagnosticGrid) grid = g_new0 (PslDiagnosticGrid, 1);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root, *scales;
  JsonNode *sections;
  gint64 version;

  grid->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  grid->titles = g_ptr_array_new_with_free_func (g_free);
  if (json == NULL || (length < 0 ? !g_utf8_validate (json, -1, NULL) : !g_utf8_validate_len (json, length, NULL)))
    return invalid (error, _("it is not text")), NULL;
  if (!json_parser_load_from_data (parser, json, length, NULL) || json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, _("it is not a questionnaire definition")), NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  version = json_object_has_member (root, "version")
            && json_node_get_value_type (json_object_get_member (root, "version")) == G_TYPE_INT64
            ? json_object_get_int_member (root, "version") : 0;
  if (member_string (root, "grid") == NULL || *member_string (root, "grid") == '\0'
      || strchr (member_string (root, "grid"), '/') != NULL || version < 1 || version > 10000)
    return invalid (error, _("it names no grid or no version")), NULL;
  sections = json_object_get_member (root, "sections");
  if (!json_object_has_member (root, "scales") || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "scales"))
      || sections == NULL || !JSON_NODE_HOLDS_ARRAY (sections))
    return invalid (error, _("it has no scales or no sections")), NULL;
  scales = json_object_get_object_member (root, "scales");
  grid->code = g_strdup (member_string (root, "grid"));
  grid->version = (guint) version;
  grid->title = g_strdup (member_string (root, "title") != NULL ? member_string (root, "title") : grid->code);

  for (guint s = 0; s < json_array_get_length (json_node_get_array (sections)); s++)
    {
      JsonNode *section_node = json_array_get_element (json_node_get_array (sections), s);
      JsonObject *section;
      JsonNode *parts;
      char *section_title;

      if (!JSON_NODE_HOLDS_OBJECT (section_node)
          || (parts = json_object_get_member (section = json_node_get_object (section_node), "parts")) == NULL
          || !JSON_NODE_HOLDS_ARRAY (parts))
        return invalid (error, _("a section has no parts")), NULL;
      section_title = g_strdup (member_string (section, "title") != NULL ? member_string (section, "title") : "");
      g_ptr_array_add (grid->titles, section_title);
      for (guint p = 0; p < json_array_get_length (json_node_get_array (parts)); p++)
        {
          JsonNode *part_node = json_array_get_element (json_node_get_array (parts), p);
          JsonObject *part;
          JsonNode *questions;
          char *part_title, *part_note;

          if (!JSON_NODE_HOLDS_OBJECT (part_node)
              || (questions = json_object_get_member (part = json_node_get_object (part_node), "questions")) == NULL
              || !JSON_NODE_HOLDS_ARRAY (questions))
            return invalid (error, _("a part has no questions")), NULL;
          part_title = g_strdup (member_string (part, "title") != NULL ? member_string (part, "title") : "");
          part_note = g_strdup (member_string (part, "note"));
          g_ptr_array_add (grid->titles, part_title);
          if (part_note != NULL)
            g_ptr_array_add (grid->titles, part_note);
          for (guint i = 0; i < json_array_get_length (json_node_get_array (questions)); i++)
            {
              JsonNode *q_node = json_array_get_element (json_node_get_array (questions), i);
              PslDiagnosticQuestion *q;

              if (!JSON_NODE_HOLDS_OBJECT (q_node))
                return invalid (error, _("a question is not described")), NULL;
              if ((q = parse_question (json_node_get_object (q_node), scales, error)) == NULL)
                return NULL;
              q->section = section_title;
              q->part = part_title;
              q->part_note = part_note;
              q->starts_part = i == 0;
              g_ptr_array_add (grid->questions, q);
              if (!g_hash_table_add (codes, q->code))
                {
                  g_autofree char *what = g_strdup_printf (_("two questions are called “%s”"), q->code);

                  return invalid (error, what), NULL;
                }
            }
        }
    }
  if (grid->questions->len == 0)
    return invalid (error, _("it has no questions")), NULL;
  return g_steal_pointer (&grid);
}

const PslDiagnosticQuestion *
psl_diagnostic_grid_find (const PslDiagnosticGrid *grid,
                          const char              *code)
{
  for (guint i = 0; code != NULL && i < grid->questions->len; i++)
    {
      const PslDiagnosticQuestion *q = g_ptr_array_index (grid->questions, i);

      if (strcmp (q->code, code) == 0)
        return q;
    }
  return NULL;
}

const char *
psl_diagnostic_option_label (GPtrArray  *options,
                             const char *code)
{
  for (guint i = 0; options != NULL && code != NULL && i < options->len; i++)
    {
      const PslDiagnosticOption *option = g_ptr_array_index (options, i);

      if (strcmp (option->code, code) == 0)
        return option->label;
    }
  return NULL;
}

char *
psl_diagnostic_derived_id (const char *key)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);

  return g_strdup_printf ("%.8s-%.4s-5%.3s-%.4s-%.12s", sum, sum + 8, sum + 13, sum + 16, sum + 20);
}

/* The same id on every site for the same grid and version. */
static char *
template_id (const char *code,
             guint       version)
{
  g_autofree char *key = g_strdup_printf ("passerelle-diagnostic:%s/%u", code, version);

  return psl_diagnostic_derived_id (key);
}

/* A grid shipped with the program is the reference for its version (a
 * wording corrected, data shown beside): it replaces an older copy of
 * itself.  A grid loaded from a file never replaces one already here. */
static gboolean
install (PslStore          *store,
         PslDiagnosticGrid *grid,
         const char        *json,
         gboolean           bundled,
         GError           **error)
{
  g_autofree char *code = g_strdup_printf ("%s/%u", grid->code, grid->version);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, bundled
    ? "INSERT INTO questionnaire_template (id, site_id, code, title, version, definition)"
      " VALUES (?1, ?2, ?3, ?4, ?5, json(?6)) ON CONFLICT (code) DO UPDATE SET definition = excluded.definition,"
      "   title = excluded.title, site_id = excluded.site_id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
      " WHERE definition IS NOT excluded.definition;"
    : "INSERT INTO questionnaire_template (id, site_id, code, title, version, definition)"
      " VALUES (?1, ?2, ?3, ?4, ?5, json(?6)) ON CONFLICT (code) DO NOTHING;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, grid->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, grid->title, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, (int) grid->version);
  sqlite3_bind_text (stmt, 6, json, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* The grids shipped with the program, newest version first. */
static GPtrArray *
bundled_grids (const char *code)
{
  g_auto(GStrv) names = g_resources_enumerate_children (GRIDS_PATH, 0, NULL);
  GPtrArray *grids = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_diagnostic_grid_free);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (GRIDS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GError) error = NULL;
      PslDiagnosticGrid *grid;

      if (bytes == NULL)
        continue;
      grid = psl_diagnostic_grid_parse (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
      if (grid == NULL)
        g_critical ("%s: %s", path, error->message);   /* a broken file in the program itself */
      else if (code == NULL || strcmp (grid->code, code) == 0)
        {
          grid->id = template_id (grid->code, grid->version);
          g_ptr_array_add (grids, grid);
        }
      else
        psl_diagnostic_grid_free (grid);
    }
  return grids;
}

static gboolean
install_bundled (PslStore  *store,
                 GError   **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (GRIDS_PATH, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (GRIDS_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(PslDiagnosticGrid) grid = NULL;
      g_autofree char *json = NULL;

      if (bytes == NULL)
        continue;
      json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if ((grid = psl_diagnostic_grid_parse (json, -1, NULL)) == NULL)
        continue;
      grid->id = template_id (grid->code, grid->version);
      if (!install (store, grid, json, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

/* version 0: the newest. */
static PslDiagnosticGrid *
load_stored (PslStore   *store,
             const char *code,
             guint       version,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, definition FROM questionnaire_template"
    " WHERE substr(code, 1, length(?1) + 1) = ?1 || '/' AND (?2 = 0 OR version = ?2)"
    " ORDER BY version DESC LIMIT 1;", error);
  PslDiagnosticGrid *grid;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) version);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  if ((grid = psl_diagnostic_grid_parse ((const char *) sqlite3_column_text (stmt, 1), -1, error)) == NULL)
    return NULL;
  grid->id = psl_column_dup (stmt, 0);
  return grid;
}

PslDiagnosticGrid *
psl_diagnostic_grid_load_version (PslStore    *store,
                                  const char  *code,
                                  guint        version,
                                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PslDiagnosticGrid *grid;

  g_return_val_if_fail (code != NULL, NULL);
  if (!psl_store_is_read_only (store) && !install_bundled (store, error))
    return NULL;
  if ((grid = load_stored (store, code, version, &local_error)) != NULL)
    return grid;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* A reader of a base never opened for writing since: the bundled grid. */
  {
    g_autoptr(GPtrArray) grids = bundled_grids (code);
    guint best = G_MAXUINT;

    for (guint i = 0; i < grids->len; i++)
      {
        PslDiagnosticGrid *g = g_ptr_array_index (grids, i);

        if ((version == 0 && (best == G_MAXUINT
                              || g->version > ((PslDiagnosticGrid *) g_ptr_array_index (grids, best))->version))
            || g->version == version)
          best = i;
      }
    if (best != G_MAXUINT)
      return g_ptr_array_steal_index (grids, best);
  }
  if (version == 0)
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("The questionnaire “%s” is not known here."), code);
  else
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("Version %u of the questionnaire “%s” is not known here: load that grid first, or update "
                   "Passerelle."), version, code);
  return NULL;
}

PslDiagnosticGrid *
psl_diagnostic_grid_load (PslStore    *store,
                          const char  *code,
                          GError     **error)
{
  return psl_diagnostic_grid_load_version (store, code, 0, error);
}

PslDiagnosticGrid *
psl_diagnostic_grid_install_file (PslStore    *store,
                                  const char  *path,
                                  GError     **error)
{
  g_autofree char *json = NULL;
  gsize length = 0;
  g_autoptr(PslDiagnosticGrid) grid = NULL;

  if (!g_file_get_contents (path, &json, &length, NULL))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The file “%s” cannot be read."), name);
      return NULL;
    }
  if (length > 4 * 1024 * 1024)
    return invalid (error, _("it is far too large")), NULL;
  if ((grid = psl_diagnostic_grid_parse (json, (gssize) length, error)) == NULL)
    return NULL;
  grid->id = template_id (grid->code, grid->version);
  if (!install (store, grid, json, FALSE, error))
    return NULL;
  return g_steal_pointer (&grid);
}
