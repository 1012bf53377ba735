/* psl-portfolio.c — who follows which firm: the team, and a departing colleague's firms handed over */

#define G_LOG_DOMAIN "psl-portfolio"

#include "config.h"

#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-portfolio.h"
#include "psl-ref.h"
#include "psl-store-private.h"

/* The colleagues who can follow a firm, as reference items (code = staff
 * id) so that a firm's referent is chosen like any other listed value.
 * Those who left stay at the end: their firms still name them. */
GPtrArray *
psl_portfolio_team (PslStore  *store,
                    GError   **error)
{
  return psl_ref_choices (store,
                          "SELECT id, first_name || ' ' || last_name FROM staff"
                          " ORDER BY active DESC, last_name COLLATE NOCASE, first_name COLLATE NOCASE;", error);
}

char *
psl_portfolio_find_member (PslStore   *store,
                           const char *text,
                           GError    **error)
{
  g_autoptr(GPtrArray) team = psl_portfolio_team (store, error);
  g_autofree char *wanted = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (team == NULL)
    return NULL;
  wanted = g_utf8_casefold (text, -1);
  for (guint i = 0; i < team->len; i++)
    {
      PslRefItem *member = g_ptr_array_index (team, i);
      g_autofree char *name = g_utf8_casefold (member->label, -1);
      g_auto(GStrv) parts = g_strsplit (name, " ", 2);
      g_autofree char *reversed = parts[1] != NULL ? g_strdup_printf ("%s %s", parts[1], parts[0]) : NULL;

      if (g_strcmp0 (member->code, text) == 0 || g_strcmp0 (name, wanted) == 0 || g_strcmp0 (reversed, wanted) == 0)
        return g_strdup (member->code);
      psl_append_part (names, member->label);
    }
  /* Translators: %1$s is the name typed, %2$s the names of the team */
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND, _("Nobody in the team is called “%1$s”. The team: %2$s."),
               text, names->str);
  return NULL;
}

static gboolean
both_in_team (PslStore   *store,
              const char *from_staff_id,
              const char *to_staff_id,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) check = NULL;

  if (g_strcmp0 (from_staff_id, to_staff_id) == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Choose another colleague to take over the firms."));
      return FALSE;
    }

  check = psl_store_prepare (store, "SELECT count(*) FROM staff WHERE id IN (?1, ?2);", error);
  if (check == NULL)
    return FALSE;
  sqlite3_bind_text (check, 1, from_staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (check, 2, to_staff_id, -1, SQLITE_STATIC);
  if (sqlite3_step (check) != SQLITE_ROW || sqlite3_column_int (check, 0) != 2)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Both colleagues must be members of the team."));
      return FALSE;
    }
  return TRUE;
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
  g_autoptr(sqlite3_stmt) firms = NULL;
  g_autoptr(sqlite3_stmt) notes = NULL;
  g_autoptr(sqlite3_stmt) move = NULL;
  g_autofree char *body = NULL;
  int moved;

  if (!both_in_team (store, from_staff_id, to_staff_id, error))
    return -1;

  body = note != NULL && *note != '\0' ? g_strdup (note) : g_strdup (_("Portfolio handed over."));
  if (!psl_store_begin (store, error))
    return -1;

  /* One note on each firm, then the firms change hands. */
  firms = psl_store_prepare (store,
    "SELECT id FROM company WHERE referent_id = ?1 AND deleted_at IS NULL;", error);
  notes = psl_store_prepare (store,
    "INSERT INTO note (id, subject_kind, subject_id, staff_id, title, body, created_by, updated_by)"
    " VALUES (?1, 'company', ?2, ?3, ?4, ?5, psl_actor (), psl_actor ());", error);
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
