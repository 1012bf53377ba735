/* psl-import.c — importing a list of firms from a CSV file, in one transaction
 *
 * Every row is checked with the same rules as an edit in the window.  A row
 * that breaks one is rejected with its line and the reason, and the others
 * go in; a fault of the database undoes the whole import: nothing is ever
 * half-imported.
 */

#define G_LOG_DOMAIN "psl-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-company.h"
#include "psl-company-list.h"
#include "psl-import.h"
#include "psl-ref.h"

/* Column titles people give these fields, folded (lower case, no accents). */
static const struct { const char *target; const char *names; } synonyms[] = {
  { "legal_name", "raison sociale|nom|nom de l'entreprise|entreprise|societe|denomination|legal name|name" },
  { "trade_name", "enseigne|nom commercial|trade name" },
  { "identifier", "siret|siren|numero siret|n siret|bce|numero bce|kbo|numero d'entreprise|identifiant" },
  { "naf_code", "naf|code naf|ape|code ape|nace|code nace" },
  { "sector", "secteur|secteur d'activite|activite|sector" },
  { "size_band", "type|type d'entreprise|taille" },
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
  for (guint i = 0; i < mapping->n_columns; i++)
    copy->targets[i] = g_strdup (mapping->targets[i]);
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

/* A list value may be written as its label ("BTP") or its code ("btp"). */
static char *
resolve_ref (PslStore   *store,
             const char *list_code,
             const char *value)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *folded = psl_fold (value);

  if (psl_ref_has_code (store, list_code, value))
    return g_strdup (value);

  items = psl_ref_list (store, list_code, NULL, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);
      g_autofree char *label = psl_fold (item->label);

      if (g_str_has_prefix (label, folded) && *folded != '\0')
        return g_strdup (item->code);
    }

  return g_strdup (value);
}

static void
reject (PslImportReport *report,
        guint            line,
        const char      *reason)
{
  PslImportRejection *r = g_new0 (PslImportRejection, 1);

  r->line = line;
  r->reason = g_strdup (reason);
  g_ptr_array_add (report->rejected, r);
}

static const char *
cell (char      **row,
      guint       column)
{
  return column < g_strv_length (row) ? row[column] : NULL;
}

/* The values of a row by field, checked; NULL with error on a bad value. */
static GHashTable *
check_row (PslStore         *store,
           PslImportMapping *mapping,
           char            **row,
           GError          **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint c = 0; c < mapping->n_columns; c++)
    {
      const char *target = mapping->targets[c];
      const PslField *field = target != NULL ? psl_record_find_field (psl_company_fields, target) : NULL;
      g_autofree char *raw = NULL;
      g_autoptr(GError) local_error = NULL;
      char *checked;

      if (field == NULL || cell (row, c) == NULL || *cell (row, c) == '\0')
        continue;

      raw = field->kind == PSL_FIELD_REF ? resolve_ref (store, field->ref_list, cell (row, c))
                                         : g_strdup (cell (row, c));
      checked = psl_record_check (store, field, raw, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (checked != NULL)
        g_hash_table_insert (values, (gpointer) field->column, checked);
    }

  if (!g_hash_table_contains (values, "legal_name"))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("The firm's name is empty."));
      return NULL;
    }

  return g_steal_pointer (&values);
}

/* Merging fills what the firm's record lacks and never overwrites. */
static gboolean
merge_into (PslStore   *store,
            const char *id,
            GHashTable *values,
            GError    **error)
{
  g_autoptr(PslCompany) existing = psl_company_load (store, id, error);
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (existing == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *sql = g_strdup_printf ("SELECT %s IS NULL FROM company WHERE id = ?1;", (char *) key);

      g_clear_pointer (&stmt, sqlite3_finalize);
      stmt = psl_store_prepare (store, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) &&
          !psl_company_set (store, id, key, value, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
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
    return FALSE;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (strcmp (key, "legal_name") != 0 && strcmp (key, "identifier") != 0 &&
        strcmp (key, "postcode") != 0 && !psl_company_set (store, id, key, value, error))
      return FALSE;

  return TRUE;
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
  gboolean has_name = FALSE;

  report->rejected = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);

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
      g_autoptr(GHashTable) values = check_row (store, mapping, row, &row_error);
      g_autofree char *duplicate = NULL;

      if (values == NULL)
        {
          reject (report, line, row_error->message);
          continue;
        }

      duplicate = psl_company_find_duplicate (store, g_hash_table_lookup (values, "identifier"),
                                              g_hash_table_lookup (values, "legal_name"),
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
                            : insert_new (store, values, &row_error))
        {
          psl_store_exec (store, "RELEASE import_row;", NULL);
          if (duplicate != NULL)
            report->merged++;
          else
            report->imported++;
        }
      else if (g_error_matches (row_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID))
        {
          psl_store_exec (store, "ROLLBACK TO import_row; RELEASE import_row;", NULL);
          reject (report, line, row_error->message);
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
