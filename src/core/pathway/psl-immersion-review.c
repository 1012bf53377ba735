/* psl-immersion-review.c — the end evaluation of an immersion: each skill aimed at, how far acquired, both views
 *
 * Seed 002: the grid is made for each immersion from the objectives set at
 * the first tripartite meeting — the skills expected, each not acquired,
 * partly or fully acquired — with an open question for the host's view
 * and the person's.  It is kept in placement.evaluation as JSON:
 *
 *   { "evaluated_on": "2026-11-20",
 *     "skills": [ { "skill": "…", "level": "not" | "partly" | "fully" } ],
 *     "host_comment": "…", "person_comment": "…" }
 */

#define G_LOG_DOMAIN "psl-immersion-review"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-format.h"
#include "psl-immersion-review.h"
#include "psl-store-private.h"

static const char *const level_codes[PSL_SKILL_N_LEVELS] = { "not", "partly", "fully" };

PslImmersionReview *
psl_immersion_review_new (void)
{
  PslImmersionReview *review = g_new0 (PslImmersionReview, 1);

  review->skills = g_ptr_array_new ();
  return review;
}

static void
skill_free (PslSkillReview *skill)
{
  g_free (skill->skill);
  g_free (skill);
}

void
psl_immersion_review_free (PslImmersionReview *review)
{
  if (review == NULL)
    return;
  g_free (review->evaluated_on);
  g_ptr_array_foreach (review->skills, (GFunc) skill_free, NULL);
  g_ptr_array_unref (review->skills);
  g_free (review->host_comment);
  g_free (review->person_comment);
  g_free (review);
}

void
psl_immersion_review_add (PslImmersionReview *review,
                          const char         *skill,
                          PslSkillLevel       level)
{
  PslSkillReview *item = g_new0 (PslSkillReview, 1);

  item->skill = g_strstrip (g_strdup (skill));
  item->level = CLAMP (level, PSL_SKILL_NOT_ACQUIRED, PSL_SKILL_FULLY_ACQUIRED);
  g_ptr_array_add (review->skills, item);
}

const char *
psl_skill_level_label (PslSkillLevel level)
{
  switch (level)
    {
    case PSL_SKILL_NOT_ACQUIRED: return _("Not acquired");
    case PSL_SKILL_PARTLY_ACQUIRED: return _("Partly acquired");
    case PSL_SKILL_FULLY_ACQUIRED: return _("Fully acquired");
    default: return "";
    }
}

static int
level_from_code (const char *code)
{
  for (int i = 0; i < PSL_SKILL_N_LEVELS; i++)
    if (g_strcmp0 (code, level_codes[i]) == 0)
      return i;
  return -1;
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *value = node != NULL && json_node_get_value_type (node) == G_TYPE_STRING
                      ? json_node_get_string (node) : NULL;

  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

PslImmersionReview *
psl_immersion_review_parse (const char  *json,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PslImmersionReview) review = NULL;
  JsonObject *root;
  JsonArray *skills;
  JsonNode *member;

  if (json == NULL)
    return NULL;
  if (!json_parser_load_from_data (parser, json, -1, NULL) || json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The evaluation of this immersion cannot be read."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  review = psl_immersion_review_new ();
  review->evaluated_on = dup_member (root, "evaluated_on");
  review->host_comment = dup_member (root, "host_comment");
  review->person_comment = dup_member (root, "person_comment");
  /* Written by hand or by another version: whatever is not as expected
   * is left out rather than trusted. */
  member = json_object_get_member (root, "skills");
  skills = member != NULL && JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;
  for (guint i = 0; skills != NULL && i < json_array_get_length (skills); i++)
    {
      JsonNode *node = json_array_get_element (skills, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *skill = item != NULL ? dup_member (item, "skill") : NULL;
      g_autofree char *code = item != NULL ? dup_member (item, "level") : NULL;
      int level = level_from_code (code);

      if (skill != NULL && level >= 0)
        psl_immersion_review_add (review, skill, level);
    }
  return g_steal_pointer (&review);
}

PslImmersionReview *
psl_immersion_review_load (PslStore    *store,
                           const char  *placement_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT evaluation FROM placement WHERE id = ?1 AND deleted_at IS NULL;", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return psl_immersion_review_parse ((const char *) sqlite3_column_text (stmt, 0), error);
}

/* NULL when no skill has a name. */
char *
psl_immersion_review_to_json (const PslImmersionReview *review)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "evaluated_on");
  json_builder_add_string_value (builder, review->evaluated_on);
  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < review->skills->len; i++)
    {
      PslSkillReview *item = g_ptr_array_index (review->skills, i);

      if (item->skill == NULL || *item->skill == '\0')
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "skill");
      json_builder_add_string_value (builder, item->skill);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, level_codes[item->level]);
      json_builder_end_object (builder);
      n++;
    }
  json_builder_end_array (builder);
  if (review->host_comment != NULL)
    {
      json_builder_set_member_name (builder, "host_comment");
      json_builder_add_string_value (builder, review->host_comment);
    }
  if (review->person_comment != NULL)
    {
      json_builder_set_member_name (builder, "person_comment");
      json_builder_add_string_value (builder, review->person_comment);
    }
  json_builder_end_object (builder);
  if (n == 0)
    return NULL;
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

gboolean
psl_immersion_review_save (PslStore                 *store,
                           const char               *placement_id,
                           const PslImmersionReview *review,
                           GError                  **error)
{
  g_autoptr(sqlite3_stmt) check = psl_store_prepare (store,
    "SELECT kind, start_date FROM placement WHERE id = ?1 AND deleted_at IS NULL;", error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *json = NULL;
  const char *start;

  if (check == NULL)
    return FALSE;
  sqlite3_bind_text (check, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (check) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This placement is no longer in the database."));
      return FALSE;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (check, 0), "immersion") != 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Only an immersion has an end evaluation."));
      return FALSE;
    }
  start = (const char *) sqlite3_column_text (check, 1);
  if (start == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the immersion’s start date before its evaluation."));
      return FALSE;
    }
  if (review->evaluated_on == NULL || !psl_date_is_iso (review->evaluated_on))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Give the date of the evaluation, for example 22/11/2026."));
      return FALSE;
    }
  if (strcmp (review->evaluated_on, start) < 0)
    {
      g_autofree char *shown = psl_format_date_short (start);

      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The evaluation cannot come before the immersion starts (%s)."), shown);
      return FALSE;
    }
  if (strcmp (review->evaluated_on, today) > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("An evaluation cannot be dated in the future."));
      return FALSE;
    }

  json = psl_immersion_review_to_json (review);
  if (json == NULL)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("Name at least one skill the immersion aimed at."));
      return FALSE;
    }
  stmt = psl_store_prepare (store, "UPDATE placement SET evaluation = ?2 WHERE id = ?1;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_STATIC);
  return psl_store_step_done (store, stmt, error);
}

/* Objectives are typed one a line, or separated by semicolons; list marks
 * ("- ", "• ") are left out. */
GStrv
psl_immersion_review_skills_from_objectives (const char *objectives)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_regex_split_simple ("[\\n;]+", objectives != NULL ? objectives : "", 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);

      while (*part == '-' || *part == '*' || g_str_has_prefix (part, "•"))
        part = g_strstrip (part + (g_str_has_prefix (part, "•") ? strlen ("•") : 1));
      if (*part != '\0')
        g_strv_builder_add (builder, part);
    }
  return g_strv_builder_end (builder);
}

char *
psl_immersion_review_summary (const PslImmersionReview *review)
{
  guint counts[PSL_SKILL_N_LEVELS] = { 0 };
  guint n = review->skills->len;

  for (guint i = 0; i < n; i++)
    counts[((PslSkillReview *) g_ptr_array_index (review->skills, i))->level]++;
  if (counts[PSL_SKILL_PARTLY_ACQUIRED] == 0)
    /* Translators: %1$u skills fully acquired of %2$u; the plural follows
     * %1$u ("1 compétence acquise sur 3") */
    return g_strdup_printf (psl_ngettext ("%1$u of %2$u skills fully acquired",
                                         "%1$u of %2$u skills fully acquired", counts[PSL_SKILL_FULLY_ACQUIRED]),
                            counts[PSL_SKILL_FULLY_ACQUIRED], n);
  /* Translators: %1$u skills fully acquired of %2$u, %3$u partly; the plural
   * follows %1$u ("1 compétence acquise sur 3") */
  return g_strdup_printf (psl_ngettext ("%1$u of %2$u skills fully acquired, %3$u partly",
                                       "%1$u of %2$u skills fully acquired, %3$u partly",
                                       counts[PSL_SKILL_FULLY_ACQUIRED]),
                          counts[PSL_SKILL_FULLY_ACQUIRED], n, counts[PSL_SKILL_PARTLY_ACQUIRED]);
}

char *
psl_immersion_review_to_text (const PslImmersionReview *review)
{
  g_autofree char *on = psl_format_date_short (review->evaluated_on);
  GString *text = g_string_new (NULL);

  /* Translators: the start of an immersion's evaluation as one text, "Evaluated on 15/11/2026." */
  g_string_append_printf (text, _("Evaluated on %s."), on);
  for (guint i = 0; i < review->skills->len; i++)
    {
      const PslSkillReview *skill = g_ptr_array_index (review->skills, i);

      g_string_append_c (text, '\n');
      /* Translators: a skill and how far it was acquired, "Accueillir les clients : acquise" */
      g_string_append_printf (text, _("%1$s: %2$s"), skill->skill, psl_skill_level_label (skill->level));
    }
  if (review->host_comment != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: the host firm's comment, quoted */
      g_string_append_printf (text, _("The host firm’s view: “%s”"), review->host_comment);
    }
  if (review->person_comment != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: the person's own comment, quoted */
      g_string_append_printf (text, _("The person’s own view: “%s”"), review->person_comment);
    }
  return g_string_free (text, FALSE);
}

gboolean
psl_immersion_review_applies (PslStore   *store,
                              const char *placement_id)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT 1 FROM placement WHERE id = ?1 AND deleted_at IS NULL AND kind = 'immersion'"
    "   AND start_date IS NOT NULL;", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gboolean
psl_immersion_review_draft (PslStore    *store,
                            const char  *placement_id,
                            GStrv       *skills,
                            char       **evaluated_on,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT objectives, coalesce(end_date, planned_end) FROM placement WHERE id = ?1 AND deleted_at IS NULL;",
    error);
  g_autofree char *today = psl_today_iso ();
  const char *end;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, placement_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This placement is no longer in the database."));
      return FALSE;
    }
  *skills = psl_immersion_review_skills_from_objectives ((const char *) sqlite3_column_text (stmt, 0));
  /* The evaluation is made on the last day, or today if it has not come. */
  end = (const char *) sqlite3_column_text (stmt, 1);
  *evaluated_on = g_strdup (end != NULL && strcmp (end, today) < 0 ? end : today);
  return TRUE;
}
