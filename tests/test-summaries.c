/* test-summaries.c — the counts the writes keep equal a full recount, and
 * the pages that read them show what they showed from the rows
 *
 * A small demonstration file is written to at random (contacts moved,
 * deleted and undone, people leaving and coming back, surveys recorded and
 * withdrawn, starts and opportunities moved, deleted and undone, people
 * sent again by partners); after every few writes the kept counts must equal those
 * counted again from the rows.  Then the Échéancier's calls after exit and
 * the map's contacts by firm are compared with the same figures read
 * straight from the rows, over periods that do and do not start on the
 * first of a month.
 */

#include "config.h"

#include <string.h>

#include "psl-demo.h"
#include "psl-outcome.h"
#include "psl-person-list.h"
#include "psl-partner-map.h"
#include "psl-schedule.h"
#include "psl-summaries.h"
#include "psl-test.h"
#include "psl-store-private.h"

#define TODAY "2026-11-22"

typedef PslTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PslDemoSize size = { 0 };

  size.staff = 4;
  size.partners = 6;
  size.companies = 40;
  size.contacts = 60;
  size.people = 120;
  size.interactions = 900;
  size.opportunities = 40;
  size.placements = 80;
  size.seed = 7;
  psl_test_fixture_setup (f, NULL);
  g_assert_true (psl_demo_generate (f->store, &size, TODAY, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_kept_right (PslStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (psl_summaries_differences (store, &error), ==, 0);
  g_assert_no_error (error);
}

/* A random row of table (with a condition), or NULL. */
static char *
pick (PslStore   *store,
      const char *table,
      const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s ORDER BY id LIMIT 1 OFFSET"
                                          " (SELECT abs(%d) %% max(1, count(*)) FROM %s WHERE %s);",
                                          table, where, g_test_rand_int (), table, where);

  return psl_test_query_text (store, sql);
}

static void
run (PslStore   *store,
     const char *sql,
     const char *a,
     const char *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, b, -1, SQLITE_TRANSIENT);
  psl_store_step_done (store, stmt, &error);
  g_assert_no_error (error);
}

static char *
random_day (void)
{
  return g_strdup_printf ("2026-%02d-%02d", g_test_rand_int_range (1, 13), g_test_rand_int_range (1, 29));
}

/* How many reminders the random writes set that their firm's summary
 * then held. */
static guint reminders_kept;

static void
random_write (PslStore *store)
{
  g_autofree char *contact = pick (store, "interaction", "1");
  g_autofree char *firm = pick (store, "company", "deleted_at IS NULL");
  g_autofree char *person = pick (store, "person", "1");
  g_autofree char *survey = pick (store, "exit_survey", "1");
  g_autofree char *placement = pick (store, "placement", "1");
  g_autofree char *referral = pick (store, "referral", "1");
  g_autofree char *opportunity = pick (store, "opportunity", "1");
  g_autofree char *day = random_day ();
  g_autofree char *id = psl_new_id ();

  g_autofree char *followup = pick (store, "followup", "1");

  switch (g_test_rand_int_range (0, 30))
    {
    case 0:   /* deleted, then perhaps undone */
      run (store, "UPDATE interaction SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1;", contact, NULL);
      if (g_test_rand_bit ())
        run (store, "UPDATE interaction SET deleted_at = NULL WHERE id = ?1;", contact, NULL);
      break;
    case 1:
      run (store, "UPDATE interaction SET occurred_at = ?2 WHERE id = ?1;", contact, day);
      break;
    case 2:
      run (store, "UPDATE interaction SET company_id = ?2 WHERE id = ?1;", contact, firm);
      break;
    case 3:
      {
        /* A contact that a news of the economic watch turned into stays:
         * the database refuses to lose it. */
        g_autofree char *unlinked = pick (store, "interaction",
                                          "id NOT IN (SELECT interaction_id FROM watch_entry"
                                          "           WHERE interaction_id IS NOT NULL)");

        run (store, "DELETE FROM interaction WHERE id = ?1;", unlinked, NULL);
      }
      break;
    case 4:
      {
        g_autofree char *sql = g_strdup_printf ("INSERT INTO interaction (id, company_id, kind, occurred_at)"
                                                " VALUES (?1, ?2, 'visite', '%s');", day);

        run (store, sql, id, firm);
      }
      break;
    case 5:   /* a contact with a partner only: no firm to count */
      run (store, "INSERT INTO interaction (id, partner_id, kind, occurred_at)"
                  " VALUES (?1, (SELECT min(id) FROM partner), 'telephone', ?2);", id, day);
      break;
    case 6:
      run (store, "UPDATE person SET exited_on = ?2 WHERE id = ?1;", person, day);
      break;
    case 7:   /* back in the pathway */
      run (store, "UPDATE person SET exited_on = NULL WHERE id = ?1;", person, NULL);
      break;
    case 8:
      run (store, "UPDATE person SET referent_id = (SELECT id FROM staff ORDER BY random() LIMIT 1) WHERE id = ?1;",
           person, NULL);
      break;
    case 9:
      run (store, "UPDATE person SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2026-11-01' END WHERE id = ?1;",
           person, NULL);
      break;
    case 10:
      run (store, "INSERT OR IGNORE INTO exit_survey (id, person_id, months, due_on)"
                  " SELECT ?1, id, 6, date(exited_on, '+6 months') FROM person WHERE id = ?2 AND exited_on IS NOT NULL;",
           id, person);
      break;
    case 11:
      run (store, "UPDATE exit_survey SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2026-11-01' END"
                  " WHERE id = ?1;", survey, NULL);
      break;
    case 12:
      run (store, "DELETE FROM exit_survey WHERE id = ?1;", survey, NULL);
      break;
    case 14:   /* a start deleted, then perhaps undone */
      run (store, "UPDATE placement SET deleted_at = '2026-11-01' WHERE id = ?1;", placement, NULL);
      if (g_test_rand_bit ())
        run (store, "UPDATE placement SET deleted_at = NULL WHERE id = ?1;", placement, NULL);
      break;
    case 15:
      run (store, "UPDATE placement SET stage = ?2 WHERE id = ?1;", placement,
           (const char *[]) { "contract", "immersion", "refused", "withdrawn", "proposed" }[g_test_rand_int_range (0, 5)]);
      break;
    case 16:
      run (store, "UPDATE placement SET start_date = ?2 WHERE id = ?1"
                  " AND (end_date IS NULL OR end_date >= ?2) AND (planned_end IS NULL OR planned_end >= ?2);",
           placement, g_test_rand_bit () ? day : NULL);
      break;
    case 17:   /* to somebody else, or for another opportunity */
      run (store, "UPDATE placement SET person_id = ?2 WHERE id = ?1;", placement, person);
      run (store, "UPDATE placement SET opportunity_id = ?2 WHERE id = ?1;", placement,
           g_test_rand_bit () ? opportunity : NULL);
      break;
    case 18:   /* a person sent by a partner, perhaps again */
      {
        g_autofree char *sql = g_strdup_printf ("INSERT INTO referral (id, partner_id, person_id, received_on)"
                                                " VALUES (?1, (SELECT id FROM partner ORDER BY random() LIMIT 1), ?2, '%s');",
                                                day);

        run (store, sql, id, person);
      }
      break;
    case 19:
      run (store, "UPDATE referral SET received_on = ?2 WHERE id = ?1;", referral, day);
      break;
    case 20:
      run (store, g_test_rand_bit () ? "DELETE FROM referral WHERE id = ?1;"
                                     : "UPDATE referral SET person_id = ?2 WHERE id = ?1;", referral, person);
      break;
    case 21:
      run (store, "UPDATE opportunity SET status = CASE status WHEN 'filled' THEN 'open' ELSE 'filled' END WHERE id = ?1;",
           opportunity, NULL);
      break;
    case 22:
      run (store, "UPDATE opportunity SET proposed_on = ?2, deleted_at = CASE WHEN deleted_at IS NULL AND random() % 3 = 0"
                  " THEN '2026-11-01' END WHERE id = ?1;", opportunity, day);
      break;
    case 23:   /* a contact given to another counsellor, perhaps of another antenna */
      run (store, "UPDATE interaction SET staff_id = (SELECT id FROM staff ORDER BY random() LIMIT 1) WHERE id = ?1;",
           contact, NULL);
      break;
    case 24:   /* another kind of contact, or a longer one */
      run (store, "UPDATE interaction SET kind = ?2, duration_min = abs(random() % 90) WHERE id = ?1;", contact,
           (const char *[]) { "visite", "appel", "courriel" }[g_test_rand_int_range (0, 3)]);
      break;
    case 25:   /* a follow-up of a start, done or not */
      run (store, "INSERT INTO followup (id, placement_id, person_id, label, due_on, done_on)"
                  " SELECT ?1, id, person_id, 'Point', start_date, CASE WHEN random() % 2 = 0 THEN start_date END"
                  "   FROM placement WHERE id = ?2 AND start_date IS NOT NULL;", id, placement);
      break;
    case 26:   /* a follow-up done another day, deleted and perhaps undone, or gone */
      run (store, "UPDATE followup SET done_on = ?2 WHERE id = ?1;", followup, g_test_rand_bit () ? day : NULL);
      run (store, "UPDATE followup SET deleted_at = '2026-11-01' WHERE id = ?1;", followup, NULL);
      if (g_test_rand_bit ())
        run (store, "UPDATE followup SET deleted_at = NULL WHERE id = ?1;", followup, NULL);
      else if (g_test_rand_bit ())
        run (store, "DELETE FROM followup WHERE id = ?1;", followup, NULL);
      break;
    case 27:   /* ended early by someone, or running again */
      run (store, "UPDATE placement SET end_date = CASE WHEN end_date IS NULL THEN start_date END,"
                  " ended_by = CASE WHEN end_date IS NULL THEN ?2 END WHERE id = ?1;", placement,
           (const char *[]) { "employer", "person", "term" }[g_test_rand_int_range (0, 3)]);
      break;
    case 28:
      run (store, "UPDATE placement SET contract_type = ?2, immersion_type = CASE ?2 WHEN 'cdi' THEN 'skills'"
                  " ELSE 'discovery' END WHERE id = ?1;", placement, g_test_rand_bit () ? "cdi" : "cdd");
      break;
    case 29:   /* a reminder set, or one still to do done */
      if (g_test_rand_bit ())
        {
          g_autofree char *kept = g_strdup_printf ("SELECT count(*) FROM interaction i JOIN company_contact cc"
                                                   " ON cc.company_id = i.company_id"
                                                   " WHERE i.id = '%s' AND cc.next_due IS NOT NULL;", contact);

          run (store, "UPDATE interaction SET next_due = ?2, next_done_on = NULL WHERE id = ?1;", contact, day);
          /* Seen in its firm's summary (unless the exchange or the firm
           * is deleted); later writes may do it. */
          reminders_kept += psl_test_count (store, kept) > 0;
        }
      else
        {
          g_autofree char *reminded = pick (store, "interaction", "next_due IS NOT NULL AND next_done_on IS NULL");

          run (store, "UPDATE interaction SET next_done_on = ?2 WHERE id = ?1;", reminded, day);
        }
      break;
    default:
      run (store, "UPDATE exit_survey SET months = 18 - months WHERE id = ?1"
                  " AND NOT EXISTS (SELECT 1 FROM exit_survey o WHERE o.person_id = exit_survey.person_id"
                  "                 AND o.months = 18 - exit_survey.months);", survey, NULL);
      break;
    }
}

static void
test_kept_after_random_writes (Fixture       *f,
                               gconstpointer  data)
{
  /* The demonstration file itself, written through the triggers (the
   * map's links counted once at its end). */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction_month;"), >, 12);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM survey_due;"), >, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM start_partner WHERE partner_id IS NOT NULL;"), >, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity_realised;"), >, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM activity_start WHERE first_done IS NOT NULL;"), >, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction_visit_month;"), >, 2);
  g_assert_cmpint (psl_test_count (f->store, "SELECT sum(minutes) FROM interaction_kind_month;"), >, 0);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company_contact WHERE last_contact IS NOT NULL;"), >, 2);
  assert_kept_right (f->store);

  reminders_kept = 0;
  for (guint round = 0; round < 40; round++)
    {
      for (guint k = 0; k < 15; k++)
        random_write (f->store);
      assert_kept_right (f->store);
    }
  /* The writes reached both summaries, and set reminders that the
   * firms' summary held (those still set at the end may all have been
   * done since). */
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM exit_survey;"), >, 0);
  g_assert_cmpuint (reminders_kept, >, 0);
}

static void
test_rebuilt_on_demand (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 months = psl_test_count (f->store, "SELECT count(*) FROM interaction_month;");
  gint64 staff_months = psl_test_count (f->store, "SELECT sum(n) FROM interaction_staff_month;");
  gint64 calls = psl_test_count (f->store, "SELECT count(*) FROM survey_due;");
  gint64 starts = psl_test_count (f->store, "SELECT count(*) FROM start_partner WHERE partner_id IS NOT NULL;");
  gint64 realised = psl_test_count (f->store, "SELECT count(*) FROM opportunity_realised;");
  gint64 minutes = psl_test_count (f->store, "SELECT sum(minutes) FROM interaction_kind_month;");
  gint64 visits = psl_test_count (f->store, "SELECT sum(n) FROM interaction_visit_month;");
  gint64 first_done = psl_test_count (f->store, "SELECT count(*) FROM activity_start WHERE first_done IS NOT NULL;");
  gint64 firms_met = psl_test_count (f->store, "SELECT count(*) FROM company_contact;");

  psl_test_exec (f->store, "UPDATE interaction_month SET n = n + 3"
                           " WHERE (month, company_id) IN (SELECT month, company_id FROM interaction_month LIMIT 5);"
                           "DELETE FROM survey_due WHERE person_id IN (SELECT person_id FROM survey_due LIMIT 3);"
                           "INSERT INTO interaction_month VALUES ('1999-01', 'none', 4);"
                           "UPDATE start_partner SET partner_id = NULL"
                           " WHERE placement_id IN (SELECT placement_id FROM start_partner WHERE partner_id IS NOT NULL LIMIT 2);"
                           "DELETE FROM opportunity_realised WHERE opportunity_id IN"
                           " (SELECT opportunity_id FROM opportunity_realised LIMIT 2);"
                           "UPDATE interaction_staff_month SET n = n + 1 WHERE (month, staff_id, company_id) IN"
                           " (SELECT month, staff_id, company_id FROM interaction_staff_month LIMIT 2);"
                           "UPDATE interaction_kind_month SET minutes = minutes + 5"
                           " WHERE (month, staff_id, kind) IN (SELECT month, staff_id, kind FROM interaction_kind_month LIMIT 2);"
                           "DELETE FROM interaction_visit_month WHERE (month, staff_id, company_id) IN"
                           " (SELECT month, staff_id, company_id FROM interaction_visit_month LIMIT 2);"
                           "UPDATE activity_start SET first_done = NULL WHERE placement_id IN"
                           " (SELECT placement_id FROM activity_start WHERE first_done IS NOT NULL LIMIT 2);"
                           "UPDATE company_contact SET last_contact = '1999-01-01' WHERE company_id IN"
                           " (SELECT company_id FROM company_contact LIMIT 2);"
                           "DELETE FROM company_contact WHERE company_id IN"
                           " (SELECT company_id FROM company_contact ORDER BY company_id DESC LIMIT 1);");
  g_assert_cmpint (psl_summaries_differences (f->store, &error), >=, 5 + 1 + 3 + 2 + 2 + 2 + 2 + 2 + 2 + 2 + 1);
  g_assert_true (psl_summaries_rebuild (f->store, &error));
  g_assert_no_error (error);
  assert_kept_right (f->store);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM interaction_month;"), ==, months);
  g_assert_cmpint (psl_test_count (f->store, "SELECT sum(n) FROM interaction_staff_month;"), ==, staff_months);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM survey_due;"), ==, calls);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM start_partner WHERE partner_id IS NOT NULL;"), ==, starts);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM opportunity_realised;"), ==, realised);
  g_assert_cmpint (psl_test_count (f->store, "SELECT sum(minutes) FROM interaction_kind_month;"), ==, minutes);
  g_assert_cmpint (psl_test_count (f->store, "SELECT sum(n) FROM interaction_visit_month;"), ==, visits);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM activity_start WHERE first_done IS NOT NULL;"),
                   ==, first_done);
  g_assert_cmpint (psl_test_count (f->store, "SELECT count(*) FROM company_contact;"), ==, firms_met);
}

/* The calls after exit of the Échéancier, one per line "person:months
 * due", as the rows alone give them. */
static char *
calls_from_rows (PslStore   *store,
                 const char *from,
                 const char *until)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT group_concat(line, ' ') FROM (SELECT p.id || ':' || m.months || '@' || date(p.exited_on, '+' || m.months || ' months') AS line"
    "  FROM person p JOIN (SELECT 6 AS months UNION ALL SELECT 12) m"
    " WHERE p.exited_on IS NOT NULL AND p.deleted_at IS NULL AND p.merged_into IS NULL"
    "   AND date(p.exited_on, '+' || m.months || ' months') BETWEEN '%1$s' AND '%2$s'"
    "   AND p.exited_on BETWEEN date('%1$s', '-' || m.months || ' months', '-7 days')"
    "                       AND date('%2$s', '-' || m.months || ' months')"
    "   AND NOT EXISTS (SELECT 1 FROM exit_survey e WHERE e.person_id = p.id AND e.months = m.months AND e.deleted_at IS NULL)"
    " UNION ALL SELECT e.person_id || ':' || e.months || '@' || e.due_on FROM exit_survey e"
    " WHERE e.done_on IS NULL AND e.deleted_at IS NULL AND e.due_on BETWEEN '%1$s' AND '%2$s'"
    " ORDER BY line);", from, until);

  return psl_test_query_text (store, sql);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
calls_from_schedule (PslStore   *store,
                     const char *from,
                     const char *until)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = psl_schedule_load_range (store, from, until, NULL, 100000, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      PslScheduleItem *item = g_ptr_array_index (items, i);

      if (item->kind == PSL_DUE_SURVEY)
        g_ptr_array_add (lines, g_strdup_printf ("%s@%s", item->ref_id, item->due_on));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return lines->len > 1 ? g_strjoinv (" ", (char **) lines->pdata) : NULL;
}

static void
test_schedule_calls_as_rows (Fixture       *f,
                             gconstpointer  data)
{
  for (guint round = 0; round < 6; round++)
    {
      g_autofree char *from_rows = NULL;
      g_autofree char *from_schedule = NULL;

      for (guint k = 0; k < 40; k++)
        random_write (f->store);
      from_rows = calls_from_rows (f->store, "2026-01-01", "2027-12-31");
      from_schedule = calls_from_schedule (f->store, "2026-01-01", "2027-12-31");
      g_assert_nonnull (from_rows);
      g_assert_cmpstr (from_schedule, ==, from_rows);
    }
}

/* Each firm's contacts on the map of the structure or of an antenna,
 * against the rows counted one by one. */
static void
assert_map_counts (PslStore   *store,
                   const char *from,
                   const char *to,
                   const char *antenna)
{
  PslMapFilter filter = { (char *) from, (char *) to, (char *) antenna, NULL, NULL, NULL, PSL_MAP_RINGS_LEVEL, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PslPartnerMap) map = psl_partner_map_load (store, &filter, &error);
  guint firms = 0;

  g_assert_no_error (error);
  for (guint i = 1; i < map->nodes->len; i++)
    {
      const PslMapNode *node = g_ptr_array_index (map->nodes, i);
      g_autofree char *sql = NULL;

      if (node->kind != PSL_MAP_NODE_COMPANY)
        continue;
      sql = g_strdup_printf ("SELECT count(*) FROM interaction WHERE company_id = '%s' AND deleted_at IS NULL"
                             " AND occurred_at >= '%s' AND occurred_at < date('%s', '+1 day')"
                             " AND ('%s' = '' OR staff_id IN (SELECT id FROM staff WHERE antenna_id = '%s'));",
                             node->id, from, to, antenna != NULL ? antenna : "", antenna != NULL ? antenna : "");
      g_assert_cmpint (node->interactions, ==, psl_test_count (store, sql));
      firms += node->interactions > 0;
    }
  g_assert_cmpuint (firms, >, 0);
}

static void
test_map_counts_as_rows (Fixture       *f,
                         gconstpointer  data)
{
  /* Whole months, months cut at both ends, within one month, a leap day. */
  const char *periods[][2] = {
    { "2026-01-01", "2026-06-30" }, { "2025-11-23", "2026-11-22" }, { "2026-03-10", "2026-03-20" },
    { "2026-02-01", "2026-02-28" }, { "2025-12-31", "2026-02-01" },
  };

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *antenna = psl_test_query_text (f->store, "SELECT min(antenna_id) FROM staff;");

      g_assert_nonnull (antenna);
      for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
        {
          assert_map_counts (f->store, periods[p][0], periods[p][1], NULL);
          assert_map_counts (f->store, periods[p][0], periods[p][1], antenna);
        }
      for (guint k = 0; k < 40; k++)
        random_write (f->store);
    }
}

/* The people's list: every person once, with the age band and the next
 * date due that the person's own rows give. */
static void
test_people_list_as_rows (Fixture       *f,
                          gconstpointer  data)
{
  for (guint k = 0; k < 60; k++)
    random_write (f->store);
  psl_test_exec (f->store, "UPDATE person SET birth_date = '2001-02-29' WHERE id = (SELECT min(id) FROM person);"
                           "UPDATE person SET birth_date = '2001-11-22' WHERE id = (SELECT max(id) FROM person);");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) list = psl_person_list_load (f->store, PSL_PEOPLE_ALL, TODAY, &error);
    guint n = list->len;
    guint with_due = 0;

    g_assert_no_error (error);
    g_assert_cmpint (n, ==, psl_test_count (f->store, "SELECT count(*) FROM person WHERE deleted_at IS NULL;"));
    for (guint i = 0; i < n; i++)
      {
        PslPersonRow *row = g_ptr_array_index (list, i);
        const char *id = psl_person_row_get_id (row);
        g_autofree char *due_sql = g_strdup_printf (
          "SELECT CASE WHEN p.exited_on IS NULL THEN nullif(min("
          "  coalesce((SELECT min(due_on) FROM followup WHERE person_id = p.id AND done_on IS NULL AND deleted_at IS NULL), '9999'),"
          "  coalesce((SELECT min(review_on) FROM commitment WHERE person_id = p.id AND review_outcome IS NULL"
          "            AND deleted_at IS NULL), '9999')), '9999') END FROM person p WHERE p.id = '%s';", id);
        g_autofree char *birth_sql = g_strdup_printf ("SELECT birth_date FROM person WHERE id = '%s';", id);
        g_autofree char *due = psl_test_query_text (f->store, due_sql);
        g_autofree char *birth = psl_test_query_text (f->store, birth_sql);

        g_assert_cmpstr (psl_person_row_get_next_due (row), ==, due);
        g_assert_cmpstr (psl_person_row_get_age_band (row), ==, psl_age_band_label (psl_age_band (birth, TODAY)));
        with_due += due != NULL;
      }
    g_assert_cmpuint (with_due, >, 0);
  }
}

/* Every trigger that writes a kept summary, into its table or through a
 * view of changes, is among those a bulk writer sets aside, and no other
 * (the stamps and the search entries stay kept row by row). */
static void
test_triggers_named (Fixture       *f,
                     gconstpointer   data)
{
  static const char *const kept[] = {
    "interaction_month", "interaction_staff_month", "interaction_kind_month", "interaction_visit_month",
    "survey_due", "start_partner", "opportunity_realised", "activity_start", "company_contact", "_change",
  };
  g_autoptr(GString) writes = g_string_new ("(0");
  g_autofree char *missed = NULL;
  g_autofree char *extra = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_string_append_printf (writes, " OR instr(sql, '%s') > 0", kept[i]);
  g_string_append_c (writes, ')');
  missed = g_strdup_printf ("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND %s AND NOT %s;",
                            writes->str, psl_summaries_triggers ());
  extra = g_strdup_printf ("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND %s AND NOT %s;",
                           psl_summaries_triggers (), writes->str);
  g_assert_cmpint (psl_test_count (f->store, missed), ==, 0);
  g_assert_cmpint (psl_test_count (f->store, extra), ==, 0);
  /* The firms' last contact among them (0030), which reads the whole
   * interaction table for each row written without its index. */
  {
    g_autofree char *named = g_strdup_printf ("SELECT count(*) FROM sqlite_master"
                                              " WHERE name = 'company_contact_insert' AND %s;",
                                              psl_summaries_triggers ());

    g_assert_cmpint (psl_test_count (f->store, named), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  psl_test_init (&argc, &argv);

  g_test_add ("/summaries/kept-after-random-writes", Fixture, NULL, fixture_setup,
              test_kept_after_random_writes, psl_test_fixture_teardown);
  g_test_add ("/summaries/rebuilt-on-demand", Fixture, NULL, fixture_setup, test_rebuilt_on_demand,
              psl_test_fixture_teardown);
  g_test_add ("/summaries/schedule-calls-as-rows", Fixture, NULL, fixture_setup,
              test_schedule_calls_as_rows, psl_test_fixture_teardown);
  g_test_add ("/summaries/map-counts-as-rows", Fixture, NULL, fixture_setup, test_map_counts_as_rows,
              psl_test_fixture_teardown);

  g_test_add ("/summaries/triggers-named", Fixture, NULL, fixture_setup, test_triggers_named,
              psl_test_fixture_teardown);
  g_test_add ("/summaries/people-list-as-rows", Fixture, NULL, fixture_setup, test_people_list_as_rows,
              psl_test_fixture_teardown);

  return g_test_run ();
}
