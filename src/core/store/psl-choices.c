/* psl-choices.c — the lists a form offers for a column that names another record */

#define G_LOG_DOMAIN "psl-core"

#include "config.h"

#include "psl-choices.h"

static const char *const choices_sql[] = {
  [PSL_CHOICES_NONE] = NULL,
  [PSL_CHOICES_PARTNERS] =
    "SELECT id, name FROM partner WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE;",
  [PSL_CHOICES_FIRMS] =
    "SELECT id, coalesce(trade_name, legal_name) FROM company WHERE deleted_at IS NULL"
    " ORDER BY coalesce(trade_name, legal_name) COLLATE NOCASE;",
  [PSL_CHOICES_PERSON_PLACEMENTS] =
    "SELECT pl.id, coalesce(c.trade_name, c.legal_name) FROM placement pl"
    " JOIN company c ON c.id = pl.company_id WHERE pl.person_id = ?1 AND pl.deleted_at IS NULL"
    " AND pl.kind IS NOT NULL ORDER BY pl.start_date DESC;",
  [PSL_CHOICES_MENTORS] =
    "SELECT id, name FROM mentor WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE;",
  [PSL_CHOICES_MENTOR_FOLLOWED] =
    "SELECT s.id, p.first_name || ' ' || p.last_name FROM mentorship s JOIN person p ON p.id = s.person_id"
    " WHERE s.mentor_id = ?1 AND s.deleted_at IS NULL AND p.deleted_at IS NULL"
    " ORDER BY s.ended_on IS NOT NULL, s.started_on DESC;",
};

GPtrArray *
psl_choices_load (PslStore        *store,
                  PslChoiceSource  source,
                  const char      *parent_id,
                  GError         **error)
{
  g_return_val_if_fail (source > PSL_CHOICES_NONE && source < G_N_ELEMENTS (choices_sql), NULL);

  return psl_ref_choices_for (store, choices_sql[source], parent_id, error);
}
