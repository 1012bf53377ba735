/* psl-followup-template.c — the templates follow-up plans are made from, as the preferences edit them
 *
 * The steps are kept as the JSON migration 8 defined (label, anchor,
 * days, months, weekly) and checked by the very code that dates a plan:
 * a template that saves is one a plan can be made from.
 */

#define G_LOG_DOMAIN "psl-followup-template"

#include "config.h"

#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-followup-plan.h"
#include "psl-followup-template.h"
#include "psl-format.h"
#include "psl-json.h"
#include "psl-ref.h"
#include "psl-store-private.h"

const char *const psl_plan_anchors[] = { "start", "trial_end", "end", NULL };

PslPlanStep *
psl_plan_step_new (const char *label,
                   const char *anchor,
                   int         days,
                   int         months,
                   gboolean    weekly)
{
  PslPlanStep *step = g_new0 (PslPlanStep, 1);

  step->label = g_strdup (label);
  step->anchor = g_strdup (anchor);
  step->days = days;
  step->months = months;
  step->weekly = weekly;
  return step;
}

PslPlanStep *
psl_plan_step_copy (const PslPlanStep *step)
{
  return psl_plan_step_new (step->label, step->anchor, step->days, step->months, step->weekly);
}

void
psl_plan_step_free (PslPlanStep *step)
{
  if (step == NULL)
    return;
  g_free (step->label);
  g_free (step->anchor);
  g_free (step);
}

const char *
psl_plan_anchor_label (const char *anchor)
{
  if (g_strcmp0 (anchor, "trial_end") == 0)
    return _("the end of the trial period");
  if (g_strcmp0 (anchor, "end") == 0)
    return _("the end");
  return _("the start");
}

char *
psl_plan_step_describe (const PslPlanStep *step)
{
  g_autoptr(GString) span = g_string_new (NULL);
  int months = ABS (step->months), days = ABS (step->days);
  gboolean before = step->days < 0 || step->months < 0;
  g_autofree char *text = NULL;

  if (months > 0)
    g_string_append_printf (span, psl_ngettext ("%d month", "%d months", months), months);
  if (days > 0)
    {
      if (span->len > 0)
        g_string_append (span, _(" and "));
      g_string_append_printf (span, psl_ngettext ("%d day", "%d days", days), days);
    }
  if (span->len == 0)
    /* Translators: a step of a plan on the day of its anchor, "on the end" */
    text = g_strdup_printf (_("on the day of %s"), psl_plan_anchor_label (step->anchor));
  else
    /* Translators: "2 days after the start", "28 days before the end" */
    text = g_strdup_printf (before ? _("%1$s before %2$s") : _("%1$s after %2$s"), span->str,
                            psl_plan_anchor_label (step->anchor));
  if (step->weekly)
    {
      g_autofree char *weekly = g_strdup_printf (_("%s, then every week up to the end"), text);
      return g_steal_pointer (&weekly);
    }
  return g_steal_pointer (&text);
}

void
psl_followup_template_free (PslFollowupTemplate *template)
{
  if (template == NULL)
    return;
  g_free (template->code);
  g_free (template->label);
  g_free (template->applies_to);
  g_ptr_array_unref (template->steps);
  g_free (template);
}

static void
read_steps (const char *json,
            GPtrArray  *steps)
{
  g_autoptr(JsonArray) array = psl_json_parse_array (json);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      o = json_node_get_object (node);
      g_ptr_array_add (steps, psl_plan_step_new (json_object_get_string_member_with_default (o, "label", ""),
                                                 json_object_get_string_member_with_default (o, "anchor", "start"),
                                                 json_object_get_int_member_with_default (o, "days", 0),
                                                 json_object_get_int_member_with_default (o, "months", 0),
                                                 json_object_get_boolean_member_with_default (o, "weekly", FALSE)));
    }
}

static char *
applies_to (PslStore   *store,
            const char *kind,
            const char *immersion_type,
            const char *contract_types)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonArray) codes = NULL;

  if (g_strcmp0 (kind, "immersion") == 0)
    return g_strdup (g_strcmp0 (immersion_type, "discovery") == 0 ? _("Immersions to discover a trade")
                     : g_strcmp0 (immersion_type, "skills") == 0 ? _("Immersions to confirm skills")
                     : _("Immersions"));
  if ((codes = psl_json_parse_array (contract_types)) == NULL)
    return g_strdup (_("Any other contract"));
  for (guint i = 0; i < json_array_get_length (codes); i++)
    {
      const char *code = json_array_get_string_element (codes, i);
      g_autofree char *label = code != NULL ? psl_ref_label (store, "contract_type", code) : NULL;

      if (label != NULL)
        {
          if (text->len > 0)
            g_string_append (text, ", ");
          g_string_append (text, label);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GPtrArray *
psl_followup_template_list (PslStore  *store,
                            GError   **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_followup_template_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT code, label, kind, immersion_type, contract_types, steps FROM followup_template"
    " WHERE deleted_at IS NULL ORDER BY position, label;", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslFollowupTemplate *template = g_new0 (PslFollowupTemplate, 1);

      template->code = psl_column_dup (stmt, 0);
      template->label = psl_column_dup (stmt, 1);
      template->applies_to = applies_to (store, (const char *) sqlite3_column_text (stmt, 2),
                                         (const char *) sqlite3_column_text (stmt, 3),
                                         (const char *) sqlite3_column_text (stmt, 4));
      template->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_plan_step_free);
      read_steps ((const char *) sqlite3_column_text (stmt, 5), template->steps);
      g_ptr_array_add (list, template);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the follow-up templates"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

static char *
steps_json (GPtrArray *steps)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < steps->len; i++)
    {
      PslPlanStep *step = g_ptr_array_index (steps, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, step->label != NULL ? step->label : "");
      json_builder_set_member_name (builder, "anchor");
      json_builder_add_string_value (builder, step->anchor != NULL ? step->anchor : "");
      if (step->days != 0)
        {
          json_builder_set_member_name (builder, "days");
          json_builder_add_int_value (builder, step->days);
        }
      if (step->months != 0)
        {
          json_builder_set_member_name (builder, "months");
          json_builder_add_int_value (builder, step->months);
        }
      if (step->weekly)
        {
          json_builder_set_member_name (builder, "weekly");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

gboolean
psl_followup_template_set_steps (PslStore   *store,
                                 const char *code,
                                 GPtrArray  *steps,
                                 GError    **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) trial = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (steps == NULL || steps->len == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("A follow-up template needs at least one step."));
      return FALSE;
    }
  for (guint i = 0; i < steps->len; i++)
    {
      PslPlanStep *step = g_ptr_array_index (steps, i);

      if (step->label == NULL || *g_strstrip (step->label) == '\0')
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("Give each step a name, for example “One month”."));
          return FALSE;
        }
    }
  json = steps_json (steps);
  /* Dated on an example placement by the code that makes plans. */
  trial = psl_followup_plan_compute (code, json, "2026-01-05", "2026-03-04", "2027-01-04", error);
  if (trial == NULL)
    return FALSE;
  stmt = psl_store_prepare (store, "UPDATE followup_template SET steps = ?2,"
                                   " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
                                   " WHERE code = ?1 AND deleted_at IS NULL;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (psl_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                           _("This follow-up template is no longer in the database."));
      return FALSE;
    }
  return TRUE;
}
