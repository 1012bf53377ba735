/* psl-demo-rows.c — the statements the demonstration writes its rows with
 *
 * One INSERT per table, prepared once and run by psl_demo_put () with the
 * values in the order of its columns; every row is stamped here (site_id,
 * created_at, updated_at, and who wrote it) so that the stamping triggers
 * stay idle.  Apart because every part writes through it, and the large
 * file's speed rests on it.
 */

#define G_LOG_DOMAIN "psl-demo"

#include "config.h"

#include <stdarg.h>
#include "psl-i18n.h"

#include "psl-demo-private.h"

/* Each statement is "INSERT INTO table (site_id, created_at, updated_at,
 * columns…) VALUES (?1, ?2, …)": the columns below are given to put() in
 * this order.  Where a record keeps who wrote it, author names the column
 * of the staff member who did (the referent, who recorded it), so that the
 * sheets of the demonstration say who created them; dated names the day
 * the record came in (a firm's first relationship, a person's entry), so
 * that they say when, not the day the file was made. */
static const struct
{
  const char *table;
  const char *columns;
  const char *author;
  const char *dated;
} inserts[N_INSERTS] = {
  [INSERT_SITE] = { "site", "id, structure_id, name, commune" },
  [INSERT_STAFF] = { "staff", "id, antenna_id, first_name, last_name, role, email, phone, active, left_on" },
  [INSERT_PARTNER] = { "partner", "id, name, kind, address, postcode, commune, phone, email" },
  [INSERT_COMPANY] = { "company",
                       "id, parent_id, legal_name, identifier, identifier_kind, naf_code, sector, size_band,"
                       " headcount, address, postcode, commune, latitude, longitude, website, phone, email,"
                       " seasonality, hiring_needs, csr_commitments, referent_id, first_contact_origin,"
                       " network_personal, network_professional, relationship_start, status, dormant_reason,"
                       " partnership_level", "referent_id", "relationship_start" },
  [INSERT_TRADE] = { "company_trade", "id, company_id, rome_code, label, hiring" },
  [INSERT_LEVEL] = { "partnership_level_history", "id, company_id, level, suggested, set_by, set_on, reason" },
  [INSERT_CONTACT] = { "contact",
                       "id, company_id, partner_id, civility, first_name, last_name, role, job_title, phone,"
                       " mobile, email, preferred_channel, is_tutor, active" },
  [INSERT_SURVEY] = { "questionnaire_response",
                      "id, template_id, subject_kind, subject_id, respondent, answered_on, answers" },
  [INSERT_OPPORTUNITY] = { "opportunity",
                           "id, company_id, phase, subtype, title, trade, rome_code, proposed_on, start_date,"
                           " end_date, places, contract_type, weekly_hours, status, refusal_reason, origin,"
                           " staff_id" },
  [INSERT_PERSON] = { "person",
                      "id, antenna_id, first_name, last_name, sex, birth_date, phone, email, address, postcode,"
                      " commune, referent_id, prescriber_id, accompaniment, situation, qualification, project,"
                      " strengths, languages, driving_licence, vehicle, mobility_km, available_from,"
                      " entered_on, exited_on, exit_outcome, phase, project_rome", "referent_id", "entered_on" },
  [INSERT_REFERENT] = { "person_referent", "id, person_id, staff_id, from_date, to_date" },
  [INSERT_REFERRAL] = { "referral", "id, partner_id, person_id, received_on, notes" },
  [INSERT_BARRIER] = { "barrier", "id, person_id, code, status, partner_id, identified_on, lifted_on", NULL,
                       "identified_on" },
  [INSERT_SENSITIVE] = { "person_sensitive", "id, person_id, category, detail, recorded_on, recorded_by",
                         "recorded_by", "recorded_on" },
  [INSERT_CONSENT] = { "consent",
                       "id, person_id, scope, partner_id, given_on, expires_on, withdrawn_on, recorded_by",
                       "recorded_by", "given_on" },
  [INSERT_COMPETENCE] = { "competence_evaluation",
                          "id, person_id, opportunity_id, evaluated_on, staff_id, context" },
  [INSERT_RATING] = { "competence_rating", "id, evaluation_id, item_code, level" },
  [INSERT_COMMITMENT] = { "commitment",
                          "id, person_id, signed_on, revision, objectives, review_on, review_outcome, staff_id" },
  [INSERT_STEP] = { "commitment_step", "id, commitment_id, side, label, due_on, done_on" },
  [INSERT_PLACEMENT] = { "placement",
                         "id, person_id, company_id, opportunity_id, staff_id, stage, kind, immersion_type,"
                         " objectives, contract_type, proposed_on, start_date, planned_end, end_date,"
                         " weekly_hours, trial_days, tutor_id, employer_contact_id, refusal_reason,"
                         " end_reason, ended_by, evaluation", "staff_id", "proposed_on" },
  [INSERT_FOLLOWUP] = { "followup",
                        "id, person_id, placement_id, staff_id, label, due_on, done_on, mode, tripartite,"
                        " participants, factors, responses, notes", "staff_id" },
  [INSERT_ALERT] = { "alert",
                     "id, person_id, placement_id, company_id, raised_by, risk_level, opened_on, factors,"
                     " actions, resolved_on, resolution, staff_id" },
  [INSERT_EVENT] = { "event", "id, kind, title, held_on, place, staff_id, outcomes" },
  [INSERT_PARTICIPANT] = { "event_participant", "id, event_id, company_id, partner_id, person_id, outcome" },
  [INSERT_INTERACTION] = { "interaction",
                           "id, company_id, partner_id, contact_id, staff_id, event_id, kind, occurred_at,"
                           " duration_min, purpose, outcome, next_step, next_due, next_done_on" },
  [INSERT_PARTNERSHIP] = { "partnership",
                           "id, company_id, partner_id, cooperation_type, instrument, start_date, end_date,"
                           " review_on, our_staff_id, their_contact_id, roadmap" },
  [INSERT_REVIEW] = { "partnership_review", "id, partnership_id, reviewed_on, summary" },
  [INSERT_EVALUATION] = { "evaluation",
                          "id, company_id, contact_id, staff_id, evaluated_on, scores, overall, comments" },
  [INSERT_NOTE] = { "note", "id, subject_kind, subject_id, staff_id, title, body", "staff_id" },
  [INSERT_EXIT_SURVEY] = { "exit_survey", "id, person_id, months, due_on, done_on, outcome, staff_id" },
};

/* Runs the INSERT `which` with site_id, created_at and updated_at, then
 * the values its columns take, given by types: 's' text (NULL is NULL),
 * 'i' int, 'I' int or NULL when negative, 'd' double, 'D' double or NULL
 * when negative, 'o' a day from today (NO_DAY is NULL).  Texts are bound
 * without a copy: they live until the step is done. */
gboolean
psl_demo_put (Gen        *g,
              Insert      which,
              const char *types,
              ...)
{
  sqlite3_stmt *stmt = g->inserts[which];
  va_list args;
  int n = 4;

  sqlite3_bind_text (stmt, 1, g->site, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, g->stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g->stamp, -1, SQLITE_STATIC);

  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, n++)
    {
      switch (*t)
        {
        case 's':
          sqlite3_bind_text (stmt, n, va_arg (args, const char *), -1, SQLITE_STATIC);
          break;
        case 'i':
        case 'I':
          {
            int v = va_arg (args, int);
            if (*t == 'i' || v >= 0)
              sqlite3_bind_int (stmt, n, v);
          }
          break;
        case 'd':
        case 'D':
          {
            double v = va_arg (args, double);
            if (*t == 'd' || v >= 0)
              sqlite3_bind_double (stmt, n, v);
          }
          break;
        case 'o':
          {
            int v = va_arg (args, int);
            if (v != NO_DAY)
              sqlite3_bind_text (stmt, n, psl_demo_on (g, v), 10, SQLITE_STATIC);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (n - 1 != sqlite3_bind_parameter_count (stmt))
    g_error ("demo: %d values for %s", n - 1, sqlite3_sql (stmt));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      psl_set_sqlite_error (&g->error, g->db, _("Writing the demonstration data"));
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

gboolean
psl_demo_exec (Gen        *g,
               const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (g->db, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;

  g_set_error (&g->error, PSL_STORE_ERROR, PSL_STORE_ERROR_SQL, "%s", message);
  sqlite3_free (message);
  return FALSE;
}

gboolean
psl_demo_prepare_inserts (Gen *g)
{
  for (guint i = 0; i < N_INSERTS; i++)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      guint n = 4;

      g_auto(GStrv) columns = g_strsplit (inserts[i].columns, ",", -1);
      g_autofree char *stamp = NULL;
      guint author = 0, dated = 0;

      for (guint c = 0; columns[c] != NULL; c++)
        {
          g_strstrip (columns[c]);
          if (g_strcmp0 (columns[c], inserts[i].author) == 0)
            author = n + c;
          if (g_strcmp0 (columns[c], inserts[i].dated) == 0)
            dated = n + c;
        }
      /* That day's morning, never later than the making of the file. */
      stamp = dated > 0 ? g_strdup_printf ("coalesce(min(?%u || 'T09:00:00.000Z', ?2), ?2)", dated) : g_strdup ("?2");
      g_string_printf (sql, "INSERT INTO %s (site_id, created_at, updated_at, %s%s) VALUES (?1, %s, %s",
                       inserts[i].table, inserts[i].columns,
                       inserts[i].author != NULL ? ", created_by, updated_by" : "", stamp,
                       dated > 0 ? stamp : "?3");
      for (guint c = 0; columns[c] != NULL; c++)
        g_string_append_printf (sql, ", ?%u", n++);
      if (inserts[i].author != NULL)
        {
          g_assert (author > 0);
          g_string_append_printf (sql, ", ?%u, ?%u", author, author);
        }
      g_string_append (sql, ");");

      g->inserts[i] = psl_store_prepare (g->store, sql->str, &g->error);
      if (g->inserts[i] == NULL)
        return FALSE;
    }

  return TRUE;
}
