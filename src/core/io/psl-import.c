/* psl-import.c — importing a list of firms, in one transaction
 *
 * A firm named in the file is never lost.  Every value is checked with the
 * same rules as an edit in the window; a value that breaks one (a SIRET
 * with a wrong check digit, a sector the list does not have, a date that
 * cannot be read) is not stored in its field but kept beside the firm,
 * marked "à vérifier" with the reason and the line.  Only a row with no
 * name is left out, and said.  The values of list columns are matched to
 * the list's items (psl-import-match.c) unless the user chose otherwise.
 * A fault of the database undoes the whole import: nothing is ever
 * half-imported.
 */

#define G_LOG_DOMAIN "psl-import"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-company.h"
#include "psl-company-list.h"
#include "psl-import.h"
#include "psl-ref.h"
#include "psl-import-match.h"
#include "psl-import-review.h"
#include "psl-import-index.h"
#include "psl-import-undo.h"
#include "psl-search.h"
#include "psl-import-kinds.h"
#include "psl-contact.h"
#include "psl-interaction.h"
#include "psl-person.h"
#include "psl-format.h"
#include "psl-ident.h"
#include "psl-spreadsheet-private.h"
#include "psl-store-private.h"

void
psl_import_report_free (PslImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->rejected);
  g_ptr_array_unref (report->to_check);
  g_free (report->run_id);
  g_free (report);
}

static void
rejection_free (PslImportRejection *r)
{
  g_free (r->reason);
  g_free (r);
}

void
psl_import_mapping_free (PslImportMapping *mapping)
{
  if (mapping == NULL)
    return;
  for (guint i = 0; i < mapping->n_columns; i++)
    g_free (mapping->targets[i]);
  g_free (mapping->targets);
  g_clear_pointer (&mapping->values, g_hash_table_unref);
  g_free (mapping->source);
  g_free (mapping);
}

static const PslField *
target_field (PslImportKind kind,
              const char   *target)
{
  return target != NULL ? psl_record_find_field (psl_import_kind_info (kind)->targets, target) : NULL;
}

PslImportMapping *
psl_import_guess_mapping_for (PslCsvTable  *table,
                              PslImportKind kind)
{
  PslImportMapping *mapping = g_new0 (PslImportMapping, 1);
  char **header = g_ptr_array_index (table->rows, 0);

  mapping->kind = kind;
  mapping->n_columns = g_strv_length (header);
  mapping->targets = g_new0 (char *, mapping->n_columns + 1);
  mapping->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; i < mapping->n_columns; i++)
    {
      g_autofree char *folded = psl_fold (header[i]);
      const char *target = psl_import_kind_guess (kind, g_strstrip (folded));
      gboolean taken = FALSE;

      /* The first column with a name wins; a second "Nom" is left out. */
      for (guint j = 0; j < i && target != NULL; j++)
        taken |= g_strcmp0 (mapping->targets[j], target) == 0;
      if (!taken)
        mapping->targets[i] = g_strdup (target);
    }

  return mapping;
}

PslImportMapping *
psl_import_guess_mapping (PslCsvTable *table)
{
  return psl_import_guess_mapping_for (table, PSL_IMPORT_FIRMS);
}

PslImportMapping *
psl_import_mapping_copy (PslImportMapping *mapping)
{
  PslImportMapping *copy = g_new0 (PslImportMapping, 1);

  copy->kind = mapping->kind;
  copy->n_columns = mapping->n_columns;
  copy->targets = g_new0 (char *, mapping->n_columns + 1);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < mapping->n_columns; i++)
    copy->targets[i] = g_strdup (mapping->targets[i]);
  copy->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  g_hash_table_iter_init (&iter, mapping->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GHashTable *choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      GHashTableIter inner;
      gpointer k, v;

      g_hash_table_iter_init (&inner, value);
      while (g_hash_table_iter_next (&inner, &k, &v))
        g_hash_table_insert (choices, g_strdup (k), g_strdup (v));
      g_hash_table_insert (copy->values, g_strdup (key), choices);
    }
  copy->source = g_strdup (mapping->source);
  return copy;
}

gboolean
psl_import_mapping_set (PslImportMapping *mapping,
                        guint             column,
                        const char       *target,
                        GError          **error)
{
  if (column >= mapping->n_columns ||
      (target != NULL && target_field (mapping->kind, target) == NULL))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("This column cannot be imported there."));
      return FALSE;
    }

  /* A field is filled from one column only. */
  for (guint i = 0; i < mapping->n_columns && target != NULL; i++)
    if (g_strcmp0 (mapping->targets[i], target) == 0)
      g_clear_pointer (&mapping->targets[i], g_free);

  g_free (mapping->targets[column]);
  mapping->targets[column] = g_strdup (target);
  return TRUE;
}

/* The columns whose values are items of a list: a reference list, or the staff. */
static gboolean
is_staff (const char *target)
{
  return g_strcmp0 (target, "referent_id") == 0 || g_strcmp0 (target, "staff_id") == 0;
}

gboolean
psl_import_is_list_target (PslImportKind kind,
                           const char   *target)
{
  const PslField *field = target_field (kind, target);

  return field != NULL && (field->kind == PSL_FIELD_REF || is_staff (target));
}

/* The items a value of the column may mean, as PslMatchItem. */
GPtrArray *
psl_import_list_items (PslStore     *store,
                       PslImportKind kind,
                       const char   *target)
{
  const PslField *field = target_field (kind, target);
  GPtrArray *items = psl_match_items_new ();

  if (is_staff (target))
    {
      g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
        "SELECT id, first_name, last_name FROM staff ORDER BY active DESC, last_name, first_name;", NULL);

      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *id = (const char *) sqlite3_column_text (stmt, 0);
          g_autofree char *first_last = g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 1),
                                                         sqlite3_column_text (stmt, 2));
          g_autofree char *last_first = g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 2),
                                                         sqlite3_column_text (stmt, 1));

          psl_match_items_add (items, id, first_last);
          psl_match_items_add (items, id, last_first);
        }
    }
  else if (field != NULL && field->kind == PSL_FIELD_REF)
    {
      g_autoptr(GPtrArray) refs = psl_ref_list (store, field->ref_list, NULL, NULL);

      for (guint i = 0; refs != NULL && i < refs->len; i++)
        {
          PslRefItem *item = g_ptr_array_index (refs, i);

          psl_match_items_add (items, item->code, item->label);
        }
    }
  return items;
}

void
psl_import_value_free (PslImportValue *value)
{
  if (value == NULL)
    return;
  g_free (value->value);
  g_free (value->matched);
  g_free (value);
}

/* The different values of a column, most frequent first, each with the
 * item it was matched to by itself. */
GPtrArray *
psl_import_distinct_values (PslStore         *store,
                            PslCsvTable      *table,
                            PslImportMapping *mapping,
                            guint             column)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *values = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_import_value_free);
  g_autoptr(GPtrArray) items = NULL;

  if (column >= mapping->n_columns || !psl_import_is_list_target (mapping->kind, mapping->targets[column]))
    return values;
  items = psl_import_list_items (store, mapping->kind, mapping->targets[column]);

  for (guint r = 1; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      const char *text = column < g_strv_length (row) ? row[column] : NULL;
      PslImportValue *value;

      if (text == NULL || *text == '\0')
        continue;
      value = g_hash_table_lookup (seen, text);
      if (value == NULL)
        {
          value = g_new0 (PslImportValue, 1);
          value->value = g_strdup (text);
          value->matched = psl_match_value (items, text);
          g_hash_table_insert (seen, value->value, value);
          g_ptr_array_add (values, value);
        }
      value->rows++;
    }
  return values;
}

void
psl_import_mapping_set_value (PslImportMapping *mapping,
                              const char       *target,
                              const char       *value,
                              const char       *choice)
{
  GHashTable *choices = g_hash_table_lookup (mapping->values, target);

  if (choices == NULL)
    {
      choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (mapping->values, g_strdup (target), choices);
    }
  if (choice == NULL)
    g_hash_table_remove (choices, value);
  else
    g_hash_table_insert (choices, g_strdup (value), g_strdup (choice));
}

/* The user's choice for a value, or NULL when none was made. */
const char *
psl_import_mapping_get_value (PslImportMapping *mapping,
                              const char       *target,
                              const char       *value)
{
  GHashTable *choices = g_hash_table_lookup (mapping->values, target);

  return choices != NULL ? g_hash_table_lookup (choices, value) : NULL;
}

/* {"columns": {"Raison sociale": "legal_name", …}, "values": {"sector": {"Commerce": "tertiaire"}}} */
char *
psl_import_mapping_to_json (PslImportMapping *mapping,
                            PslCsvTable      *table)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char **header = g_ptr_array_index (table->rows, 0);
  GHashTableIter iter;
  gpointer key, value;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_object (builder);
  for (guint c = 0; c < mapping->n_columns; c++)
    if (*header[c] != '\0')
      {
        json_builder_set_member_name (builder, header[c]);
        if (mapping->targets[c] != NULL)
          json_builder_add_string_value (builder, mapping->targets[c]);
        else
          json_builder_add_null_value (builder);
      }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "values");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, mapping->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GHashTableIter inner;
      gpointer k, v;

      json_builder_set_member_name (builder, key);
      json_builder_begin_object (builder);
      g_hash_table_iter_init (&inner, value);
      while (g_hash_table_iter_next (&inner, &k, &v))
        {
          json_builder_set_member_name (builder, k);
          json_builder_add_string_value (builder, v);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static gboolean
bad_mapping (GError    **error,
             const char *detail)
{
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
               _("The choice of columns cannot be used: %s"), detail);
  return FALSE;
}

/* Columns are named by their title in the file; a title not in the file
 * and a field unknown are refused, so that a typing error is said. */
gboolean
psl_import_mapping_apply_json (PslImportMapping *mapping,
                               PslCsvTable      *table,
                               const char       *json,
                               GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  char **header = g_ptr_array_index (table->rows, 0);
  JsonObject *root, *columns, *values;
  g_autoptr(GList) names = NULL;

  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return bad_mapping (error, _("it is not a JSON object."));
  root = json_node_get_object (json_parser_get_root (parser));

  columns = json_object_has_member (root, "columns") ? json_object_get_object_member (root, "columns") : NULL;
  names = columns != NULL ? json_object_get_members (columns) : NULL;
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (columns, l->data);
      const char *target = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
      gboolean found = FALSE;

      if (target != NULL && target_field (mapping->kind, target) == NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("“%s” is not a field that can be imported here."), target);
          return bad_mapping (error, detail);
        }
      for (guint c = 0; c < mapping->n_columns; c++)
        if (g_strcmp0 (header[c], l->data) == 0)
          {
            found = TRUE;
            if (target != NULL)
              psl_import_mapping_set (mapping, c, target, NULL);
            else
              g_clear_pointer (&mapping->targets[c], g_free);
            break;
          }
      if (!found)
        {
          g_autofree char *detail = g_strdup_printf (_("the file has no column “%s”."), (char *) l->data);
          return bad_mapping (error, detail);
        }
    }

  values = json_object_has_member (root, "values") ? json_object_get_object_member (root, "values") : NULL;
  g_clear_pointer (&names, g_list_free);
  names = values != NULL ? json_object_get_members (values) : NULL;
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonObject *choices = json_object_get_object_member (values, l->data);
      g_autoptr(GList) keys = choices != NULL ? json_object_get_members (choices) : NULL;

      if (!psl_import_is_list_target (mapping->kind, l->data) || choices == NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("“%s” is not a field with a list."), (char *) l->data);
          return bad_mapping (error, detail);
        }
      for (GList *k = keys; k != NULL; k = k->next)
        {
          JsonNode *node = json_object_get_member (choices, k->data);
          const char *choice = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

          psl_import_mapping_set_value (mapping, l->data, k->data, choice != NULL ? choice : "");
        }
    }
  return TRUE;
}

/* Choices are remembered for a file with the same column titles. */
static char *
memory_key (PslCsvTable  *table,
            PslImportKind kind)
{
  char **header = g_ptr_array_index (table->rows, 0);
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree char *sum = NULL;

  for (guint c = 0; header[c] != NULL; c++)
    {
      g_autofree char *folded = psl_match_normalize (header[c]);

      g_string_append_printf (titles, "%s\x1f", folded);
    }
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, titles->str, -1);
  return g_strconcat ("import-mapping:", psl_import_kind_info (kind)->name, ":", sum, NULL);
}

gboolean
psl_import_mapping_remember (PslStore         *store,
                             PslCsvTable      *table,
                             PslImportMapping *mapping,
                             GError          **error)
{
  g_autofree char *key = memory_key (table, mapping->kind);
  g_autofree char *json = psl_import_mapping_to_json (mapping, table);

  return psl_store_set_meta (store, key, json, error);
}

gboolean
psl_import_mapping_recall (PslStore         *store,
                           PslCsvTable      *table,
                           PslImportMapping *mapping)
{
  g_autofree char *key = memory_key (table, mapping->kind);
  g_autofree char *json = psl_store_get_meta (store, key);

  return json != NULL && psl_import_mapping_apply_json (mapping, table, json, NULL);
}

static void
reject (GPtrArray  *list,
        guint       line,
        const char *reason)
{
  PslImportRejection *r = g_new0 (PslImportRejection, 1);

  r->line = line;
  r->reason = g_strdup (reason);
  g_ptr_array_add (list, r);
}

static const char *
cell (char      **row,
      guint       column)
{
  return column < g_strv_length (row) ? row[column] : NULL;
}

/* One value kept to check instead of being stored. */
typedef struct
{
  const char *field;
  char       *value;
  char       *reason;
} Doubt;

static void
doubt_free (Doubt *d)
{
  g_free (d->value);
  g_free (d->reason);
  g_free (d);
}

typedef struct
{
  PslStore         *store;
  PslImportMapping *mapping;
  GHashTable       *items;        /* target → GPtrArray of PslMatchItem */
  GHashTable       *matched;      /* "target\x1fvalue" → code or "" */
  GHashTable       *added;        /* "target\x1fvalue" → code of an item added to a list */
  PslImportIndex   *index;        /* the keys of the records known, read once */
  char             *today;
  GPtrArray        *traces;       /* of PslImportTrace: what this import made and filled */
} Run;

static void
trace_created (Run        *run,
               const char *table,
               const char *id)
{
  PslImportTrace *trace = g_new0 (PslImportTrace, 1);

  trace->table = table;
  trace->id = g_strdup (id);
  trace->created = TRUE;
  g_ptr_array_add (run->traces, trace);
}

/* A column of a record already there, empty before this import filled it. */
static void
trace_filled (Run        *run,
              const char *table,
              const char *id,
              const char *column,
              const char *value)
{
  PslImportTrace *trace = run->traces->len > 0 ? g_ptr_array_index (run->traces, run->traces->len - 1) : NULL;

  if (trace == NULL || trace->created || strcmp (trace->id, id) != 0)
    {
      trace = g_new0 (PslImportTrace, 1);
      trace->table = table;
      trace->id = g_strdup (id);
      trace->columns = g_ptr_array_new ();
      trace->values = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (run->traces, trace);
    }
  g_ptr_array_add (trace->columns, (gpointer) column);
  g_ptr_array_add (trace->values, g_strdup (value));
}

/* A code for a new item of a list: its label in plain letters, made unique. */
static char *
add_to_list (Run        *run,
             const char *list_code,
             const char *label,
             GError    **error)
{
  g_autofree char *norm = psl_match_normalize (label);
  g_autofree char *base = g_strdelimit (g_strndup (norm, 40), " ", '_');
  g_autofree char *code = g_strdup (*base != '\0' ? base : "autre");
  g_autofree char *id = psl_new_id ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  for (guint n = 2; psl_ref_has_code (run->store, list_code, code); n++)
    {
      g_free (code);
      code = g_strdup_printf ("%s_%u", base, n);
    }
  stmt = psl_store_prepare (run->store,
                            "INSERT INTO ref_item (id, list_code, code, label, position)"
                            " VALUES (?1, ?2, ?3, ?4,"
                            " (SELECT coalesce(max(position), 0) + 1 FROM ref_item WHERE list_code = ?2));",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, list_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, label, -1, SQLITE_STATIC);
  if (!psl_store_step_done (run->store, stmt, error))
    return NULL;
  return g_steal_pointer (&code);
}

/* The code a list value stands for, "" when it is to check, NULL on a
 * fault of the database. */
static char *
resolve_list_value (Run            *run,
                    const PslField *field,
                    const char     *value,
                    GError        **error)
{
  const char *choice = psl_import_mapping_get_value (run->mapping, field->column, value);
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", field->column, value);
  const char *known;

  if (g_strcmp0 (choice, PSL_IMPORT_ADD_TO_LIST) == 0 && field->kind == PSL_FIELD_REF)
    {
      char *code;

      if ((known = g_hash_table_lookup (run->added, key)) != NULL)
        return g_strdup (known);
      if ((code = add_to_list (run, field->ref_list, value, error)) == NULL)
        return NULL;
      g_hash_table_insert (run->added, g_strdup (key), g_strdup (code));
      return code;
    }
  if (choice != NULL)
    return g_strdup (g_strcmp0 (choice, PSL_IMPORT_ADD_TO_LIST) == 0 ? "" : choice);

  if ((known = g_hash_table_lookup (run->matched, key)) == NULL)
    {
      GPtrArray *items = g_hash_table_lookup (run->items, field->column);
      char *code;

      if (items == NULL)
        {
          items = psl_import_list_items (run->store, run->mapping->kind, field->column);
          g_hash_table_insert (run->items, g_strdup (field->column), items);
        }
      code = psl_match_value (items, value);
      known = code != NULL ? code : g_strdup ("");
      g_hash_table_insert (run->matched, g_strdup (key), (char *) known);
    }
  return g_strdup (known);
}

/* A line break typed in a cell (Alt+Enter) means nothing in a name, a
 * commune or a number: it becomes a space.  Notes and needs keep theirs. */
static gboolean
is_one_line (const PslField *field)
{
  return !g_strv_contains ((const char *[]) { "address", "seasonality", "hiring_needs", "csr_commitments",
                                              "dormant_reason", "notes", NULL }, field->column);
}

static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

static gboolean
is_serial (const char *text)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  return end != text && *end == '\0' && value >= 1 && value < 2958466 && strchr (text, '/') == NULL;
}

/* A French postcode has five digits; four are a zero a spreadsheet lost
 * (01000 shown 1000) or a Belgian one. */
static char *
postcode_doubt (const char *postcode,
                gboolean    belgian)
{
  gsize len = strlen (postcode);
  gboolean digits = len > 0 && strspn (postcode, "0123456789") == len;

  if (digits && (len == 5 || (len == 4 && belgian)))
    return NULL;
  if (digits && len == 4)
    return g_strdup_printf (_("Postcode: “%s” has only four digits (a leading zero lost by the spreadsheet?)."),
                            postcode);
  return g_strdup_printf (_("Postcode: “%s” is not a postcode."), postcode);
}

/* The values of a row by field, checked; what does not fit goes to doubts.
 * NULL with error only on a fault of the database. */
static void
add_doubt (GPtrArray  *doubts,
           const char *field,
           const char *value,
           char       *reason)
{
  Doubt *d = g_new0 (Doubt, 1);

  d->field = field;
  d->value = g_strdup (value);
  d->reason = reason;
  g_ptr_array_add (doubts, d);
}

/* "Femme", "Mme", "H", "Monsieur"… as the codes of the sex field; yes and
 * no in any case. */
static char *
plain_choice (const PslField *field,
              const char     *text)
{
  g_autofree char *norm = psl_match_normalize (text);

  if (field->kind == PSL_FIELD_BOOLEAN)
    return g_steal_pointer (&norm);
  if (g_strcmp0 (field->column, "sex") != 0)
    return g_strdup (text);
  if (g_strv_contains ((const char *[]) { "f", "femme", "feminin", "mme", "madame", "mlle", NULL }, norm))
    return g_strdup ("F");
  if (g_strv_contains ((const char *[]) { "m", "h", "homme", "masculin", "mr", "monsieur", NULL }, norm))
    return g_strdup ("M");
  return g_strdup (text);
}

static GHashTable *
check_row (Run        *run,
           char      **row,
           GPtrArray  *doubts,
           GError    **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  PslImportMapping *mapping = run->mapping;
  gboolean belgian = FALSE;

  for (guint c = 0; c < mapping->n_columns; c++)
    {
      const char *target = mapping->targets[c];
      const PslField *field = target_field (mapping->kind, target);
      const char *text = cell (row, c);
      g_autofree char *raw = NULL;
      g_autoptr(GError) local_error = NULL;
      char *checked;

      if (field == NULL || text == NULL || *text == '\0')
        continue;

      if (psl_import_is_list_target (mapping->kind, field->column))
        {
          raw = resolve_list_value (run, field, text, error);
          if (raw == NULL)
            return NULL;
          if (*raw == '\0')
            {
              add_doubt (doubts, field->column, text,
                         g_strdup_printf (_("%s: “%s” is not in the list."), _(field->label), text));
              continue;
            }
        }
      else if (field->kind == PSL_FIELD_DATE && is_serial (text))
        raw = psl_spreadsheet_serial_to_date (g_ascii_strtod (text, NULL));
      else if (field->kind == PSL_FIELD_CHOICE || field->kind == PSL_FIELD_BOOLEAN)
        raw = plain_choice (field, text);
      else if (is_one_line (field))
        raw = one_line (text);
      else
        raw = g_strdup (text);

      checked = psl_record_check (run->store, field, raw, &local_error);
      if (local_error != NULL)
        {
          add_doubt (doubts, field->column, text, g_strdup (local_error->message));
          continue;
        }
      if (checked != NULL)
        g_hash_table_insert (values, (gpointer) field->column, checked);
      belgian |= field->kind == PSL_FIELD_IDENTIFIER && checked != NULL && strlen (checked) == 10;
    }

  if (g_hash_table_contains (values, "postcode"))
    {
      char *reason = postcode_doubt (g_hash_table_lookup (values, "postcode"), belgian);

      if (reason != NULL)
        {
          add_doubt (doubts, "postcode", g_hash_table_lookup (values, "postcode"), reason);
          g_hash_table_remove (values, "postcode");
        }
    }

  return g_steal_pointer (&values);
}

/* A last row "Total" or "Totaux" under the list is no record. */
static gboolean
is_totals_row (PslCsvTable *table,
               guint        r,
               const char  *name)
{
  g_autofree char *norm = psl_match_normalize (name);

  return r + 3 >= table->rows->len &&
         (g_str_has_prefix (norm, "total") || g_str_has_prefix (norm, "sous total"));
}

/* Whether the record's column holds nothing; table and column are the
 * program's own declarations. */
static gboolean
is_empty_in (PslStore   *store,
             const char *table,
             const char *id,
             const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s IS NULL FROM %s WHERE id = ?1;", column, table);
  g_autoptr(PslCachedStmt) stmt = psl_store_lend (store, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0);
}

static gboolean
set_value (Run        *run,
           const char *id,
           const char *column,
           const char *value,
           GError    **error)
{
  const PslImportKindInfo *info = psl_import_kind_info (run->mapping->kind);

  switch (run->mapping->kind)
    {
    case PSL_IMPORT_FIRMS:
      return psl_company_set (run->store, id, column, value, error);
    case PSL_IMPORT_PEOPLE:
      return psl_person_set (run->store, id, column, value, error);
    case PSL_IMPORT_CONTACTS:
    case PSL_IMPORT_JOURNAL:
    default:
      return psl_record_set (run->store, info->table, info->fields, id, column, value, error);
    }
}

/* Sets the record's own fields among values, but those in skip; only the
 * empty ones when merging, never overwriting what is known. */
static gboolean
fill (Run         *run,
      const char  *id,
      GHashTable  *values,
      const char **skip,
      gboolean     only_empty,
      GError     **error)
{
  const PslImportKindInfo *info = psl_import_kind_info (run->mapping->kind);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const PslField *field = psl_record_find_field (info->fields, key);

      if (field == NULL || g_strv_contains (skip, key) ||
          (only_empty && !is_empty_in (run->store, info->table, id, key)))
        continue;
      if (!set_value (run, id, key, value, error))
        return FALSE;
      if (only_empty)
        trace_filled (run, info->table, id, field->column, value);
    }
  return TRUE;
}

/* The doubts of a row are marked on its record; on a record merged into,
 * only where it has nothing better. */
static gboolean
mark_doubts (Run        *run,
             const char *table,
             const char *id,
             gboolean    merged,
             GPtrArray  *doubts,
             const char *source,
             GError    **error)
{
  for (guint i = 0; i < doubts->len; i++)
    {
      Doubt *d = g_ptr_array_index (doubts, i);

      if (merged && psl_record_find_field (psl_import_kind_info (run->mapping->kind)->fields, d->field) != NULL &&
          !is_empty_in (run->store, table, id, d->field))
        continue;
      if (!psl_import_review_add (run->store, table, id, d->field, d->value, d->reason, source, error))
        return FALSE;
    }
  return TRUE;
}

typedef enum
{
  ROW_NEW,
  ROW_MERGED,
  ROW_SKIPPED,
  ROW_LEFT_OUT,   /* with its reason */
  ROW_FAILED,     /* with an error: INVALID leaves the row out, anything else stops */
} RowResult;

/* A row being stored: its checked values and doubts, and what it came to. */
typedef struct
{
  GHashTable          *values;
  GPtrArray           *doubts;
  const char          *source;
  PslImportDuplicates  duplicates;
  char                *why;       /* when it is left out */
} RowData;

/* A new firm in one INSERT with all its values: one write of the row and
 * of its search index, not one per field. */
static char *
insert_whole (Run        *run,
              GHashTable *values,
              GError    **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) given = g_ptr_array_new ();
  g_autoptr(PslCachedStmt) stmt = NULL;
  char *id;

  for (const PslField *f = psl_company_fields; f->column != NULL; f++)
    if (g_hash_table_contains (values, f->column))
      {
        g_ptr_array_add (columns, (gpointer) f->column);
        g_ptr_array_add (given, g_hash_table_lookup (values, f->column));
      }
  g_ptr_array_add (columns, NULL);
  id = psl_record_insert (run->store, "company", psl_company_fields, NULL, NULL,
                          (const char * const *) columns->pdata, (const char * const *) given->pdata, error);
  if (id == NULL)
    return NULL;

  /* What psl_company_create() sets besides: the identifier's kind, and
   * the relationship starting today unless the file says when. */
  stmt = psl_store_lend (run->store,
                            "UPDATE company SET identifier_kind = CASE length(identifier) WHEN 14 THEN 'siret'"
                            " WHEN 10 THEN 'bce' END, relationship_start = coalesce(relationship_start,"
                            " date('now', 'localtime')) WHERE id = ?1;", error);
  if (stmt == NULL)
    {
      g_free (id);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (run->store, stmt, error))
    g_clear_pointer (&id, g_free);
  return id;
}

static RowResult
store_firm (Run     *run,
            RowData *row,
            GError **error)
{
  const char *known;
  g_autofree char *id = NULL;

  if (!psl_import_index_load_firms (run->index, error))
    return ROW_FAILED;
  known = psl_import_index_firm (run->index, g_hash_table_lookup (row->values, "identifier"),
                                 g_hash_table_lookup (row->values, "legal_name"),
                                 g_hash_table_lookup (row->values, "postcode"));
  if (known != NULL && row->duplicates == PSL_IMPORT_DUPLICATES_SKIP)
    return ROW_SKIPPED;
  if (known != NULL)
    {
      id = g_strdup (known);
      if (!fill (run, id, row->values, (const char *[]) { NULL }, TRUE, error) ||
          !mark_doubts (run, "company", id, TRUE, row->doubts, row->source, error))
        return ROW_FAILED;
      /* A SIRET the firm lacked and now has finds it next time. */
      psl_import_index_add_firm (run->index, id, g_hash_table_lookup (row->values, "identifier"), NULL, NULL, NULL);
      return ROW_MERGED;
    }

  id = insert_whole (run, row->values, error);
  if (id == NULL || !mark_doubts (run, "company", id, FALSE, row->doubts, row->source, error))
    return ROW_FAILED;
  psl_import_index_add_firm (run->index, id, g_hash_table_lookup (row->values, "identifier"),
                             g_hash_table_lookup (row->values, "legal_name"),
                             g_hash_table_lookup (row->values, "trade_name"),
                             g_hash_table_lookup (row->values, "postcode"));
  trace_created (run, "company", id);
  return ROW_NEW;
}

/* The firm a contact or an exchange belongs to: by SIRET, by name and
 * postcode, or by a name only one firm has; a firm named and unknown is
 * made, marked to check.  NULL with no error: no firm named. */
static char *
resolve_firm (Run        *run,
              GHashTable *values,
              GPtrArray  *doubts,
              const char *source,
              GError    **error)
{
  const char *name = g_hash_table_lookup (values, "company_name");
  const char *typed = g_hash_table_lookup (values, "company_identifier");
  const char *postcode = g_hash_table_lookup (values, "company_postcode");
  g_autofree char *identifier = NULL;
  g_autofree char *plain_postcode = NULL;
  const char *known;
  char *id;

  if (typed != NULL && psl_ident_check (typed, &identifier, NULL) == PSL_IDENT_INVALID)
    {
      add_doubt (doubts, "company_identifier", typed,
                 g_strdup_printf (_("Firm's SIRET or BCE number: “%s” is not a valid number; the firm was "
                                    "found by its name."), typed));
      g_clear_pointer (&identifier, g_free);
    }
  if (postcode != NULL && strlen (postcode) == 5 && strspn (postcode, "0123456789") == 5)
    plain_postcode = g_strdup (postcode);

  if (!psl_import_index_load_firms (run->index, error))
    return NULL;
  known = psl_import_index_firm (run->index, identifier, name, plain_postcode);
  if (known == NULL && name != NULL)
    known = psl_import_index_firm_by_name (run->index, name);
  if (known != NULL || name == NULL)
    return g_strdup (known);

  /* Said on the firm, and on the row whose firm was made from a name. */
  id = psl_company_create (run->store, name, identifier, plain_postcode, error);
  if (id != NULL)
    {
      psl_import_index_add_firm (run->index, id, identifier, name, NULL, plain_postcode);
      trace_created (run, "company", id);
    }
  if (id != NULL &&
      !psl_import_review_add (run->store, "company", id, "legal_name", name,
                              _("Firm made by an import of contacts or of the journal: check its details."),
                              source, error))
    g_clear_pointer (&id, g_free);
  if (id != NULL)
    add_doubt (doubts, "company_name", name,
               g_strdup_printf (_("Firm: “%s” was not in the network; it was made, to check."), name));
  return id;
}

static RowResult
store_contact (Run     *run,
               RowData *row,
               GError **error)
{
  const char *identity[] = { "last_name", "first_name", NULL };
  g_autofree char *company_id = NULL;
  g_autofree char *id = NULL;

  company_id = resolve_firm (run, row->values, row->doubts, row->source, error);
  if (company_id == NULL)
    {
      if (error != NULL && *error != NULL)
        return ROW_FAILED;
      row->why = g_strdup (_("No firm is named for this contact: the row is left out."));
      return ROW_LEFT_OUT;
    }

  /* The same person at the same firm is one contact. */
  if (!psl_import_index_load_contacts (run->index, error))
    return ROW_FAILED;
  id = g_strdup (psl_import_index_contact (run->index, company_id, g_hash_table_lookup (row->values, "first_name"),
                                           g_hash_table_lookup (row->values, "last_name")));

  if (id != NULL && row->duplicates == PSL_IMPORT_DUPLICATES_SKIP)
    return ROW_SKIPPED;
  if (id != NULL)
    return fill (run, id, row->values, identity, TRUE, error) &&
           mark_doubts (run, "contact", id, TRUE, row->doubts, row->source, error) ? ROW_MERGED : ROW_FAILED;

  id = psl_contact_create (run->store, company_id, g_hash_table_lookup (row->values, "first_name"),
                           g_hash_table_lookup (row->values, "last_name"), error);
  if (id == NULL || !fill (run, id, row->values, identity, FALSE, error) ||
      !mark_doubts (run, "contact", id, FALSE, row->doubts, row->source, error))
    return ROW_FAILED;
  psl_import_index_add_contact (run->index, id, company_id, g_hash_table_lookup (row->values, "first_name"),
                                g_hash_table_lookup (row->values, "last_name"));
  trace_created (run, "contact", id);
  return ROW_NEW;
}

/* A value the record cannot lack, missing or refused, replaced by put
 * (as shown to the user): the doubt says so. */
static void
note_replaced (GPtrArray  *doubts,
               const char *field,
               const char *label,
               const char *put)
{
  for (guint i = 0; i < doubts->len; i++)
    {
      Doubt *d = g_ptr_array_index (doubts, i);

      if (g_strcmp0 (d->field, field) == 0)
        {
          /* Translators: a reason, then what was put instead of the value */
          char *reason = g_strdup_printf (_("%s (“%s” was put until it is checked.)"), d->reason, put);

          g_free (d->reason);
          d->reason = reason;
          return;
        }
    }
  add_doubt (doubts, field, "",
             g_strdup_printf (_("%s: not given in the file; “%s” was put until it is checked."), label, put));
}

/* Dates of a pathway out of order: the one that cannot be right is kept
 * to check, the person comes in. */
static void
keep_dates_in_order (RowData *row)
{
  const char *birth = g_hash_table_lookup (row->values, "birth_date");
  const char *entered = g_hash_table_lookup (row->values, "entered_on");
  const char *exited = g_hash_table_lookup (row->values, "exited_on");

  if (birth != NULL && strcmp (birth, entered) >= 0)
    {
      add_doubt (row->doubts, "birth_date", birth,
                 g_strdup (_("The date of birth must come before the start of accompaniment.")));
      g_hash_table_remove (row->values, "birth_date");
    }
  if (exited != NULL && strcmp (exited, entered) < 0)
    {
      add_doubt (row->doubts, "exited_on", exited, g_strdup (_("The end of accompaniment cannot be before its start.")));
      g_hash_table_remove (row->values, "exited_on");
    }
}

static RowResult
store_person (Run     *run,
              RowData *row,
              GError **error)
{
  const char *identity[] = { "first_name", "last_name", "birth_date", "referent_id", "entered_on", NULL };
  const char *first = g_hash_table_lookup (row->values, "first_name");
  const char *last = g_hash_table_lookup (row->values, "last_name");
  const char *birth = g_hash_table_lookup (row->values, "birth_date");
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) given = g_ptr_array_new ();
  g_autofree char *id = NULL;
  const char *older;

  /* A first name missing is asked for, not a reason to lose the person. */
  if (first == NULL)
    {
      first = _("(to complete)");
      add_doubt (row->doubts, "first_name", "", g_strdup (_("First name: not given in the file.")));
    }

  if (!psl_import_index_load_people (run->index, error))
    return ROW_FAILED;
  older = psl_import_index_person (run->index, first, last, birth);
  if (older != NULL)
    {
      g_autofree char *older_id = g_strdup (older);

      if (row->duplicates == PSL_IMPORT_DUPLICATES_SKIP)
        return ROW_SKIPPED;
      return fill (run, older_id, row->values, identity, TRUE, error) &&
             mark_doubts (run, "person", older_id, TRUE, row->doubts, row->source, error) ? ROW_MERGED : ROW_FAILED;
    }

  if (!g_hash_table_contains (row->values, "entered_on"))
    {
      g_autofree char *shown = psl_format_date_short (run->today);

      g_hash_table_insert (row->values, "entered_on", g_strdup (run->today));
      note_replaced (row->doubts, "entered_on", _("Start of accompaniment"), shown);
    }
  if (!g_hash_table_contains (row->values, "first_name"))
    g_hash_table_insert (row->values, "first_name", g_strdup (first));
  keep_dates_in_order (row);
  birth = g_hash_table_lookup (row->values, "birth_date");

  /* One INSERT with every value of the row: one write of the person and
   * of the search index, not one per field. */
  for (const PslField *f = psl_person_fields; f->column != NULL; f++)
    if (g_hash_table_contains (row->values, f->column))
      {
        g_ptr_array_add (columns, (gpointer) f->column);
        g_ptr_array_add (given, g_hash_table_lookup (row->values, f->column));
      }
  g_ptr_array_add (columns, NULL);
  id = psl_person_insert_whole (run->store, (const char * const *) columns->pdata,
                                (const char * const *) given->pdata, error);
  if (id == NULL || !mark_doubts (run, "person", id, FALSE, row->doubts, row->source, error))
    return ROW_FAILED;
  psl_import_index_add_person (run->index, id, first, last, birth);
  trace_created (run, "person", id);
  return ROW_NEW;
}

static RowResult
store_exchange (Run     *run,
                RowData *row,
                GError **error)
{
  const char *identity[] = { "kind", "occurred_at", "staff_id", NULL };
  const char *date = g_hash_table_lookup (row->values, "occurred_at");
  const char *kind = g_hash_table_lookup (row->values, "kind");
  g_autofree char *company_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *fallback = NULL;
  g_autoptr(PslCachedStmt) stmt = NULL;

  /* An exchange is a date: without one it cannot be placed in the history. */
  if (date == NULL)
    {
      row->why = g_strdup (_("The exchange has no date that can be read: the row is left out."));
      return ROW_LEFT_OUT;
    }
  company_id = resolve_firm (run, row->values, row->doubts, row->source, error);
  if (company_id == NULL)
    {
      if (error != NULL && *error != NULL)
        return ROW_FAILED;
      row->why = g_strdup (_("No firm is named for this exchange: the row is left out."));
      return ROW_LEFT_OUT;
    }
  if (kind == NULL)
    {
      g_autofree char *label = psl_ref_label (run->store, "interaction_kind", "rencontre");

      /* The kind is needed; a meeting stands in for it, marked to check. */
      kind = fallback = g_strdup ("rencontre");
      note_replaced (row->doubts, "kind", _("Kind of contact"), label != NULL ? label : kind);
    }

  /* The same exchange imported twice is one. */
  stmt = psl_store_lend (run->store, "SELECT id FROM interaction WHERE company_id = ?1 AND occurred_at = ?2"
                                        " AND kind = ?3 AND purpose IS ?4 AND outcome IS ?5 AND deleted_at IS NULL;",
                            error);
  if (stmt == NULL)
    return ROW_FAILED;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, g_hash_table_lookup (row->values, "purpose"), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, g_hash_table_lookup (row->values, "outcome"), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return ROW_SKIPPED;

  g_clear_pointer (&stmt, psl_stmt_cache_return);
  id = psl_interaction_create (run->store, company_id, kind, date, g_hash_table_lookup (row->values, "staff_id"), error);
  if (id == NULL || !fill (run, id, row->values, identity, FALSE, error) ||
      !mark_doubts (run, "interaction", id, FALSE, row->doubts, row->source, error))
    return ROW_FAILED;
  trace_created (run, "interaction", id);
  return ROW_NEW;
}

/* What the report calls the row: the firm's name, the person's… */
static char *
row_name (PslImportKind kind,
          GHashTable   *values)
{
  const char *first = g_hash_table_lookup (values, "first_name");
  const char *last = g_hash_table_lookup (values, "last_name");

  switch (kind)
    {
    case PSL_IMPORT_FIRMS:
      return g_strdup (g_hash_table_lookup (values, "legal_name"));
    case PSL_IMPORT_JOURNAL:
      {
        g_autofree char *date = psl_format_date_short (g_hash_table_lookup (values, "occurred_at"));
        const char *firm = g_hash_table_lookup (values, "company_name");

        return g_strdup_printf ("%s, %s", firm != NULL ? firm : "", date != NULL ? date : "");
      }
    case PSL_IMPORT_CONTACTS:
    case PSL_IMPORT_PEOPLE:
    default:
      return first != NULL ? g_strdup_printf ("%s %s", first, last) : g_strdup (last);
    }
}

static void
report_doubts (PslImportReport *report,
               guint            line,
               const char      *name,
               GPtrArray       *doubts)
{
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (doubts->len == 0)
    return;
  for (guint i = 0; i < doubts->len; i++)
    g_string_append_printf (reasons, "%s%s", i > 0 ? " " : "", ((Doubt *) doubts->pdata[i])->reason);
  /* Translators: a record imported with values to check: %s its name, then the reasons */
  text = g_strdup_printf (_("%s — to check: %s"), name, reasons->str);
  reject (report->to_check, line, text);
}

/* The row's key field: a name, or for the journal a firm and a date. */
static gboolean
has_name (PslImportKind kind,
          GHashTable   *values)
{
  if (kind == PSL_IMPORT_JOURNAL)
    return g_hash_table_contains (values, "company_name") || g_hash_table_contains (values, "company_identifier");
  return g_hash_table_contains (values, psl_import_kind_info (kind)->required);
}

static const char *
no_name_reason (PslImportKind kind)
{
  switch (kind)
    {
    case PSL_IMPORT_FIRMS:
      return _("The firm's name is empty: the row is left out.");
    case PSL_IMPORT_JOURNAL:
      return _("No firm is named for this exchange: the row is left out.");
    case PSL_IMPORT_CONTACTS:
    case PSL_IMPORT_PEOPLE:
    default:
      return _("The last name is empty: the row is left out.");
    }
}

static gboolean
mapping_names_rows (PslImportMapping *mapping,
                    GError          **error)
{
  static const char *needed[] = {
    N_("No column gives the firms' names: choose which column holds them."),
    N_("No column gives the contacts' last names: choose which column holds them."),
    N_("No column gives the people's last names: choose which column holds them."),
    N_("No column names the firm of each exchange: choose which column holds its name or its SIRET."),
  };
  gboolean found = FALSE;

  for (guint c = 0; c < mapping->n_columns; c++)
    found |= g_strcmp0 (mapping->targets[c], psl_import_kind_info (mapping->kind)->required) == 0 ||
             (mapping->kind == PSL_IMPORT_JOURNAL && g_strcmp0 (mapping->targets[c], "company_identifier") == 0);
  if (mapping->kind == PSL_IMPORT_JOURNAL && found)
    {
      found = FALSE;
      for (guint c = 0; c < mapping->n_columns; c++)
        found |= g_strcmp0 (mapping->targets[c], "occurred_at") == 0;
      if (!found)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("No column gives the date of each exchange: choose which column holds it."));
          return FALSE;
        }
    }
  if (!found)
    g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _(needed[mapping->kind]));
  return found;
}

static PslImportReport *
import_records (PslStore            *store,
                PslCsvTable         *table,
                PslImportMapping    *mapping,
                PslImportDuplicates  duplicates,
                gboolean             dry_run,
                GError             **error);

/* Imports the rows of table as records of mapping's kind, in one
 * transaction (rolled back for a dry run or on a fault of the database). */
PslImportReport *
psl_import_records (PslStore            *store,
                    PslCsvTable         *table,
                    PslImportMapping    *mapping,
                    PslImportDuplicates  duplicates,
                    gboolean             dry_run,
                    GError             **error)
{
  PslImportReport *report;

  psl_store_set_large_cache (store, TRUE, NULL);
  report = import_records (store, table, mapping, duplicates, dry_run, error);
  psl_store_set_large_cache (store, FALSE, NULL);
  return report;
}

static PslImportReport *
import_records (PslStore            *store,
                PslCsvTable         *table,
                PslImportMapping    *mapping,
                PslImportDuplicates  duplicates,
                gboolean             dry_run,
                GError             **error)
{
  typedef RowResult (*StoreFunc) (Run *, RowData *, GError **);
  const StoreFunc stores[] = { store_firm, store_contact, store_person, store_exchange };
  g_autoptr(PslImportReport) report = g_new0 (PslImportReport, 1);
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) matched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(PslImportIndex) index = psl_import_index_new (store);
  g_autofree char *today = psl_today_iso ();
  g_autofree char *started_at = psl_now_timestamp ();
  g_autoptr(GPtrArray) traces = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_import_trace_free);
  Run run = { store, mapping, items, matched, added, index, today, traces };

  report->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);
  report->to_check = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);

  if (!mapping_names_rows (mapping, error) || !psl_store_begin (store, error))
    return NULL;
  if (!psl_search_defer (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }

  for (guint r = 1; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      guint line = g_array_index (table->lines, guint, r);
      g_autoptr(GError) row_error = NULL;
      g_autoptr(GPtrArray) doubts = g_ptr_array_new_with_free_func ((GDestroyNotify) doubt_free);
      g_autoptr(GHashTable) values = check_row (&run, row, doubts, &row_error);
      g_autofree char *name = NULL;
      g_autofree char *why = NULL;
      g_autofree char *source = NULL;
      RowResult result;
      guint n_traces;

      if (values == NULL)
        {
          psl_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&row_error));
          return NULL;
        }
      if (!has_name (mapping->kind, values))
        {
          reject (report->rejected, line, _(no_name_reason (mapping->kind)));
          continue;
        }
      name = row_name (mapping->kind, values);
      if (is_totals_row (table, r, name))
        {
          reject (report->rejected, line, _("A totals row, not a record: left out."));
          continue;
        }
      source = g_strdup_printf (_("%s, line %u"), mapping->source != NULL ? mapping->source : _("imported file"),
                                line);

      /* A row goes in whole or not at all. */
      n_traces = traces->len;
      if (!psl_store_exec (store, "SAVEPOINT import_row;", error))
        {
          psl_store_rollback (store);
          return NULL;
        }
      {
        RowData data = { values, doubts, source, duplicates, NULL };

        result = stores[mapping->kind] (&run, &data, &row_error);
        why = data.why;
      }
      if (result == ROW_FAILED && !g_error_matches (row_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID))
        {
          psl_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&row_error));
          return NULL;
        }
      if (result == ROW_FAILED || result == ROW_LEFT_OUT)
        {
          psl_store_exec (store, "ROLLBACK TO import_row; RELEASE import_row;", NULL);
          psl_import_index_row_done (index, FALSE);
          g_ptr_array_set_size (traces, n_traces);
          reject (report->rejected, line, result == ROW_FAILED ? row_error->message : why);
          continue;
        }
      psl_store_exec (store, "RELEASE import_row;", NULL);
      psl_import_index_row_done (index, TRUE);
      report->imported += result == ROW_NEW;
      report->merged += result == ROW_MERGED;
      report->skipped += result == ROW_SKIPPED;
      if (result != ROW_SKIPPED)
        report_doubts (report, line, name, doubts);
    }

  /* What it did is kept, so that it can be undone for a day. */
  if (!dry_run && !psl_search_catch_up (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }
  if (!dry_run && traces->len > 0 &&
      (report->run_id = psl_import_undo_record (store, mapping->kind, mapping->source, started_at,
                                                report->to_check->len, traces, error)) == NULL)
    {
      psl_store_rollback (store);
      return NULL;
    }
  if (dry_run)
    psl_store_rollback (store);
  else if (!psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }

  return g_steal_pointer (&report);
}

PslImportReport *
psl_import_companies (PslStore            *store,
                      PslCsvTable         *table,
                      PslImportMapping    *mapping,
                      PslImportDuplicates  duplicates,
                      gboolean             dry_run,
                      GError             **error)
{
  g_return_val_if_fail (mapping->kind == PSL_IMPORT_FIRMS, NULL);
  return psl_import_records (store, table, mapping, duplicates, dry_run, error);
}

static void
append_csv_field (GString    *out,
                  const char *text)
{
  g_autofree char *doubled = NULL;
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);

  doubled = g_strjoinv ("\"\"", parts);
  /* A cell a spreadsheet would run as a formula is written as text. */
  g_string_append_printf (out, "\"%s%s\"", strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0' ? "'" : "",
                          doubled);
}

/* The report as a CSV file for French spreadsheets: UTF-8 with a byte
 * order mark, ";", one line per row kept to check or left out. */
char *
psl_import_report_to_csv (PslImportReport *report,
                          const char      *source)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *counts = g_strdup_printf (_("%u new, %u completed, %u left as they are, %u to check, %u left out"),
                                             report->imported, report->merged, report->skipped,
                                             report->to_check->len, report->rejected->len);
  GPtrArray *lists[] = { report->to_check, report->rejected };
  const char *kinds[] = { _("To check"), _("Left out") };

  append_csv_field (out, source != NULL ? source : "");
  g_string_append_c (out, ';');
  append_csv_field (out, counts);
  g_string_append (out, "\r\n");
  append_csv_field (out, _("Line"));
  g_string_append_c (out, ';');
  append_csv_field (out, _("Result"));
  g_string_append_c (out, ';');
  append_csv_field (out, _("Why"));
  g_string_append (out, "\r\n");
  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    for (guint i = 0; i < lists[k]->len; i++)
      {
        PslImportRejection *r = g_ptr_array_index (lists[k], i);

        g_string_append_printf (out, "%u;", r->line);
        append_csv_field (out, kinds[k]);
        g_string_append_c (out, ';');
        append_csv_field (out, r->reason);
        g_string_append (out, "\r\n");
      }
  return g_string_free (out, FALSE);
}
