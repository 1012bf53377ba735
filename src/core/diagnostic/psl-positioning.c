/* psl-positioning.c — Annexe 3: how the structure stands beside the other employment providers
 *
 * Question 51 of the diagnostic grid (seed 004): for each of seventeen
 * expectations of employers, the structure, temporary-work agencies and
 * France Travail (Pôle emploi in the seed) are placed from 1, a weak
 * asset, to 5, a strong one, with lines of work beside.  Stored as the
 * structure's answers to a questionnaire template, one response kept up
 * to date: each rating is saved as it is given.  The template is written
 * on the first save with a fixed id, so that every antenna's copy of the
 * file names the same one.
 */

#define G_LOG_DOMAIN "psl-positioning"

#include "config.h"

#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-format.h"
#include "psl-installation.h"
#include "psl-positioning.h"
#include "psl-store-private.h"

#define TEMPLATE_ID   "a3c5d051-7b1e-4f0a-9c6d-2e8f4b1a7d51"
#define TEMPLATE_CODE "annexe3_positioning"

const char *const psl_positioning_item_codes[PSL_POSITIONING_N_ITEMS] = {
  "volume", "strict_criteria", "public_knowledge", "responsibility", "geographical_reach",
  "skills_engineering", "cost", "simplicity", "short_time", "long_time", "advice", "service_spirit",
  "range", "proximity", "measures", "availability_mobility", "after_sales",
};

/* In the seed's order and words. */
static const char *const item_labels[PSL_POSITIONING_N_ITEMS] = {
  N_("Quantitative choice (a demand for volume)"),
  N_("Strict criteria (precise requirements)"),
  N_("Knowledge of the people accompanied"),
  N_("Responsibility (e.g. a scapegoat)"),
  N_("Geographical reach of the answer"),
  N_("Skills engineering (answering with proposals, setting things up…)"),
  N_("Cost of the service"),
  N_("Simplicity (e.g. being easy to identify)"),
  N_("Short time: reactivity, urgency"),
  N_("Long time of the action (building over time)"),
  N_("Advice and surprise (coming up with proposals)"),
  N_("Spirit of service"),
  N_("Range of services"),
  N_("Nearness"),
  N_("Access to employment measures"),
  N_("Action on availability and mobility"),
  N_("After-sales service"),
};

static const char *const provider_codes[PSL_N_PROVIDERS] = { "structure", "interim", "france_travail" };

const char *
psl_positioning_item_label (guint item)
{
  g_return_val_if_fail (item < PSL_POSITIONING_N_ITEMS, "");
  return _(item_labels[item]);
}

const char *
psl_provider_label (PslProvider provider)
{
  switch (provider)
    {
    case PSL_PROVIDER_STRUCTURE:      return _("Our structure");
    case PSL_PROVIDER_INTERIM:        return _("Temporary work");
    case PSL_PROVIDER_FRANCE_TRAVAIL: return _("France Travail");
    case PSL_N_PROVIDERS:
    default:                          g_return_val_if_reached ("");
    }
}

void
psl_positioning_free (PslPositioning *positioning)
{
  if (positioning == NULL)
    return;
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    g_free (positioning->notes[i]);
  g_free (positioning->answered_on);
  g_free (positioning);
}

/* The response of the structure: its id and answers, NULL when none. */
static char *
find_response (PslStore  *store,
               char     **answers,
               char     **answered_on,
               char     **subject_id,
               GError   **error)
{
  g_autoptr(PslInstallation) inst = psl_installation_load (store, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (inst == NULL)
    return NULL;
  *subject_id = g_strdup (inst->structure_id);
  stmt = psl_store_prepare (store,
    "SELECT r.id, r.answers, r.answered_on FROM questionnaire_response r"
    "  JOIN questionnaire_template t ON t.id = r.template_id"
    " WHERE t.code = ?1 AND r.subject_kind = 'structure' AND r.subject_id = ?2 AND r.deleted_at IS NULL"
    " ORDER BY r.updated_at DESC LIMIT 1;", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, TEMPLATE_CODE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, inst->structure_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  *answers = psl_column_dup (stmt, 1);
  if (answered_on != NULL)
    *answered_on = psl_column_dup (stmt, 2);
  return psl_column_dup (stmt, 0);
}

static JsonObject *
parse_answers (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  return json_object_new ();
}

PslPositioning *
psl_positioning_load (PslStore  *store,
                      GError   **error)
{
  g_autoptr(PslPositioning) positioning = g_new0 (PslPositioning, 1);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *id = find_response (store, &answers, &positioning->answered_on, &subject, &local_error);
  g_autoptr(JsonObject) object = NULL;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  object = parse_answers (answers);
  for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
    {
      JsonObject *item = json_object_has_member (object, psl_positioning_item_codes[i])
                         ? json_object_get_object_member (object, psl_positioning_item_codes[i]) : NULL;

      if (item == NULL)
        continue;
      for (guint p = 0; p < PSL_N_PROVIDERS; p++)
        if (json_object_has_member (item, provider_codes[p]))
          positioning->ratings[i][p] = CLAMP ((int) json_object_get_int_member (item, provider_codes[p]), 0, 5);
      if (json_object_has_member (item, "notes"))
        positioning->notes[i] = g_strdup (json_object_get_string_member (item, "notes"));
    }
  return g_steal_pointer (&positioning);
}

typedef void (*ChangeFunc) (JsonObject *item,
                            gconstpointer data);

/* Reads the response, changes one item with change, writes it back;
 * the template and the response are made the first time. */
static gboolean
change_item (PslStore      *store,
             guint          item,
             ChangeFunc     change,
             gconstpointer  data,
             GError       **error)
{
  g_autofree char *answers = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *id = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *json = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonObject *entry;

  if (!psl_store_begin (store, error))
    return FALSE;
  id = find_response (store, &answers, NULL, &subject, &local_error);
  if (local_error != NULL)
    goto fail;
  object = parse_answers (answers);
  if (!json_object_has_member (object, psl_positioning_item_codes[item]))
    json_object_set_object_member (object, psl_positioning_item_codes[item], json_object_new ());
  entry = json_object_get_object_member (object, psl_positioning_item_codes[item]);
  change (entry, data);
  if (json_object_get_size (entry) == 0)
    json_object_remove_member (object, psl_positioning_item_codes[item]);
  root = json_node_init_object (json_node_alloc (), object);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  if (id == NULL)
    {
      if (!psl_store_exec (store,
                           "INSERT INTO questionnaire_template (id, code, title, version, definition) VALUES ('"
                           TEMPLATE_ID "', '" TEMPLATE_CODE "', 'Positionnement du service (Annexe 3)', 1,"
                           " json('{\"items\": [\"volume\", \"strict_criteria\", \"public_knowledge\","
                           " \"responsibility\", \"geographical_reach\", \"skills_engineering\", \"cost\","
                           " \"simplicity\", \"short_time\", \"long_time\", \"advice\", \"service_spirit\","
                           " \"range\", \"proximity\", \"measures\", \"availability_mobility\", \"after_sales\"],"
                           " \"providers\": [\"structure\", \"interim\", \"france_travail\"], \"scale\": [1, 5]}'))"
                           " ON CONFLICT (code) DO NOTHING;", &local_error))
        goto fail;
      id = psl_new_id ();
      stmt = psl_store_prepare (store,
                                "INSERT INTO questionnaire_response (id, template_id, subject_kind, subject_id,"
                                " answered_on, answers) SELECT ?1, id, 'structure', ?2, ?3, ?4"
                                " FROM questionnaire_template WHERE code = '" TEMPLATE_CODE "';", &local_error);
    }
  else
    stmt = psl_store_prepare (store,
                              "UPDATE questionnaire_response SET answers = ?4, answered_on = ?3,"
                              " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1;", &local_error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, subject, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, json, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, &local_error) || !psl_store_commit (store, &local_error))
    goto fail;
  return TRUE;

fail:
  psl_store_rollback (store);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
check_item (guint    item,
            GError **error)
{
  if (item < PSL_POSITIONING_N_ITEMS)
    return TRUE;
  g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("There is no item %u in the table."), item + 1);
  return FALSE;
}

typedef struct
{
  PslProvider provider;
  int         rating;
} Rating;

static void
set_rating (JsonObject    *item,
            gconstpointer  data)
{
  const Rating *r = data;

  if (r->rating == 0)
    {
      if (json_object_has_member (item, provider_codes[r->provider]))
        json_object_remove_member (item, provider_codes[r->provider]);
    }
  else
    json_object_set_int_member (item, provider_codes[r->provider], r->rating);
}

gboolean
psl_positioning_set_rating (PslStore     *store,
                            guint         item,
                            PslProvider   provider,
                            int           rating,
                            GError      **error)
{
  Rating r = { provider, rating };

  if (!check_item (item, error))
    return FALSE;
  g_return_val_if_fail (provider < PSL_N_PROVIDERS, FALSE);
  if (rating < 0 || rating > 5)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is placed from 1, a weak asset, to 5, a strong one."), psl_positioning_item_label (item));
      return FALSE;
    }
  return change_item (store, item, set_rating, &r, error);
}

static void
set_notes (JsonObject    *item,
           gconstpointer  data)
{
  const char *notes = data;

  if (notes == NULL)
    {
      if (json_object_has_member (item, "notes"))
        json_object_remove_member (item, "notes");
    }
  else
    json_object_set_string_member (item, "notes", notes);
}

gboolean
psl_positioning_set_notes (PslStore     *store,
                           guint         item,
                           const char   *notes,
                           GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (notes != NULL ? notes : ""));

  if (!check_item (item, error))
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The lines of work contain characters that are not valid text."));
      return FALSE;
    }
  return change_item (store, item, set_notes, *text != '\0' ? text : NULL, error);
}
