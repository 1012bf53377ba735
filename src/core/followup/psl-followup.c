/* psl-followup.c — a follow-up in work recorded: who took part, how it goes, what weakens it, what was decided
 *
 * The report follows the questions of seed 000 — the tasks, the team, the
 * hours and the pay as the person feels them, the training promised and
 * given, the person's words and the employer's view — then the factors
 * that weaken the employment relation seen that day and the responses
 * decided.  Lists are kept as JSON arrays in their columns; the answers
 * as one JSON object.  A next date makes the next follow-up, so that the
 * chain of follow-ups never breaks.
 */

#define G_LOG_DOMAIN "psl-followup"

#include "config.h"

#include "psl-i18n.h"
#include <json-glib/json-glib.h>
#include <string.h>

#include "psl-followup.h"
#include "psl-json.h"
#include "psl-format.h"
#include "psl-ref.h"
#include "psl-store-private.h"

const char *const psl_followup_participants[] = { "person", "tutor", "manager", "counsellor", NULL };
const char *const psl_followup_modes[] = { "on_site", "phone", "office", "video", "mail", NULL };
static const char *const question_keys[PSL_FOLLOWUP_N_QUESTIONS] = {
  "tasks", "team", "hours_pay", "training", "person_words", "employer_view",
};

PslFollowupRecord *
psl_followup_record_new (void)
{
  PslFollowupRecord *record = g_new0 (PslFollowupRecord, 1);

  record->participants = g_ptr_array_new_with_free_func (g_free);
  record->factors = g_ptr_array_new_with_free_func (g_free);
  record->responses = g_ptr_array_new_with_free_func (g_free);
  return record;
}

void
psl_followup_record_free (PslFollowupRecord *record)
{
  g_free (record->done_on);
  g_free (record->mode);
  g_ptr_array_unref (record->participants);
  for (guint i = 0; i < PSL_FOLLOWUP_N_QUESTIONS; i++)
    g_free (record->answers[i]);
  g_ptr_array_unref (record->factors);
  g_ptr_array_unref (record->responses);
  g_free (record->next_on);
  g_free (record->next_label);
  g_free (record->placement_id);
  g_free (record);
}

const char *
psl_followup_question (PslFollowupQuestion question)
{
  switch (question)
    {
    case PSL_FOLLOWUP_TASKS: return _("Tasks and integration");
    case PSL_FOLLOWUP_TEAM: return _("Relations with the team");
    case PSL_FOLLOWUP_HOURS_PAY: return _("Hours and pay, as the person feels them");
    case PSL_FOLLOWUP_TRAINING: return _("Training promised and given");
    case PSL_FOLLOWUP_PERSON_WORDS: return _("The person’s own words");
    case PSL_FOLLOWUP_EMPLOYER_VIEW: return _("The employer’s view");
    default: g_return_val_if_reached ("");
    }
}

const char *
psl_followup_participant_label (const char *code)
{
  if (g_strcmp0 (code, "person") == 0)
    return _("The person");
  if (g_strcmp0 (code, "tutor") == 0)
    return _("The tutor");
  if (g_strcmp0 (code, "manager") == 0)
    return _("The line manager");
  if (g_strcmp0 (code, "counsellor") == 0)
    return _("The counsellor");
  return "";
}

const char *
psl_followup_mode_label (const char *code)
{
  if (g_strcmp0 (code, "on_site") == 0)
    return _("At the workplace");
  if (g_strcmp0 (code, "phone") == 0)
    return _("By phone");
  if (g_strcmp0 (code, "office") == 0)
    return _("At the structure");
  if (g_strcmp0 (code, "video") == 0)
    return _("By video");
  if (g_strcmp0 (code, "mail") == 0)
    return _("By mail");
  return "";
}

static void
read_array (const char *json,
            GPtrArray  *into)
{
  g_autoptr(JsonArray) array = psl_json_parse_array (json);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (into, g_strdup (json_node_get_string (node)));
    }
}

static void
read_answers (const char        *json,
              PslFollowupRecord *record)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonObject *object;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  object = json_node_get_object (root);
  for (guint i = 0; i < PSL_FOLLOWUP_N_QUESTIONS; i++)
    {
      const char *answer = json_object_get_string_member_with_default (object, question_keys[i], NULL);

      record->answers[i] = answer != NULL && *answer != '\0' ? g_strdup (answer) : NULL;
    }
}

PslFollowupRecord *
psl_followup_load (PslStore    *store,
                   const char  *followup_id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT f.done_on, f.mode, f.participants, f.record, f.factors, f.responses, f.placement_id,"
    "       pl.stage IN ('immersion', 'contract')"
    "  FROM followup f LEFT JOIN placement pl ON pl.id = f.placement_id AND pl.deleted_at IS NULL"
    " WHERE f.id = ?1 AND f.deleted_at IS NULL;", error);
  g_autoptr(PslFollowupRecord) record = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, followup_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This follow-up is no longer in the database."));
      return NULL;
    }
  record = psl_followup_record_new ();
  record->done_on = sqlite3_column_type (stmt, 0) != SQLITE_NULL ? psl_column_dup (stmt, 0) : psl_today_iso ();
  record->mode = psl_column_dup (stmt, 1);
  read_array ((const char *) sqlite3_column_text (stmt, 2), record->participants);
  read_answers ((const char *) sqlite3_column_text (stmt, 3), record);
  read_array ((const char *) sqlite3_column_text (stmt, 4), record->factors);
  read_array ((const char *) sqlite3_column_text (stmt, 5), record->responses);
  record->placement_id = psl_column_dup (stmt, 6);
  record->under_way = sqlite3_column_int (stmt, 7) == 1;
  return g_steal_pointer (&record);
}

static char *
array_json (GPtrArray *codes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  if (codes->len == 0)
    return NULL;
  json_builder_begin_array (builder);
  for (guint i = 0; i < codes->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (codes, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static char *
answers_json (const PslFollowupRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = 0;

  json_builder_begin_object (builder);
  for (guint i = 0; i < PSL_FOLLOWUP_N_QUESTIONS; i++)
    if (record->answers[i] != NULL && *record->answers[i] != '\0')
      {
        json_builder_set_member_name (builder, question_keys[i]);
        json_builder_add_string_value (builder, record->answers[i]);
        n++;
      }
  json_builder_end_object (builder);
  if (n == 0)
    return NULL;
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
took_part (const PslFollowupRecord *record,
           const char              *who)
{
  for (guint i = 0; i < record->participants->len; i++)
    if (g_strcmp0 (g_ptr_array_index (record->participants, i), who) == 0)
      return TRUE;
  return FALSE;
}

gboolean
psl_followup_save (PslStore                *store,
                   const char              *followup_id,
                   const PslFollowupRecord *record,
                   GError                 **error)
{
  g_autoptr(sqlite3_stmt) read = psl_store_prepare (store,
    "SELECT f.person_id, f.placement_id, f.staff_id, pl.start_date FROM followup f"
    "  LEFT JOIN placement pl ON pl.id = f.placement_id WHERE f.id = ?1 AND f.deleted_at IS NULL;", error);
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *participants = array_json (record->participants);
  g_autofree char *answers = answers_json (record);
  g_autofree char *factors = array_json (record->factors);
  g_autofree char *responses = array_json (record->responses);
  g_autofree char *person_id = NULL;
  g_autofree char *placement_id = NULL;
  g_autofree char *staff_id = NULL;
  gboolean tripartite;

  if (read == NULL)
    return FALSE;
  sqlite3_bind_text (read, 1, followup_id, -1, SQLITE_STATIC);
  if (sqlite3_step (read) != SQLITE_ROW)
    return refuse (error, _("This follow-up is no longer in the database."));
  if (!psl_date_is_iso (record->done_on))
    return refuse (error, _("Give the date of the follow-up, for example 22/11/2026."));
  if (strcmp (record->done_on, today) > 0)
    return refuse (error, _("A follow-up cannot be recorded in the future: record it once it has taken place."));
  if (sqlite3_column_type (read, 3) != SQLITE_NULL && strcmp (record->done_on, (const char *) sqlite3_column_text (read, 3)) < 0)
    return refuse (error, _("A follow-up cannot come before the placement starts."));
  if (record->mode != NULL && !g_strv_contains (psl_followup_modes, record->mode))
    return refuse (error, _("Choose how the follow-up took place."));
  for (guint i = 0; i < record->participants->len; i++)
    if (!g_strv_contains (psl_followup_participants, g_ptr_array_index (record->participants, i)))
      return refuse (error, _("Choose who took part among the person, the tutor, the line manager and the counsellor."));
  for (guint i = 0; i < record->factors->len; i++)
    if (!psl_ref_has_code (store, "weakening_factor", g_ptr_array_index (record->factors, i)))
      return refuse (error, _("A factor is not one of the list: choose it in the preferences’ list."));
  for (guint i = 0; i < record->responses->len; i++)
    if (!psl_ref_has_code (store, "response", g_ptr_array_index (record->responses, i)))
      return refuse (error, _("A response is not one of the list: choose it in the preferences’ list."));
  if (record->next_on != NULL)
    {
      if (!psl_date_is_iso (record->next_on))
        return refuse (error, _("Give the date of the next follow-up, for example 22/11/2026."));
      if (strcmp (record->next_on, record->done_on) <= 0 || strcmp (record->next_on, today) < 0)
        return refuse (error, _("The next follow-up comes after this one, and not in the past."));
    }
  person_id = psl_column_dup (read, 0);
  placement_id = psl_column_dup (read, 1);
  staff_id = psl_column_dup (read, 2);
  /* Tripartite: the person, someone of the firm and the counsellor. */
  tripartite = took_part (record, "person") && took_part (record, "counsellor")
               && (took_part (record, "tutor") || took_part (record, "manager"));

  if (!psl_store_begin (store, error))
    return FALSE;
  update = psl_store_prepare (store,
    "UPDATE followup SET done_on = ?2, mode = ?3, tripartite = ?4, participants = ?5, record = ?6,"
    "       factors = ?7, responses = ?8, updated_by = coalesce (psl_actor (), updated_by) WHERE id = ?1;", error);
  if (update == NULL)
    goto failed;
  sqlite3_bind_text (update, 1, followup_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 2, record->done_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 3, record->mode, -1, SQLITE_STATIC);
  sqlite3_bind_int (update, 4, tripartite);
  sqlite3_bind_text (update, 5, participants, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 6, answers, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 7, factors, -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 8, responses, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, update, error))
    goto failed;
  if (record->next_on != NULL)
    {
      g_autoptr(sqlite3_stmt) next = psl_store_prepare (store,
        "INSERT INTO followup (id, person_id, placement_id, staff_id, label, due_on, planned_on, created_by, updated_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, psl_actor (), psl_actor ());", error);
      g_autofree char *id = psl_new_id ();

      if (next == NULL)
        goto failed;
      sqlite3_bind_text (next, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (next, 2, person_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (next, 3, placement_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (next, 4, staff_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (next, 5, record->next_label != NULL && *record->next_label != '\0'
                                  ? record->next_label : _("Follow-up"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (next, 6, record->next_on, -1, SQLITE_STATIC);
      if (!psl_store_step_done (store, next, error))
        goto failed;
    }
  return psl_store_commit (store, error);

failed:
  psl_store_rollback (store);
  return FALSE;
}

char *
psl_followup_title (PslStore   *store,
                    const char *followup_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT f.label, p.first_name || ' ' || p.last_name FROM followup f JOIN person p ON p.id = f.person_id"
    " WHERE f.id = ?1;", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, followup_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  /* Translators: a follow-up's window: what it is and with whom, "Un mois — Léa Puech" */
  return g_strdup_printf (_("%1$s — %2$s"), (const char *) sqlite3_column_text (stmt, 0),
                          (const char *) sqlite3_column_text (stmt, 1));
}

const PslField psl_followup_fields[] = {
  { "label",  PSL_FIELD_REQUIRED, N_("What it is") },
  { "due_on", PSL_FIELD_DATE,     N_("Planned on") },
  { NULL }
};

char *
psl_followup_create_from_form (PslStore           *store,
                               const char         *person_id,
                               const char * const *columns,
                               const char * const *values,
                               GError            **error)
{
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) defaults = NULL;

  if (psl_record_value_of (columns, values, "due_on") == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the date of the follow-up, for example 22/11/2026."));
      return NULL;
    }
  if ((id = psl_record_insert (store, "followup", psl_followup_fields, "person_id", person_id,
                               columns, values, error)) == NULL)
    return NULL;
  /* With the person's counsellor, about the placement running, if any. */
  defaults = psl_store_prepare (store,
    "UPDATE followup SET planned_on = due_on,"
    "       staff_id = (SELECT referent_id FROM person WHERE id = followup.person_id),"
    "       placement_id = (SELECT id FROM placement WHERE person_id = followup.person_id AND deleted_at IS NULL"
    "                        AND stage IN ('immersion', 'contract') ORDER BY start_date DESC LIMIT 1)"
    " WHERE id = ?1;", error);
  if (defaults == NULL)
    return NULL;
  sqlite3_bind_text (defaults, 1, id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, defaults, error))
    return NULL;
  return g_steal_pointer (&id);
}

static gpointer
read_line (sqlite3_stmt *stmt)
{
  g_autoptr(GString) title = g_string_new ((const char *) sqlite3_column_text (stmt, 1));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  gboolean done = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  g_autofree char *due = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 2));
  g_autofree char *when = NULL;

  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    g_string_append_printf (title, " — %s", sqlite3_column_text (stmt, 6));
  if (done)
    {
      g_autofree char *on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 3));
      /* Translators: a follow-up done, "done on 12/03/2026" */
      when = g_strdup_printf (_("done on %s"), on);
    }
  else
    /* Translators: a follow-up to do, "due on 12/03/2026" */
    when = g_strdup_printf (_("due on %s"), due);
  psl_append_part (subtitle, when);
  psl_append_part (subtitle, psl_followup_mode_label ((const char *) sqlite3_column_text (stmt, 4)));
  if (sqlite3_column_int (stmt, 5))
    psl_append_part (subtitle, _("tripartite"));
  if (sqlite3_column_int (stmt, 7) > 0)
    {
      g_autofree char *factors = g_strdup_printf (psl_ngettext ("%d weakening factor seen",
                                                               "%d weakening factors seen",
                                                               sqlite3_column_int (stmt, 7)),
                                                  sqlite3_column_int (stmt, 7));
      psl_append_part (subtitle, factors);
    }
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    {
      const char *author = (const char *) sqlite3_column_text (stmt, 8);
      g_autofree char *by = done
        /* Translators: who wrote down a follow-up done, "recorded by Anne Roux" */
        ? g_strdup_printf (_("recorded by %s"), author)
        /* Translators: who planned a follow-up, "planned by Anne Roux" */
        : g_strdup_printf (_("planned by %s"), author);

      psl_append_part (subtitle, by);
    }
  return psl_record_line_new (psl_column_dup (stmt, 0), g_string_free (g_steal_pointer (&title), FALSE),
                              g_string_free (g_steal_pointer (&subtitle), FALSE), done);
}

GPtrArray *
psl_followup_lines (PslStore   *store,
                    const char *person_id,
                    GError    **error)
{
  return psl_store_collect (store,
    "SELECT f.id, f.label, f.due_on, f.done_on, f.mode, f.tripartite, coalesce(c.trade_name, c.legal_name),"
    "       coalesce(json_array_length(f.factors), 0), a.first_name || ' ' || a.last_name"
    "  FROM followup f LEFT JOIN placement pl ON pl.id = f.placement_id"
    "  LEFT JOIN staff a ON a.id = coalesce(f.updated_by, f.created_by)"
    "  LEFT JOIN company c ON c.id = pl.company_id"
    " WHERE f.person_id = ?1 AND f.deleted_at IS NULL"
    " ORDER BY f.done_on IS NOT NULL, CASE WHEN f.done_on IS NULL THEN f.due_on END,"
    "          f.done_on DESC;",
    person_id, read_line, (GDestroyNotify) psl_record_line_free, _("Reading the follow-ups"), error);
}
