/* psl-activity.c — the figures of an activity report for a period and an antenna, as funders count them
 *
 * What the State, the département, the European Social Fund and the
 * board ask each year (DOMAIN, "What funders and managers count"): the
 * people followed, new and by sex, age band at entry and counsellor; the
 * firms contacted, new and visited by sector; the interactions by kind
 * and the time they took; the opportunities proposed and realised by
 * phase of the pathway; the placements started by type; the immersions
 * by the host firm's sector and purpose; the exits by outcome with the
 * share in lasting employment; follow-up kept; and the targets beside
 * what was done.
 *
 * Every table lists the whole reference list in its order (a sector with
 * no firm is a finding too), then what the list does not know, then what
 * was not given.  Contract types are the exception: only those used are
 * listed, the French and Belgian lists together being long.
 */

#define G_LOG_DOMAIN "psl-activity"

#include "config.h"

#include "psl-i18n.h"
#include <stdlib.h>
#include <string.h>

#include "psl-activity.h"
#include "psl-format.h"
#include "psl-outcome.h"
#include "psl-ref.h"
#include "psl-store-private.h"

/* The people in accompaniment on at least one day of the period. */
#define PEOPLE_SQL \
  "SELECT sex, birth_date, entered_on, referent_id, entered_on >= :from FROM person" \
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND entered_on <= :to" \
  "   AND (exited_on IS NULL OR exited_on >= :from)" \
  "   AND (:antenna IS NULL OR antenna_id = :antenna);"

#define STAFF_SQL \
  "SELECT id, first_name || ' ' || last_name FROM staff;"

/* The contacts of a period are read by whole months from the counts the
 * writes keep (data/migrations/0028-activity-summaries.sql), and from
 * the rows for the days before the first whole month (:head_from to
 * :head_to) and after the last (:tail_from to :tail_to); a bound not
 * given reads nothing. */
#define CUT_DAYS \
  " ((occurred_at >= :head_from AND occurred_at < date(:head_to, '+1 day'))" \
  "  OR (occurred_at >= :tail_from AND occurred_at < date(:tail_to, '+1 day')))"
#define STAFF_IN_ANTENNA(col) "(:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = " col ") = :antenna)"

/* Contacts by kind and the time they took, for the antenna of the
 * counsellor who had them. */
#define INTERACTION_KINDS_SQL \
  "SELECT kind, sum(n), sum(minutes) FROM (" \
  "  SELECT kind, n, minutes, staff_id FROM interaction_kind_month WHERE month BETWEEN :first_month AND :last_month" \
  "  UNION ALL" \
  "  SELECT kind, 1, coalesce(duration_min, 0), staff_id FROM interaction" \
  "   WHERE deleted_at IS NULL AND" CUT_DAYS ")" \
  " WHERE " STAFF_IN_ANTENNA ("staff_id") \
  " GROUP BY kind;"

/* Each firm contacted, once a month or day at most, and whether it was
 * visited: the whole structure's months, or an antenna's counsellors'. */
#define FIRMS_CONTACTED_SQL \
  "SELECT company_id, 0 FROM interaction_month" \
  " WHERE :antenna IS NULL AND month BETWEEN :first_month AND :last_month" \
  " UNION ALL" \
  " SELECT company_id, 0 FROM interaction_staff_month" \
  "  WHERE :antenna IS NOT NULL AND month BETWEEN :first_month AND :last_month" \
  "    AND " STAFF_IN_ANTENNA ("staff_id") \
  " UNION ALL" \
  " SELECT company_id, 1 FROM interaction_visit_month" \
  "  WHERE month BETWEEN :first_month AND :last_month AND " STAFF_IN_ANTENNA ("staff_id") \
  " UNION ALL" \
  " SELECT company_id, kind = 'visite' FROM interaction" \
  "  WHERE deleted_at IS NULL AND company_id IS NOT NULL AND" CUT_DAYS \
  "    AND " STAFF_IN_ANTENNA ("interaction.staff_id") ";"

/* The firms with their sector and whether they are new in the period,
 * for their referent's antenna. */
#define COMPANIES_SQL \
  "SELECT id, sector, coalesce(relationship_start, substr(created_at, 1, 10)) BETWEEN :from AND :to" \
  "       AND (:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = company.referent_id) = :antenna)" \
  "  FROM company WHERE deleted_at IS NULL;"

/* An opportunity is realised when somebody started in it, or it was
 * marked filled: those of the period are read first from the table the
 * writes keep (0027), by its period index, into the set :realised.
 * Looked up one by one beside each opportunity, as a join would, they
 * cost three times as much on a file twice as large. */
#define REALISED_SQL \
  "SELECT opportunity_id FROM opportunity_realised WHERE proposed_on BETWEEN :from AND :to;"
#define OPPORTUNITIES_SQL \
  "SELECT o.phase, count(*), count(*) FILTER (WHERE psl_in (:realised, o.id))" \
  "  FROM opportunity o" \
  " WHERE o.deleted_at IS NULL AND o.proposed_on BETWEEN :from AND :to" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = o.staff_id) = :antenna)" \
  " GROUP BY o.phase;"

/* The starts as the writes keep them (activity_start, 0028): placements
 * of a kind, neither refused nor withdrawn. */
#define STARTED_IN_PERIOD \
  " WHERE pl.start_date BETWEEN :from AND :to" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM person WHERE id = pl.person_id) = :antenna)"

/* Immersions are one row, "immersion"; contracts one row by type. */
#define PLACEMENTS_SQL \
  "SELECT pl.type, count(*), count(*) FILTER (WHERE pl.ended_early), count(*) FILTER (WHERE pl.running)" \
  "  FROM activity_start pl" \
  STARTED_IN_PERIOD \
  " GROUP BY 1;"

#define IMMERSIONS_SQL \
  "SELECT c.sector, count(*) FILTER (WHERE pl.immersion_type = 'discovery')," \
  "       count(*) FILTER (WHERE pl.immersion_type = 'skills'), count(*)" \
  "  FROM activity_start pl JOIN company c ON c.id = pl.company_id" \
  STARTED_IN_PERIOD \
  "   AND pl.type = 'immersion'" \
  " GROUP BY c.sector;"

/* Read from the index of the people's periods, which holds every column
 * asked: SQLite would take the narrower one of the exit dates, then look
 * each person up in the table, ten times as long. */
#define OUTCOMES_SQL \
  "SELECT exit_outcome, count(*) FROM person INDEXED BY person_period" \
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND exited_on BETWEEN :from AND :to" \
  "   AND (:antenna IS NULL OR antenna_id = :antenna)" \
  " GROUP BY exit_outcome;"

static const char *const indicator_codes[PSL_N_INDICATORS] = {
  "people_followed", "people_new", "firms_new", "firms_visited",
  "immersions", "contracts", "exits_durable", "durable_rate",
};

void
psl_tally_free (PslTally *tally)
{
  g_free (tally->code);
  g_free (tally->label);
  g_free (tally);
}

static PslTally *
tally_new (const char *code,
           const char *label)
{
  PslTally *tally = g_new0 (PslTally, 1);

  tally->code = g_strdup (code);
  tally->label = g_strdup (label);
  return tally;
}

static GPtrArray *
tallies_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) psl_tally_free);
}

void
psl_activity_free (PslActivity *a)
{
  g_free (a->from);
  g_free (a->to);
  g_free (a->antenna_id);
  g_clear_pointer (&a->people_by_sex, g_ptr_array_unref);
  g_clear_pointer (&a->people_by_age, g_ptr_array_unref);
  g_clear_pointer (&a->people_by_referent, g_ptr_array_unref);
  g_clear_pointer (&a->firms_by_sector, g_ptr_array_unref);
  g_clear_pointer (&a->interactions_by_kind, g_ptr_array_unref);
  g_clear_pointer (&a->opportunities_by_phase, g_ptr_array_unref);
  g_clear_pointer (&a->placements_by_type, g_ptr_array_unref);
  g_clear_pointer (&a->immersions_by_sector, g_ptr_array_unref);
  g_clear_pointer (&a->outcomes, g_ptr_array_unref);
  g_clear_pointer (&a->followup, psl_compliance_free);
  g_clear_pointer (&a->targets, g_ptr_array_unref);
  g_free (a);
}

static sqlite3_stmt *
prepare (PslStore          *store,
         const char        *sql,
         const PslActivity *a,
         GError           **error)
{
  sqlite3_stmt *stmt = psl_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":from", a->from);
  psl_bind_named (stmt, ":to", a->to);
  psl_bind_named (stmt, ":antenna", a->antenna_id);
  return stmt;
}

static gboolean
failed (PslStore  *store,
        GError   **error)
{
  psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the activity figures"));
  return FALSE;
}

/* The tally of code in rows, added after the others if the list does
 * not know it; NULL is "not given". */
static PslTally *
tally_for (GPtrArray  *rows,
           const char *code)
{
  PslTally *tally;

  for (guint i = 0; i < rows->len; i++)
    {
      tally = g_ptr_array_index (rows, i);
      if (g_strcmp0 (tally->code, code) == 0)
        return tally;
    }
  tally = tally_new (code, code != NULL ? code : _("Not given"));
  g_ptr_array_add (rows, tally);
  return tally;
}

/* Rows for each item of a reference list, in its order. */
static GPtrArray *
tallies_from_list (PslStore   *store,
                   const char *list_code,
                   GError    **error)
{
  g_autoptr(GPtrArray) items = psl_ref_list (store, list_code, NULL, error);
  GPtrArray *rows;

  if (items == NULL)
    return NULL;
  rows = tallies_new ();
  for (guint i = 0; i < items->len; i++)
    {
      PslRefItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (rows, tally_new (item->code, item->label));
    }
  return rows;
}

/* "Not given" after the rest. */
static void
not_given_last (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    if (((PslTally *) g_ptr_array_index (rows, i))->code == NULL)
      {
        g_ptr_array_add (rows, g_ptr_array_steal_index (rows, i));
        return;
      }
}

/* Adds the counts of a grouped query (code, then counts) to rows; with
 * n_values counts, the rest being ignored.  "Not given" goes last. */
static gboolean
read_grouped_rows (PslStore      *store,
                   sqlite3_stmt  *stmt,
                   GPtrArray     *rows,
                   guint          n_values,
                   GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      PslTally *tally = tally_for (rows, code != NULL && *code != '\0' ? code : NULL);

      for (guint v = 0; v < n_values; v++)
        tally->values[v] += sqlite3_column_int64 (stmt, 1 + v);
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);
  not_given_last (rows);
  return TRUE;
}

static gboolean
read_grouped (PslStore          *store,
              const char        *sql,
              const PslActivity *a,
              GPtrArray         *rows,
              guint              n_values,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (store, sql, a, error);

  return stmt != NULL && read_grouped_rows (store, stmt, rows, n_values, error);
}

static GPtrArray *
grouped_by_list (PslStore          *store,
                 const char        *list_code,
                 const char        *sql,
                 const PslActivity *a,
                 guint              n_values,
                 GError           **error)
{
  g_autoptr(GPtrArray) rows = tallies_from_list (store, list_code, error);

  if (rows == NULL || !read_grouped (store, sql, a, rows, n_values, error))
    return NULL;
  return g_steal_pointer (&rows);
}

/* The people's figures in one pass: the age band at entry is computed
 * as everywhere else in the program (psl_age_band). */
static gboolean
load_people (PslStore    *store,
             PslActivity *a,
             GError     **error)
{
  static const char *const sexes[] = { "F", "M", "X" };
  const char *sex_labels[] = { _("Women"), _("Men"), C_("sex", "Other") };
  g_autoptr(sqlite3_stmt) stmt = prepare (store, PEOPLE_SQL, a, error);
  g_autoptr(sqlite3_stmt) staff = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  if (stmt == NULL || (staff = psl_store_prepare (store, STAFF_SQL, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (staff)) == SQLITE_ROW)
    g_hash_table_insert (names, psl_column_dup (staff, 0), psl_column_dup (staff, 1));
  if (rc != SQLITE_DONE)
    return failed (store, error);

  a->people_by_sex = tallies_new ();
  for (guint i = 0; i < G_N_ELEMENTS (sexes); i++)
    g_ptr_array_add (a->people_by_sex, tally_new (sexes[i], sex_labels[i]));
  a->people_by_age = tallies_new ();
  for (PslAgeBand band = PSL_AGE_UNDER_25; band <= PSL_AGE_55_AND_OVER; band++)
    g_ptr_array_add (a->people_by_age, tally_new (NULL, psl_age_band_label (band)));
  g_ptr_array_add (a->people_by_age, tally_new (NULL, psl_age_band_label (PSL_AGE_UNKNOWN)));
  a->people_by_referent = tallies_new ();

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *sex = (const char *) sqlite3_column_text (stmt, 0);
      PslAgeBand band = psl_age_band ((const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2));
      const char *referent = (const char *) sqlite3_column_text (stmt, 3);
      gboolean is_new = sqlite3_column_int (stmt, 4);
      PslTally *by_sex = tally_for (a->people_by_sex, sex);
      PslTally *by_age = g_ptr_array_index (a->people_by_age,
                                            band == PSL_AGE_UNKNOWN ? 3 : band - PSL_AGE_UNDER_25);
      PslTally *by_referent = tally_for (a->people_by_referent, referent);
      PslTally *rows[] = { by_sex, by_age, by_referent };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          rows[i]->values[PSL_PEOPLE_FOLLOWED]++;
          rows[i]->values[PSL_PEOPLE_NEW] += is_new;
        }
      a->people_followed++;
      a->people_new += is_new;
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);

  /* Counsellors by name, then the people with none. */
  for (guint i = 0; i < a->people_by_referent->len; i++)
    {
      PslTally *tally = g_ptr_array_index (a->people_by_referent, i);
      const char *name = tally->code != NULL ? g_hash_table_lookup (names, tally->code) : NULL;

      g_free (tally->label);
      tally->label = g_strdup (name != NULL ? name : tally->code != NULL ? tally->code : _("No counsellor"));
    }
  return TRUE;
}

static int
by_label_counsellor_last (gconstpointer x,
                          gconstpointer y)
{
  const PslTally *a = *(const PslTally * const *) x;
  const PslTally *b = *(const PslTally * const *) y;

  if ((a->code == NULL) != (b->code == NULL))
    return a->code == NULL ? 1 : -1;
  return g_utf8_collate (a->label, b->label);
}

static gint64
sum (GPtrArray *rows,
     guint      value)
{
  gint64 total = 0;

  for (guint i = 0; i < rows->len; i++)
    total += ((PslTally *) g_ptr_array_index (rows, i))->values[value];
  return total;
}

enum { CONTACTED = 1, VISITED = 2 };

/* The whole months of a period (YYYY-MM) and the days cut before and
 * after them; what is not there stays NULL and reads nothing. */
typedef struct
{
  char *first_month, *last_month, *head_from, *head_to, *tail_from, *tail_to;
} Spans;

static void
spans_clear (Spans *spans)
{
  g_free (spans->first_month);
  g_free (spans->last_month);
  g_free (spans->head_from);
  g_free (spans->head_to);
  g_free (spans->tail_from);
  g_free (spans->tail_to);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Spans, spans_clear)

static void
spans_init (Spans      *spans,
            const char *from,
            const char *to)
{
  g_autoptr(GDate) first = psl_date_parse (from);   /* the first day of the first whole month */
  g_autoptr(GDate) last = psl_date_parse (to);      /* the last day of the last whole month */
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (g_date_get_day (first) != 1)
    {
      g_date_set_day (first, 1);
      g_date_add_months (first, 1);
    }
  if (!g_date_is_last_of_month (last))
    {
      g_date_set_day (last, 1);
      g_date_subtract_days (last, 1);
    }
  if (g_date_compare (first, last) > 0)
    {
      spans->head_from = g_strdup (from);
      spans->head_to = g_strdup (to);
      return;
    }
  first_day = psl_date_to_iso (first);
  last_day = psl_date_to_iso (last);
  spans->first_month = g_strndup (first_day, 7);
  spans->last_month = g_strndup (last_day, 7);
  if (strcmp (from, first_day) != 0)
    {
      spans->head_from = g_strdup (from);
      g_date_subtract_days (first, 1);
      spans->head_to = psl_date_to_iso (first);
    }
  if (strcmp (to, last_day) != 0)
    {
      g_date_add_days (last, 1);
      spans->tail_from = psl_date_to_iso (last);
      spans->tail_to = g_strdup (to);
    }
}

static sqlite3_stmt *
prepare_spans (PslStore          *store,
               const char        *sql,
               const PslActivity *a,
               const Spans       *spans,
               GError           **error)
{
  sqlite3_stmt *stmt = prepare (store, sql, a, error);

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":first_month", spans->first_month);
  psl_bind_named (stmt, ":last_month", spans->last_month);
  psl_bind_named (stmt, ":head_from", spans->head_from);
  psl_bind_named (stmt, ":head_to", spans->head_to);
  psl_bind_named (stmt, ":tail_from", spans->tail_from);
  psl_bind_named (stmt, ":tail_to", spans->tail_to);
  return stmt;
}

/* The contacts of the period counted by kind; each firm contacted marked,
 * and visited.  Then each firm once, by sector. */
static gboolean
load_firms (PslStore    *store,
            PslActivity *a,
            GError     **error)
{
  g_auto(Spans) spans = { NULL };
  g_autoptr(sqlite3_stmt) kinds = NULL;
  g_autoptr(sqlite3_stmt) contacted = NULL;
  g_autoptr(sqlite3_stmt) companies = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  spans_init (&spans, a->from, a->to);
  if ((a->interactions_by_kind = tallies_from_list (store, "interaction_kind", error)) == NULL
      || (a->firms_by_sector = tallies_from_list (store, "sector", error)) == NULL
      || (kinds = prepare_spans (store, INTERACTION_KINDS_SQL, a, &spans, error)) == NULL
      || (contacted = prepare_spans (store, FIRMS_CONTACTED_SQL, a, &spans, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (kinds)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (kinds, 0);
      PslTally *kind = tally_for (a->interactions_by_kind, code != NULL && *code != '\0' ? code : NULL);

      kind->values[PSL_INTERACTIONS_COUNT] += sqlite3_column_int64 (kinds, 1);
      kind->values[PSL_INTERACTIONS_MINUTES] += sqlite3_column_int64 (kinds, 2);
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);
  while ((rc = sqlite3_step (contacted)) == SQLITE_ROW)
    {
      const char *company = (const char *) sqlite3_column_text (contacted, 0);
      guint marks = CONTACTED | (sqlite3_column_int (contacted, 1) ? VISITED : 0);
      gpointer was = NULL;

      if (!g_hash_table_lookup_extended (seen, company, NULL, &was))
        g_hash_table_insert (seen, g_strdup (company), GUINT_TO_POINTER (marks));
      else if ((GPOINTER_TO_UINT (was) | marks) != GPOINTER_TO_UINT (was))
        g_hash_table_insert (seen, g_strdup (company), GUINT_TO_POINTER (GPOINTER_TO_UINT (was) | marks));
    }
  if (rc != SQLITE_DONE || (companies = prepare (store, COMPANIES_SQL, a, error)) == NULL)
    return rc == SQLITE_DONE ? FALSE : failed (store, error);
  while ((rc = sqlite3_step (companies)) == SQLITE_ROW)
    {
      guint marks = GPOINTER_TO_UINT (g_hash_table_lookup (seen, sqlite3_column_text (companies, 0)));
      gboolean fresh = sqlite3_column_int (companies, 2);
      const char *sector = (const char *) sqlite3_column_text (companies, 1);
      PslTally *tally;

      if (marks == 0 && !fresh)
        continue;
      tally = tally_for (a->firms_by_sector, sector != NULL && *sector != '\0' ? sector : NULL);
      tally->values[PSL_FIRMS_CONTACTED] += (marks & CONTACTED) != 0;
      tally->values[PSL_FIRMS_NEW] += fresh;
      tally->values[PSL_FIRMS_VISITED] += (marks & VISITED) != 0;
    }
  if (rc != SQLITE_DONE)
    return failed (store, error);
  not_given_last (a->firms_by_sector);
  not_given_last (a->interactions_by_kind);
  a->firms_contacted = sum (a->firms_by_sector, PSL_FIRMS_CONTACTED);
  a->firms_new = sum (a->firms_by_sector, PSL_FIRMS_NEW);
  a->firms_visited = sum (a->firms_by_sector, PSL_FIRMS_VISITED);
  a->interactions = sum (a->interactions_by_kind, PSL_INTERACTIONS_COUNT);
  a->interaction_minutes = sum (a->interactions_by_kind, PSL_INTERACTIONS_MINUTES);
  return TRUE;
}

static gboolean
load_opportunities (PslStore    *store,
                    PslActivity *a,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) realised = prepare (store, REALISED_SQL, a, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) phases = NULL;
  int rc;

  if (realised == NULL)
    return FALSE;
  while ((rc = sqlite3_step (realised)) == SQLITE_ROW)
    g_hash_table_add (set, psl_column_dup (realised, 0));
  if (rc != SQLITE_DONE)
    return failed (store, error);
  if ((phases = tallies_from_list (store, "phase", error)) == NULL
      || (stmt = prepare (store, OPPORTUNITIES_SQL, a, error)) == NULL)
    return FALSE;
  psl_bind_set (stmt, sqlite3_bind_parameter_index (stmt, ":realised"), set);
  if (!read_grouped_rows (store, stmt, phases, 2, error))
    return FALSE;
  a->opportunities_by_phase = g_steal_pointer (&phases);
  return TRUE;
}

/* Contract types used, by the list's order, immersions first. */
static gboolean
load_placements (PslStore    *store,
                 PslActivity *a,
                 GError     **error)
{
  g_autoptr(GPtrArray) all = tallies_from_list (store, "contract_type", error);

  if (all == NULL)
    return FALSE;
  g_ptr_array_insert (all, 0, tally_new ("immersion", _("Immersions (PMSMP, stages)")));
  if (!read_grouped (store, PLACEMENTS_SQL, a, all, 3, error))
    return FALSE;
  a->placements_by_type = tallies_new ();
  for (guint i = 0; i < all->len; i++)
    {
      PslTally *tally = g_ptr_array_index (all, i);

      if (tally->values[PSL_PLACEMENTS_STARTED] > 0)
        g_ptr_array_add (a->placements_by_type, g_ptr_array_steal_index (all, i--));
    }
  return (a->immersions_by_sector = grouped_by_list (store, "sector", IMMERSIONS_SQL, a, 3, error)) != NULL;
}

static gboolean
load_outcomes (PslStore    *store,
               PslActivity *a,
               GError     **error)
{
  PslTally *durable;

  if ((a->outcomes = grouped_by_list (store, "outcome", OUTCOMES_SQL, a, 1, error)) == NULL)
    return FALSE;
  a->people_exited = sum (a->outcomes, 0);
  durable = tally_for (a->outcomes, "emploi_durable");
  a->exits_durable = durable->values[0];
  return TRUE;
}

double
psl_activity_durable_rate (const PslActivity *a)
{
  return a->people_exited > 0 ? (double) a->exits_durable / a->people_exited : -1;
}

static gint64
placements_started (const PslActivity *a,
                    gboolean           immersions)
{
  gint64 total = 0;

  for (guint i = 0; i < a->placements_by_type->len; i++)
    {
      PslTally *tally = g_ptr_array_index (a->placements_by_type, i);

      if ((g_strcmp0 (tally->code, "immersion") == 0) == immersions)
        total += tally->values[PSL_PLACEMENTS_STARTED];
    }
  return total;
}

static double
actual (const PslActivity *a,
        PslIndicator       indicator)
{
  switch (indicator)
    {
    case PSL_INDICATOR_PEOPLE_FOLLOWED: return a->people_followed;
    case PSL_INDICATOR_PEOPLE_NEW:      return a->people_new;
    case PSL_INDICATOR_FIRMS_NEW:       return a->firms_new;
    case PSL_INDICATOR_FIRMS_VISITED:   return a->firms_visited;
    case PSL_INDICATOR_IMMERSIONS:      return placements_started (a, TRUE);
    case PSL_INDICATOR_CONTRACTS:       return placements_started (a, FALSE);
    case PSL_INDICATOR_EXITS_DURABLE:   return a->exits_durable;
    case PSL_INDICATOR_DURABLE_RATE:    return a->people_exited > 0 ? 100.0 * psl_activity_durable_rate (a) : 0;
    case PSL_N_INDICATORS:
    default:                            g_return_val_if_reached (0);
    }
}

/* The targets of the year the period ends in. */
static gboolean
load_targets (PslStore    *store,
              PslActivity *a,
              GError     **error)
{
  int year = atoi (a->to);

  a->targets = tallies_new ();
  for (PslIndicator i = 0; i < PSL_N_INDICATORS; i++)
    {
      g_autoptr(GError) local = NULL;
      double value = psl_target_get (store, i, year, a->antenna_id, &local);
      PslTally *tally;

      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (value < 0)
        continue;
      tally = tally_new (indicator_codes[i], psl_indicator_label (i));
      tally->values[PSL_TARGET_VALUE] = (gint64) (value + 0.5);
      tally->values[PSL_TARGET_ACTUAL] = (gint64) (actual (a, i) + 0.5);
      g_ptr_array_add (a->targets, tally);
    }
  return TRUE;
}

PslActivity *
psl_activity_load (PslStore    *store,
                   const char  *from,
                   const char  *to,
                   const char  *today,
                   const char  *antenna_id,
                   GError     **error)
{
  g_autoptr(PslActivity) a = g_new0 (PslActivity, 1);

  if (!psl_date_is_iso (from) || !psl_date_is_iso (to) || !psl_date_is_iso (today) || g_strcmp0 (to, from) < 0)
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           _("The period needs a first and a last day, in that order."));
      return NULL;
    }
  a->from = g_strdup (from);
  a->to = g_strdup (to);
  a->antenna_id = g_strdup (antenna_id);
  /* How far, for the bar of the window: the shares are those of a year
   * of a large structure. */
  if (!load_people (store, a, error))
    return NULL;
  psl_store_report_progress (store, 0.15);
  if (!load_firms (store, a, error))
    return NULL;
  psl_store_report_progress (store, 0.45);
  g_ptr_array_sort (a->people_by_referent, by_label_counsellor_last);
  if (!load_opportunities (store, a, error)
      || !load_placements (store, a, error) || !load_outcomes (store, a, error))
    return NULL;
  psl_store_report_progress (store, 0.6);
  if ((a->followup = psl_compliance_load (store, from, to, today, NULL, antenna_id, error)) == NULL
      || !load_targets (store, a, error))
    return NULL;
  psl_store_report_progress (store, 1);
  return g_steal_pointer (&a);
}

const char *
psl_indicator_code (PslIndicator indicator)
{
  g_return_val_if_fail (indicator < PSL_N_INDICATORS, NULL);
  return indicator_codes[indicator];
}

const char *
psl_indicator_label (PslIndicator indicator)
{
  switch (indicator)
    {
    case PSL_INDICATOR_PEOPLE_FOLLOWED: return _("People followed");
    case PSL_INDICATOR_PEOPLE_NEW:      return _("New people");
    case PSL_INDICATOR_FIRMS_NEW:       return _("New firms");
    case PSL_INDICATOR_FIRMS_VISITED:   return _("Firms visited");
    case PSL_INDICATOR_IMMERSIONS:      return _("Immersions started");
    case PSL_INDICATOR_CONTRACTS:       return _("Contracts started");
    case PSL_INDICATOR_EXITS_DURABLE:   return _("Exits to lasting employment");
    case PSL_INDICATOR_DURABLE_RATE:    return _("Exits to lasting employment (%)");
    case PSL_N_INDICATORS:
    default:                            g_return_val_if_reached (NULL);
    }
}

double
psl_target_get (PslStore    *store,
                PslIndicator indicator,
                int          year,
                const char  *antenna_id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT value FROM target WHERE indicator = ?1 AND year = ?2 AND antenna_id IS ?3;", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, psl_indicator_code (indicator), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, antenna_id, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_double (stmt, 0);
  if (rc != SQLITE_DONE)
    failed (store, error);
  return -1;
}

gboolean
psl_target_set (PslStore    *store,
                PslIndicator indicator,
                int          year,
                const char  *antenna_id,
                double       value,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) del = NULL;
  g_autoptr(sqlite3_stmt) add = NULL;
  g_autofree char *id = psl_new_id ();

  g_return_val_if_fail (indicator < PSL_N_INDICATORS, FALSE);
  if (year < 2000 || year > 2100 || (indicator == PSL_INDICATOR_DURABLE_RATE && value > 100))
    {
      g_set_error_literal (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                           indicator == PSL_INDICATOR_DURABLE_RATE && value > 100
                           ? _("A share is at most 100 %.")
                           : _("The year of a target is between 2000 and 2100."));
      return FALSE;
    }
  if (!psl_store_begin (store, error))
    return FALSE;
  del = psl_store_prepare (store, "DELETE FROM target WHERE indicator = ?1 AND year = ?2 AND antenna_id IS ?3;",
                           error);
  if (del == NULL)
    goto fail;
  sqlite3_bind_text (del, 1, psl_indicator_code (indicator), -1, SQLITE_STATIC);
  sqlite3_bind_int (del, 2, year);
  sqlite3_bind_text (del, 3, antenna_id, -1, SQLITE_STATIC);
  if (!psl_store_step_done (store, del, error))
    goto fail;
  if (value >= 0)
    {
      add = psl_store_prepare (store, "INSERT INTO target (id, indicator, year, antenna_id, value)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5);", error);
      if (add == NULL)
        goto fail;
      sqlite3_bind_text (add, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (add, 2, psl_indicator_code (indicator), -1, SQLITE_STATIC);
      sqlite3_bind_int (add, 3, year);
      sqlite3_bind_text (add, 4, antenna_id, -1, SQLITE_STATIC);
      sqlite3_bind_double (add, 5, value);
      if (!psl_store_step_done (store, add, error))
        goto fail;
    }
  return psl_store_commit (store, error);

fail:
  psl_store_rollback (store);
  return FALSE;
}
