/* psl-evaluation.c — Annexe 4: evaluating the relationship with a firm
 *
 * Rules chosen here, where the seed gives none:
 * - Form A is filled for an evaluation year N; its opportunities are those
 *   proposed during N-1.  One is realised when it was filled, or when a
 *   person started an immersion or a contract on it.
 * - The relationship's age is taken on 1 January of N.
 * - Frequency: regular when the opportunities of N-1 fall in three quarters
 *   or more; seasonal when there are two or more and all fall within three
 *   consecutive months; occasional otherwise.
 * - Quality (form B) is the mean of the twelve criteria brought to 0–100,
 *   criterion 12 (a vector of negative image) counted backwards; criteria
 *   left blank are not counted.
 * - The quadrant crosses that quality with the realised opportunities of
 *   N-1 weighted by phase.  Thresholds and weights live in the database
 *   (meta keys score.quality_threshold, score.opportunity_threshold and
 *   score.phase_weights) so that a structure can set its own.
 */

#define G_LOG_DOMAIN "psl-evaluation"

#include "config.h"

#include <stdlib.h>
#include <math.h>
#include <string.h>
#include "psl-i18n.h"
#include <json-glib/json-glib.h>

#include "psl-evaluation.h"
#include "psl-store-private.h"

const char *const psl_form_b_criteria[PSL_FORM_B_CRITERIA] = {
  N_("Availability"),
  N_("Friendliness"),
  N_("Quality of listening"),
  N_("Involvement in the relationship"),
  N_("Reactivity to your requests"),
  N_("Receptiveness to your requests (taking them into account)"),
  N_("Ability to compromise"),
  N_("Frequency of your contacts"),
  N_("View of young people"),
  N_("Perception of the structure compared with other providers"),
  N_("Ability to carry a positive image of the structure"),
  N_("Ability to carry a negative image of the structure"),
};

void
psl_form_a_clear (PslFormA *form)
{
  g_clear_pointer (&form->sector, g_free);
  g_clear_pointer (&form->size_band, g_free);
}

const char *
psl_contract_group_label (PslContractGroup group)
{
  static const char *labels[] = {
    N_("Fixed-term (CDD)"), N_("Permanent (CDI)"), N_("Temporary work"), N_("Subsidised contract"),
    N_("Professionalisation contract"), N_("Apprenticeship contract"), N_("Other"),
  };

  g_return_val_if_fail (group < PSL_N_CONTRACT_GROUPS, "");
  return _(labels[group]);
}

const char *
psl_relationship_band_label (PslRelationshipBand band)
{
  switch (band)
    {
    case PSL_RELATIONSHIP_UNDER_6_MONTHS: return _("Less than 6 months");
    case PSL_RELATIONSHIP_UNDER_1_YEAR:   return _("Less than 1 year");
    case PSL_RELATIONSHIP_OVER_1_YEAR:    return _("More than 1 year");
    case PSL_RELATIONSHIP_UNKNOWN:
    default:                              return _("Unknown");
    }
}

static PslContractGroup
contract_group (const char *code)
{
  static const struct { const char *code; PslContractGroup group; } groups[] = {
    { "cdd", PSL_CONTRACT_CDD }, { "be_cdd", PSL_CONTRACT_CDD },
    { "cdi", PSL_CONTRACT_CDI }, { "be_cdi", PSL_CONTRACT_CDI },
    { "interim", PSL_CONTRACT_INTERIM }, { "mission_insertion", PSL_CONTRACT_INTERIM },
    { "be_interim", PSL_CONTRACT_INTERIM },
    { "cddi", PSL_CONTRACT_AIDED }, { "pec", PSL_CONTRACT_AIDED }, { "article60", PSL_CONTRACT_AIDED },
    { "article61", PSL_CONTRACT_AIDED }, { "activa", PSL_CONTRACT_AIDED },
    { "titres_services", PSL_CONTRACT_AIDED },
    { "professionnalisation", PSL_CONTRACT_PROFESSIONALISATION },
    { "apprentissage", PSL_CONTRACT_APPRENTICESHIP }, { "be_alternance", PSL_CONTRACT_APPRENTICESHIP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (g_strcmp0 (groups[i].code, code) == 0)
      return groups[i].group;
  return PSL_CONTRACT_OTHER;
}

const char *const psl_form_a_item_codes[PSL_FORM_A_N_ITEMS] = {
  "network_personal", "network_professional", "outbound", "inbound",
  "regular", "occasional", "seasonal", "still_active",
};

const char *const psl_form_a_item_labels[PSL_FORM_A_N_ITEMS] = {
  N_("Known through a personal network"),
  N_("Known through a professional network"),
  N_("First contact on our side (prospecting, forum, visit)"),
  N_("First contact on its side (a job offer)"),
  N_("Regular opportunities"),
  N_("Occasional opportunities"),
  N_("Seasonal opportunities"),
  N_("Relationship still active"),
};

/* Where the form keeps an item: every item is an int (gboolean is one). */
static int *
item_slot (PslFormA     *form,
           PslFormAItem  item)
{
  switch (item)
    {
    case PSL_FORM_A_NETWORK_PERSONAL:     return &form->network_personal;
    case PSL_FORM_A_NETWORK_PROFESSIONAL: return &form->network_professional;
    case PSL_FORM_A_OUTBOUND:             return &form->outbound;
    case PSL_FORM_A_INBOUND:              return &form->inbound;
    case PSL_FORM_A_REGULAR:              return &form->regular;
    case PSL_FORM_A_OCCASIONAL:           return &form->occasional;
    case PSL_FORM_A_SEASONAL:             return &form->seasonal;
    case PSL_FORM_A_STILL_ACTIVE:
    default:                              return &form->still_active;
    }
}

/* Puts the answers set by hand over the computed ones, keeping these. */
static gboolean
apply_overrides (PslStore   *store,
                 const char *company_id,
                 int         year,
                 PslFormA   *form,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT item, value FROM form_a_override WHERE company_id = ?1 AND year = ?2;", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  for (guint i = 0; i < PSL_FORM_A_N_ITEMS; i++)
    form->computed[i] = *item_slot (form, i);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < PSL_FORM_A_N_ITEMS; i++)
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), psl_form_a_item_codes[i]) == 0)
        {
          *item_slot (form, i) = sqlite3_column_int (stmt, 1);
          form->overridden |= 1u << i;
        }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading form A"));
      psl_form_a_clear (form);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_identity (PslStore   *store,
               const char *company_id,
               int         year,
               PslFormA   *form,
               GError    **error)
{
  g_autofree char *reference = g_strdup_printf ("%04d-01-01", year);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT sector, size_band, coalesce(network_personal, -1), coalesce(network_professional, -1),"
    "       first_contact_origin IN ('prospection', 'forum', 'visite'),"
    "       first_contact_origin IN ('offre', 'reseau'),"
    "       CASE WHEN relationship_start IS NULL THEN 0"
    "            WHEN relationship_start > date(?2, '-6 months') THEN 1"
    "            WHEN relationship_start > date(?2, '-1 year') THEN 2 ELSE 3 END,"
    "       status = 'active'"
    "  FROM company WHERE id = ?1;",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, reference, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_NOT_FOUND,
                   _("This firm is no longer in the database."));
      return FALSE;
    }

  form->sector = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  form->size_band = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  form->network_personal = sqlite3_column_int (stmt, 2);
  form->network_professional = sqlite3_column_int (stmt, 3);
  form->outbound = sqlite3_column_int (stmt, 4);
  form->inbound = sqlite3_column_int (stmt, 5);
  form->relationship = (PslRelationshipBand) sqlite3_column_int (stmt, 6);
  form->still_active = sqlite3_column_int (stmt, 7);
  return TRUE;
}

gboolean
psl_form_a_compute (PslStore   *store,
                    const char *company_id,
                    int         year,
                    PslFormA   *form,
                    GError    **error)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year - 1);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year - 1);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint quarters = 0, n = 0, first_month = 13, last_month = 0;
  int rc;

  memset (form, 0, sizeof *form);
  if (!load_identity (store, company_id, year, form, error))
    return FALSE;

  stmt = psl_store_prepare (store,
    "SELECT o.phase, CAST(substr(o.proposed_on, 6, 2) AS INTEGER),"
    "       o.status = 'filled' OR EXISTS (SELECT 1 FROM placement p WHERE p.opportunity_id = o.id"
    "         AND p.deleted_at IS NULL AND p.start_date IS NOT NULL),"
    "       coalesce(o.contract_type, o.subtype)"
    "  FROM opportunity o"
    " WHERE o.company_id = ?1 AND o.deleted_at IS NULL AND o.proposed_on BETWEEN ?2 AND ?3;",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int phase = sqlite3_column_int (stmt, 0);
      guint month = (guint) sqlite3_column_int (stmt, 1);

      if (phase < 1 || phase > 4 || month < 1 || month > 12)
        continue;

      form->proposed[phase - 1]++;
      if (sqlite3_column_int (stmt, 2))
        form->realised[phase - 1]++;
      if (phase >= 3)
        form->contracts[contract_group ((const char *) sqlite3_column_text (stmt, 3))]++;

      quarters |= 1u << ((month - 1) / 3);
      first_month = MIN (first_month, month);
      last_month = MAX (last_month, month);
      n++;
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the opportunities"));
      psl_form_a_clear (form);
      return FALSE;
    }

  if (n > 0)
    {
      guint n_quarters = 0;

      for (guint q = 0; q < 4; q++)
        n_quarters += (quarters >> q) & 1;
      form->regular = n_quarters >= 3;
      form->seasonal = !form->regular && n >= 2 && last_month - first_month <= 2;
      form->occasional = !form->regular && !form->seasonal;
    }

  return apply_overrides (store, company_id, year, form, error);
}

/* The item's value, set by hand or computed. */
int
psl_form_a_get_item (const PslFormA *form,
                     PslFormAItem    item)
{
  g_return_val_if_fail (item < PSL_FORM_A_N_ITEMS, -1);
  return *item_slot ((PslFormA *) form, item);
}

/* Sets an item of a firm's year by hand; value -1 goes back to the data. */
gboolean
psl_form_a_override (PslStore     *store,
                     const char   *company_id,
                     int           year,
                     PslFormAItem  item,
                     int           value,
                     GError      **error)
{
  g_autofree char *id = psl_new_id ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (item < PSL_FORM_A_N_ITEMS, FALSE);

  if (value < 0)
    stmt = psl_store_prepare (store, "DELETE FROM form_a_override WHERE company_id = ?2 AND year = ?3"
                                     " AND item = ?4;", error);
  else
    stmt = psl_store_prepare (store, "INSERT INTO form_a_override (id, company_id, year, item, value)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)"
                                     " ON CONFLICT (company_id, year, item) DO UPDATE SET value = ?5;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, year);
  sqlite3_bind_text (stmt, 4, psl_form_a_item_codes[item], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, value != 0);
  return psl_store_step_done (store, stmt, error);
}

void
psl_score_settings_load (PslStore         *store,
                         PslScoreSettings *settings)
{
  g_autofree char *quality = psl_store_get_meta (store, "score.quality_threshold");
  g_autofree char *opportunities = psl_store_get_meta (store, "score.opportunity_threshold");
  g_autofree char *weights = psl_store_get_meta (store, "score.phase_weights");
  g_auto(GStrv) parts = weights != NULL ? g_strsplit (weights, ",", 4) : NULL;
  const double default_weights[4] = { 1, 2, 3, 3 };

  settings->quality_threshold = quality != NULL ? g_ascii_strtod (quality, NULL) : 60;
  settings->opportunity_threshold = opportunities != NULL ? g_ascii_strtod (opportunities, NULL) : 4;
  for (guint i = 0; i < 4; i++)
    settings->phase_weights[i] = parts != NULL && g_strv_length (parts) == 4
                                 ? g_ascii_strtod (parts[i], NULL) : default_weights[i];
}

/* A number typed by a person: a comma or a point for decimals. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text != NULL ? text : ""), ",", '.'));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

/* Sets one of the quadrant's settings from what was typed: the quality
 * threshold (0 to 100), the opportunity threshold (above 0), or the four
 * phase weights (0 or more, separated by semicolons or spaces). */
gboolean
psl_score_settings_set (PslStore    *store,
                        const char  *setting,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(GString) stored = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double value;

  if (g_strcmp0 (setting, "phase_weights") == 0)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (text));
      g_auto(GStrv) parts = g_regex_split_simple ("[;\\s]+", trimmed, 0, 0);
      guint n = 0;

      for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
        {
          if (*parts[i] == '\0')
            continue;
          if (n == 4 || !parse_number (parts[i], &value) || value < 0)
            {
              n = 5;
              break;
            }
          g_string_append_printf (stored, "%s%s", n++ > 0 ? "," : "", g_ascii_dtostr (buf, sizeof buf, value));
        }
      if (n != 4)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("Give four weights of 0 or more, one per phase, for example 1 ; 2 ; 3 ; 3."));
          return FALSE;
        }
    }
  else if (g_strcmp0 (setting, "quality_threshold") == 0)
    {
      if (!parse_number (text, &value) || value < 0 || value > 100)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("The quality threshold is a number from 0 to 100."));
          return FALSE;
        }
      g_string_append (stored, g_ascii_dtostr (buf, sizeof buf, value));
    }
  else if (g_strcmp0 (setting, "opportunity_threshold") == 0)
    {
      if (!parse_number (text, &value) || value <= 0)
        {
          g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                               _("The opportunity threshold is a number above 0."));
          return FALSE;
        }
      g_string_append (stored, g_ascii_dtostr (buf, sizeof buf, value));
    }
  else
    g_return_val_if_reached (FALSE);

  {
    g_autofree char *key = g_strconcat ("score.", setting, NULL);
    return psl_store_set_meta (store, key, stored->str, error);
  }
}

double
psl_form_b_quality (const int scores[PSL_FORM_B_CRITERIA])
{
  double sum = 0;
  guint counted = 0;

  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    {
      int s = scores[i];

      if (s < 1 || s > 5)
        continue;
      /* The last criterion measures a negative image: 1 is the best. */
      if (i == PSL_FORM_B_CRITERIA - 1)
        s = 6 - s;
      sum += (s - 1) / 4.0;
      counted++;
    }

  return counted > 0 ? 100.0 * sum / counted : 0;
}

double
psl_form_a_weighted_realised (const PslFormA         *form,
                              const PslScoreSettings *settings)
{
  double total = 0;

  for (guint i = 0; i < 4; i++)
    total += form->realised[i] * settings->phase_weights[i];
  return total;
}

PslQuadrant
psl_evaluation_quadrant (double                  quality,
                         double                  weighted_realised,
                         const PslScoreSettings *settings)
{
  gboolean good = quality >= settings->quality_threshold;
  gboolean many = weighted_realised >= settings->opportunity_threshold;

  if (good && many)
    return PSL_QUADRANT_PILLAR;
  if (many)
    return PSL_QUADRANT_TO_SECURE;
  if (good)
    return PSL_QUADRANT_TO_DEVELOP;
  return PSL_QUADRANT_TO_BUILD;
}

const char *
psl_quadrant_label (PslQuadrant quadrant)
{
  switch (quadrant)
    {
    case PSL_QUADRANT_PILLAR:     return _("Pillar of the network");
    case PSL_QUADRANT_TO_SECURE:  return _("Many opportunities, relationship to secure");
    case PSL_QUADRANT_TO_DEVELOP: return _("Good relationship, opportunities to develop");
    case PSL_QUADRANT_TO_BUILD:
    default:                      return _("Relationship to build");
    }
}

char *
psl_evaluation_add (PslStore   *store,
                    const char *company_id,
                    const char *contact_id,
                    const char *evaluated_on,
                    const int   scores[PSL_FORM_B_CRITERIA],
                    int         overall,
                    const char *comments,
                    GError    **error)
{
  g_autoptr(GString) json = g_string_new ("{");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *id = NULL;
  guint rated = 0;

  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    {
      if (scores[i] == 0)
        continue;
      if (scores[i] < 1 || scores[i] > 5)
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                       _("“%s” is rated from 1 to 5."), _(psl_form_b_criteria[i]));
          return NULL;
        }
      g_string_append_printf (json, "%s\"%u\":%d", rated++ > 0 ? "," : "", i + 1, scores[i]);
    }
  g_string_append_c (json, '}');

  if (rated == 0)
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("Rate at least one criterion."));
      return NULL;
    }
  if (overall != 0 && (overall < 1 || overall > 5))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("The overall rating goes from 1 to 5."));
      return NULL;
    }

  id = psl_new_id ();
  stmt = psl_store_prepare (store,
                            "INSERT INTO evaluation (id, company_id, contact_id, evaluated_on, scores,"
                            " overall, comments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, contact_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, evaluated_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, json->str, -1, SQLITE_STATIC);
  if (overall != 0)
    sqlite3_bind_int (stmt, 6, overall);
  sqlite3_bind_text (stmt, 7, comments, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, stmt, error))
    return NULL;

  return g_steal_pointer (&id);
}

gboolean
psl_evaluation_latest (PslStore   *store,
                       const char *company_id,
                       int         scores[PSL_FORM_B_CRITERIA],
                       char      **evaluated_on)
{
  return psl_evaluation_nth (store, company_id, 0, scores, evaluated_on);
}

/* The rating before the latest n ones (0 the latest, 1 the one before):
 * form B is a dated history, drawn one rating over the other. */
/* The twelve scores of form B as stored ({"1":4,…}); 0 for a criterion
 * left blank.  FALSE when the text is not such an object. */
gboolean
psl_evaluation_parse_scores (const char *json,
                             int         scores[PSL_FORM_B_CRITERIA])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;

  memset (scores, 0, sizeof (int) * PSL_FORM_B_CRITERIA);
  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;

  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < PSL_FORM_B_CRITERIA; i++)
    {
      char key[4];

      g_snprintf (key, sizeof key, "%u", i + 1);
      if (json_object_has_member (object, key))
        scores[i] = (int) json_object_get_int_member (object, key);
    }
  return TRUE;
}

gboolean
psl_evaluation_nth (PslStore   *store,
                    const char *company_id,
                    guint       n,
                    int         scores[PSL_FORM_B_CRITERIA],
                    char      **evaluated_on)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT evaluated_on, scores FROM evaluation WHERE company_id = ?1 AND deleted_at IS NULL"
    " ORDER BY evaluated_on DESC, created_at DESC LIMIT 1 OFFSET ?2;", NULL);

  memset (scores, 0, sizeof (int) * PSL_FORM_B_CRITERIA);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, company_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, (int) n);
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      !psl_evaluation_parse_scores ((const char *) sqlite3_column_text (stmt, 1), scores))
    return FALSE;

  if (evaluated_on != NULL)
    *evaluated_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}
