/* psl-quadrant.c — every rated firm placed by relationship quality and opportunities realised
 *
 * The same rules as a firm's Évaluation tab (psl-evaluation.c): quality
 * from the latest form B, opportunities proposed during N-1 and realised
 * (filled, or a person started on them) weighted by phase, thresholds
 * from the structure's settings.  Read in one statement, so that a
 * network of thousands of firms is placed at once.
 */

#define G_LOG_DOMAIN "psl-quadrant"

#include "config.h"

#include "psl-i18n.h"

#include "psl-quadrant.h"
#include "psl-store-private.h"

void
psl_quadrant_point_free (PslQuadrantPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->company_id);
  g_free (point->name);
  g_free (point);
}

GPtrArray *
psl_quadrant_points (PslStore  *store,
                     int        year,
                     GError   **error)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year - 1);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year - 1);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "WITH latest AS ("
    "  SELECT company_id, scores,"
    "         row_number () OVER (PARTITION BY company_id ORDER BY evaluated_on DESC, created_at DESC) AS rank"
    "    FROM evaluation WHERE deleted_at IS NULL),"
    " realised AS ("
    "  SELECT o.company_id,"
    "         sum(o.phase = 1) AS p1, sum(o.phase = 2) AS p2, sum(o.phase = 3) AS p3, sum(o.phase = 4) AS p4"
    "    FROM opportunity o"
    "   WHERE o.deleted_at IS NULL AND o.proposed_on BETWEEN ?1 AND ?2"
    "     AND (o.status = 'filled' OR EXISTS (SELECT 1 FROM placement p WHERE p.opportunity_id = o.id"
    "          AND p.deleted_at IS NULL AND p.start_date IS NOT NULL))"
    "   GROUP BY o.company_id)"
    " SELECT c.id, coalesce(nullif(trim(c.trade_name), ''), c.legal_name), l.scores,"
    "        coalesce(r.p1, 0), coalesce(r.p2, 0), coalesce(r.p3, 0), coalesce(r.p4, 0)"
    "   FROM latest l JOIN company c ON c.id = l.company_id AND c.deleted_at IS NULL"
    "   LEFT JOIN realised r ON r.company_id = c.id"
    "  WHERE l.rank = 1"
    "  ORDER BY 2 COLLATE NOCASE, c.id;", error);
  g_autoptr(GPtrArray) points = NULL;
  PslScoreSettings settings;
  int rc;

  if (stmt == NULL)
    return NULL;
  psl_score_settings_load (store, &settings);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  points = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_quadrant_point_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslQuadrantPoint *point = g_new0 (PslQuadrantPoint, 1);
      int scores[PSL_FORM_B_CRITERIA];

      point->company_id = psl_column_dup (stmt, 0);
      point->name = psl_column_dup (stmt, 1);
      psl_evaluation_parse_scores ((const char *) sqlite3_column_text (stmt, 2), scores);
      point->quality = psl_form_b_quality (scores);
      for (guint phase = 0; phase < 4; phase++)
        point->realised += sqlite3_column_int (stmt, 3 + phase) * settings.phase_weights[phase];
      point->quadrant = psl_evaluation_quadrant (point->quality, point->realised, &settings);
      g_ptr_array_add (points, point);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the ratings of the firms"));
      return NULL;
    }
  return g_steal_pointer (&points);
}
