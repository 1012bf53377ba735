/* psl-campaign-rows.c — what the campaign letters read: the structure, the firms written to, two figures
 *
 * The letters speak of the firm and of the structure only: nothing here
 * reads a person followed, beyond one count.
 */

#define G_LOG_DOMAIN "psl-documents"

#include "config.h"

#include "psl-i18n.h"

#include "psl-document-rows.h"
#include "psl-store-private.h"

void
psl_letterhead_clear (PslLetterhead *letterhead)
{
  g_clear_pointer (&letterhead->name, g_free);
  g_clear_pointer (&letterhead->address, g_free);
  g_clear_pointer (&letterhead->postcode, g_free);
  g_clear_pointer (&letterhead->commune, g_free);
  g_clear_pointer (&letterhead->phone, g_free);
  g_clear_pointer (&letterhead->email, g_free);
}

gboolean
psl_letterhead_load (PslStore       *store,
                     PslLetterhead  *letterhead,
                     GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT name, address, postcode, commune, phone, email FROM structure ORDER BY created_at LIMIT 1;", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      letterhead->name = psl_column_dup (stmt, 0);
      letterhead->address = psl_column_dup (stmt, 1);
      letterhead->postcode = psl_column_dup (stmt, 2);
      letterhead->commune = psl_column_dup (stmt, 3);
      letterhead->phone = psl_column_dup (stmt, 4);
      letterhead->email = psl_column_dup (stmt, 5);
    }
  return TRUE;
}

void
psl_campaign_firm_free (PslCampaignFirm *firm)
{
  if (firm == NULL)
    return;
  g_free (firm->id);
  g_free (firm->legal_name);
  g_free (firm->address);
  g_free (firm->postcode);
  g_free (firm->commune);
  g_free (firm->phone);
  g_free (firm->email);
  g_free (firm->sector);
  g_free (firm->contact);
  g_free (firm);
}

/* Active, not deleted, chosen by sector, level, referent or antenna, or one
 * by one. */
#define FIRMS_SQL \
  "SELECT c.id, c.legal_name, c.address, c.postcode, c.commune, c.phone, c.email," \
  "       (SELECT label FROM ref_item WHERE list_code = 'sector' AND code = c.sector)," \
  "       (SELECT trim(coalesce(k.civility || ' ', '') || coalesce(k.first_name || ' ', '') || k.last_name)" \
  "          FROM contact k WHERE k.company_id = c.id AND k.deleted_at IS NULL AND k.active = 1" \
  "         ORDER BY k.role = 'direction' DESC, k.created_at LIMIT 1)" \
  "  FROM company c" \
  " WHERE c.deleted_at IS NULL AND c.status = 'active'" \
  "   AND (:company IS NULL OR c.id = :company)" \
  "   AND (:sector IS NULL OR c.sector = :sector)" \
  "   AND (:level IS NULL OR c.partnership_level = :level)" \
  "   AND (:referent IS NULL OR c.referent_id = :referent)" \
  "   AND (:antenna IS NULL OR (SELECT antenna_id FROM staff WHERE id = c.referent_id) = :antenna)" \
  " ORDER BY c.postcode, c.legal_name COLLATE NOCASE;"

GPtrArray *
psl_campaign_firms (PslStore                    *store,
                    const PslCampaignSelection  *selection,
                    GError                     **error)
{
  g_autoptr(GPtrArray) firms = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_campaign_firm_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store, FIRMS_SQL, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  psl_bind_named (stmt, ":company", selection->company_id);
  psl_bind_named (stmt, ":sector", selection->sector);
  psl_bind_named (stmt, ":level", selection->level);
  psl_bind_named (stmt, ":referent", selection->referent_id);
  psl_bind_named (stmt, ":antenna", selection->antenna_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslCampaignFirm *firm = g_new0 (PslCampaignFirm, 1);

      firm->id = psl_column_dup (stmt, 0);
      firm->legal_name = psl_column_dup (stmt, 1);
      firm->address = psl_column_dup (stmt, 2);
      firm->postcode = psl_column_dup (stmt, 3);
      firm->commune = psl_column_dup (stmt, 4);
      firm->phone = psl_column_dup (stmt, 5);
      firm->email = psl_column_dup (stmt, 6);
      firm->sector = psl_column_dup (stmt, 7);
      firm->contact = psl_column_dup (stmt, 8);
      g_ptr_array_add (firms, firm);
    }
  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the firms"));
      return NULL;
    }
  return g_steal_pointer (&firms);
}

gboolean
psl_campaign_figures (PslStore  *store,
                      int        year,
                      gint64    *n_firms,
                      gint64    *n_hired,
                      GError   **error)
{
  g_autofree char *hired_sql = g_strdup_printf ("SELECT count(DISTINCT person_id) FROM placement WHERE deleted_at IS NULL"
                                                " AND kind = 'contract' AND stage NOT IN ('refused', 'withdrawn')"
                                                " AND start_date BETWEEN '%04d-01-01' AND '%04d-12-31';", year, year);

  *n_firms = psl_store_count (store, "SELECT count(*) FROM company WHERE deleted_at IS NULL AND status = 'active';",
                              error);
  *n_hired = *n_firms < 0 ? -1 : psl_store_count (store, hired_sql, error);
  return *n_hired >= 0;
}
