/* psl-person.c — a person accompanied: identity, referents over time, duplicates and their merge
 *
 * The referent of a person is kept twice on purpose: person.referent_id
 * says who follows them now, person_referent says who followed them when
 * ("je n'ai jamais la même personne pour me recevoir" is measured from
 * it).  Changing the referent closes the current period and opens the
 * next in the same transaction.
 *
 * A person recorded twice is merged, never deleted: everything recorded
 * on the duplicate moves to the record kept, and the duplicate stays,
 * marked deleted, pointing to it.
 */

#define G_LOG_DOMAIN "psl-person"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-company-list.h"
#include "psl-format.h"
#include "psl-person.h"
#include "psl-store-private.h"

static const char *sexes[] = { "F", "M", "X", NULL };
static const char *accompaniments[] = { "prescribed", "chosen", NULL };

const char *const psl_person_sex_choices[] = {
  "F", N_("Woman"),
  "M", N_("Man"),
  "X", N_("Not stated"),
  NULL
};

const char *const psl_person_accompaniment_choices[] = {
  "prescribed", N_("Prescribed"),
  "chosen",     N_("Chosen"),
  NULL
};

/* Every column of a person the user edits, and its rule.  Sensitive
 * items are not here: they live in person_sensitive. */
const PslField psl_person_fields[] = {
  { "first_name",      PSL_FIELD_REQUIRED, N_("First name") },
  { "last_name",       PSL_FIELD_REQUIRED, N_("Last name") },
  { "sex",             PSL_FIELD_CHOICE,   N_("Sex"), NULL, sexes, psl_person_sex_choices },
  { "birth_date",      PSL_FIELD_DATE,     N_("Date of birth") },
  { "phone",           PSL_FIELD_PHONE,    N_("Phone") },
  { "email",           PSL_FIELD_EMAIL,    N_("E-mail") },
  { "address",         PSL_FIELD_TEXT,     N_("Address") },
  { "postcode",        PSL_FIELD_TEXT,     N_("Postcode") },
  { "commune",         PSL_FIELD_TEXT,     N_("Commune") },
  { "referent_id",     PSL_FIELD_ID,       N_("Referent") },
  { "prescriber_id",   PSL_FIELD_ID,       N_("Prescriber") },
  { "accompaniment",   PSL_FIELD_CHOICE,   N_("Accompaniment"), NULL, accompaniments,
                                          psl_person_accompaniment_choices },
  { "situation",       PSL_FIELD_REF,      N_("Situation"), "situation" },
  { "situation_end",   PSL_FIELD_DATE,     N_("End of the situation") },
  { "qualification",   PSL_FIELD_REF,      N_("Qualification"), "qualification_level" },
  { "phase",           PSL_FIELD_REF,      N_("Pathway phase"), "phase" },
  { "project",         PSL_FIELD_TEXT,     N_("Professional project") },
  { "project_rome",    PSL_FIELD_TEXT,     N_("ROME code of the project") },
  { "strengths",       PSL_FIELD_TEXT,     N_("Strengths") },
  { "languages",       PSL_FIELD_TEXT,     N_("Languages") },
  { "driving_licence", PSL_FIELD_BOOLEAN,  N_("Driving licence") },
  { "vehicle",         PSL_FIELD_BOOLEAN,  N_("Vehicle") },
  { "mobility_km",     PSL_FIELD_INTEGER,  N_("Distance they can travel (km)") },
  { "available_from",  PSL_FIELD_DATE,     N_("Available from") },
  { "entered_on",      PSL_FIELD_DATE,     N_("Start of accompaniment") },
  { "exited_on",       PSL_FIELD_DATE,     N_("End of accompaniment") },
  { "notes",           PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

void
psl_person_duplicate_free (PslPersonDuplicate *duplicate)
{
  if (duplicate == NULL)
    return;
  g_free (duplicate->id);
  g_free (duplicate->label);
  g_free (duplicate);
}

void
psl_referent_period_free (PslReferentPeriod *period)
{
  if (period == NULL)
    return;
  g_free (period->staff_id);
  g_free (period->staff_name);
  g_free (period->from_date);
  g_free (period->to_date);
  g_free (period);
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
open_referent_period (PslStore   *store,
                      const char *person_id,
                      const char *staff_id,
                      const char *from_date,
                      GError    **error)
{
  g_autoptr(PslCachedStmt) stmt = psl_store_lend (store,
    "INSERT INTO person_referent (id, site_id, person_id, staff_id, from_date) VALUES (?1, ?2, ?3, ?4, ?5);",
    error);
  g_autofree char *id = psl_new_id ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, person_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, from_date, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* Inside the caller's transaction. */
static char *
insert_person (PslStore   *store,
               const char *first_name,
               const char *last_name,
               const char *birth_date,
               const char *referent_id,
               const char *entered_on,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO person (id, site_id, first_name, last_name, birth_date, referent_id, entered_on,"
    "                    created_by, updated_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, psl_actor (), psl_actor ());", error);
  g_autofree char *id = psl_new_id ();
  g_autofree char *today = psl_today_iso ();
  g_autofree char *first = g_strstrip (g_strdup (first_name != NULL ? first_name : ""));
  g_autofree char *last = g_strstrip (g_strdup (last_name != NULL ? last_name : ""));
  g_autoptr(GPtrArray) duplicates = NULL;

  if (stmt == NULL)
    return NULL;
  if (*first == '\0' || *last == '\0')
    {
      invalid (error, _("A person needs a first name and a last name."));
      return NULL;
    }
  if (entered_on == NULL)
    entered_on = today;
  if (birth_date != NULL && strcmp (birth_date, entered_on) >= 0)
    {
      invalid (error, _("The date of birth must come before the start of accompaniment."));
      return NULL;
    }

  /* A second record of the same person would split their pathway in two. */
  duplicates = psl_person_find_duplicates (store, first, last, birth_date, NULL, error);
  if (duplicates == NULL)
    return NULL;
  if (duplicates->len > 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CONFLICT,
                   _("%s is already recorded with this date of birth. Open that record instead."),
                   ((PslPersonDuplicate *) g_ptr_array_index (duplicates, 0))->label);
      return NULL;
    }

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, birth_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, referent_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, entered_on, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;
  if (referent_id != NULL && !open_referent_period (store, id, referent_id, entered_on, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* For an import: a person with every field of the row in one INSERT (one
 * write of the row and of its search index, not one per field), the
 * referent's period opened.  The caller has already looked for the same
 * person and checked the values; inside its transaction. */
char *
psl_person_insert_whole (PslStore           *store,
                         const char * const *columns,
                         const char * const *values,
                         GError            **error)
{
  const char *first = psl_record_value_of (columns, values, "first_name");
  const char *last = psl_record_value_of (columns, values, "last_name");
  const char *birth = psl_record_value_of (columns, values, "birth_date");
  const char *entered = psl_record_value_of (columns, values, "entered_on");
  const char *exited = psl_record_value_of (columns, values, "exited_on");
  const char *referent = psl_record_value_of (columns, values, "referent_id");
  g_autofree char *id = NULL;

  if (first == NULL || *first == '\0' || last == NULL || *last == '\0')
    {
      invalid (error, _("A person needs a first name and a last name."));
      return NULL;
    }
  if (birth != NULL && entered != NULL && strcmp (birth, entered) >= 0)
    {
      invalid (error, _("The date of birth must come before the start of accompaniment."));
      return NULL;
    }
  if (exited != NULL && entered != NULL && strcmp (exited, entered) < 0)
    {
      invalid (error, _("The end of accompaniment cannot be before its start."));
      return NULL;
    }
  id = psl_record_insert (store, "person", psl_person_fields, NULL, NULL, columns, values, error);
  if (id == NULL)
    return NULL;
  if (referent != NULL && *referent != '\0' && !open_referent_period (store, id, referent, entered, error))
    return NULL;
  return g_steal_pointer (&id);
}

char *
psl_person_create (PslStore   *store,
                   const char *first_name,
                   const char *last_name,
                   const char *birth_date,
                   const char *referent_id,
                   const char *entered_on,
                   GError    **error)
{
  g_autofree char *id = NULL;

  if (!psl_store_begin (store, error))
    return NULL;
  id = insert_person (store, first_name, last_name, birth_date, referent_id, entered_on, error);
  if (id == NULL || !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&id);
}

/* For psl_record_save(): the values are already checked, and the
 * transaction is open; the other columns of the form are set after. */
char *
psl_person_create_from_form (PslStore           *store,
                             const char         *parent_id,
                             const char * const *columns,
                             const char * const *values,
                             GError            **error)
{
  const char *dated[] = { "birth_date", "entered_on" };
  g_autofree char *birth = NULL, *entered = NULL;
  char **iso[] = { &birth, &entered };
  const char *referent = psl_record_value_of (columns, values, "referent_id");

  /* Dates as typed ("02/04/1998") become ISO before they are compared. */
  for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
    {
      const char *typed = psl_record_value_of (columns, values, dated[i]);

      if (typed != NULL && *typed != '\0' &&
          (*iso[i] = psl_record_check (store, psl_record_find_field (psl_person_fields, dated[i]), typed,
                                       error)) == NULL)
        return NULL;
    }
  return insert_person (store,
                        psl_record_value_of (columns, values, "first_name"),
                        psl_record_value_of (columns, values, "last_name"),
                        birth, referent != NULL && *referent != '\0' ? referent : NULL, entered, error);
}

/* The dates of a pathway must follow one another. */
static gboolean
check_dates (PslStore   *store,
             const char *id,
             const char *column,
             const char *value,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *birth = NULL, *entered = NULL, *exited = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *checked = NULL;

  static const char *const dated[] = { "birth_date", "entered_on", "exited_on", NULL };

  if (value == NULL || *value == '\0' || !g_strv_contains (dated, column))
    return TRUE;
  checked = psl_record_check (store, psl_record_find_field (psl_person_fields, column), value, &local_error);
  if (checked == NULL)
    return TRUE;   /* psl_record_set() says why */

  stmt = psl_store_prepare (store, "SELECT birth_date, entered_on, exited_on FROM person WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return invalid (error, _("This record is no longer in the database."));
  birth = psl_column_dup (stmt, 0);
  entered = psl_column_dup (stmt, 1);
  exited = psl_column_dup (stmt, 2);

  {
    char **changed = strcmp (column, "birth_date") == 0 ? &birth
                     : strcmp (column, "entered_on") == 0 ? &entered
                     : strcmp (column, "exited_on") == 0 ? &exited : NULL;

    if (changed == NULL)
      return TRUE;
    g_free (*changed);
    *changed = g_strdup (checked);
  }

  if (birth != NULL && entered != NULL && strcmp (birth, entered) >= 0)
    return invalid (error, _("The date of birth must come before the start of accompaniment."));
  if (exited != NULL && entered != NULL && strcmp (exited, entered) < 0)
    return invalid (error, _("The end of accompaniment cannot be before its start."));
  return TRUE;
}

/* Inside the caller's transaction: the current period ends the day the
 * new one begins. */
static gboolean
change_referent (PslStore   *store,
                 const char *id,
                 const char *staff_id,
                 GError    **error)
{
  g_autofree char *today = psl_today_iso ();
  g_autoptr(sqlite3_stmt) close = psl_store_prepare (store,
    "UPDATE person_referent SET to_date = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE person_id = ?1 AND to_date IS NULL;", error);

  if (close == NULL)
    return FALSE;
  sqlite3_bind_text (close, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (close, 2, today, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, close, error))
    return FALSE;
  return staff_id == NULL || *staff_id == '\0' || open_referent_period (store, id, staff_id, today, error);
}

gboolean
psl_person_set (PslStore   *store,
                const char *id,
                const char *column,
                const char *value,
                GError    **error)
{
  g_autofree char *current = NULL;

  if (!check_dates (store, id, column, value, error))
    return FALSE;
  if (strcmp (column, "referent_id") != 0)
    return psl_record_set (store, "person", psl_person_fields, id, column, value, error);

  current = psl_store_text (store, "SELECT referent_id FROM person WHERE id = ?1;", id, NULL);
  if (g_strcmp0 (current, value) == 0 || (current == NULL && (value == NULL || *value == '\0')))
    return TRUE;

  if (!psl_store_begin (store, error))
    return FALSE;
  if (!psl_record_set (store, "person", psl_person_fields, id, column, value, error) ||
      !change_referent (store, id, value, error) ||
      !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

char *
psl_person_display_name (PslStore   *store,
                         const char *id)
{
  return psl_store_text (store, "SELECT first_name || ' ' || last_name FROM person WHERE id = ?1;", id, NULL);
}

static gpointer
read_period (sqlite3_stmt *stmt)
{
  PslReferentPeriod *period = g_new0 (PslReferentPeriod, 1);

  period->staff_id = psl_column_dup (stmt, 0);
  period->staff_name = psl_column_dup (stmt, 1);
  period->from_date = psl_column_dup (stmt, 2);
  period->to_date = psl_column_dup (stmt, 3);
  return period;
}

/* Newest first. */
GPtrArray *
psl_person_referents (PslStore   *store,
                      const char *id,
                      GError    **error)
{
  return psl_store_collect (store,
    "SELECT r.staff_id, s.first_name || ' ' || s.last_name, r.from_date, r.to_date"
    "  FROM person_referent r JOIN staff s ON s.id = r.staff_id"
    " WHERE r.person_id = ?1 ORDER BY r.from_date DESC, r.to_date IS NULL DESC;",
    id, read_period, (GDestroyNotify) psl_referent_period_free, _("Reading the referents"), error);
}

GPtrArray *
psl_person_find_duplicates (PslStore   *store,
                            const char *first_name,
                            const char *last_name,
                            const char *birth_date,
                            const char *except_id,
                            GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_person_duplicate_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, first_name, last_name, entered_on FROM person"
    " WHERE birth_date = ?1 AND deleted_at IS NULL AND id IS NOT ?2"
    " ORDER BY entered_on;", error);
  g_autofree char *first = psl_fold (first_name);
  g_autofree char *last = psl_fold (last_name);
  int rc;

  if (stmt == NULL)
    return NULL;
  /* Without a date of birth two people of the same name are not presumed one. */
  if (birth_date == NULL || *birth_date == '\0')
    return g_steal_pointer (&found);

  g_strstrip (first);
  g_strstrip (last);
  sqlite3_bind_text (stmt, 1, birth_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, except_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *other_first = psl_fold ((const char *) sqlite3_column_text (stmt, 1));
      g_autofree char *other_last = psl_fold ((const char *) sqlite3_column_text (stmt, 2));
      g_autofree char *entered = NULL;
      PslPersonDuplicate *duplicate;

      if (g_strcmp0 (g_strstrip (other_first), first) != 0 || g_strcmp0 (g_strstrip (other_last), last) != 0)
        continue;
      entered = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
      duplicate = g_new0 (PslPersonDuplicate, 1);
      duplicate->id = psl_column_dup (stmt, 0);
      /* TRANSLATORS: a person's name and the start of their accompaniment */
      duplicate->label = g_strdup_printf (_("%s %s, started on %s"), sqlite3_column_text (stmt, 1),
                                          sqlite3_column_text (stmt, 2), entered);
      g_ptr_array_add (found, duplicate);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Looking for duplicates"));
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* Every table that records something of a person. */
static const char *const person_tables[] = {
  "person_referent", "person_sensitive", "consent", "barrier", "competence_evaluation", "commitment",
  "placement", "followup", "alert", "event_participant", "referral", "mentorship", "clause_hours", NULL
};

gboolean
psl_person_merge (PslStore   *store,
                  const char *keep_id,
                  const char *duplicate_id,
                  GError    **error)
{
  g_autoptr(sqlite3_stmt) mark = NULL;

  if (g_strcmp0 (keep_id, duplicate_id) == 0)
    return invalid (error, _("A person cannot be merged into themselves."));
  if (!psl_store_begin (store, error))
    return FALSE;

  for (guint i = 0; person_tables[i] != NULL; i++)
    {
      /* The table names are the program's own. */
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET person_id = ?1 WHERE person_id = ?2;",
                                              person_tables[i]);
      g_autoptr(sqlite3_stmt) move = psl_store_prepare (store, sql, error);

      if (move == NULL)
        goto failed;
      sqlite3_bind_text (move, 1, keep_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (move, 2, duplicate_id, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, move, error))
        goto failed;
    }

  mark = psl_store_prepare (store,
    "UPDATE person SET merged_into = ?1, deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE id = ?2 AND deleted_at IS NULL"
    "   AND EXISTS (SELECT 1 FROM person WHERE id = ?1 AND deleted_at IS NULL);", error);
  if (mark == NULL)
    goto failed;
  sqlite3_bind_text (mark, 1, keep_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (mark, 2, duplicate_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, mark, error))
    goto failed;
  if (sqlite3_changes (psl_store_get_db (store)) != 1)
    {
      invalid (error, _("One of the two people is no longer in the database."));
      goto failed;
    }
  return psl_store_commit (store, error);

failed:
  psl_store_rollback (store);
  return FALSE;
}
