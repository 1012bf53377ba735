/* psl-partner.c — partner structures, partnerships and the referrals they send */

#define G_LOG_DOMAIN "psl-partner"

#include "config.h"

#include <string.h>
#include "psl-i18n.h"

#include "psl-partner.h"
#include "psl-store-private.h"

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

const PslField psl_partnership_review_fields[] = {
  { "reviewed_on", PSL_FIELD_DATE, N_("Reviewed on") },
  { "summary",     PSL_FIELD_TEXT, N_("What was said") },
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

/* The makers of new rows from whole forms (PslRecordCreateFunc). */

char *
psl_partner_create_from_form (PslStore           *store,
                              const char         *parent_id,
                              const char * const *columns,
                              const char * const *values,
                              GError            **error)
{
  return psl_partner_create (store, psl_record_value_of (columns, values, "name"),
                             psl_record_value_of (columns, values, "kind"), error);
}

char *
psl_partnership_create_for_company (PslStore           *store,
                                    const char         *company_id,
                                    const char * const *columns,
                                    const char * const *values,
                                    GError            **error)
{
  return psl_partnership_create (store, company_id, NULL, psl_record_value_of (columns, values, "cooperation_type"),
                                 psl_record_value_of (columns, values, "start_date"), error);
}

char *
psl_partnership_create_for_partner (PslStore           *store,
                                    const char         *partner_id,
                                    const char * const *columns,
                                    const char * const *values,
                                    GError            **error)
{
  return psl_partnership_create (store, NULL, partner_id, psl_record_value_of (columns, values, "cooperation_type"),
                                 psl_record_value_of (columns, values, "start_date"), error);
}

char *
psl_partnership_review_from_form (PslStore           *store,
                                  const char         *partnership_id,
                                  const char * const *columns,
                                  const char * const *values,
                                  GError            **error)
{
  return psl_partnership_add_review (store, partnership_id, psl_record_value_of (columns, values, "reviewed_on"),
                                     psl_record_value_of (columns, values, "summary"), error);
}

void
psl_partner_line_free (PslPartnerLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->name);
  g_free (line->kind_label);
  g_free (line->commune);
  g_free (line);
}

static gpointer
read_partner (sqlite3_stmt *stmt)
{
  PslPartnerLine *line = g_new0 (PslPartnerLine, 1);

  line->id = psl_column_dup (stmt, 0);
  line->name = psl_column_dup (stmt, 1);
  line->kind_label = psl_column_dup (stmt, 2);
  line->commune = psl_column_dup (stmt, 3);
  line->referrals = (guint) sqlite3_column_int (stmt, 4);
  line->partnerships = (guint) sqlite3_column_int (stmt, 5);
  return line;
}

/* The partner structures by name, with their referrals of the twelve
 * months to today and their live partnerships. */
GPtrArray *
psl_partner_list (PslStore   *store,
                  const char *today,
                  GError    **error)
{
  return psl_store_collect (store,
    "SELECT p.id, p.name, k.label, p.commune,"
    "       (SELECT count(*) FROM referral r WHERE r.partner_id = p.id"
    "           AND r.received_on > date(?1, '-12 months') AND r.received_on <= ?1),"
    "       (SELECT count(*) FROM partnership s WHERE s.partner_id = p.id AND s.deleted_at IS NULL"
    "           AND (s.end_date IS NULL OR s.end_date >= ?1))"
    "  FROM partner p LEFT JOIN ref_item k ON k.list_code = 'partner_kind' AND k.code = p.kind"
    " WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE;",
    today, read_partner, (GDestroyNotify) psl_partner_line_free, _("Reading the partners"), error);
}

void
psl_partnership_line_free (PslPartnershipLine *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->type_label);
  g_free (line->instrument_label);
  g_free (line->start_date);
  g_free (line->end_date);
  g_free (line->review_on);
  g_free (line->staff_name);
  g_free (line->last_review);
  g_free (line);
}

static gpointer
read_partnership (sqlite3_stmt *stmt)
{
  PslPartnershipLine *line = g_new0 (PslPartnershipLine, 1);

  line->id = psl_column_dup (stmt, 0);
  line->type_label = psl_column_dup (stmt, 1);
  line->instrument_label = psl_column_dup (stmt, 2);
  line->start_date = psl_column_dup (stmt, 3);
  line->end_date = psl_column_dup (stmt, 4);
  line->review_on = psl_column_dup (stmt, 5);
  line->staff_name = psl_column_dup (stmt, 6);
  line->reviews = (guint) sqlite3_column_int (stmt, 7);
  line->last_review = psl_column_dup (stmt, 8);
  return line;
}

#define PARTNERSHIP_SELECT \
  "SELECT s.id, coalesce(t.label, s.cooperation_type), i.label, s.start_date, s.end_date, s.review_on," \
  "       nullif(trim(coalesce(st.first_name, '') || ' ' || coalesce(st.last_name, '')), '')," \
  "       (SELECT count(*) FROM partnership_review v WHERE v.partnership_id = s.id)," \
  "       (SELECT max(v.reviewed_on) FROM partnership_review v WHERE v.partnership_id = s.id)" \
  "  FROM partnership s" \
  "  LEFT JOIN ref_item t ON t.list_code = 'cooperation_type' AND t.code = s.cooperation_type" \
  "  LEFT JOIN ref_item i ON i.list_code = 'instrument' AND i.code = s.instrument" \
  "  LEFT JOIN staff st ON st.id = s.our_staff_id" \
  " WHERE s.deleted_at IS NULL AND "

/* The partnerships of a firm, or of a partner when of_partner, those in
 * force first, then the newest. */
GPtrArray *
psl_partnership_list (PslStore   *store,
                      gboolean    of_partner,
                      const char *id,
                      GError    **error)
{
  const char *sql = of_partner
    ? PARTNERSHIP_SELECT "s.partner_id = ?1 ORDER BY s.end_date IS NOT NULL, s.start_date DESC;"
    : PARTNERSHIP_SELECT "s.company_id = ?1 ORDER BY s.end_date IS NOT NULL, s.start_date DESC;";

  return psl_store_collect (store, sql, id, read_partnership, (GDestroyNotify) psl_partnership_line_free,
                            _("Reading the partnerships"), error);
}
