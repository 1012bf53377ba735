/* psl-competence.c — the seed-000 competence grid, for a person or required by a job, and the gap between them
 *
 * The same grid describes what a person can do and what a job asks
 * (seed 000), so a gap is a subtraction item by item.  Only a shortfall
 * counts: being better than asked is no gap.  An item the job does not
 * rate, or the person was not rated on, is left out rather than guessed.
 */

#define G_LOG_DOMAIN "psl-competence"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-competence.h"
#include "psl-format.h"
#include "psl-ref.h"
#include "psl-store-private.h"

void
psl_competence_grid_init (PslCompetenceGrid *grid,
                          guint              n_items)
{
  g_return_if_fail (n_items <= PSL_COMPETENCE_MAX_ITEMS);

  grid->n_items = n_items;
  for (guint i = 0; i < PSL_COMPETENCE_MAX_ITEMS; i++)
    grid->levels[i] = PSL_COMPETENCE_UNRATED;
}

void
psl_competence_gap (const PslCompetenceGrid *person,
                    const PslCompetenceGrid *job,
                    PslCompetenceGap        *gap)
{
  int worst = 0;

  *gap = (PslCompetenceGap) { .worst_item = -1 };
  for (guint i = 0; i < MIN (person->n_items, job->n_items); i++)
    {
      int asked = job->levels[i];
      int has = person->levels[i];

      if (asked <= 0)
        continue;
      gap->n_required++;
      if (has == PSL_COMPETENCE_UNRATED)
        continue;
      gap->n_compared++;
      gap->required += asked;
      if (has < asked)
        {
          gap->n_short++;
          gap->missing += asked - has;
          if (asked - has > worst)
            {
              worst = asked - has;
              gap->worst_item = (int) i;
            }
        }
    }
}

double
psl_competence_fit (const PslCompetenceGap *gap)
{
  if (gap->required == 0)
    return -1.0;
  return 1.0 - (double) gap->missing / gap->required;
}

void
psl_competence_item_free (PslCompetenceItem *item)
{
  if (item == NULL)
    return;
  g_free (item->code);
  g_free (item->label);
  g_free (item->group_code);
  g_free (item->group_label);
  g_free (item);
}

static gpointer
read_item (sqlite3_stmt *stmt)
{
  PslCompetenceItem *item = g_new0 (PslCompetenceItem, 1);

  item->code = psl_column_dup (stmt, 0);
  item->label = psl_column_dup (stmt, 1);
  item->group_code = psl_column_dup (stmt, 2);
  item->group_label = psl_column_dup (stmt, 3);
  return item;
}

/* Items are kept together by group even if an item added to the list
 * later is given a position among another group's. */
#define ITEMS_SQL \
  "SELECT i.code, i.label, g.code, g.label FROM ref_item i" \
  "  LEFT JOIN ref_item g ON g.list_code = 'competence_group' AND g.code = i.parent_code" \
  " WHERE i.list_code = 'competence' AND i.active = 1" \
  " ORDER BY coalesce(g.position, 0), i.position, i.code"

/* The items in the grid's order: the order of every PslCompetenceGrid. */
GPtrArray *
psl_competence_items (PslStore *store,
                      GError  **error)
{
  return psl_store_collect (store, ITEMS_SQL ";", NULL, read_item, (GDestroyNotify) psl_competence_item_free,
                            _("Reading the competence grid"), error);
}

const char *
psl_competence_level_label (int level)
{
  switch (level)
    {
    case 0: return _("0 — not yet");
    case 1: return _("1 — beginning");
    case 2: return _("2 — with help");
    case 3: return _("3 — on their own");
    case 4: return _("4 — can pass it on");
    default: return _("Not rated");
    }
}

/* The owner's column is pasted into SQL, so only the three columns that
 * can own a grid get through. */
static gboolean
check_owner (const char *owner_column,
             const char *owner_id,
             GError    **error)
{
  static const char *const owners[] = { "person_id", "opportunity_id", "company_trade_id", NULL };

  if (owner_column == NULL || !g_strv_contains (owners, owner_column))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   "A competence grid belongs to a person, an opportunity or a firm's trade, not to “%s”.",
                   owner_column != NULL ? owner_column : "(null)");
      return FALSE;
    }
  if (owner_id == NULL || *owner_id == '\0')
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           "A competence grid needs the id of its owner.");
      return FALSE;
    }
  return TRUE;
}

/* The index of code in items, or -1 when the item is no longer in the
 * grid (made inactive since it was rated). */
static int
item_index (GPtrArray  *items,
            guint       n_items,
            const char *code)
{
  for (guint i = 0; code != NULL && i < n_items; i++)
    if (strcmp (((PslCompetenceItem *) g_ptr_array_index (items, i))->code, code) == 0)
      return (int) i;
  return -1;
}

/* The latest grid of a person, an opportunity or a firm's trade; FALSE
 * (and no error) when there is none, the grid then left all unrated. */
gboolean
psl_competence_latest (PslStore          *store,
                       const char        *owner_column,
                       const char        *owner_id,
                       PslCompetenceGrid *grid,
                       char             **evaluated_on,
                       GError           **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *on = NULL;
  gboolean found = FALSE;
  int rc;

  if (evaluated_on != NULL)
    *evaluated_on = NULL;
  psl_competence_grid_init (grid, 0);
  if (!check_owner (owner_column, owner_id, error) || (items = psl_competence_items (store, error)) == NULL)
    return FALSE;
  psl_competence_grid_init (grid, MIN (items->len, PSL_COMPETENCE_MAX_ITEMS));

  sql = g_strdup_printf (
    "WITH latest AS (SELECT id, evaluated_on FROM competence_evaluation"
    "                 WHERE %s = ?1 AND deleted_at IS NULL"
    "                 ORDER BY evaluated_on DESC, created_at DESC, id DESC LIMIT 1)"
    "SELECT latest.evaluated_on, r.item_code, r.level FROM latest"
    "  LEFT JOIN competence_rating r ON r.evaluation_id = latest.id;", owner_column);
  if ((stmt = psl_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, owner_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = item_index (items, grid->n_items, (const char *) sqlite3_column_text (stmt, 1));

      if (!found)
        on = psl_column_dup (stmt, 0);
      found = TRUE;
      if (i >= 0)
        grid->levels[i] = sqlite3_column_int (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the competence grid"));
      psl_competence_grid_init (grid, grid->n_items);
      return FALSE;
    }
  if (evaluated_on != NULL)
    *evaluated_on = g_steal_pointer (&on);
  return found;
}

/* A new dated evaluation and its ratings, in one transaction; unrated
 * items are left out.  Nothing is written when a rule is broken. */
char *
psl_competence_save (PslStore                *store,
                     const char              *owner_column,
                     const char              *owner_id,
                     const char              *evaluated_on,
                     const char              *staff_id,
                     const char              *context,
                     const PslCompetenceGrid *grid,
                     GError                 **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *today = psl_today_iso ();
  g_autofree char *id = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *context_text = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) rate = NULL;
  guint n_items;
  guint rated = 0;

  if (!check_owner (owner_column, owner_id, error) || (items = psl_competence_items (store, error)) == NULL)
    return NULL;
  /* A grid made for more items than the list has would lose ratings
   * without saying so. */
  if (grid->n_items > items->len)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The competence grid has changed: open the evaluation again."));
      return NULL;
    }
  n_items = grid->n_items;
  for (guint i = 0; i < n_items; i++)
    {
      if (grid->levels[i] != PSL_COMPETENCE_UNRATED && (grid->levels[i] < 0 || grid->levels[i] > PSL_COMPETENCE_TOP))
        {
          g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                       _("A level goes from 0 to %d."), PSL_COMPETENCE_TOP);
          return NULL;
        }
      rated += grid->levels[i] != PSL_COMPETENCE_UNRATED;
    }
  if (rated == 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID, _("Rate at least one item."));
      return NULL;
    }
  if (!psl_date_is_iso (evaluated_on))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("“%s” is not a date written YYYY-MM-DD."), evaluated_on != NULL ? evaluated_on : "");
      return NULL;
    }
  if (strcmp (evaluated_on, today) > 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("An evaluation is dated on the day it was made, not in the future."));
      return NULL;
    }
  if (context != NULL)
    {
      context_text = g_strstrip (g_strdup (context));
      if (*context_text == '\0')
        g_clear_pointer (&context_text, g_free);
    }

  id = psl_new_id ();
  sql = g_strdup_printf ("INSERT INTO competence_evaluation (id, site_id, %s, evaluated_on, staff_id, context)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6);", owner_column);
  if (!psl_store_begin (store, error))
    return NULL;
  if ((insert = psl_store_prepare (store, sql, error)) == NULL ||
      (rate = psl_store_prepare (store, "INSERT INTO competence_rating (id, site_id, evaluation_id, item_code, level)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5);", error)) == NULL)
    goto failed;
  sqlite3_bind_text (insert, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, owner_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, evaluated_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, staff_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, context_text, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, insert, error))
    goto failed;
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *rating_id = NULL;

      if (grid->levels[i] == PSL_COMPETENCE_UNRATED)
        continue;
      rating_id = psl_new_id ();
      sqlite3_reset (rate);
      sqlite3_bind_text (rate, 1, rating_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (rate, 2, psl_store_get_site_id (store), -1, SQLITE_STATIC);
      sqlite3_bind_text (rate, 3, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (rate, 4, ((PslCompetenceItem *) g_ptr_array_index (items, i))->code, -1, SQLITE_STATIC);
      sqlite3_bind_int (rate, 5, grid->levels[i]);
      if (!psl_store_step_done (store, rate, error))
        goto failed;
    }
  if (!psl_store_commit (store, error))
    goto failed;
  return g_steal_pointer (&id);

failed:
  psl_store_rollback (store);
  return NULL;
}

/* Trade names are typed by hand, accents and all, and SQLite's NOCASE
 * folds ASCII only: “électricien” must match “Électricien”. */
static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  g_strstrip (fa);
  g_strstrip (fb);
  return *fa != '\0' && strcmp (fa, fb) == 0;
}

/* What a job asks: the opportunity's own grid, else the latest grid of
 * the firm's trade of the same label (any case), else of the same ROME
 * code.  source_label says which, for the user. */
gboolean
psl_competence_job_for_opportunity (PslStore          *store,
                                    const char        *opportunity_id,
                                    PslCompetenceGrid *grid,
                                    char             **source_label,
                                    GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *by_label_id = NULL;
  g_autofree char *by_label = NULL;
  g_autofree char *by_rome_id = NULL;
  g_autofree char *by_rome = NULL;
  const char *trade_id;
  const char *trade_label;
  int rc;

  if (source_label != NULL)
    *source_label = NULL;
  if (psl_competence_latest (store, "opportunity_id", opportunity_id, grid, NULL, &local_error))
    {
      if (source_label != NULL)
        *source_label = g_strdup (_("this opportunity"));
      return TRUE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The trades with a grid, the most recently evaluated first. */
  stmt = psl_store_prepare (store,
    "SELECT t.id, t.label, t.rome_code, o.trade, o.rome_code,"
    "       (SELECT max(e.evaluated_on) FROM competence_evaluation e"
    "         WHERE e.company_trade_id = t.id AND e.deleted_at IS NULL) AS latest"
    "  FROM opportunity o JOIN company_trade t ON t.company_id = o.company_id"
    " WHERE o.id = ?1 AND t.deleted_at IS NULL AND latest IS NOT NULL"
    " ORDER BY latest DESC, t.id;", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, opportunity_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *label = (const char *) sqlite3_column_text (stmt, 1);
      const char *rome = (const char *) sqlite3_column_text (stmt, 2);
      const char *wanted_rome = (const char *) sqlite3_column_text (stmt, 4);

      if (by_label_id == NULL && same_words (label, (const char *) sqlite3_column_text (stmt, 3)))
        {
          by_label_id = psl_column_dup (stmt, 0);
          by_label = g_strdup (label);
        }
      if (by_rome_id == NULL && same_words (rome, wanted_rome))
        {
          by_rome_id = psl_column_dup (stmt, 0);
          by_rome = g_strdup (label);
        }
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the trades"));
      return FALSE;
    }
  /* The trade named as the opportunity's is a closer match than one that
   * only shares its ROME code. */
  trade_id = by_label_id != NULL ? by_label_id : by_rome_id;
  trade_label = by_label_id != NULL ? by_label : by_rome;
  if (trade_id == NULL)
    return FALSE;
  if (!psl_competence_latest (store, "company_trade_id", trade_id, grid, NULL, error))
    return FALSE;
  if (source_label != NULL)
    *source_label = g_strdup_printf (_("the trade “%s”"), trade_label);
  return TRUE;
}

/* The name the matching code calls it by. */
gboolean
psl_competence_for_job (PslStore          *store,
                        const char        *opportunity_id,
                        PslCompetenceGrid *grid,
                        char             **source,
                        GError           **error)
{
  return psl_competence_job_for_opportunity (store, opportunity_id, grid, source, error);
}

void
psl_competence_evaluation_free (PslCompetenceEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;
  g_free (evaluation->id);
  g_free (evaluation->evaluated_on);
  g_free (evaluation->staff_name);
  g_free (evaluation->context);
  g_free (evaluation);
}

#define HISTORY_SQL \
  "SELECT e.id, e.evaluated_on, nullif(trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')), '')," \
  "       e.context, avg(r.level), count(r.id)" \
  "  FROM competence_evaluation e" \
  "  LEFT JOIN competence_rating r ON r.evaluation_id = e.id" \
  "  LEFT JOIN staff s ON s.id = e.staff_id" \
  " WHERE e.person_id = ?1 AND e.deleted_at IS NULL" \
  " GROUP BY e.id ORDER BY e.evaluated_on DESC, e.created_at DESC, e.id DESC;"

static gpointer
read_evaluation (sqlite3_stmt *stmt)
{
  PslCompetenceEvaluation *evaluation = g_new0 (PslCompetenceEvaluation, 1);

  evaluation->id = psl_column_dup (stmt, 0);
  evaluation->evaluated_on = psl_column_dup (stmt, 1);
  evaluation->staff_name = psl_column_dup (stmt, 2);
  evaluation->context = psl_column_dup (stmt, 3);
  evaluation->n_rated = (guint) sqlite3_column_int (stmt, 5);
  evaluation->average = evaluation->n_rated > 0 ? sqlite3_column_double (stmt, 4) : -1.0;
  return evaluation;
}

/* A person's dated evaluations, newest first. */
GPtrArray *
psl_competence_history (PslStore   *store,
                        const char *person_id,
                        GError    **error)
{
  return psl_store_collect (store, HISTORY_SQL, person_id, read_evaluation,
                            (GDestroyNotify) psl_competence_evaluation_free, _("Reading the evaluations"), error);
}

static gpointer
read_history_line (sqlite3_stmt *stmt)
{
  g_autofree char *on = psl_format_date_short ((const char *) sqlite3_column_text (stmt, 1));
  g_autofree char *average = psl_format_decimal (sqlite3_column_double (stmt, 4), 1);
  /* TRANSLATORS: a dated evaluation of the competence grid */
  char *title = g_strdup_printf (_("Evaluation of %s"), on);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *mean = g_strdup_printf (_("%s items rated, average %s out of 4"),
                                           (const char *) sqlite3_column_text (stmt, 5), average);

  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 3));
  psl_append_part (subtitle, mean);
  psl_append_part (subtitle, (const char *) sqlite3_column_text (stmt, 2));
  return psl_record_line_new (psl_column_dup (stmt, 0), title, g_string_free (g_steal_pointer (&subtitle), FALSE),
                              FALSE);
}

/* A person's dated evaluations, newest first, as PslRecordLine. */
GPtrArray *
psl_competence_history_lines (PslStore   *store,
                              const char *person_id,
                              GError    **error)
{
  return psl_store_collect (store, HISTORY_SQL, person_id, read_history_line,
                            (GDestroyNotify) psl_record_line_free, _("Reading the evaluations"), error);
}

/* The jobs a person's grid is worth comparing with: the opportunities
 * they were introduced to, then the open ones in the field of their
 * project (the first three characters of its ROME code), as PslRefItem
 * (code: the opportunity's id). */
GPtrArray *
psl_competence_jobs_for_person (PslStore   *store,
                                const char *person_id,
                                GError    **error)
{
  return psl_ref_choices_for (store,
    "SELECT o.id, o.title || ' — ' || coalesce(c.trade_name, c.legal_name), min(k) FROM ("
    "  SELECT opportunity_id AS id, 0 AS k FROM placement"
    "   WHERE person_id = ?1 AND opportunity_id IS NOT NULL AND deleted_at IS NULL"
    "  UNION ALL"
    "  SELECT o.id, 1 FROM opportunity o JOIN person p ON p.id = ?1"
    "   WHERE o.status = 'open' AND o.deleted_at IS NULL AND p.project_rome IS NOT NULL"
    "     AND substr(o.rome_code, 1, 3) = substr(p.project_rome, 1, 3)) j"
    "  JOIN opportunity o ON o.id = j.id JOIN company c ON c.id = o.company_id"
    " WHERE o.deleted_at IS NULL"
    " GROUP BY o.id ORDER BY min(k), o.title COLLATE NOCASE LIMIT 60;", person_id, error);
}
