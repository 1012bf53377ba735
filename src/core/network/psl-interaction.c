/* psl-interaction.c — the journal of contacts with firms, and the reminders it sets
 *
 * A next step with a due date is a reminder ("relance"): it stays on the
 * home page and in the Échéancier until it is marked done.
 */

#define G_LOG_DOMAIN "psl-interaction"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-format.h"
#include "psl-interaction.h"

#include <json-glib/json-glib.h>
#include "psl-store-private.h"

const PslField psl_interaction_fields[] = {
  { "kind",         PSL_FIELD_REF,     N_("Kind of contact"), "interaction_kind" },
  { "occurred_at",  PSL_FIELD_DATE,    N_("Date") },
  { "duration_min", PSL_FIELD_INTEGER, N_("Duration in minutes") },
  { "contact_id",   PSL_FIELD_ID,      N_("Contact") },
  { "staff_id",     PSL_FIELD_ID,      N_("Staff member") },
  { "purpose",      PSL_FIELD_TEXT,    N_("Purpose") },
  { "outcome",      PSL_FIELD_TEXT,    N_("Outcome") },
  { "next_step",    PSL_FIELD_TEXT,    N_("Next step") },
  { "next_due",     PSL_FIELD_DATE,    N_("Reminder date") },
  { "next_done_on", PSL_FIELD_DATE,    N_("Reminder done on") },
  { NULL }
};

const char *const psl_visit_topic_codes[PSL_VISIT_N_TOPICS] = { "activity", "needs", "services" };
const char *const psl_visit_topic_labels[PSL_VISIT_N_TOPICS] = {
  N_("The firm's activity and organisation"),
  N_("Needs heard"),
  N_("Services proposed"),
};

void
psl_interaction_free (PslInteraction *i)
{
  if (i == NULL)
    return;
  g_free (i->id);
  g_free (i->company_id);
  g_free (i->contact_id);
  g_free (i->contact_name);
  g_free (i->staff_id);
  g_free (i->staff_name);
  g_free (i->kind);
  g_free (i->kind_label);
  g_free (i->occurred_at);
  g_free (i->purpose);
  g_free (i->outcome);
  g_free (i->details);
  g_free (i->next_step);
  g_free (i->next_due);
  g_free (i->next_done_on);
  g_free (i);
}

void
psl_recent_contact_free (PslRecentContact *r)
{
  if (r == NULL)
    return;
  g_free (r->staff_name);
  g_free (r->occurred_at);
  g_free (r->kind_label);
  g_free (r);
}

char *
psl_interaction_create (PslStore   *store,
                        const char *company_id,
                        const char *kind,
                        const char *occurred_at,
                        const char *staff_id,
                        GError    **error)
{
  const PslField *kind_field = psl_record_find_field (psl_interaction_fields, "kind");
  const PslField *date_field = psl_record_find_field (psl_interaction_fields, "occurred_at");
  g_autofree char *checked_kind = NULL;
  g_autofree char *checked_date = NULL;
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GError *local_error = NULL;

  checked_kind = psl_record_check (store, kind_field, kind, &local_error);
  if (checked_kind == NULL && local_error == NULL)
    g_set_error (&local_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("Say what kind of contact it was."));
  if (local_error == NULL)
    checked_date = psl_record_check (store, date_field, occurred_at, &local_error);
  if (checked_date == NULL && local_error == NULL)
    g_set_error (&local_error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                 _("Give the date of the contact."));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  id = psl_new_id ();
  stmt = psl_store_prepare (store,
                            "INSERT INTO interaction (id, company_id, kind, occurred_at, staff_id, duration_min)"
                            " VALUES (?1, ?2, ?3, ?4, coalesce (?5, psl_actor ()), CASE ?3 WHEN 'visite' THEN ?6 END);",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, checked_kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, checked_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, PSL_INTERACTION_VISIT_MINUTES);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;

  return g_steal_pointer (&id);
}

/* A reminder before the contact it follows is a typing mistake. */
static gboolean
check_order (PslStore   *store,
             const char *id,
             const char *column,
             const char *value,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *occurred;

  if (value == NULL || (g_strcmp0 (column, "next_due") != 0 && g_strcmp0 (column, "next_done_on") != 0))
    return TRUE;

  stmt = psl_store_prepare (store, "SELECT substr(occurred_at, 1, 10) FROM interaction WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return TRUE;

  occurred = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (value, occurred) < 0)
    {
      g_autofree char *date = psl_format_date (occurred);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The reminder cannot be before the contact itself (%s)."), date);
      return FALSE;
    }

  return TRUE;
}

gboolean
psl_interaction_set (PslStore   *store,
                     const char *id,
                     const char *column,
                     const char *value,
                     GError    **error)
{
  const PslField *field = psl_record_find_field (psl_interaction_fields, column);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *checked = NULL;

  g_return_val_if_fail (field != NULL, FALSE);

  if (field->kind == PSL_FIELD_DATE)
    {
      checked = psl_record_check (store, field, value, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (!check_order (store, id, column, checked, error))
        return FALSE;
    }

  return psl_record_set (store, "interaction", psl_interaction_fields, id, column,
                         checked != NULL ? checked : value, error);
}

/* Records the visit template: topics has PSL_VISIT_N_TOPICS texts, NULL
 * or empty for a topic not covered; none at all clears it. */
gboolean
psl_interaction_set_visit (PslStore           *store,
                           const char         *id,
                           const char * const *topics,
                           GError            **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = NULL;
  guint said = 0;

  json_builder_begin_object (builder);
  for (guint t = 0; t < PSL_VISIT_N_TOPICS; t++)
    {
      g_autofree char *text = topics[t] != NULL ? g_strstrip (g_strdup (topics[t])) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (strlen (text) > PSL_TEXT_MAX)
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                       _("“%s” is too long: %d characters at most."), _(psl_visit_topic_labels[t]), PSL_TEXT_MAX);
          return FALSE;
        }
      json_builder_set_member_name (builder, psl_visit_topic_codes[t]);
      json_builder_add_string_value (builder, text);
      said++;
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = said > 0 ? json_generator_to_data (generator, NULL) : NULL;

  stmt = psl_store_prepare (store, "UPDATE interaction SET details = ?2 WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* The visit template as a line to read: "Needs heard: … · Services…". */
char *
psl_interaction_visit_text (const char *details)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *object;

  if (details == NULL || !json_parser_load_from_data (parser, details, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
  for (guint t = 0; t < PSL_VISIT_N_TOPICS; t++)
    {
      const char *value = json_object_get_string_member_with_default (object, psl_visit_topic_codes[t], NULL);
      g_autofree char *part = NULL;

      if (value == NULL)
        continue;
      /* Translators: a topic of the visit template and what was said */
      part = g_strdup_printf (_("%1$s: %2$s"), _(psl_visit_topic_labels[t]), value);
      psl_append_part (text, part);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

gboolean
psl_interaction_reminder_done (PslStore   *store,
                               const char *id,
                               const char *done_on,
                               GError    **error)
{
  return psl_interaction_set (store, id, "next_done_on", done_on, error);
}

#define COL(i) g_strdup ((const char *) sqlite3_column_text (stmt, (i)))

GPtrArray *
psl_interaction_list_for_company (PslStore   *store,
                                  const char *company_id,
                                  GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_interaction_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT i.id, i.company_id, i.contact_id,"
    "       ifnull(c.first_name || ' ', '') || c.last_name,"
    "       i.staff_id, s.first_name || ' ' || s.last_name, i.kind, k.label, i.occurred_at,"
    "       coalesce(i.duration_min, -1), i.purpose, i.outcome, i.details, i.next_step,"
    "       i.next_due, i.next_done_on"
    "  FROM interaction i"
    "  LEFT JOIN contact c ON c.id = i.contact_id"
    "  LEFT JOIN staff s ON s.id = i.staff_id"
    "  LEFT JOIN ref_item k ON k.list_code = 'interaction_kind' AND k.code = i.kind"
    " WHERE i.company_id = ?1 AND i.deleted_at IS NULL"
    " ORDER BY i.occurred_at DESC;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslInteraction *i = g_new0 (PslInteraction, 1);

      i->id = COL (0);
      i->company_id = COL (1);
      i->contact_id = COL (2);
      i->contact_name = COL (3);
      i->staff_id = COL (4);
      i->staff_name = COL (5);
      i->kind = COL (6);
      i->kind_label = COL (7);
      i->occurred_at = COL (8);
      i->duration_min = sqlite3_column_int64 (stmt, 9);
      i->purpose = COL (10);
      i->outcome = COL (11);
      i->details = COL (12);
      i->next_step = COL (13);
      i->next_due = COL (14);
      i->next_done_on = COL (15);
      g_ptr_array_add (list, i);
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the journal"));
      return NULL;
    }

  return g_steal_pointer (&list);
}

PslRecentContact *
psl_interaction_recent_by_others (PslStore   *store,
                                  const char *company_id,
                                  const char *staff_id,
                                  const char *today)
{
  g_autofree char *since = g_strdup_printf ("-%d days", PSL_INTERACTION_RECENT_DAYS);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT s.first_name || ' ' || s.last_name, i.occurred_at, k.label"
    "  FROM interaction i JOIN staff s ON s.id = i.staff_id"
    "  LEFT JOIN ref_item k ON k.list_code = 'interaction_kind' AND k.code = i.kind"
    " WHERE i.company_id = ?1 AND i.deleted_at IS NULL"
    "   AND i.occurred_at >= date(?3, ?4) AND i.occurred_at <= ?3 || 'T99'"
    "   AND (?2 IS NULL OR i.staff_id IS NOT ?2)"
    " ORDER BY i.occurred_at DESC LIMIT 1;",
    NULL);
  PslRecentContact *recent;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, since, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  recent = g_new0 (PslRecentContact, 1);
  recent->staff_name = COL (0);
  recent->occurred_at = COL (1);
  recent->kind_label = COL (2);
  return recent;
}
