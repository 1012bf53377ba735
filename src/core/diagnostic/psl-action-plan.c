/* psl-action-plan.c — Annexe 2: the activities of the action plan, their sub-activities and months
 *
 * The seed's "Tableau des activités": an activity (with its general
 * objective) holds sub-activities numbered 1.1, 1.2…, each with a lead,
 * an operational objective, tasks, who takes part, indicators of success
 * and the months it runs.  Only two levels, as on the paper.  Months are
 * kept as YYYY-MM.  Removing only marks the rows, so that it can be
 * undone; an activity's sub-activities go and come back with it.
 */

#define G_LOG_DOMAIN "psl-action-plan"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-action-plan.h"
#include "psl-store-private.h"

const PslField psl_action_plan_fields[] = {
  { "activity",      PSL_FIELD_REQUIRED, N_("Activity") },
  { "lead",          PSL_FIELD_TEXT,     N_("Lead") },
  { "objective",     PSL_FIELD_TEXT,     N_("Objective") },
  { "tasks",         PSL_FIELD_TEXT,     N_("Tasks") },
  { "participation", PSL_FIELD_TEXT,     N_("Participation") },
  { "indicators",    PSL_FIELD_TEXT,     N_("Indicators of success, deliverables") },
  { "start_month",   PSL_FIELD_MONTH,    N_("First month") },
  { "end_month",     PSL_FIELD_MONTH,    N_("Last month") },
  { NULL }
};

void
psl_plan_item_free (PslPlanItem *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->parent_id);
  g_free (item->number);
  g_free (item->activity);
  g_free (item->lead);
  g_free (item->objective);
  g_free (item->tasks);
  g_free (item->participation);
  g_free (item->indicators);
  g_free (item->start_month);
  g_free (item->end_month);
  g_free (item);
}

static gpointer
read_item (sqlite3_stmt *stmt)
{
  PslPlanItem *item = g_new0 (PslPlanItem, 1);

  item->id = psl_column_dup (stmt, 0);
  item->parent_id = psl_column_dup (stmt, 1);
  item->activity = psl_column_dup (stmt, 2);
  item->lead = psl_column_dup (stmt, 3);
  item->objective = psl_column_dup (stmt, 4);
  item->tasks = psl_column_dup (stmt, 5);
  item->participation = psl_column_dup (stmt, 6);
  item->indicators = psl_column_dup (stmt, 7);
  item->start_month = psl_column_dup (stmt, 8);
  item->end_month = psl_column_dup (stmt, 9);
  item->depth = item->parent_id != NULL;
  return item;
}

GPtrArray *
psl_action_plan_list (PslStore  *store,
                      GError   **error)
{
  /* An activity's rank is that of its creation; a sub-activity sorts
   * under its activity, in the order it was added.  Two rows made in the
   * same millisecond follow the order they were written in (rowid), not
   * their random ids. */
  g_autoptr(GPtrArray) items = psl_store_collect (store,
    "SELECT i.id, i.parent_id, i.activity, i.lead, i.objective, i.tasks, i.participation, i.indicators,"
    "       i.start_month, i.end_month"
    "  FROM action_plan_item i LEFT JOIN action_plan_item p ON p.id = i.parent_id"
    " WHERE i.deleted_at IS NULL AND (i.parent_id IS NULL OR p.deleted_at IS NULL)"
    " ORDER BY coalesce(p.created_at, i.created_at), coalesce(p.rowid, i.rowid), i.parent_id IS NOT NULL,"
    "          i.created_at, i.rowid;",
    NULL, read_item, (GDestroyNotify) psl_plan_item_free, _("Reading the action plan"), error);
  guint activity = 0, sub = 0;

  if (items == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      PslPlanItem *item = g_ptr_array_index (items, i);

      if (item->depth == 0)
        {
          item->number = g_strdup_printf ("%u", ++activity);
          sub = 0;
        }
      else
        item->number = g_strdup_printf ("%u.%u", activity, ++sub);
    }
  return g_steal_pointer (&items);
}

static const PslField *
field (const char *column)
{
  return psl_record_find_field (psl_action_plan_fields, column);
}

gboolean
psl_action_plan_check (const char   *activity,
                       const char   *start_month,
                       const char   *end_month,
                       char        **start,
                       char        **end,
                       const char  **refused_column,
                       GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = psl_record_check (NULL, field ("activity"), activity, &local_error);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (name == NULL)
    {
      *refused_column = "activity";
      if (local_error == NULL)
        g_set_error (&local_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Name the activity."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  first = psl_record_check (NULL, field ("start_month"), start_month, &local_error);
  if (local_error != NULL)
    {
      *refused_column = "start_month";
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  last = psl_record_check (NULL, field ("end_month"), end_month, &local_error);
  if (local_error != NULL)
    {
      *refused_column = "end_month";
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (first != NULL && last != NULL && strcmp (last, first) < 0)
    {
      *refused_column = "end_month";
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The last month comes before the first."));
      return FALSE;
    }
  if (start != NULL)
    *start = g_steal_pointer (&first);
  if (end != NULL)
    *end = g_steal_pointer (&last);
  return TRUE;
}

/* Only an activity of the plan, still in it, takes sub-activities. */
static gboolean
check_parent (PslStore    *store,
              const char  *parent_id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (parent_id == NULL)
    return TRUE;
  stmt = psl_store_prepare (store, "SELECT parent_id IS NULL FROM action_plan_item"
                                   " WHERE id = ?1 AND deleted_at IS NULL;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, parent_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This activity is no longer in the plan."));
      return FALSE;
    }
  if (!sqlite3_column_int (stmt, 0))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("A sub-activity belongs to an activity, not to another sub-activity."));
      return FALSE;
    }
  return TRUE;
}

/* Binds the item's texts to ?2…?10 as the statements below name them. */
static void
bind_item (sqlite3_stmt      *stmt,
           const PslPlanItem *item,
           const char        *start,
           const char        *end)
{
  const char *texts[] = { item->activity, item->lead, item->objective, item->tasks, item->participation,
                          item->indicators, start, end };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (texts[i] != NULL ? texts[i] : ""));

      if (*text != '\0')
        sqlite3_bind_text (stmt, 2 + i, text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 2 + i);
    }
}

char *
psl_action_plan_add (PslStore          *store,
                     const char        *parent_id,
                     const PslPlanItem *item,
                     GError           **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *refused;

  if (!psl_action_plan_check (item->activity, item->start_month, item->end_month, &start, &end, &refused, error)
      || !check_parent (store, parent_id, error))
    return NULL;
  stmt = psl_store_prepare (store,
                            "INSERT INTO action_plan_item (id, activity, lead, objective, tasks, participation,"
                            " indicators, start_month, end_month, parent_id, site_id)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);", error);
  if (stmt == NULL)
    return NULL;
  id = psl_new_id ();
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  bind_item (stmt, item, start, end);
  sqlite3_bind_text (stmt, 10, parent_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
psl_action_plan_update (PslStore          *store,
                        const PslPlanItem *item,
                        GError           **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *refused;

  if (!psl_action_plan_check (item->activity, item->start_month, item->end_month, &start, &end, &refused, error))
    return FALSE;
  stmt = psl_store_prepare (store,
                            "UPDATE action_plan_item SET activity = ?2, lead = ?3, objective = ?4, tasks = ?5,"
                            " participation = ?6, indicators = ?7, start_month = ?8, end_month = ?9,"
                            " site_id = ?10, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
                            " WHERE id = ?1 AND deleted_at IS NULL;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->id, -1, SQLITE_STATIC);
  bind_item (stmt, item, start, end);
  sqlite3_bind_text (stmt, 10, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (psl_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This activity is no longer in the plan."));
      return FALSE;
    }
  return TRUE;
}

gboolean
psl_action_plan_remove (PslStore    *store,
                        const char  *id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "UPDATE action_plan_item SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE (id = ?1 OR parent_id = ?1) AND deleted_at IS NULL;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_action_plan_restore (PslStore    *store,
                         const char  *id,
                         GError     **error)
{
  /* Sub-activities removed before their activity stay removed. */
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "UPDATE action_plan_item SET deleted_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    " WHERE id = ?1 OR (parent_id = ?1 AND deleted_at ="
    "   (SELECT deleted_at FROM action_plan_item WHERE id = ?1));", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

gboolean
psl_action_plan_check_form (GHashTable   *values,
                            const char  **refused_column,
                            GError      **error)
{
  return psl_action_plan_check (g_hash_table_lookup (values, "activity"),
                                g_hash_table_lookup (values, "start_month"),
                                g_hash_table_lookup (values, "end_month"), NULL, NULL, refused_column, error);
}

char *
psl_action_plan_create_from_form (PslStore           *store,
                                  const char         *parent_id,
                                  const char * const *columns,
                                  const char * const *values,
                                  GError            **error)
{
  PslPlanItem item = {
    .activity = (char *) psl_record_value_of (columns, values, "activity"),
    .lead = (char *) psl_record_value_of (columns, values, "lead"),
    .objective = (char *) psl_record_value_of (columns, values, "objective"),
    .tasks = (char *) psl_record_value_of (columns, values, "tasks"),
    .participation = (char *) psl_record_value_of (columns, values, "participation"),
    .indicators = (char *) psl_record_value_of (columns, values, "indicators"),
    .start_month = (char *) psl_record_value_of (columns, values, "start_month"),
    .end_month = (char *) psl_record_value_of (columns, values, "end_month"),
  };

  return psl_action_plan_add (store, parent_id, &item, error);
}
