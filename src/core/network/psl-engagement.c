/* psl-engagement.c — a firm's engagement (Annexe 5 survey) and its partnership level
 *
 * The survey's questions live in the questionnaire template of migration
 * 3; a "yes" to a question that names a phase can open an opportunity in
 * that phase, so that a promise in a survey becomes something to follow.
 *
 * The suggested level follows the ladder of DOMAIN.md, from the data:
 *   référencée       the firm is known, nothing opened yet;
 *   transactionnelle only job offers (employment phase) in the last two years;
 *   engagée          at least one opportunity outside employment;
 *   partenaire       opportunities in two phases or more, regular contacts
 *                    (six a year or more) and a named contact;
 *   fidélisée        a formal partnership (charter, convention, agreement) in force.
 * "Ambassadrice" (a firm that testifies to its peers) cannot be seen in the
 * data: only a person sets it.
 */

#define G_LOG_DOMAIN "psl-engagement"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-engagement.h"
#include "psl-opportunity.h"
#include "psl-ref.h"
#include "psl-store-private.h"

static JsonObject *
load_template (PslStore *store,
               char    **template_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT id, definition FROM questionnaire_template WHERE code = ?1;", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, PSL_ENGAGEMENT_TEMPLATE, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      !json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, 1), -1, NULL))
    return NULL;

  if (template_id != NULL)
    *template_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Calls func for each question of the template. */
static void
foreach_question (JsonObject *definition,
                  void      (*func) (JsonObject *question, gpointer data),
                  gpointer    data)
{
  JsonArray *blocks = json_object_get_array_member (definition, "blocks");

  for (guint b = 0; b < json_array_get_length (blocks); b++)
    {
      JsonArray *questions = json_object_get_array_member (json_array_get_object_element (blocks, b),
                                                           "questions");

      for (guint q = 0; q < json_array_get_length (questions); q++)
        func (json_array_get_object_element (questions, q), data);
    }
}

static void
add_yes_no (JsonObject *question,
            gpointer    data)
{
  if (g_strcmp0 (json_object_get_string_member (question, "kind"), "yes_no") == 0)
    g_ptr_array_add (data, g_strdup (json_object_get_string_member (question, "code")));
}

void
psl_question_free (PslQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->block);
  g_free (question->code);
  g_free (question->kind);
  g_free (question->label);
  g_free (question);
}

/* The questions of the survey, block by block, as the template has them. */
GPtrArray *
psl_engagement_questions (PslStore *store)
{
  g_autoptr(JsonObject) definition = load_template (store, NULL);
  GPtrArray *questions = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_question_free);
  JsonArray *blocks;

  if (definition == NULL)
    return questions;
  blocks = json_object_get_array_member (definition, "blocks");
  for (guint b = 0; b < json_array_get_length (blocks); b++)
    {
      JsonObject *block = json_array_get_object_element (blocks, b);
      JsonArray *items = json_object_get_array_member (block, "questions");

      for (guint q = 0; q < json_array_get_length (items); q++)
        {
          JsonObject *item = json_array_get_object_element (items, q);
          PslQuestion *question = g_new0 (PslQuestion, 1);

          question->block = g_strdup (json_object_get_string_member (block, "title"));
          question->code = g_strdup (json_object_get_string_member (item, "code"));
          question->kind = g_strdup (json_object_get_string_member (item, "kind"));
          question->label = g_strdup (json_object_get_string_member (item, "label"));
          question->phase = json_object_get_int_member_with_default (item, "phase", 0);
          g_ptr_array_add (questions, question);
        }
    }
  return questions;
}

void
psl_level_change_free (PslLevelChange *change)
{
  if (change == NULL)
    return;
  g_free (change->set_on);
  g_free (change->level);
  g_free (change->suggested);
  g_free (change->staff_name);
  g_free (change->reason);
  g_free (change);
}

static gpointer
read_change (sqlite3_stmt *stmt)
{
  PslLevelChange *change = g_new0 (PslLevelChange, 1);

  change->set_on = psl_column_dup (stmt, 0);
  change->level = psl_column_dup (stmt, 1);
  change->suggested = psl_column_dup (stmt, 2);
  change->staff_name = psl_column_dup (stmt, 3);
  change->reason = psl_column_dup (stmt, 4);
  return change;
}

/* The partnership levels set for a firm, the latest first, with labels. */
GPtrArray *
psl_company_level_history (PslStore   *store,
                           const char *company_id,
                           GError    **error)
{
  return psl_store_collect (store,
    "SELECT h.set_on, coalesce(l.label, h.level), s.label,"
    "       nullif(trim(coalesce(st.first_name, '') || ' ' || coalesce(st.last_name, '')), ''), h.reason"
    "  FROM partnership_level_history h"
    "  LEFT JOIN ref_item l ON l.list_code = 'partnership_level' AND l.code = h.level"
    "  LEFT JOIN ref_item s ON s.list_code = 'partnership_level' AND s.code = h.suggested"
    "  LEFT JOIN staff st ON st.id = h.set_by"
    " WHERE h.company_id = ?1 ORDER BY h.set_on DESC, h.created_at DESC;",
    company_id, read_change, (GDestroyNotify) psl_level_change_free, _("Reading the partnership levels"), error);
}

GPtrArray *
psl_engagement_yes_no_codes (PslStore *store)
{
  g_autoptr(JsonObject) definition = load_template (store, NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  if (definition != NULL)
    foreach_question (definition, add_yes_no, codes);
  return codes;
}

typedef struct
{
  PslStore   *store;
  const char *company_id;
  const char *answered_on;
  GHashTable *answers;
  guint       opened;
  GError     *error;
} OpenState;

static void
open_for_yes (JsonObject *question,
              gpointer    data)
{
  OpenState *st = data;
  const char *code = json_object_get_string_member (question, "code");
  g_autofree char *posts_code = g_strconcat (code, "_posts", NULL);
  const char *posts;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  PslPhase phase;

  if (st->error != NULL || !json_object_has_member (question, "phase") ||
      g_strcmp0 (g_hash_table_lookup (st->answers, code), "yes") != 0)
    return;

  phase = (PslPhase) json_object_get_int_member (question, "phase");
  posts = g_hash_table_lookup (st->answers, posts_code);
  /* Translators: the title of an opportunity opened from a survey answer:
   * %1$s is the phase, %2$s the posts the firm named */
  title = posts != NULL && *posts != '\0'
          ? g_strdup_printf (_("%1$s: %2$s"), psl_phase_label (phase), posts)
          : g_strdup (psl_phase_label (phase));

  id = psl_opportunity_create (st->store, st->company_id, phase, title, st->answered_on, &st->error);
  if (id == NULL)
    return;
  if (!psl_opportunity_set (st->store, id, "subtype", json_object_get_string_member (question, "subtype"), &st->error) ||
      !psl_opportunity_set (st->store, id, "origin", "action_negociee", &st->error) ||
      (posts != NULL && !psl_opportunity_set (st->store, id, "trade", posts, &st->error)))
    return;
  st->opened++;
}

char *
psl_engagement_save (PslStore   *store,
                     const char *company_id,
                     const char *answered_on,
                     GHashTable *answers,
                     gboolean    open_opportunities,
                     guint      *n_opened,
                     GError    **error)
{
  g_autofree char *template_id = NULL;
  g_autoptr(JsonObject) definition = load_template (store, &template_id);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = NULL;
  g_autofree char *id = psl_new_id ();
  OpenState st = { store, company_id, answered_on, answers, 0, NULL };
  GHashTableIter iter;
  gpointer key, value;

  if (definition == NULL)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_MIGRATION,
                   _("The engagement survey is missing from this database."));
      return NULL;
    }

  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, value);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  if (!psl_store_begin (store, error))
    return NULL;

  stmt = psl_store_prepare (store,
                            "INSERT INTO questionnaire_response (id, template_id, subject_kind, subject_id,"
                            " answered_on, answers) VALUES (?1, ?2, 'company', ?3, ?4, ?5);", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, template_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, answered_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, json, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    goto fail;

  if (open_opportunities)
    {
      foreach_question (definition, open_for_yes, &st);
      if (st.error != NULL)
        {
          g_propagate_error (error, st.error);
          goto fail;
        }
    }

  if (!psl_store_commit (store, error))
    goto fail;

  if (n_opened != NULL)
    *n_opened = st.opened;
  return g_steal_pointer (&id);

fail:
  psl_store_rollback (store);
  return NULL;
}

GHashTable *
psl_engagement_latest (PslStore   *store,
                       const char *company_id,
                       char      **answered_on)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT r.answered_on, r.answers FROM questionnaire_response r"
    "  JOIN questionnaire_template t ON t.id = r.template_id"
    " WHERE t.code = ?1 AND r.subject_kind = 'company' AND r.subject_id = ?2 AND r.deleted_at IS NULL"
    " ORDER BY r.answered_on DESC, r.created_at DESC LIMIT 1;", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *answers;
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, PSL_ENGAGEMENT_TEMPLATE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      !json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, 1), -1, NULL))
    return NULL;

  answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    g_hash_table_insert (answers, g_strdup (l->data),
                         g_strdup (json_object_get_string_member (object, l->data)));

  if (answered_on != NULL)
    *answered_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return answers;
}

const char *
psl_company_suggest_level (PslStore   *store,
                           const char *company_id,
                           const char *today,
                           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT"
    " (SELECT count(*) FROM partnership p WHERE p.company_id = ?1 AND p.deleted_at IS NULL"
    "    AND p.instrument IN ('charte', 'convention', 'accord_pluriannuel')"
    "    AND p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?2)),"
    " (SELECT count(DISTINCT phase) FROM opportunity o WHERE o.company_id = ?1 AND o.deleted_at IS NULL"
    "    AND o.proposed_on >= date(?2, '-2 years')),"
    " (SELECT count(*) FROM opportunity o WHERE o.company_id = ?1 AND o.deleted_at IS NULL"
    "    AND o.proposed_on >= date(?2, '-2 years') AND o.phase < 4),"
    " (SELECT count(*) FROM opportunity o WHERE o.company_id = ?1 AND o.deleted_at IS NULL"
    "    AND o.proposed_on >= date(?2, '-2 years')),"
    " (SELECT count(*) FROM interaction i WHERE i.company_id = ?1 AND i.deleted_at IS NULL"
    "    AND i.occurred_at >= date(?2, '-1 year')),"
    " (SELECT count(*) FROM contact c WHERE c.company_id = ?1 AND c.deleted_at IS NULL AND c.active = 1);",
    error);
  int formal, phases, outside_employment, opportunities, contacts_year, named;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the firm"));
      return NULL;
    }

  formal = sqlite3_column_int (stmt, 0);
  phases = sqlite3_column_int (stmt, 1);
  outside_employment = sqlite3_column_int (stmt, 2);
  opportunities = sqlite3_column_int (stmt, 3);
  contacts_year = sqlite3_column_int (stmt, 4);
  named = sqlite3_column_int (stmt, 5);

  if (formal > 0)
    return "fidelisee";
  if (phases >= 2 && contacts_year >= 6 && named > 0)
    return "partenaire";
  if (outside_employment > 0)
    return "engagee";
  if (opportunities > 0)
    return "transactionnelle";
  return "referencee";
}

gboolean
psl_company_set_level (PslStore   *store,
                       const char *company_id,
                       const char *level,
                       const char *staff_id,
                       const char *reason,
                       const char *today,
                       GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *suggested = psl_company_suggest_level (store, company_id, today, &local_error);
  g_autoptr(sqlite3_stmt) history = NULL;
  g_autoptr(sqlite3_stmt) company = NULL;
  g_autofree char *id = psl_new_id ();

  if (suggested == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!psl_ref_has_code (store, "partnership_level", level))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is not a partnership level."), level);
      return FALSE;
    }

  if (!psl_store_begin (store, error))
    return FALSE;

  /* The suggestion of the day is kept beside the choice: the history shows
   * where the two parted. */
  history = psl_store_prepare (store,
                               "INSERT INTO partnership_level_history (id, company_id, level, suggested,"
                               " set_by, set_on, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);", error);
  company = psl_store_prepare (store, "UPDATE company SET partnership_level = ?2 WHERE id = ?1;", error);
  if (history == NULL || company == NULL)
    goto fail;
  sqlite3_bind_text (history, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 3, level, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 4, suggested, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 5, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 6, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (history, 7, reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (company, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (company, 2, level, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, history, error) || !psl_store_step_done (store, company, error) ||
      !psl_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  psl_store_rollback (store);
  return FALSE;
}
