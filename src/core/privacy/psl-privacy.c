/* psl-privacy.c — who is at the keyboard, what their role lets them read */

#define G_LOG_DOMAIN "psl-privacy"

#include "config.h"

#include "psl-i18n.h"

#include "psl-audit.h"
#include "psl-format.h"
#include "psl-actor.h"
#include "psl-record.h"
#include "psl-privacy.h"
#include "psl-store-private.h"

char *
psl_privacy_first_in_role (PslStore   *store,
                           const char *role)
{
  return psl_store_text (store,
                     "SELECT id FROM staff WHERE role = ?1 AND active = 1 ORDER BY last_name, first_name LIMIT 1;",
                     role, NULL);
}

char *
psl_privacy_staff_name (PslStore   *store,
                        const char *staff_id)
{
  return psl_store_text (store, "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;", staff_id, NULL);
}

char *
psl_privacy_find_staff (PslStore   *store,
                        const char *name_or_id,
                        GError    **error)
{
  char *id = psl_store_text (store,
                         "SELECT id FROM staff WHERE id = ?1"
                         "    OR (first_name || ' ' || last_name) = ?1 COLLATE NOCASE"
                         "    OR (last_name || ' ' || first_name) = ?1 COLLATE NOCASE"
                         " ORDER BY active DESC LIMIT 1;",
                         name_or_id, NULL);

  if (id == NULL)
    /* Translators: %s is the name the user typed */
    g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                 _("There is no staff member called “%s”."), name_or_id);
  return id;
}

static gboolean
denied (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED, message);
  return FALSE;
}

static gint64
direction_count (PslStore *store)
{
  return psl_store_count (store, "SELECT count(*) FROM staff WHERE role = 'direction' AND active = 1;", NULL);
}

/* Before anyone is in direction, the structure is being set up and
 * whoever is at the keyboard may arrange it. */
static gboolean
actor_may_manage (PslStore *store,
                  GError  **error)
{
  if (direction_count (store) == 0 || psl_privacy_get_actor_role (store) == PSL_ROLE_DIRECTION)
    return TRUE;
  return denied (error, _("Only direction can change this."));
}

char *
psl_privacy_authorship (PslStore   *store,
                        const char *table,
                        const char *id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *created_on = NULL;
  g_autofree char *updated_on = NULL;
  const char *creator, *updater;

  g_return_val_if_fail (psl_record_is_authored (table), NULL);
  /* table is one of the program's own names. */
  sql = g_strdup_printf ("SELECT r.created_at, r.updated_at, c.first_name || ' ' || c.last_name,"
                         "       u.first_name || ' ' || u.last_name"
                         "  FROM %s r LEFT JOIN staff c ON c.id = r.created_by LEFT JOIN staff u ON u.id = r.updated_by"
                         " WHERE r.id = ?1;", table);
  stmt = psl_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  created_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 0));
  updated_on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
  creator = (const char *) sqlite3_column_text (stmt, 2);
  updater = (const char *) sqlite3_column_text (stmt, 3);
  /* A record nobody changed since, or changed the same day by its author,
   * says only who made it. */
  if (creator != NULL && g_strcmp0 (creator, updater) == 0 && g_strcmp0 (created_on, updated_on) == 0)
    updater = NULL;
  if (creator != NULL && updater != NULL)
    /* Translators: %1$s and %3$s are staff members, %2$s and %4$s dates */
    return g_strdup_printf (_("Created by %1$s on %2$s, changed by %3$s on %4$s"),
                            creator, created_on, updater, updated_on);
  if (creator != NULL)
    /* Translators: %1$s is a staff member, %2$s a date */
    return g_strdup_printf (_("Created by %1$s on %2$s"), creator, created_on);
  if (updater != NULL)
    /* Translators: %1$s is a date, %2$s a staff member, %3$s a date */
    return g_strdup_printf (_("Created on %1$s, changed by %2$s on %3$s"), created_on, updater, updated_on);
  return NULL;
}

static gboolean
any_login_bound (PslStore *store)
{
  return psl_store_count (store, "SELECT count(*) FROM privacy_account;", NULL) > 0;
}

/* Writes the binding, and makes staff_id direction when asked to. */
static gboolean
write_binding (PslStore   *store,
               const char *account,
               const char *staff_id,
               gboolean    make_direction,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "INSERT INTO privacy_account (account, staff_id) VALUES (?1, ?2)"
    " ON CONFLICT (account) DO UPDATE SET staff_id = excluded.staff_id, bound_at = excluded.bound_at;", error);
  g_autoptr(sqlite3_stmt) role = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, account, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, staff_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  if (!make_direction)
    return TRUE;
  role = psl_store_prepare (store,
                            "UPDATE staff SET role = 'direction', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
                            " site_id = ?2 WHERE id = ?1;", error);
  if (role == NULL)
    return FALSE;
  sqlite3_bind_text (role, 1, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (role, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, role, error);
}

static gboolean
bind_login (PslStore   *store,
            const char *account,
            const char *staff_id,
            gboolean    by_recovery,
            char      **notice,
            GError    **error)
{
  g_autofree char *current = psl_store_text (store,
                                         "SELECT a.staff_id FROM privacy_account a JOIN staff s ON s.id = a.staff_id"
                                         " WHERE a.account = ?1;", account, NULL);
  g_autofree char *name = psl_privacy_staff_name (store, staff_id);
  g_autofree char *old_name = current != NULL ? psl_privacy_staff_name (store, current) : NULL;
  g_autofree char *detail = NULL;
  g_autofree char *role_detail = NULL;
  gboolean first = FALSE, make_direction = FALSE;

  g_return_val_if_fail (account != NULL && *account != '\0', FALSE);
  if (notice != NULL)
    *notice = NULL;
  if (name == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("This staff member is not in the database."));
      return FALSE;
    }
  if (g_strcmp0 (current, staff_id) == 0)
    return TRUE;
  /* Only the very first login of a file ties itself freely: after it,
   * whoever is not direction would make themselves anyone, direction
   * included, and read every confidential part. */
  first = !any_login_bound (store);
  if (!first && !by_recovery && psl_privacy_get_actor_role (store) != PSL_ROLE_DIRECTION)
    return denied (error, _("Only direction ties a login to a staff member: ask a person of direction to tie "
                            "this one to you."));
  /* The first at the keyboard of a team with nobody in direction is its
   * direction: someone must give the roles and read the journal. */
  make_direction = first && direction_count (store) == 0;
  if (!make_direction && psl_privacy_role_of (store, staff_id) == PSL_ROLE_NONE)
    {
      /* Translators: %s is a staff member's name */
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                   _("%s has no role yet: direction gives one in Preferences, Privacy, first."), name);
      return FALSE;
    }
  if (old_name != NULL)
    /* Translators: %1$s is a computer login, %2$s and %3$s staff members' names */
    detail = g_strdup_printf (_("The login %1$s was %2$s, is now %3$s"), account, old_name, name);
  else
    /* Translators: %1$s is a computer login, %2$s a staff member's name */
    detail = g_strdup_printf (_("The login %1$s is now %2$s"), account, name);
  if (make_direction)
    /* Translators: %1$s is a staff member's name, %2$s a role */
    role_detail = g_strdup_printf (_("%1$s: %2$s"), name, psl_role_label (PSL_ROLE_DIRECTION));
  /* Journaled under who made the change, before it is made. */
  if (!psl_store_begin (store, error))
    return FALSE;
  if (!psl_audit_add (store, PSL_AUDIT_ACCOUNT, NULL, detail, error) ||
      !write_binding (store, account, staff_id, make_direction, error) ||
      (make_direction && !psl_audit_add (store, PSL_AUDIT_ROLE, NULL, role_detail, error)) ||
      !psl_store_commit (store, error))
    {
      psl_store_rollback (store);
      return FALSE;
    }
  if (make_direction && notice != NULL)
    /* Translators: %s is a staff member's name */
    *notice = g_strdup_printf (_("Nobody in the team was in direction: %s, the first at the keyboard, is now "
                                 "direction, and gives the others their roles in Preferences, Privacy."), name);
  return TRUE;
}

gboolean
psl_privacy_bind_login (PslStore   *store,
                        const char *account,
                        const char *staff_id,
                        char      **notice,
                        GError    **error)
{
  return bind_login (store, account, staff_id, FALSE, notice, error);
}

/* Whoever holds the structure's recovery key holds every confidential
 * part already: it also ties a login when no direction login can, as
 * when the first login of a file was tied to a counsellor. */
gboolean
psl_privacy_bind_login_by_recovery (PslStore   *store,
                                    const char *account,
                                    const char *staff_id,
                                    const char *recovery,
                                    GError    **error)
{
  if (!psl_privacy_check_recovery (store, recovery, error))
    return FALSE;
  return bind_login (store, account, staff_id, TRUE, NULL, error);
}

void
psl_privacy_login_free (PslPrivacyLogin *login)
{
  if (login == NULL)
    return;
  g_free (login->account);
  g_free (login->staff_id);
  g_free (login->staff_name);
  g_free (login);
}

static gpointer
read_login (sqlite3_stmt *stmt)
{
  PslPrivacyLogin *login = g_new0 (PslPrivacyLogin, 1);

  login->account = psl_column_dup (stmt, 0);
  login->staff_id = psl_column_dup (stmt, 1);
  login->staff_name = psl_column_dup (stmt, 2);
  return login;
}

GPtrArray *
psl_privacy_logins (PslStore  *store,
                    GError   **error)
{
  return psl_store_collect (store,
                            "SELECT a.account, a.staff_id, s.first_name || ' ' || s.last_name"
                            "  FROM privacy_account a JOIN staff s ON s.id = a.staff_id"
                            " ORDER BY a.account COLLATE NOCASE, a.account;",
                            NULL, read_login, (GDestroyNotify) psl_privacy_login_free,
                            _("Reading the logins of this file"), error);
}

gboolean
psl_privacy_bind_account (PslStore   *store,
                          const char *staff_id,
                          GError    **error)
{
  return psl_privacy_bind_login (store, psl_privacy_get_account (store), staff_id, NULL, error);
}

gboolean
psl_privacy_set_role (PslStore   *store,
                      const char *staff_id,
                      const char *role,
                      GError    **error)
{
  g_autofree char *name = psl_privacy_staff_name (store, staff_id);
  g_autofree char *detail = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  PslRole wanted = psl_role_from_code (role);

  if (name == NULL)
    {
      g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                           _("This staff member is not in the database."));
      return FALSE;
    }
  if (wanted == PSL_ROLE_NONE)
    {
      /* Translators: %s is a staff member's name */
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                   _("Give %s a role: reception, counsellor, employer relations or direction."), name);
      return FALSE;
    }
  if (!actor_may_manage (store, error))
    return FALSE;
  if (wanted != PSL_ROLE_DIRECTION && psl_privacy_role_of (store, staff_id) == PSL_ROLE_DIRECTION &&
      direction_count (store) <= 1)
    {
      /* Translators: %s is a staff member's name */
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                   _("%s is the last person in direction: give another staff member that role first."), name);
      return FALSE;
    }
  stmt = psl_store_prepare (store,
                            "UPDATE staff SET role = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
                            " site_id = ?3 WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, role, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  /* Translators: %1$s is a staff member's name, %2$s a role */
  detail = g_strdup_printf (_("%1$s: %2$s"), name, psl_role_label (wanted));
  return psl_audit_add (store, PSL_AUDIT_ROLE, NULL, detail, error);
}

gboolean
psl_privacy_staff_leaves (PslStore   *store,
                          const char *staff_id,
                          GError    **error)
{
  g_autofree char *name = psl_privacy_staff_name (store, staff_id);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!actor_may_manage (store, error))
    return FALSE;
  if (psl_privacy_role_of (store, staff_id) == PSL_ROLE_DIRECTION && direction_count (store) <= 1)
    {
      /* Translators: %s is a staff member's name */
      g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                   _("%s is the last person in direction: give another staff member that role first."),
                   name != NULL ? name : "");
      return FALSE;
    }
  stmt = psl_store_prepare (store,
                            "UPDATE staff SET active = 0, left_on = date('now'),"
                            " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), site_id = ?2 WHERE id = ?1;",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_privacy_has_confidential (PslStore   *store,
                              const char *person_id)
{
  g_autofree char *found = psl_store_text (store,
                                       "SELECT 1 FROM person_sensitive WHERE person_id = ?1 AND deleted_at IS NULL"
                                       " UNION ALL SELECT 1 FROM barrier WHERE person_id = ?1"
                                       "   AND deleted_at IS NULL AND notes IS NOT NULL LIMIT 1;",
                                       person_id, NULL);

  return found != NULL;
}
