/* psl-actor.c — who is at the keyboard, and whether they may read a person's confidential part */

#define G_LOG_DOMAIN "psl-privacy"

#include "config.h"

#include "psl-i18n.h"

#include "psl-actor.h"
#include "psl-store-private.h"

static gboolean
denied (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED, message);
  return FALSE;
}

const char *const psl_role_codes[] = { "accueil", "cip", "relations_entreprises", "direction", NULL };

#define REFERENT_SQL \
  "SELECT 1 FROM person WHERE id = ?1 AND referent_id = ?2" \
  " UNION ALL SELECT 1 FROM person_referent WHERE person_id = ?1 AND staff_id = ?2" \
  "   AND (to_date IS NULL OR to_date >= date('now'))" \
  " LIMIT 1;"

PslRole
psl_role_from_code (const char *code)
{
  if (g_strcmp0 (code, "direction") == 0)
    return PSL_ROLE_DIRECTION;
  if (g_strcmp0 (code, "cip") == 0)
    return PSL_ROLE_COUNSELLOR;
  if (g_strcmp0 (code, "relations_entreprises") == 0)
    return PSL_ROLE_EMPLOYER;
  if (g_strcmp0 (code, "accueil") == 0)
    return PSL_ROLE_RECEPTION;
  return PSL_ROLE_NONE;
}

const char *
psl_role_label (PslRole role)
{
  switch (role)
    {
    case PSL_ROLE_RECEPTION:  return _("Reception");
    case PSL_ROLE_COUNSELLOR: return _("Counsellor");
    case PSL_ROLE_EMPLOYER:   return _("Employer relations");
    case PSL_ROLE_DIRECTION:  return _("Direction");
    case PSL_ROLE_NONE:
    default:                  return _("No role");
    }
}

const char *
psl_privacy_get_account (PslStore *store)
{
  const char *account = g_object_get_data (G_OBJECT (store), "psl-privacy-account");

  return account != NULL ? account : g_get_user_name ();
}

void
psl_privacy_set_account (PslStore   *store,
                         const char *account)
{
  g_object_set_data_full (G_OBJECT (store), "psl-privacy-account", g_strdup (account), g_free);
}

char *
psl_privacy_get_actor (PslStore *store)
{
  return psl_store_text (store,
                     "SELECT a.staff_id FROM privacy_account a JOIN staff s ON s.id = a.staff_id"
                     " WHERE a.account = ?1;",
                     psl_privacy_get_account (store), NULL);
}

static void
sql_actor_cb (sqlite3_context *ctx,
              int              argc,
              sqlite3_value  **argv)
{
  char *actor = psl_privacy_get_actor (sqlite3_user_data (ctx));

  if (actor == NULL)
    sqlite3_result_null (ctx);
  else
    sqlite3_result_text (ctx, actor, -1, g_free);
}

void
psl_privacy_attach_actor (PslStore *store)
{
  /* The store outlives its connection: no reference is taken. */
  sqlite3_create_function (psl_store_get_db (store), "psl_actor", 0, SQLITE_UTF8, store, sql_actor_cb, NULL, NULL);
}

PslRole
psl_privacy_role_of (PslStore   *store,
         const char *staff_id)
{
  g_autofree char *code = psl_store_text (store, "SELECT role FROM staff WHERE id = ?1;", staff_id, NULL);

  return psl_role_from_code (code);
}

PslRole
psl_privacy_get_actor_role (PslStore *store)
{
  g_autofree char *actor = psl_privacy_get_actor (store);

  return actor != NULL ? psl_privacy_role_of (store, actor) : PSL_ROLE_NONE;
}

char *
psl_privacy_referents (PslStore   *store,
                       const char *person_id)
{
  return psl_store_text (store,
                     "SELECT group_concat(name, ', ') FROM ("
                     "  SELECT DISTINCT s.first_name || ' ' || s.last_name AS name FROM staff s"
                     "   WHERE s.id = (SELECT referent_id FROM person WHERE id = ?1)"
                     "      OR s.id IN (SELECT staff_id FROM person_referent WHERE person_id = ?1"
                     "                     AND (to_date IS NULL OR to_date >= date('now'))));",
                     person_id, NULL);
}

gboolean
psl_privacy_may_read (PslStore   *store,
                      const char *person_id,
                      GError    **error)
{
  g_autofree char *actor = psl_privacy_get_actor (store);
  g_autofree char *is_referent = NULL;
  g_autofree char *referents = NULL;

  if (actor == NULL)
    return denied (error, _("This login is tied to no staff member: choose who you are in Preferences, "
                            "Privacy, to read the confidential part."));
  if (psl_privacy_role_of (store, actor) == PSL_ROLE_DIRECTION)
    return TRUE;
  is_referent = psl_store_text (store, REFERENT_SQL, person_id, actor);
  if (is_referent != NULL)
    return TRUE;
  referents = psl_privacy_referents (store, person_id);
  if (referents == NULL || *referents == '\0')
    return denied (error, _("Confidential: only the person's referent and direction read it. Ask direction."));
  /* Translators: %s is one or more staff members' names */
  g_set_error (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_DENIED,
               _("Confidential: only the person's referent and direction read it. Ask %s."), referents);
  return FALSE;
}

char *
psl_privacy_owner_of (PslStore   *store,
                      const char *table,
                      const char *id)
{
  g_autofree char *sql = NULL;

  if (g_strcmp0 (table, "person_sensitive") != 0 && g_strcmp0 (table, "barrier") != 0)
    return NULL;
  /* table is one of the two names above. */
  sql = g_strdup_printf ("SELECT person_id FROM %s WHERE id = ?1;", table);
  return psl_store_text (store, sql, id, NULL);
}
