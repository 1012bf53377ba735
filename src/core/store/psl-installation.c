/* psl-installation.c — the structure and the antenna this database belongs to */

#define G_LOG_DOMAIN "psl-installation"

#include "config.h"

#include "psl-i18n.h"

#include "psl-installation.h"
#include "psl-store-private.h"

void
psl_installation_free (PslInstallation *inst)
{
  if (inst == NULL)
    return;
  g_free (inst->structure_id);
  g_free (inst->structure_name);
  g_free (inst->country);
  g_free (inst->antenna_name);
  g_free (inst->funders_footer);
  g_free (inst);
}

PslInstallation *
psl_installation_load (PslStore *store,
                       GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT st.id, st.name, st.country, si.name, st.funders_footer"
    "  FROM site si LEFT JOIN structure st ON st.id = si.structure_id"
    " WHERE si.id = ?1;",
    error);
  PslInstallation *inst;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_CORRUPT,
                   _("The database does not say which structure it belongs to."));
      return NULL;
    }

  inst = g_new0 (PslInstallation, 1);
  inst->structure_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  inst->structure_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  inst->country = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  inst->antenna_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  inst->funders_footer = g_strdup ((const char *) sqlite3_column_text (stmt, 4));

  return inst;
}

static gboolean
update_text (PslStore   *store,
             const char *sql,
             const char *value,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

static gboolean
require_text (const char *value,
              const char *what,
              GError    **error)
{
  g_autofree char *copy = g_strdup (value);

  if (copy == NULL || *g_strstrip (copy) == '\0')
    {
      /* Translators: %s is what is missing, e.g. "the structure's name" */
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Please give %s."), what);
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_installation_set_structure_name (PslStore   *store,
                                     const char *name,
                                     GError    **error)
{
  return require_text (name, _("the structure's name"), error) &&
         update_text (store,
                      "UPDATE structure SET name = trim(?1)"
                      " WHERE id = (SELECT structure_id FROM site WHERE id = ?2);",
                      name, error);
}

gboolean
psl_installation_set_antenna_name (PslStore   *store,
                                   const char *name,
                                   GError    **error)
{
  return require_text (name, _("the antenna's name"), error) &&
         update_text (store, "UPDATE site SET name = trim(?1) WHERE id = ?2;", name, error);
}

gboolean
psl_installation_set_country (PslStore   *store,
                              const char *country,
                              GError    **error)
{
  if (g_strcmp0 (country, "FR") != 0 && g_strcmp0 (country, "BE") != 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The country must be France or Belgium."));
      return FALSE;
    }

  return update_text (store,
                      "UPDATE structure SET country = ?1"
                      " WHERE id = (SELECT structure_id FROM site WHERE id = ?2);",
                      country, error);
}

GPtrArray *
psl_installation_sites (PslStore  *store,
                        GError   **error)
{
  return psl_ref_choices (store, "SELECT id, name FROM site ORDER BY name COLLATE NOCASE;", error);
}

char *
psl_installation_site_name (PslStore   *store,
                            const char *site_id,
                            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store, "SELECT name FROM site WHERE id = ?1;", site_id,
                                                    NULL, error);

  return stmt != NULL ? psl_column_dup (stmt, 0) : NULL;
}

char *
psl_installation_find_site (PslStore   *store,
                            const char *name,
                            GError    **error)
{
  g_autoptr(GError) failed = NULL;
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT id FROM site WHERE name = ?1 COLLATE NOCASE OR id = ?1;", name, NULL, &failed);

  if (stmt != NULL)
    return psl_column_dup (stmt, 0);
  if (failed != NULL)
    g_propagate_error (error, g_steal_pointer (&failed));
  else
    /* Translators: %s is the antenna the user typed */
    g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND, _("There is no antenna called “%s”."), name);
  return NULL;
}
