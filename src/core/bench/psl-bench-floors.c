/* psl-bench-floors.c — the benchmark's bare statements and samples */

#include "config.h"

#include <string.h>

#include "psl-bench-floors.h"
#include "psl-person-list.h"
#include "psl-search.h"
#include "psl-store-private.h"

struct _PslBareDb
{
  sqlite3      *db;
  sqlite3_stmt *search[8];  /* one per kind, prepared once */
  sqlite3_stmt *like;    /* prepared once, reset for each key */
};

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

PslBareDb *
psl_bare_open_read_only (const char *path)
{
  PslBareDb *bare = g_new0 (PslBareDb, 1);

  sqlite3_open_v2 (path, &bare->db, SQLITE_OPEN_READONLY, NULL);
  return bare;
}

void
psl_bare_close (PslBareDb *bare)
{
  if (bare == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (bare->search); i++)
    sqlite3_finalize (bare->search[i]);
  sqlite3_finalize (bare->like);
  sqlite3_close (bare->db);
  g_free (bare);
}

/* Runs sql (with ?1 bound to key, when given) to its end; the
 * milliseconds it took, its preparation included. */
static double
time_bare (PslBareDb  *bare,
           const char *sql,
           const char *key)
{
  sqlite3_stmt *stmt = NULL;
  gint64 t0 = g_get_monotonic_time ();

  sqlite3_prepare_v2 (bare->db, sql, -1, &stmt, NULL);
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return ms_since (t0);
}

/* The statements one after the other, each with ?1 bound to key. */
static double
time_all (PslBareDb         *bare,
          const char *const *sql,
          guint              n,
          const char        *key)
{
  double ms = 0;

  for (guint i = 0; i < n; i++)
    ms += time_bare (bare, sql[i], key);
  return ms;
}

double
psl_floor_search (PslBareDb  *bare,
                  const char *name_query,
                  const char *query,
                  guint       limit)
{
  const char * const *kinds = psl_search_kinds ();
  gint64 t0;

  for (guint k = 0; kinds[k] != NULL && k < G_N_ELEMENTS (bare->search); k++)
    if (bare->search[k] == NULL)
      {
        g_autofree char *sql = psl_search_statement (kinds[k]);

        sqlite3_prepare_v2 (bare->db, sql, -1, &bare->search[k], NULL);
      }
  t0 = g_get_monotonic_time ();
  for (guint k = 0; kinds[k] != NULL && k < G_N_ELEMENTS (bare->search); k++)
    {
      const char *queries[] = { name_query, query };
      sqlite3_stmt *stmt = bare->search[k];
      guint got = 0;

      for (guint q = 0; q < 2 && got < limit; q++)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, queries[q], -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (stmt, 2, limit + got);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            if (q == 0 || got < limit)
              got++;
        }
    }
  return ms_since (t0);
}

double
psl_floor_company_like (PslBareDb  *bare,
                        const char *pattern)
{
  gint64 t0;

  if (bare->like == NULL)
    sqlite3_prepare_v2 (bare->db, "SELECT id FROM company WHERE deleted_at IS NULL AND"
                                  " (legal_name LIKE ?1 OR commune LIKE ?1 OR postcode LIKE ?1);",
                        -1, &bare->like, NULL);
  t0 = g_get_monotonic_time ();
  sqlite3_reset (bare->like);
  sqlite3_bind_text (bare->like, 1, pattern, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (bare->like) == SQLITE_ROW)
    ;
  return ms_since (t0);
}

double
psl_floor_open_company (PslBareDb  *bare,
                        const char *company_id)
{
  static const char *const queries[] = {
    "SELECT * FROM company WHERE id = ?1;",
    "SELECT i.*, c.last_name, s.last_name FROM interaction i LEFT JOIN contact c ON c.id = i.contact_id"
    " LEFT JOIN staff s ON s.id = i.staff_id WHERE i.company_id = ?1 AND i.deleted_at IS NULL"
    " ORDER BY i.occurred_at DESC;",
    "SELECT phase, count(*) FROM opportunity WHERE company_id = ?1 GROUP BY substr(proposed_on, 1, 4), phase;",
  };

  return time_all (bare, queries, G_N_ELEMENTS (queries), company_id);
}

double
psl_floor_matching_people (PslBareDb *bare)
{
  return time_bare (bare, "SELECT id, phase, project_rome, project, available_from, postcode, commune,"
                          " driving_licence FROM person INDEXED BY person_followed"
                          " WHERE deleted_at IS NULL AND merged_into IS NULL AND exited_on IS NULL;", NULL);
}

double
psl_floor_people_list (PslBareDb *bare,
                       gboolean   in_pathway)
{
  return time_bare (bare, in_pathway
                          ? "SELECT id, last_name, first_name, birth_date, commune, referent_id, situation,"
                            " phase, entered_on, exited_on FROM person WHERE deleted_at IS NULL AND exited_on IS NULL;"
                          : "SELECT id, last_name, first_name, birth_date, commune, referent_id, situation,"
                            " phase, entered_on, exited_on FROM person WHERE deleted_at IS NULL;", NULL);
}

double
psl_floor_people_first (PslBareDb *bare,
                        guint      n_rows)
{
  g_autofree char *folded = psl_person_folded_name_sql ("p.last_name || ' ' || p.first_name");
  g_autofree char *sql = g_strdup_printf (
    "SELECT p.id, p.last_name, p.first_name, p.birth_date, p.commune, p.referent_id, p.situation, p.phase,"
    "       p.entered_on, p.antenna_id,"
    "       (SELECT min(due_on) FROM followup f WHERE f.person_id = p.id AND f.done_on IS NULL AND f.deleted_at IS NULL),"
    "       (SELECT min(review_on) FROM commitment c"
    "         WHERE c.person_id = p.id AND c.review_outcome IS NULL AND c.deleted_at IS NULL)"
    "  FROM person p INDEXED BY person_name_folded WHERE p.deleted_at IS NULL AND p.exited_on IS NULL"
    " ORDER BY %s LIMIT %u;", folded, n_rows);

  return time_bare (bare, sql, NULL);
}

double
psl_floor_placements_read (PslBareDb *bare)
{
  static const char *const reads[] = {
    "SELECT id, last_name, first_name, referent_id, antenna_id FROM person WHERE deleted_at IS NULL;",
    "SELECT id, trade_name, legal_name FROM company WHERE deleted_at IS NULL;",
    "SELECT id, title FROM opportunity;",
    "SELECT id, person_id, company_id, opportunity_id, stage, contract_type, immersion_type, staff_id,"
    "       proposed_on, start_date, end_date, planned_end, updated_at FROM placement WHERE deleted_at IS NULL;",
  };

  return time_all (bare, reads, G_N_ELEMENTS (reads), NULL);
}

/* As the list reads the others under way: the placements, then every
 * person, firm and opportunity scanned (the list keeps those they name). */
double
psl_floor_placements_under_way (PslBareDb *bare)
{
  static const char *const reads[] = {
    "SELECT id, person_id, company_id, opportunity_id, stage, contract_type, immersion_type, staff_id,"
    "       proposed_on, start_date, end_date, planned_end, updated_at FROM placement WHERE deleted_at IS NULL"
    "   AND stage IN ('proposed', 'presented', 'meeting', 'immersion', 'contract');",
    "SELECT id, last_name, first_name, referent_id, antenna_id FROM person WHERE deleted_at IS NULL;",
    "SELECT id, trade_name, legal_name FROM company WHERE deleted_at IS NULL;",
    "SELECT id, title FROM opportunity;",
  };

  return time_all (bare, reads, G_N_ELEMENTS (reads), NULL);
}

/* The first screen's rows in one statement: the people by their names'
 * index, each one's placements under way with their firm and
 * opportunity, as many as the page reads first. */
double
psl_floor_placements_first (PslBareDb *bare,
                            guint      n_rows)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT pl.id, pl.person_id, pl.company_id, pl.opportunity_id, pl.stage, pl.contract_type, pl.immersion_type,"
    "       pl.staff_id, pl.proposed_on, pl.start_date, pl.end_date, pl.planned_end, pl.updated_at,"
    "       p.last_name, p.first_name, p.referent_id, p.antenna_id, c.legal_name, c.trade_name, o.title"
    "  FROM person p INDEXED BY person_name CROSS JOIN placement pl ON pl.person_id = p.id"
    "  JOIN company c ON c.id = pl.company_id LEFT JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE p.deleted_at IS NULL AND pl.deleted_at IS NULL AND c.deleted_at IS NULL"
    "   AND pl.stage IN ('proposed', 'presented', 'meeting', 'immersion', 'contract')"
    " ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE LIMIT %u;", n_rows);

  return time_bare (bare, sql, NULL);
}

double
psl_floor_schedule (PslBareDb *bare,
                    char      *first[PSL_DUE_N_WHEN],
                    char      *last[PSL_DUE_N_WHEN],
                    guint      shown)
{
  g_autofree char *count_sql = psl_schedule_sql (FALSE, TRUE);
  g_autofree char *items_sql = psl_schedule_sql (FALSE, FALSE);
  gint64 t0 = g_get_monotonic_time ();
  sqlite3_stmt *stmt = NULL;

  for (guint w = 0; w < PSL_DUE_N_WHEN; w++)
    {
      if (strcmp (first[w], last[w]) > 0)
        continue;
      sqlite3_prepare_v2 (bare->db, count_sql, -1, &stmt, NULL);
      psl_bind_named (stmt, ":from", first[w]);
      psl_bind_named (stmt, ":until", last[w]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
      sqlite3_prepare_v2 (bare->db, items_sql, -1, &stmt, NULL);
      psl_bind_named (stmt, ":from", first[w]);
      psl_bind_named (stmt, ":until", last[w]);
      sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), shown);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }
  return ms_since (t0);
}

double
psl_floor_followup (PslBareDb  *bare,
                    const char *today)
{
  g_autofree char *running = g_strdup_printf ("SELECT pl.id, pl.person_id, pl.start_date FROM placement pl"
                                              " WHERE pl.deleted_at IS NULL AND pl.stage IN ('immersion', 'contract')"
                                              "   AND pl.start_date BETWEEN date('%s', '-6 months') AND '%s'"
                                              "   AND (pl.end_date IS NULL OR pl.end_date >= '%s');",
                                              today, today, today);

  return time_bare (bare, running, NULL)
         + time_bare (bare, "SELECT id, risk_level FROM alert WHERE resolved_on IS NULL AND deleted_at IS NULL;", NULL);
}

/* What the activity report reads, bare: the same rows from the same
 * tables, summaries and indexes over the same period, with nothing
 * counted or laid out.  The period is whole months (a year), so the
 * contacts come from their kept counts alone (the report reads the rows
 * of cut months only). */
static const char *const activity_bare_sql[] = {
  "SELECT sex, birth_date, entered_on, referent_id, entered_on >= ?1 FROM person"
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND entered_on <= ?2 AND (exited_on IS NULL OR exited_on >= ?1);",
  "SELECT kind, n, minutes FROM interaction_kind_month WHERE month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7);",
  "SELECT company_id FROM interaction_month WHERE month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7);",
  "SELECT company_id FROM interaction_visit_month WHERE month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7);",
  "SELECT id, sector, relationship_start, created_at FROM company WHERE deleted_at IS NULL;",
  "SELECT opportunity_id FROM opportunity_realised WHERE proposed_on BETWEEN ?1 AND ?2;",
  "SELECT phase, id FROM opportunity WHERE deleted_at IS NULL AND proposed_on BETWEEN ?1 AND ?2;",
  "SELECT type, ended_early, running, first_done, immersion_type, company_id FROM activity_start"
  " WHERE start_date BETWEEN ?1 AND ?2;",
  "SELECT exit_outcome FROM person INDEXED BY person_period"
  " WHERE deleted_at IS NULL AND merged_into IS NULL AND exited_on BETWEEN ?1 AND ?2;",
  "SELECT planned_on, due_on, done_on, tripartite FROM followup WHERE deleted_at IS NULL"
  " AND coalesce(planned_on, due_on) BETWEEN ?1 AND ?2;",
  "SELECT start_date, end_date, end_reason FROM placement WHERE deleted_at IS NULL AND kind IS NOT NULL"
  " AND end_date BETWEEN ?1 AND ?2 AND ended_by IN ('employer', 'person', 'structure');",
  "SELECT resolved_on FROM alert WHERE deleted_at IS NULL AND opened_on BETWEEN ?1 AND ?2;",
};

/* The statements one after the other, each with ?1 and ?2 bound to the
 * first and last days of a period. */
static double
time_period (PslBareDb         *bare,
             const char *const *sql,
             guint              n,
             const char        *from,
             const char        *to)
{
  gint64 t0 = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (bare->db, sql[i], -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }
  return ms_since (t0);
}

double
psl_floor_activity (PslBareDb  *bare,
                    const char *from,
                    const char *to)
{
  return time_period (bare, activity_bare_sql, G_N_ELEMENTS (activity_bare_sql), from, to);
}

double
psl_floor_campaign (PslBareDb  *bare,
                    const char *sector)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gint64 t0 = g_get_monotonic_time ();
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (bare->db,
                      "SELECT c.id, c.legal_name, c.address, c.postcode, c.commune, c.phone, c.email,"
                      " (SELECT label FROM ref_item WHERE list_code = 'sector' AND code = c.sector),"
                      " (SELECT k.last_name FROM contact k WHERE k.company_id = c.id AND k.deleted_at IS NULL"
                      "   AND k.active = 1 ORDER BY k.role = 'direction' DESC, k.created_at LIMIT 1)"
                      " FROM company c WHERE c.deleted_at IS NULL AND c.status = 'active' AND c.sector = ?1"
                      " ORDER BY c.postcode, c.legal_name COLLATE NOCASE;", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, sector, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (bare->db,
                      "SELECT r.answered_on, r.answers FROM questionnaire_response r"
                      " JOIN questionnaire_template t ON t.id = r.template_id"
                      " WHERE t.code = 'annexe5_engagement' AND r.subject_kind = 'company' AND r.subject_id = ?1"
                      " AND r.deleted_at IS NULL ORDER BY r.answered_on DESC, r.created_at DESC LIMIT 1;",
                      -1, &stmt, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, ids->pdata[i], -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
    }
  sqlite3_finalize (stmt);
  return ms_since (t0);
}

/* What the partnership map of the whole structure reads, bare: the firms
 * and partners, the contacts of the whole months from their kept counts
 * and those of the cut months at both ends (the benchmark's period starts
 * and ends within a month) from the rows, then each kind of link (the
 * opportunities realised and the starts as the writes keep them). */
static const char *const map_bare_sql[] = {
  "SELECT id, trade_name, legal_name, sector, partnership_level FROM company WHERE deleted_at IS NULL;",
  "SELECT id, name, kind FROM partner WHERE deleted_at IS NULL;",
  "SELECT company_id, n FROM interaction_month WHERE month > substr(?1, 1, 7) AND month < substr(?2, 1, 7);",
  "SELECT company_id FROM interaction WHERE deleted_at IS NULL"
  " AND occurred_at >= ?1 AND occurred_at < date(?1, 'start of month', '+1 month');",
  "SELECT company_id FROM interaction WHERE deleted_at IS NULL"
  " AND occurred_at >= date(?2, 'start of month') AND occurred_at < date(?2, '+1 day');",
  "SELECT company_id, partner_id FROM interaction INDEXED BY interaction_partner_period"
  " WHERE partner_id IS NOT NULL AND deleted_at IS NULL AND occurred_at >= ?1 AND occurred_at < date(?2, '+1 day');",
  "SELECT company_id FROM opportunity_realised WHERE proposed_on BETWEEN ?1 AND ?2;",
  "SELECT company_id, partner_id FROM start_partner WHERE start_date BETWEEN ?1 AND ?2;",
  "SELECT partner_id FROM referral WHERE received_on BETWEEN ?1 AND ?2;",
  "SELECT company_id, partner_id FROM partnership WHERE deleted_at IS NULL"
  " AND start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1);",
  "SELECT a.company_id, b.partner_id FROM event e"
  " JOIN event_participant a ON a.event_id = e.id AND a.company_id IS NOT NULL"
  " JOIN event_participant b ON b.event_id = e.id AND b.partner_id IS NOT NULL"
  " WHERE e.deleted_at IS NULL AND e.held_on BETWEEN ?1 AND ?2;",
};

double
psl_floor_partner_map (PslBareDb  *bare,
                       const char *from,
                       const char *to)
{
  return time_period (bare, map_bare_sql, G_N_ELEMENTS (map_bare_sql), from, to);
}

double
psl_floor_retention (PslBareDb *bare)
{
  return time_bare (bare, "SELECT id FROM person WHERE exited_on < date('now', '-24 months');", NULL);
}

double
psl_floor_sensitive_rows (PslStore   *store,
                          const char *person_id)
{
  gint64 t0 = g_get_monotonic_time ();
  {
    g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
      "SELECT id, category, detail, recorded_on FROM person_sensitive WHERE person_id = ?1;", NULL);

    sqlite3_bind_text (stmt, 1, person_id, -1, SQLITE_STATIC);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      ;
  }
  return ms_since (t0);
}

double
psl_floor_insert_rows (const char  *path,
                       PslFloorRows kind,
                       guint        n)
{
  const char *sql = kind == PSL_FLOOR_ROWS_FIRMS
                    ? "INSERT INTO t VALUES (?1, 'Entreprise ' || ?2, '46100', 'btp', ?2);"
                    : "INSERT INTO t VALUES (?1, 'Nom' || ?2, 'Prénom', '1980-01-01', ?2);";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 t0;

  sqlite3_open (path, &db);
  sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                    "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, a TEXT, b TEXT, c TEXT);", NULL, NULL, NULL);
  t0 = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN;", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = psl_new_id ();

      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT;", NULL, NULL, NULL);
  sqlite3_close (db);
  return ms_since (t0);
}

double
psl_floor_day_of_changes (const char *path,
                          guint       n)
{
  sqlite3 *db = NULL;
  gint64 t0;
  double ms;

  sqlite3_open (path, &db);
  t0 = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN;", NULL, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      char *sql = sqlite3_mprintf ("UPDATE company SET notes = 'n%d' WHERE rowid = %d;", i, i % 250 + 1);

      sqlite3_exec (db, sql, NULL, NULL, NULL);
      sqlite3_free (sql);
    }
  sqlite3_exec (db, "COMMIT;", NULL, NULL, NULL);
  ms = ms_since (t0);
  sqlite3_close (db);
  return ms;
}

/* ---- samples ---- */

/* About 4 n titles spread evenly over the index, kind after kind. */
GPtrArray *
psl_bench_spread_titles (PslStore *store,
                         guint     n)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  const char * const *kinds = psl_search_kinds ();
  g_autoptr(GString) total = g_string_new ("0");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  for (guint k = 0; kinds[k] != NULL; k++)
    g_string_append_printf (total, " + (SELECT count(*) FROM search_index_%s)", kinds[k]);
  g_string_append_printf (sql, "WITH stride AS (SELECT max(1, (%s) / (4 * ?1)) AS every)", total->str);
  for (guint k = 0; kinds[k] != NULL; k++)
    g_string_append_printf (sql, "%s SELECT title FROM search_index_%s WHERE rowid %% (SELECT every FROM stride) = 0",
                            k > 0 ? " UNION ALL" : "", kinds[k]);
  stmt = psl_store_prepare (store, sql->str, NULL);
  if (stmt == NULL)
    return titles;
  sqlite3_bind_int (stmt, 1, n);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 0);

      g_ptr_array_add (titles, g_strdup (title != NULL ? title : ""));
    }
  return titles;
}

/* The id and count of the first row of sql (id, count). */
static gboolean
first_id_and_count (PslStore   *store,
                    const char *sql,
                    char      **id,
                    gint64     *count)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *id = psl_column_dup (stmt, 0);
  *count = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

gboolean
psl_bench_busiest_company (PslStore *store,
                           char    **company_id,
                           gint64   *interactions)
{
  /* Interactions with a partner or a person have no firm: theirs is not
   * a firm's history. */
  return first_id_and_count (store,
                             "SELECT company_id, count(*) AS n FROM interaction WHERE company_id IS NOT NULL"
                             " GROUP BY company_id ORDER BY n DESC LIMIT 1;", company_id, interactions);
}

gboolean
psl_bench_busiest_person (PslStore *store,
                          char    **person_id,
                          gint64   *rows)
{
  /* Both read through their person's index. */
  return first_id_and_count (store,
                             "SELECT person_id, count(*) AS n FROM"
                             " (SELECT person_id FROM placement UNION ALL SELECT person_id FROM followup)"
                             " GROUP BY person_id ORDER BY n DESC LIMIT 1;", person_id, rows);
}

char *
psl_bench_open_opportunity (PslStore *store)
{
  g_autoptr(sqlite3_stmt) pick = psl_store_prepare (store,
    "SELECT id FROM opportunity WHERE status = 'open' AND rome_code IS NOT NULL AND deleted_at IS NULL"
    " ORDER BY id LIMIT 1;", NULL);

  if (pick == NULL || sqlite3_step (pick) != SQLITE_ROW)
    return NULL;
  return psl_column_dup (pick, 0);
}

gint64
psl_bench_count_candidates (PslStore *store)
{
  return psl_store_count (store, "SELECT count(*) FROM person WHERE deleted_at IS NULL"
                                 " AND merged_into IS NULL AND exited_on IS NULL", NULL);
}

GPtrArray *
psl_bench_sensitive_people (PslStore *store,
                            guint     n)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT person_id FROM person_sensitive GROUP BY person_id ORDER BY person_id LIMIT ?1;", NULL);

  if (stmt == NULL)
    return people;
  sqlite3_bind_int (stmt, 1, n);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (people, psl_column_dup (stmt, 0));
  return people;
}

void
psl_bench_day_of_work (PslStore *store,
                       guint     n)
{
  g_autoptr(sqlite3_stmt) firms = psl_store_prepare (store,
                                                     "SELECT id FROM company WHERE deleted_at IS NULL ORDER BY id LIMIT 250;",
                                                     NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint done = 0;

  while (firms != NULL && sqlite3_step (firms) == SQLITE_ROW)
    g_ptr_array_add (ids, psl_column_dup (firms, 0));
  for (guint i = 0; done < n && ids->len > 0; i++, done++)
    {
      const char *firm = g_ptr_array_index (ids, i % ids->len);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *id = psl_new_id ();

      if (i % 2 == 0)
        {
          stmt = psl_store_prepare (store, "UPDATE company SET notes = ?2 WHERE id = ?1;", NULL);
          sqlite3_bind_text (stmt, 1, firm, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, "Rappelée : besoin d’un préparateur de commandes en janvier.", -1, SQLITE_STATIC);
        }
      else
        {
          stmt = psl_store_prepare (store,
                                    "INSERT INTO interaction (id, company_id, kind, occurred_at, outcome)"
                                    " VALUES (?1, ?2, 'appel', date('now'), 'Échange sur les besoins de recrutement');",
                                    NULL);
          sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, firm, -1, SQLITE_STATIC);
        }
      psl_store_step_done (store, stmt, NULL);
    }
}
