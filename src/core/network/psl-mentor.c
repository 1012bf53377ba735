/* psl-mentor.c — volunteer mentors (parrainage): who they are, whom they follow, their meetings
 *
 * Seed 001: "Le parrain fait bénéficier le demandeur d'emploi de sa
 * compétence, de son réseau personnel et professionnel"; retired people,
 * employees or heads of firms who know the local fabric.  A mentor is a
 * person outside the structure; whom they follow is dated (a start, an
 * end), and their meetings hang on that following.  A mentor's notes and
 * the meetings' notes are the staff's: nothing here is printed for a firm.
 */

#define G_LOG_DOMAIN "psl-mentor"

#include "config.h"

#include <string.h>

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-mentor.h"
#include "psl-store-private.h"

static const char *situations[] = { "retired", "employee", "head", "other", NULL };

const char *const psl_mentor_situation_choices[] = {
  "retired",  N_("Retired"),
  "employee", N_("Employee"),
  "head",     N_("Head of a firm"),
  "other",    N_("Other"),
  NULL
};

static const char *meeting_kinds[] = { "in_person", "phone", "firm_visit", "workshop", NULL };

const char *const psl_mentor_meeting_kind_choices[] = {
  "in_person",  N_("Meeting in person"),
  "phone",      N_("Phone call"),
  "firm_visit", N_("Visit to a firm together"),
  "workshop",   N_("Workshop (CV, interview)"),
  NULL
};

const PslField psl_mentor_fields[] = {
  { "name",         PSL_FIELD_REQUIRED, N_("Name") },
  { "situation",    PSL_FIELD_CHOICE,   N_("Situation"), NULL, situations, psl_mentor_situation_choices },
  { "employer",     PSL_FIELD_TEXT,     N_("Firm") },
  { "company_id",   PSL_FIELD_ID,       N_("Firm of the network") },
  { "trade",        PSL_FIELD_TEXT,     N_("Trade or competence") },
  { "phone",        PSL_FIELD_PHONE,    N_("Phone") },
  { "email",        PSL_FIELD_EMAIL,    N_("E-mail") },
  { "availability", PSL_FIELD_TEXT,     N_("Availability") },
  { "notes",        PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

const PslField psl_mentorship_fields[] = {
  { "mentor_id",  PSL_FIELD_ID,   N_("Mentor") },
  { "started_on", PSL_FIELD_DATE, N_("Start") },
  { "ended_on",   PSL_FIELD_DATE, N_("End") },
  { NULL }
};

const PslField psl_mentor_meeting_fields[] = {
  { "mentorship_id", PSL_FIELD_ID,     N_("Person followed") },
  { "held_on",       PSL_FIELD_DATE,   N_("Date") },
  { "kind",          PSL_FIELD_CHOICE, N_("Kind of meeting"), NULL, meeting_kinds, psl_mentor_meeting_kind_choices },
  { "note",          PSL_FIELD_TEXT,   N_("Short note") },
  { NULL }
};

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Whether id names a live row of table (one of the program's own names). */
static gboolean
is_live (PslStore   *store,
         const char *table,
         const char *id,
         GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1 AND deleted_at IS NULL;", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (id == NULL)
    return FALSE;
  stmt = psl_store_row_for (store, sql, id, _("Reading the mentors"), error);
  return stmt != NULL;
}

char *
psl_mentor_create (PslStore   *store,
                   const char *name,
                   GError    **error)
{
  const char *columns[] = { "name", NULL };
  const char *values[] = { name, NULL };

  return psl_record_insert (store, "mentor", psl_mentor_fields, NULL, NULL, columns, values, error);
}

char *
psl_mentor_create_from_form (PslStore           *store,
                             const char         *parent_id,
                             const char * const *columns,
                             const char * const *values,
                             GError            **error)
{
  return psl_mentor_create (store, psl_record_value_of (columns, values, "name"), error);
}

gboolean
psl_mentor_set (PslStore   *store,
                const char *id,
                const char *column,
                const char *value,
                GError    **error)
{
  return psl_record_set (store, "mentor", psl_mentor_fields, id, column, value, error);
}

/* A mentor who leaves while following someone: the following ends on
 * that day (never before it began) and stays in the person's history,
 * under the mentor's name; ended says how many were ended. */
gboolean
psl_mentor_delete (PslStore   *store,
                   const char *id,
                   const char *today,
                   guint      *ended,
                   GError    **error)
{
  g_autoptr(sqlite3_stmt) end = NULL;
  gboolean ok;

  if (!is_live (store, "mentor", id, NULL))
    return invalid (error, _("This mentor is no longer recorded: the list was out of date, look again."));
  if (!psl_store_begin (store, error))
    return FALSE;
  end = psl_store_prepare (store,
                           "UPDATE mentorship SET ended_on = max(started_on, ?2),"
                           "       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                           " WHERE mentor_id = ?1 AND deleted_at IS NULL"
                           "   AND (ended_on IS NULL OR ended_on > ?2);", error);
  ok = end != NULL;
  if (ok)
    {
      sqlite3_bind_text (end, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (end, 2, today, -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, end, error);
    }
  if (ok && ended != NULL)
    *ended = (guint) sqlite3_changes (psl_store_get_db (store));
  ok = ok && psl_record_set_deleted (store, "mentor", id, TRUE, error);
  if (!ok || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

void
psl_mentor_line_free (PslMentorLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->name);
  g_free (line->situation);
  g_free (line->employer);
  g_free (line->trade);
  g_free (line->availability);
  g_free (line->phone);
  g_free (line->email);
  g_free (line->last_meeting);
  g_free (line);
}

/* The mentors by name, with whom they follow today and their meetings. */
GPtrArray *
psl_mentor_list (PslStore   *store,
                 const char *today,
                 GError    **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_mentor_line_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT m.id, m.name, m.situation, coalesce(m.employer, c.trade_name, c.legal_name), m.trade,"
    "       m.availability, m.phone, m.email,"
    "       (SELECT count(DISTINCT s.person_id) FROM mentorship s WHERE s.mentor_id = m.id"
    "           AND s.deleted_at IS NULL AND s.started_on <= ?1 AND (s.ended_on IS NULL OR s.ended_on >= ?1)),"
    "       (SELECT count(DISTINCT s.person_id) FROM mentorship s WHERE s.mentor_id = m.id"
    "           AND s.deleted_at IS NULL),"
    "       (SELECT count(*) FROM mentor_meeting g JOIN mentorship s ON s.id = g.mentorship_id"
    "         WHERE s.mentor_id = m.id AND g.deleted_at IS NULL AND s.deleted_at IS NULL),"
    "       (SELECT max(g.held_on) FROM mentor_meeting g JOIN mentorship s ON s.id = g.mentorship_id"
    "         WHERE s.mentor_id = m.id AND g.deleted_at IS NULL AND s.deleted_at IS NULL)"
    "  FROM mentor m LEFT JOIN company c ON c.id = m.company_id"
    " WHERE m.deleted_at IS NULL ORDER BY m.name COLLATE NOCASE;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PslMentorLine *line = g_new0 (PslMentorLine, 1);
      g_autofree char *situation = psl_column_dup (stmt, 2);
      const char *label = psl_choice_label (psl_mentor_situation_choices, situation);

      line->id = psl_column_dup (stmt, 0);
      line->name = psl_column_dup (stmt, 1);
      line->situation = label != NULL ? g_strdup (_(label)) : NULL;
      line->employer = psl_column_dup (stmt, 3);
      line->trade = psl_column_dup (stmt, 4);
      line->availability = psl_column_dup (stmt, 5);
      line->phone = psl_column_dup (stmt, 6);
      line->email = psl_column_dup (stmt, 7);
      line->following = (guint) sqlite3_column_int (stmt, 8);
      line->followed = (guint) sqlite3_column_int (stmt, 9);
      line->meetings = (guint) sqlite3_column_int (stmt, 10);
      line->last_meeting = psl_column_dup (stmt, 11);
      g_ptr_array_add (lines, line);
    }
  if (sqlite3_errcode (psl_store_get_db (store)) != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the mentors"));
      return NULL;
    }
  return g_steal_pointer (&lines);
}

static gboolean
check_dates (const char *started_on,
             const char *ended_on,
             GError    **error)
{
  if (started_on == NULL)
    return invalid (error, _("Give the day the mentoring started."));
  if (ended_on != NULL && strcmp (ended_on, started_on) < 0)
    return invalid (error, _("The end cannot be before the start."));
  return TRUE;
}

/* mentor_id follows person_id from started_on (to ended_on, or on). */
char *
psl_mentorship_create (PslStore   *store,
                       const char *mentor_id,
                       const char *person_id,
                       const char *started_on,
                       const char *ended_on,
                       GError    **error)
{
  const char *columns[] = { "mentor_id", "started_on", "ended_on", NULL };
  const char *values[] = { mentor_id, started_on, ended_on, NULL };
  const PslField *date = psl_record_find_field (psl_mentorship_fields, "started_on");
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GError *local_error = NULL;

  if (!is_live (store, "mentor", mentor_id, NULL))
    return invalid (error, _("Choose the mentor among those recorded (Firms › Mentors)."))
           , NULL;
  if (!is_live (store, "person", person_id, NULL))
    return invalid (error, _("This person is no longer recorded.")), NULL;
  start = psl_record_check (store, date, started_on, &local_error);
  if (local_error == NULL)
    end = psl_record_check (store, date, ended_on, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (!check_dates (start, end, error))
    return NULL;
  return psl_record_insert (store, "mentorship", psl_mentorship_fields, "person_id", person_id,
                            columns, values, error);
}

char *
psl_mentorship_create_for_person (PslStore           *store,
                                  const char         *person_id,
                                  const char * const *columns,
                                  const char * const *values,
                                  GError            **error)
{
  return psl_mentorship_create (store, psl_record_value_of (columns, values, "mentor_id"), person_id,
                                psl_record_value_of (columns, values, "started_on"),
                                psl_record_value_of (columns, values, "ended_on"), error);
}

/* A whole form of a mentoring: a mentor (when the form asks for one: not
 * on the mentor's own page), a start, an end not before it. */
gboolean
psl_mentorship_check_form (GHashTable  *values,
                           const char **refused_column,
                           GError     **error)
{
  const PslField *date = psl_record_find_field (psl_mentorship_fields, "started_on");
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GError *local_error = NULL;

  *refused_column = "mentor_id";
  if (g_hash_table_contains (values, "mentor_id") && g_hash_table_lookup (values, "mentor_id") == NULL)
    return invalid (error, _("Choose the mentor among those recorded (Firms › Mentors)."));
  *refused_column = "started_on";
  start = psl_record_check (NULL, date, g_hash_table_lookup (values, "started_on"), &local_error);
  if (local_error == NULL)
    {
      *refused_column = "ended_on";
      end = psl_record_check (NULL, date, g_hash_table_lookup (values, "ended_on"), &local_error);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  *refused_column = start == NULL ? "started_on" : "ended_on";
  return check_dates (start, end, error);
}

/* "since 12/03/2026", "from 12/03/2025 to 30/06/2025" */
static char *
period_text (const char *started_on,
             const char *ended_on)
{
  g_autofree char *start = psl_format_date (started_on);
  g_autofree char *end = ended_on != NULL ? psl_format_date (ended_on) : NULL;

  if (end == NULL)
    return g_strdup_printf (_("since %s"), start);
  /* Translators: the period of a mentoring */
  return g_strdup_printf (_("from %s to %s"), start, end);
}

static gpointer
read_mentorship (sqlite3_stmt *stmt)
{
  g_autofree char *period = NULL;
  g_autofree char *started = psl_column_dup (stmt, 2);
  g_autofree char *ended = psl_column_dup (stmt, 3);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  guint meetings = (guint) sqlite3_column_int (stmt, 5);
  g_autofree char *count = meetings > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", meetings), meetings)
    : g_strdup (_("no meeting yet"));
  g_autofree char *detail = psl_column_dup (stmt, 4);
  gboolean done = sqlite3_column_int (stmt, 6);

  period = period_text (started, ended);
  psl_append_part (subtitle, period);
  psl_append_part (subtitle, detail);
  psl_append_part (subtitle, count);
  return psl_record_line_new (psl_column_dup (stmt, 0), psl_column_dup (stmt, 1), g_strdup (subtitle->str), done);
}

/* The person's mentors, the current first; a mentor since removed is
 * still named, the following ended on the day they left. */
GPtrArray *
psl_mentorship_lines_for_person (PslStore   *store,
                                 const char *person_id,
                                 GError    **error)
{
  return psl_store_collect (store,
    "SELECT s.id, m.name, s.started_on, s.ended_on,"
    "       nullif(coalesce(m.trade, '') || CASE WHEN m.trade IS NOT NULL AND m.employer IS NOT NULL"
    "                                      THEN ', ' ELSE '' END || coalesce(m.employer, ''), ''),"
    "       (SELECT count(*) FROM mentor_meeting g WHERE g.mentorship_id = s.id AND g.deleted_at IS NULL),"
    "       s.ended_on IS NOT NULL AND s.ended_on < date('now', 'localtime')"
    "  FROM mentorship s JOIN mentor m ON m.id = s.mentor_id"
    " WHERE s.person_id = ?1 AND s.deleted_at IS NULL"
    " ORDER BY s.ended_on IS NOT NULL, s.started_on DESC;",
    person_id, read_mentorship, (GDestroyNotify) psl_record_line_free, _("Reading the mentoring"), error);
}

/* Whom the mentor follows and followed, the current first. */
GPtrArray *
psl_mentorship_lines_for_mentor (PslStore   *store,
                                 const char *mentor_id,
                                 GError    **error)
{
  return psl_store_collect (store,
    "SELECT s.id, p.first_name || ' ' || p.last_name, s.started_on, s.ended_on, NULL,"
    "       (SELECT count(*) FROM mentor_meeting g WHERE g.mentorship_id = s.id AND g.deleted_at IS NULL),"
    "       s.ended_on IS NOT NULL AND s.ended_on < date('now', 'localtime')"
    "  FROM mentorship s JOIN person p ON p.id = s.person_id"
    " WHERE s.mentor_id = ?1 AND s.deleted_at IS NULL AND p.deleted_at IS NULL"
    " ORDER BY s.ended_on IS NOT NULL, s.started_on DESC;",
    mentor_id, read_mentorship, (GDestroyNotify) psl_record_line_free, _("Reading the mentoring"), error);
}

/* The name of who mentors the person on today, or NULL. */
char *
psl_mentor_current_name (PslStore   *store,
                         const char *person_id,
                         const char *today,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT m.name FROM mentorship s JOIN mentor m ON m.id = s.mentor_id"
    " WHERE s.person_id = ?1 AND s.deleted_at IS NULL AND m.deleted_at IS NULL"
    "   AND s.started_on <= ?2 AND (s.ended_on IS NULL OR s.ended_on >= ?2)"
    " ORDER BY s.started_on DESC LIMIT 1;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return psl_column_dup (stmt, 0);
  return NULL;
}

static gboolean
check_note (const char *note,
            GError    **error)
{
  if (note != NULL && g_utf8_strlen (note, -1) > PSL_MENTOR_NOTE_MAX)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The note is too long: %ld characters, at most %d. Keep a line or two on the meeting."),
                   g_utf8_strlen (note, -1), PSL_MENTOR_NOTE_MAX);
      return FALSE;
    }
  return TRUE;
}

char *
psl_mentor_meeting_create (PslStore   *store,
                           const char *mentorship_id,
                           const char *held_on,
                           const char *kind,
                           const char *note,
                           GError    **error)
{
  const char *columns[] = { "mentorship_id", "held_on", "kind", "note", NULL };
  const char *values[] = { mentorship_id, held_on, kind, note, NULL };

  if (!is_live (store, "mentorship", mentorship_id, NULL))
    return invalid (error, _("Choose the person the meeting was with, among those this mentor follows.")), NULL;
  if (held_on == NULL || *held_on == '\0')
    return invalid (error, _("Give the date of the meeting.")), NULL;
  if (kind == NULL || *kind == '\0')
    return invalid (error, _("Say what kind of meeting it was.")), NULL;
  if (!check_note (note, error))
    return NULL;
  return psl_record_insert (store, "mentor_meeting", psl_mentor_meeting_fields, NULL, NULL, columns, values, error);
}

/* A meeting from the mentor's page: the following must be this mentor's. */
char *
psl_mentor_meeting_create_from_form (PslStore           *store,
                                     const char         *mentor_id,
                                     const char * const *columns,
                                     const char * const *values,
                                     GError            **error)
{
  const char *mentorship_id = psl_record_value_of (columns, values, "mentorship_id");
  g_autoptr(sqlite3_stmt) owner = NULL;
  g_autoptr(GError) local_error = NULL;

  owner = mentorship_id != NULL
    ? psl_store_row_for (store, "SELECT mentor_id FROM mentorship WHERE id = ?1 AND deleted_at IS NULL;",
                         mentorship_id, _("Reading the mentoring"), &local_error)
    : NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (owner == NULL || g_strcmp0 ((const char *) sqlite3_column_text (owner, 0), mentor_id) != 0)
    return invalid (error, _("Choose the person the meeting was with, among those this mentor follows.")), NULL;
  return psl_mentor_meeting_create (store, mentorship_id, psl_record_value_of (columns, values, "held_on"),
                                    psl_record_value_of (columns, values, "kind"),
                                    psl_record_value_of (columns, values, "note"), error);
}

gboolean
psl_mentor_meeting_check_form (GHashTable  *values,
                               const char **refused_column,
                               GError     **error)
{
  *refused_column = "mentorship_id";
  if (g_hash_table_lookup (values, "mentorship_id") == NULL)
    return invalid (error, _("Choose the person the meeting was with, among those this mentor follows."));
  *refused_column = "held_on";
  if (g_hash_table_lookup (values, "held_on") == NULL)
    return invalid (error, _("Give the date of the meeting."));
  *refused_column = "note";
  return check_note (g_hash_table_lookup (values, "note"), error);
}

static gpointer
read_meeting (sqlite3_stmt *stmt)
{
  g_autofree char *held = psl_column_dup (stmt, 2);
  g_autofree char *date = psl_format_date (held);
  g_autofree char *kind = psl_column_dup (stmt, 3);
  const char *kind_label = psl_choice_label (psl_mentor_meeting_kind_choices, kind);
  g_autofree char *note = psl_column_dup (stmt, 4);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  psl_append_part (subtitle, date);
  psl_append_part (subtitle, kind_label != NULL ? _(kind_label) : NULL);
  if (note != NULL)
    g_string_append_printf (subtitle, "\n%s", note);
  return psl_record_line_new (psl_column_dup (stmt, 0), psl_column_dup (stmt, 1), g_strdup (subtitle->str), FALSE);
}

/* The mentor's meetings, the latest first, by whom they were with. */
GPtrArray *
psl_mentor_meeting_lines (PslStore   *store,
                          const char *mentor_id,
                          GError    **error)
{
  return psl_store_collect (store,
    "SELECT g.id, p.first_name || ' ' || p.last_name, g.held_on, g.kind, g.note"
    "  FROM mentor_meeting g JOIN mentorship s ON s.id = g.mentorship_id JOIN person p ON p.id = s.person_id"
    " WHERE s.mentor_id = ?1 AND g.deleted_at IS NULL AND s.deleted_at IS NULL"
    " ORDER BY g.held_on DESC;",
    mentor_id, read_meeting, (GDestroyNotify) psl_record_line_free, _("Reading the meetings"), error);
}

/* Mentors, people mentored today and over the twelve months to today,
 * meetings over the same months: what the program knows of the
 * "Parrainage" row of question 1. */
gboolean
psl_mentoring_figures (PslStore            *store,
                       const char          *today,
                       PslMentoringFigures *figures,
                       GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "WITH live AS (SELECT s.* FROM mentorship s JOIN mentor m ON m.id = s.mentor_id"
    "               WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL),"
    "     year AS (SELECT date(?1, '-1 year', '+1 day') AS since)"
    " SELECT (SELECT count(*) FROM mentor WHERE deleted_at IS NULL),"
    "        (SELECT count(DISTINCT mentor_id) FROM live"
    "          WHERE started_on <= ?1 AND (ended_on IS NULL OR ended_on >= ?1)),"
    "        (SELECT count(DISTINCT person_id) FROM live"
    "          WHERE started_on <= ?1 AND (ended_on IS NULL OR ended_on >= ?1)),"
    "        (SELECT count(DISTINCT person_id) FROM live, year"
    "          WHERE started_on <= ?1 AND (ended_on IS NULL OR ended_on >= since)),"
    "        (SELECT count(*) FROM mentor_meeting g JOIN live ON live.id = g.mentorship_id, year"
    "          WHERE g.deleted_at IS NULL AND g.held_on BETWEEN since AND ?1);", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the mentors"));
      return FALSE;
    }
  figures->mentors = (guint) sqlite3_column_int (stmt, 0);
  figures->active_mentors = (guint) sqlite3_column_int (stmt, 1);
  figures->mentored_now = (guint) sqlite3_column_int (stmt, 2);
  figures->mentored_year = (guint) sqlite3_column_int (stmt, 3);
  figures->meetings_year = (guint) sqlite3_column_int (stmt, 4);
  return TRUE;
}
