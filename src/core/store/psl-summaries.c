/* psl-summaries.c — the counts the writes keep, made again from the rows and checked against them
 *
 * Tables kept by triggers so that the pages of a large file count without
 * reading millions of rows: interaction_month, the contacts with each firm
 * by month, and survey_due, the calls to make after exit while no survey is
 * recorded (the Échéancier) (data/migrations/0016-perf-summaries.sql);
 * for the partnership map, interaction_staff_month, the same contacts by
 * counsellor too, start_partner, each start with the partner who last sent
 * the person, and opportunity_realised (data/migrations/0027-map-links.sql);
 * for the activity report, interaction_kind_month and interaction_visit_month,
 * the contacts by kind and the visits by month, and activity_start, each
 * start with its first follow-up done (data/migrations/0028-activity-summaries.sql);
 * for the firms' list, company_contact, each firm's last contact and next
 * reminder (data/migrations/0030-company-contact.sql).
 * All are this file's own sums: they have no site_id and never travel;
 * another site's changes reach them through the same triggers.  The
 * statements below are what they must equal at any time.
 */

#define G_LOG_DOMAIN "psl-summaries"

#include "config.h"

#include "psl-i18n.h"

#include "psl-summaries.h"
#include "psl-store-private.h"

#define INTERACTION_MONTH_RECOUNT \
  "SELECT substr(occurred_at, 1, 7), company_id, count(*) FROM interaction" \
  " WHERE deleted_at IS NULL AND company_id IS NOT NULL GROUP BY 1, 2"
#define INTERACTION_STAFF_MONTH_RECOUNT \
  "SELECT substr(occurred_at, 1, 7), staff_id, company_id, count(*) FROM interaction" \
  " WHERE deleted_at IS NULL AND company_id IS NOT NULL AND staff_id IS NOT NULL GROUP BY 1, 2, 3"
#define INTERACTION_KIND_MONTH_RECOUNT \
  "SELECT substr(occurred_at, 1, 7), coalesce(staff_id, ''), coalesce(kind, ''), count(*)," \
  "       coalesce(sum(duration_min), 0) FROM interaction WHERE deleted_at IS NULL GROUP BY 1, 2, 3"
#define INTERACTION_VISIT_MONTH_RECOUNT \
  "SELECT substr(occurred_at, 1, 7), coalesce(staff_id, ''), company_id, count(*) FROM interaction" \
  " WHERE deleted_at IS NULL AND company_id IS NOT NULL AND kind = 'visite' GROUP BY 1, 2, 3"

/* Views of the migrations, which their triggers use too. */
#define SURVEY_DUE_RECOUNT \
  "SELECT person_id, months, exited_on, due_on, referent_id FROM survey_due_recount"
#define START_PARTNER_COLUMNS "placement_id, start_date, company_id, person_id, partner_id"
#define OPPORTUNITY_REALISED_COLUMNS "opportunity_id, proposed_on, company_id, staff_id"
#define COMPANY_CONTACT_COLUMNS "company_id, last_contact, next_due"
#define ACTIVITY_START_COLUMNS \
  "placement_id, start_date, person_id, company_id, staff_id, type, immersion_type, ended_early, running, first_done"

/* Each kept table beside what it must equal. */
static const struct
{
  const char *kept;
  const char *recount;
} summaries[] = {
  { "SELECT month, company_id, n FROM interaction_month", INTERACTION_MONTH_RECOUNT },
  { "SELECT month, staff_id, company_id, n FROM interaction_staff_month", INTERACTION_STAFF_MONTH_RECOUNT },
  { "SELECT person_id, months, exited_on, due_on, referent_id FROM survey_due", SURVEY_DUE_RECOUNT },
  { "SELECT " START_PARTNER_COLUMNS " FROM start_partner",
    "SELECT " START_PARTNER_COLUMNS " FROM start_partner_recount" },
  { "SELECT " OPPORTUNITY_REALISED_COLUMNS " FROM opportunity_realised",
    "SELECT " OPPORTUNITY_REALISED_COLUMNS " FROM opportunity_realised_recount" },
  { "SELECT month, staff_id, kind, n, minutes FROM interaction_kind_month", INTERACTION_KIND_MONTH_RECOUNT },
  { "SELECT month, staff_id, company_id, n FROM interaction_visit_month", INTERACTION_VISIT_MONTH_RECOUNT },
  { "SELECT " ACTIVITY_START_COLUMNS " FROM activity_start",
    "SELECT " ACTIVITY_START_COLUMNS " FROM activity_start_recount" },
  { "SELECT " COMPANY_CONTACT_COLUMNS " FROM company_contact",
    "SELECT " COMPANY_CONTACT_COLUMNS " FROM company_contact_recount" },
};

/* Each migration's triggers carry the name of what they keep; those of
 * the map's links and of the activity starts write through a view of
 * changes, the others into their table or its view. */
const char *
psl_summaries_triggers (void)
{
  return "(name GLOB 'interaction_month_*' OR name GLOB 'interaction_staff_month_*'"
         " OR name GLOB 'interaction_kind_month_*' OR name GLOB 'interaction_visit_month_*'"
         " OR name GLOB 'survey_due_*' OR name GLOB 'map_links_*' OR name GLOB 'activity_start_*'"
         " OR name GLOB 'company_contact_*')";
}

gboolean
psl_summaries_rebuild (PslStore  *store,
                       GError   **error)
{
  if (!psl_store_exec (store, "SAVEPOINT summaries;", error))
    return FALSE;
  if (!psl_store_exec (store,
                       "DELETE FROM interaction_month;"
                       "INSERT INTO interaction_month (month, company_id, n) " INTERACTION_MONTH_RECOUNT ";"
                       "DELETE FROM interaction_staff_month;"
                       "INSERT INTO interaction_staff_month (month, staff_id, company_id, n) "
                       INTERACTION_STAFF_MONTH_RECOUNT ";"
                       "DELETE FROM survey_due;"
                       "INSERT INTO survey_due (person_id, months, exited_on, due_on, referent_id) "
                       SURVEY_DUE_RECOUNT ";"
                       "DELETE FROM start_partner;"
                       "INSERT INTO start_partner (" START_PARTNER_COLUMNS ")"
                       " SELECT " START_PARTNER_COLUMNS " FROM start_partner_recount;"
                       "DELETE FROM opportunity_realised;"
                       "INSERT INTO opportunity_realised (" OPPORTUNITY_REALISED_COLUMNS ")"
                       " SELECT " OPPORTUNITY_REALISED_COLUMNS " FROM opportunity_realised_recount;"
                       "DELETE FROM interaction_kind_month;"
                       "INSERT INTO interaction_kind_month (month, staff_id, kind, n, minutes) "
                       INTERACTION_KIND_MONTH_RECOUNT ";"
                       "DELETE FROM interaction_visit_month;"
                       "INSERT INTO interaction_visit_month (month, staff_id, company_id, n) "
                       INTERACTION_VISIT_MONTH_RECOUNT ";"
                       "DELETE FROM activity_start;"
                       "INSERT INTO activity_start (" ACTIVITY_START_COLUMNS ")"
                       " SELECT " ACTIVITY_START_COLUMNS " FROM activity_start_recount;"
                       "DELETE FROM company_contact;"
                       "INSERT INTO company_contact (" COMPANY_CONTACT_COLUMNS ")"
                       " SELECT " COMPANY_CONTACT_COLUMNS " FROM company_contact_recount;"
                       "RELEASE summaries;",
                       error))
    {
      /* Half made is worse than stale: the summaries stay as they were. */
      psl_store_exec (store, "ROLLBACK TO summaries; RELEASE summaries;", NULL);
      return FALSE;
    }
  return TRUE;
}

gint64
psl_summaries_differences (PslStore  *store,
                           GError   **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT 0");

  /* Rows kept that a recount does not give, and the other way round. */
  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    g_string_append_printf (sql, " + (SELECT count(*) FROM (%1$s EXCEPT %2$s))"
                                 " + (SELECT count(*) FROM (%2$s EXCEPT %1$s))",
                            summaries[i].kept, summaries[i].recount);
  g_string_append (sql, ";");
  {
    g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, sql->str, error);

    if (stmt == NULL)
      return -1;
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        psl_set_sqlite_error (error, psl_store_get_db (store), _("Checking the kept counts"));
        return -1;
      }
    return sqlite3_column_int64 (stmt, 0);
  }
}
