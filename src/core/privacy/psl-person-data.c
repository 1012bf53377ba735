/* psl-person-data.c — everything held on one person, for their right of access and to portability */

#define G_LOG_DOMAIN "psl-person-data"

#include "config.h"

#include <stdlib.h>

#include "psl-i18n.h"

#include "psl-alert.h"
#include "psl-audit.h"
#include "psl-barrier.h"
#include "psl-commitment.h"
#include "psl-consent.h"
#include "psl-followup.h"
#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-person-data.h"
#include "psl-person.h"
#include "psl-placement.h"
#include "psl-privacy.h"
#include "psl-ref.h"
#include "psl-sensitive.h"
#include "psl-mentor.h"
#include "psl-store-private.h"

typedef struct
{
  const char     *table;
  const char     *title;
  const PslField *fields;      /* for the labels; NULL: the fallbacks below */
  const char     *where;       /* ?1 is the person */
} Section;

static const Section sections[] = {
  { "person",                 N_("Identity and pathway"),  psl_person_fields,    "id = ?1" },
  { "person_referent",        N_("Referents"),             NULL,                 "person_id = ?1" },
  { "person_sensitive",       N_("Confidential part"),     psl_sensitive_fields, "person_id = ?1" },
  { "barrier",                N_("Barriers"),              psl_barrier_fields,   "person_id = ?1" },
  { "consent",                N_("Consents"),              psl_consent_fields,   "person_id = ?1" },
  { "commitment",             N_("Commitment contracts"),  psl_commitment_fields, "person_id = ?1" },
  { "placement",              N_("Placements"),            psl_placement_fields, "person_id = ?1" },
  { "followup",               N_("Follow-ups in work"),    psl_followup_fields,  "person_id = ?1" },
  { "alert",                  N_("Alerts"),                psl_alert_fields,     "person_id = ?1" },
  { "exit_survey",            N_("Surveys after exit"),    NULL,                 "person_id = ?1" },
  { "referral",               N_("Referrals"),             NULL,                 "person_id = ?1" },
  { "mentorship",             N_("Mentoring"),             psl_mentorship_fields, "person_id = ?1" },
  { "mentor_meeting",         N_("Meetings with the mentor"), psl_mentor_meeting_fields,
    "mentorship_id IN (SELECT id FROM mentorship WHERE person_id = ?1)" },
  { "clause_hours",           N_("Hours on public contracts with a social clause"), NULL, "person_id = ?1" },
  { "competence_evaluation",  N_("Competence evaluations"), NULL,                "person_id = ?1" },
  { "note",                   N_("Notes"),                 NULL,                 "subject_kind = 'person' AND subject_id = ?1" },
  { "questionnaire_response", N_("Questionnaires"),        NULL,                 "subject_kind = 'person' AND subject_id = ?1" },
  { "audit_entry",            N_("Who read or exported this file"), NULL,        "person_id = ?1" },
};

/* Columns that say nothing to the person: the machinery of the file. */
static const char *const skipped[] = {
  "id", "site_id", "person_id", "subject_kind", "subject_id", "created_by", "updated_by", "updated_at",
  "merged_into", "account", "anonymised_on", "confidential_erased_on", NULL
};

static const struct { const char *column; const char *label; } fallback_labels[] = {
  { "created_at",   N_("Recorded on") },
  { "deleted_at",   N_("Deleted on") },
  { "staff_id",     N_("Staff member") },
  { "recorded_by",  N_("Recorded by") },
  { "partner_id",   N_("Partner") },
  { "from_date",    N_("From") },
  { "to_date",      N_("To") },
  { "received_on",  N_("Received on") },
  { "notes",        N_("Notes") },
  { "title",        N_("Title") },
  { "body",         N_("Text") },
  { "months",       N_("Months after exit") },
  { "due_on",       N_("Due on") },
  { "done_on",      N_("Done on") },
  { "outcome",      N_("Outcome") },
  { "answered_on",  N_("Answered on") },
  { "answers",      N_("Answers") },
  { "respondent",   N_("Respondent") },
  { "at",           N_("When (UTC)") },
  { "action",       N_("Action") },
  { "detail",       N_("Detail") },
  { "exit_outcome", N_("Outcome at exit") },
  { "phase",        N_("Pathway phase") },
  { "antenna_id",   N_("Antenna") },
  { "opportunity_id", N_("Opportunity") },
  { "company_id",   N_("Firm") },
  { "factors",      N_("Weakening factors") },
  { "risk_level",   N_("Risk") },
  { "placement_id", N_("Placement") },
  { "evaluation",   N_("Evaluation of the immersion") },
  { "mode",         N_("How") },
  { "tripartite",   N_("With the person and the employer") },
  { "participants", N_("Who took part") },
  { "contract_id",  N_("Public contract") },
  { "from_on",      N_("From") },
  { "to_on",        N_("To") },
  { "hours",        N_("Hours done") },
};

/* Identifiers shown as the name they stand for. */
static const struct { const char *column; const char *sql; } names[] = {
  { "company_id",          "SELECT coalesce(trade_name, legal_name) FROM company WHERE id = ?1;" },
  { "antenna_id",          "SELECT name FROM site WHERE id = ?1;" },
  { "partner_id",          "SELECT name FROM partner WHERE id = ?1;" },
  { "prescriber_id",       "SELECT name FROM partner WHERE id = ?1;" },
  { "referent_id",         "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;" },
  { "staff_id",            "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;" },
  { "recorded_by",         "SELECT first_name || ' ' || last_name FROM staff WHERE id = ?1;" },
  { "tutor_id",            "SELECT first_name || ' ' || last_name FROM contact WHERE id = ?1;" },
  { "employer_contact_id", "SELECT first_name || ' ' || last_name FROM contact WHERE id = ?1;" },
  { "placement_id",        "SELECT coalesce(c.trade_name, c.legal_name) FROM placement p JOIN company c ON c.id = p.company_id WHERE p.id = ?1;" },
  { "opportunity_id",      "SELECT title FROM opportunity WHERE id = ?1;" },
  { "mentor_id",           "SELECT name FROM mentor WHERE id = ?1;" },
  { "mentorship_id",       "SELECT m.name FROM mentorship s JOIN mentor m ON m.id = s.mentor_id WHERE s.id = ?1;" },
  { "contract_id",         "SELECT title || ' (' || buyer || ')' FROM clause_contract WHERE id = ?1;" },
};

const PslField *
psl_person_data_field (const char *table,
                       const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].table, table) == 0 && sections[i].fields != NULL)
      return psl_record_find_field (sections[i].fields, column);
  return NULL;
}

const char *
psl_person_data_column_label (const char *table,
                              const char *column)
{
  const PslField *field = psl_person_data_field (table, column);

  if (field != NULL)
    return _(field->label);
  for (guint i = 0; i < G_N_ELEMENTS (fallback_labels); i++)
    if (g_strcmp0 (fallback_labels[i].column, column) == 0)
      return _(fallback_labels[i].label);
  return column;
}

static char *
name_of (PslStore   *store,
         const char *column,
         const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].column, column) == 0)
      {
        g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, names[i].sql, NULL);

        if (stmt == NULL)
          return NULL;
        sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
        return sqlite3_step (stmt) == SQLITE_ROW ? psl_column_dup (stmt, 0) : NULL;
      }
  return NULL;
}

/* Codes of columns kept outside the records' fields, shown as the words
 * the program uses for them everywhere else. */
static const struct { const char *table; const char *column; const char *(*label) (const char *code); } coded[] = {
  { "followup",    "mode",   psl_followup_mode_label },
  { "audit_entry", "action", psl_audit_action_label },
  { "alert",       "raised_by", psl_alert_raiser_label },
  { "person_sensitive", "category", psl_sensitive_category_label },
  { "commitment",  "review_outcome", psl_commitment_outcome_label },
};

/* Codes of a reference list kept in a column that has no field of its own. */
static const struct { const char *column; const char *list; } listed[] = {
  { "factors",      "weakening_factor" },
  { "outcome",      "outcome" },
  { "exit_outcome", "outcome" },
};

/* A JSON array of codes of list, as their labels joined: "Horaires
 * pénibles, Vie personnelle". */
static char *
labels_of (PslStore   *store,
           const char *list,
           const char *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonNode *root;

  if (!json_parser_load_from_data (parser, value, -1, NULL) || (root = json_parser_get_root (parser)) == NULL
      || !JSON_NODE_HOLDS_ARRAY (root))
    return psl_ref_label (store, list, value);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      const char *code = json_array_get_string_element (json_node_get_array (root), i);
      g_autofree char *label = code != NULL ? psl_ref_label (store, list, code) : NULL;

      psl_append_separated (text, ", ", label != NULL ? label : code);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A value as the person reads it: a name for an identifier, a label for
 * a code, yes or no, an evaluation as text; NULL to show it as it is. */
static char *
shown_value (PslStore      *store,
             const char    *table,
             const char    *column,
             const char    *value)
{
  const PslField *field = psl_person_data_field (table, column);
  char *name = name_of (store, column, value);

  if (name != NULL)
    return name;
  for (guint i = 0; i < G_N_ELEMENTS (coded); i++)
    if (g_strcmp0 (coded[i].table, table) == 0 && g_strcmp0 (coded[i].column, column) == 0)
      {
        const char *label = coded[i].label (value);

        return label != NULL && *label != '\0' ? g_strdup (label) : NULL;
      }
  for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
    if (g_strcmp0 (listed[i].column, column) == 0 && (field == NULL || field->kind != PSL_FIELD_REF))
      return labels_of (store, listed[i].list, value);
  if (g_strcmp0 (column, "risk_level") == 0)
    return g_strdup (psl_alert_risk_label (atoi (value)));
  if (g_strcmp0 (column, "evaluation") == 0)
    {
      g_autoptr(PslImmersionReview) review = psl_immersion_review_parse (value, NULL);

      return review != NULL ? psl_immersion_review_to_text (review) : NULL;
    }
  if (g_strcmp0 (column, "tripartite") == 0 || (field != NULL && field->kind == PSL_FIELD_BOOLEAN))
    return g_strdup (g_strcmp0 (value, "0") == 0 ? _("No") : _("Yes"));
  if (field != NULL && field->kind == PSL_FIELD_REF)
    return psl_ref_label (store, field->ref_list, value);
  if (field != NULL && field->kind == PSL_FIELD_CHOICE)
    return g_strdup (psl_choice_label (field->labels, value));
  return NULL;
}

static gboolean
is_sealed (const char *table,
           const char *column)
{
  return (g_strcmp0 (table, "person_sensitive") == 0 && g_strcmp0 (column, "detail") == 0) ||
         (g_strcmp0 (table, "barrier") == 0 && g_strcmp0 (column, "notes") == 0);
}

static JsonNode *
read_section (PslStore      *store,
              const Section *section,
              const char    *person_id,
              GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s ORDER BY created_at, id;",
                                          section->table, section->where);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row_id = (const char *) sqlite3_column_text (stmt, 0);

      json_builder_begin_object (builder);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *column = sqlite3_column_name (stmt, c);
          const char *value = (const char *) sqlite3_column_text (stmt, c);
          g_autofree char *shown = NULL;

          if (value == NULL || g_strv_contains (skipped, column))
            continue;
          if (is_sealed (section->table, column))
            {
              g_autofree char *binding = g_strdup_printf ("%s.%s/%s", section->table, column, row_id);

              if ((shown = psl_privacy_open_text (store, value, binding, error)) == NULL)
                return NULL;
            }
          else if ((shown = shown_value (store, section->table, column, value)) == NULL)
            shown = g_strdup (value);
          json_builder_set_member_name (builder, column);
          json_builder_add_string_value (builder, shown);
        }
      json_builder_end_object (builder);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading a person’s data"));
      return NULL;
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

JsonNode *
psl_person_data_collect (PslStore   *store,
                         const char *person_id,
                         gboolean    for_print,
                         GError    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *now = psl_now_timestamp ();

  {
    g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, "SELECT id FROM person WHERE id = ?1;", error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        g_set_error_literal (error, PSL_PRIVACY_ERROR, PSL_PRIVACY_ERROR_INVALID,
                             _("There is no such person in the database."));
        return NULL;
      }
  }
  /* Everything includes the confidential part: only those who may read
   * it give it, and it is journaled before anything is read. */
  if (!psl_privacy_may_read (store, person_id, error) ||
      !psl_audit_add (store, for_print ? PSL_AUDIT_PRINT : PSL_AUDIT_EXPORT, person_id,
                      for_print ? _("access document") : _("JSON export"), error))
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "passerelle-person-data-1");
  json_builder_set_member_name (builder, "written_at");
  json_builder_add_string_value (builder, now);
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_string_value (builder, person_id);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      JsonNode *records = read_section (store, &sections[i], person_id, error);

      if (records == NULL)
        return NULL;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "table");
      json_builder_add_string_value (builder, sections[i].table);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, _(sections[i].title));
      json_builder_set_member_name (builder, "records");
      json_builder_add_value (builder, records);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

gboolean
psl_person_data_write_json (JsonNode   *data,
                            const char *path,
                            GError    **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, data);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  /* Personal data: readable by its writer only, and whole or not at all. */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
