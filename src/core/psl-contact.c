/* psl-contact.c — people at firms and partners; a departing colleague's portfolio */

#define G_LOG_DOMAIN "psl-contact"

#include "config.h"

#include <glib/gi18n.h>

#include "psl-contact.h"

static const char *channels[] = { "phone", "mobile", "email", "mail", "visit", NULL };

const PslField psl_contact_fields[] = {
  { "civility",          PSL_FIELD_TEXT,     N_("Civility") },
  { "first_name",        PSL_FIELD_TEXT,     N_("First name") },
  { "last_name",         PSL_FIELD_REQUIRED, N_("Last name") },
  { "role",              PSL_FIELD_REF,      N_("Role"), "contact_role" },
  { "job_title",         PSL_FIELD_TEXT,     N_("Job title") },
  { "phone",             PSL_FIELD_PHONE,    N_("Phone") },
  { "mobile",            PSL_FIELD_PHONE,    N_("Mobile") },
  { "email",             PSL_FIELD_EMAIL,    N_("E-mail") },
  { "preferred_channel", PSL_FIELD_CHOICE,   N_("Preferred channel"), NULL, channels },
  { "is_tutor",          PSL_FIELD_BOOLEAN,  N_("Tutor") },
  { "active",            PSL_FIELD_BOOLEAN,  N_("Still at the firm") },
  { "notes",             PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

char *
psl_contact_create (PslStore   *store,
                    const char *company_id,
                    const char *first_name,
                    const char *last_name,
                    GError    **error)
{
  const char *columns[] = { "last_name" };
  const char *values[] = { last_name };
  char *checked[1] = { NULL };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = psl_record_check_all (store, psl_contact_fields, columns, values, checked, 1, error);

  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store, "INSERT INTO contact (id, company_id, first_name, last_name)"
                                       " VALUES (?1, ?2, nullif(trim(?3), ''), ?4);", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, first_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, checked[0], -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  g_free (checked[0]);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
psl_contact_set (PslStore   *store,
                 const char *id,
                 const char *column,
                 const char *value,
                 GError    **error)
{
  return psl_record_set (store, "contact", psl_contact_fields, id, column, value, error);
}

/* When a colleague leaves, their firms go to another in one step, each
 * with a hand-over note, so that the network does not leave with them.
 * Returns the number of firms handed over, or -1. */
int
psl_portfolio_hand_over (PslStore   *store,
                         const char *from_staff_id,
                         const char *to_staff_id,
                         const char *note,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) check = NULL;
  g_autoptr(sqlite3_stmt) firms = NULL;
  g_autoptr(sqlite3_stmt) notes = NULL;
  g_autoptr(sqlite3_stmt) move = NULL;
  g_autofree char *body = NULL;
  int moved;

  if (g_strcmp0 (from_staff_id, to_staff_id) == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Choose another colleague to take over the firms."));
      return -1;
    }

  check = psl_store_prepare (store, "SELECT count(*) FROM staff WHERE id IN (?1, ?2);", error);
  if (check == NULL)
    return -1;
  sqlite3_bind_text (check, 1, from_staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (check, 2, to_staff_id, -1, SQLITE_STATIC);
  if (sqlite3_step (check) != SQLITE_ROW || sqlite3_column_int (check, 0) != 2)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Both colleagues must be members of the team."));
      return -1;
    }

  body = note != NULL && *note != '\0' ? g_strdup (note) : g_strdup (_("Portfolio handed over."));
  if (!psl_store_begin (store, error))
    return -1;

  /* One note on each firm, then the firms change hands. */
  firms = psl_store_prepare (store,
    "SELECT id FROM company WHERE referent_id = ?1 AND deleted_at IS NULL;", error);
  notes = psl_store_prepare (store,
    "INSERT INTO note (id, subject_kind, subject_id, staff_id, title, body)"
    " VALUES (?1, 'company', ?2, ?3, ?4, ?5);", error);
  move = psl_store_prepare (store,
    "UPDATE company SET referent_id = ?1 WHERE referent_id = ?2 AND deleted_at IS NULL;", error);
  if (firms == NULL || notes == NULL || move == NULL)
    goto fail;
  sqlite3_bind_text (firms, 1, from_staff_id, -1, SQLITE_STATIC);
  while (sqlite3_step (firms) == SQLITE_ROW)
    {
      g_autofree char *id = psl_new_id ();

      sqlite3_bind_text (notes, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (notes, 2, (const char *) sqlite3_column_text (firms, 0), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (notes, 3, to_staff_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (notes, 4, _("Hand-over"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (notes, 5, body, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, notes, error))
        goto fail;
    }
  sqlite3_bind_text (move, 1, to_staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (move, 2, from_staff_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, move, error))
    goto fail;
  moved = sqlite3_changes (psl_store_get_db (store));
  if (!psl_store_commit (store, error))
    goto fail;

  return moved;

fail:
  psl_store_rollback (store);
  return -1;
}
