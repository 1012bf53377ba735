/* psl-company-timeline.c — every dated fact of the relationship with a firm
 *
 * One query gathers contacts, opportunities, people introduced, immersions
 * and contracts, ratings and partnership levels, oldest first.  The firm's
 * timeline is read by its referent and may be shown at a meeting with the
 * firm: people are named "Léa P." and nothing else of them is read.
 */

#define G_LOG_DOMAIN "psl-company-timeline"

#include "config.h"

#include "psl-i18n.h"

#include "psl-company-timeline.h"
#include "psl-store-private.h"

#define PERSON_SHORT \
  "(SELECT p.first_name || ' ' || substr(p.last_name, 1, 1) || '.' FROM person p WHERE p.id = pl.person_id)"

#define FACTS_SQL \
  "SELECT substr(i.occurred_at, 1, 10), NULL, 0," \
  "       coalesce((SELECT label FROM ref_item WHERE list_code = 'interaction_kind' AND code = i.kind), i.kind)" \
  "       || coalesce(' — ' || i.purpose, ''), i.id" \
  "  FROM interaction i WHERE i.company_id = ?1 AND i.deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT o.proposed_on, NULL, 1, o.title, o.id FROM opportunity o" \
  " WHERE o.company_id = ?1 AND o.deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT pl.proposed_on, NULL, 2, " PERSON_SHORT ", pl.id FROM placement pl" \
  " WHERE pl.company_id = ?1 AND pl.deleted_at IS NULL AND pl.start_date IS NULL" \
  " UNION ALL " \
  "SELECT pl.start_date, coalesce(pl.end_date, pl.planned_end), CASE pl.kind WHEN 'immersion' THEN 3 ELSE 4 END," \
  "       " PERSON_SHORT ", pl.id FROM placement pl" \
  " WHERE pl.company_id = ?1 AND pl.deleted_at IS NULL AND pl.start_date IS NOT NULL" \
  "   AND pl.stage NOT IN ('refused', 'withdrawn')" \
  " UNION ALL " \
  "SELECT e.evaluated_on, NULL, 5, NULL, e.id FROM evaluation e WHERE e.company_id = ?1 AND e.deleted_at IS NULL" \
  " UNION ALL " \
  "SELECT h.set_on, NULL, 6," \
  "       coalesce((SELECT label FROM ref_item WHERE list_code = 'partnership_level' AND code = h.level), h.level)," \
  "       h.id FROM partnership_level_history h WHERE h.company_id = ?1" \
  " ORDER BY 1, 3;"

void
psl_company_fact_free (PslCompanyFact *fact)
{
  g_free (fact->date);
  g_free (fact->end_date);
  g_free (fact->label);
  g_free (fact->ref_id);
  g_free (fact);
}

static gpointer
read_fact (sqlite3_stmt *stmt)
{
  PslCompanyFact *fact = g_new0 (PslCompanyFact, 1);

  fact->date = psl_column_dup (stmt, 0);
  fact->end_date = psl_column_dup (stmt, 1);
  fact->kind = sqlite3_column_int (stmt, 2);
  fact->label = psl_column_dup (stmt, 3);
  fact->ref_id = psl_column_dup (stmt, 4);
  if (fact->kind == PSL_COMPANY_FACT_EVALUATION)
    {
      g_free (fact->label);
      fact->label = g_strdup (_("Relationship rated (form B)"));
    }
  return fact;
}

GPtrArray *
psl_company_timeline (PslStore    *store,
                      const char  *company_id,
                      GError     **error)
{
  return psl_store_collect (store, FACTS_SQL, company_id, read_fact, (GDestroyNotify) psl_company_fact_free,
                            _("Reading the firm's timeline"), error);
}
