/* psl-candidate-rows.c — what a candidate presentation reads: what a CV would say and no more
 *
 * The project, strengths, languages and the immersions and contracts held;
 * never the barriers, the situation, the date of birth, the address, the
 * notes, nor anything from the confidential tables.
 */

#define G_LOG_DOMAIN "psl-documents"

#include "config.h"

#include "psl-i18n.h"

#include "psl-document-rows.h"
#include "psl-store-private.h"

/* The first column of sql's row for id; NULL with no error when none. */
static char *
text_for (PslStore    *store,
          const char  *sql,
          const char  *id,
          const char  *what,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store, sql, id, what, error);

  return stmt != NULL ? psl_column_dup (stmt, 0) : NULL;
}

char *
psl_candidate_firm_name (PslStore    *store,
                         const char  *company_id,
                         GError     **error)
{
  return text_for (store, "SELECT coalesce(trade_name, legal_name) FROM company WHERE id = ?1 AND deleted_at IS NULL;",
                   company_id, _("Reading the firms"), error);
}

gboolean
psl_candidate_person_exists (PslStore    *store,
                             const char  *person_id,
                             GError     **error)
{
  g_autofree char *id = text_for (store, "SELECT id FROM person WHERE id = ?1 AND deleted_at IS NULL;",
                                  person_id, _("Reading the person"), error);

  return id != NULL;
}

void
psl_candidate_profile_free (PslCandidateProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->name);
  g_free (profile->project);
  g_free (profile->strengths);
  g_free (profile->languages);
  g_free (profile->available_from);
  g_free (profile->qualification);
  g_free (profile->referent);
  g_free (profile->referent_phone);
  g_free (profile->referent_email);
  g_free (profile);
}

PslCandidateProfile *
psl_candidate_profile_load (PslStore    *store,
                            const char  *person_id,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT p.first_name || ' ' || p.last_name, p.project, p.strengths, p.languages, p.driving_licence,"
    "       p.available_from, q.label, s.first_name || ' ' || s.last_name, s.phone, s.email"
    "  FROM person p"
    "  LEFT JOIN ref_item q ON q.list_code = 'qualification_level' AND q.code = p.qualification"
    "  LEFT JOIN staff s ON s.id = p.referent_id"
    " WHERE p.id = ?1 AND p.deleted_at IS NULL;", person_id, _("Reading the person"), error);
  PslCandidateProfile *profile;

  if (stmt == NULL)
    return NULL;
  profile = g_new0 (PslCandidateProfile, 1);
  profile->name = psl_column_dup (stmt, 0);
  profile->project = psl_column_dup (stmt, 1);
  profile->strengths = psl_column_dup (stmt, 2);
  profile->languages = psl_column_dup (stmt, 3);
  profile->driving_licence = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4) != 0;
  profile->available_from = psl_column_dup (stmt, 5);
  profile->qualification = psl_column_dup (stmt, 6);
  profile->referent = psl_column_dup (stmt, 7);
  profile->referent_phone = psl_column_dup (stmt, 8);
  profile->referent_email = psl_column_dup (stmt, 9);
  return profile;
}

void
psl_candidate_experience_free (PslCandidateExperience *experience)
{
  if (experience == NULL)
    return;
  g_free (experience->start_date);
  g_free (experience->end_date);
  g_free (experience->firm);
  g_free (experience->kind);
  g_free (experience->title);
  g_free (experience->immersion_type);
  g_free (experience->evaluation);
  g_free (experience);
}

static gpointer
read_experience (sqlite3_stmt *stmt)
{
  PslCandidateExperience *experience = g_new0 (PslCandidateExperience, 1);

  experience->start_date = psl_column_dup (stmt, 0);
  experience->end_date = psl_column_dup (stmt, 1);
  experience->firm = psl_column_dup (stmt, 2);
  experience->kind = psl_column_dup (stmt, 3);
  experience->title = psl_column_dup (stmt, 4);
  experience->immersion_type = psl_column_dup (stmt, 5);
  experience->evaluation = psl_column_dup (stmt, 6);
  return experience;
}

GPtrArray *
psl_candidate_experience (PslStore    *store,
                          const char  *person_id,
                          GError     **error)
{
  return psl_store_collect (store,
    "SELECT pl.start_date, coalesce(pl.end_date, pl.planned_end), coalesce(c.trade_name, c.legal_name),"
    "       pl.kind, coalesce(o.title, ct.label), pl.immersion_type, pl.evaluation"
    "  FROM placement pl JOIN company c ON c.id = pl.company_id"
    "  LEFT JOIN opportunity o ON o.id = pl.opportunity_id"
    "  LEFT JOIN ref_item ct ON ct.list_code = 'contract_type' AND ct.code = pl.contract_type"
    " WHERE pl.person_id = ?1 AND pl.deleted_at IS NULL AND pl.start_date IS NOT NULL"
    "   AND pl.kind IS NOT NULL AND pl.stage IN ('immersion', 'contract', 'ended')"
    " ORDER BY pl.start_date DESC;",
    person_id, read_experience, (GDestroyNotify) psl_candidate_experience_free, _("Reading the placements"), error);
}

gboolean
psl_candidate_placement_parties (PslStore    *store,
                                 const char  *placement_id,
                                 char       **person_id,
                                 char       **company_id,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_row_for (store,
    "SELECT person_id, company_id FROM placement WHERE id = ?1 AND deleted_at IS NULL;",
    placement_id, _("Reading the placements"), error);

  if (stmt == NULL)
    return FALSE;
  *person_id = psl_column_dup (stmt, 0);
  *company_id = psl_column_dup (stmt, 1);
  return TRUE;
}
