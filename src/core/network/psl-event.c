/* psl-event.c — job datings, breakfasts, forums, open days, company visits */

#define G_LOG_DOMAIN "psl-event"

#include "config.h"

#include "psl-i18n.h"

#include "psl-event.h"
#include "psl-store-private.h"

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

/* A new event from a whole form (a PslRecordCreateFunc). */
char *
psl_event_create_from_form (PslStore           *store,
                            const char         *parent_id,
                            const char * const *columns,
                            const char * const *values,
                            GError            **error)
{
  return psl_event_create (store, psl_record_value_of (columns, values, "kind"),
                           psl_record_value_of (columns, values, "title"),
                           psl_record_value_of (columns, values, "held_on"), error);
}

void
psl_event_line_free (PslEventLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->title);
  g_free (line->kind_label);
  g_free (line->held_on);
  g_free (line->place);
  g_free (line);
}

static gpointer
read_event (sqlite3_stmt *stmt)
{
  PslEventLine *line = g_new0 (PslEventLine, 1);

  line->id = psl_column_dup (stmt, 0);
  line->title = psl_column_dup (stmt, 1);
  line->kind_label = psl_column_dup (stmt, 2);
  line->held_on = psl_column_dup (stmt, 3);
  line->place = psl_column_dup (stmt, 4);
  line->turnout.companies = (guint) sqlite3_column_int (stmt, 5);
  line->turnout.partners = (guint) sqlite3_column_int (stmt, 6);
  line->turnout.people = (guint) sqlite3_column_int (stmt, 7);
  return line;
}

/* The events, the latest first, with who took part. */
GPtrArray *
psl_event_list (PslStore  *store,
                GError   **error)
{
  return psl_store_collect (store,
    "SELECT e.id, e.title, k.label, e.held_on, e.place,"
    "       count(p.company_id), count(p.partner_id), count(p.person_id)"
    "  FROM event e LEFT JOIN event_participant p ON p.event_id = e.id"
    "  LEFT JOIN ref_item k ON k.list_code = 'event_kind' AND k.code = e.kind"
    " WHERE e.deleted_at IS NULL GROUP BY e.id ORDER BY e.held_on DESC, e.title;",
    NULL, read_event, (GDestroyNotify) psl_event_line_free, _("Reading the events"), error);
}

static gpointer
read_name (sqlite3_stmt *stmt)
{
  return psl_column_dup (stmt, 0);
}

/* The names of the firms and partners at an event, then of the people. */
GPtrArray *
psl_event_participants (PslStore   *store,
                        const char *event_id,
                        GError    **error)
{
  return psl_store_collect (store,
    "SELECT coalesce(c.legal_name, pa.name, pe.first_name || ' ' || pe.last_name)"
    "  FROM event_participant p"
    "  LEFT JOIN company c ON c.id = p.company_id"
    "  LEFT JOIN partner pa ON pa.id = p.partner_id"
    "  LEFT JOIN person pe ON pe.id = p.person_id"
    " WHERE p.event_id = ?1 ORDER BY p.person_id IS NOT NULL, 1 COLLATE NOCASE;",
    event_id, read_name, g_free, _("Reading the event"), error);
}

void
psl_participant_choice_free (PslParticipantChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->id);
  g_free (choice->name);
  g_free (choice);
}

static gpointer
read_choice (sqlite3_stmt *stmt)
{
  PslParticipantChoice *choice = g_new0 (PslParticipantChoice, 1);

  choice->kind = sqlite3_column_int (stmt, 0);
  choice->id = psl_column_dup (stmt, 1);
  choice->name = psl_column_dup (stmt, 2);
  return choice;
}

/* Who can take part in an event: the live firms, partners and people
 * accompanied, by name (the commune tells two firms of one name apart,
 * the birth year two people). */
GPtrArray *
psl_event_candidates (PslStore  *store,
                      GError   **error)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT %d, id, legal_name || coalesce(' (' || commune || ')', '') FROM company WHERE deleted_at IS NULL"
    " UNION ALL SELECT %d, id, name FROM partner WHERE deleted_at IS NULL"
    " UNION ALL SELECT %d, id, first_name || ' ' || last_name || coalesce(' (' || substr(birth_date, 1, 4) || ')', '')"
    "   FROM person WHERE deleted_at IS NULL"
    " ORDER BY 3 COLLATE NOCASE;", PSL_PARTICIPANT_COMPANY, PSL_PARTICIPANT_PARTNER, PSL_PARTICIPANT_PERSON);

  return psl_store_collect (store, sql, NULL, read_choice, (GDestroyNotify) psl_participant_choice_free,
                            _("Reading the firms and partners"), error);
}
