/* psl-privacy-outbox.c — no confidential text in clear in the changes kept for the other sites
 *
 * A changeset is read with SQLite's iterator and written again byte for
 * byte in its documented format (sqlite3session.h): a table's header
 * ('T', the number of columns, one primary-key byte per column, the name),
 * then each change (its operation, whether indirect, then the old record,
 * the new one, or both), a record giving each column's type and value.
 * Only a confidential text changes: it is replaced by its sealed form,
 * bound to its table, column and row as the tables bind it. */

#define G_LOG_DOMAIN "psl-privacy"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-privacy-error.h"
#include "psl-privacy-outbox.h"
#include "psl-store-private.h"

typedef struct
{
  PslStore     *store;
  sqlite3_stmt *seal;       /* SELECT psl_seal(?1, ?2) */
  GHashTable   *columns;    /* table → GPtrArray of column names, in order */
  guint         sealed;     /* texts sealed in the changeset at hand */
} Rewrite;

static void
put_varint (GByteArray *out,
            guint64     v)
{
  guint8 buf[10];
  int n = 0;

  /* SQLite's varint: seven bits a byte, the highest first; a ninth byte,
   * if ever needed, carries eight. */
  if (v > G_GUINT64_CONSTANT (0x00ffffffffffffff))
    {
      guint8 nine[9];

      nine[8] = (guint8) v;
      v >>= 8;
      for (int i = 7; i >= 0; i--)
        {
          nine[i] = (guint8) ((v & 0x7f) | 0x80);
          v >>= 7;
        }
      g_byte_array_append (out, nine, 9);
      return;
    }
  do
    {
      buf[n++] = (guint8) ((v & 0x7f) | 0x80);
      v >>= 7;
    }
  while (v != 0);
  buf[0] &= 0x7f;
  for (int i = n - 1; i >= 0; i--)
    g_byte_array_append (out, &buf[i], 1);
}

static void
put_be64 (GByteArray *out,
          guint64     v)
{
  guint8 buf[8];

  for (int i = 7; i >= 0; i--)
    {
      buf[i] = (guint8) v;
      v >>= 8;
    }
  g_byte_array_append (out, buf, 8);
}

static void
put_bytes (GByteArray   *out,
           guint8        type,
           const guint8 *data,
           int           len)
{
  g_byte_array_append (out, &type, 1);
  put_varint (out, (guint64) len);
  if (len > 0)
    g_byte_array_append (out, data, len);
}

/* The sealed form of text, or NULL when it needs none. */
static char *
seal_text (Rewrite    *rw,
           const char *table,
           const char *column,
           const char *row_id,
           const char *text,
           GError    **error)
{
  g_autofree char *binding = NULL;
  char *sealed;

  if (text == NULL || g_str_has_prefix (text, PSL_SEALED_PREFIX) || row_id == NULL)
    return NULL;
  binding = g_strdup_printf ("%s.%s/%s", table, column, row_id);
  sqlite3_reset (rw->seal);
  sqlite3_bind_text (rw->seal, 1, text, -1, SQLITE_STATIC);
  sqlite3_bind_text (rw->seal, 2, binding, -1, SQLITE_STATIC);
  if (sqlite3_step (rw->seal) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (rw->store), _("Encrypting the changes kept for the other sites"));
      return NULL;
    }
  sealed = psl_column_dup (rw->seal, 0);
  sqlite3_reset (rw->seal);
  return sealed;
}

static gboolean
put_value (Rewrite       *rw,
           GByteArray    *out,
           sqlite3_value *value,
           const char    *table,
           const char    *column,
           const char    *row_id,
           GError       **error)
{
  guint8 type;

  if (value == NULL)   /* a column an update left as it was */
    {
      type = 0;
      g_byte_array_append (out, &type, 1);
      return TRUE;
    }
  switch (sqlite3_value_type (value))
    {
    case SQLITE_INTEGER:
      type = 1;
      g_byte_array_append (out, &type, 1);
      put_be64 (out, (guint64) sqlite3_value_int64 (value));
      return TRUE;

    case SQLITE_FLOAT:
      {
        double d = sqlite3_value_double (value);
        guint64 bits;

        memcpy (&bits, &d, sizeof bits);
        type = 2;
        g_byte_array_append (out, &type, 1);
        put_be64 (out, bits);
        return TRUE;
      }

    case SQLITE_TEXT:
      {
        const char *text = (const char *) sqlite3_value_text (value);
        g_autoptr(GError) local_error = NULL;
        g_autofree char *sealed = psl_privacy_is_sealed_column (table, column)
                                  ? seal_text (rw, table, column, row_id, text, &local_error) : NULL;

        if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return FALSE;
          }
        if (sealed != NULL)
          {
            rw->sealed++;
            put_bytes (out, 3, (const guint8 *) sealed, strlen (sealed));
          }
        else
          put_bytes (out, 3, (const guint8 *) text, sqlite3_value_bytes (value));
        return TRUE;
      }

    case SQLITE_BLOB:
      put_bytes (out, 4, sqlite3_value_blob (value), sqlite3_value_bytes (value));
      return TRUE;

    case SQLITE_NULL:
    default:
      type = 5;
      g_byte_array_append (out, &type, 1);
      return TRUE;
    }
}

static GPtrArray *
columns_of (Rewrite    *rw,
            const char *table)
{
  GPtrArray *names = g_hash_table_lookup (rw->columns, table);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (names != NULL)
    return names;
  names = g_ptr_array_new_with_free_func (g_free);
  stmt = psl_store_prepare (rw->store, "SELECT name FROM pragma_table_info(?1) ORDER BY cid;", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (names, psl_column_dup (stmt, 0));
    }
  g_hash_table_insert (rw->columns, g_strdup (table), names);
  return names;
}

static gboolean
put_record (Rewrite          *rw,
            GByteArray       *out,
            sqlite3_changeset_iter *iter,
            gboolean          old,
            const char       *table,
            int               n_cols,
            const char       *row_id,
            GError          **error)
{
  GPtrArray *names = columns_of (rw, table);

  for (int i = 0; i < n_cols; i++)
    {
      sqlite3_value *value = NULL;
      const char *column = (guint) i < names->len ? g_ptr_array_index (names, i) : NULL;

      if ((old ? sqlite3changeset_old (iter, i, &value) : sqlite3changeset_new (iter, i, &value)) != SQLITE_OK)
        value = NULL;
      if (!put_value (rw, out, value, table, column, row_id, error))
        return FALSE;
    }
  return TRUE;
}

/* The row's id: the first primary-key column, as the tables that travel have. */
static char *
row_id_of (sqlite3_changeset_iter *iter,
           int                     op)
{
  sqlite3_value *value = NULL;

  if (op == SQLITE_INSERT)
    sqlite3changeset_new (iter, 0, &value);
  else
    sqlite3changeset_old (iter, 0, &value);
  return value != NULL && sqlite3_value_type (value) == SQLITE_TEXT
         ? g_strdup ((const char *) sqlite3_value_text (value)) : NULL;
}

/* The changeset again, with its confidential texts sealed; NULL with
 * error on a failure. */
static GByteArray *
rewrite (Rewrite       *rw,
         const void    *data,
         int            size,
         GError       **error)
{
  g_autoptr(GByteArray) out = g_byte_array_sized_new (size + 64);
  sqlite3_changeset_iter *iter = NULL;
  g_autofree char *current = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3changeset_start (&iter, size, (void *) data) != SQLITE_OK)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("A change kept for the other sites cannot be read."));
      return NULL;
    }
  while (ok && (rc = sqlite3changeset_next (iter)) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_cols = 0, op = 0, indirect = 0;
      unsigned char *pk = NULL;
      g_autofree char *row_id = NULL;
      guint8 byte;

      sqlite3changeset_op (iter, &table, &n_cols, &op, &indirect);
      sqlite3changeset_pk (iter, &pk, &n_cols);
      if (g_strcmp0 (current, table) != 0)
        {
          byte = 'T';
          g_byte_array_append (out, &byte, 1);
          put_varint (out, (guint64) n_cols);
          g_byte_array_append (out, pk, n_cols);
          g_byte_array_append (out, (const guint8 *) table, strlen (table) + 1);
          g_free (current);
          current = g_strdup (table);
        }
      byte = (guint8) op;
      g_byte_array_append (out, &byte, 1);
      byte = (guint8) indirect;
      g_byte_array_append (out, &byte, 1);
      row_id = row_id_of (iter, op);
      if (op != SQLITE_INSERT)
        ok = put_record (rw, out, iter, TRUE, table, n_cols, row_id, error);
      if (ok && op != SQLITE_DELETE)
        ok = put_record (rw, out, iter, FALSE, table, n_cols, row_id, error);
    }
  if (ok && rc != SQLITE_DONE)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("A change kept for the other sites cannot be read."));
      ok = FALSE;
    }
  sqlite3changeset_finalize (iter);
  return ok ? g_steal_pointer (&out) : NULL;
}

gboolean
psl_privacy_seal_outbox (PslStore *store,
                         GError  **error)
{
  Rewrite rw = { store, NULL, NULL, 0 };
  g_autoptr(sqlite3_stmt) read = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(sqlite3_stmt) seal = NULL;
  gboolean ok = TRUE;
  int rc;

  if (!psl_store_exec (store,
                       "UPDATE sync_conflict SET"
                       "  kept_value = CASE WHEN kept_value NOT LIKE '" PSL_SEALED_PREFIX "%'"
                       "                    THEN psl_seal(kept_value, tbl || '.' || col || '/' || row_id)"
                       "                    ELSE kept_value END,"
                       "  other_value = CASE WHEN other_value NOT LIKE '" PSL_SEALED_PREFIX "%'"
                       "                    THEN psl_seal(other_value, tbl || '.' || col || '/' || row_id)"
                       "                    ELSE other_value END"
                       " WHERE (tbl = 'person_sensitive' AND col = 'detail') OR (tbl = 'barrier' AND col = 'notes');",
                       error))
    return FALSE;

  read = psl_store_prepare (store, "SELECT seq, changeset FROM sync_outbox ORDER BY seq;", error);
  write = psl_store_prepare (store, "UPDATE sync_outbox SET changeset = ?2 WHERE seq = ?1;", error);
  seal = psl_store_prepare (store, "SELECT psl_seal(?1, ?2);", error);
  if (read == NULL || write == NULL || seal == NULL)
    return FALSE;
  rw.seal = seal;
  rw.columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  while (ok && (rc = sqlite3_step (read)) == SQLITE_ROW)
    {
      const void *data = sqlite3_column_blob (read, 1);
      int size = sqlite3_column_bytes (read, 1);
      g_autoptr(GByteArray) again = NULL;

      rw.sealed = 0;
      again = rewrite (&rw, data, size, error);
      if (again == NULL)
        {
          ok = FALSE;
          break;
        }
      if (rw.sealed == 0)
        {
          /* Written again unchanged, a change must come out as it was. */
          if (again->len != (guint) size || memcmp (again->data, data, size) != 0)
            g_critical ("A change of the outbox written again differs from itself");
          continue;
        }
      sqlite3_reset (write);
      sqlite3_bind_int64 (write, 1, sqlite3_column_int64 (read, 0));
      sqlite3_bind_blob (write, 2, again->data, again->len, SQLITE_TRANSIENT);
      ok = psl_store_step_done (store, write, error);
    }
  if (ok && rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Encrypting the changes kept for the other sites"));
      ok = FALSE;
    }
  g_hash_table_unref (rw.columns);
  return ok;
}
