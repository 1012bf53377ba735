/* test-demo.c — the demonstration data: exact sizes, sound, deterministic */

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include <stdlib.h>

#include "psl-action-plan.h"
#include "psl-alert.h"
#include "psl-barrier.h"
#include "psl-commitment.h"
#include "psl-company.h"
#include "psl-consent.h"
#include "psl-contact.h"
#include "psl-demo.h"
#include "psl-event.h"
#include "psl-followup.h"
#include "psl-format.h"
#include "psl-ident.h"
#include "psl-interaction.h"
#include "psl-opportunity.h"
#include "psl-partner.h"
#include "psl-person.h"
#include "psl-placement.h"
#include "psl-positioning.h"
#include "psl-sensitive.h"
#include "psl-store.h"
#include "psl-store-open.h"
#include "psl-test.h"
#include "psl-store-private.h"
#include "psl-summaries.h"

#define TODAY "2026-11-22"

static char *tmpdir;

static void
tiny_size (PslDemoSize *size,
           guint32      seed)
{
  memset (size, 0, sizeof *size);
  size->staff = 4;
  size->partners = 5;
  size->companies = 30;
  size->contacts = 60;
  size->people = 40;
  size->interactions = 300;
  size->opportunities = 40;
  size->placements = 50;
  size->seed = seed;
}

typedef struct
{
  guint  calls;
  double last;
  gboolean went_back;
  gboolean out_of_range;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  if (fraction < 0.0 || fraction > 1.0)
    p->out_of_range = TRUE;
  if (p->calls > 0 && fraction + 1e-9 < p->last)
    p->went_back = TRUE;
  p->last = fraction;
  p->calls++;
}

static PslStore *
generate (const char        *name,
          const PslDemoSize *size,
          Progress          *progress)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;

  psl_test_rm_rf (path);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (psl_demo_generate (store, size, TODAY,
                                    progress != NULL ? on_progress : NULL, progress, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static char *
company_ids (PslStore *store)
{
  return psl_test_query_text (store, "SELECT group_concat(id) FROM (SELECT id FROM company ORDER BY id);");
}

static void
test_sizes (void)
{
  PslDemoSize size;
  Progress progress = { 0, };
  g_autoptr(PslStore) store = NULL;

  tiny_size (&size, 7);
  store = generate ("sizes.db", &size, &progress);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company;"), ==, 30);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM contact;"), ==, 60);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person;"), ==, 40);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction;"), ==, 300);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement;"), ==, 50);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM staff;"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM partner;"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM opportunity;"), >, 0);

  /* Progress goes from 0 to 1, never backwards */
  g_assert_cmpuint (progress.calls, >, 0);
  g_assert_false (progress.out_of_range);
  g_assert_false (progress.went_back);
  g_assert_cmpfloat_with_epsilon (progress.last, 1.0, 1e-6);
}

static void
test_sound (void)
{
  PslDemoSize size;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint identifiers = 0;

  tiny_size (&size, 7);
  store = generate ("sound.db", &size, NULL);

  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_foreign_key_check;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok';"), ==, 0);

  /* Every identifier is valid: SIRET in France, BCE in Belgium */
  stmt = psl_store_prepare (store, "SELECT identifier, country, legal_name FROM company"
                                   " WHERE identifier IS NOT NULL;", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *identifier = (const char *) sqlite3_column_text (stmt, 0);
      const char *country = (const char *) sqlite3_column_text (stmt, 1);

      if (g_strcmp0 (country, "BE") == 0)
        g_assert_true (psl_ident_bce_valid (identifier));
      else
        {
          if (!psl_ident_siret_valid (identifier))
            g_test_message ("%s: %s", (const char *) sqlite3_column_text (stmt, 2), identifier);
          g_assert_true (psl_ident_siret_valid (identifier));
        }
      identifiers++;
    }
  g_assert_cmpuint (identifiers, >, 0);
  /* and unique among live firms */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) - count(DISTINCT identifier) FROM company"
                                 " WHERE identifier IS NOT NULL AND deleted_at IS NULL;"), ==, 0);

  /* Dates are real dates, in order */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE start_date IS NOT NULL AND end_date IS NOT NULL"
                                 "   AND end_date < start_date;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE start_date IS NOT NULL AND start_date < proposed_on;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement"
                                 " WHERE date(proposed_on) IS NULL"
                                 "    OR (start_date IS NOT NULL AND date(start_date) IS NULL)"
                                 "    OR (end_date IS NOT NULL AND date(end_date) IS NULL);"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE date(entered_on) IS NULL"
                                 " OR (exited_on IS NOT NULL AND exited_on < entered_on);"), ==, 0);
  /* Nothing happened after "today" but what is planned */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM interaction"
                                 " WHERE substr(occurred_at, 1, 10) > '" TODAY "';"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM placement WHERE proposed_on > '" TODAY "';"), ==, 0);

  /* Rows are stamped and indexed like the user's own */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company WHERE site_id IS NULL OR length(id) != 36;"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_map;"), ==,
                   psl_test_count (store, "SELECT count(*) FROM" PSL_TEST_SEARCH_ENTRIES ";"));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_company;"), ==,
                   psl_test_count (store, "SELECT count(*) FROM company WHERE deleted_at IS NULL;"));
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM search_index_person;"), ==,
                   psl_test_count (store, "SELECT count(*) FROM person WHERE deleted_at IS NULL;"));
  /* The rows are indexed together at the end: what is written next is
   * indexed as it is written again. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM meta WHERE key = 'search_deferred';"), ==, 0);

  /* The indexes and the triggers set aside while the rows were written
   * are all back, and what the latter keep equals a recount. */
  {
    g_autofree char *fresh_path = g_build_filename (tmpdir, "fresh.db", NULL);
    g_autoptr(PslStore) fresh = NULL;
    const char *schema = "SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger');";

    psl_test_rm_rf (fresh_path);
    fresh = psl_store_open (fresh_path, PSL_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, schema), ==, psl_test_count (fresh, schema));
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM sqlite_master WHERE name = 'company_contact_insert';"), ==, 1);
    g_assert_cmpint (psl_summaries_differences (store, &error), ==, 0);
    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM company_contact;"), >, 0);
  }
  /* ...and each says who wrote it, a member of the team: the referent of
   * a person or a firm, who had the placement, the follow-up, the note. */
  {
    static const char *const authored[] = {
      "SELECT count(*) FROM person WHERE created_by IS NOT referent_id OR updated_by IS NOT referent_id;",
      "SELECT count(*) FROM company WHERE created_by IS NOT referent_id;",
      "SELECT count(*) FROM placement WHERE created_by IS NOT staff_id;",
      "SELECT count(*) FROM followup WHERE created_by IS NOT staff_id;",
      "SELECT count(*) FROM note WHERE created_by IS NOT staff_id;",
      "SELECT count(*) FROM consent WHERE created_by IS NOT recorded_by;",
      "SELECT count(*) FROM followup WHERE created_by IS NULL OR created_by NOT IN (SELECT id FROM staff);",
      /* ...and when: the day it came in, not the day the file was made. */
      "SELECT count(*) FROM company WHERE relationship_start IS NOT NULL"
      "   AND substr(created_at, 1, 10) != relationship_start;",
      "SELECT count(*) FROM person WHERE substr(created_at, 1, 10) != entered_on;",
    };

    for (guint i = 0; i < G_N_ELEMENTS (authored); i++)
      g_assert_cmpint (psl_test_count (store, authored[i]), ==, 0);
  }
}

static void
test_deterministic (void)
{
  PslDemoSize size;
  g_autoptr(PslStore) a = NULL;
  g_autoptr(PslStore) b = NULL;
  g_autoptr(PslStore) c = NULL;
  g_autofree char *ids_a = NULL;
  g_autofree char *ids_b = NULL;
  g_autofree char *ids_c = NULL;
  g_autofree char *names_a = NULL;
  g_autofree char *names_b = NULL;
  const char *names_sql = "SELECT group_concat(legal_name, '|') FROM"
                          " (SELECT legal_name FROM company ORDER BY id);";

  tiny_size (&size, 7);
  a = generate ("seed7-a.db", &size, NULL);
  b = generate ("seed7-b.db", &size, NULL);
  tiny_size (&size, 8);
  c = generate ("seed8.db", &size, NULL);

  ids_a = company_ids (a);
  ids_b = company_ids (b);
  ids_c = company_ids (c);
  g_assert_nonnull (ids_a);
  g_assert_cmpuint (strlen (ids_a), ==, 30 * 36 + 29);
  g_assert_cmpstr (ids_a, ==, ids_b);
  g_assert_cmpstr (ids_a, !=, ids_c);

  names_a = psl_test_query_text (a, names_sql);
  names_b = psl_test_query_text (b, names_sql);
  g_assert_cmpstr (names_a, ==, names_b);

  /* The other tables follow the seed as well */
  {
    const char *sql = "SELECT group_concat(id || occurred_at, ',') FROM"
                      " (SELECT id, occurred_at FROM interaction ORDER BY id);";
    g_autofree char *ia = psl_test_query_text (a, sql);
    g_autofree char *ib = psl_test_query_text (b, sql);
    g_autofree char *ic = psl_test_query_text (c, sql);

    g_assert_cmpstr (ia, ==, ib);
    g_assert_cmpstr (ia, !=, ic);
  }
}

static void
test_default_sizes (void)
{
  PslDemoSize def;
  PslDemoSize large;

  psl_demo_size_default (&def);
  psl_demo_size_large (&large);

  g_assert_cmpuint (def.companies, >, 0);
  g_assert_cmpuint (def.people, >, 0);
  g_assert_cmpuint (def.interactions, >, 0);
  g_assert_cmpuint (def.placements, >, 0);
  /* The large file is the one the design's performance figures name */
  g_assert_cmpuint (large.companies, ==, 20000);
  g_assert_cmpuint (large.contacts, ==, 60000);
  g_assert_cmpuint (large.people, ==, 100000);
  g_assert_cmpuint (large.interactions, ==, 2000000);
  g_assert_cmpuint (large.placements, ==, 200000);
  g_assert_cmpuint (large.companies, >, def.companies);

  /* Twice the structure: twice everything, the same seed. */
  {
    PslDemoSize twice = large;

    psl_demo_size_scale (&twice, 2);
    g_assert_cmpuint (twice.staff, ==, 120);
    g_assert_cmpuint (twice.companies, ==, 40000);
    g_assert_cmpuint (twice.contacts, ==, 120000);
    g_assert_cmpuint (twice.people, ==, 200000);
    g_assert_cmpuint (twice.interactions, ==, 4000000);
    g_assert_cmpuint (twice.opportunities, ==, 200000);
    g_assert_cmpuint (twice.placements, ==, 400000);
    g_assert_cmpuint (twice.seed, ==, large.seed);
  }
}

/* ---- the program's own rules, over the demo a newcomer opens ---- */

/* Every field of every row passes the check the window, the importer and
 * the command line apply to what a user types (psl_record_check). */
static guint
check_fields (PslStore       *store,
              const char     *table,
              const PslField *fields)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0, rows = 0, broken = 0;

  for (n = 0; fields[n].column != NULL; n++)
    g_string_append_printf (sql, ", %s", fields[n].column);
  g_string_append_printf (sql, " FROM %s", table);
  {
    g_autofree char *has = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s') WHERE name = 'deleted_at';",
                                            table);
    if (psl_test_count (store, has) > 0)
      g_string_append (sql, " WHERE deleted_at IS NULL");
  }
  stmt = psl_store_prepare (store, sql->str, &error);
  g_assert_no_error (error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      rows++;
      for (guint i = 0; i < n; i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, (int) i + 1);
          g_autofree char *day = value != NULL ? g_strndup (value, 10) : NULL;
          g_autoptr(GError) refused = NULL;
          g_autofree char *checked = NULL;

          if (value == NULL && fields[i].kind != PSL_FIELD_REQUIRED)
            continue;
          /* An exchange may keep its time of day (psl-interaction.h): the
           * form checks its day. */
          if (strcmp (table, "interaction") == 0 && strcmp (fields[i].column, "occurred_at") == 0 &&
              g_regex_match_simple ("^....-..-..T[0-2][0-9]:[0-5][0-9]$", value, 0, 0))
            checked = psl_record_check (store, &fields[i], day, &refused);
          else
            checked = psl_record_check (store, &fields[i], value, &refused);
          if (refused != NULL || checked == NULL)
            {
              if (broken++ < 5)
                g_test_message ("%s %s: %s = “%s”: %s", table, sqlite3_column_text (stmt, 0), fields[i].column,
                                value, refused != NULL ? refused->message : "empty");
            }
        }
    }
  g_assert_cmpuint (rows, >, 0);
  return broken;
}

static GHashTable *
row_values (sqlite3_stmt *stmt)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    g_hash_table_insert (values, g_strdup (sqlite3_column_name (stmt, i)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, i)));
  return values;
}

/* The rules between the fields of a form (psl_*_check_form). */
static guint
check_forms (PslStore   *store,
             const char *sql,
             gboolean  (*check) (GHashTable *, const char **, GError **))
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, NULL);
  guint rows = 0, broken = 0;

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GHashTable) values = row_values (stmt);
      g_autoptr(GError) refused = NULL;
      const char *column = NULL;

      rows++;
      if (!check (values, &column, &refused))
        if (broken++ < 5)
          g_test_message ("%s: %s (%s)", sql, refused->message, column);
    }
  g_assert_cmpuint (rows, >, 0);
  return broken;
}

/* The rules that tie records together, each as the core function that
 * keeps it applies it when a user acts; a row found breaks it. */
static const struct
{
  const char *rule;
  const char *sql;
} cross_rules[] = {
  { "a placement on an opportunity is with the opportunity's firm (psl_placement_propose)",
    "SELECT pl.id FROM placement pl JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE o.company_id != pl.company_id" },
  { "a proposal still on its way is on an open opportunity (psl_placement_propose)",
    "SELECT pl.id FROM placement pl JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE pl.stage IN ('proposed', 'presented', 'meeting') AND o.status != 'open'" },
  { "nobody starts on a cancelled or refused opportunity",
    "SELECT pl.id FROM placement pl JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE pl.start_date IS NOT NULL AND o.status IN ('cancelled', 'refused')" },
  { "nobody is proposed twice for the same opportunity (psl_placement_propose)",
    "SELECT a.id FROM placement a JOIN placement b ON b.person_id = a.person_id"
    " AND b.opportunity_id = a.opportunity_id AND b.id > a.id"
    " WHERE a.stage NOT IN ('refused', 'withdrawn') AND b.stage NOT IN ('refused', 'withdrawn')" },
  { "an immersion opportunity gives immersions, a job or work-study one contracts",
    "SELECT pl.id FROM placement pl JOIN opportunity o ON o.id = pl.opportunity_id"
    " WHERE pl.kind IS NOT NULL AND (pl.kind = 'immersion') != (o.phase = 2)" },
  { "an immersion is an immersion (PMSMP), never a contract type; a contract is never a PMSMP",
    "SELECT id FROM placement WHERE (kind = 'immersion' AND coalesce(contract_type, 'pmsmp') != 'pmsmp')"
    " OR (kind = 'contract' AND coalesce(contract_type, '') IN ('', 'pmsmp'))" },
  { "the stage says what happened: started stages have a kind and a start, ended ones an end",
    "SELECT id FROM placement WHERE (stage IN ('immersion', 'contract') AND (kind != stage OR start_date IS NULL"
    "                                  OR end_date IS NOT NULL))"
    " OR (stage = 'ended' AND (kind IS NULL OR start_date IS NULL OR end_date IS NULL))"
    " OR (stage IN ('proposed', 'presented', 'meeting', 'refused', 'withdrawn') AND start_date IS NOT NULL)"
    " OR (stage IN ('refused', 'withdrawn') AND refusal_reason IS NULL)" },
  { "an early end has its cause, its author, comes after the start and before the planned end"
    " (psl_rupture_check)",
    "SELECT id FROM placement WHERE ended_by IN ('employer', 'person', 'structure')"
    " AND (end_reason IS NULL OR end_date < start_date OR end_date > :today"
    "      OR (planned_end IS NOT NULL AND end_date >= planned_end))" },
  { "nothing starts before it was proposed, nor is proposed before the person came",
    "SELECT pl.id FROM placement pl JOIN person p ON p.id = pl.person_id"
    " WHERE pl.start_date < pl.proposed_on OR pl.proposed_on < p.entered_on OR pl.proposed_on > :today" },
  { "a follow-up is recorded once done, not ahead, and not before its placement starts (psl_followup_save)",
    "SELECT f.id FROM followup f LEFT JOIN placement pl ON pl.id = f.placement_id"
    " WHERE f.done_on > :today OR f.done_on < pl.start_date" },
  { "an alert is opened on a placement under way, not in the future (psl_alert_check)",
    "SELECT a.id FROM alert a JOIN placement pl ON pl.id = a.placement_id"
    " WHERE a.opened_on > :today OR a.opened_on < pl.start_date" },
  { "the date of birth comes before the start of accompaniment, the exit after it (psl-person.c, check_dates)",
    "SELECT id FROM person WHERE birth_date >= entered_on OR exited_on < entered_on OR entered_on > :today" },
  { "a mission locale accompanies people of 16 to 25 at their entry",
    "SELECT p.id FROM person p, structure s WHERE s.kind = 'mission_locale'"
    " AND (date(p.birth_date, '+16 years') > p.entered_on OR date(p.birth_date, '+26 years') <= p.entered_on)" },
  { "nobody spoke to a firm before it entered the network, nor in the future",
    "SELECT i.id FROM interaction i JOIN company c ON c.id = i.company_id"
    " WHERE substr(i.occurred_at, 1, 10) < c.relationship_start OR substr(i.occurred_at, 1, 10) > :today" },
  { "a reminder is done after the exchange that set it, and not ahead",
    "SELECT id FROM interaction WHERE next_done_on > :today OR next_done_on < substr(occurred_at, 1, 10)"
    " OR next_due < substr(occurred_at, 1, 10)" },
  { "a firm is evaluated once in relation, never ahead",
    "SELECT e.id FROM evaluation e JOIN company c ON c.id = e.company_id"
    " WHERE e.evaluated_on < c.relationship_start OR e.evaluated_on > :today" },
  { "what is done is done by today (psl_schedule: nothing is done in the future)",
    "SELECT id FROM exit_survey WHERE done_on > :today"
    " UNION ALL SELECT id FROM commitment_step WHERE done_on > :today"
    " UNION ALL SELECT id FROM barrier WHERE lifted_on > :today OR lifted_on < identified_on" },
  { "a referent follows a person from a day to a later one",
    "SELECT id FROM person_referent WHERE to_date < from_date" },
};

static void
test_rules (void)
{
  static const struct { const char *table; const PslField *fields; } tables[] = {
    { "company", psl_company_fields }, { "company_trade", psl_trade_fields },
    { "contact", psl_contact_fields }, { "partner", psl_partner_fields },
    { "partnership", psl_partnership_fields }, { "partnership_review", psl_partnership_review_fields },
    { "opportunity", psl_opportunity_fields }, { "person", psl_person_fields },
    { "placement", psl_placement_fields }, { "followup", psl_followup_fields },
    { "alert", psl_alert_fields }, { "barrier", psl_barrier_fields },
    { "commitment", psl_commitment_fields }, { "commitment_step", psl_commitment_step_fields },
    { "consent", psl_consent_fields }, { "event", psl_event_fields },
    { "interaction", psl_interaction_fields }, { "person_sensitive", psl_sensitive_fields },
  };
  g_autofree char *today = psl_today_iso ();
  g_autofree char *path = g_build_filename (tmpdir, "rules.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  g_autoptr(sqlite3_stmt) people = NULL;
  g_autoptr(sqlite3_stmt) firms = NULL;
  PslDemoSize size;
  guint broken = 0;

  /* The demo a newcomer opens, made today so that "not in the future"
   * means what it means for the user. */
  psl_demo_size_default (&size);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (psl_demo_generate (store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    broken += check_fields (store, tables[i].table, tables[i].fields);

  broken += check_forms (store, "SELECT opened_on, resolved_on, resolution FROM alert WHERE deleted_at IS NULL;",
                         psl_alert_check);
  broken += check_forms (store, "SELECT status, refusal_reason FROM opportunity WHERE deleted_at IS NULL;",
                         psl_opportunity_check_form);

  for (guint i = 0; i < G_N_ELEMENTS (cross_rules); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*), min(id) FROM (%s);", cross_rules[i].sql);
      g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, &error);

      g_assert_no_error (error);
      psl_bind_named (stmt, ":today", today);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int (stmt, 0) > 0)
        {
          g_test_message ("%d rows break “%s”, such as %s", sqlite3_column_int (stmt, 0), cross_rules[i].rule,
                          sqlite3_column_text (stmt, 1));
          broken++;
        }
    }

  /* No two contracts of one person at once (psl_placement_overlap). */
  people = psl_store_prepare (store, "SELECT id FROM person;", &error);
  g_assert_no_error (error);
  while (sqlite3_step (people) == SQLITE_ROW)
    {
      g_autofree char *overlap = psl_placement_overlap (store, (const char *) sqlite3_column_text (people, 0));

      if (overlap != NULL && broken++ < 50)
        g_test_message ("%s", overlap);
    }

  /* No firm the importer or the firm form would take for another one
   * (same identifier, or same name and postcode). */
  firms = psl_store_prepare (store, "SELECT id, identifier, legal_name, postcode FROM company;", &error);
  g_assert_no_error (error);
  while (sqlite3_step (firms) == SQLITE_ROW)
    {
      g_autofree char *other = psl_company_find_other_duplicate (store, (const char *) sqlite3_column_text (firms, 0),
                                                                 (const char *) sqlite3_column_text (firms, 1),
                                                                 (const char *) sqlite3_column_text (firms, 2),
                                                                 (const char *) sqlite3_column_text (firms, 3));
      if (other != NULL && broken++ < 50)
        g_test_message ("%s is a duplicate of another firm", sqlite3_column_text (firms, 2));
    }

  g_assert_cmpuint (broken, ==, 0);
}

/* The follow-up plan as a team keeps it: what fell due more than three
 * weeks ago was made, a handful of the last weeks' still wait, and no
 * placement's next follow-up comes before its last one. */
static void
test_followups_kept (void)
{
  g_autofree char *today = psl_today_iso ();
  g_autofree char *path = g_build_filename (tmpdir, "followups.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PslStore) store = NULL;
  PslDemoSize size;
  g_autofree char *sql = NULL;
  gint64 n, overdue;

  psl_demo_size_default (&size);
  store = psl_store_open (path, PSL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (psl_demo_generate (store, &size, today, NULL, NULL, &error));
  g_assert_no_error (error);

  n = psl_test_count (store, "SELECT count(*) FROM followup WHERE done_on IS NOT NULL");
  g_assert_cmpint (n, >, 500);
  sql = g_strdup_printf ("SELECT count(*) FROM followup WHERE done_on IS NULL AND due_on < date('%s', '-21 days')",
                         today);
  g_assert_cmpint (psl_test_count (store, sql), ==, 0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM followup WHERE done_on IS NULL AND due_on < '%s'", today);
  overdue = psl_test_count (store, sql);
  g_test_message ("%" G_GINT64_FORMAT " follow-ups overdue of %" G_GINT64_FORMAT " made", overdue, n);
  g_assert_cmpint (overdue, <=, 15);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM followup WHERE done_on > '%s' OR done_on < "
                         " (SELECT start_date FROM placement p WHERE p.id = followup.placement_id)", today);
  g_assert_cmpint (psl_test_count (store, sql), ==, 0);
  g_assert_cmpint (psl_test_count (store,
                     "SELECT count(*) FROM placement p"
                     " WHERE (SELECT min(due_on) FROM followup f WHERE f.placement_id = p.id AND f.done_on IS NULL)"
                     "     < (SELECT max(done_on) FROM followup f WHERE f.placement_id = p.id)"), ==, 0);

  /* The team has reviewed its service: the diagnostic answered by a
   * few of its members, the positioning rated throughout, an action
   * plan of activities with their sub-activities over this year. */
  {
    g_autoptr(PslPositioning) positioning = psl_positioning_load (store, &error);
    g_autoptr(GPtrArray) plan = psl_action_plan_list (store, &error);
    guint activities = 0, year = atoi (today);

    g_assert_no_error (error);
    g_assert_cmpint (psl_test_count (store, "SELECT count(DISTINCT staff_id) FROM diagnostic_answer"), >=, 2);
    g_assert_cmpint (psl_test_count (store, "SELECT count(DISTINCT staff_id) FROM diagnostic_answer"), <=, 3);
    g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM diagnostic_answer"
                                            " WHERE answer LIKE '%\"texts\"%'"), >=, 10);
    for (guint i = 0; i < PSL_POSITIONING_N_ITEMS; i++)
      for (guint p = 0; p < PSL_N_PROVIDERS; p++)
        {
          g_assert_cmpint (positioning->ratings[i][p], >=, 1);
          g_assert_cmpint (positioning->ratings[i][p], <=, 5);
        }
    g_assert_cmpuint (plan->len, >=, 6);
    for (guint i = 0; i < plan->len; i++)
      {
        PslPlanItem *item = g_ptr_array_index (plan, i);

        activities += item->depth == 0;
        g_assert_nonnull (item->start_month);
        g_assert_cmpint (atoi (item->start_month), ==, year);
        g_assert_cmpstr (item->start_month, <=, item->end_month);
      }
    g_assert_cmpuint (activities, >=, 3);
    g_assert_cmpuint (activities, <, plan->len);
  }
}

/* French text is written with the typographic apostrophe: no straight
 * one in any text the demo stores (names, labels, notes, the funders'
 * footer). */
static void
test_apostrophes (void)
{
  g_autoptr(PslStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) columns = NULL;
  PslDemoSize size;
  guint found = 0;

  psl_demo_size_default (&size);
  store = generate ("apostrophes.db", &size, NULL);
  columns = psl_store_prepare (store,
                               "SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c"
                               " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'search%'"
                               "   AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND c.type = 'TEXT';", &error);
  g_assert_no_error (error);
  while (sqlite3_step (columns) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE \"%s\" LIKE '%%''%%'",
                                              sqlite3_column_text (columns, 0), sqlite3_column_text (columns, 1));
      gint64 n = psl_test_count (store, sql);

      if (n > 0)
        {
          g_autofree char *one = g_strdup_printf ("SELECT \"%s\" FROM \"%s\" WHERE \"%s\" LIKE '%%''%%' LIMIT 1",
                                                  sqlite3_column_text (columns, 1), sqlite3_column_text (columns, 0),
                                                  sqlite3_column_text (columns, 1));
          g_autofree char *text = psl_test_query_text (store, one);

          g_test_message ("%s.%s: %" G_GINT64_FORMAT " with a straight apostrophe, such as “%.80s”",
                          sqlite3_column_text (columns, 0), sqlite3_column_text (columns, 1), n, text);
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 0);

  /* A person's strengths agree with her or him. */
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE sex = 'F' AND strengths IS NOT NULL"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE sex = 'M' AND strengths IS NOT NULL"), >, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE sex = 'M' AND"
                                          " (strengths LIKE '%ponctuelle%' OR strengths LIKE '%souriante%'"
                                          "  OR strengths LIKE '%habituée%' OR strengths LIKE '%sérieuse%'"
                                          "  OR strengths LIKE '%motivée%' OR strengths LIKE '%bricoleuse%'"
                                          "  OR strengths LIKE 'patiente%')"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE sex = 'F' AND"
                                          " (strengths LIKE 'ponctuel,%' OR strengths LIKE '%souriant'"
                                          "  OR strengths LIKE '%habitué %' OR strengths LIKE 'sérieux%'"
                                          "  OR strengths LIKE 'bricoleur%' OR strengths LIKE 'patient,%')"), ==, 0);
  g_assert_cmpint (psl_test_count (store, "SELECT count(*) FROM person WHERE strengths LIKE '%(e)%'"
                                          " OR notes LIKE '%(e)%'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  psl_test_init (&argc, &argv);

  tmpdir = g_dir_make_tmp ("psl-test-demo-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/demo/sizes", test_sizes);
  g_test_add_func ("/demo/sound", test_sound);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/default-sizes", test_default_sizes);
  g_test_add_func ("/demo/rules", test_rules);
  g_test_add_func ("/demo/followups-kept", test_followups_kept);
  g_test_add_func ("/demo/french-text", test_apostrophes);

  ret = g_test_run ();
  psl_test_rm_rf (tmpdir);
  g_free (tmpdir);
  return ret;
}
