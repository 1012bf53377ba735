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
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "psl-company.h"
#include "psl-company-list.h"
#include "psl-import.h"
#include "psl-ref.h"
#include "psl-import-match.h"
#include "psl-import-review.h"
#include "psl-spreadsheet-private.h"

/* Column titles people give these fields, folded (lower case, no accents). */
static const struct { const char *target; const char *names; } synonyms[] = {
  { "legal_name", "raison sociale|nom|nom de l'entreprise|entreprise|societe|denomination|legal name|name" },
  { "trade_name", "enseigne|nom commercial|trade name" },
  { "identifier", "siret|siren|numero siret|n siret|bce|numero bce|kbo|numero d'entreprise|identifiant" },
  { "naf_code", "naf|code naf|ape|code ape|nace|code nace" },
  { "sector", "secteur|secteur d'activite|activite|sector" },
  { "size_band", "type|type d'entreprise|taille|categorie" },
  { "referent_id", "referent|referente|conseiller|conseillere|charge de relations|suivi par" },
  { "first_contact_origin", "origine|origine du contact|premier contact" },
  { "relationship_start", "debut de la relation|date de debut|depuis|date du premier contact|date de creation" },
  { "headcount", "effectif|effectifs|salaries|nombre de salaries|headcount" },
  { "address", "adresse|adresse postale|rue|address" },
  { "postcode", "code postal|cp|postcode|zip" },
  { "commune", "commune|ville|localite|city" },
  { "website", "site|site web|site internet|website|web" },
  { "phone", "telephone|tel|tel.|phone|standard" },
  { "email", "email|e-mail|courriel|mail|adresse mail" },
  { "seasonality", "saisonnalite|saison" },
  { "hiring_needs", "besoins|besoins de recrutement|recrutement" },
  { "csr_commitments", "rse|engagements rse" },
  { "partnership_level", "niveau|niveau de partenariat" },
  { "notes", "notes|remarques|commentaire|commentaires|observations" },
};

void
psl_import_report_free (PslImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->rejected);
  g_ptr_array_unref (report->to_check);
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

static const char *
guess_target (const char *header)
{
  g_autofree char *folded = psl_fold (header);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    {
      g_auto(GStrv) names = g_strsplit (synonyms[i].names, "|", -1);

      if (g_strv_contains ((const char * const *) names, folded))
        return synonyms[i].target;
    }
  return NULL;
}

PslImportMapping *
psl_import_guess_mapping (PslCsvTable *table)
{
  PslImportMapping *mapping = g_new0 (PslImportMapping, 1);
  char **header = g_ptr_array_index (table->rows, 0);

  mapping->n_columns = g_strv_length (header);
  mapping->targets = g_new0 (char *, mapping->n_columns + 1);
  mapping->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; i < mapping->n_columns; i++)
    {
      const char *target = guess_target (header[i]);
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
psl_import_mapping_copy (PslImportMapping *mapping)
{
  PslImportMapping *copy = g_new0 (PslImportMapping, 1);

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
      (target != NULL && psl_record_find_field (psl_company_fields, target) == NULL))
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
gboolean
psl_import_is_list_target (const char *target)
{
  const PslField *field = target != NULL ? psl_record_find_field (psl_company_fields, target) : NULL;

  return field != NULL && (field->kind == PSL_FIELD_REF || g_strcmp0 (target, "referent_id") == 0);
}

/* The items a value of the column may mean, as PslMatchItem. */
GPtrArray *
psl_import_list_items (PslStore   *store,
                       const char *target)
{
  const PslField *field = psl_record_find_field (psl_company_fields, target);
  GPtrArray *items = psl_match_items_new ();

  if (g_strcmp0 (target, "referent_id") == 0)
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

  if (column >= mapping->n_columns || !psl_import_is_list_target (mapping->targets[column]))
    return values;
  items = psl_import_list_items (store, mapping->targets[column]);

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

      if (target != NULL && psl_record_find_field (psl_company_fields, target) == NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("“%s” is not a field of a firm."), target);
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

      if (!psl_import_is_list_target (l->data) || choices == NULL)
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
memory_key (PslCsvTable *table)
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
  return g_strconcat ("import-mapping:", sum, NULL);
}

gboolean
psl_import_mapping_remember (PslStore         *store,
                             PslCsvTable      *table,
                             PslImportMapping *mapping,
                             GError          **error)
{
  g_autofree char *key = memory_key (table);
  g_autofree char *json = psl_import_mapping_to_json (mapping, table);

  return psl_store_set_meta (store, key, json, error);
}

gboolean
psl_import_mapping_recall (PslStore         *store,
                           PslCsvTable      *table,
                           PslImportMapping *mapping)
{
  g_autofree char *key = memory_key (table);
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
} Run;

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
          items = psl_import_list_items (run->store, field->column);
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
      const PslField *field = target != NULL ? psl_record_find_field (psl_company_fields, target) : NULL;
      const char *text = cell (row, c);
      g_autofree char *raw = NULL;
      g_autoptr(GError) local_error = NULL;
      char *checked;

      if (field == NULL || text == NULL || *text == '\0')
        continue;

      if (psl_import_is_list_target (field->column))
        {
          raw = resolve_list_value (run, field, text, error);
          if (raw == NULL)
            return NULL;
          if (*raw == '\0')
            {
              Doubt *d = g_new0 (Doubt, 1);

              d->field = field->column;
              d->value = g_strdup (text);
              d->reason = g_strdup_printf (_("%s: “%s” is not in the list."), _(field->label), text);
              g_ptr_array_add (doubts, d);
              continue;
            }
        }
      else if (field->kind == PSL_FIELD_DATE && is_serial (text))
        raw = psl_spreadsheet_serial_to_date (g_ascii_strtod (text, NULL));
      else if (is_one_line (field))
        raw = one_line (text);
      else
        raw = g_strdup (text);

      checked = psl_record_check (run->store, field, raw, &local_error);
      if (local_error != NULL)
        {
          Doubt *d = g_new0 (Doubt, 1);

          d->field = field->column;
          d->value = g_strdup (text);
          d->reason = g_strdup (local_error->message);
          g_ptr_array_add (doubts, d);
          continue;
        }
      if (checked != NULL)
        g_hash_table_insert (values, (gpointer) field->column, checked);
      belgian |= field->kind == PSL_FIELD_IDENTIFIER && strlen (checked) == 10;
    }

  if (g_hash_table_contains (values, "postcode"))
    {
      char *reason = postcode_doubt (g_hash_table_lookup (values, "postcode"), belgian);

      if (reason != NULL)
        {
          Doubt *d = g_new0 (Doubt, 1);

          d->field = "postcode";
          d->value = g_strdup (g_hash_table_lookup (values, "postcode"));
          d->reason = reason;
          g_ptr_array_add (doubts, d);
          g_hash_table_remove (values, "postcode");
        }
    }

  return g_steal_pointer (&values);
}

/* A last row "Total" or "Totaux" under the list is no firm. */
static gboolean
is_totals_row (PslCsvTable *table,
               guint        r,
               const char  *name)
{
  g_autofree char *norm = psl_match_normalize (name);

  return r + 3 >= table->rows->len &&
         (g_str_has_prefix (norm, "total") || g_str_has_prefix (norm, "sous total"));
}

/* Whether the firm's column holds nothing; the column is one of the
 * program's own declarations. */
static gboolean
is_empty_in (PslStore   *store,
             const char *id,
             const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s IS NULL FROM company WHERE id = ?1;", column);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0);
}

/* Merging fills what the firm's record lacks and never overwrites. */
static gboolean
merge_into (PslStore   *store,
            const char *id,
            GHashTable *values,
            GError    **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (is_empty_in (store, id, key) && !psl_company_set (store, id, key, value, error))
      return FALSE;

  return TRUE;
}

static char *
insert_new (PslStore   *store,
            GHashTable *values,
            GError    **error)
{
  g_autofree char *id = psl_company_create (store, g_hash_table_lookup (values, "legal_name"),
                                            g_hash_table_lookup (values, "identifier"),
                                            g_hash_table_lookup (values, "postcode"), error);
  GHashTableIter iter;
  gpointer key, value;

  if (id == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (strcmp (key, "legal_name") != 0 && strcmp (key, "identifier") != 0 &&
        strcmp (key, "postcode") != 0 && !psl_company_set (store, id, key, value, error))
      return NULL;

  return g_steal_pointer (&id);
}

/* The doubts of a row are marked on its firm; on a firm merged into, only
 * where its own record has nothing better. */
static gboolean
mark_doubts (Run        *run,
             const char *id,
             gboolean    merged,
             GPtrArray  *doubts,
             guint       line,
             GError    **error)
{
  g_autofree char *source = g_strdup_printf (_("%s, line %u"), run->mapping->source != NULL ? run->mapping->source
                                                                                          : _("imported file"),
                                             line);

  for (guint i = 0; i < doubts->len; i++)
    {
      Doubt *d = g_ptr_array_index (doubts, i);

      if (merged && !is_empty_in (run->store, id, d->field))
        continue;
      if (!psl_import_review_add (run->store, "company", id, d->field, d->value, d->reason, source, error))
        return FALSE;
    }
  return TRUE;
}

static void
report_doubts (PslImportReport *report,
               guint            line,
               const char      *name,
               GPtrArray       *doubts)
{
  g_autoptr(GString) reasons = g_string_new (NULL);

  if (doubts->len == 0)
    return;
  for (guint i = 0; i < doubts->len; i++)
    g_string_append_printf (reasons, "%s%s", i > 0 ? " " : "", ((Doubt *) doubts->pdata[i])->reason);
  {
    /* Translators: a firm imported with values to check: %s its name, then the reasons */
    g_autofree char *text = g_strdup_printf (_("%s — to check: %s"), name, reasons->str);

    reject (report->to_check, line, text);
  }
}

PslImportReport *
psl_import_companies (PslStore            *store,
                      PslCsvTable         *table,
                      PslImportMapping    *mapping,
                      PslImportDuplicates  duplicates,
                      gboolean             dry_run,
                      GError             **error)
{
  g_autoptr(PslImportReport) report = g_new0 (PslImportReport, 1);
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) matched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Run run = { store, mapping, items, matched, added };
  gboolean has_name = FALSE;

  report->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);
  report->to_check = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);

  for (guint c = 0; c < mapping->n_columns; c++)
    has_name |= g_strcmp0 (mapping->targets[c], "legal_name") == 0;
  if (!has_name)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("No column gives the firms' names: choose which column holds them."));
      return NULL;
    }

  if (!psl_store_begin (store, error))
    return NULL;

  for (guint r = 1; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      guint line = g_array_index (table->lines, guint, r);
      g_autoptr(GError) row_error = NULL;
      g_autoptr(GPtrArray) doubts = g_ptr_array_new_with_free_func ((GDestroyNotify) doubt_free);
      g_autoptr(GHashTable) values = check_row (&run, row, doubts, &row_error);
      g_autofree char *duplicate = NULL;
      g_autofree char *id = NULL;
      const char *name;

      if (values == NULL)
        {
          psl_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&row_error));
          return NULL;
        }

      name = g_hash_table_lookup (values, "legal_name");
      if (name == NULL)
        {
          reject (report->rejected, line, _("The firm's name is empty: the row is left out."));
          continue;
        }
      if (is_totals_row (table, r, name))
        {
          reject (report->rejected, line, _("A totals row, not a firm: left out."));
          continue;
        }

      duplicate = psl_company_find_duplicate (store, g_hash_table_lookup (values, "identifier"), name,
                                              g_hash_table_lookup (values, "postcode"));
      if (duplicate != NULL && duplicates == PSL_IMPORT_DUPLICATES_SKIP)
        {
          report->skipped++;
          continue;
        }

      /* A row goes in whole or not at all. */
      if (!psl_store_exec (store, "SAVEPOINT import_row;", error))
        {
          psl_store_rollback (store);
          return NULL;
        }

      if (duplicate != NULL ? merge_into (store, duplicate, values, &row_error)
                            : (id = insert_new (store, values, &row_error)) != NULL)
        {
          if (!mark_doubts (&run, duplicate != NULL ? duplicate : id, duplicate != NULL, doubts, line, &row_error))
            {
              psl_store_rollback (store);
              g_propagate_error (error, g_steal_pointer (&row_error));
              return NULL;
            }
          psl_store_exec (store, "RELEASE import_row;", NULL);
          if (duplicate != NULL)
            report->merged++;
          else
            report->imported++;
          report_doubts (report, line, name, doubts);
        }
      else if (g_error_matches (row_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID))
        {
          psl_store_exec (store, "ROLLBACK TO import_row; RELEASE import_row;", NULL);
          reject (report->rejected, line, row_error->message);
        }
      else
        {
          psl_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&row_error));
          return NULL;
        }
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
