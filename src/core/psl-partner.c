/* psl-partner.c — partner structures, partnerships and the referrals they send */

#define G_LOG_DOMAIN "psl-partner"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "psl-partner.h"

const PslField psl_partner_fields[] = {
  { "name",     PSL_FIELD_REQUIRED, N_("Name") },
  { "kind",     PSL_FIELD_REF,      N_("Kind of partner"), "partner_kind" },
  { "address",  PSL_FIELD_TEXT,     N_("Address") },
  { "postcode", PSL_FIELD_TEXT,     N_("Postcode") },
  { "commune",  PSL_FIELD_TEXT,     N_("Commune") },
  { "phone",    PSL_FIELD_PHONE,    N_("Phone") },
  { "email",    PSL_FIELD_EMAIL,    N_("E-mail") },
  { "website",  PSL_FIELD_TEXT,     N_("Website") },
  { "notes",    PSL_FIELD_TEXT,     N_("Notes") },
  { NULL }
};

const PslField psl_partnership_fields[] = {
  { "cooperation_type", PSL_FIELD_REF,  N_("Kind of cooperation"), "cooperation_type" },
  { "instrument",       PSL_FIELD_REF,  N_("Formal instrument"), "instrument" },
  { "start_date",       PSL_FIELD_DATE, N_("Start") },
  { "end_date",         PSL_FIELD_DATE, N_("End") },
  { "review_on",        PSL_FIELD_DATE, N_("Next review") },
  { "our_staff_id",     PSL_FIELD_ID,   N_("Our contact") },
  { "their_contact_id", PSL_FIELD_ID,   N_("Their contact") },
  { "roadmap",          PSL_FIELD_TEXT, N_("Roadmap") },
  { NULL }
};

char *
psl_partner_create (PslStore   *store,
                    const char *name,
                    const char *kind,
                    GError    **error)
{
  const char *columns[] = { "name", "kind" };
  const char *values[] = { name, kind };
  char *checked[2] = { NULL, NULL };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = psl_record_check_all (store, psl_partner_fields, columns, values, checked, 2, error);

  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store, "INSERT INTO partner (id, name, kind) VALUES (?1, ?2, ?3);", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, checked[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, checked[1], -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  g_free (checked[0]);
  g_free (checked[1]);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
psl_partner_set (PslStore   *store,
                 const char *id,
                 const char *column,
                 const char *value,
                 GError    **error)
{
  return psl_record_set (store, "partner", psl_partner_fields, id, column, value, error);
}

char *
psl_partnership_create (PslStore   *store,
                        const char *company_id,
                        const char *partner_id,
                        const char *cooperation_type,
                        const char *start_date,
                        GError    **error)
{
  const char *columns[] = { "cooperation_type", "start_date" };
  const char *values[] = { cooperation_type, start_date };
  char *checked[2] = { NULL, NULL };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if ((company_id == NULL) == (partner_id == NULL))
    {
      g_set_error (error, PSL_STORE_ERROR, PSL_STORE_ERROR_INVALID,
                   _("A partnership links the structure to one firm or one partner."));
      return NULL;
    }

  ok = psl_record_check_all (store, psl_partnership_fields, columns, values, checked, 2, error);
  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store,
                                "INSERT INTO partnership (id, company_id, partner_id, cooperation_type,"
                                " instrument, start_date) VALUES (?1, ?2, ?3, ?4, 'aucun', ?5);", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, company_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, partner_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, checked[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, checked[1], -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  g_free (checked[0]);
  g_free (checked[1]);
  return ok ? g_steal_pointer (&id) : NULL;
}

gboolean
psl_partnership_set (PslStore   *store,
                    const char *id,
                    const char *column,
                    const char *value,
                    GError    **error)
{
  return psl_record_set (store, "partnership", psl_partnership_fields, id, column, value, error);
}

char *
psl_partnership_add_review (PslStore   *store,
                            const char *partnership_id,
                            const char *reviewed_on,
                            const char *summary,
                            GError    **error)
{
  const char *columns[] = { "start_date" };
  const char *values[] = { reviewed_on };
  char *checked[1] = { NULL };
  g_autofree char *id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = psl_record_check_all (store, psl_partnership_fields, columns, values, checked, 1, error);

  if (ok)
    {
      id = psl_new_id ();
      stmt = psl_store_prepare (store,
                                "INSERT INTO partnership_review (id, partnership_id, reviewed_on, summary)"
                                " VALUES (?1, ?2, ?3, ?4);", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, partnership_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, checked[0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, summary, -1, SQLITE_STATIC);
      ok = psl_store_step_done (store, stmt, error);
    }

  g_free (checked[0]);
  return ok ? g_steal_pointer (&id) : NULL;
}

void
psl_referral_count_free (PslReferralCount *count)
{
  if (count == NULL)
    return;
  g_free (count->partner_id);
  g_free (count->name);
  g_free (count->kind_label);
  g_free (count);
}

/* Referrals (prescriptions) received in [from, to] by partner, most first. */
GPtrArray *
psl_partner_referral_counts (PslStore   *store,
                             const char *from,
                             const char *to,
                             GError    **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) psl_referral_count_free);
  g_autoptr(sqlite3_stmt) stmt = psl_store_prepare (store,
    "SELECT p.id, p.name, k.label, count(r.id) AS n"
    "  FROM partner p JOIN referral r ON r.partner_id = p.id AND r.received_on BETWEEN ?1 AND ?2"
    "  LEFT JOIN ref_item k ON k.list_code = 'partner_kind' AND k.code = p.kind"
    " WHERE p.deleted_at IS NULL"
    " GROUP BY p.id ORDER BY n DESC, p.name;",
    error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PslReferralCount *c = g_new0 (PslReferralCount, 1);

      c->partner_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      c->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->kind_label = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      c->referrals = (guint) sqlite3_column_int (stmt, 3);
      g_ptr_array_add (counts, c);
    }

  if (rc != SQLITE_DONE)
    {
      psl_set_sqlite_error (error, psl_store_get_db (store), _("Reading the referrals"));
      return NULL;
    }

  return g_steal_pointer (&counts);
}
