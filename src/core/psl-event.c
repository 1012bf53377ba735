/* psl-event.c — job datings, breakfasts, forums, open days, company visits */

#define G_LOG_DOMAIN "psl-event"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-event.h"

const PslField psl_event_fields[] = {
  { "kind",     PSL_FIELD_REF,      N_("Kind of event"), "event_kind" },
  { "title",    PSL_FIELD_REQUIRED, N_("Title") },
  { "held_on",  PSL_FIELD_DATE,     N_("Date") },
  { "place",    PSL_FIELD_TEXT,     N_("Place") },
  { "staff_id", PSL_FIELD_ID,       N_("Staff member") },
  { "outcomes", PSL_FIELD_TEXT,     N_("Outcomes") },
  { NULL }
};

char *
psl_event_create (PslStore   *store,
                  const char *kind,
                  const char *title,
                  const char *held_on,
                  GError    **error)
{
  const char *columns[] = { "kind", "title", "held_on" };
  const char *values[] = { kind, title, held_on };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *checked[3] = { NULL, NULL, NULL };
  gboolean ok = psl_record_check_all (store, psl_event_fields, columns, values, checked, 3, error);

  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store, "INSERT INTO event (id, kind, title, held_on) VALUES (?1, ?2, ?3, ?4);",
                                error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      for (guint i = 0; i < 3; i++)
        sqlite3_bind_text (stmt, 2 + i, checked[i], -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  for (guint i = 0; i < 3; i++)
    g_free (checked[i]);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
psl_event_set (PslStore   *store,
               const char *id,
               const char *column,
               const char *value,
               GError    **error)
{
  return psl_record_set (store, "event", psl_event_fields, id, column, value, error);
}

gboolean
psl_event_add_participant (PslStore          *store,
                           const char        *event_id,
                           PslParticipantKind kind,
                           const char        *participant_id,
                           GError           **error)
{
  static const char *columns[] = { "company_id", "partner_id", "person_id" };
  g_autofree char *sql = NULL;
  g_autofree char *id = psl_new_id ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) already = NULL;

  g_return_val_if_fail (kind <= PSL_PARTICIPANT_PERSON, FALSE);

  /* Adding someone twice is a double click, not an error. */
  sql = g_strdup_printf ("SELECT 1 FROM event_participant WHERE event_id = ?1 AND %s = ?2;", columns[kind]);
  already = psl_store_prepare (store, sql, error);
  if (already == NULL)
    return FALSE;
  sqlite3_bind_text (already, 1, event_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (already, 2, participant_id, -1, SQLITE_STATIC);
  if (sqlite3_step (already) == SQLITE_ROW)
    return TRUE;

  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO event_participant (id, event_id, %s) VALUES (?1, ?2, ?3);", columns[kind]);
  stmt = psl_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, event_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, participant_id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_event_turnout (PslStore        *store,
                   const char      *event_id,
                   PslEventTurnout *turnout,
                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT count(company_id), count(partner_id), count(person_id)"
    "  FROM event_participant WHERE event_id = ?1;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, event_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the event"));
      return FALSE;
    }
  turnout->companies = (guint) sqlite3_column_int (stmt, 0);
  turnout->partners = (guint) sqlite3_column_int (stmt, 1);
  turnout->people = (guint) sqlite3_column_int (stmt, 2);
  return TRUE;
}
