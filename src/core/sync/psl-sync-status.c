/* psl-sync-status.c — what a site knows of the exchange */

#define G_LOG_DOMAIN "psl-sync"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-sync-private.h"
#include "psl-sync-changes.h"
#include "privacy/psl-privacy-key.h"
#include "psl-sync-status.h"
#include "psl-store-private.h"

void
psl_sync_site_free (PslSyncSite *site)
{
  if (site == NULL)
    return;
  g_free (site->id);
  g_free (site->name);
  g_free (site->joined_at);
  g_free (site->retired_at);
  g_free (site->last_applied_at);
  g_free (site->last_written_at);
  g_free (site);
}

void
psl_sync_status_free (PslSyncStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->folder);
  g_free (status->structure_id);
  g_clear_pointer (&status->sites, g_ptr_array_unref);
  g_free (status);
}

PslSyncStatus *
psl_sync_status_load (PslStore *store,
                      GError  **error)
{
  g_autoptr(PslSyncStatus) status = g_new0 (PslSyncStatus, 1);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  status->folder = psl_store_get_meta (store, "sync_folder");
  status->structure_id = psl_store_get_meta (store, "sync_structure");
  status->sites = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_sync_site_free);
  if (status->structure_id == NULL)
    {
      g_clear_pointer (&status->folder, g_free);
      return g_steal_pointer (&status);
    }

  stmt = psl_store_prepare (store,
                            "SELECT s.id, s.name, s.id = (SELECT value FROM meta WHERE key = 'site_id'),"
                            "       s.joined_at, s.retired_at, l.seq, l.applied_at, l.file_time"
                            "  FROM site s"
                            "  LEFT JOIN sync_ledger l ON l.site_id = s.id"
                            "   AND l.seq = (SELECT max(seq) FROM sync_ledger WHERE site_id = s.id)"
                            " WHERE s.joined_at IS NOT NULL"
                            " ORDER BY 3 DESC, s.name COLLATE NOCASE;",
                            error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslSyncSite *site = g_new0 (PslSyncSite, 1);

      site->id = psl_column_dup (stmt, 0);
      site->name = psl_column_dup (stmt, 1);
      site->is_local = sqlite3_column_int (stmt, 2);
      site->joined_at = psl_column_dup (stmt, 3);
      site->retired_at = psl_column_dup (stmt, 4);
      site->last_seq = sqlite3_column_int64 (stmt, 5);
      site->last_applied_at = psl_column_dup (stmt, 6);
      site->last_written_at = psl_column_dup (stmt, 7);
      g_ptr_array_add (status->sites, site);
    }

  status->changes_waiting = psl_store_count (store, "SELECT count(*) FROM sync_outbox WHERE file_seq IS NULL;",
                                             NULL);
  status->files_written = psl_sync_next_file_seq (psl_store_get_db (store)) - 1;
  status->conflicts_open = psl_store_count (store, "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL;",
                                            NULL);
  return g_steal_pointer (&status);
}

GPtrArray *
psl_sync_silent_sites (PslSyncStatus *status,
                       guint          days)
{
  GPtrArray *silent = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) limit = g_date_time_add_days (now, -(gint) days);

  for (guint i = 0; i < status->sites->len; i++)
    {
      PslSyncSite *site = g_ptr_array_index (status->sites, i);
      const char *last = site->last_written_at != NULL ? site->last_written_at : site->joined_at;
      g_autoptr(GDateTime) when = last != NULL ? g_date_time_new_from_iso8601 (last, NULL) : NULL;

      if (site->is_local || site->retired_at != NULL || when == NULL)
        continue;
      if (g_date_time_compare (when, limit) < 0)
        g_ptr_array_add (silent, site);
    }
  return silent;
}

/* ---- Concurrent edits --------------------------------------------------- */

void
psl_sync_conflict_free (PslSyncConflict *c)
{
  if (c == NULL)
    return;
  g_free (c->detected_at);
  g_free (c->table);
  g_free (c->row_id);
  g_free (c->record);
  g_free (c->column);
  g_free (c->kept_value);
  g_free (c->kept_site);
  g_free (c->kept_at);
  g_free (c->other_value);
  g_free (c->other_site);
  g_free (c->other_at);
  g_free (c->resolved_at);
  g_free (c);
}

/* What a user calls the row: a firm's name, a person's, or what the
 * record is about; NULL for a row of another kind, or gone. */
static char *
record_name (PslStore   *store,
             const char *table,
             const char *row_id)
{
  static const struct { const char *table; const char *sql; const char *format; } names[] = {
    { "company", "SELECT legal_name FROM company WHERE id = ?1;", "%s" },
    { "person", "SELECT first_name || ' ' || last_name FROM person WHERE id = ?1;", "%s" },
    { "contact", "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) FROM contact WHERE id = ?1;", "%s" },
    { "partner", "SELECT name FROM partner WHERE id = ?1;", "%s" },
    { "staff", "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;", "%s" },
    { "site", "SELECT name FROM site WHERE id = ?1;", "%s" },
    { "opportunity", "SELECT title FROM opportunity WHERE id = ?1;", "%s" },
    { "event", "SELECT title FROM event WHERE id = ?1;", "%s" },
    { "mentor", "SELECT name FROM mentor WHERE id = ?1;", "%s" },
    { "watch_entry", "SELECT coalesce(c.legal_name, w.firm_name) FROM watch_entry w"
      " LEFT JOIN company c ON c.id = w.company_id WHERE w.id = ?1;",
      /* Translators: a conflict's record: an entry of the local economic watch about a firm */
      N_("News of %s") },
    { "mentorship",
      "SELECT p.first_name || ' ' || p.last_name FROM mentorship x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: the mentoring of a person */
      N_("Mentoring of %s") },
    { "interaction",
      "SELECT coalesce(c.legal_name, p.name) FROM interaction i"
      "  LEFT JOIN company c ON c.id = i.company_id LEFT JOIN partner p ON p.id = i.partner_id"
      " WHERE i.id = ?1;",
      /* Translators: a conflict's record: an exchange (journal entry) with a firm */
      N_("Exchange with %s") },
    { "placement",
      "SELECT p.first_name || ' ' || p.last_name FROM placement x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: a placement of a person */
      N_("Placement of %s") },
    { "followup",
      "SELECT p.first_name || ' ' || p.last_name FROM followup x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: a follow-up of a person */
      N_("Follow-up of %s") },
    { "barrier",
      "SELECT p.first_name || ' ' || p.last_name FROM barrier x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: a barrier to employment of a person */
      N_("Barrier of %s") },
    { "commitment",
      "SELECT p.first_name || ' ' || p.last_name FROM commitment x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: the commitment (contract) of a person */
      N_("Commitment of %s") },
    { "person_sensitive",
      "SELECT p.first_name || ' ' || p.last_name FROM person_sensitive x JOIN person p ON p.id = x.person_id WHERE x.id = ?1;",
      /* Translators: a conflict's record: the confidential part of a person */
      N_("Confidential part of %s") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i].table, table) == 0)
      {
        g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, names[i].sql, NULL);

        if (stmt == NULL)
          break;
        sqlite3_bind_text (stmt, 1, row_id, -1, SQLITE_STATIC);
        if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
          return g_strdup_printf (_(names[i].format), (const char *) sqlite3_column_text (stmt, 0));
        break;
      }
  return NULL;
}

static char *
record_label (PslStore   *store,
              const char *table,
              const char *row_id)
{
  char *name = record_name (store, table, row_id);

  /* Translators: a record of another kind, by its table's name */
  return name != NULL ? name : g_strdup_printf (_("record of %s"), table);
}

/* A value as a user reads it: the name behind an id. */
static char *
value_label (PslStore   *store,
             const char *column,
             char       *value)
{
  static const struct { const char *suffix; const char *table; } refs[] = {
    { "company_id", "company" }, { "person_id", "person" }, { "partner_id", "partner" },
    { "contact_id", "contact" }, { "staff_id", "staff" }, { "referent_id", "staff" },
    { "tutor_id", "contact" }, { "antenna_id", "site" }, { "opportunity_id", "opportunity" },
    { "event_id", "event" }, { "mentor_id", "mentor" },
  };

  if (value == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    if (g_str_has_suffix (column, refs[i].suffix))
      {
        char *name = record_name (store, refs[i].table, value);

        if (name != NULL)
          {
            g_free (value);
            return name;
          }
      }
  return value;
}

GPtrArray *
psl_sync_conflicts_load (PslStore *store,
                         gboolean  open_only,
                         GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_sync_conflict_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = psl_store_prepare (store,
                            "SELECT num, detected_at, tbl, row_id, col, kept_value, kept_site, kept_at,"
                            "       other_value, other_site, other_at, resolved_at"
                            "  FROM sync_conflict WHERE NOT ?1 OR resolved_at IS NULL"
                            " ORDER BY detected_at DESC, num DESC LIMIT 1000;",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, open_only);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslSyncConflict *c = g_new0 (PslSyncConflict, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->detected_at = psl_column_dup (stmt, 1);
      c->table = psl_column_dup (stmt, 2);
      c->row_id = psl_column_dup (stmt, 3);
      c->column = psl_column_dup (stmt, 4);
      c->kept_value = value_label (store, c->column, psl_column_dup (stmt, 5));
      c->kept_site = psl_sync_site_name (store, (const char *) sqlite3_column_text (stmt, 6));
      c->kept_at = psl_column_dup (stmt, 7);
      c->other_value = value_label (store, c->column, psl_column_dup (stmt, 8));
      c->other_site = psl_sync_site_name (store, (const char *) sqlite3_column_text (stmt, 9));
      c->other_at = psl_column_dup (stmt, 10);
      c->resolved_at = psl_column_dup (stmt, 11);
      c->record = record_label (store, c->table, c->row_id);
      c->confidential = g_str_has_prefix (c->kept_value != NULL ? c->kept_value : "", PSL_SEALED_PREFIX) ||
                        g_str_has_prefix (c->other_value != NULL ? c->other_value : "", PSL_SEALED_PREFIX);
      g_ptr_array_add (list, c);
    }
  return g_steal_pointer (&list);
}

static gboolean
resolve (PslStore *store,
         gint64    id,
         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
                                                    "UPDATE sync_conflict SET resolved_at = ?2 WHERE num = ?1;",
                                                    error);
  g_autofree char *now = psl_now_timestamp ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_sync_conflict_take_other (PslStore *store,
                              gint64    id,
                              GError  **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(PslSyncTable) table = NULL;
  g_autofree char *sql = NULL;
  const char *tbl, *col;

  find = psl_store_prepare (store, "SELECT tbl, col, row_id, other_value FROM sync_conflict WHERE num = ?1;", error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 1, id);
  if (sqlite3_step (find) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This concurrent edit is no longer listed."));
      return FALSE;
    }
  tbl = (const char *) sqlite3_column_text (find, 0);
  col = (const char *) sqlite3_column_text (find, 1);
  /* Names read back from the table of conflicts are checked against the
   * schema before they go into SQL. */
  table = psl_sync_table_read (psl_store_get_db (store), tbl);
  if (table == NULL || !g_hash_table_contains (table->positions, col) || strcmp (col, "id") == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This concurrent edit is no longer listed."));
      return FALSE;
    }

  sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ?2 WHERE id = ?1;", tbl, col);
  if (!psl_store_begin (store, error))
    return FALSE;
  write = psl_store_prepare (store, sql, error);
  if (write == NULL)
    goto fail;
  sqlite3_bind_value (write, 1, sqlite3_column_value (find, 2));
  sqlite3_bind_value (write, 2, sqlite3_column_value (find, 3));
  if (!psl_store_step_done (store, write, error) || !resolve (store, id, error) ||
      !psl_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  psl_store_rollback (store);
  return FALSE;
}

gboolean
psl_sync_conflict_dismiss (PslStore *store,
                           gint64    id,
                           GError  **error)
{
  return resolve (store, id, error);
}
