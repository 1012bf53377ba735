/* psl-record.c — saving one field of a record at once, with its rule checked */

#define G_LOG_DOMAIN "psl-record"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-ident.h"
#include "psl-import-review.h"
#include "psl-record.h"
#include "psl-ref.h"
#include "privacy/psl-actor.h"
#include "privacy/psl-audit.h"
#include "psl-store-private.h"

/* The tables whose rows say who created and last changed them. */
static const char *const authored_tables[] = {
  "company", "person", "person_sensitive", "barrier", "note", "followup", "placement", "consent", NULL
};

/* The column that names the staff member behind a confidential item: left
 * empty on a new one, it is the staff member at the keyboard. */
static const char *
author_column (const char *table)
{
  if (g_strcmp0 (table, "person_sensitive") == 0)
    return "recorded_by";
  if (g_strcmp0 (table, "note") == 0)
    return "staff_id";
  return NULL;
}

gboolean
psl_record_is_authored (const char *table)
{
  return g_strv_contains (authored_tables, table);
}

/* The SQL that writes parameter ?value of column: sealed for a
 * confidential column, bound to its table, column and row (?row). */
static char *
value_mark (const char     *table,
            const PslField *field,
            guint           value,
            guint           row)
{
  if (field->kind == PSL_FIELD_SECRET)
    return g_strdup_printf ("psl_seal(?%u, '%s.%s/' || ?%u)", value, table, field->column, row);
  return g_strdup_printf ("?%u", value);
}

const PslField *
psl_record_find_field (const PslField *fields,
                       const char     *column)
{
  for (const PslField *f = fields; f->column != NULL; f++)
    if (g_strcmp0 (f->column, column) == 0)
      return f;
  return NULL;
}

const char *
psl_choice_label (const char *const *pairs,
                  const char        *code)
{
  for (guint i = 0; pairs != NULL && pairs[i] != NULL; i += 2)
    if (g_strcmp0 (pairs[i], code) == 0)
      return _(pairs[i + 1]);
  return NULL;
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Dates are typed day first (DD/MM/YYYY) or ISO. */
static char *
check_date (const char *text,
            GError    **error,
            const char *label)
{
  g_autoptr(GDate) date = psl_date_parse_user (text);

  if (date == NULL || g_date_get_year (date) < 1900 || g_date_get_year (date) > 2200)
    {
      g_autofree char *example = psl_format_date_short ("2026-11-22");

      invalid (error, _("%s: “%s” is not a date; write it as %s."), label, text, example);
      return NULL;
    }

  return psl_date_to_iso (date);
}

/* A month typed MM/YYYY (as French forms write it) or YYYY-MM. */
static char *
check_month (const char *text,
             GError    **error,
             const char *label)
{
  unsigned month = 0, year = 0;
  char end = 0;

  if ((sscanf (text, "%2u/%4u%c", &month, &year, &end) != 2 &&
       sscanf (text, "%4u-%2u%c", &year, &month, &end) != 2) ||
      month < 1 || month > 12 || year < 1900 || year > 2200)
    {
      invalid (error, _("%s: “%s” is not a month; write it as 03/2026."), label, text);
      return NULL;
    }
  return g_strdup_printf ("%04u-%02u", year, month);
}

static char *
check_number (const char *text,
              gboolean    integer,
              GError    **error,
              const char *label)
{
  g_autofree char *copy = g_strdelimit (g_strdup (text), ",", '.');
  char *end = NULL;
  double value = g_ascii_strtod (copy, &end);

  if (end == copy || *end != '\0' || value < 0 || value > 1e9 ||
      (integer && value != (gint64) value))
    {
      invalid (error, integer ? _("%s: “%s” is not a whole number.")
                              : _("%s: “%s” is not a number."), label, text);
      return NULL;
    }

  return integer ? g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value)
                 : g_strdup_printf ("%g", value);
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && strchr (text, ' ') == NULL &&
         text[strlen (text) - 1] != '.';
}

static gboolean
looks_like_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" .-+()/", *p) == NULL)
        return FALSE;
    }
  return digits >= 6 && digits <= 15;
}

/* Returns the value to store (NULL for an empty optional field) with
 * error unset, or NULL with error set. */
char *
psl_record_check (PslStore       *store,
                  const PslField *field,
                  const char     *value,
                  GError        **error)
{
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));
  const char *label = _(field->label);

  if (!g_utf8_validate (text, -1, NULL))
    {
      invalid (error, _("%s contains characters that are not valid text."), label);
      return NULL;
    }

  if (*text == '\0')
    {
      if (field->kind == PSL_FIELD_REQUIRED)
        invalid (error, _("%s cannot be empty."), label);
      return NULL;
    }

  if (g_utf8_strlen (text, -1) > PSL_TEXT_MAX)
    {
      invalid (error, _("%s is too long: %ld characters, at most %d."),
               label, g_utf8_strlen (text, -1), PSL_TEXT_MAX);
      return NULL;
    }

  switch (field->kind)
    {
    case PSL_FIELD_TEXT:
    case PSL_FIELD_SECRET:
    case PSL_FIELD_REQUIRED:
      return g_steal_pointer (&text);

    case PSL_FIELD_DATE:
      return check_date (text, error, label);

    case PSL_FIELD_MONTH:
      return check_month (text, error, label);

    case PSL_FIELD_INTEGER:
    case PSL_FIELD_NUMBER:
      return check_number (text, field->kind == PSL_FIELD_INTEGER, error, label);

    case PSL_FIELD_BOOLEAN:
      if (g_strv_contains ((const char *[]) { "1", "true", "oui", "yes", "vrai", NULL }, text))
        return g_strdup ("1");
      if (g_strv_contains ((const char *[]) { "0", "false", "non", "no", "faux", NULL }, text))
        return g_strdup ("0");
      invalid (error, _("%s: answer yes or no."), label);
      return NULL;

    case PSL_FIELD_REF:
      if (psl_ref_has_code (store, field->ref_list, text))
        return g_steal_pointer (&text);
      invalid (error, _("%s: “%s” is not in the list."), label, text);
      return NULL;

    case PSL_FIELD_CHOICE:
      if (g_strv_contains (field->choices, text))
        return g_steal_pointer (&text);
      invalid (error, _("%s: “%s” is not one of the possible values."), label, text);
      return NULL;

    case PSL_FIELD_ID:
      if (strlen (text) == 36)
        return g_steal_pointer (&text);
      invalid (error, _("%s: unknown record."), label);
      return NULL;

    case PSL_FIELD_IDENTIFIER:
      {
        char *normalized = NULL;

        if (psl_ident_check (text, &normalized, error) == PSL_IDENT_INVALID)
          return NULL;
        return normalized;
      }

    case PSL_FIELD_EMAIL:
      if (looks_like_email (text))
        return g_steal_pointer (&text);
      invalid (error, _("%s: “%s” is not an e-mail address."), label, text);
      return NULL;

    case PSL_FIELD_PHONE:
      if (looks_like_phone (text))
        return g_steal_pointer (&text);
      invalid (error, _("%s: “%s” is not a phone number."), label, text);
      return NULL;

    default:
      g_assert_not_reached ();
    }
}

/* Checks the values a new record needs: each must be present and valid.
 * Fills checked[] in order; the caller frees what it holds. */
gboolean
psl_record_check_all (PslStore       *store,
                      const PslField *fields,
                      const char    **columns,
                      const char    **values,
                      char          **checked,
                      guint           n,
                      GError        **error)
{
  for (guint i = 0; i < n; i++)
    {
      const PslField *field = psl_record_find_field (fields, columns[i]);
      GError *local_error = NULL;

      checked[i] = psl_record_check (store, field, values[i], &local_error);
      if (local_error == NULL && checked[i] == NULL)
        g_set_error (&local_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                     _("%s is needed."), _(field->label));
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
psl_record_set (PslStore       *store,
                const char     *table,
                const PslField *fields,
                const char     *id,
                const char     *column,
                const char     *value,
                GError        **error)
{
  const PslField *field = psl_record_find_field (fields, column);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PslCachedStmt) stmt = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_autofree char *mark = NULL;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (field != NULL, FALSE);

  checked = psl_record_check (store, field, value, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A confidential text the actor may not read was shown empty: left
   * empty, it stays as it is; a new one is refused with the reason. */
  if (field->kind == PSL_FIELD_SECRET)
    {
      g_autofree char *owner = psl_privacy_owner_of (store, table, id);

      if (owner != NULL && !psl_privacy_may_read (store, owner, checked != NULL ? error : NULL))
        return checked == NULL;
    }

  /* table and column come from the program's own declarations. */
  mark = value_mark (table, field, 1, 2);
  if (psl_record_is_authored (table))
    sql = g_strdup_printf ("UPDATE %s SET %s = %s, updated_by = coalesce(?3, updated_by) WHERE id = ?2;",
                           table, field->column, mark);
  else
    sql = g_strdup_printf ("UPDATE %s SET %s = %s WHERE id = ?2;", table, field->column, mark);
  stmt = psl_store_lend (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, checked, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  if (psl_record_is_authored (table))
    {
      actor = psl_privacy_get_actor (store);
      sqlite3_bind_text (stmt, 3, actor, -1, SQLITE_STATIC);
    }
  rc = sqlite3_step (stmt);

  /* A valid value saved where an import kept one for checking corrects it. */
  if (rc == SQLITE_DONE && checked != NULL &&
      g_strv_contains ((const char *[]) { "company", "contact", "person", "interaction", NULL }, table))
    return psl_import_review_clear (store, table, id, field->column, error);
  if (rc == SQLITE_DONE)
    return TRUE;

  if (sqlite3_extended_errcode (psl_store_get_db (store)) == SQLITE_CONSTRAINT_UNIQUE)
    return invalid (error, _("%s: another record already has this value."), _(field->label));

  /* The tables check that an end does not come before its start. */
  if (sqlite3_extended_errcode (psl_store_get_db (store)) == SQLITE_CONSTRAINT_CHECK &&
      field->kind == PSL_FIELD_DATE)
    return invalid (error, _("The end cannot be before the start."));

  psl_set_sqlite_error (error, psl_store_get_db (store), _("Saving"));
  return FALSE;
}

/* The value given for column in a form's columns and values, or NULL. */
const char *
psl_record_value_of (const char * const *columns,
                     const char * const *values,
                     const char         *column)
{
  for (guint i = 0; columns[i] != NULL; i++)
    if (g_strcmp0 (columns[i], column) == 0)
      return values[i];
  return NULL;
}

/* Every value is checked before anything is written, so that a form can
 * point at the row whose value is refused (refused_column). */
static gboolean
check_values (PslStore           *store,
              const PslField     *fields,
              const char * const *columns,
              const char * const *values,
              const char        **refused_column,
              GError            **error)
{
  for (guint i = 0; columns[i] != NULL; i++)
    {
      const PslField *field = psl_record_find_field (fields, columns[i]);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *checked = NULL;

      g_return_val_if_fail (field != NULL, FALSE);
      checked = psl_record_check (store, field, values[i], &local_error);
      if (local_error != NULL)
        {
          if (refused_column != NULL)
            *refused_column = field->column;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

/* Saves a whole form — a new record made by create when id is NULL — in
 * one transaction: a refused value leaves nothing half-saved.  columns is
 * NULL-terminated; values has one entry per column.  Returns the record's
 * id, or NULL with refused_column naming the culprit when it is known. */
char *
psl_record_save (PslStore           *store,
                 const char         *table,
                 const PslField     *fields,
                 PslRecordCreateFunc create,
                 const char         *parent_id,
                 const char         *id,
                 const char * const *columns,
                 const char * const *values,
                 const char        **refused_column,
                 GError            **error)
{
  g_autofree char *created = NULL;
  gboolean ok;

  if (refused_column != NULL)
    *refused_column = NULL;
  if (!check_values (store, fields, columns, values, refused_column, error))
    return NULL;

  ok = psl_store_begin (store, error);
  if (ok && id == NULL)
    {
      id = created = create (store, parent_id, columns, values, error);
      ok = id != NULL;
      /* A new record is mostly refused for a required value not given. */
      for (guint i = 0; !ok && refused_column != NULL && fields[i].column != NULL; i++)
        if (fields[i].kind == PSL_FIELD_REQUIRED && psl_record_value_of (columns, values, fields[i].column) == NULL)
          {
            *refused_column = fields[i].column;
            break;
          }
    }
  for (guint i = 0; ok && columns[i] != NULL; i++)
    ok = psl_record_set (store, table, fields, id, columns[i], values[i], error);
  if (!ok || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }

  return g_strdup (id);
}

/* Makes a record of table belonging to parent_id (through parent_column)
 * with the values of its form, in the caller's transaction: every value
 * goes in the one INSERT, so that the table's own rules (a required
 * value, an end after its start) see the record whole.  Returns its id. */
char *
psl_record_insert (PslStore           *store,
                   const char         *table,
                   const PslField     *fields,
                   const char         *parent_column,
                   const char         *parent_id,
                   const char * const *columns,
                   const char * const *values,
                   GError            **error)
{
  g_autoptr(GString) names = g_string_new ("id, site_id");
  g_autoptr(GString) marks = g_string_new ("?1, ?2");
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PslCachedStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *id = psl_new_id ();
  g_autofree char *actor = psl_record_is_authored (table) ? psl_privacy_get_actor (store) : NULL;
  const char *author = author_column (table);
  gboolean author_given = FALSE;

  if (parent_column != NULL)
    {
      g_string_append_printf (names, ", %s", parent_column);
      g_string_append (marks, ", ?3");
    }
  if (actor != NULL)
    {
      g_string_append (names, ", created_by, updated_by");
      g_string_append_printf (marks, ", '%s', '%s'", actor, actor);
    }
  for (guint i = 0; columns[i] != NULL; i++)
    {
      const PslField *field = psl_record_find_field (fields, columns[i]);
      g_autoptr(GError) local_error = NULL;
      char *value;

      g_return_val_if_fail (field != NULL, NULL);
      value = psl_record_check (store, field, values[i], &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (g_strcmp0 (field->column, author) == 0)
        {
          author_given = TRUE;
          if (value == NULL)
            value = g_strdup (actor);
        }
      /* The names are the program's own declarations. */
      g_string_append_printf (names, ", %s", field->column);
      {
        g_autofree char *mark = value_mark (table, field, checked->len + 4, 1);

        g_string_append_printf (marks, ", %s", mark);
      }
      g_ptr_array_add (checked, value);
    }

  if (author != NULL && !author_given && actor != NULL)
    {
      g_string_append_printf (names, ", %s", author);
      g_string_append_printf (marks, ", ?%u", checked->len + 4);
      g_ptr_array_add (checked, g_strdup (actor));
    }
  sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s);", table, names->str, marks->str);
  if ((stmt = psl_store_lend (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, parent_id, -1, SQLITE_STATIC);
  for (guint i = 0; i < checked->len; i++)
    sqlite3_bind_text (stmt, i + 4, g_ptr_array_index (checked, i), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      int code = sqlite3_extended_errcode (psl_store_get_db (store));

      if (code == SQLITE_CONSTRAINT_CHECK)
        return invalid (error, _("The end cannot be before the start.")), NULL;
      if (code == SQLITE_CONSTRAINT_NOTNULL)
        return invalid (error, _("A required value is missing.")), NULL;
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Saving"));
      return NULL;
    }
  return g_steal_pointer (&id);
}

/* The values of the fields of one live record, by column; a NULL value
 * is left out.  The columns come from fields, never from outside. */
GHashTable *
psl_record_load (PslStore       *store,
                 const char     *table,
                 const PslField *fields,
                 const char     *id,
                 GError        **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autofree char *owner = NULL;
  gboolean hidden = FALSE, secret = FALSE;
  guint n = 0;

  for (; fields[n].column != NULL; n++)
    secret |= fields[n].kind == PSL_FIELD_SECRET;
  /* A confidential text is read only by whom may, and each reading is
   * journaled; the others get the record without it. */
  if (secret && (owner = psl_privacy_owner_of (store, table, id)) != NULL)
    {
      hidden = !psl_privacy_may_read (store, owner, NULL);
      if (!hidden && !psl_audit_add (store, PSL_AUDIT_READ_CONFIDENTIAL, owner, table, error))
        return NULL;
    }
  for (n = 0; fields[n].column != NULL; n++)
    if (fields[n].kind == PSL_FIELD_SECRET && hidden)
      g_string_append_printf (sql, "%sNULL", n > 0 ? ", " : "");
    else if (fields[n].kind == PSL_FIELD_SECRET)
      g_string_append_printf (sql, "%spsl_open(%s, '%s.%s/' || id)", n > 0 ? ", " : "",
                              fields[n].column, table, fields[n].column);
    else
      g_string_append_printf (sql, "%s%s", n > 0 ? ", " : "", fields[n].column);
  g_string_append_printf (sql, " FROM %s WHERE id = ?1 AND deleted_at IS NULL;", table);

  if ((stmt = psl_store_prepare (store, sql->str, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      if (sqlite3_errcode (psl_store_get_db (store)) == SQLITE_ERROR)
        {
          /* The key is missing or wrong: psl_open() said why. */
          g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_NO_KEY,
                               sqlite3_errmsg (psl_store_get_db (store)));
          return NULL;
        }
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This record is no longer in the database."));
      return NULL;
    }

  values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < n; i++)
    if (sqlite3_column_type (stmt, i) == SQLITE_FLOAT)
      /* 35.0 is written 35, and 17.5 17,5 in French */
      g_hash_table_insert (values, (gpointer) fields[i].column,
                           psl_format_decimal (sqlite3_column_double (stmt, i), 2));
    else if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
      g_hash_table_insert (values, (gpointer) fields[i].column,
                           g_strdup ((const char *) sqlite3_column_text (stmt, i)));
  return g_steal_pointer (&values);
}

/* Deleting only marks the row, so that it can be brought back. */
gboolean
psl_record_set_deleted (PslStore   *store,
                        const char *table,
                        const char *id,
                        gboolean    deleted,
                        GError    **error)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE %s SET deleted_at = CASE WHEN ?1 THEN strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now') END"
    " WHERE id = ?2;", table);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, deleted);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* Takes the strings. */
PslRecordLine *
psl_record_line_new (char     *id,
                     char     *title,
                     char     *subtitle,
                     gboolean  done)
{
  PslRecordLine *line = g_new0 (PslRecordLine, 1);

  line->id = id;
  line->title = title;
  line->subtitle = subtitle;
  line->done = done;
  return line;
}

void
psl_record_line_free (PslRecordLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->title);
  g_free (line->subtitle);
  g_free (line);
}
