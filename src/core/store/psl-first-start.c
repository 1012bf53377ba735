/* psl-first-start.c — setting up a new file: the structure, its sites, its team */

#define G_LOG_DOMAIN "psl-first-start"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-first-start.h"
#include "psl-store-private.h"

#define STEP_KEY "first_start.step"

static const char * const step_codes[] = {
  "welcome", "structure", "sites", "team", "documents", "targets", "ways-on", "done",
};

static const PslChoice structure_kinds[] = {
  { "mission_locale", N_("Mission locale") },
  { "siae",           N_("SIAE (structure of insertion through economic activity)") },
  { "plie",           N_("PLIE (local plan for insertion and employment)") },
  { "geiq",           N_("GEIQ (employers' group for insertion and qualification)") },
  { "ale",            N_("ALE (local employment agency, Belgium)") },
  { "cpas",           N_("CPAS (public centre for social action, Belgium)") },
  { "autre",          N_("Another kind of structure") },
};

/* The roles the schema knows (staff.role). */
static const PslChoice staff_roles[] = {
  { "cip",                   N_("Counsellor (CIP)") },
  { "relations_entreprises", N_("Firms relations officer") },
  { "direction",             N_("Management") },
  { "accueil",               N_("Reception") },
};

const char *
psl_first_start_step_code (PslFirstStartStep step)
{
  g_return_val_if_fail (step <= PSL_FIRST_START_DONE, NULL);
  return step_codes[step];
}

/* A file whose steps were never started is new only if it holds no work:
 * a file from before this version, or joined from another site, is not. */
static gboolean
holds_work (PslStore *store)
{
  /* Whether any row is there, not how many: on a large file a count
   * would read every page of the tables before the window's first frame. */
  return psl_store_count (store,
                          "SELECT EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM company)"
                          " OR EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM partner);",
                          NULL) > 0;
}

PslFirstStartStep
psl_first_start_get_step (PslStore *store)
{
  g_autofree char *code = psl_store_get_meta (store, STEP_KEY);

  if (code == NULL)
    return holds_work (store) ? PSL_FIRST_START_DONE : PSL_FIRST_START_WELCOME;
  for (guint i = 0; i < G_N_ELEMENTS (step_codes); i++)
    if (g_strcmp0 (code, step_codes[i]) == 0)
      return i;
  return PSL_FIRST_START_DONE;
}

gboolean
psl_first_start_set_step (PslStore          *store,
                          PslFirstStartStep  step,
                          GError           **error)
{
  g_return_val_if_fail (step <= PSL_FIRST_START_DONE, FALSE);
  return psl_store_set_meta (store, STEP_KEY, step_codes[step], error);
}

const PslChoice *
psl_structure_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (structure_kinds);
  return structure_kinds;
}

const PslChoice *
psl_staff_roles (guint *n_roles)
{
  *n_roles = G_N_ELEMENTS (staff_roles);
  return staff_roles;
}

void
psl_structure_details_free (PslStructureDetails *details)
{
  if (details == NULL)
    return;
  g_free (details->kind);
  g_free (details->address);
  g_free (details->postcode);
  g_free (details->commune);
  g_free (details->funders_footer);
  g_free (details);
}

PslStructureDetails *
psl_structure_details_load (PslStore *store,
                            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT st.kind, st.address, st.postcode, st.commune, st.funders_footer"
    "  FROM site si JOIN structure st ON st.id = si.structure_id WHERE si.id = ?1;",
    error);
  PslStructureDetails *details;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                   _("The database does not say which structure it belongs to."));
      return NULL;
    }
  details = g_new0 (PslStructureDetails, 1);
  details->kind = psl_column_dup (stmt, 0);
  details->address = psl_column_dup (stmt, 1);
  details->postcode = psl_column_dup (stmt, 2);
  details->commune = psl_column_dup (stmt, 3);
  details->funders_footer = psl_column_dup (stmt, 4);
  return details;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*copy == '\0')
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, copy, -1, SQLITE_TRANSIENT);
}

gboolean
psl_structure_set_kind (PslStore   *store,
                        const char *kind,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (structure_kinds); i++)
    known |= g_strcmp0 (kind, structure_kinds[i].code) == 0;
  if (!known)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("This kind of structure is not known."));
      return FALSE;
    }

  stmt = psl_store_prepare (store,
                            "UPDATE structure SET kind = ?1"
                            " WHERE id = (SELECT structure_id FROM site WHERE id = ?2);",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_structure_set_documents (PslStore   *store,
                             const char *address,
                             const char *postcode,
                             const char *commune,
                             const char *funders_footer,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "UPDATE structure SET address = ?1, postcode = ?2, commune = ?3, funders_footer = ?4"
    " WHERE id = (SELECT structure_id FROM site WHERE id = ?5);",
    error);

  if (stmt == NULL)
    return FALSE;
  bind_text_or_null (stmt, 1, address);
  bind_text_or_null (stmt, 2, postcode);
  bind_text_or_null (stmt, 3, commune);
  bind_text_or_null (stmt, 4, funders_footer);
  sqlite3_bind_text (stmt, 5, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

GPtrArray *
psl_site_other_names (PslStore *store,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT name FROM site WHERE id <> ?1 ORDER BY name;", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, psl_column_dup (stmt, 0));
  return g_steal_pointer (&names);
}

gboolean
psl_site_add (PslStore   *store,
              const char *name,
              GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (*trimmed == '\0')
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Please give the site's name."));
      return FALSE;
    }

  /* A name given twice (a first start resumed, a line repeated) is one site. */
  id = psl_new_id ();
  stmt = psl_store_prepare (store,
    "INSERT INTO site (id, structure_id, name)"
    " SELECT ?1, structure_id, ?2 FROM site WHERE id = ?3"
    "  AND NOT EXISTS (SELECT 1 FROM site WHERE lower(name) = lower(?2));",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

char *
psl_staff_add (PslStore   *store,
               const char *full_name,
               const char *role,
               GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (full_name != NULL ? full_name : ""));
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *space;
  gboolean known = role == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (staff_roles); i++)
    known |= g_strcmp0 (role, staff_roles[i].code) == 0;
  if (*trimmed == '\0')
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Please give the colleague's name."));
      return NULL;
    }
  if (!known)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("This role is not known."));
      return NULL;
    }

  id = psl_new_id ();
  space = strchr (trimmed, ' ');
  stmt = psl_store_prepare (store,
    "INSERT INTO staff (id, antenna_id, first_name, last_name, role) VALUES (?1, ?2, ?3, ?4, ?5);",
    error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (space != NULL)
    {
      g_autofree char *last = g_strstrip (g_strdup (space + 1));
      sqlite3_bind_text (stmt, 3, trimmed, space - trimmed, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, last, -1, SQLITE_TRANSIENT);
    }
  else
    {
      sqlite3_bind_text (stmt, 3, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_STATIC);
    }
  bind_text_or_null (stmt, 5, role);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;
  return g_steal_pointer (&id);
}

gint64
psl_staff_count (PslStore *store)
{
  return psl_store_count (store, "SELECT count(*) FROM staff;", NULL);
}

void
psl_staff_member_free (PslStaffMember *member)
{
  if (member == NULL)
    return;
  g_free (member->id);
  g_free (member->name);
  g_free (member->role);
  g_free (member);
}

static GPtrArray *
read_staff_members (PslStore    *store,
                    const char  *sql,
                    GError     **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_staff_member_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslStaffMember *member = g_new0 (PslStaffMember, 1);

      member->id = psl_column_dup (stmt, 0);
      member->name = psl_column_dup (stmt, 1);
      member->role = psl_column_dup (stmt, 2);
      g_ptr_array_add (members, member);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the team"));
      return NULL;
    }
  return g_steal_pointer (&members);
}

GPtrArray *
psl_staff_members (PslStore  *store,
                   GError   **error)
{
  return read_staff_members (store, "SELECT id, trim(first_name || ' ' || last_name), role FROM staff"
                                    " ORDER BY created_at;", error);
}

GPtrArray *
psl_staff_active_members (PslStore  *store,
                          GError   **error)
{
  return read_staff_members (store, "SELECT id, first_name || ' ' || last_name, role FROM staff WHERE active = 1"
                                    " ORDER BY last_name, first_name;", error);
}
